#include "core/policy/tiers.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr Tier kTiers[] = {Tier::Bronze, Tier::Silver, Tier::Gold};

QList<TierRuleProgress> ruleProgress(const TierRule &rule, const WorkerRecord &record, const Policy &policy)
{
    QList<TierRuleProgress> rules;
    rules.append({TierRequirement::ApprovedAnswers, record.approvedAnswers, rule.minApproved, false, 0,
                  record.approvedAnswers >= rule.minApproved});
    if (rule.minFeedbackTasks > 0) {
        rules.append({TierRequirement::FeedbackTasks, record.feedbackTasksDone, rule.minFeedbackTasks, false, 0,
                      record.feedbackTasksDone >= rule.minFeedbackTasks});
    }
    if (record.goldAnswered > 0) {
        const qint64 percent =
                (static_cast<qint64>(record.goldCorrect) * 100 + record.goldAnswered / 2) / record.goldAnswered;
        rules.append({TierRequirement::GoldAccuracy, percent, (policy.quality.goldPassBp + 50) / 100, false, 0,
                      !record.goldBelow});
    }
    // The lost-conflict rule stays last: it is the rule a tier is kept by.
    const int lost = lostConflictsInWindow(record.recentLostFlags, rule.windowAnswers);
    rules.append({TierRequirement::LostConflicts, lost, rule.maxLostConflicts, true, rule.windowAnswers,
                  lost <= rule.maxLostConflicts});
    return rules;
}

bool meetsRule(const TierRule &rule, const WorkerRecord &record, const Policy &policy)
{
    for (const TierRuleProgress &progress : ruleProgress(rule, record, policy)) {
        if (!progress.met)
            return false;
    }
    return true;
}

// The tier's rules and those of every tier below it.
bool meetsTier(Tier tier, const WorkerRecord &record, const Policy &policy)
{
    for (Tier lower : kTiers) {
        if (lower > tier)
            break;
        if (const auto rule = tierRule(lower, policy); rule && !meetsRule(*rule, record, policy))
            return false;
    }
    return true;
}

} // namespace

QString tierRequirementName(TierRequirement requirement)
{
    switch (requirement) {
    case TierRequirement::ApprovedAnswers:
        return u"approved_answers"_s;
    case TierRequirement::FeedbackTasks:
        return u"feedback_tasks"_s;
    case TierRequirement::LostConflicts:
        return u"lost_conflicts"_s;
    case TierRequirement::GoldAccuracy:
        return u"gold_accuracy"_s;
    }
    return u"approved_answers"_s;
}

std::optional<TierRule> tierRule(Tier tier, const Policy &policy)
{
    switch (tier) {
    case Tier::Bronze:
        return std::nullopt;
    case Tier::Silver:
        return policy.tiers.silver;
    case Tier::Gold:
        return policy.tiers.gold;
    }
    return std::nullopt;
}

int lostConflictsInWindow(const QList<bool> &recentLostFlags, int windowAnswers)
{
    const qsizetype counted = qMin<qsizetype>(recentLostFlags.size(), qMax(windowAnswers, 0));
    int lost = 0;
    for (qsizetype i = 0; i < counted; ++i) {
        if (recentLostFlags.at(i))
            ++lost;
    }
    return lost;
}

TierProgress tierProgress(const WorkerRecord &record, const Policy &policy)
{
    TierProgress progress;
    progress.current = record.tier;
    if (record.tier < Tier::Gold) {
        const Tier next = static_cast<Tier>(static_cast<int>(record.tier) + 1);
        progress.next = next;
        if (const auto rule = tierRule(next, policy))
            progress.nextRules = ruleProgress(*rule, record, policy);
        progress.eligibleForNext = meetsTier(next, record, policy);
    }
    if (const auto rule = tierRule(record.tier, policy))
        progress.keepRule = ruleProgress(*rule, record, policy).constLast();
    return progress;
}

std::optional<Tier> eligibleTier(const WorkerRecord &record, const Policy &policy)
{
    std::optional<Tier> best;
    for (Tier tier : kTiers) {
        if (tier > record.tier && meetsTier(tier, record, policy))
            best = tier;
    }
    return best;
}

bool shouldDemote(const WorkerRecord &record, const Policy &policy)
{
    const auto rule = tierRule(record.tier, policy);
    if (!rule)
        return false;
    return lostConflictsInWindow(record.recentLostFlags, rule->windowAnswers) > rule->maxLostConflicts;
}

} // namespace Chrysalis
