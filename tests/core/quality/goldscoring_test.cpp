#include "core/quality/goldscoring.h"

#include "tests/support/qtprinters.h"

#include <QSet>

#include <gtest/gtest.h>

#include <random>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

GoldKeySet keysOf(std::vector<GoldKey> keys)
{
    Result<GoldKeySet> set = GoldKeySet::fromKeys(std::move(keys));
    EXPECT_TRUE(set.ok());
    return set.ok() ? *set : GoldKeySet{};
}

const WorkerGoldScore *scoreOf(const std::vector<WorkerGoldScore> &scores, const QString &worker)
{
    for (const WorkerGoldScore &score : scores) {
        if (score.workerId == worker)
            return &score;
    }
    return nullptr;
}

} // namespace

TEST(GoldScoring, WilsonIntervalAndBetaMeanMatchHandComputedFigures)
{
    const Proportion eightOfTen = estimateProportion(8, 10, GoldPolicy{});
    EXPECT_DOUBLE_EQ(eightOfTen.observed, 0.8);
    EXPECT_DOUBLE_EQ(eightOfTen.posteriorMean, 9.0 / 12.0); // Beta(1, 1): (8 + 1) / (10 + 2)
    EXPECT_NEAR(eightOfTen.lower, 0.490157, 1e-6);
    EXPECT_NEAR(eightOfTen.upper, 0.943319, 1e-6);

    GoldPolicy jeffreys;
    jeffreys.priorCorrect = 0.5;
    jeffreys.priorWrong = 0.5;
    EXPECT_DOUBLE_EQ(estimateProportion(0, 3, jeffreys).posteriorMean, 0.5 / 4.0);

    const Proportion none = estimateProportion(0, 0, GoldPolicy{});
    EXPECT_DOUBLE_EQ(none.lower, 0.0);
    EXPECT_DOUBLE_EQ(none.upper, 1.0);
    EXPECT_DOUBLE_EQ(none.posteriorMean, 0.5);
}

TEST(GoldScoring, IntervalsHoldTheObservedShareAndNarrowWithMoreAnswers)
{
    std::mt19937 random(7);
    const GoldPolicy policy;
    for (int round = 0; round < 500; ++round) {
        const int trials = 1 + static_cast<int>(random() % 200);
        const int successes = static_cast<int>(random() % static_cast<unsigned>(trials + 1));
        const Proportion p = estimateProportion(successes, trials, policy);
        EXPECT_LE(0.0, p.lower);
        EXPECT_LE(p.lower, p.observed + 1e-12);
        EXPECT_LE(p.observed, p.upper + 1e-12);
        EXPECT_LE(p.upper, 1.0);
        EXPECT_GT(p.posteriorMean, 0.0);
        EXPECT_LT(p.posteriorMean, 1.0);
        const Proportion tenfold = estimateProportion(successes * 10, trials * 10, policy);
        EXPECT_LT(tenfold.upper - tenfold.lower, p.upper - p.lower);
    }
}

TEST(GoldScoring, StandingGivesTheWorkerTheBenefitOfTheDoubt)
{
    const GoldPolicy policy; // at least 10 answers, pass accuracy 0.7, 95 %
    EXPECT_EQ(goldStanding(estimateProportion(0, 9, policy), policy), GoldStanding::Unproven);
    EXPECT_EQ(goldStanding(estimateProportion(0, 10, policy), policy), GoldStanding::Below);
    // 4 of 10: the interval's upper end 0.687 is under 0.7; 5 of 10 reaches 0.763.
    EXPECT_EQ(goldStanding(estimateProportion(4, 10, policy), policy), GoldStanding::Below);
    EXPECT_EQ(goldStanding(estimateProportion(5, 10, policy), policy), GoldStanding::Meets);
    EXPECT_EQ(goldStandingName(GoldStanding::Below), u"below"_s);
}

TEST(GoldScoring, PolicyIsValidated)
{
    GoldPolicy policy;
    policy.priorWrong = 0.0;
    policy.passAccuracy = 1.5;
    const Status status = validateGoldPolicy(policy);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().fieldErrors.size(), 2);
    EXPECT_FALSE(scoreGold(GoldKeySet{}, {}, policy).ok());
    EXPECT_TRUE(validateGoldPolicy(GoldPolicy{}).ok());
}

