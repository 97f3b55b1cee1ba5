#include "core/policy/policy.h"

#include "tests/core/policy/policytestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::PolicyTest;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

namespace {

const QString kSamplePath =
        QDir::cleanPath(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/../core/policy/data/policy-sample.json"));

Error parseError(const char *json)
{
    const Result<Policy> policy = Policy::fromJson(QByteArray(json));
    EXPECT_FALSE(policy.ok()) << json;
    return policy.ok() ? Error{} : policy.error();
}

Policy parsed(const char *json)
{
    const Result<Policy> policy = Policy::fromJson(QByteArray(json));
    EXPECT_TRUE(policy.ok()) << json << "\n" << (policy.ok() ? std::string() : policy.error().describe().toStdString());
    return policy.valueOr(Policy::defaults());
}

// Every leaf of a policy's JSON as "section.key" → value.
void collectLeaves(const QJsonObject &object, const QString &prefix, QMap<QString, qint64> &leaves)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            collectLeaves(it.value().toObject(), path, leaves);
        else
            leaves.insert(path, it.value().toInteger());
    }
}

QMap<QString, qint64> leavesOf(const Policy &policy)
{
    QMap<QString, qint64> leaves;
    collectLeaves(policy.toJson(), QString(), leaves);
    return leaves;
}

// {"a": {"b": value}} for the path "a.b".
QByteArray jsonSetting(const QString &path, qint64 value)
{
    const QStringList parts = path.split(u'.');
    QJsonValue node(value);
    for (qsizetype i = parts.size() - 1; i >= 0; --i)
        node = QJsonObject{{parts.at(i), node}};
    return QJsonDocument(node.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(Policy, DefaultsAreTheNumbersOfTheMechanism)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(policy.fees.butterflyBp, 2000);
    EXPECT_EQ(policy.fees.caterpillarBp, 3000);
    EXPECT_EQ(policy.task.defaultOverlap, 1);
    EXPECT_EQ(policy.feedback.payCents, 150);
    EXPECT_EQ(policy.feedback.sampleItems, 3);
    EXPECT_EQ(policy.standing.approvedFeedbackPoints, 10);
    EXPECT_EQ(policy.lease.defaultClaim, 50);
    EXPECT_EQ(policy.lease.maxClaim, 500);
    EXPECT_EQ(policy.lease.minSeconds, 30 * 60);
    EXPECT_EQ(policy.lease.estimateMultiplier, 3);
    EXPECT_EQ(policy.lease.maxSeconds, 72 * 60 * 60);
    EXPECT_EQ(policy.review.autoApproveSeconds, 3 * 24 * 60 * 60);
    EXPECT_EQ(policy.rating.min, 0);
    EXPECT_EQ(policy.rating.max, 10);
    EXPECT_EQ(policy.rating.neutral, 5);
    EXPECT_EQ(policy.rating.privacyMinRatings, 5);
    EXPECT_EQ(policy.rating.refreshAfterNew, 5);
    EXPECT_EQ(policy.panel.seats, 5);
    EXPECT_EQ(policy.panel.quorum, 3);
    EXPECT_EQ(policy.panel.deadlineSeconds, 72 * 60 * 60);
    EXPECT_EQ(policy.panel.extensions, 1);
    EXPECT_EQ(policy.panel.arbitrationFeeBp, 1000);
    EXPECT_EQ(policy.panel.arbiterPayCents, 40);
    EXPECT_EQ(policy.panel.lossThresholdBp, 5000);
    EXPECT_EQ(policy.panel.teamExclusionSeconds, 30 * 24 * 60 * 60);
    EXPECT_EQ(policy.standing.lostConflictPoints, 20);
    EXPECT_EQ(policy.mistakes.windowSeconds, 90 * 24 * 60 * 60);
    EXPECT_EQ(policy.mistakes.payoutThresholdShareBp, 9000);
    EXPECT_EQ(policy.mistakes.earnedShareBp, 1000);
    EXPECT_EQ(policy.payout.thresholdCents, 10000);
    EXPECT_EQ(policy.tiers.silver, (TierRule{100, 0, 2, 100}));
    EXPECT_EQ(policy.tiers.gold, (TierRule{500, 20, 1, 200}));
    EXPECT_EQ(policy.standing.butterflyAtPoints, 100);
    EXPECT_EQ(policy.standing.caterpillarBelowPoints, 50);
    EXPECT_EQ(policy.leaderboard.top, 25);
    EXPECT_EQ(policy.leaderboard.priorWeight, 20);
    EXPECT_GT(policy.content.breakAfterFlaggedItems, 0);
    EXPECT_GT(policy.lease.warnBeforeSeconds, 0);
    EXPECT_LT(policy.lease.warnBeforeSeconds, policy.lease.minSeconds);
}

TEST(Policy, EmptyObjectGivesTheDefaults)
{
    EXPECT_EQ(parsed("{}"), Policy::defaults());
    EXPECT_EQ(parsed(R"({"panel": {}, "tiers": {"gold": {}}})"), Policy::defaults());
}

TEST(Policy, GivenKeysOverrideAndTheRestKeepDefaults)
{
    const Policy policy = parsed(R"({"panel": {"seats": 7, "quorum": 4}, "tiers": {"gold": {"min_approved": 600}}})");
    Policy expected = Policy::defaults();
    expected.panel.seats = 7;
    expected.panel.quorum = 4;
    expected.tiers.gold.minApproved = 600;
    EXPECT_EQ(policy, expected);
}

TEST(Policy, JsonRoundTripsEveryField)
{
    EXPECT_EQ(parsed(QJsonDocument(Policy::defaults().toJson()).toJson().constData()), Policy::defaults());

    // Each setting maps to its own member: bumping one leaf changes that leaf alone.
    const QMap<QString, qint64> defaults = leavesOf(Policy::defaults());
    EXPECT_GE(defaults.size(), 45);
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        const Result<Policy> bumped = Policy::fromJson(jsonSetting(it.key(), it.value() + 1));
        ASSERT_TRUE(bumped.ok()) << bumped.error().describe().toStdString();
        QMap<QString, qint64> expected = defaults;
        expected[it.key()] = it.value() + 1;
        EXPECT_EQ(leavesOf(*bumped), expected);
        EXPECT_EQ(*Policy::fromJson(QJsonDocument(bumped->toJson()).toJson()), *bumped);
    }
}

