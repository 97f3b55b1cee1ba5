#include "core/policy/tiers.h"

#include "tests/core/policy/policytestsupport.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

// Newest first: `lost` lost conflicts at the given positions among `answers` answers.
QList<bool> lostAt(int answers, std::initializer_list<int> positions)
{
    QList<bool> flags(answers, false);
    for (int position : positions)
        flags[position] = true;
    return flags;
}

WorkerRecord record(Tier tier, int approved, int feedback, QList<bool> flags)
{
    return {approved, feedback, std::move(flags), tier};
}

} // namespace

TEST(Tiers, SilverNeedsAHundredApprovedAnswers)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 99, 0, lostAt(99, {})), policy), std::nullopt);
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 100, 0, lostAt(100, {})), policy), Tier::Silver);
}

TEST(Tiers, SilverToleratesTwoLostConflictsInTheLastHundredAnswers)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 150, 0, lostAt(150, {3, 40})), policy), Tier::Silver);
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 150, 0, lostAt(150, {3, 40, 99})), policy), std::nullopt);
    // A loss just outside the window no longer counts.
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 150, 0, lostAt(150, {3, 40, 100})), policy), Tier::Silver);
}

TEST(Tiers, GoldNeedsApprovedAnswersFeedbackAndAlmostNoLosses)
{
    const Policy policy = Policy::defaults();
    const auto gold = [&](int approved, int feedback, QList<bool> flags) {
        return eligibleTier(record(Tier::Silver, approved, feedback, std::move(flags)), policy);
    };
    EXPECT_EQ(gold(500, 20, lostAt(300, {150})), Tier::Gold);
    EXPECT_EQ(gold(499, 20, lostAt(300, {150})), std::nullopt);
    EXPECT_EQ(gold(500, 19, lostAt(300, {150})), std::nullopt);
    EXPECT_EQ(gold(500, 20, lostAt(300, {150, 199})), std::nullopt);
    EXPECT_EQ(gold(500, 20, lostAt(300, {150, 200})), Tier::Gold);
    // Gold is offered only to who meets silver too, and is not offered again to a gold worker.
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 600, 25, lostAt(300, {})), policy), Tier::Gold);
    EXPECT_EQ(eligibleTier(record(Tier::Gold, 600, 25, lostAt(300, {})), policy), std::nullopt);
}

TEST(Tiers, AHigherTierIsOfferedOnlyWithTheRulesOfTheTiersBelow)
{
    // A valid policy whose gold window tolerates what silver's shorter window does not: 3 losses in the last
    // 100 answers meet gold's "at most 3 in 200" but break silver's "at most 2 in 100".
    Policy policy = Policy::defaults();
    policy.tiers.gold.maxLostConflicts = 3;
    ASSERT_TRUE(Policy::fromJson(R"({"tiers": {"gold": {"max_lost_conflicts": 3}}})").ok());
    const QList<bool> flags = lostAt(300, {0, 1, 2});
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 600, 25, flags), policy), std::nullopt);
    EXPECT_FALSE(tierProgress(record(Tier::Silver, 600, 25, flags), policy).eligibleForNext);
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 600, 25, lostAt(300, {0, 1, 100})), policy), Tier::Gold);
}

TEST(Tiers, ProgressListsTheNextTiersRules)
{
    const Policy policy = Policy::defaults();
    const TierProgress bronze = tierProgress(record(Tier::Bronze, 42, 0, lostAt(42, {1})), policy);
    EXPECT_EQ(bronze.next, Tier::Silver);
    EXPECT_FALSE(bronze.eligibleForNext);
    EXPECT_FALSE(bronze.keepRule.has_value());
    ASSERT_EQ(bronze.nextRules.size(), 2); // silver asks for no feedback tasks
    EXPECT_EQ(bronze.nextRules.at(0), (TierRuleProgress{TierRequirement::ApprovedAnswers, 42, 100, false, 0, false}));
    EXPECT_EQ(bronze.nextRules.at(1), (TierRuleProgress{TierRequirement::LostConflicts, 1, 2, true, 100, true}));

    const TierProgress silver = tierProgress(record(Tier::Silver, 510, 20, lostAt(300, {0, 5})), policy);
    EXPECT_EQ(silver.next, Tier::Gold);
    EXPECT_FALSE(silver.eligibleForNext);
    ASSERT_EQ(silver.nextRules.size(), 3);
    EXPECT_TRUE(silver.nextRules.at(0).met);
    EXPECT_EQ(silver.nextRules.at(1), (TierRuleProgress{TierRequirement::FeedbackTasks, 20, 20, false, 0, true}));
    EXPECT_EQ(silver.nextRules.at(2), (TierRuleProgress{TierRequirement::LostConflicts, 2, 1, true, 200, false}));
    ASSERT_TRUE(silver.keepRule.has_value());
    EXPECT_EQ(*silver.keepRule, (TierRuleProgress{TierRequirement::LostConflicts, 2, 2, true, 100, true}));

    const TierProgress gold = tierProgress(record(Tier::Gold, 900, 40, lostAt(300, {})), policy);
    EXPECT_EQ(gold.next, std::nullopt);
    EXPECT_TRUE(gold.nextRules.isEmpty());
    EXPECT_FALSE(gold.eligibleForNext);

    EXPECT_TRUE(tierProgress(record(Tier::Bronze, 100, 0, {}), policy).eligibleForNext);
    EXPECT_EQ(tierRequirementName(TierRequirement::LostConflicts), u"lost_conflicts"_s);
}

TEST(Tiers, DemotionWhenTheCurrentTiersLimitIsExceeded)
{
    const Policy policy = Policy::defaults();
    EXPECT_FALSE(shouldDemote(record(Tier::Silver, 200, 0, lostAt(200, {0, 1})), policy));
    EXPECT_TRUE(shouldDemote(record(Tier::Silver, 200, 0, lostAt(200, {0, 1, 99})), policy));
    EXPECT_FALSE(shouldDemote(record(Tier::Silver, 200, 0, lostAt(200, {0, 1, 100})), policy));

    EXPECT_FALSE(shouldDemote(record(Tier::Gold, 900, 30, lostAt(300, {10})), policy));
    EXPECT_TRUE(shouldDemote(record(Tier::Gold, 900, 30, lostAt(300, {10, 199})), policy));
    EXPECT_FALSE(shouldDemote(record(Tier::Gold, 900, 30, lostAt(300, {10, 200})), policy));

    // Bronze is never demoted, however many conflicts it loses.
    EXPECT_FALSE(shouldDemote(record(Tier::Bronze, 10, 0, QList<bool>(50, true)), policy));
}

TEST(Tiers, RulesFollowThePolicy)
{
    Policy policy = Policy::defaults();
    policy.tiers.silver = {10, 2, 0, 5};
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 10, 1, lostAt(10, {})), policy), std::nullopt);
    EXPECT_EQ(eligibleTier(record(Tier::Bronze, 10, 2, lostAt(10, {})), policy), Tier::Silver);
    EXPECT_TRUE(shouldDemote(record(Tier::Silver, 10, 2, lostAt(10, {4})), policy));
    EXPECT_FALSE(shouldDemote(record(Tier::Silver, 10, 2, lostAt(10, {5})), policy));
    EXPECT_EQ(lostConflictsInWindow(lostAt(3, {0, 2}), 10), 2);
    EXPECT_EQ(lostConflictsInWindow(lostAt(3, {0, 2}), 2), 1);
}