TEST(GoldScoring, KeysRejectDuplicatesAndEmptyAnswers)
{
    EXPECT_FALSE(GoldKeySet::fromKeys({{u"g1"_s, {u"1"_s}}, {u"g1"_s, {u"2"_s}}}).ok());
    EXPECT_FALSE(GoldKeySet::fromKeys({{u"g1"_s, {u" "_s}}}).ok());
    EXPECT_FALSE(GoldKeySet::fromKeys({{u""_s, {u"1"_s}}}).ok());
    EXPECT_TRUE(sameLabel(u"07"_s, u"7"_s));
    EXPECT_TRUE(sameLabel(u" cat"_s, u"cat "_s));
    EXPECT_FALSE(sameLabel(u"Cat"_s, u"cat"_s));
    EXPECT_FALSE(sameLabel(u"7.0"_s, u"7"_s));
}

TEST(GoldScoring, ScoresOnlyGoldAndOnlyEachWorkersFirstAnswer)
{
    const GoldKeySet keys = keysOf({{u"g1"_s, {u"1"_s}}, {u"g2"_s, {u"cat"_s, u"kitten"_s}}});
    const std::vector<GoldAnswer> answers{
            {u"w1"_s, u"g1"_s, u"01"_s}, {u"w2"_s, u"g2"_s, u"dog"_s},    {u"w1"_s, u"x"_s, u"1"_s},
            {u"w1"_s, u"g1"_s, u"0"_s},  {u"w1"_s, u"g2"_s, u"kitten"_s},
    };
    const Result<std::vector<WorkerGoldScore>> scores = scoreGold(keys, answers);
    ASSERT_TRUE(scores.ok());
    ASSERT_EQ(scores->size(), 2u);
    EXPECT_EQ((*scores)[0].workerId, u"w1"_s);
    EXPECT_EQ((*scores)[0].accuracy.trials, 2);
    EXPECT_EQ((*scores)[0].accuracy.successes, 2);
    EXPECT_EQ((*scores)[0].standing, GoldStanding::Unproven);
    EXPECT_EQ((*scores)[1].workerId, u"w2"_s);
    EXPECT_EQ((*scores)[1].accuracy.successes, 0);
    EXPECT_EQ((*scores)[1].accuracy.trials, 1);
}

TEST(GoldScoring, QualificationCountsSkippedItemsAsWrong)
{
    const GoldKeySet test =
            keysOf({{u"q1"_s, {u"a"_s}}, {u"q2"_s, {u"b"_s}}, {u"q3"_s, {u"c"_s}}, {u"q4"_s, {u"d"_s}}});
    const Result<QualificationOutcome> pass = scoreQualification(
            test, {{u"w"_s, u"q1"_s, u"a"_s}, {u"w"_s, u"q2"_s, u"b"_s}, {u"w"_s, u"q3"_s, u"c"_s}}, 0.75);
    ASSERT_TRUE(pass.ok());
    EXPECT_EQ(pass->correct, 3);
    EXPECT_DOUBLE_EQ(pass->accuracy, 0.75);
    EXPECT_TRUE(pass->passed);
    // A second answer to an item answered wrongly first is no second chance.
    const Result<QualificationOutcome> fail = scoreQualification(test,
                                                                 {{u"w"_s, u"q1"_s, u"a"_s},
                                                                  {u"w"_s, u"q2"_s, u"x"_s},
                                                                  {u"w"_s, u"q2"_s, u"b"_s},
                                                                  {u"w"_s, u"q3"_s, u"c"_s}},
                                                                 0.75);
    ASSERT_TRUE(fail.ok());
    EXPECT_EQ(fail->correct, 2);
    EXPECT_FALSE(fail->passed);
    EXPECT_FALSE(scoreQualification(GoldKeySet{}, {}, 0.5).ok());
    EXPECT_FALSE(scoreQualification(test, {}, 1.1).ok());
}

