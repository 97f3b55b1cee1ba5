#include "core/policy/mistakes.h"

#include <gtest/gtest.h>

using namespace Chrysalis;

TEST(Mistakes, AllowanceIsTheLargerOfTheFloorAndTheEarnedShare)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(mistakeAllowance(0, policy), 9000); // 90 % of the 10 000 cent payout threshold
    EXPECT_EQ(mistakeAllowance(-500, policy), 9000);
    EXPECT_EQ(mistakeAllowance(90000, policy), 9000); // 10 % of earnings equals the floor
    EXPECT_EQ(mistakeAllowance(90001, policy), 9001); // 9000.1 rounded up in the worker's favour
    EXPECT_EQ(mistakeAllowance(250000, policy), 25000);

    Policy custom = policy;
    custom.payout.thresholdCents = 20000;
    custom.mistakes.payoutThresholdShareBp = 5000;
    custom.mistakes.earnedShareBp = 2000;
    EXPECT_EQ(mistakeAllowance(0, custom), 10000);
    EXPECT_EQ(mistakeAllowance(60000, custom), 12000);
}

TEST(Mistakes, OnlyStrictlyExceedingTheAllowanceSuspends)
{
    EXPECT_FALSE(exceedsAllowance(8999, 9000));
    EXPECT_FALSE(exceedsAllowance(9000, 9000));
    EXPECT_TRUE(exceedsAllowance(9001, 9000));
}

TEST(Mistakes, WindowIsTheLastNinetyDays)
{
    const Policy policy = Policy::defaults();
    const QDateTime now(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC);
    const QDateTime start = mistakeWindowStart(now, policy);
    EXPECT_EQ(start, now.addDays(-90));
    EXPECT_FALSE(inMistakeWindow(start, now, policy));
    EXPECT_TRUE(inMistakeWindow(start.addSecs(1), now, policy));
    EXPECT_TRUE(inMistakeWindow(now, now, policy));
    EXPECT_FALSE(inMistakeWindow(now.addSecs(1), now, policy));

    Policy week = policy;
    week.mistakes.windowSeconds = 7 * 86400;
    EXPECT_EQ(mistakeWindowStart(now, week), now.addDays(-7));
}
