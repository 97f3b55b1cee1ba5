#pragma once

#include "core/result.h"

#include <QString>

namespace Chrysalis {

// Where a Database lives and how careful it is with each commit. Holds a password: log it only
// through describe(), never field by field.
struct DatabaseConfig {
    enum class Driver { Sqlite, Postgres };

    // SQLite only. Client is for the desktop cache (synchronous=FULL: a commit survives power loss).
    // Server uses synchronous=NORMAL, which in WAL mode never corrupts the file and loses nothing on a
    // process crash; only an OS crash or power loss can drop the newest commits. A server that must not
    // lose an acknowledged commit even then runs with Client durability or on PostgreSQL, whose
    // durability is the server's own synchronous_commit setting.
    enum class Durability { Client, Server };

    Driver driver = Driver::Sqlite;

    QString path; // SQLite: a file path, or ":memory:" for a private in-memory database
    Durability durability = Durability::Client;
    int busyTimeoutMs = 5000; // SQLite: how long a writer waits for another connection's lock

    QString host; // PostgreSQL
    int port = 0;
    QString databaseName;
    QString user;
    QString password;
    QString schema; // PostgreSQL: created if missing and put first on the search_path; empty = default

    static DatabaseConfig sqlite(const QString &path, Durability durability = Durability::Client);

    // Accepts "sqlite:PATH", "sqlite::memory:" and
    // "postgres://USER:PASS@HOST:PORT/DB[?schema=NAME]" (also "postgresql://"); user and password are
    // percent-decoded. Anything else is a Validation error saying what is wrong.
    static Result<DatabaseConfig> parse(const QString &url);

    bool isInMemory() const;
    // The location with the password replaced by "***": safe for logs and error messages.
    QString describe() const;
};

} // namespace Chrysalis
