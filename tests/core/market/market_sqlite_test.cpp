// The marketplace cases on SQLite (in memory, for speed; the store tests cover files).
#include "tests/core/market/marketpushtest.h"
#include "tests/core/market/marketteamconflicttest.h"
#include "tests/core/market/marketteamtest.h"
#include "tests/core/market/markettesting.h"
#include "tests/core/market/qualitymarkettest.h"

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Sqlite, MarketTest, ::testing::Values(sqliteMemoryBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, MarketPushTest, ::testing::Values(sqliteMemoryBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, QualityMarketTest, ::testing::Values(sqliteMemoryBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, MarketTeamTest, ::testing::Values(sqliteMemoryBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, MarketTeamConflictTest, ::testing::Values(sqliteMemoryBackend()), backendName);

} // namespace Chrysalis::Testing
