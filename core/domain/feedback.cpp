#include "core/domain/feedback.h"

#include "core/domain/enumnames.h"
#include "core/domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<FeedbackState, 3> kFeedbackStateNames{u"feedback state",
                                                          {{
                                                                  {FeedbackState::Open, u"open"},
                                                                  {FeedbackState::Submitted, u"submitted"},
                                                                  {FeedbackState::Resolved, u"resolved"},
                                                          }}};

constexpr EnumNames<Verdict, 2> kVerdictNames{u"verdict",
                                              {{
                                                      {Verdict::Approve, u"approve"},
                                                      {Verdict::ChangesSuggested, u"changes_suggested"},
                                              }}};

} // namespace

QString feedbackStateName(FeedbackState state)
{
    return kFeedbackStateNames.nameOf(state);
}

Result<FeedbackState> parseFeedbackState(const QString &name)
{
    return kFeedbackStateNames.parse(name);
}

QString verdictName(Verdict verdict)
{
    return kVerdictNames.nameOf(verdict);
}

Result<Verdict> parseVerdict(const QString &name)
{
    return kVerdictNames.parse(name);
}

QJsonObject SampleAnswer::toJson() const
{
    return {{u"item_id"_s, itemId}, {u"fields"_s, fields}, {u"seconds_spent"_s, secondsSpent}};
}

Result<SampleAnswer> SampleAnswer::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    SampleAnswer sample;
    sample.itemId = reader.id(u"item_id"_s);
    sample.fields = reader.object(u"fields"_s);
    sample.secondsSpent = reader.integer(u"seconds_spent"_s, 0);
    return reader.finish(sample, u"sample answer"_s);
}

QJsonObject MarkupComment::toJson() const
{
    return {{u"hunk_id"_s, hunkId}, {u"text"_s, text}};
}

Result<MarkupComment> MarkupComment::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    MarkupComment comment;
    comment.hunkId = reader.nonBlankString(u"hunk_id"_s);
    comment.text = reader.string(u"text"_s);
    return reader.finish(comment, u"markup comment"_s);
}

QJsonObject FeedbackTask::toJson() const
{
    return {
            {u"id"_s, id},
            {u"task_id"_s, taskId},
            {u"revision_id"_s, revisionId},
            {u"state"_s, feedbackStateName(state)},
            {u"worker_id"_s, workerId.isEmpty() ? QJsonValue() : QJsonValue(workerId)},
            {u"verdict"_s, verdict ? QJsonValue(verdictName(*verdict)) : QJsonValue()},
            {u"markup_revision"_s, markupRevision ? QJsonValue(markupRevision->toJson()) : QJsonValue()},
            {u"sample_answers"_s, toJsonArray(sampleAnswers)},
            {u"comments"_s, toJsonArray(comments)},
    };
}

Result<FeedbackTask> FeedbackTask::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    FeedbackTask feedback;
    feedback.id = reader.id(u"id"_s);
    feedback.taskId = reader.id(u"task_id"_s);
    feedback.revisionId = reader.id(u"revision_id"_s);
    feedback.state = reader.enumValue(u"state"_s, parseFeedbackState, FeedbackState::Open);
    feedback.workerId = reader.optionalId(u"worker_id"_s);
    feedback.verdict = reader.optionalEnumValue<Verdict>(u"verdict"_s, parseVerdict);
    feedback.markupRevision = reader.nested<TaskRevision>(u"markup_revision"_s, TaskRevision::fromJson, false);
    feedback.sampleAnswers = reader.objectList<SampleAnswer>(u"sample_answers"_s, SampleAnswer::fromJson, false);
    feedback.comments = reader.objectList<MarkupComment>(u"comments"_s, MarkupComment::fromJson, false);
    return reader.finish(feedback, u"feedback task"_s);
}

} // namespace Chrysalis
