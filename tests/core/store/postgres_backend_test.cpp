// The shared store cases (store_cases_test.cpp) on PostgreSQL, plus what only PostgreSQL does. The
// server comes from the CTest fixture "postgres" (tests/support/postgres.sh).
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/core/store/storetesting.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreTest, ::testing::Values(postgresBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Postgres, PersistentStoreTest, ::testing::Values(postgresBackend()), backendName);

class PostgresOnlyTest : public StoreTest
{ };

INSTANTIATE_TEST_SUITE_P(Postgres, PostgresOnlyTest, ::testing::Values(postgresBackend()), backendName);

TEST_P(PostgresOnlyTest, CommitAfterAFailedStatementReportsTheRollback)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(insertNote(*db, u"lost"_s, 100).ok());
    ASSERT_FALSE(insertNote(*db, u"duplicate id"_s, 100).ok());
    const Status committed = transaction->commit();
    ASSERT_FALSE(committed.ok());
    EXPECT_EQ(committed.error().code, ErrorCode::Storage);
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(countNotes(*db, u"lost"_s), 0);
}

TEST_P(PostgresOnlyTest, SchemaVersionLivesInItsOwnOneRowTable)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    EXPECT_EQ(countRows(*db, u"schema_version"_s), 1);
    SqlQuery query(*db);
    ASSERT_TRUE(query.exec(u"SELECT version FROM schema_version"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), 2);
    EXPECT_TRUE(db->integrityCheck().ok());
}

TEST_P(PostgresOnlyTest, SessionsRunWithoutJit)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    SqlQuery query(*db);
    ASSERT_TRUE(query.exec(u"SHOW jit"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.text(0), u"off"_s);
}

TEST_P(PostgresOnlyTest, WrongPasswordIsAClearStorageErrorWithoutThePassword)
{
    DatabaseConfig wrong = config();
    wrong.password = u"not-the-password-x9"_s;
    const auto db = Database::open(wrong);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Storage);
    EXPECT_TRUE(db.error().message.contains(u"cannot connect"_s)) << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(u"not-the-password-x9"_s)) << db.error().message.toStdString();
}

} // namespace Chrysalis::Testing
