#include "core/store/database.h"

#include "core/logging.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

std::atomic<quint64> s_nextConnectionId{1};

constexpr int kMaxIntegrityProblemsReported = 20;
// Enough for every fixed statement of the server and the client; IN lists of varying length come
// and go without crowding them out for long.
constexpr qsizetype kMaxCachedStatements = 256;

Status checkMigrationList(const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return Error::internal(u"migration \"%1\" has version %2 at position %3; versions must run 1, 2, 3, …"_s
                                           .arg(migrations.at(i).name)
                                           .arg(migrations.at(i).version)
                                           .arg(i + 1));
        }
    }
    return {};
}

Status checkSqlitePath(const DatabaseConfig &config)
{
    const auto fail = [&](const QString &why) {
        return Error::storage(u"cannot open SQLite database %1: %2"_s.arg(config.path, why));
    };
    if (config.path.isEmpty())
        return fail(u"no path given"_s);
    if (config.isInMemory())
        return {};
    const QFileInfo file(config.path);
    if (file.isDir())
        return fail(u"the path is a directory"_s);
    const QFileInfo parent(file.absolutePath());
    if (!parent.exists())
        return fail(u"its directory %1 does not exist"_s.arg(parent.filePath()));
    if (!parent.isDir())
        return fail(u"%1 is not a directory"_s.arg(parent.filePath()));
    if (file.exists() && !(file.isReadable() && file.isWritable()))
        return fail(u"no permission to read and write the file"_s);
    if (!file.exists() && !parent.isWritable())
        return fail(u"no permission to create a file in %1"_s.arg(parent.filePath()));
    return {};
}

} // namespace

Database::Database(const DatabaseConfig &config, const QString &connectionName)
    : m_config(config), m_dialect(config.driver), m_connectionName(connectionName), m_thread(QThread::currentThread())
{ }

Database::~Database()
{
    // Every statement of ours is finalized before Qt's driver closes the handle, or the close fails.
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, const QList<Migration> &migrations)
{
    if (auto status = checkMigrationList(migrations); !status)
        return status.error();
    if (config.driver == DatabaseConfig::Driver::Sqlite) {
        if (auto status = checkSqlitePath(config); !status)
            return status.error();
    }
    const Dialect dialect(config.driver);
    if (!QSqlDatabase::isDriverAvailable(dialect.qtDriverName())) {
        return Error::storage(u"cannot open %1: the Qt SQL driver %2 is not installed"_s.arg(config.describe(),
                                                                                             dialect.qtDriverName()));
    }

    const QString name = u"chrysalis-store-%1"_s.arg(s_nextConnectionId.fetch_add(1));
    std::unique_ptr<Database> db(new Database(config, name));
    if (auto status = db->connect(); !status)
        return status.error();
    if (auto status = db->setUpSession(); !status)
        return status.error();
    if (auto status = db->migrate(migrations); !status)
        return status.error();
    return db;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database", "a connection is used on another thread");
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::storageError(const QString &what, const QString &detail) const
{
    return Error::storage(u"%1: %2: %3"_s.arg(m_config.describe(), what, detail));
}

Status Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.qtDriverName(), m_connectionName);
    if (m_config.driver == DatabaseConfig::Driver::Sqlite) {
        db.setDatabaseName(m_config.path);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
    if (!db.open())
        return storageError(u"cannot connect"_s, db.lastError().text().trimmed());
    // CHRYSALIS_SQLITE_QT_DRIVER=1 keeps every statement on Qt's driver: for comparing the two, and a
    // way out should a Qt build ever bring its own SQLite.
    if (m_config.driver == DatabaseConfig::Driver::Sqlite && !qEnvironmentVariableIsSet("CHRYSALIS_SQLITE_QT_DRIVER")) {
        // Qt's driver links the same system libsqlite3 as this library, so its handle is ours to use.
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    }
    qCDebug(lcStore).noquote() << "connected to" << m_config.describe() << "as" << m_connectionName;
    return {};
}

Status Database::setUpSession()
{
    SqlQuery query(*this);
    const QStringList statements = m_dialect.sessionSetup(m_config);
    for (const QString &statement : statements) {
        if (auto status = query.exec(statement); !status)
            return storageError(u"the database is unusable"_s, status.error().message);
        // PRAGMA journal_mode answers with the mode it ended up in; a file system without shared
        // memory leaves it in rollback-journal mode, which works but loses WAL's concurrency.
        if (statement.contains(u"journal_mode") && query.next() && query.text(0).compare(u"wal", Qt::CaseInsensitive))
            qCWarning(lcStore).noquote() << m_config.describe() << "could not switch to WAL; journal mode is"
                                         << query.text(0);
        query.finish();
    }
    return {};
}

Result<int> Database::schemaVersion()
{
    SqlQuery query(*this);
    if (auto status = query.exec(m_dialect.readSchemaVersion()); !status)
        return status.error();
    if (!query.next())
        return storageError(u"cannot read the schema version"_s, u"no version row"_s);
    return static_cast<int>(query.int64(0));
}

Status Database::execute(const QString &sql)
{
    const auto expanded = m_dialect.expand(sql);
    if (!expanded)
        return expanded.error();
    // A prepared statement may not survive a change of the tables it reads (PostgreSQL refuses a
    // cached plan whose result type changed).
    clearStatementCache();
    SqlQuery query(*this);
    return query.exec(*expanded);
}

void Database::clearStatementCache()
{
    m_statements.clear();
}

