#pragma once

#include "core/domain/form.h"
#include "core/domain/money.h"
#include "core/domain/roles.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Chrysalis {

enum class TaskState { Draft, InFeedback, Published, Closed };
QString taskStateName(TaskState state); // "draft", "in_feedback", "published", "closed"
Result<TaskState> parseTaskState(const QString &name);

// Who posted the task, which decides the fee and whether feedback comes first.
enum class TaskOrigin { Caterpillar, Butterfly };
QString taskOriginName(TaskOrigin origin); // "caterpillar", "butterfly"
Result<TaskOrigin> parseTaskOrigin(const QString &name);

// Limits of a revision's fields, from the brief of the form editor.
inline constexpr int kMaxTitleLength = 200; // code points
inline constexpr int kMaxOverlap = 100;
inline constexpr int kMaxEstimateSeconds = 86'400;
// A sanity cap (one million currency units per answer) that keeps escrow arithmetic far from overflow.
inline constexpr Cents kMaxPayCents = 100'000'000;

// One immutable version of what a task asks: the revision a worker saw is recorded on each
// answer, so a revision is never edited after it is stored. Changes make a new one (revised()).
struct TaskRevision {
    QString id;
    QString taskId;
    int number = 1; // 1 for the first revision of a task, then +1 each time
    QString title;
    QString instructions;
    AnswerForm form;
    Cents payCents = 0; // per answer
    int overlap = 1; // answers wanted per item
    Tier minTier = Tier::Bronze;
    QStringList skills;
    QStringList contentWarnings;
    int estimateSeconds = 0; // per item
    QDateTime createdAt;

    // The next revision of the same task: a copy with a new id, number + 1 and createdAt, ready
    // for the caller to change its content before storing it.
    TaskRevision revised(const QDateTime &now) const;

    // The content rules (title, pay, overlap, estimate, form). Field errors name the JSON keys.
    Status validate() const;

    QJsonObject toJson() const;
    // Checks shapes and ids; call validate() for the content rules.
    static Result<TaskRevision> fromJson(const QJsonObject &json);

    bool operator==(const TaskRevision &) const = default;
};

// A task as listed: its current state and the figures of its current revision.
struct Task {
    QString id;
    QString requesterId;
    TaskOrigin origin = TaskOrigin::Butterfly;
    TaskState state = TaskState::Draft;
    QString revisionId;
    QString title;
    Cents payCents = 0;
    int overlap = 1;
    Tier minTier = Tier::Bronze;
    int itemsTotal = 0;
    int itemsOpen = 0; // item slots still wanting answers
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Task> fromJson(const QJsonObject &json);

    bool operator==(const Task &) const = default;
};

} // namespace Chrysalis
