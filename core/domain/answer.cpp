#include "core/domain/answer.h"

#include "core/domain/enumnames.h"
#include "core/domain/jsonreader.h"
#include "core/domain/textrules.h"
#include "core/domain/validationtext.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<AnswerStatus, 4> kAnswerStatusNames{u"answer status",
                                                        {{
                                                                {AnswerStatus::PendingReview, u"pending_review"},
                                                                {AnswerStatus::Approved, u"approved"},
                                                                {AnswerStatus::InConflict, u"in_conflict"},
                                                                {AnswerStatus::Settled, u"settled"},
                                                        }}};

constexpr EnumNames<RejectionReason, 5> kRejectionReasonNames{
        u"rejection reason",
        {{
                {RejectionReason::IgnoredInstructions, u"ignored_instructions"},
                {RejectionReason::WrongAnswer, u"wrong_answer"},
                {RejectionReason::Incomplete, u"incomplete"},
                {RejectionReason::LowEffort, u"low_effort"},
                {RejectionReason::Other, u"other"},
        }}};

constexpr EnumNames<ReviewDecision, 2> kReviewDecisionNames{u"review decision",
                                                            {{
                                                                    {ReviewDecision::Approve, u"approve"},
                                                                    {ReviewDecision::Reject, u"reject"},
                                                            }}};

} // namespace

QString answerStatusName(AnswerStatus status)
{
    return kAnswerStatusNames.nameOf(status);
}

Result<AnswerStatus> parseAnswerStatus(const QString &name)
{
    return kAnswerStatusNames.parse(name);
}

QString rejectionReasonName(RejectionReason reason)
{
    return kRejectionReasonNames.nameOf(reason);
}

Result<RejectionReason> parseRejectionReason(const QString &name)
{
    return kRejectionReasonNames.parse(name);
}

QString reviewDecisionName(ReviewDecision decision)
{
    return kReviewDecisionNames.nameOf(decision);
}

Result<ReviewDecision> parseReviewDecision(const QString &name)
{
    return kReviewDecisionNames.parse(name);
}

QJsonObject Answer::toJson() const
{
    return {
            {u"id"_s, id},
            {u"item_id"_s, itemId},
            {u"task_id"_s, taskId},
            {u"worker_id"_s, workerId},
            {u"revision_id"_s, revisionId},
            {u"fields"_s, fields},
            {u"status"_s, answerStatusName(status)},
            {u"submitted_at"_s, wireTime(submittedAt)},
            {u"seconds_spent"_s, secondsSpent},
    };
}

Result<Answer> Answer::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Answer answer;
    answer.id = reader.id(u"id"_s);
    answer.itemId = reader.id(u"item_id"_s);
    answer.taskId = reader.id(u"task_id"_s);
    answer.workerId = reader.id(u"worker_id"_s);
    answer.revisionId = reader.id(u"revision_id"_s);
    answer.fields = reader.object(u"fields"_s);
    answer.status = reader.enumValue(u"status"_s, parseAnswerStatus, AnswerStatus::PendingReview);
    answer.submittedAt = reader.time(u"submitted_at"_s);
    answer.secondsSpent = reader.optionalInteger(u"seconds_spent"_s, 0, 0);
    return reader.finish(answer, u"answer"_s);
}

Status AnswerReview::validate() const
{
    QList<FieldError> errors;
    if (decision == ReviewDecision::Reject) {
        if (!reasonCode)
            errors.append({u"reason_code"_s, Validation::tr("is required to reject an answer")});
        if (isBlank(reason))
            errors.append({u"reason"_s, Validation::tr("a rejection needs a written reason")});
    }
    if (codePointCount(reason) > kMaxReviewReasonLength)
        errors.append({u"reason"_s, Validation::tr("must be at most %n characters", nullptr, kMaxReviewReasonLength)});
    if (!errors.isEmpty())
        return Error::validation(Validation::tr("the review breaks its rules"), errors);
    return {};
}

QJsonObject AnswerReview::toJson() const
{
    return {
            {u"answer_id"_s, answerId},
            {u"decision"_s, reviewDecisionName(decision)},
            {u"reason_code"_s, reasonCode ? QJsonValue(rejectionReasonName(*reasonCode)) : QJsonValue()},
            {u"reason"_s, reason},
    };
}

Result<AnswerReview> AnswerReview::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    AnswerReview review;
    review.answerId = reader.id(u"answer_id"_s);
    review.decision = reader.enumValue(u"decision"_s, parseReviewDecision, ReviewDecision::Approve);
    review.reasonCode = reader.optionalEnumValue<RejectionReason>(u"reason_code"_s, parseRejectionReason);
    review.reason = reader.optionalString(u"reason"_s);
    return reader.finish(review, u"answer review"_s);
}

} // namespace Chrysalis