TEST(Policy, VersionIsStableAndChangesWithAnySetting)
{
    const QString version = Policy::defaults().version();
    EXPECT_EQ(version.size(), 16);
    EXPECT_EQ(version, Policy::defaults().version());
    // Key order and whitespace of the source do not matter, only the values.
    const Policy reordered = parsed(R"({"panel": {"quorum": 3, "seats": 5},   "fees": {"caterpillar_bp": 3000}})");
    EXPECT_EQ(reordered.version(), version);

    const QMap<QString, qint64> defaults = leavesOf(Policy::defaults());
    QSet<QString> versions{version};
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        const Result<Policy> bumped = Policy::fromJson(jsonSetting(it.key(), it.value() + 1));
        ASSERT_TRUE(bumped.ok());
        versions.insert(bumped->version());
    }
    EXPECT_EQ(versions.size(), defaults.size() + 1);
}

TEST(Policy, UnknownKeysAreErrorsNamingTheirPath)
{
    const Error error = parseError(R"({"panel": {"sets": 5}, "bonus": {"x": 1}, "tiers": {"platinum": {}}})");
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_THAT(fieldsOf(error), UnorderedElementsAre(u"panel.sets"_s, u"bonus"_s, u"tiers.platinum"_s));
    EXPECT_THAT(messageFor(error, u"panel.sets"_s).toStdString(), HasSubstr("unknown"));
}

TEST(Policy, WrongTypesAreErrors)
{
    const Error error = parseError(
            R"({"panel": {"seats": "5", "quorum": true, "deadline_seconds": null, "extensions": [1]}, "fees": 20})");
    EXPECT_THAT(fieldsOf(error), UnorderedElementsAre(u"panel.seats"_s, u"panel.quorum"_s, u"panel.deadline_seconds"_s,
                                                      u"panel.extensions"_s, u"fees"_s));
    EXPECT_THAT(messageFor(error, u"panel.seats"_s).toStdString(), HasSubstr("a string"));
    EXPECT_THAT(messageFor(error, u"fees"_s).toStdString(), HasSubstr("object"));
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"silver": 100}})")), ElementsAre(u"tiers.silver"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"silver": {"min_approved": {}}}})")),
                ElementsAre(u"tiers.silver.min_approved"_s));
}

