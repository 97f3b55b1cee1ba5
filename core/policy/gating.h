#pragma once

#include "core/domain/roles.h"
#include "core/policy/policy.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// Why a worker may not take a task. Every refusal has a reason a worker can read ("why can't I take this?"),
// so allocation is never opaque.
enum class GateReason {
    OwnTask,
    AlreadyAnswered,
    TierTooLow, // below the task's minimum tier
    MissingSkill,
    ContentFiltered, // a content warning the worker has not opted in to
    Full, // no open slots
    Suspended,
    NotPublished, // not open for work (draft, in feedback, closed)
    FeedbackNeedsSilver,
    ConflictNeedsGold,
    CaterpillarTaskNeedsSilver,
    ExposureLimit, // today's items of a content category the task carries are at the worker's own limit
    Qualification, // the task requires a qualification task the worker has not passed
};

// Wire names: "own_task", "already_answered", "tier", "skill", "content_filter", "full", "suspended",
// "not_published", "feedback_needs_silver", "conflict_needs_gold", "caterpillar_needs_silver",
// "exposure_limit", "qualification".
QString gateReasonCode(GateReason reason);
Result<GateReason> parseGateReason(const QString &code);

enum class GateTaskKind { Normal, Feedback, Conflict };

struct WorkerGateInput {
    QString workerId;
    Tier tier = Tier::Bronze;
    QStringList skills;
    bool suspended = false;
    QStringList contentOptIns; // content warning categories the worker agreed to see
};

// The task as gating sees it. For a feedback or conflict task, `published` and `openSlots` describe that
// task itself, `origin` and `requesterId` the task it is about.
struct TaskGateInput {
    QString requesterId;
    Standing origin = Standing::Butterfly; // the requester's standing when the task was published
    bool published = false;
    Tier minTier = Tier::Bronze;
    QStringList requiredSkills;
    QStringList contentWarnings;
    int openSlots = 0;
    bool alreadyAnsweredByWorker = false;
    bool exposureLimitReached = false; // known only when the worker claims (the marketplace counts the day)
    bool qualificationMissing = false; // the task requires a qualification task the worker has not passed
    GateTaskKind kind = GateTaskKind::Normal;
};

// The first reason that stops the worker, or nullopt if they may take the task. Checks run in this order:
// Suspended, OwnTask, NotPublished, AlreadyAnswered, then the task kind's tier (ConflictNeedsGold,
// FeedbackNeedsSilver, CaterpillarTaskNeedsSilver), TierTooLow, MissingSkill, ContentFiltered, Qualification,
// ExposureLimit, Full: standing facts about the worker first, the passing state of the task (Full) last.
std::optional<GateReason> gateReason(const WorkerGateInput &worker, const TaskGateInput &task, const Policy &policy);

// Every reason that applies, in the same order; empty exactly when gateReason() is nullopt.
QList<GateReason> allGateReasons(const WorkerGateInput &worker, const TaskGateInput &task, const Policy &policy);

// The client offers a break once a worker has done this many content-flagged items in a row.
bool shouldOfferContentBreak(int flaggedItemsInARow, const Policy &policy);

} // namespace Chrysalis
