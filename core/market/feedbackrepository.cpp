#include "core/market/feedbackrepository.h"

#include "core/domain/jsonreader.h"
#include "core/market/rowhelpers.h"
#include "core/market/workercounters.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

Status FeedbackRepository::insert(const FeedbackRecord &record)
{
    const FeedbackTask &feedback = record.feedback;
    return execute(m_db,
                   u"INSERT INTO feedback (id, task_id, revision_id, state, sample_item_ids, created_at) "
                   "VALUES (:id, :task, :revision, :state, :samples, :created)"_s,
                   {{u":id"_s, feedback.id},
                    {u":task"_s, feedback.taskId},
                    {u":revision"_s, feedback.revisionId},
                    {u":state"_s, feedbackStateName(feedback.state)},
                    {u":samples"_s, Rows::json(record.sampleItemIds)},
                    {u":created"_s, Rows::toMs(record.createdAt)}});
}

Result<std::optional<FeedbackRecord>> FeedbackRepository::find(const QString &id, bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, task_id, revision_id, state, sample_item_ids, worker_id, verdict, "
                                    "markup_revision, sample_answers, comments, accepted_hunks, adopted_revision_id, "
                                    "created_at, submitted_at, resolved_at FROM feedback WHERE id = :id"_s +
                                    (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<FeedbackRecord>();
    FeedbackRecord record;
    FeedbackTask &feedback = record.feedback;
    feedback.id = query.text(0);
    feedback.taskId = query.text(1);
    feedback.revisionId = query.text(2);
    feedback.state = parseFeedbackState(query.text(3)).valueOr(FeedbackState::Open);
    record.sampleItemIds = Rows::stringList(query.text(4));
    feedback.workerId = query.text(5);
    if (!query.isNull(6))
        feedback.verdict = parseVerdict(query.text(6)).valueOr(Verdict::ChangesSuggested);
    if (!query.isNull(7)) {
        auto markup = TaskRevision::fromJson(Rows::object(query.text(7)));
        if (!markup)
            return Error::storage(u"stored markup of feedback %1 is unreadable"_s.arg(id));
        feedback.markupRevision = *markup;
    }
    for (const QJsonValue &value : Rows::array(query.text(8))) {
        if (auto sample = SampleAnswer::fromJson(value.toObject()))
            feedback.sampleAnswers.append(*sample);
    }
    for (const QJsonValue &value : Rows::array(query.text(9))) {
        if (auto comment = MarkupComment::fromJson(value.toObject()))
            feedback.comments.append(*comment);
    }
    record.acceptedHunks = Rows::stringList(query.text(10));
    record.adoptedRevisionId = query.text(11);
    record.createdAt = Rows::fromMs(query.int64(12));
    if (!query.isNull(13))
        record.submittedAt = Rows::fromMs(query.int64(13));
    if (!query.isNull(14))
        record.resolvedAt = Rows::fromMs(query.int64(14));
    return std::optional<FeedbackRecord>(record);
}

Result<bool> FeedbackRepository::submit(const FeedbackRecord &record)
{
    const FeedbackTask &feedback = record.feedback;
    auto submitted = changedOne(
            m_db,
            u"UPDATE feedback SET state = 'submitted', worker_id = :worker, verdict = :verdict, "
            "markup_revision = :markup, sample_answers = :samples, comments = :comments, "
            "submitted_at = :at WHERE id = :id AND state = 'open'"_s,
            {{u":worker"_s, feedback.workerId},
             {u":verdict"_s, verdictName(feedback.verdict.value_or(Verdict::ChangesSuggested))},
             {u":markup"_s, Rows::json(feedback.markupRevision ? feedback.markupRevision->toJson() : QJsonObject())},
             {u":samples"_s, Rows::json(toJsonArray(feedback.sampleAnswers))},
             {u":comments"_s, Rows::json(toJsonArray(feedback.comments))},
             {u":at"_s, Rows::toMs(record.submittedAt)},
             {u":id"_s, feedback.id}});
    if (!submitted || !*submitted)
        return submitted;
    if (auto status = WorkerCounters(m_db).feedbackDone(feedback.workerId); !status)
        return status.error();
    return true;
}

Result<bool> FeedbackRepository::resolve(const QString &id, const QStringList &acceptedHunks,
                                         const QString &adoptedRevisionId, const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE feedback SET state = 'resolved', accepted_hunks = :hunks, adopted_revision_id = "
                      ":adopted, resolved_at = :at WHERE id = :id AND state = 'submitted'"_s,
                      {{u":hunks"_s, Rows::json(acceptedHunks)},
                       {u":adopted"_s, Rows::textOrNull(adoptedRevisionId)},
                       {u":at"_s, Rows::toMs(at)},
                       {u":id"_s, id}});
}

