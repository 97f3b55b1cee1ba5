#include "core/market/tierprogressqueries.h"

#include "core/market/goldwork.h"
#include "core/market/workercounters.h"

#include "core/store/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

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
        // One row per worker: the tier and the counters WorkerCounters keeps.
        SqlQuery workers(m_db);
        if (auto status = run(workers, u"SELECT a.id, a.tier, COALESCE(p.answers, 0), COALESCE(p.approved_answers, "
                                       "0), COALESCE(p.team_losses, 0), COALESCE(p.feedback_done, 0) FROM account a "
                                       "LEFT JOIN worker_progress p ON p.worker_id = a.id WHERE a.roles LIKE "
                                       "'%\"worker\"%'"_s);
            !status)
            return status.error();
        while (workers.next()) {
            WorkerRecord record;
            record.tier = parseTier(workers.text(1)).valueOr(Tier::Bronze);
            record.approvedAnswers = static_cast<int>(workers.int64(3));
            record.feedbackTasksDone = static_cast<int>(workers.int64(5));
            const qint64 entries = workers.int64(2) + workers.int64(4);
            record.recentLostFlags = QList<bool>(static_cast<qsizetype>(std::clamp<qint64>(entries, 0, window)), false);
            records.insert(workers.text(0), record);
        }
    }
    if (window <= 0)
        return records;

    // Each loss's place among its worker's entries (answers and lost team deliveries), newest first, in the
    // order recentLostFlags uses: the newer answers, counted in the (worker_id, submitted_at, id) index and
    // stopping at the window, plus the newer lost team deliveries. Losses are rare: the lost answers come
    // from their partial index, the team losses from their few conflicts.
    struct Loss {
        QString workerId;
        qint64 at = 0;
        QString id;
        qint64 newerAnswers = 0;
    };
    const QString newerAnswers = u"(SELECT COUNT(*) FROM (SELECT 1 FROM answer b WHERE b.worker_id = l.worker_id AND "
                                 "(b.submitted_at, b.id) > (l.at, l.id) LIMIT :window) newer)"_s;
    QList<Loss> losses;
    QHash<QString, QList<qsizetype>> teamLossesOf;
    for (const bool team : {false, true}) {
        SqlQuery lost(m_db);
        const QString entries =
                team ? WorkerCounters::teamLossEntries()
                     : u"SELECT worker_id, submitted_at AS at, id FROM answer WHERE lost_conflict = 1"_s;
        if (auto status =
                    run(lost, u"SELECT l.worker_id, l.at, l.id, "_s + newerAnswers + u" FROM ("_s + entries + u") l"_s,
                        window);
            !status)
            return status.error();
        while (lost.next()) {
            if (!records.contains(lost.text(0)))
                continue;
            if (team)
                teamLossesOf[lost.text(0)].append(losses.size());
            losses.append({lost.text(0), lost.int64(1), lost.text(2), lost.int64(3)});
        }
    }
    for (const Loss &loss : std::as_const(losses)) {
        qint64 place = loss.newerAnswers;
        for (qsizetype other : teamLossesOf.value(loss.workerId)) {
            const Loss &team = losses.at(other);
            place += team.at > loss.at || (team.at == loss.at && team.id > loss.id) ? 1 : 0;
        }
        QList<bool> &flags = records[loss.workerId].recentLostFlags;
        if (place < flags.size())
            flags[place] = true;
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
