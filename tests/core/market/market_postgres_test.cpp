// The marketplace cases on a real PostgreSQL from the CTest fixture "postgres", plus what only a shared
// server database can show: two server processes racing for the same slots.
#include "core/domain/ids.h"
#include "core/market/schema.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/core/market/marketpushtest.h"
#include "tests/core/market/marketteamconflicttest.h"
#include "tests/core/market/marketteamtest.h"
#include "tests/core/market/markettesting.h"
#include "tests/core/market/qualitymarkettest.h"

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Postgres, MarketTest, ::testing::Values(postgresBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Postgres, MarketPushTest, ::testing::Values(postgresBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Postgres, QualityMarketTest, ::testing::Values(postgresBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Postgres, MarketTeamTest, ::testing::Values(postgresBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Postgres, MarketTeamConflictTest, ::testing::Values(postgresBackend()), backendName);

namespace {

// One "server process": its own connection, clock and marketplace, claiming until the task is full.
void claimUntilFull(const DatabaseConfig &config, const QString &workerId, const QString &taskId,
                    std::atomic<int> &claimed, std::atomic<int> &failures)
{
    auto db = Database::open(config, serverMigrations());
    if (!db) {
        ++failures;
        return;
    }
    const Policy policy = Policy::defaults();
    ManualClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
    Marketplace market(**db, policy, clock);
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto transaction = Transaction::begin(**db);
        if (!transaction) {
            ++failures;
            return;
        }
        ChangeLog changes(**db);
        MutationContext ctx{**db, changes, policy, clock.now(), workerId, {}};
        auto effect = market.apply(ctx, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 2}});
        if (!effect) {
            ++failures;
            return;
        }
        if (!effect->applied)
            return; // full
        claimed += effect->details.value(u"claimed"_s).toInt();
        if (!changes.flush() || !transaction->commit()) {
            ++failures;
            return;
        }
    }
}

} // namespace

class MarketPostgresRaceTest : public MarketTest
{ };

INSTANTIATE_TEST_SUITE_P(Postgres, MarketPostgresRaceTest, ::testing::Values(postgresBackend()), backendName);

TEST_P(MarketPostgresRaceTest, TwoServerProcessesNeverLeaseOneSlotTwice)
{
    const Account ada = requester(u"ada"_s);
    QList<Account> workers;
    for (int i = 0; i < 4; ++i)
        workers << worker(u"racer%1"_s.arg(i));
    constexpr int kItems = 30;
    const QString taskId = postTask(ada, kItems);

    std::atomic<int> claimed = 0;
    std::atomic<int> failures = 0;
    const DatabaseConfig config = db().config();
    std::vector<std::thread> servers;
    for (const Account &racer : workers)
        servers.emplace_back(claimUntilFull, config, racer.id, taskId, std::ref(claimed), std::ref(failures));
    for (std::thread &server : servers)
        server.join();

    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(claimed.load(), kItems);
    SqlQuery query(db());
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*), COUNT(DISTINCT item_id) FROM lease"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), kItems);
    EXPECT_EQ(query.int64(1), kItems);
}

} // namespace Chrysalis::Testing
