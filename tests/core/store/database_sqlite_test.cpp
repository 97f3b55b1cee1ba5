// What only SQLite has: files, WAL, PRAGMAs, corruption, and one writer at a time.
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QList<Migration> noteMigration()
{
    return {{1, u"note"_s, {u"CREATE TABLE note (id {id_pk}, body {text} NOT NULL)"_s}}};
}

QString pragma(Database &db, const QString &name)
{
    SqlQuery query(db);
    const Status status = query.exec(u"PRAGMA "_s + name);
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    return status.ok() && query.next() ? query.text(0) : u"<error>"_s;
}

Status insertNote(Database &db, const QString &body)
{
    SqlQuery query(db);
    if (auto status = query.prepare(u"INSERT INTO note (body) VALUES (:body)"_s); !status)
        return status;
    query.bind(u":body"_s, body);
    return query.exec();
}

class SqliteDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const QString &name = u"client.db"_s) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TEST_F(SqliteDatabaseTest, FileUsesWalAndTheFirstCommitAfterOpeningWorks)
{
    auto db = Database::open(DatabaseConfig::sqlite(path()));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(pragma(**db, u"journal_mode"_s), u"wal"_s);

    auto transaction = Transaction::begin(**db);
    ASSERT_TRUE(transaction.ok()) << transaction.error().message.toStdString();
    ASSERT_TRUE((*db)->execute(u"CREATE TABLE note (id {id_pk}, body {text} NOT NULL)"_s).ok());
    ASSERT_TRUE(insertNote(**db, u"first"_s).ok());
    const Status committed = transaction->commit();
    EXPECT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path() + u"-wal"_s));
}

TEST_F(SqliteDatabaseTest, MigratedFileCommitsItsFirstWrite)
{
    auto db = Database::open(DatabaseConfig::sqlite(path()), noteMigration());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto transaction = Transaction::begin(**db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(insertNote(**db, u"first"_s).ok());
    EXPECT_TRUE(transaction->commit().ok());
}

TEST_F(SqliteDatabaseTest, InMemoryDatabaseHasNoWal)
{
    auto db = Database::open(DatabaseConfig::sqlite(u":memory:"_s), noteMigration());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(pragma(**db, u"journal_mode"_s), u"memory"_s);
}

TEST_F(SqliteDatabaseTest, DurabilitySetsSynchronousAndSessionTurnsOnForeignKeysAndBusyTimeout)
{
    DatabaseConfig client = DatabaseConfig::sqlite(path(u"client.db"_s), DatabaseConfig::Durability::Client);
    client.busyTimeoutMs = 1234;
    auto clientDb = Database::open(client);
    ASSERT_TRUE(clientDb.ok()) << clientDb.error().message.toStdString();
    EXPECT_EQ(pragma(**clientDb, u"synchronous"_s), u"2"_s); // FULL
    EXPECT_EQ(pragma(**clientDb, u"foreign_keys"_s), u"1"_s);
    EXPECT_EQ(pragma(**clientDb, u"busy_timeout"_s), u"1234"_s);
    EXPECT_EQ(pragma(**clientDb, u"cache_size"_s), u"-32768"_s);
    EXPECT_EQ(pragma(**clientDb, u"mmap_size"_s), u"0"_s);
    EXPECT_EQ(pragma(**clientDb, u"temp_store"_s), u"2"_s); // MEMORY

    auto serverDb = Database::open(DatabaseConfig::sqlite(path(u"server.db"_s), DatabaseConfig::Durability::Server));
    ASSERT_TRUE(serverDb.ok()) << serverDb.error().message.toStdString();
    EXPECT_EQ(pragma(**serverDb, u"synchronous"_s), u"1"_s); // NORMAL
    EXPECT_EQ(pragma(**serverDb, u"cache_size"_s), u"-32768"_s);
    EXPECT_EQ(pragma(**serverDb, u"mmap_size"_s), u"268435456"_s);
    EXPECT_EQ(pragma(**serverDb, u"temp_store"_s), u"2"_s);

    // Migrations run with their temporaries in files, and the session's setting comes back after them.
    auto migrated = Database::open(DatabaseConfig::sqlite(path(u"migrated.db"_s), DatabaseConfig::Durability::Server),
                                   noteMigration());
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    EXPECT_EQ(pragma(**migrated, u"temp_store"_s), u"2"_s);
}

TEST_F(SqliteDatabaseTest, SchemaVersionIsTheUserVersionPragma)
{
    auto db = Database::open(DatabaseConfig::sqlite(path()), noteMigration());
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(pragma(**db, u"user_version"_s), u"1"_s);
}

TEST_F(SqliteDatabaseTest, FileThatIsNotADatabaseIsAClearStorageError)
{
    QFile garbage(path());
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray("this is certainly not an SQLite database file. ").repeated(100));
    garbage.close();

    const auto db = Database::open(DatabaseConfig::sqlite(path()), noteMigration());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Storage);
    EXPECT_TRUE(db.error().message.contains(u"file is not a database"_s)) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(path())) << db.error().message.toStdString();
}

