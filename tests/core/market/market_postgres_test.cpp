// The marketplace cases on a real PostgreSQL from the CTest fixture "postgres".
#include "tests/core/market/markettesting.h"

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Postgres, MarketTest, ::testing::Values(postgresBackend()), backendName);

} // namespace Chrysalis::Testing
