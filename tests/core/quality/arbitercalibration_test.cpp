#include "core/quality/arbitercalibration.h"

#include "tests/support/qtprinters.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

TEST(ArbiterCalibration, AgreementIsWithTheOtherArbitersAndWithGold)
{
    const Fault W = Fault::Worker;
    const Fault R = Fault::Requester;
    const std::vector<CalibrationVote> votes{
            {u"c1"_s, u"A"_s, W}, {u"c1"_s, u"B"_s, W}, {u"c1"_s, u"C"_s, R}, // A and B: the others tie
            {u"c2"_s, u"A"_s, R}, {u"c2"_s, u"B"_s, R}, {u"c2"_s, u"C"_s, R}, // everyone agrees
            {u"c3"_s, u"A"_s, W}, {u"c3"_s, u"B"_s, R}, // a gold conflict: the requester was wrong
    };
    const Result<std::vector<ArbiterCalibration>> result = calibrateArbiters(votes, {{u"c3"_s, R}});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->size(), 3u);
    const ArbiterCalibration &a = (*result)[0];
    const ArbiterCalibration &b = (*result)[1];
    const ArbiterCalibration &c = (*result)[2];
    EXPECT_EQ(a.arbiterId, u"A"_s);
    EXPECT_EQ(a.panelAgreement.trials, 2); // c2 agrees, c3 disagrees with B
    EXPECT_EQ(a.panelAgreement.successes, 1);
    EXPECT_EQ(a.goldAgreement.trials, 1);
    EXPECT_EQ(a.goldAgreement.successes, 0);
    EXPECT_EQ(b.panelAgreement.trials, 2);
    EXPECT_EQ(b.panelAgreement.successes, 1);
    EXPECT_EQ(b.goldAgreement.successes, 1);
    EXPECT_EQ(c.panelAgreement.trials, 2); // c1 against A and B, c2 with them
    EXPECT_EQ(c.panelAgreement.successes, 1);
    EXPECT_EQ(c.goldAgreement.trials, 0);
    EXPECT_DOUBLE_EQ(c.goldAgreement.upper, 1.0);
}

TEST(ArbiterCalibration, ALoneVoteIsNoEvidenceAndDoubleVotesAreRefused)
{
    const Result<std::vector<ArbiterCalibration>> alone = calibrateArbiters({{u"c1"_s, u"A"_s, Fault::Worker}});
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ((*alone)[0].panelAgreement.trials, 0);
    EXPECT_FALSE(calibrateArbiters({{u"c1"_s, u"A"_s, Fault::Worker}, {u"c1"_s, u"A"_s, Fault::Requester}}).ok());
    EXPECT_FALSE(calibrateArbiters({{u""_s, u"A"_s, Fault::Worker}}).ok());
}

TEST(ArbiterCalibration, GoldConflictFaultFollowsTheKey)
{
    const GoldKey key{u"g1"_s, {u"cat"_s, u"lynx"_s}};
    EXPECT_EQ(goldConflictFault(key, u"lynx"_s), Fault::Requester);
    EXPECT_EQ(goldConflictFault(key, u"dog"_s), Fault::Worker);
}
