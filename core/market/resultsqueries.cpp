#include "core/market/resultsqueries.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QJsonValue wireTimeOrNull(SqlQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    return Rows::fromMs(query.int64(column)).toString(Qt::ISODateWithMs);
}

Status run(SqlQuery &query, const QString &sql, const QString &taskId)
{
    if (auto status = query.prepare(sql); !status)
        return status;
    query.bind(u":task"_s, taskId);
    return query.exec();
}

} // namespace

Result<ResultsSource> ResultsQueries::taskResults(const QString &taskId)
{
    ResultsSource source;
    source.taskId = taskId;
    {
        SqlQuery task(m_db);
        if (auto status = run(task, u"SELECT revision_id FROM task WHERE id = :task"_s, taskId); !status)
            return status.error();
        if (!task.next())
            return Error::notFound(u"no task %1"_s.arg(taskId));
        source.currentRevisionId = task.text(0);
    }
    {
        SqlQuery revisions(m_db);
        if (auto status = run(revisions,
                              u"SELECT id, number, content, created_at FROM task_revision WHERE task_id = :task "
                              "ORDER BY number"_s,
                              taskId);
            !status)
            return status.error();
        while (revisions.next()) {
            // The stored content as it is, so keys this build does not model (such as aggregation) stay.
            QJsonObject revision = Rows::object(revisions.text(2));
            revision.insert(u"id"_s, revisions.text(0));
            revision.insert(u"task_id"_s, taskId);
            revision.insert(u"number"_s, static_cast<int>(revisions.int64(1)));
            revision.insert(u"created_at"_s, wireTimeOrNull(revisions, 3));
            if (revision.value(u"id"_s).toString() == source.currentRevisionId)
                source.title = revision.value(u"title"_s).toString();
            source.revisions.append(revision);
        }
    }
    {
        SqlQuery items(m_db);
        if (auto status = run(items, u"SELECT id, data FROM item WHERE task_id = :task ORDER BY position"_s, taskId);
            !status)
            return status.error();
        while (items.next()) {
            source.items.append(
                    {{u"id"_s, items.text(0)}, {u"task_id"_s, taskId}, {u"data"_s, Rows::object(items.text(1))}});
        }
    }
    {
        SqlQuery answers(m_db);
        if (auto status = run(answers,
                              u"SELECT a.id, a.item_id, a.revision_id, w.pseudonym, a.fields, a.status, "
                              "a.submitted_at, a.seconds_spent, a.reviewed_at, a.reason_code "
                              "FROM answer a JOIN account w ON w.id = a.worker_id WHERE a.task_id = :task "
                              "ORDER BY a.submitted_at, a.id"_s,
                              taskId);
            !status)
            return status.error();
        while (answers.next()) {
            source.answers.append({
                    {u"id"_s, answers.text(0)},
                    {u"item_id"_s, answers.text(1)},
                    {u"task_id"_s, taskId},
                    {u"revision_id"_s, answers.text(2)},
                    {u"worker_pseudonym"_s, answers.text(3)},
                    {u"fields"_s, Rows::object(answers.text(4))},
                    {u"status"_s, answers.text(5)},
                    {u"submitted_at"_s, wireTimeOrNull(answers, 6)},
                    {u"seconds_spent"_s, static_cast<int>(answers.int64(7))},
                    {u"reviewed_at"_s, wireTimeOrNull(answers, 8)},
                    {u"reason_code"_s, answers.isNull(9) ? QJsonValue() : QJsonValue(answers.text(9))},
            });
        }
    }
    {
        SqlQuery conflicts(m_db);
        if (auto status = run(conflicts,
                              u"SELECT id, answer_id, state, worker_fault_votes, requester_fault_votes "
                              "FROM conflict WHERE task_id = :task ORDER BY opened_at, id"_s,
                              taskId);
            !status)
            return status.error();
        while (conflicts.next()) {
            source.conflicts.append({
                    {u"id"_s, conflicts.text(0)},
                    {u"answer_id"_s, conflicts.text(1)},
                    {u"state"_s, conflicts.text(2)},
                    {u"worker_fault_votes"_s, static_cast<int>(conflicts.int64(3))},
                    {u"requester_fault_votes"_s, static_cast<int>(conflicts.int64(4))},
            });
        }
    }
    return source;
}

} // namespace Chrysalis
