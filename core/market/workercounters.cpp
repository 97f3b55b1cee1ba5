#include "core/market/workercounters.h"

#include "core/store/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns = u"answers, approved_answers, lost_answers, team_losses, feedback_done"_s;

} // namespace

QString WorkerCounters::teamLossEntries()
{
    return u"SELECT m.account_id AS worker_id, COALESCE(t.delivered_at, c.opened_at) AS at, c.id AS id FROM "
           "team_conflict c JOIN team_member m ON m.team_task_id = c.team_task_id JOIN team_task t ON t.id = "
           "c.team_task_id WHERE c.members_lost = 1"_s;
}

QStringList WorkerCounters::migrationStatements()
{
    QStringList statements{u"CREATE TABLE worker_progress (worker_id {text} PRIMARY KEY REFERENCES account(id), "
                           "answers {bigint} NOT NULL DEFAULT 0, approved_answers {bigint} NOT NULL DEFAULT 0, "
                           "lost_answers {bigint} NOT NULL DEFAULT 0, team_losses {bigint} NOT NULL DEFAULT 0, "
                           "feedback_done {bigint} NOT NULL DEFAULT 0)"_s,
                           // A worker's answers newest first with the id that breaks ties, from the index alone:
                           // the window of one worker and the places of the lost answers are read from it.
                           u"DROP INDEX answer_worker"_s,
                           u"CREATE INDEX answer_worker ON answer (worker_id, submitted_at, id)"_s};
    statements.append(recountStatements());
    return statements;
}

QStringList WorkerCounters::recountStatements()
{
    return {u"DELETE FROM worker_progress"_s,
            u"INSERT INTO worker_progress (worker_id, "_s + kColumns +
                    u") SELECT w.id, COALESCE(a.answers, 0), COALESCE(a.approved, 0), COALESCE(a.lost, 0), "
                    "COALESCE(t.losses, 0), COALESCE(f.done, 0) FROM account w "
                    "LEFT JOIN (SELECT worker_id, COUNT(*) AS answers, SUM(CASE WHEN status = 'approved' OR "
                    "(status = 'settled' AND lost_conflict = 0) THEN 1 ELSE 0 END) AS approved, SUM(lost_conflict) "
                    "AS lost FROM answer GROUP BY worker_id) a ON a.worker_id = w.id "
                    "LEFT JOIN (SELECT worker_id, COUNT(*) AS losses FROM ("_s +
                    teamLossEntries() +
                    u") e GROUP BY worker_id) t ON t.worker_id = w.id "
                    "LEFT JOIN (SELECT worker_id, COUNT(*) AS done FROM feedback WHERE worker_id IS NOT NULL AND "
                    "state IN ('submitted', 'resolved') GROUP BY worker_id) f ON f.worker_id = w.id "
                    "WHERE a.worker_id IS NOT NULL OR t.worker_id IS NOT NULL OR f.worker_id IS NOT NULL"_s};
}

bool WorkerCounters::approved(AnswerStatus status, bool lost)
{
    return status == AnswerStatus::Approved || (status == AnswerStatus::Settled && !lost);
}

Status WorkerCounters::add(const QString &workerId, const WorkerCounts &delta)
{
    if (delta == WorkerCounts())
        return {};
    return execute(m_db,
                   u"INSERT INTO worker_progress (worker_id, "_s + kColumns +
                           u") VALUES (:worker, :answers, :approved, :lost, :team, :feedback) ON CONFLICT "
                           "(worker_id) DO UPDATE SET answers = worker_progress.answers + excluded.answers, "
                           "approved_answers = worker_progress.approved_answers + excluded.approved_answers, "
                           "lost_answers = worker_progress.lost_answers + excluded.lost_answers, team_losses = "
                           "worker_progress.team_losses + excluded.team_losses, feedback_done = "
                           "worker_progress.feedback_done + excluded.feedback_done"_s,
                   {{u":worker"_s, workerId},
                    {u":answers"_s, delta.answers},
                    {u":approved"_s, delta.approvedAnswers},
                    {u":lost"_s, delta.lostAnswers},
                    {u":team"_s, delta.teamLosses},
                    {u":feedback"_s, delta.feedbackDone}});
}

Status WorkerCounters::answerChanged(const QString &workerId, AnswerStatus fromStatus, bool fromLost,
                                     AnswerStatus toStatus, bool toLost)
{
    WorkerCounts delta;
    delta.approvedAnswers = (approved(toStatus, toLost) ? 1 : 0) - (approved(fromStatus, fromLost) ? 1 : 0);
    delta.lostAnswers = (toLost ? 1 : 0) - (fromLost ? 1 : 0);
    return add(workerId, delta);
}

Status WorkerCounters::answerAdded(const QString &workerId, AnswerStatus status)
{
    WorkerCounts delta;
    delta.answers = 1;
    delta.approvedAnswers = approved(status, false) ? 1 : 0;
    return add(workerId, delta);
}

Status WorkerCounters::feedbackDone(const QString &workerId)
{
    WorkerCounts delta;
    delta.feedbackDone = 1;
    return add(workerId, delta);
}

Status WorkerCounters::teamLost(const QString &teamTaskId)
{
    SqlQuery members(m_db);
    if (auto status = members.prepare(u"SELECT account_id FROM team_member WHERE team_task_id = :team"_s); !status)
        return status;
    members.bind(u":team"_s, teamTaskId);
    if (auto status = members.exec(); !status)
        return status;
    QStringList ids;
    while (members.next())
        ids << members.text(0);
    members.finish();
    WorkerCounts delta;
    delta.teamLosses = 1;
    for (const QString &id : std::as_const(ids)) {
        if (auto status = add(id, delta); !status)
            return status;
    }
    return {};
}

Result<WorkerCounts> WorkerCounters::counts(const QString &workerId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT "_s + kColumns + u" FROM worker_progress WHERE worker_id = :worker"_s);
        !status)
        return status.error();
    query.bind(u":worker"_s, workerId);
    if (auto status = query.exec(); !status)
        return status.error();
    WorkerCounts counts;
    if (query.next()) {
        counts.answers = query.int64(0);
        counts.approvedAnswers = query.int64(1);
        counts.lostAnswers = query.int64(2);
        counts.teamLosses = query.int64(3);
        counts.feedbackDone = query.int64(4);
    }
    return counts;
}

Result<QList<bool>> WorkerCounters::recentLostFlags(const QString &workerId, int latest, const WorkerCounts &counts)
{
    if (latest <= 0)
        return QList<bool>();
    if (!counts.anyLoss())
        return QList<bool>(static_cast<qsizetype>(std::min<qint64>(counts.entries(), latest)), false);
    // The latest answers through the (worker_id, submitted_at) index, then the few lost team deliveries.
    SqlQuery query(m_db);
    if (auto status = query.prepare(
                u"SELECT lost FROM (SELECT at, id, lost FROM (SELECT submitted_at AS at, id, lost_conflict AS lost "
                "FROM answer WHERE worker_id = :worker ORDER BY submitted_at DESC, id DESC LIMIT :latest) answers "
                "UNION ALL SELECT at, id, 1 AS lost FROM ("_s +
                teamLossEntries() +
                u") team WHERE worker_id = :worker) entries ORDER BY at DESC, id DESC LIMIT :window"_s);
        !status)
        return status.error();
    query.bind(u":worker"_s, workerId).bind(u":latest"_s, latest).bind(u":window"_s, latest);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<bool> flags;
    while (query.next())
        flags.append(query.int64(0) != 0);
    return flags;
}

} // namespace Chrysalis
