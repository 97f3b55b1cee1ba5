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

// Every worker's tier record read at once, in a few grouped statements over the whole account, answer and
// feedback tables, for recomputing all tier progress together. Each record equals the one
// MarketEngine::workerRecord assembles for that worker alone, so core/policy/tiers stays the one
// definition of the rules.
class TierProgressQueries
{
public:
    explicit TierProgressQueries(Database &db) : m_db(db) { }

    // Indexes the grouped reads need: each worker's answers by status, and the lost answers alone.
    static QStringList migrationStatements();

    // The lost-conflict window a record holds: the longest window of any tier.
    static int recordWindow(const Policy &policy);

    // Every worker's whole record by account id, as of `now` (the gold tally depends on it).
    Result<QHash<QString, WorkerRecord>> workerRecords(const Policy &policy, const QDateTime &now);
    // The records without their gold tally; recentLostFlags hold the latest `window` answers, newest first.
    Result<QHash<QString, WorkerRecord>> workerRecords(int window);
    // tierProgress() of every worker by account id.
    Result<QHash<QString, TierProgress>> allProgress(const Policy &policy, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace Chrysalis
