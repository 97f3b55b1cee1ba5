// The shared store cases (store_cases_test.cpp) on SQLite: in memory and on a real file.
#include "tests/core/store/storetesting.h"

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreTest, ::testing::Values(sqliteMemoryBackend(), sqliteFileBackend()), backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, PersistentStoreTest, ::testing::Values(sqliteFileBackend()), backendName);

} // namespace Chrysalis::Testing