TEST(Policy, FractionsAreErrorsButWholeNumbersInAnyNotationAreNot)
{
    EXPECT_THAT(fieldsOf(parseError(R"({"feedback": {"pay_cents": 150.5}})")), ElementsAre(u"feedback.pay_cents"_s));
    EXPECT_EQ(parsed(R"({"feedback": {"pay_cents": 1.5e2}})").feedback.payCents, 150);
    EXPECT_EQ(parsed(R"({"feedback": {"pay_cents": 200.0}})").feedback.payCents, 200);
}

TEST(Policy, NegativesAndOutOfRangeValuesAreErrors)
{
    const Error negative = parseError(R"({"panel": {"arbiter_pay_cents": -40}})");
    EXPECT_THAT(fieldsOf(negative), ElementsAre(u"panel.arbiter_pay_cents"_s));
    EXPECT_THAT(negative.fieldErrors.constFirst().message.toStdString(), HasSubstr("negative"));

    // Basis points stop at 100 %.
    EXPECT_EQ(parsed(R"({"fees": {"butterfly_bp": 10000}})").fees.butterflyBp, 10000);
    const Error tooHigh = parseError(R"({"fees": {"butterfly_bp": 10001}})");
    EXPECT_THAT(fieldsOf(tooHigh), ElementsAre(u"fees.butterfly_bp"_s));
    EXPECT_EQ(messageFor(tooHigh, u"fees.butterfly_bp"_s), u"must be at most 10000 (got 10001)"_s);
    EXPECT_THAT(fieldsOf(parseError(R"({"panel": {"arbitration_fee_bp": 10001}})")),
                ElementsAre(u"panel.arbitration_fee_bp"_s));

    // Counts that must be at least one.
    EXPECT_THAT(fieldsOf(parseError(R"({"panel": {"seats": 0, "quorum": 0}})")),
                UnorderedElementsAre(u"panel.seats"_s, u"panel.quorum"_s));
    EXPECT_EQ(parsed(R"({"panel": {"seats": 1, "quorum": 1}})").panel.seats, 1);
    EXPECT_EQ(parsed(R"({"panel": {"extensions": 0}})").panel.extensions, 0);
    // Work is always paid.
    EXPECT_THAT(fieldsOf(parseError(R"({"feedback": {"pay_cents": 0}})")), ElementsAre(u"feedback.pay_cents"_s));

    // Beyond what an int or a JSON number carries exactly.
    EXPECT_THAT(fieldsOf(parseError(R"({"panel": {"seats": 2147483648}})")), ElementsAre(u"panel.seats"_s));
    EXPECT_EQ(parsed(R"({"payout": {"threshold_cents": 9007199254740992}})").payout.thresholdCents, kMaxSafeInteger);
    EXPECT_THAT(fieldsOf(parseError(R"({"payout": {"threshold_cents": 9007199254740993}})")),
                ElementsAre(u"payout.threshold_cents"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"payout": {"threshold_cents": 1e300}})")),
                ElementsAre(u"payout.threshold_cents"_s));
}

TEST(Policy, CrossFieldViolationsAreErrors)
{
    EXPECT_EQ(parsed(R"({"panel": {"quorum": 5}})").panel.quorum, 5);
    EXPECT_THAT(fieldsOf(parseError(R"({"panel": {"quorum": 6}})")), ElementsAre(u"panel.quorum"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"panel": {"seats": 2}})")), ElementsAre(u"panel.quorum"_s));

    EXPECT_EQ(parsed(R"({"standing": {"butterfly_at_points": 51}})").standing.butterflyAtPoints, 51);
    EXPECT_THAT(fieldsOf(parseError(R"({"standing": {"butterfly_at_points": 50}})")),
                ElementsAre(u"standing.butterfly_at_points"_s));

    EXPECT_EQ(parsed(R"({"lease": {"default_claim": 500}})").lease.defaultClaim, 500);
    EXPECT_THAT(fieldsOf(parseError(R"({"lease": {"default_claim": 501}})")), ElementsAre(u"lease.default_claim"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"lease": {"min_seconds": 259201}})")), ElementsAre(u"lease.min_seconds"_s));

    EXPECT_THAT(fieldsOf(parseError(R"({"rating": {"min": 10, "neutral": 10}})")), ElementsAre(u"rating.max"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"rating": {"neutral": 11}})")), ElementsAre(u"rating.neutral"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"rating": {"min": 6}})")), ElementsAre(u"rating.neutral"_s));
}

