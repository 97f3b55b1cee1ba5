#pragma once

#include "core/policy/policy.h"
#include "core/policy/tiers.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// Every worker's tier record read at once, for recomputing all tier progress together: one row per worker
// from the counters WorkerCounters keeps, plus the places of the rare losses in each worker's window. Each
// record equals the one MarketEngine::workerRecord assembles for that worker alone, so core/policy/tiers
// stays the one definition of the rules.
class TierProgressQueries
{
public:
    explicit TierProgressQueries(Database &db) : m_db(db) { }

    // Indexes of migration 13: each worker's answers by status, and the lost answers alone.
    static QStringList migrationStatements();

    // The lost-conflict window a record holds: the longest window of any tier.
    static int recordWindow(const Policy &policy);

    // Every worker's whole record by account id, as of `now` (the gold tally depends on it).
    Result<QHash<QString, WorkerRecord>> workerRecords(const Policy &policy, const QDateTime &now);
    // The records without their gold tally; recentLostFlags hold the latest `window` entries (answers and
    // lost team deliveries), newest first.
    Result<QHash<QString, WorkerRecord>> workerRecords(int window);
    // tierProgress() of every worker by account id.
    Result<QHash<QString, TierProgress>> allProgress(const Policy &policy, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace Chrysalis
