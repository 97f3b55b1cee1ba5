#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace Chrysalis {

class Database;

// One SQL statement on a Database, with values always bound, never spliced into the text. Errors are
// Storage errors carrying the driver's text and the SQL, never the bound values. Must not outlive its
// Database; the statement is finished on destruction so it never holds a lock or blocks a COMMIT.
// Prepared statements are reused through the Database's statement cache; every placeholder is
// unbound again when a cached statement is handed out. On SQLite the statement runs through the
// SQLite C API on the connection's own handle (Qt's driver rebuilds the result description and
// converts every text on each execution); values come back as Qt's driver gives them.
class SqlQuery
{
public:
    explicit SqlQuery(Database &db);
    ~SqlQuery();

    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Named placeholders (":account") in SQL both drivers accept; no "::" casts (use CAST(… AS …)).
    Status prepare(const QString &sql);
    // A null QString binds SQL NULL.
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    // Prepares and runs a statement that has no parameters.
    Status exec(const QString &sql);

    bool next();
    QVariant value(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    int rowsAffected() const;
    // Releases the statement's result set; further next() calls return false.
    void finish();

private:
    Error error(const QString &what) const;
    // Finishes the statement and gives a checked-out one back to the Database's cache.
    void checkIn();
    // The statement, made on first use: a cached one often replaces it before it is needed.
    QSqlQuery &ownQuery();

    bool onSqlite() const;
    // what names the failure: preparing alone, or running a statement given as text.
    Status prepareSqlite(const QString &sql, const QString &what);
    void bindSqlite(const QString &placeholder, const QVariant &value);
    Status execSqlite();
    bool nextSqlite();
    QVariant sqliteValue(int column) const;
    // Resets the SQLite statement: its locks and its place in a result are given up, its bindings kept.
    void resetSqlite();
    Error sqliteError(const QString &what, const QString &driverText) const;

    Database &m_db;
    std::shared_ptr<QSqlQuery> m_query; // null until needed; shared with the cache while m_cachedSerial != 0
    QString m_sql;
    quint64 m_cachedSerial = 0; // non-zero while m_query (or m_statement) is the cache's statement

    // SQLite only: the statement, null until prepared (or when preparing failed).
    std::shared_ptr<sqlite3_stmt> m_statement;
    bool m_running = false; // stepped since its last reset
    bool m_active = false; // executed, not finished: QSqlQuery::isActive()
    bool m_onRow = false;
    bool m_firstRowWaiting = false; // exec() stepped onto the first row; next() hands it out
    bool m_unknownPlaceholder = false;
};

// Named values to bind, for the one-statement helpers below.
using SqlBindings = QList<QPair<QString, QVariant>>;

// One statement with its values bound, for repositories whose statements need no row loop.
Status execute(Database &db, const QString &sql, const SqlBindings &values);
// The first column of the first row as an integer; 0 when the statement returns no row.
Result<qint64> scalar(Database &db, const QString &sql, const SqlBindings &values);
// Whether the statement changed at least one row (an UPDATE guarded by its WHERE clause).
Result<bool> changedOne(Database &db, const QString &sql, const SqlBindings &values);

} // namespace Chrysalis