std::shared_ptr<QSqlQuery> Database::checkOutStatement(const QString &sql, quint64 &serial, QStringList &placeholders)
{
    const auto found = m_statements.find(sql);
    if (found == m_statements.end() || found->busy)
        return nullptr;
    found->busy = true;
    serial = found->serial;
    placeholders = found->placeholders;
    return found->query;
}

bool Database::makeRoomForStatement()
{
    if (m_statements.size() < kMaxCachedStatements)
        return true;
    for (auto it = m_statements.begin(); it != m_statements.end();)
        it = it->busy ? std::next(it) : m_statements.erase(it);
    return m_statements.size() < kMaxCachedStatements;
}

bool Database::adoptStatement(const QString &sql, const std::shared_ptr<QSqlQuery> &query, quint64 &serial)
{
    if (m_statements.contains(sql))
        return false; // a busy one is already kept: this copy stays the caller's alone
    if (!makeRoomForStatement())
        return false;
    serial = m_nextStatementSerial++;
    static const QRegularExpression placeholder(u":[A-Za-z_][A-Za-z0-9_]*"_s);
    QStringList names;
    for (auto it = placeholder.globalMatch(sql); it.hasNext();) {
        const QString name = it.next().captured();
        if (!names.contains(name))
            names << name;
    }
    m_statements.insert(sql, CachedStatement{query, nullptr, names, serial, true});
    return true;
}

std::shared_ptr<sqlite3_stmt> Database::checkOutSqliteStatement(const QString &sql, quint64 &serial)
{
    const auto found = m_statements.find(sql);
    if (found == m_statements.end() || found->busy || !found->statement)
        return nullptr;
    found->busy = true;
    serial = found->serial;
    sqlite3_clear_bindings(found->statement.get());
    return found->statement;
}

bool Database::adoptSqliteStatement(const QString &sql, const std::shared_ptr<sqlite3_stmt> &statement, quint64 &serial)
{
    if (m_statements.contains(sql))
        return false;
    if (!makeRoomForStatement())
        return false;
    serial = m_nextStatementSerial++;
    m_statements.insert(sql, CachedStatement{nullptr, statement, {}, serial, true});
    return true;
}

void Database::checkInStatement(const QString &sql, quint64 serial)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end() && found->serial == serial)
        found->busy = false;
}

Status Database::migrate(const QList<Migration> &migrations)
{
    for (const QString &statement : m_dialect.schemaVersionSetup()) {
        if (auto status = execute(statement); !status)
            return storageError(u"cannot set up schema versioning"_s, status.error().message);
    }
    const auto current = schemaVersion();
    if (!current)
        return current.error();
    const int latest = static_cast<int>(migrations.size());
    if (*current > latest) {
        return storageError(u"refusing to open"_s,
                            u"its schema version %1 is newer than the newest this program knows (%2); a database "
                            "is never downgraded: use a newer program"_s.arg(*current)
                                    .arg(latest));
    }
    if (latest == *current)
        return {};
    // A migration may build an index over a whole table: on SQLite its sort spills to files rather than
    // to memory, where the session keeps its temporaries otherwise (three times slower for an index
    // build, and memory the size of the table), and the session's setting comes back afterwards.
    QString tempStore;
    if (m_dialect.isSqlite()) {
        SqlQuery query(*this);
        if (auto status = query.exec(u"PRAGMA temp_store"_s); !status || !query.next())
            return storageError(u"cannot read the temp_store setting"_s, status ? QString() : status.error().message);
        tempStore = query.text(0);
        query.finish();
        if (auto status = execute(u"PRAGMA temp_store = FILE"_s); !status)
            return status;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= *current)
            continue;
        if (auto status = applyMigration(migration); !status)
            return status;
    }
    if (!tempStore.isEmpty())
        return execute(u"PRAGMA temp_store = "_s + tempStore);
    return {};
}

Status Database::applyMigration(const Migration &migration)
{
    const QString label = u"migration %1 (%2)"_s.arg(migration.version).arg(migration.name);
    auto transaction = Transaction::begin(*this);
    if (!transaction)
        return storageError(label, transaction.error().message);
    // Read again under the write lock: another process may have migrated since the first look.
    const auto stored = schemaVersion();
    if (!stored)
        return stored.error();
    if (*stored >= migration.version)
        return transaction->commit();

    clearStatementCache();
    SqlQuery query(*this);
    for (qsizetype i = 0; i < migration.statements.size(); ++i) {
        const QString where =
                u"%1 failed at statement %2 of %3"_s.arg(label).arg(i + 1).arg(migration.statements.size());
        const auto statement = m_dialect.expand(migration.statements.at(i));
        if (!statement)
            return storageError(where, statement.error().message);
        if (auto status = query.exec(*statement); !status)
            return storageError(where, status.error().message);
        query.finish();
    }
    if (auto status = query.exec(m_dialect.writeSchemaVersion(migration.version)); !status)
        return storageError(label, status.error().message);
    query.finish();
    if (auto status = transaction->commit(); !status)
        return storageError(label, status.error().message);
    qCInfo(lcStore).noquote() << m_config.describe() << "applied" << label;
    return {};
}

Status Database::integrityCheck()
{
    if (!m_dialect.isSqlite())
        return {};
    SqlQuery query(*this);
    if (auto status = query.exec(u"PRAGMA integrity_check"_s); !status)
        return storageError(u"integrity check failed"_s, status.error().message);
    QStringList problems;
    while (query.next()) {
        const QString line = query.text(0);
        if (line != u"ok" && problems.size() < kMaxIntegrityProblemsReported)
            problems << line;
    }
    if (!problems.isEmpty())
        return storageError(u"integrity check failed"_s, problems.join(u"; "));
    return {};
}

} // namespace Chrysalis