TEST_F(SqliteDatabaseTest, DirectoryOrMissingParentIsAClearStorageError)
{
    const auto directory = Database::open(DatabaseConfig::sqlite(m_dir.path()));
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().code, ErrorCode::Storage);
    EXPECT_TRUE(directory.error().message.contains(u"is a directory"_s)) << directory.error().message.toStdString();

    const QString orphan = m_dir.filePath(u"missing/client.db"_s);
    const auto missingParent = Database::open(DatabaseConfig::sqlite(orphan));
    ASSERT_FALSE(missingParent.ok());
    EXPECT_EQ(missingParent.error().code, ErrorCode::Storage);
    EXPECT_TRUE(missingParent.error().message.contains(u"does not exist"_s))
            << missingParent.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(orphan));

    const auto empty = Database::open(DatabaseConfig::sqlite(QString()));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Storage);
}

TEST_F(SqliteDatabaseTest, IntegrityCheckFindsADamagedPage)
{
    {
        auto db = Database::open(DatabaseConfig::sqlite(path()), noteMigration());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->execute(u"CREATE INDEX note_body ON note (body)"_s).ok());
        auto transaction = Transaction::begin(**db);
        ASSERT_TRUE(transaction.ok());
        for (int i = 0; i < 400; ++i)
            ASSERT_TRUE(insertNote(**db, u"note number %1 with some padding text"_s.arg(i)).ok());
        ASSERT_TRUE(transaction->commit().ok());
        EXPECT_TRUE((*db)->integrityCheck().ok());
    }
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 6 * 4096);
    ASSERT_TRUE(file.seek(3 * 4096));
    file.write(QByteArray(4096, '\x5a'));
    file.close();

    auto db = Database::open(DatabaseConfig::sqlite(path()), noteMigration());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    const Status check = (*db)->integrityCheck();
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().code, ErrorCode::Storage);
    EXPECT_TRUE(check.error().message.contains(u"integrity check failed"_s)) << check.error().message.toStdString();
}

TEST_F(SqliteDatabaseTest, WritersSerialiseAtBegin)
{
    DatabaseConfig config = DatabaseConfig::sqlite(path());
    config.busyTimeoutMs = 50;
    auto first = Database::open(config, noteMigration());
    auto second = Database::open(config, noteMigration());
    ASSERT_TRUE(first.ok() && second.ok());

    auto writing = Transaction::begin(**first);
    ASSERT_TRUE(writing.ok());
    const auto blocked = Transaction::begin(**second);
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, ErrorCode::Storage);
    EXPECT_TRUE(blocked.error().message.contains(u"locked"_s)) << blocked.error().message.toStdString();
    EXPECT_FALSE((*second)->inTransaction());

    ASSERT_TRUE(writing->commit().ok());
    auto next = Transaction::begin(**second);
    ASSERT_TRUE(next.ok()) << next.error().message.toStdString();
    EXPECT_TRUE(next->commit().ok());
}

TEST_F(SqliteDatabaseTest, EachDatabaseHasItsOwnConnectionRemovedOnDestruction)
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    {
        auto one = Database::open(DatabaseConfig::sqlite(u":memory:"_s), noteMigration());
        auto other = Database::open(DatabaseConfig::sqlite(u":memory:"_s));
        ASSERT_TRUE(one.ok() && other.ok());
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 2);
        EXPECT_NE((*one)->connection().connectionName(), (*other)->connection().connectionName());
        EXPECT_TRUE(insertNote(**one, u"only here"_s).ok());
        EXPECT_FALSE(insertNote(**other, u"no table here"_s).ok());
    }
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

TEST_F(SqliteDatabaseTest, MisnumberedMigrationListIsRefused)
{
    const QList<Migration> gap{{1, u"a"_s, {}}, {3, u"c"_s, {}}};
    const auto db = Database::open(DatabaseConfig::sqlite(u":memory:"_s), gap);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Internal);
    EXPECT_TRUE(db.error().message.contains(u"\"c\""_s)) << db.error().message.toStdString();
}

} // namespace
} // namespace Chrysalis