Result<int> FeedbackRepository::doneCount(const QString &workerId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT COUNT(*) FROM feedback WHERE worker_id = :worker AND state IN "
                                    "('submitted', 'resolved')"_s);
        !status)
        return status.error();
    query.bind(u":worker"_s, workerId);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? static_cast<int>(query.int64(0)) : 0;
}

Status FeedbackRepository::insertProposal(const ReframeRecord &record)
{
    return execute(m_db,
                   u"INSERT INTO reframe_proposal (id, task_id, worker_id, markup_revision, rationale, state, "
                   "created_at) VALUES (:id, :task, :worker, :markup, :rationale, :state, :created)"_s,
                   {{u":id"_s, record.id},
                    {u":task"_s, record.taskId},
                    {u":worker"_s, record.workerId},
                    {u":markup"_s, Rows::json(record.markupRevision)},
                    {u":rationale"_s, record.rationale},
                    {u":state"_s, record.state},
                    {u":created"_s, Rows::toMs(record.createdAt)}});
}

Result<std::optional<ReframeRecord>> FeedbackRepository::proposal(const QString &id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, task_id, worker_id, markup_revision, rationale, state, created_at "
                                    "FROM reframe_proposal WHERE id = :id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<ReframeRecord>();
    ReframeRecord record;
    record.id = query.text(0);
    record.taskId = query.text(1);
    record.workerId = query.text(2);
    record.markupRevision = Rows::object(query.text(3));
    record.rationale = query.text(4);
    record.state = query.text(5);
    record.createdAt = Rows::fromMs(query.int64(6));
    return std::optional<ReframeRecord>(record);
}

Result<bool> FeedbackRepository::resolveProposal(const QString &id, const QString &state,
                                                 const QStringList &acceptedHunks, const QString &adoptedRevisionId,
                                                 const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE reframe_proposal SET state = :state, accepted_hunks = :hunks, adopted_revision_id = "
                      ":revision, resolved_at = :at WHERE id = :id AND state = 'open'"_s,
                      {{u":state"_s, state},
                       {u":hunks"_s, Rows::json(acceptedHunks)},
                       {u":revision"_s, Rows::textOrNull(adoptedRevisionId)},
                       {u":at"_s, Rows::toMs(at)},
                       {u":id"_s, id}});
}

Result<QJsonObject> FeedbackRepository::proposalResolution(const QString &id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT accepted_hunks, adopted_revision_id, resolved_at FROM reframe_proposal "
                                    "WHERE id = :id AND resolved_at IS NOT NULL"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return QJsonObject();
    return QJsonObject{{u"accepted_hunks"_s, Rows::array(query.text(0))},
                       {u"adopted_revision_id"_s, query.isNull(1) ? QJsonValue() : QJsonValue(query.text(1))},
                       {u"resolved_at"_s, query.int64(2)}};
}

Result<int> FeedbackRepository::adoptedProposals(const QString &workerId)
{
    auto count =
            scalar(m_db, u"SELECT COUNT(*) FROM reframe_proposal WHERE worker_id = :worker AND state = 'adopted'"_s,
                   {{u":worker"_s, workerId}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

} // namespace Chrysalis
