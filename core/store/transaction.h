#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Chrysalis {

class Database;

// A writing transaction on one Database, begun through the dialect (BEGIN IMMEDIATE on SQLite, so
// writers queue up front). Rolled back on destruction unless commit() succeeded. One at a time per
// Database: nest with Savepoint. Must not outlive its Database.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    // A read-only transaction over one consistent snapshot, for reads that span several statements.
    static Result<Transaction> beginRead(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // On PostgreSQL a COMMIT of a transaction in which a statement failed is reported as the rollback
    // it really is. After a failed commit the transaction is rolled back.
    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database &db) : m_db(&db) { }
    static Result<Transaction> beginWith(Database &db, const QString &statement);
    void finish();

    Database *m_db = nullptr;
};

// A named savepoint inside the open Transaction: rollback() undoes only what was written since it, and
// the transaction carries on (on PostgreSQL also after a failed statement, which otherwise aborts the
// whole transaction). Rolled back on destruction unless released.
class Savepoint
{
public:
    // The name must be an SQL identifier ([A-Za-z_][A-Za-z0-9_]*); a Transaction must be open.
    static Result<Savepoint> begin(Database &db, const QString &name);

    Savepoint(Savepoint &&other) noexcept;
    Savepoint &operator=(Savepoint &&) = delete;
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    ~Savepoint();

    // Keeps the writes as part of the enclosing transaction (they still need its commit).
    Status release();
    // Undoes every write since the savepoint and removes it.
    Status rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    Savepoint(Database &db, const QString &name) : m_db(&db), m_name(name) { }

    Database *m_db = nullptr;
    QString m_name;
};

// Makes a group of writes all-or-nothing from wherever it is called: its own Transaction when none is
// open, otherwise a Savepoint inside the caller's, whose commit then makes the writes durable and
// whose rollback undoes them. Repositories use it so they compose with the caller's transaction.
class AtomicWrite
{
public:
    static Result<AtomicWrite> begin(Database &db, const QString &savepointName);

    Status commit();

private:
    AtomicWrite() = default;

    std::optional<Transaction> m_transaction;
    std::optional<Savepoint> m_savepoint;
};

} // namespace Chrysalis
