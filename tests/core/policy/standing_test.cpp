#include "core/policy/standing.h"

#include <gtest/gtest.h>

using namespace Chrysalis;

TEST(Standing, PointsForFeedbackVerdictsRatingsAndLostConflicts)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(pointsForVerdict(true, policy), 10);
    EXPECT_EQ(pointsForVerdict(false, policy), 0);
    EXPECT_EQ(pointsForLostConflict(policy), -20);

    EXPECT_EQ(*pointsForRating(0, true, policy), -5);
    EXPECT_EQ(*pointsForRating(5, true, policy), 0);
    EXPECT_EQ(*pointsForRating(10, true, policy), 5);
    EXPECT_EQ(*pointsForRating(10, false, policy), 0); // caterpillar tasks' ratings move no points
    EXPECT_EQ(*pointsForRating(0, false, policy), 0);
}

TEST(Standing, RatingsOffTheScaleAreRejected)
{
    const Policy policy = Policy::defaults();
    const Result<int> low = pointsForRating(-1, true, policy);
    ASSERT_FALSE(low.ok());
    EXPECT_EQ(low.error().code, ErrorCode::Validation);
    EXPECT_FALSE(pointsForRating(11, true, policy).ok());
    EXPECT_FALSE(pointsForRating(11, false, policy).ok());

    Policy wide = policy;
    wide.rating.max = 20;
    wide.rating.neutral = 10;
    EXPECT_EQ(*pointsForRating(20, true, wide), 10);
}

TEST(Standing, HysteresisBetweenTheThresholds)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(standingAfter(Standing::Caterpillar, 99, policy), Standing::Caterpillar);
    EXPECT_EQ(standingAfter(Standing::Caterpillar, 100, policy), Standing::Butterfly);
    EXPECT_EQ(standingAfter(Standing::Caterpillar, 50, policy), Standing::Caterpillar);
    EXPECT_EQ(standingAfter(Standing::Butterfly, 50, policy), Standing::Butterfly);
    EXPECT_EQ(standingAfter(Standing::Butterfly, 49, policy), Standing::Caterpillar);
    EXPECT_EQ(standingAfter(Standing::Butterfly, 99, policy), Standing::Butterfly);
    EXPECT_EQ(standingAfter(Standing::Butterfly, -30, policy), Standing::Caterpillar);
}
