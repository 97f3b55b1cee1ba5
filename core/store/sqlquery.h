#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Chrysalis {

class Database;

// One SQL statement on a Database, with values always bound, never spliced into the text. Errors are
// Storage errors carrying the driver's text and the SQL, never the bound values. Must not outlive its
// Database; the statement is finished on destruction so it never holds a lock or blocks a COMMIT.
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

    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace Chrysalis
