#include "core/insights/fairwork.h"
#include "core/insights/goldrecord.h"
#include "core/policy/policy.h"
#include "tests/support/qtprinters.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

TEST(GoldRecordTest, ReadsTheRecordFromTierProgress)
{
    const GoldRecord record = GoldRecord::fromTierProgress(
            parse(R"({"gold_answered": 12, "gold_correct": 9, "gold_accuracy": 0.7143, "gold_standing": "meets"})"));
    EXPECT_EQ(record.answered, 12);
    EXPECT_EQ(record.correct, 9);
    ASSERT_TRUE(record.accuracy);
    EXPECT_DOUBLE_EQ(*record.accuracy, 0.7143);
    EXPECT_EQ(record.standing, u"meets"_s);
    EXPECT_EQ(record.countText(), u"9 of 12 right"_s);
    EXPECT_EQ(record.accuracyText(), u"about 71 %"_s);
    EXPECT_TRUE(record.standingText().startsWith(u"Meets the bar"_s));
}

TEST(GoldRecordTest, WithoutScoredAnswersNothingIsEstimatedAndTheStandingIsUnproven)
{
    const GoldRecord record =
            GoldRecord::fromTierProgress(parse(R"({"gold_answered": 0, "gold_correct": 0, "gold_accuracy": null})"));
    EXPECT_FALSE(record.accuracy);
    EXPECT_EQ(record.standing, u"unproven"_s);
    EXPECT_EQ(record.countText(), u"no test answers scored yet"_s);
    EXPECT_EQ(record.accuracyText(), u"not estimated yet"_s);
    EXPECT_TRUE(record.standingText(10).contains(u"10 more scored answer(s) needed"_s));
}

TEST(GoldRecordTest, UnprovenCountsDownToTheMinimumOnBothSides)
{
    GoldRecord record;
    record.answered = 9;
    EXPECT_TRUE(record.standingText(10).contains(u"1 more scored answer(s) needed"_s))
            << record.standingText(10).toStdString();
    record.answered = 8;
    EXPECT_TRUE(record.standingText(10).contains(u"2 more scored answer(s) needed"_s));
    record.standing = u"below"_s;
    EXPECT_TRUE(record.standingText(10).startsWith(u"Below the bar"_s));
}

TEST(GoldRecordTest, ArbiterCalibrationIsReadOnlyWhenPresent)
{
    EXPECT_FALSE(ArbiterCalibrationFigures::fromTierProgress(parse(R"({"arbiter_calibration": null})")));
    const auto calibration = ArbiterCalibrationFigures::fromTierProgress(parse(
            R"({"arbiter_calibration": {"panel_agreement": {"panels": 10, "agreed": 8, "agreement": 0.8, "lower": 0.49, "upper": 0.94},
                                        "gold_agreement": {"panels": 0, "agreed": 0, "agreement": null, "lower": 0, "upper": 1}}})"));
    ASSERT_TRUE(calibration);
    EXPECT_EQ(calibration->panelAgreement.panels, 10);
    EXPECT_EQ(ArbiterCalibrationFigures::figureText(calibration->panelAgreement),
              u"8 of 10 panel(s) agreed; estimated 80 %, likely between 49 % and 94 %"_s);
    EXPECT_EQ(ArbiterCalibrationFigures::figureText(calibration->goldAgreement), u"no panels counted yet"_s);
}

TEST(GoldRecordTest, FairWorkFiguresCarryTheGoldRecordAndCalibration)
{
    FairWorkInput input;
    input.workerId = u"w"_s;
    input.tierProgress =
            parse(R"({"gold_answered": 3, "gold_correct": 1, "gold_accuracy": 0.4, "gold_standing": "unproven",
                                   "arbiter_calibration": {"panel_agreement": {"panels": 1, "agreed": 1, "agreement": 0.67,
                                                           "lower": 0.2, "upper": 1}}})");
    const FairWorkFigures figures = fairWorkFigures(input, Policy::defaults());
    EXPECT_EQ(figures.gold.answered, 3);
    EXPECT_EQ(figures.gold.correct, 1);
    ASSERT_TRUE(figures.calibration);
    EXPECT_EQ(figures.calibration->panelAgreement.agreed, 1);
    EXPECT_EQ(figures.calibration->goldAgreement.panels, 0);
}

} // namespace
} // namespace Chrysalis
