#include "core/policy/gating.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr std::array<std::pair<GateReason, const char16_t *>, 13> kReasonCodes{{
        {GateReason::OwnTask, u"own_task"},
        {GateReason::AlreadyAnswered, u"already_answered"},
        {GateReason::TierTooLow, u"tier"},
        {GateReason::MissingSkill, u"skill"},
        {GateReason::ContentFiltered, u"content_filter"},
        {GateReason::Full, u"full"},
        {GateReason::Suspended, u"suspended"},
        {GateReason::NotPublished, u"not_published"},
        {GateReason::FeedbackNeedsSilver, u"feedback_needs_silver"},
        {GateReason::ConflictNeedsGold, u"conflict_needs_gold"},
        {GateReason::CaterpillarTaskNeedsSilver, u"caterpillar_needs_silver"},
        {GateReason::ExposureLimit, u"exposure_limit"},
        {GateReason::Qualification, u"qualification"},
}};

bool hasAll(const QStringList &have, const QStringList &needed)
{
    for (const QString &one : needed) {
        if (!have.contains(one))
            return false;
    }
    return true;
}

std::optional<GateReason> kindTierReason(const WorkerGateInput &worker, const TaskGateInput &task)
{
    switch (task.kind) {
    case GateTaskKind::Conflict:
        if (worker.tier < Tier::Gold)
            return GateReason::ConflictNeedsGold;
        break;
    case GateTaskKind::Feedback:
        if (worker.tier < Tier::Silver)
            return GateReason::FeedbackNeedsSilver;
        break;
    case GateTaskKind::Normal:
        if (task.origin == Standing::Caterpillar && worker.tier < Tier::Silver)
            return GateReason::CaterpillarTaskNeedsSilver;
        break;
    }
    return std::nullopt;
}

// Walks the checks in precedence order; stops at the first reason unless `all` is set.
QList<GateReason> collectReasons(const WorkerGateInput &worker, const TaskGateInput &task, bool all)
{
    QList<GateReason> reasons;
    const auto add = [&](bool applies, GateReason reason) {
        if (applies && (all || reasons.isEmpty()))
            reasons.append(reason);
    };
    add(worker.suspended, GateReason::Suspended);
    add(worker.workerId == task.requesterId, GateReason::OwnTask);
    add(!task.published, GateReason::NotPublished);
    add(task.alreadyAnsweredByWorker, GateReason::AlreadyAnswered);
    if (const auto reason = kindTierReason(worker, task))
        add(true, *reason);
    add(worker.tier < task.minTier, GateReason::TierTooLow);
    add(!hasAll(worker.skills, task.requiredSkills), GateReason::MissingSkill);
    add(!hasAll(worker.contentOptIns, task.contentWarnings), GateReason::ContentFiltered);
    add(task.qualificationMissing, GateReason::Qualification);
    add(task.exposureLimitReached, GateReason::ExposureLimit);
    add(task.openSlots <= 0, GateReason::Full);
    return reasons;
}

} // namespace

QString gateReasonCode(GateReason reason)
{
    for (const auto &[candidate, code] : kReasonCodes) {
        if (candidate == reason)
            return QString::fromUtf16(code);
    }
    return u"unknown"_s;
}

Result<GateReason> parseGateReason(const QString &code)
{
    for (const auto &[reason, candidate] : kReasonCodes) {
        if (code == QStringView(candidate))
            return reason;
    }
    return Error::validation(u"unknown gate reason \"%1\""_s.arg(code));
}

// Gating uses no policy number today; the policy is part of the contract so a deployment knob never changes
// every caller.
std::optional<GateReason> gateReason(const WorkerGateInput &worker, const TaskGateInput &task,
                                     [[maybe_unused]] const Policy &policy)
{
    const QList<GateReason> reasons = collectReasons(worker, task, false);
    if (reasons.isEmpty())
        return std::nullopt;
    return reasons.constFirst();
}

QList<GateReason> allGateReasons(const WorkerGateInput &worker, const TaskGateInput &task,
                                 [[maybe_unused]] const Policy &policy)
{
    return collectReasons(worker, task, true);
}

bool shouldOfferContentBreak(int flaggedItemsInARow, const Policy &policy)
{
    return flaggedItemsInARow >= policy.content.breakAfterFlaggedItems;
}

} // namespace Chrysalis
