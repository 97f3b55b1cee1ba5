#pragma once

#include "core/domain/task.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

enum class FeedbackState { Open, Submitted, Resolved };
QString feedbackStateName(FeedbackState state); // "open", "submitted", "resolved"
Result<FeedbackState> parseFeedbackState(const QString &name);

// The feedback worker's overall judgement of a task.
enum class Verdict { Approve, ChangesSuggested };
QString verdictName(Verdict verdict); // "approve", "changes_suggested"
Result<Verdict> parseVerdict(const QString &name);

// A feedback worker's answer to one sample item, done exactly as instructed and timed.
struct SampleAnswer {
    QString itemId;
    QJsonObject fields;
    int secondsSpent = 0;

    QJsonObject toJson() const; // {item_id, fields, seconds_spent}
    static Result<SampleAnswer> fromJson(const QJsonObject &json);

    bool operator==(const SampleAnswer &) const = default;
};

// A feedback worker's comment on one change hunk of the marked-up revision.
struct MarkupComment {
    QString hunkId; // names a hunk of the diff engine, not a UUID
    QString text;

    QJsonObject toJson() const; // {hunk_id, text}
    static Result<MarkupComment> fromJson(const QJsonObject &json);

    bool operator==(const MarkupComment &) const = default;
};

// The feedback task of a caterpillar task (voluntary for butterflies): a silver or gold worker
// answers sample items and returns a marked-up revision with a verdict. Until it is submitted
// the worker, verdict and markup may be absent (null on the wire).
struct FeedbackTask {
    QString id;
    QString taskId;
    QString revisionId; // the revision under review
    FeedbackState state = FeedbackState::Open;
    QString workerId; // empty until a worker takes it
    std::optional<Verdict> verdict;
    std::optional<TaskRevision> markupRevision;
    QList<SampleAnswer> sampleAnswers;
    QList<MarkupComment> comments;

    QJsonObject toJson() const;
    static Result<FeedbackTask> fromJson(const QJsonObject &json);

    bool operator==(const FeedbackTask &) const = default;
};

} // namespace Chrysalis
