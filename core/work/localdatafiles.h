#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Chrysalis {

// One SQLite file of the client's data folder, with what it is for.
struct LocalDataFile {
    enum class Kind { Account, Drafts, Other };
    QString path;
    Kind kind = Kind::Other;
    qint64 bytes = 0; // the file with its -wal and -shm companions
};

// The outcome of compacting local databases: sizes before and after, and files that could not be compacted.
struct VacuumReport {
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    QStringList failures; // "path: reason"
    qint64 bytesSaved() const { return std::max<qint64>(0, bytesBefore - bytesAfter); }
};

// The SQLite databases (*.db) under a data folder, subfolders included, sorted by path.
QList<LocalDataFile> localDataFiles(const QString &directory);
// A database file's size on disk with its -wal and -shm companions.
qint64 databaseBytes(const QString &path);
// Runs VACUUM and a WAL checkpoint on each file through a connection of its own, so it may run on any
// thread, once per call. A file another connection is writing waits up to busyTimeoutMs, then counts
// as a failure; the others are still compacted. Never an error as a whole: failures are listed.
VacuumReport vacuumDatabases(const QStringList &paths, int busyTimeoutMs = 5000);

} // namespace Chrysalis
