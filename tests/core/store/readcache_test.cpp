// The transaction's read cache: which statements write which table, and when kept rows go.
#include "core/store/database.h"
#include "core/store/readcache.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/support/qtprinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

TEST(ReadCacheStatementTest, TellsTheTableAStatementWrites)
{
    EXPECT_EQ(ReadCache::writtenTable(u"INSERT INTO answer (id) VALUES (:id)"), std::optional<QStringView>(u"answer"));
    EXPECT_EQ(ReadCache::writtenTable(u"  insert or replace into task_queue (id) SELECT id FROM mirror"),
              std::optional<QStringView>(u"task_queue"));
    EXPECT_EQ(ReadCache::writtenTable(u"UPDATE account SET tier = :tier WHERE id = :id"),
              std::optional<QStringView>(u"account"));
    EXPECT_EQ(ReadCache::writtenTable(u"UPDATE OR IGNORE item SET answers_count = 1"),
              std::optional<QStringView>(u"item"));
    EXPECT_EQ(ReadCache::writtenTable(u"DELETE FROM overlay WHERE mutation_id <= :last"),
              std::optional<QStringView>(u"overlay"));
    EXPECT_EQ(ReadCache::writtenTable(u"REPLACE INTO meta (key) VALUES (1)"), std::optional<QStringView>(u"meta"));
}

TEST(ReadCacheStatementTest, ReadsAndSavepointsWriteNothing)
{
    for (const char16_t *sql :
         {u"SELECT id FROM account FOR UPDATE", u"select 1", u"SAVEPOINT mutation", u"RELEASE SAVEPOINT mutation"}) {
        const auto table = ReadCache::writtenTable(QStringView(sql));
        ASSERT_TRUE(table.has_value()) << QString::fromUtf16(sql).toStdString();
        EXPECT_TRUE(table->isEmpty()) << QString::fromUtf16(sql).toStdString();
    }
}

TEST(ReadCacheStatementTest, AnythingElseMayWriteAnything)
{
    for (const char16_t *sql :
         {u"WITH x AS (SELECT 1) UPDATE account SET points = 0", u"ROLLBACK TO SAVEPOINT m",
          u"CREATE TABLE note (id INTEGER)", u"INSERT account VALUES (1)", u"UPDATE main.account SET points = 0",
          u"DELETE account", u"PRAGMA user_version = 2", u""}) {
        EXPECT_FALSE(ReadCache::writtenTable(QStringView(sql)).has_value()) << QString::fromUtf16(sql).toStdString();
    }
}

class ReadCacheDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(DatabaseConfig::sqlite(u":memory:"_s),
                                 {{1,
                                   u"tables"_s,
                                   {u"CREATE TABLE account (id {text} PRIMARY KEY, points {integer} NOT NULL)"_s,
                                    u"CREATE TABLE item (id {text} PRIMARY KEY)"_s}}});
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(*db);
    }

    Status run(const QString &sql)
    {
        SqlQuery query(*m_db);
        if (auto status = query.prepare(sql); !status)
            return status;
        return query.exec();
    }

    std::unique_ptr<Database> m_db;
};

TEST_F(ReadCacheDatabaseTest, ExistsOnlyInsideATransaction)
{
    EXPECT_EQ(m_db->readCache(), nullptr);
    auto transaction = Transaction::begin(*m_db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_NE(m_db->readCache(), nullptr);
    m_db->readCache()->insert(u"account"_s, u"a"_s, 7);
    EXPECT_EQ(m_db->readCache()->find<int>(u"account"_s, u"a"_s), 7);
    EXPECT_EQ(m_db->readCache()->find<QString>(u"account"_s, u"a"_s), std::nullopt); // another type
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(m_db->readCache(), nullptr);

    auto next = Transaction::beginRead(*m_db);
    ASSERT_TRUE(next.ok());
    ASSERT_NE(m_db->readCache(), nullptr);
    EXPECT_EQ(m_db->readCache()->find<int>(u"account"_s, u"a"_s), std::nullopt); // a new transaction starts empty
}

TEST_F(ReadCacheDatabaseTest, AWriteDropsOnlyTheTableItWrites)
{
    auto transaction = Transaction::begin(*m_db);
    ASSERT_TRUE(transaction.ok());
    ReadCache *cache = m_db->readCache();
    cache->insert(u"account"_s, u"a"_s, 1);
    cache->insert(u"item"_s, u"i"_s, 2);

    ASSERT_TRUE(run(u"SELECT id FROM account"_s).ok());
    EXPECT_EQ(cache->find<int>(u"account"_s, u"a"_s), 1);

    ASSERT_TRUE(run(u"INSERT INTO item (id) VALUES ('i')"_s).ok());
    EXPECT_EQ(cache->find<int>(u"item"_s, u"i"_s), std::nullopt);
    EXPECT_EQ(cache->find<int>(u"account"_s, u"a"_s), 1);

    ASSERT_TRUE(run(u"UPDATE account SET points = 1"_s).ok());
    EXPECT_EQ(cache->find<int>(u"account"_s, u"a"_s), std::nullopt);
}

TEST_F(ReadCacheDatabaseTest, ASavepointsRollbackDropsEverythingAndItsReleaseKeepsIt)
{
    auto transaction = Transaction::begin(*m_db);
    ASSERT_TRUE(transaction.ok());
    ReadCache *cache = m_db->readCache();
    {
        auto savepoint = Savepoint::begin(*m_db, u"kept"_s);
        ASSERT_TRUE(savepoint.ok());
        cache->insert(u"account"_s, u"a"_s, 1);
        ASSERT_TRUE(savepoint->release().ok());
    }
    EXPECT_EQ(cache->find<int>(u"account"_s, u"a"_s), 1);
    {
        auto savepoint = Savepoint::begin(*m_db, u"undone"_s);
        ASSERT_TRUE(savepoint.ok());
        cache->insert(u"item"_s, u"i"_s, 2);
        ASSERT_TRUE(savepoint->rollback().ok());
    }
    EXPECT_EQ(cache->find<int>(u"account"_s, u"a"_s), std::nullopt);
    EXPECT_EQ(cache->find<int>(u"item"_s, u"i"_s), std::nullopt);
}

TEST_F(ReadCacheDatabaseTest, AStatementOfUnknownEffectDropsEverything)
{
    auto transaction = Transaction::begin(*m_db);
    ASSERT_TRUE(transaction.ok());
    ReadCache *cache = m_db->readCache();
    cache->insert(u"account"_s, u"a"_s, 1);
    SqlQuery query(*m_db);
    ASSERT_TRUE(query.exec(u"WITH x AS (SELECT 1) SELECT * FROM x"_s).ok());
    EXPECT_TRUE(cache->isEmpty());
}

} // namespace
} // namespace Chrysalis
