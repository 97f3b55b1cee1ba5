// The "verifies_skill" quality key of a qualification task: its JSON round trip and its rules at publish.
#include "core/market/revisionquality.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QStringList problemFields(const RevisionQuality &quality)
{
    QStringList names;
    for (const FieldError &error : revisionQualityProblems(quality, AnswerForm()))
        names << error.field;
    return names;
}

QStringList errorFields(const Result<RevisionQuality> &read)
{
    QStringList names;
    if (!read)
        for (const FieldError &error : read.error().fieldErrors)
            names << error.field;
    return names;
}

} // namespace

TEST(VerifiedSkillKey, RoundTripsNormalisedBesideTheQualificationKind)
{
    auto read = RevisionQuality::fromRevisionJson(
            {{u"kind"_s, u"qualification"_s}, {u"verifies_skill"_s, u"  Medical \t German "_s}});
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(read->qualificationTask);
    EXPECT_EQ(read->verifiesSkill, u"Medical German"_s);
    EXPECT_TRUE(read->verifiesASkill());
    EXPECT_FALSE(read->isEmpty());

    QJsonObject revision{{u"title"_s, u"kept"_s}};
    read->insertInto(revision);
    EXPECT_EQ(revision.value(u"verifies_skill"_s).toString(), u"Medical German"_s);
    EXPECT_EQ(revision.value(u"kind"_s).toString(), u"qualification"_s);
    auto again = RevisionQuality::fromRevisionJson(revision);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *read);
    EXPECT_TRUE(isRevisionQualityKey(u"verifies_skill"_s));
}

TEST(VerifiedSkillKey, AbsentOrNullVerifiesNothingAndIsNotWritten)
{
    for (const QJsonObject &revision :
         {QJsonObject{{u"kind"_s, u"qualification"_s}},
          QJsonObject{{u"kind"_s, u"qualification"_s}, {u"verifies_skill"_s, QJsonValue()}}}) {
        auto read = RevisionQuality::fromRevisionJson(revision);
        ASSERT_TRUE(read.ok());
        EXPECT_FALSE(read->verifiesASkill());
        QJsonObject written;
        read->insertInto(written);
        EXPECT_FALSE(written.contains(u"verifies_skill"_s));
    }
}

TEST(VerifiedSkillKey, ANonStringOrBlankNameIsAShapeErrorNamedByTheKey)
{
    for (const QJsonValue &bad : {QJsonValue(3), QJsonValue(true), QJsonValue(QJsonArray{u"German"_s}),
                                  QJsonValue(u"   "_s), QJsonValue(u""_s)}) {
        const auto read =
                RevisionQuality::fromRevisionJson({{u"kind"_s, u"qualification"_s}, {u"verifies_skill"_s, bad}});
        EXPECT_FALSE(read.ok());
        EXPECT_EQ(errorFields(read), QStringList{u"verifies_skill"_s});
    }
}

TEST(VerifiedSkillKey, OnlyAQualificationTaskMayVerifyASkill)
{
    RevisionQuality quality;
    quality.verifiesSkill = u"German"_s;
    EXPECT_EQ(problemFields(quality), QStringList{u"verifies_skill"_s});
    quality.qualificationTask = true;
    EXPECT_TRUE(problemFields(quality).isEmpty());
}

TEST(VerifiedSkillKey, TheNameIsAtMost64CodePoints)
{
    RevisionQuality quality;
    quality.qualificationTask = true;
    // Code points, not UTF-16 units: 64 emoji are 128 units and still fit.
    quality.verifiesSkill = QString(64, u'x');
    EXPECT_TRUE(problemFields(quality).isEmpty());
    quality.verifiesSkill = QString(65, u'x');
    EXPECT_EQ(problemFields(quality), QStringList{u"verifies_skill"_s});
    quality.verifiesSkill = QString();
    for (int i = 0; i < 64; ++i)
        quality.verifiesSkill += u"\U0001F98B"_s;
    EXPECT_TRUE(problemFields(quality).isEmpty());
    quality.verifiesSkill += u"\U0001F98B"_s;
    EXPECT_EQ(problemFields(quality), QStringList{u"verifies_skill"_s});
}

} // namespace Chrysalis
