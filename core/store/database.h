#pragma once

#include "core/result.h"
#include "core/store/databaseconfig.h"
#include "core/store/dialect.h"
#include "core/store/readcache.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;
struct sqlite3;
struct sqlite3_stmt;

namespace Chrysalis {

// One step of a schema's history. A program's migrations form an append-only list numbered 1, 2, 3, …:
// a shipped migration is never edited or removed; a change is a new migration. Statements may use
// the Dialect's {type} tokens.
struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

// Owns one connection to one database, schema migrated to the program's version. A connection
// belongs to the thread that opened it (Qt's rule): use it, and destroy it, on that thread only.
// Not copyable; each instance has its own uniquely named connection, removed on destruction.
class Database
{
public:
    // Connects, sets up the session (SQLite: WAL on a file, synchronous per durability, foreign keys,
    // busy timeout) and applies every migration newer than the stored schema version, each in its own
    // transaction together with its version bump. Refuses (Storage) a database whose version is newer
    // than the last migration given: it is never downgraded. Errors name the database and what failed.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config,
                                                  const QList<Migration> &migrations = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // The stored schema version (PRAGMA user_version on SQLite, the schema_version row on PostgreSQL).
    Result<int> schemaVersion();

    // Runs one statement without parameters ({type} tokens expanded): DDL, PRAGMAs, SET. Anything that
    // carries data goes through SqlQuery with bound values instead.
    Status execute(const QString &sql);

    // SQLite: PRAGMA integrity_check; a damaged file is a Storage error listing what SQLite found.
    // PostgreSQL checks its own pages; always ok there.
    Status integrityCheck();

    // True between a Transaction's begin and its commit or rollback.
    bool inTransaction() const { return m_inTransaction; }

    // Prepared statements kept for reuse, by SQL text (SqlQuery checks them out and back in), so a
    // statement run once per row or per mutation is parsed once per connection. Schema changes
    // through execute() or a migration drop them all.
    void clearStatementCache();

    // Rows read in the open transaction, for repositories to reuse (see ReadCache); null outside a
    // transaction.
    ReadCache *readCache() { return m_inTransaction ? &m_readCache : nullptr; }

private:
    friend class Transaction;
    friend class Savepoint;
    friend class SqlQuery;

    struct CachedStatement {
        std::shared_ptr<QSqlQuery> query;
        std::shared_ptr<sqlite3_stmt> statement; // SQLite's own, when the connection is SQLite
        QStringList placeholders;
        quint64 serial = 0;
        bool busy = false;
    };
    // A prepared statement for sql that no one else is using, or nullopt; marks it busy.
    // Its placeholder names come with it, so the caller can unbind what an earlier user bound.
    std::shared_ptr<QSqlQuery> checkOutStatement(const QString &sql, quint64 &serial, QStringList &placeholders);
    // Keeps a freshly prepared statement (busy); false when the cache is full of busy ones.
    bool adoptStatement(const QString &sql, const std::shared_ptr<QSqlQuery> &query, quint64 &serial);
    void checkInStatement(const QString &sql, quint64 serial);
    // The SQLite counterparts: the cached statement has its bindings cleared when handed out.
    std::shared_ptr<sqlite3_stmt> checkOutSqliteStatement(const QString &sql, quint64 &serial);
    bool adoptSqliteStatement(const QString &sql, const std::shared_ptr<sqlite3_stmt> &statement, quint64 &serial);
    // Room for one more cached statement: drops every idle one when full; false when all are busy.
    bool makeRoomForStatement();

    Database(const DatabaseConfig &config, const QString &connectionName);
    Status connect();
    Status setUpSession();
    Status migrate(const QList<Migration> &migrations);
    Status applyMigration(const Migration &migration);
    Error storageError(const QString &what, const QString &detail) const;

    DatabaseConfig m_config;
    Dialect m_dialect;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    // The connection's own SQLite handle (from Qt's driver), which SqlQuery runs statements on; null
    // on PostgreSQL.
    sqlite3 *m_sqlite = nullptr;
    bool m_inTransaction = false;
    ReadCache m_readCache;
    QHash<QString, CachedStatement> m_statements;
    quint64 m_nextStatementSerial = 1;
};

} // namespace Chrysalis
