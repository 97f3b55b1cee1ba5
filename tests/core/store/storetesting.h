#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/databaseconfig.h"

#include <QList>
#include <QString>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace Chrysalis::Testing {

// An empty database reserved for one test: a temporary SQLite file, a private in-memory SQLite
// database, or a fresh schema in the test PostgreSQL database. Removed on destruction.
class ScratchDatabase
{
public:
    ScratchDatabase(DatabaseConfig config, std::function<void()> cleanup = {});
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // Every call names the same database, so a test can close and reopen it (except :memory:).
    const DatabaseConfig &config() const { return m_config; }

private:
    DatabaseConfig m_config;
    std::function<void()> m_cleanup;
};

// One backend the shared store cases run on.
struct StoreBackend {
    std::string name;
    std::function<Result<std::unique_ptr<ScratchDatabase>>()> create;
};

StoreBackend sqliteMemoryBackend();
StoreBackend sqliteFileBackend();
// Reads the URL from the file named by CHRYSALIS_TEST_PG_URL_FILE (written by tests/support/postgres.sh);
// fails, never skips, when it is missing.
StoreBackend postgresBackend();

std::string backendName(const ::testing::TestParamInfo<StoreBackend> &info);
void PrintTo(const StoreBackend &backend, std::ostream *out);

// Migrations the generic cases use: 1 creates note(id, body), 2 inserts one "seed" note.
QList<Migration> noteMigrations();

// Cases that run on every backend.
class StoreTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    const DatabaseConfig &config() const { return m_scratch->config(); }
    // Opens the scratch database; on failure records a test failure and returns nullptr.
    std::unique_ptr<Database> openDatabase(const QList<Migration> &migrations);

    // Small helpers over the note table of noteMigrations().
    static qint64 countNotes(Database &db, const QString &body);
    static Status insertNote(Database &db, const QString &body, qint64 id = 0);
    static qint64 countRows(Database &db, const QString &table);

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
};

// Cases that close and reopen the same database; every backend but :memory:.
class PersistentStoreTest : public StoreTest
{ };

} // namespace Chrysalis::Testing
