// The quality keys of a task revision and the labels gold answers are compared by.
#include "core/market/goldrepository.h"
#include "core/market/revisionquality.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

AnswerForm formOf(const QJsonArray &fields)
{
    auto form = AnswerForm::fromJson(fields);
    EXPECT_TRUE(form.ok());
    return form.valueOr(AnswerForm());
}

QJsonObject field(const QString &name, const QString &kind)
{
    QJsonObject json{{u"name"_s, name}, {u"kind"_s, kind}, {u"label"_s, name}, {u"required"_s, false}};
    if (kind == u"single_choice" || kind == u"multi_choice")
        json.insert(u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"a"_s}, {u"label"_s, u"A"_s}},
                                             QJsonObject{{u"value"_s, u"b"_s}, {u"label"_s, u"B"_s}}});
    if (kind == u"rating") {
        json.insert(u"min"_s, 1);
        json.insert(u"max"_s, 5);
    }
    return json;
}

QStringList problemFields(const RevisionQuality &quality, const AnswerForm &form)
{
    QStringList names;
    for (const FieldError &error : revisionQualityProblems(quality, form))
        names << error.field;
    return names;
}

} // namespace

TEST(RevisionQuality, WithoutAnAggregationTheFirstSingleChoiceThenTheFirstRatingFieldIsTaken)
{
    const AnswerForm both = formOf({field(u"note"_s, u"text"_s), field(u"stars"_s, u"rating"_s),
                                    field(u"mood"_s, u"single_choice"_s), field(u"kind"_s, u"single_choice"_s)});
    EXPECT_EQ(effectiveAggregation({}, both), (AggregationChoice{u"mv"_s, u"mood"_s}));
    const AnswerForm rated = formOf({field(u"note"_s, u"text"_s), field(u"stars"_s, u"rating"_s)});
    EXPECT_EQ(effectiveAggregation({}, rated), (AggregationChoice{u"mv"_s, u"stars"_s}));
    const AnswerForm textOnly = formOf({field(u"note"_s, u"text"_s), field(u"tags"_s, u"multi_choice"_s)});
    EXPECT_FALSE(effectiveAggregation({}, textOnly).has_value());
    RevisionQuality chosen;
    chosen.aggregation = AggregationChoice{u"median"_s, u"stars"_s};
    EXPECT_EQ(effectiveAggregation(chosen, both), chosen.aggregation);
}

TEST(RevisionQuality, MethodsMatchTheKindOfTheirField)
{
    const AnswerForm form = formOf({field(u"mood"_s, u"single_choice"_s), field(u"stars"_s, u"rating"_s),
                                    field(u"tags"_s, u"multi_choice"_s)});
    RevisionQuality quality;
    for (const QString &method : {u"mv"_s, u"wawa"_s, u"ds"_s, u"onecoin"_s, u"glad"_s, u"mace"_s}) {
        quality.aggregation = AggregationChoice{method, u"mood"_s};
        EXPECT_TRUE(problemFields(quality, form).isEmpty()) << method.toStdString();
        quality.aggregation = AggregationChoice{method, u"stars"_s};
        EXPECT_TRUE(problemFields(quality, form).isEmpty()) << method.toStdString();
        quality.aggregation = AggregationChoice{method, u"tags"_s};
        EXPECT_EQ(problemFields(quality, form), QStringList{u"aggregation.field"_s});
    }
    for (const QString &method : {u"mean"_s, u"median"_s}) {
        quality.aggregation = AggregationChoice{method, u"stars"_s};
        EXPECT_TRUE(problemFields(quality, form).isEmpty());
        quality.aggregation = AggregationChoice{method, u"mood"_s};
        EXPECT_EQ(problemFields(quality, form), QStringList{u"aggregation.field"_s});
    }
    quality.aggregation = AggregationChoice{u"MV"_s, u"mood"_s};
    EXPECT_EQ(problemFields(quality, form), QStringList{u"aggregation.method"_s});
}

