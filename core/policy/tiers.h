#pragma once

#include "core/domain/roles.h"
#include "core/policy/policy.h"

#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

// Worker tiers: earned by a record, then chosen (promotion is opt-in), and lost one step at a time when the
// current tier's lost-conflict limit is exceeded. Bronze is never demoted.

struct WorkerRecord {
    int approvedAnswers = 0;
    int feedbackTasksDone = 0;
    QList<bool> recentLostFlags; // newest first, one per answer: true when that answer's conflict was lost
    Tier tier = Tier::Bronze;
    // Scored gold answers and the standing they give (goldStanding); a worker whose standing is
    // below the pass accuracy is not promoted.
    int goldAnswered = 0;
    int goldCorrect = 0;
    bool goldBelow = false;
};

enum class TierRequirement { ApprovedAnswers, FeedbackTasks, LostConflicts, GoldAccuracy };

// "approved_answers", "feedback_tasks", "lost_conflicts", "gold_accuracy": stable keys the progress
// screen translates.
QString tierRequirementName(TierRequirement requirement);

// One rule with where the worker stands: current ≥ required (atMost false) or current ≤ required (atMost true).
struct TierRuleProgress {
    TierRequirement requirement = TierRequirement::ApprovedAnswers;
    qint64 current = 0;
    qint64 required = 0;
    bool atMost = false;
    int windowAnswers = 0; // for LostConflicts: the number of latest answers counted
    bool met = false;

    bool operator==(const TierRuleProgress &) const = default;
};

// For a progress screen. A rule with a requirement of zero feedback tasks is left out, and so is the
// gold rule of a worker without scored gold answers. The gold rule's current and required are
// percentages (answered correctly, the pass accuracy); whether it is met is the gold standing's call.
struct TierProgress {
    Tier current = Tier::Bronze;
    std::optional<Tier> next; // none for gold
    QList<TierRuleProgress> nextRules; // the rules of `next`
    bool eligibleForNext = false; // every rule of `next` and of the tiers below it is met
    std::optional<TierRuleProgress> keepRule; // the current tier's lost-conflict limit; none for bronze
};

// The rule a tier is earned and kept by; none for bronze.
std::optional<TierRule> tierRule(Tier tier, const Policy &policy);

// Lost conflicts among the latest windowAnswers answers (all of them if there are fewer).
int lostConflictsInWindow(const QList<bool> &recentLostFlags, int windowAnswers);

TierProgress tierProgress(const WorkerRecord &record, const Policy &policy);

// The highest tier above the current one whose rules, and the rules of every tier below it, are met.
std::optional<Tier> eligibleTier(const WorkerRecord &record, const Policy &policy);

// True when the current tier's lost-conflict limit is exceeded over its window: the worker drops one tier.
bool shouldDemote(const WorkerRecord &record, const Policy &policy);

} // namespace Chrysalis
