#include "core/policy/leasepolicy.h"

#include "tests/core/policy/policytestsupport.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

TEST(LeasePolicy, DurationIsThreeTimesTheWorkWithinItsBounds)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(leaseDurationSeconds(60, 1, policy), 30 * 60); // 3 min of work: the 30 min floor
    EXPECT_EQ(leaseDurationSeconds(600, 1, policy), 30 * 60); // exactly the floor
    EXPECT_EQ(leaseDurationSeconds(601, 1, policy), 30 * 60 + 3);
    EXPECT_EQ(leaseDurationSeconds(120, 50, policy), 5 * 60 * 60); // 3 × 120 s × 50
    EXPECT_EQ(leaseDurationSeconds(172, 500, policy), 3 * 172 * 500); // 71.67 h stays below the cap…
    EXPECT_EQ(leaseDurationSeconds(173, 500, policy), 72 * 60 * 60); // …72.08 h is capped
}

TEST(LeasePolicy, DurationFollowsThePolicyAndSurvivesAbsurdInput)
{
    Policy policy = Policy::defaults();
    policy.lease.estimateMultiplier = 2;
    policy.lease.minSeconds = 60;
    policy.lease.maxSeconds = 3600;
    EXPECT_EQ(leaseDurationSeconds(100, 5, policy), 1000);
    EXPECT_EQ(leaseDurationSeconds(0, 5, policy), 60);
    EXPECT_EQ(leaseDurationSeconds(-50, 5, policy), 60);
    EXPECT_EQ(leaseDurationSeconds(100, 0, policy), 200); // counts as one slot
    EXPECT_EQ(leaseDurationSeconds(std::numeric_limits<qint64>::max(), 500, policy), 3600);
}

TEST(LeasePolicy, ClaimCountMustBeBetweenOneAndTheMaximum)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(*clampClaimCount(1, policy), 1);
    EXPECT_EQ(*clampClaimCount(500, policy), 500);
    const Result<int> none = clampClaimCount(0, policy);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::Validation);
    EXPECT_FALSE(clampClaimCount(-3, policy).ok());
    const Result<int> tooMany = clampClaimCount(501, policy);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code, ErrorCode::LimitExceeded);
}

TEST(LeasePolicy, LateAnswersAreAcceptedOnlyWhileTheSlotIsStillTheirs)
{
    const QDateTime expiry(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    LeaseAnswerInput input{expiry, expiry.addSecs(-1), false, true};
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::Accept);
    input.slotReLeased = true; // irrelevant while the lease runs
    input.itemNeedsAnswers = false;
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::Accept);

    input = {expiry, expiry, false, true};
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::AcceptLate);
    input.receivedAt = expiry.addDays(3);
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::AcceptLate);
    input.slotReLeased = true;
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::RefuseExpired);
    input.slotReLeased = false;
    input.itemNeedsAnswers = false;
    EXPECT_EQ(decideLeaseAnswer(input), LeaseAnswerDecision::RefuseExpired);
    EXPECT_EQ(decideLeaseAnswer({QDateTime(), expiry, true, true}), LeaseAnswerDecision::RefuseExpired);
}

TEST(LeasePolicy, ClientWarnsShortlyBeforeExpiry)
{
    const Policy policy = Policy::defaults();
    const QDateTime expiry(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const qint64 warn = policy.lease.warnBeforeSeconds;
    EXPECT_FALSE(shouldWarnBeforeExpiry(expiry, expiry.addSecs(-warn - 1), policy));
    EXPECT_TRUE(shouldWarnBeforeExpiry(expiry, expiry.addSecs(-warn), policy));
    EXPECT_TRUE(shouldWarnBeforeExpiry(expiry, expiry.addSecs(-1), policy));
    EXPECT_FALSE(shouldWarnBeforeExpiry(expiry, expiry, policy));
}
