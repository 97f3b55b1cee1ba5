#pragma once

#include "core/result.h"
#include "core/store/databaseconfig.h"

#include <QString>
#include <QStringList>

namespace Chrysalis {

// The one place where SQLite and PostgreSQL differ. Schema text is written once with {type} tokens
// ({id_pk}, {bigint}, {integer}, {text}, {blob}, {bool}, {timestamp}) that expand() turns into the
// driver's types; everything else a repository writes must be SQL both drivers accept.
//
// Times are stored as {timestamp} = integer milliseconds since the Unix epoch, UTC: exact, sortable,
// and free of each driver's date-text conventions.
//
// SQL both drivers accept, as used by the repositories: INSERT … RETURNING id (the QPSQL driver has no
// last-insert id); INSERT … ON CONFLICT (key) DO UPDATE/NOTHING; CAST(SUM(x) AS BIGINT), since SUM of a
// BIGINT is NUMERIC on PostgreSQL; CAST(… AS …) rather than "::", which Qt reads as a placeholder.
class Dialect
{
public:
    explicit Dialect(DatabaseConfig::Driver driver) : m_driver(driver) { }

    DatabaseConfig::Driver driver() const { return m_driver; }
    bool isSqlite() const { return m_driver == DatabaseConfig::Driver::Sqlite; }
    QString qtDriverName() const;

    // Replaces every {token}; an unknown token is a Validation error naming it.
    Result<QString> expand(const QString &statement) const;
    // The driver's type for one token name ("id_pk", "blob", …); empty when unknown.
    QString columnType(QStringView token) const;

    // Starts a transaction that intends to write. SQLite takes the write lock up front (BEGIN IMMEDIATE)
    // so writers serialise at the start instead of failing with SQLITE_BUSY at their first write.
    QString beginWriteTransaction() const;
    // Starts a read-only transaction that sees one consistent snapshot across all its statements
    // (REPEATABLE READ on PostgreSQL; a deferred transaction in WAL mode on SQLite).
    QString beginReadTransaction() const;
    // Appended to a SELECT inside a transaction to lock the rows it reads until commit. Empty on SQLite,
    // where BEGIN IMMEDIATE already excludes every other writer.
    QString lockRowsClause() const;

    // Savepoint statements; the name must be a plain identifier (checked by Savepoint).
    QString savepoint(const QString &name) const;
    QString releaseSavepoint(const QString &name) const;
    QString rollbackToSavepoint(const QString &name) const;

    // Statements run once on every new connection, in order, before migrations.
    QStringList sessionSetup(const DatabaseConfig &config) const;

    // Schema version bookkeeping: PRAGMA user_version on SQLite, a one-row schema_version table on
    // PostgreSQL. readSchemaVersion() locks the row when run inside a transaction.
    QStringList schemaVersionSetup() const;
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const; // SQLite cannot bind a PRAGMA value; the int is inlined

    // "name" quoted as an identifier, for the rare statement that cannot bind it (schema names).
    static QString quoteIdentifier(const QString &name);

private:
    DatabaseConfig::Driver m_driver;
};

} // namespace Chrysalis
