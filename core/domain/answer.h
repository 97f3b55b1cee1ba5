#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Chrysalis {

enum class AnswerStatus { PendingReview, Approved, InConflict, Settled };
QString answerStatusName(AnswerStatus status); // "pending_review", "approved", "in_conflict", "settled"
Result<AnswerStatus> parseAnswerStatus(const QString &name);

// Why a requester rejected an answer; the written reason comes with it.
enum class RejectionReason { IgnoredInstructions, WrongAnswer, Incomplete, LowEffort, Other };
QString rejectionReasonName(RejectionReason reason); // "ignored_instructions", …, "other"
Result<RejectionReason> parseRejectionReason(const QString &name);

enum class ReviewDecision { Approve, Reject };
QString reviewDecisionName(ReviewDecision decision); // "approve", "reject"
Result<ReviewDecision> parseReviewDecision(const QString &name);

// One worker's completed work on one item, against the revision they saw; the unit of pay.
struct Answer {
    QString id;
    QString itemId;
    QString taskId;
    QString workerId;
    QString revisionId;
    QJsonObject fields; // form field name → value, see AnswerForm::validateAnswer
    AnswerStatus status = AnswerStatus::PendingReview;
    QDateTime submittedAt;
    int secondsSpent = 0;

    QJsonObject toJson() const;
    // Checks shapes; the fields are checked against the form with AnswerForm::validateAnswer.
    static Result<Answer> fromJson(const QJsonObject &json);

    bool operator==(const Answer &) const = default;
};

inline constexpr int kMaxReviewReasonLength = 4000; // code points

// A requester's decision on one answer (answer.review@1). A rejection needs a reason code and a
// written reason, since it opens a conflict panel that reads it.
struct AnswerReview {
    QString answerId;
    ReviewDecision decision = ReviewDecision::Approve;
    std::optional<RejectionReason> reasonCode;
    QString reason;

    Status validate() const;

    QJsonObject toJson() const; // {answer_id, decision, reason_code, reason}
    static Result<AnswerReview> fromJson(const QJsonObject &json);

    bool operator==(const AnswerReview &) const = default;
};

} // namespace Chrysalis
