#include "core/policy/reviewrules.h"

#include <gtest/gtest.h>

using namespace Chrysalis;

TEST(ReviewRules, UnreviewedAnswersAreApprovedAfterThreeDays)
{
    const Policy policy = Policy::defaults();
    const QDateTime submitted(QDate(2024, 2, 28), QTime(18, 30), Qt::UTC);
    EXPECT_EQ(autoApprovalAt(submitted, policy), submitted.addDays(3));
    EXPECT_FALSE(isDueForAutoApproval(submitted, submitted.addDays(3).addSecs(-1), policy));
    EXPECT_TRUE(isDueForAutoApproval(submitted, submitted.addDays(3), policy));
    EXPECT_FALSE(isDueForAutoApproval(QDateTime(), submitted, policy));
}

TEST(ReviewRules, FeedbackSampleIsAtMostTheConfiguredCount)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(feedbackSampleCount(0, policy), 0);
    EXPECT_EQ(feedbackSampleCount(2, policy), 2);
    EXPECT_EQ(feedbackSampleCount(3, policy), 3);
    EXPECT_EQ(feedbackSampleCount(1000, policy), 3);
}

TEST(ReviewRules, OverlapDefaultsFromThePolicy)
{
    Policy policy = Policy::defaults();
    EXPECT_EQ(effectiveOverlap(0, policy), 1);
    EXPECT_EQ(effectiveOverlap(4, policy), 4);
    policy.task.defaultOverlap = 3;
    EXPECT_EQ(effectiveOverlap(-1, policy), 3);
}
