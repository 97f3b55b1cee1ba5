// The data folder's databases and compacting them: VACUUM on a real SQLite file gives back the room
// that deleted rows left behind.
#include "core/work/localdatafiles.h"
#include "tests/support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

// A WAL database with `rows` rows of 2 KiB, of which all but `keep` are deleted again.
void fillAndThin(const QString &path, int rows, int keep)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"PRAGMA journal_mode=WAL"_s));
        query.finish();
        ASSERT_TRUE(query.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, body TEXT)"_s));
        ASSERT_TRUE(db.transaction());
        ASSERT_TRUE(query.prepare(u"INSERT INTO item (body) VALUES (?)"_s));
        for (int i = 0; i < rows; ++i) {
            query.addBindValue(QString(2048, QChar(u'a' + i % 26)));
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(db.commit());
        ASSERT_TRUE(query.exec(u"DELETE FROM item WHERE id > %1"_s.arg(keep)));
        ASSERT_TRUE(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fill"_s);
}

int rowCount(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(u"SELECT COUNT(*) FROM item"_s, db);
            if (query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

TEST(LocalDataFiles, ListsTheDatabasesOfTheFolderByKindWithTheirSizes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"accounts"_s));
    const QString account = dir.filePath(u"accounts/abc.db"_s);
    const QString drafts = dir.filePath(u"accounts/abc.drafts.db"_s);
    const QString market = dir.filePath(u"local-market.db"_s);
    for (const QString &path : {account, drafts, market}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
    }
    QFile wal(account + u"-wal"_s);
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(500, 'x'));
    wal.close();
    QFile other(dir.filePath(u"notes.txt"_s));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));

    const QList<LocalDataFile> files = localDataFiles(dir.path());
    ASSERT_EQ(files.size(), 3);
    EXPECT_EQ(files.at(0).path, account);
    EXPECT_EQ(files.at(0).kind, LocalDataFile::Kind::Account);
    EXPECT_EQ(files.at(0).bytes, 1500);
    EXPECT_EQ(files.at(1).kind, LocalDataFile::Kind::Drafts);
    EXPECT_EQ(files.at(2).kind, LocalDataFile::Kind::Other);
    EXPECT_EQ(files.at(2).bytes, 1000);
    EXPECT_TRUE(localDataFiles(QString()).isEmpty());
}

TEST(LocalDataFiles, VacuumShrinksAFileAfterDeletesAndKeepsItsRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"thin.db"_s);
    fillAndThin(path, 600, 10);
    const qint64 before = databaseBytes(path);
    ASSERT_GT(before, 600 * 2048);

    const VacuumReport report = vacuumDatabases({path});
    EXPECT_TRUE(report.failures.isEmpty()) << report.failures.join(u"; "_s).toStdString();
    EXPECT_EQ(report.bytesBefore, before);
    EXPECT_EQ(report.bytesAfter, databaseBytes(path));
    EXPECT_LT(report.bytesAfter, before / 10);
    EXPECT_EQ(report.bytesSaved(), before - report.bytesAfter);
    EXPECT_EQ(rowCount(path), 10);

    // Nothing left to give back: a second run saves (next to) nothing.
    const VacuumReport again = vacuumDatabases({path});
    EXPECT_LE(again.bytesSaved(), 4096);
}

TEST(LocalDataFiles, AMissingFileIsAFailureAndTheOthersAreStillCompacted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"thin.db"_s);
    fillAndThin(path, 200, 1);
    const qint64 before = databaseBytes(path);
    const VacuumReport report = vacuumDatabases({dir.filePath(u"gone.db"_s), path});
    ASSERT_EQ(report.failures.size(), 1);
    EXPECT_TRUE(report.failures.constFirst().startsWith(dir.filePath(u"gone.db"_s)));
    EXPECT_LT(databaseBytes(path), before);
}

} // namespace
} // namespace Chrysalis
