#include "core/work/localdatafiles.h"

#include "core/domain/ids.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

qint64 fileBytes(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// VACUUM rewrites the file; the checkpoint folds the write-ahead log back so the file on disk shrinks.
QString vacuumOne(const QString &path, int busyTimeoutMs)
{
    const QString connectionName = u"chrysalis-vacuum-"_s + newId();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            for (const QString &statement : {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    failure = query.lastError().text();
                    break;
                }
                while (query.next()) { }
                query.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return failure;
}

} // namespace

qint64 databaseBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + u"-wal"_s) + fileBytes(path + u"-shm"_s);
}

QList<LocalDataFile> localDataFiles(const QString &directory)
{
    QList<LocalDataFile> files;
    if (directory.isEmpty())
        return files;
    QDirIterator it(directory, {u"*.db"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        LocalDataFile file;
        file.path = path;
        file.bytes = databaseBytes(path);
        if (path.endsWith(u".drafts.db"_s))
            file.kind = LocalDataFile::Kind::Drafts;
        else if (QFileInfo(path).dir().dirName() == u"accounts")
            file.kind = LocalDataFile::Kind::Account;
        files.append(file);
    }
    std::sort(files.begin(), files.end(),
              [](const LocalDataFile &a, const LocalDataFile &b) { return a.path < b.path; });
    return files;
}

VacuumReport vacuumDatabases(const QStringList &paths, int busyTimeoutMs)
{
    VacuumReport report;
    for (const QString &path : paths) {
        const qint64 before = databaseBytes(path);
        report.bytesBefore += before;
        if (!QFileInfo::exists(path)) {
            report.failures.append(u"%1: no such file"_s.arg(path));
            continue;
        }
        if (const QString failure = vacuumOne(path, busyTimeoutMs); !failure.isEmpty()) {
            report.failures.append(u"%1: %2"_s.arg(path, failure));
            report.bytesAfter += before;
            continue;
        }
        report.bytesAfter += databaseBytes(path);
    }
    return report;
}

} // namespace Chrysalis
