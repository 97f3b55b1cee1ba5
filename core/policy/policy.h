#pragma once

#include "core/domain/money.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

// The largest integer a JSON number carries exactly (2^53); no policy value, amount of money or count the
// mechanism computes may go beyond it.
inline constexpr qint64 kMaxSafeInteger = static_cast<qint64>(1) << 53;

// Every number of the mechanism (spec/MECHANISM.md) lives in one Policy value, read once by the server from a
// config file and synced to clients. Code outside this object never spells one of these numbers. Durations are
// integer seconds, money is cents, shares are basis points. Each section maps to one JSON object of the same name.

struct FeePolicy {
    BasisPoints butterflyBp = 2'000; // tasks of butterfly requesters
    BasisPoints caterpillarBp = 3'000; // tasks of caterpillar requesters; the extra share funds feedback

    bool operator==(const FeePolicy &) const = default;
};

struct TaskPolicy {
    int defaultOverlap = 1; // answers wanted per item when the requester does not say

    bool operator==(const TaskPolicy &) const = default;
};

struct FeedbackPolicy {
    Cents payCents = 150; // flat pay of one feedback task; at least one cent, as work is always paid
    int sampleItems = 3; // items the feedback worker answers, at most the task's item count

    bool operator==(const FeedbackPolicy &) const = default;
};

struct LeasePolicy {
    int defaultClaim = 50; // slots a claim takes when the worker does not say
    int maxClaim = 500; // largest claim, for offline batches
    qint64 minSeconds = 30 * 60;
    int estimateMultiplier = 3; // a lease lasts this many times the estimate of every claimed item
    qint64 maxSeconds = 72 * 3'600;
    // The spec says the client warns before expiry without a number: 15 minutes is our default.
    qint64 warnBeforeSeconds = 15 * 60;

    bool operator==(const LeasePolicy &) const = default;
};

struct ReviewPolicy {
    qint64 autoApproveSeconds = 3 * 86'400; // an answer not reviewed this long after submission is approved

    bool operator==(const ReviewPolicy &) const = default;
};

struct RatingPolicy {
    int min = 0;
    int max = 10;
    int neutral = 5; // a butterfly task's rating moves its requester's points by (rating − neutral)
    int privacyMinRatings = 5; // no aggregate is published over fewer ratings
    int refreshAfterNew = 5; // a published aggregate changes only after this many new ratings

    bool operator==(const RatingPolicy &) const = default;
};

struct PanelPolicy {
    int seats = 5; // K gold arbiters
    int quorum = 3; // votes that let the panel close at its deadline
    qint64 deadlineSeconds = 72 * 3'600;
    int extensions = 1; // how often a panel short of quorum is extended
    // The spec says "extended once" without a length: by default an extension is as long as the deadline.
    qint64 extensionSeconds = 72 * 3'600;
    BasisPoints arbitrationFeeBp = 1'000; // charged to the requester, share of the answer's pay
    Cents arbiterPayCents = 40; // flat pay of each arbiter who voted; at least one cent
    BasisPoints lossThresholdBp = 5'000; // a side whose share of fault is strictly above this lost
    qint64 teamExclusionSeconds = 30 * 86'400; // flash-team members of the worker sit on no panel for this long

    bool operator==(const PanelPolicy &) const = default;
};

struct MistakePolicy {
    qint64 windowSeconds = 90 * 86'400; // rolling window over which mistake pay is summed
    BasisPoints payoutThresholdShareBp = 9'000; // allowance floor, as a share of the payout threshold
    BasisPoints earnedShareBp = 1'000; // allowance grows with this share of pay earned in the window

    bool operator==(const MistakePolicy &) const = default;
};

struct PayoutPolicy {
    Cents thresholdCents = 10'000; // earnings a worker needs before requesting a payout

    bool operator==(const PayoutPolicy &) const = default;
};

// What a worker must show to be eligible for one tier, and how many lost conflicts the tier tolerates.
struct TierRule {
    int minApproved = 0;
    int minFeedbackTasks = 0;
    int maxLostConflicts = 0; // over the last windowAnswers answers; exceeding it demotes
    int windowAnswers = 1;

    bool operator==(const TierRule &) const = default;
};

struct TierPolicy {
    TierRule silver{100, 0, 2, 100};
    TierRule gold{500, 20, 1, 200};

    bool operator==(const TierPolicy &) const = default;
};

struct StandingPolicy {
    int butterflyAtPoints = 100; // a caterpillar with at least this many points becomes a butterfly
    int caterpillarBelowPoints = 50; // a butterfly below this many points becomes a caterpillar again
    int approvedFeedbackPoints = 10; // a feedback verdict of approve
    int lostConflictPoints = 20; // taken away when a panel finds the requester at fault (r above the threshold)

    bool operator==(const StandingPolicy &) const = default;
};

struct LeaderboardPolicy {
    int top = 25; // ranks shown on the public requester leaderboard
    int priorWeight = 20; // ratings' worth of the platform mean in the Bayesian average

    bool operator==(const LeaderboardPolicy &) const = default;
};

struct ContentPolicy {
    // The spec asks for a break offer "after a long run of flagged items" without a number: 20 is our default.
    int breakAfterFlaggedItems = 20;

    bool operator==(const ContentPolicy &) const = default;
};

// Gold questions (MECHANISM.md names gold accuracy part of execution reliability without numbers; these
// defaults are ours). Shares are in basis points so the policy stays integral.
struct QualityPolicy {
    int goldMinimumAnswers = 10; // fewer scored gold answers give no standing either way
    int goldPassBp = 7'000; // the accuracy a worker's gold answers are held to
    int defaultGoldRateBp = 1'000; // share of gold in a worker's claims when a task names no gold_rate

    bool operator==(const QualityPolicy &) const = default;
};

struct Policy {
    FeePolicy fees;
    TaskPolicy task;
    FeedbackPolicy feedback;
    LeasePolicy lease;
    ReviewPolicy review;
    RatingPolicy rating;
    PanelPolicy panel;
    MistakePolicy mistakes;
    PayoutPolicy payout;
    TierPolicy tiers;
    StandingPolicy standing;
    LeaderboardPolicy leaderboard;
    ContentPolicy content;
    QualityPolicy quality;

    static Policy defaults();

    // A JSON object of sections ({"panel": {"seats": 5}}); any subset of keys may be given and the rest keep
    // their defaults. Unknown keys, wrong types, fractions, out-of-range values and inconsistent combinations
    // are Validation errors with one FieldError per problem, named by JSON path ("panel.quorum").
    static Result<Policy> fromJson(const QByteArray &json);
    static Result<Policy> fromFile(const QString &path);

    // Every key of every section; fromJson(toJson()) gives back an equal Policy.
    QJsonObject toJson() const;
    // A short hash of the canonical JSON: equal on server and client exactly when their policies are equal.
    QString version() const;

    bool operator==(const Policy &) const = default;
};

} // namespace Chrysalis