TEST(RevisionQuality, PassMarksAndGoldRatesAreCheckedOnBothSidesOfTheirRange)
{
    const AnswerForm form = formOf({field(u"mood"_s, u"single_choice"_s)});
    RevisionQuality quality;
    quality.requiredTaskId = u"01a2049e-0000-7000-8000-000000000001"_s;
    for (const double mark : {0.0, 1.0}) {
        quality.passMark = mark;
        EXPECT_TRUE(problemFields(quality, form).isEmpty()) << mark;
    }
    for (const double mark : {-0.001, 1.001}) {
        quality.passMark = mark;
        EXPECT_EQ(problemFields(quality, form), QStringList{u"qualification.pass_mark"_s}) << mark;
    }
    quality = {};
    quality.goldRate = kMaxGoldRate;
    EXPECT_TRUE(problemFields(quality, form).isEmpty());
    quality.goldRate = kMaxGoldRate + 0.001;
    EXPECT_EQ(problemFields(quality, form), QStringList{u"gold_rate"_s});
}

TEST(RevisionQuality, KeysReadBackAsWrittenAndShapesAreChecked)
{
    RevisionQuality quality;
    quality.aggregation = AggregationChoice{u"ds"_s, u"mood"_s};
    quality.goldRate = 0.25;
    quality.qualificationTask = true;
    quality.requiredTaskId = u"01a2049e-0000-7000-8000-000000000001"_s;
    quality.passMark = 0.8;
    QJsonObject revision{{u"title"_s, u"kept as it is"_s}};
    quality.insertInto(revision);
    EXPECT_EQ(revision.value(u"kind"_s).toString(), u"qualification"_s);
    const auto read = RevisionQuality::fromRevisionJson(revision);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, quality);
    EXPECT_TRUE(RevisionQuality::fromRevisionJson({{u"title"_s, u"x"_s}})->isEmpty());

    const auto bad = RevisionQuality::fromRevisionJson(
            {{u"aggregation"_s, QJsonObject{{u"method"_s, 3}, {u"field"_s, u"mood"_s}, {u"weights"_s, 1}}},
             {u"gold_rate"_s, u"0.1"_s},
             {u"kind"_s, u"exam"_s},
             {u"qualification"_s, QJsonObject{{u"task_id"_s, u"TASK"_s}, {u"pass_mark"_s, u"all"_s}}}});
    ASSERT_FALSE(bad.ok());
    QStringList fields;
    for (const FieldError &error : bad.error().fieldErrors)
        fields << error.field;
    fields.sort();
    EXPECT_EQ(fields, (QStringList{u"aggregation.method"_s, u"aggregation.weights"_s, u"gold_rate"_s, u"kind"_s,
                                   u"qualification.pass_mark"_s, u"qualification.task_id"_s}));
}

TEST(GoldLabel, OneFieldComparesAsTextAndSeveralAsAWhole)
{
    const QJsonObject one{{u"mood"_s, u"a"_s}};
    EXPECT_EQ(goldLabel(one, {{u"mood"_s, u"a"_s}, {u"note"_s, u"ignored"_s}}), u"a"_s);
    EXPECT_EQ(goldLabel({{u"stars"_s, 4}}, {{u"stars"_s, 4}}), u"4"_s);
    EXPECT_TRUE(sameLabel(goldLabel({{u"stars"_s, 4}}, {{u"stars"_s, 4.0}}), u"04"_s));
    EXPECT_EQ(goldLabel(one, {}), QString());

    const QJsonObject two{{u"mood"_s, u"a"_s}, {u"stars"_s, 4}};
    const QString key = goldLabel(two, two);
    EXPECT_EQ(goldLabel(two, {{u"stars"_s, 4}, {u"mood"_s, u"a"_s}, {u"note"_s, u"x"_s}}), key);
    EXPECT_NE(goldLabel(two, {{u"stars"_s, 5}, {u"mood"_s, u"a"_s}}), key);
    EXPECT_NE(goldLabel(two, {{u"mood"_s, u"a"_s}}), key);
}

} // namespace Chrysalis