TEST(Policy, DemotionLimitsMustBeConsistent)
{
    // A limit must be exceedable within its window.
    EXPECT_EQ(parsed(R"({"tiers": {"silver": {"max_lost_conflicts": 99}, "gold": {"max_lost_conflicts": 1}}})")
                      .tiers.silver.maxLostConflicts,
              99);
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"silver": {"max_lost_conflicts": 100}}})")),
                ElementsAre(u"tiers.silver.max_lost_conflicts"_s));
    // Gold asks at least what silver asks.
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"gold": {"min_approved": 99}}})")),
                ElementsAre(u"tiers.gold.min_approved"_s));
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"silver": {"min_feedback_tasks": 21}}})")),
                ElementsAre(u"tiers.gold.min_feedback_tasks"_s));
    // Gold tolerates no larger share of lost conflicts: 4 in 200 equals silver's 2 in 100, 5 in 200 does not.
    EXPECT_EQ(parsed(R"({"tiers": {"gold": {"max_lost_conflicts": 4}}})").tiers.gold.maxLostConflicts, 4);
    EXPECT_THAT(fieldsOf(parseError(R"({"tiers": {"gold": {"max_lost_conflicts": 5}}})")),
                ElementsAre(u"tiers.gold.max_lost_conflicts"_s));
}

TEST(Policy, ReportsEveryProblemAtOnce)
{
    const Error error = parseError(R"({"fees": {"butterfly_bp": -1, "flat": 3}, "panel": {"quorum": 9}})");
    EXPECT_THAT(fieldsOf(error), UnorderedElementsAre(u"fees.butterfly_bp"_s, u"fees.flat"_s, u"panel.quorum"_s));
    EXPECT_THAT(error.message.toStdString(), HasSubstr("3"));
}

TEST(Policy, InvalidJsonSaysWhereItBroke)
{
    const Error error = parseError("{\n  \"panel\": {\n    \"seats\": 5,,\n  }\n}");
    EXPECT_EQ(error.code, ErrorCode::Validation);
    EXPECT_THAT(error.message.toStdString(), HasSubstr("line 3"));
    EXPECT_THAT(error.message.toStdString(), HasSubstr("column"));
    EXPECT_THAT(parseError("").message.toStdString(), HasSubstr("not valid JSON"));
    EXPECT_THAT(parseError("[1, 2]").message.toStdString(), HasSubstr("JSON object"));
}

TEST(Policy, SampleFileHoldsEverySettingAtItsDefault)
{
    const Result<Policy> policy = Policy::fromFile(kSamplePath);
    ASSERT_TRUE(policy.ok()) << policy.error().describe().toStdString();
    EXPECT_EQ(*policy, Policy::defaults());

    QFile file(kSamplePath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(), Policy::defaults().toJson());
}

TEST(Policy, CorruptMissingAndUnreadableFilesAreClearErrors)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile sample(kSamplePath);
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();

    const QString corruptPath = dir.filePath(u"corrupt.json"_s);
    QFile corrupt(corruptPath);
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(text.left(text.size() / 2));
    corrupt.close();
    const Result<Policy> truncated = Policy::fromFile(corruptPath);
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().code, ErrorCode::Validation);
    EXPECT_THAT(truncated.error().message.toStdString(), HasSubstr(corruptPath.toStdString()));
    EXPECT_THAT(truncated.error().message.toStdString(), HasSubstr("line"));

    const QString invalidPath = dir.filePath(u"invalid.json"_s);
    QFile invalid(invalidPath);
    ASSERT_TRUE(invalid.open(QIODevice::WriteOnly));
    invalid.write(QByteArray(text).replace("\"quorum\": 3", "\"quorum\": 30"));
    invalid.close();
    const Result<Policy> inconsistent = Policy::fromFile(invalidPath);
    ASSERT_FALSE(inconsistent.ok());
    EXPECT_THAT(fieldsOf(inconsistent.error()), ElementsAre(u"panel.quorum"_s));

    const Result<Policy> missing = Policy::fromFile(dir.filePath(u"absent.json"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_THAT(missing.error().message.toStdString(), HasSubstr("absent.json"));

    const Result<Policy> directory = Policy::fromFile(dir.path());
    ASSERT_FALSE(directory.ok());
    EXPECT_THAT(directory.error().message.toStdString(), HasSubstr(dir.path().toStdString()));
}
