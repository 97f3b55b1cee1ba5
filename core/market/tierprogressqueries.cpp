#include "core/market/tierprogressqueries.h"

#include "core/market/goldwork.h"

#include "core/store/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The same test as WorkRepository::approvedCount: approved, or settled without a lost conflict.
const QString kApproved = u"status = 'approved' OR (status = 'settled' AND lost_conflict = 0)"_s;

Status run(SqlQuery &query, const QString &sql, int window = -1)
{
    if (auto status = query.prepare(sql); !status)
        return status;
    if (window >= 0)
        query.bind(u":window"_s, window);
    return query.exec();
}

} // namespace

QStringList TierProgressQueries::migrationStatements()
{
    return {u"CREATE INDEX answer_worker_status ON answer (worker_id, status, lost_conflict)"_s,
            u"CREATE INDEX answer_worker_lost ON answer (worker_id, submitted_at, id) WHERE lost_conflict = 1"_s};
}

int TierProgressQueries::recordWindow(const Policy &policy)
{
    return std::max(policy.tiers.silver.windowAnswers, policy.tiers.gold.windowAnswers);
}

Result<QHash<QString, WorkerRecord>> TierProgressQueries::workerRecords(int window)
{
    QHash<QString, WorkerRecord> records;
    {
        SqlQuery workers(m_db);
        if (auto status = run(workers, u"SELECT id, tier FROM account WHERE roles LIKE '%\"worker\"%'"_s); !status)
            return status.error();
        while (workers.next()) {
            WorkerRecord record;
            record.tier = parseTier(workers.text(1)).valueOr(Tier::Bronze);
            records.insert(workers.text(0), record);
        }
    }

    // How many answers each worker has (the length of the flag list) and how many of them are approved.
    QHash<QString, int> answered;
    {
        SqlQuery counts(m_db);
        if (auto status = run(counts, u"SELECT worker_id, COUNT(*), CAST(SUM(CASE WHEN "_s + kApproved +
                                              u" THEN 1 ELSE 0 END) AS BIGINT) FROM answer GROUP BY worker_id"_s);
            !status)
            return status.error();
        while (counts.next()) {
            const auto found = records.find(counts.text(0));
            if (found == records.end())
                continue;
            found->approvedAnswers = static_cast<int>(counts.int64(2));
            answered.insert(counts.text(0), static_cast<int>(std::min<qint64>(counts.int64(1), window)));
        }
    }
    for (auto it = answered.cbegin(); it != answered.cend(); ++it)
        records[it.key()].recentLostFlags = QList<bool>(qMax(it.value(), 0), false);

    {
        SqlQuery done(m_db);
        if (auto status = run(done, u"SELECT worker_id, COUNT(*) FROM feedback WHERE worker_id IS NOT NULL AND "
                                    "state IN ('submitted', 'resolved') GROUP BY worker_id"_s);
            !status)
            return status.error();
        while (done.next()) {
            if (const auto found = records.find(done.text(0)); found != records.end())
                found->feedbackTasksDone = static_cast<int>(done.int64(1));
        }
    }

    // Each lost answer's place among its worker's answers, newest first, in the order recentLostFlags uses;
    // counting the newer answers stops at the window, so an old lost answer costs at most the window's length.
    {
        SqlQuery lost(m_db);
        if (auto status = run(lost,
                              u"SELECT a.worker_id, (SELECT COUNT(*) FROM (SELECT 1 FROM answer b WHERE "
                              "b.worker_id = a.worker_id AND b.submitted_at >= a.submitted_at AND "
                              "(b.submitted_at > a.submitted_at OR b.id > a.id) LIMIT :window) newer) "
                              "FROM answer a WHERE a.lost_conflict = 1"_s,
                              window);
            !status)
            return status.error();
        while (lost.next()) {
            const auto found = records.find(lost.text(0));
            const qint64 place = lost.int64(1);
            if (found != records.end() && place < found->recentLostFlags.size())
                found->recentLostFlags[place] = true;
        }
    }
    return records;
}

Result<QHash<QString, WorkerRecord>> TierProgressQueries::workerRecords(const Policy &policy, const QDateTime &now)
{
    auto records = workerRecords(recordWindow(policy));
    if (!records)
        return records.error();
    // Gold answers are few beside all answers: read them whole and tally each worker as goldTally does.
    GoldRepository gold(m_db);
    auto answers = gold.answersOfAllWorkers();
    if (!answers)
        return answers.error();
    if (answers->isEmpty())
        return records;
    auto contests = gold.contestsOfAllWorkers();
    if (!contests)
        return contests.error();
    QHash<QString, QList<GoldAnswerRecord>> answersOf;
    for (GoldAnswerRecord &answer : *answers)
        answersOf[answer.workerId].append(std::move(answer));
    QHash<QString, QList<GoldContestRecord>> contestsOf;
    for (GoldContestRecord &contest : *contests)
        contestsOf[contest.workerId].append(std::move(contest));
    const GoldPolicy scoring = goldPolicy(policy);
    for (auto it = answersOf.cbegin(); it != answersOf.cend(); ++it) {
        const auto found = records->find(it.key());
        if (found == records->end())
            continue;
        const GoldTally tally =
                tallyGold(it.value(), contestsOf.value(it.key()), now, policy.review.autoApproveSeconds, scoring);
        found->goldAnswered = tally.answered;
        found->goldCorrect = tally.correct;
        found->goldBelow = tally.standing == GoldStanding::Below;
    }
    return records;
}

Result<QHash<QString, TierProgress>> TierProgressQueries::allProgress(const Policy &policy, const QDateTime &now)
{
    auto records = workerRecords(policy, now);
    if (!records)
        return records.error();
    QHash<QString, TierProgress> progress;
    progress.reserve(records->size());
    for (auto it = records->cbegin(); it != records->cend(); ++it)
        progress.insert(it.key(), tierProgress(it.value(), policy));
    return progress;
}

} // namespace Chrysalis
