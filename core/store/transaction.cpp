#include "core/store/transaction.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QRegularExpression>
#include <QSqlError>

#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

Result<Transaction> Transaction::begin(Database &db)
{
    return beginWith(db, db.dialect().beginWriteTransaction());
}

Result<Transaction> Transaction::beginRead(Database &db)
{
    return beginWith(db, db.dialect().beginReadTransaction());
}

Result<Transaction> Transaction::beginWith(Database &db, const QString &statement)
{
    if (db.inTransaction())
        return Error::internal(
                u"a transaction is already open on %1; nest with a Savepoint"_s.arg(db.config().describe()));
    SqlQuery query(db);
    if (auto status = query.exec(statement); !status)
        return status.error();
    db.m_inTransaction = true;
    db.m_readCache.clear();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return Error::internal(u"commit of a transaction that is no longer open"_s);
    // The driver's commit, not a COMMIT statement: QPSQL reports a COMMIT that PostgreSQL turned into
    // a ROLLBACK (after a failed statement) as an error.
    QSqlDatabase connection = m_db->connection();
    if (!connection.commit()) {
        const Error error = Error::storage(
                u"commit failed on %1: %2"_s.arg(m_db->config().describe(), connection.lastError().text().trimmed()));
        qCWarning(lcStore).noquote() << error.message;
        rollback();
        return error;
    }
    finish();
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    QSqlDatabase connection = m_db->connection();
    if (!connection.rollback())
        qCDebug(lcStore).noquote() << "rollback on" << m_db->config().describe() << ":"
                                   << connection.lastError().text();
    finish();
}

void Transaction::finish()
{
    m_db->m_inTransaction = false;
    m_db->m_readCache.clear();
    m_db = nullptr;
}

namespace {

// SQLite prepares savepoint statements like any other, so the savepoint around every pushed
// mutation reuses its prepared statements; PostgreSQL runs them as plain statements.
Status runSavepointStatement(Database &db, const QString &sql)
{
    SqlQuery query(db);
    if (!db.dialect().isSqlite())
        return query.exec(sql);
    if (auto status = query.prepare(sql); !status)
        return status;
    return query.exec();
}

} // namespace

Result<Savepoint> Savepoint::begin(Database &db, const QString &name)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    // A push opens one savepoint per mutation, all of the same name: a name is checked once.
    thread_local QString lastChecked;
    if (name != lastChecked) {
        if (!identifier.match(name).hasMatch())
            return Error::internal(u"invalid savepoint name \"%1\""_s.arg(name));
        lastChecked = name;
    }
    if (!db.inTransaction())
        return Error::internal(u"savepoint %1 needs an open transaction"_s.arg(name));
    if (auto status = runSavepointStatement(db, db.dialect().savepoint(name)); !status)
        return status.error();
    return Savepoint(db, name);
}

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_name(std::move(other.m_name))
{ }

Savepoint::~Savepoint()
{
    if (m_db) {
        if (auto status = rollback(); !status)
            qCWarning(lcStore).noquote() << status.error().message;
    }
}

Status Savepoint::release()
{
    if (!m_db)
        return Error::internal(u"release of savepoint %1, which is no longer open"_s.arg(m_name));
    Database *db = std::exchange(m_db, nullptr);
    return runSavepointStatement(*db, db->dialect().releaseSavepoint(m_name));
}

Status Savepoint::rollback()
{
    if (!m_db)
        return Error::internal(u"rollback of savepoint %1, which is no longer open"_s.arg(m_name));
    Database *db = std::exchange(m_db, nullptr);
    if (!db->inTransaction())
        return Error::internal(u"savepoint %1 outlived its transaction"_s.arg(m_name));
    // What was read since the savepoint may describe rows its rollback restores.
    db->m_readCache.clear();
    if (auto status = runSavepointStatement(*db, db->dialect().rollbackToSavepoint(m_name)); !status)
        return status;
    return runSavepointStatement(*db, db->dialect().releaseSavepoint(m_name));
}

Result<AtomicWrite> AtomicWrite::begin(Database &db, const QString &savepointName)
{
    AtomicWrite write;
    if (db.inTransaction()) {
        auto savepoint = Savepoint::begin(db, savepointName);
        if (!savepoint)
            return savepoint.error();
        write.m_savepoint.emplace(std::move(savepoint).value());
    } else {
        auto transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        write.m_transaction.emplace(std::move(transaction).value());
    }
    return write;
}

Status AtomicWrite::commit()
{
    if (m_savepoint)
        return m_savepoint->release();
    if (m_transaction)
        return m_transaction->commit();
    return Error::internal(u"commit of an empty atomic write"_s);
}

} // namespace Chrysalis