TEST(GoldContests, AnUpheldContestRescoresEveryoneWhoAnsweredTheItemBothWays)
{
    const GoldKeySet keys = keysOf({{u"g1"_s, {u"cat"_s}}, {u"g2"_s, {u"dog"_s}}});
    const std::vector<GoldAnswer> answers{
            {u"w1"_s, u"g1"_s, u"cat"_s},
            {u"w2"_s, u"g1"_s, u"lynx"_s},
            {u"w3"_s, u"g2"_s, u"dog"_s},
            {u"w1"_s, u"g2"_s, u"dog"_s},
    };
    const GoldContest contest{u"g1"_s, u"w2"_s, u"lynx"_s, u"the ears have tufts"_s};
    const Result<GoldRescore> replaced =
            rescoreAfterCorrection(keys, upholdingCorrection(contest, GoldCorrectionKind::Replace), answers);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(replaced->keys.key(u"g1"_s)->acceptedLabels, QStringList{u"lynx"_s});
    EXPECT_EQ(replaced->keys.key(u"g1"_s)->version, 2);
    EXPECT_EQ(replaced->keys.key(u"g2"_s)->version, 1);
    ASSERT_EQ(replaced->changes.size(), 2u); // w3 did not answer g1
    EXPECT_EQ(replaced->changes[0].workerId, u"w1"_s);
    EXPECT_EQ(replaced->changes[0].before.accuracy.successes, 2);
    EXPECT_EQ(replaced->changes[0].after.accuracy.successes, 1);
    EXPECT_EQ(replaced->changes[1].workerId, u"w2"_s);
    EXPECT_EQ(replaced->changes[1].before.accuracy.successes, 0);
    EXPECT_EQ(replaced->changes[1].after.accuracy.successes, 1);
    EXPECT_EQ(scoreOf(replaced->scores, u"w3"_s)->accuracy.successes, 1);

    // Accepting the contested label beside the old one: nobody loses.
    const Result<GoldRescore> accepted = rescoreAfterCorrection(keys, upholdingCorrection(contest), answers);
    ASSERT_TRUE(accepted.ok());
    EXPECT_EQ(accepted->changes[0].after.accuracy.successes, 2);
    EXPECT_EQ(accepted->changes[1].after.accuracy.successes, 1);

    // Retiring the item: its answers count for no one; w2 answered nothing else.
    const Result<GoldRescore> retired =
            rescoreAfterCorrection(keys, upholdingCorrection(contest, GoldCorrectionKind::Retire), answers);
    ASSERT_TRUE(retired.ok());
    EXPECT_FALSE(retired->keys.isGold(u"g1"_s));
    EXPECT_EQ(retired->changes[0].after.accuracy.trials, 1);
    EXPECT_EQ(retired->changes[1].after.accuracy.trials, 0);
    EXPECT_EQ(retired->changes[1].after.standing, GoldStanding::Unproven);
    EXPECT_EQ(scoreOf(retired->scores, u"w2"_s), nullptr);
}

TEST(GoldContests, CorrectionsThatChangeNothingOrBreakTheKeyAreRefused)
{
    const GoldKeySet keys = keysOf({{u"g1"_s, {u"cat"_s}}});
    EXPECT_EQ(keys.corrected({u"nope"_s, GoldCorrectionKind::Retire, {}}).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(keys.corrected({u"g1"_s, GoldCorrectionKind::Replace, {u" cat "_s}}).ok());
    EXPECT_FALSE(keys.corrected({u"g1"_s, GoldCorrectionKind::Replace, {u""_s}}).ok());
    EXPECT_FALSE(keys.corrected({u"g1"_s, GoldCorrectionKind::Accept, {u"cat"_s}}).ok());
    EXPECT_TRUE(keys.corrected({u"g1"_s, GoldCorrectionKind::Accept, {u"cat"_s, u"lynx"_s}}).ok());
}

TEST(GoldMixing, GoldTakesItsShareInPlacesTheSeedDecides)
{
    QStringList regular;
    for (int n = 0; n < 90; ++n)
        regular.append(u"r%1"_s.arg(n));
    QStringList gold;
    for (int n = 0; n < 40; ++n)
        gold.append(u"g%1"_s.arg(n));
    const Result<QStringList> queue = mixGold(regular, gold, 0.1, 42);
    ASSERT_TRUE(queue.ok());
    ASSERT_EQ(queue->size(), 100); // 10 gold among 100
    QStringList regularSeen;
    QSet<QString> goldSeen;
    for (const QString &id : *queue) {
        if (id.startsWith(u'r'))
            regularSeen.append(id);
        else
            goldSeen.insert(id);
    }
    EXPECT_EQ(regularSeen, regular); // in order, none lost
    EXPECT_EQ(goldSeen.size(), 10); // each at most once
    EXPECT_EQ(*mixGold(regular, gold, 0.1, 42), *queue);
    EXPECT_NE(*mixGold(regular, gold, 0.1, 43), *queue);

    EXPECT_EQ(*mixGold(regular, gold, 0.0, 42), regular);
    EXPECT_EQ(mixGold(regular, gold, 0.9, 42)->size(), 130); // not more gold than there is
    EXPECT_FALSE(mixGold(regular, gold, 1.0, 42).ok());
    EXPECT_FALSE(mixGold(regular, gold, -0.1, 42).ok());
}
