// Label Studio interoperability: real labeling configs, task files and exports from the Label Studio project
// (tests/data/labelstudio, see its SOURCES.md), span offsets across UTF-16 and code points, and hostile input.
#include "core/io/labelstudio.h"

#include "core/io/itemimport.h"
#include "tests/support/qtprinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/labelstudio/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

LabelStudioConfig config(const QString &name)
{
    auto parsed = LabelStudioConfig::parse(QString::fromUtf8(fixture(name)));
    EXPECT_TRUE(parsed.ok()) << name.toStdString() << ": " << parsed.error().describe().toStdString();
    return parsed.ok() ? *parsed : LabelStudioConfig();
}

QList<LabelStudioTask> tasks(const QString &name)
{
    auto parsed = LabelStudioTasks::parse(fixture(name));
    EXPECT_TRUE(parsed.ok()) << name.toStdString() << ": " << parsed.error().describe().toStdString();
    return parsed.ok() ? *parsed : QList<LabelStudioTask>();
}

QStringList optionValues(const FormField &field)
{
    QStringList values;
    for (const FormOption &option : field.options)
        values.append(option.value);
    return values;
}

QStringList unsupportedNames(const LabelStudioConfig &config)
{
    QStringList names;
    for (const LabelStudioUnsupportedTag &tag : config.unsupportedTags())
        names.append(tag.tag + u':' + tag.name);
    return names;
}

// The 1-based line of the first line of `text` holding `needle`.
qint64 lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : text.left(at).count('\n') + 1;
}

// What the protocol says the marketplace refuses: NUL, noncharacters and lone surrogates.
bool storable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
    }
    const QList<uint> codes = text.toUcs4();
    return std::none_of(codes.begin(), codes.end(), [](uint code) {
        return code == 0 || (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
    });
}

QStringList naughtyStrings()
{
    QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        strings.append(value.toString());
    return strings;
}

// --- Labeling configs ----------------------------------------------------------------------------------------

TEST(LabelStudioConfig, TextClassificationTemplateIsOneSingleChoice)
{
    const LabelStudioConfig c = config(u"ls-templates-text-classification__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 1);
    const FormField &field = c.form().fields().first();
    EXPECT_EQ(field.name, u"sentiment"_s);
    EXPECT_EQ(field.kind, FieldKind::SingleChoice);
    EXPECT_EQ(field.label, u"Choose text sentiment"_s);
    EXPECT_EQ(optionValues(field), (QStringList{u"Positive"_s, u"Negative"_s, u"Neutral"_s}));
    EXPECT_EQ(c.dataKeys(), QStringList{u"text"_s});
    EXPECT_TRUE(c.unsupportedTags().isEmpty());
    EXPECT_TRUE(c.requireSupported().ok());
    EXPECT_EQ(c.sampleData().value(u"text"_s).toString(),
              u"This is a great 3D movie that delivers everything almost right in your face."_s);
}

TEST(LabelStudioConfig, NamedEntityTemplateIsSpansOverTheNerKey)
{
    const LabelStudioConfig c = config(u"ls-templates-named-entity-recognition__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 1);
    const FormField &field = c.form().fields().first();
    EXPECT_EQ(field.kind, FieldKind::Spans);
    EXPECT_EQ(field.spanLabels, (QStringList{u"PER"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s}));
    EXPECT_EQ(field.sourceKey, u"ner"_s);
    EXPECT_EQ(c.dataKeys(), QStringList{u"ner"_s});
    EXPECT_TRUE(c.sampleData().isEmpty());
}

TEST(LabelStudioConfig, PairwiseTemplateComparesTheTwoTexts)
{
    const LabelStudioConfig c = config(u"ls-templates-pairwise-classification__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 1);
    EXPECT_EQ(c.form().fields().first().kind, FieldKind::Pairwise);
    EXPECT_EQ(c.form().fields().first().label, u"Select one of two items"_s);
    EXPECT_EQ(c.dataKeys(), (QStringList{u"pairText1"_s, u"pairText2"_s}));
    ASSERT_EQ(c.controls().size(), 1);
    EXPECT_EQ(c.controls().first().toNames, (QStringList{u"text1"_s, u"text2"_s}));
}

TEST(LabelStudioConfig, HumanPreferenceTemplateIsPairwiseWithItsSample)
{
    const LabelStudioConfig c = config(u"ls-templates-generative-ai-human-feedback-collection__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 1);
    EXPECT_EQ(c.form().fields().first().name, u"comparison"_s);
    EXPECT_EQ(c.form().fields().first().kind, FieldKind::Pairwise);
    EXPECT_EQ(c.dataKeys(), (QStringList{u"prompt"_s, u"answer1"_s, u"answer2"_s}));
    EXPECT_TRUE(c.sampleData().value(u"prompt"_s).toString().startsWith(u"What are the key benefits"_s));
    EXPECT_TRUE(c.unsupportedTags().isEmpty());
}

TEST(LabelStudioConfig, SupervisedTemplateIsARequiredText)
{
    const LabelStudioConfig c = config(u"ls-templates-generative-ai-supervised-llm__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 1);
    EXPECT_EQ(c.form().fields().first().name, u"instruction"_s);
    EXPECT_EQ(c.form().fields().first().kind, FieldKind::Text);
    EXPECT_TRUE(c.form().fields().first().required);
    EXPECT_EQ(c.dataKeys(), QStringList{u"prompt"_s});
}

TEST(LabelStudioConfig, ChatbotTemplateIsARatingAndElevenYesNoChoices)
{
    const LabelStudioConfig c = config(u"ls-templates-generative-ai-chatbot-assessment__config.yml"_s);
    ASSERT_EQ(c.form().fields().size(), 12);
    const FormField &rating = c.form().fields().first();
    EXPECT_EQ(rating.name, u"likert_scale"_s);
    EXPECT_EQ(rating.kind, FieldKind::Rating);
    EXPECT_EQ(rating.ratingMin, 1);
    EXPECT_EQ(rating.ratingMax, 7);
    EXPECT_EQ(rating.label, u"Overall quality Likert scale; 1-7"_s);
    for (qsizetype i = 1; i < 12; ++i) {
        EXPECT_EQ(c.form().fields().at(i).kind, FieldKind::SingleChoice);
        EXPECT_EQ(optionValues(c.form().fields().at(i)), (QStringList{u"Yes"_s, u"No"_s}));
    }
    EXPECT_EQ(c.form().fields().at(3).name, u"hallucination"_s);
    EXPECT_EQ(c.form().fields().at(3).label, u"Hallucination"_s);
    EXPECT_EQ(c.dataKeys(), QStringList{u"messages"_s});
    EXPECT_EQ(c.sampleData().value(u"messages"_s).toArray().size(), 8);
    EXPECT_TRUE(c.unsupportedTags().isEmpty());
}

TEST(LabelStudioConfig, RankerTemplateNamesTheRankerAndItsList)
{
    const QByteArray text = fixture(u"ls-templates-generative-ai-llm-ranker__config.yml"_s);
    const LabelStudioConfig c = config(u"ls-templates-generative-ai-llm-ranker__config.yml"_s);
    EXPECT_TRUE(c.form().fields().isEmpty());
    EXPECT_EQ(unsupportedNames(c), (QStringList{u"List:answers"_s, u"Ranker:rank"_s}));
    EXPECT_EQ(c.unsupportedTags().at(0).line, lineOf(text, "<List name=\"answers\""));
    EXPECT_EQ(c.unsupportedTags().at(1).line, lineOf(text, "<Ranker name=\"rank\""));
    const Status supported = c.requireSupported();
    ASSERT_FALSE(supported.ok());
    EXPECT_TRUE(supported.error().message.contains(u"<Ranker name=\"rank\">"_s));
    EXPECT_TRUE(supported.error().message.contains(u"<List name=\"answers\">"_s));
    EXPECT_EQ(supported.error().fieldErrors.size(), 2);
}

TEST(LabelStudioConfig, MixedExampleKeepsWhatWeShareAndNamesTheRest)
{
    const QByteArray text = fixture(u"lsf-examples-classification_mixed__config.xml"_s);
    const LabelStudioConfig c = config(u"lsf-examples-classification_mixed__config.xml"_s);
    ASSERT_EQ(c.form().fields().size(), 2);
    EXPECT_EQ(c.form().fields().at(0).name, u"txt"_s);
    EXPECT_EQ(c.form().fields().at(0).kind, FieldKind::Text);
    EXPECT_EQ(c.form().fields().at(1).name, u"choices"_s);
    EXPECT_EQ(c.form().fields().at(1).kind, FieldKind::SingleChoice);
    EXPECT_EQ(optionValues(c.form().fields().at(1)), (QStringList{u"Choice 1"_s, u"Choice 2"_s}));
    // Labels on a Text with a literal value, Number, DateTime, a per-region TextArea and Taxonomy.
    EXPECT_EQ(unsupportedNames(c), (QStringList{u"Labels:label"_s, u"Number:num"_s, u"DateTime:dt"_s,
                                                u"TextArea:txt2"_s, u"Taxonomy:taxonomy"_s}));
    for (const LabelStudioUnsupportedTag &tag : c.unsupportedTags())
        EXPECT_EQ(tag.line, lineOf(text, u"<%1 name=\"%2\""_s.arg(tag.tag, tag.name).toUtf8()))
                << tag.name.toStdString();
    EXPECT_FALSE(c.requireSupported().ok());
}

TEST(LabelStudioConfig, FrontendExamplesMapToSpansPairwiseAndChoices)
{
    const LabelStudioConfig ner = config(u"lsf-examples-named_entity__config.xml"_s);
    ASSERT_EQ(ner.form().fields().size(), 1);
    EXPECT_EQ(ner.form().fields().first().kind, FieldKind::Spans);
    EXPECT_EQ(ner.form().fields().first().spanLabels.size(), 11);
    EXPECT_EQ(ner.form().fields().first().spanLabels.at(4), u"Date"_s);
    EXPECT_EQ(ner.form().fields().first().sourceKey, u"text"_s);

    const LabelStudioConfig pairwise = config(u"lsf-examples-pairwise__config.xml"_s);
    ASSERT_EQ(pairwise.form().fields().size(), 1);
    EXPECT_EQ(pairwise.form().fields().first().kind, FieldKind::Pairwise);
    EXPECT_EQ(pairwise.controls().first().toNames, (QStringList{u"txt-1"_s, u"txt-2"_s}));
    EXPECT_EQ(pairwise.dataKeys(), (QStringList{u"text1"_s, u"text2"_s}));

    const LabelStudioConfig sentiment = config(u"lsf-examples-sentiment_analysis__config.xml"_s);
    ASSERT_EQ(sentiment.form().fields().size(), 1);
    EXPECT_EQ(sentiment.form().fields().first().label, u"Choose text sentiment:"_s);
    EXPECT_EQ(sentiment.dataKeys(), QStringList{u"reviewText"_s});
    EXPECT_EQ(sentiment.controls().first().toNames, QStringList{u"my_text"_s});
}

TEST(LabelStudioConfig, MultipleChoicesAliasesAndNamesBecomeOurs)
{
    const auto c = LabelStudioConfig::parse(
            u"<View><Text name=\"t\" value=\"$body\"/>"
            "<Choices name=\"Topic-Tags\" toName=\"t\" choice=\"multiple\">"
            "<Choice value=\"Sport news\" alias=\"sport\"/><Choice value=\"Politics\"/></Choices>"
            "<Choices name=\"topic_tags\" toName=\"t\"><Choice value=\"x\"/><Choice value=\"y\"/></Choices>"
            "<Rating name=\"stars\" toName=\"t\"/></View>"_s);
    ASSERT_TRUE(c.ok()) << c.error().describe().toStdString();
    ASSERT_EQ(c->form().fields().size(), 3);
    const FormField &tags = c->form().fields().at(0);
    EXPECT_EQ(tags.name, u"topic_tags"_s);
    EXPECT_EQ(tags.kind, FieldKind::MultiChoice);
    EXPECT_EQ(tags.options.at(0), (FormOption{u"sport"_s, u"Sport news"_s}));
    EXPECT_EQ(tags.options.at(1), (FormOption{u"Politics"_s, u"Politics"_s}));
    EXPECT_EQ(c->form().fields().at(1).name, u"topic_tags_2"_s);
    EXPECT_EQ(c->form().fields().at(2).ratingMax, 5); // Label Studio's default
    EXPECT_EQ(c->controlForField(u"topic_tags"_s)->fromName, u"Topic-Tags"_s);
}

TEST(LabelStudioConfig, ControlsShownUnderAConditionAreNotRequired)
{
    const auto c = LabelStudioConfig::parse(
            u"<View><Text name=\"t\" value=\"$t\"/>"
            "<View visibleWhen=\"choice-selected\" whenTagName=\"c\"><TextArea name=\"why\" toName=\"t\" "
            "required=\"true\"/>"
            "</View><TextArea name=\"note\" toName=\"t\" required=\"true\"/>"
            "<TextArea name=\"other\" toName=\"t\" required=\"true\" visibleWhen=\"region-selected\"/></View>"_s);
    ASSERT_TRUE(c.ok()) << c.error().describe().toStdString();
    ASSERT_EQ(c->form().fields().size(), 3);
    EXPECT_FALSE(c->form().fields().at(0).required);
    EXPECT_TRUE(c->form().fields().at(1).required);
    EXPECT_FALSE(c->form().fields().at(2).required);
}

TEST(LabelStudioConfig, RatingScaleLimitsOnBothSides)
{
    const auto rating = [](const QString &max) {
        return LabelStudioConfig::parse(u"<View><Text name=\"t\" value=\"$t\"/><Rating name=\"r\" toName=\"t\" "
                                        "maxRating=\"%1\"/></View>"_s.arg(max));
    };
    for (const QString &max : {u"2"_s, u"101"_s}) {
        const auto c = rating(max);
        ASSERT_TRUE(c.ok());
        EXPECT_EQ(c->form().fields().size(), 1) << max.toStdString();
        EXPECT_TRUE(c->unsupportedTags().isEmpty());
    }
    for (const QString &max : {u"1"_s, u"102"_s, u"seven"_s}) {
        const auto c = rating(max);
        ASSERT_TRUE(c.ok());
        EXPECT_TRUE(c->form().fields().isEmpty()) << max.toStdString();
        EXPECT_EQ(unsupportedNames(*c), QStringList{u"Rating:r"_s});
    }
}

TEST(LabelStudioConfig, RefusesEntitiesDtdsAndBrokenXml)
{
    const QString laughs = u"<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                           "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                           "<View><Header value=\"&lol2;\"/></View>"_s;
    const auto bomb = LabelStudioConfig::parse(laughs);
    ASSERT_FALSE(bomb.ok());
    EXPECT_TRUE(bomb.error().message.contains(u"DTD"_s));

    const auto external = LabelStudioConfig::parse(
            u"<!DOCTYPE v [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><View><Header>&xxe;</Header></View>"_s);
    ASSERT_FALSE(external.ok());
    EXPECT_TRUE(external.error().message.contains(u"DTD"_s));

    const auto undeclared = LabelStudioConfig::parse(u"<View>\n<Header>&xxe;</Header></View>"_s);
    ASSERT_FALSE(undeclared.ok());
    EXPECT_TRUE(undeclared.error().message.contains(u"line 2"_s)) << undeclared.error().message.toStdString();

    const auto truncated = LabelStudioConfig::parse(u"<View>\n  <Choices name=\"c\" toName=\"t\">\n    <Choice "_s);
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().message.contains(u"not well-formed XML"_s));

    EXPECT_FALSE(LabelStudioConfig::parse(u"title: no config here\n"_s).ok());
    EXPECT_FALSE(LabelStudioConfig::parse(QString()).ok());
}

TEST(LabelStudioConfig, NestingAndSizeLimitsOnBothSides)
{
    const auto nested = [](int depth) {
        return LabelStudioConfig::parse(u"<View>"_s.repeated(depth) + u"<Text name=\"t\" value=\"$t\"/>"_s +
                                        u"</View>"_s.repeated(depth));
    };
    EXPECT_TRUE(nested(kMaxLabelStudioConfigDepth - 1).ok());
    const auto deep = nested(kMaxLabelStudioConfigDepth);
    ASSERT_FALSE(deep.ok());
    EXPECT_TRUE(deep.error().message.contains(u"nests deeper"_s));

    const QString big = u"<View>"_s + QString(kMaxLabelStudioConfigChars, u' ') + u"</View>"_s;
    const auto huge = LabelStudioConfig::parse(big);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, ErrorCode::LimitExceeded);
}

// --- Task files ----------------------------------------------------------------------------------------------

TEST(LabelStudioTasks, SentimentTasksAreAHundredItemsWithOnePrediction)
{
    const QList<LabelStudioTask> list = tasks(u"lsf-examples-sentiment_analysis__tasks.json"_s);
    ASSERT_EQ(list.size(), 100);
    EXPECT_EQ(list.first().data.value(u"reviewerID"_s).toString(), u"A2IBPI20UZIR0U"_s);
    EXPECT_EQ(list.first().data.value(u"helpful"_s).toArray(), (QJsonArray{0, 0}));
    qsizetype predictions = 0;
    for (const LabelStudioTask &task : list)
        predictions += task.predictions.size();
    EXPECT_EQ(predictions, 1);

    const LabelStudioConfig c = config(u"lsf-examples-sentiment_analysis__config.xml"_s);
    const LabelStudioAnswer answer = c.answerFromResults(list.first().predictions.first().result, list.first().data);
    EXPECT_EQ(answer.fields, (QJsonObject{{u"sentiment"_s, u"Positive"_s}}));
    EXPECT_TRUE(answer.problems.isEmpty());
    EXPECT_TRUE(answer.skipped.isEmpty());
}

TEST(LabelStudioTasks, SentimentAnnotationIsNeutral)
{
    const QList<LabelStudioTask> list = tasks(u"lsf-examples-sentiment_analysis__annotations__3.json"_s);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().id, 3);
    EXPECT_EQ(list.first().data.value(u"overall"_s).toInt(), 5);
    ASSERT_EQ(list.first().annotations.size(), 1);
    EXPECT_EQ(list.first().annotations.first().id, u"3001"_s);
    const LabelStudioAnswer answer =
            config(u"lsf-examples-sentiment_analysis__config.xml"_s)
                    .answerFromResults(list.first().annotations.first().result, list.first().data);
    EXPECT_EQ(answer.fields, (QJsonObject{{u"sentiment"_s, u"Neutral"_s}}));
}

TEST(LabelStudioTasks, NamedEntityPredictionAndAnnotationGiveTheSameSpan)
{
    const LabelStudioConfig c = config(u"lsf-examples-named_entity__config.xml"_s);
    const QList<LabelStudioTask> input = tasks(u"lsf-examples-named_entity__tasks.json"_s);
    ASSERT_EQ(input.size(), 1);
    ASSERT_EQ(input.first().predictions.size(), 1);
    EXPECT_EQ(input.first().predictions.first().modelVersion, u"model 1"_s);
    const QString text = input.first().data.value(u"text"_s).toString();
    ASSERT_EQ(text.mid(343, 11), u"February 22"_s);
    const QJsonObject expected{
            {u"ner"_s, QJsonArray{QJsonObject{{u"start"_s, 343}, {u"end"_s, 354}, {u"label"_s, u"Date"_s}}}}};
    const LabelStudioAnswer predicted =
            c.answerFromResults(input.first().predictions.first().result, input.first().data);
    EXPECT_EQ(predicted.fields, expected);
    EXPECT_TRUE(predicted.problems.isEmpty());

    const QList<LabelStudioTask> annotated = tasks(u"lsf-examples-named_entity__annotations__1.json"_s);
    ASSERT_EQ(annotated.size(), 1);
    ASSERT_EQ(annotated.first().annotations.size(), 1);
    EXPECT_EQ(annotated.first().annotations.first().id, u"1001"_s);
    EXPECT_EQ(c.answerFromResults(annotated.first().annotations.first().result, annotated.first().data).fields,
              expected);
}

TEST(LabelStudioTasks, PairwiseAnnotationIsBButLacksOurJustification)
{
    const LabelStudioConfig c = config(u"lsf-examples-pairwise__config.xml"_s);
    const QList<LabelStudioTask> list = tasks(u"lsf-examples-pairwise__annotations__1.json"_s);
    ASSERT_EQ(list.size(), 1);
    ASSERT_EQ(list.first().annotations.size(), 1);
    EXPECT_TRUE(list.first().predictions.isEmpty());
    const LabelStudioAnswer answer = c.answerFromResults(list.first().annotations.first().result, list.first().data);
    EXPECT_EQ(answer.fields, (QJsonObject{{u"pw"_s, QJsonObject{{u"choice"_s, u"b"_s}}}}));
    ASSERT_EQ(answer.problems.size(), 1);
    EXPECT_EQ(answer.problems.first().field, u"pw.justification"_s);

    const QList<LabelStudioTask> input = tasks(u"lsf-examples-pairwise__tasks.json"_s);
    ASSERT_EQ(input.size(), 1);
    EXPECT_TRUE(input.first().data.value(u"text2"_s).toString().startsWith(u"Death remembered"_s));
}

TEST(LabelStudioTasks, MixedAnnotationKeepsTextAndChoiceAndSkipsTheRest)
{
    const LabelStudioConfig c = config(u"lsf-examples-classification_mixed__config.xml"_s);
    const QList<LabelStudioTask> list = tasks(u"lsf-examples-classification_mixed__annotations__1.json"_s);
    ASSERT_EQ(list.size(), 1);
    ASSERT_EQ(list.first().annotations.size(), 1);
    EXPECT_EQ(list.first().annotations.first().leadTime, 15.053);
    EXPECT_EQ(list.first().predictions.size(), 2);
    const LabelStudioAnswer answer = c.answerFromResults(list.first().annotations.first().result, list.first().data);
    EXPECT_EQ(answer.fields, (QJsonObject{{u"txt"_s, u"Hello\nWorld"_s}, {u"choices"_s, u"Choice 1"_s}}));
    EXPECT_EQ(answer.skipped.size(), 3); // number, datetime, taxonomy
    const LabelStudioAnswer predicted = c.answerFromResults(list.first().predictions.first().result, list.first().data);
    EXPECT_TRUE(predicted.fields.isEmpty());
    EXPECT_EQ(predicted.skipped.size(), 1);
}

TEST(LabelStudioTasks, SdkExportKeepsTheAwkwardChoiceAndItsProvenance)
{
    const QList<LabelStudioTask> list = tasks(u"sdk-test_export_csv__csv_test2.json"_s);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().id, 4);
    EXPECT_EQ(list.first().data.value(u"writers"_s).toArray().size(), 2);
    EXPECT_TRUE(list.first().data.value(u"provider"_s).isNull());
    ASSERT_EQ(list.first().annotations.size(), 1);
    const LabelStudioAnnotation &annotation = list.first().annotations.first();
    EXPECT_EQ(annotation.id, u"9"_s);
    EXPECT_EQ(annotation.completedBy, u"test@heartex.com"_s);
    EXPECT_EQ(annotation.createdAt, QDateTime(QDate(2022, 11, 4), QTime(18, 50, 53, 17), Qt::UTC));
    EXPECT_EQ(annotation.leadTime, 10.744);

    const auto c = LabelStudioConfig::parse(
            u"<View><Text name=\"$uri\" value=\"$uri\"/><Choices name=\"uri_selection\" toName=\"$uri\">"
            "<Choice value=\"Yes &quot; &quot;&quot; &#10; &#9; &#9; а б в &#10;\"/><Choice value=\"No\"/>"
            "</Choices></View>"_s);
    ASSERT_TRUE(c.ok()) << c.error().describe().toStdString();
    const LabelStudioAnswer answer = c->answerFromResults(annotation.result, list.first().data);
    EXPECT_EQ(answer.fields.value(u"uri_selection"_s).toString(), u"Yes \" \"\" \n \t \t а б в \n"_s);
    EXPECT_TRUE(answer.problems.isEmpty());
}

TEST(LabelStudioTasks, ModelMonitoringExportIsTextAnswersWithPredictionIdsLeftOut)
{
    const QList<LabelStudioTask> list = tasks(u"lsexamples-ModelMonitoring__ls_data.json"_s);
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list.at(3).data.value(u"question"_s).toString(), u"What is the capital of France?"_s);
    const auto c = LabelStudioConfig::parse(
            u"<View><Text name=\"question\" value=\"$question\"/><TextArea name=\"answer\" toName=\"question\"/></View>"_s);
    ASSERT_TRUE(c.ok());
    for (const LabelStudioTask &task : list) {
        EXPECT_TRUE(task.predictions.isEmpty()); // given as ids only
        ASSERT_EQ(task.annotations.size(), 1);
        EXPECT_EQ(task.annotations.first().completedBy, u"1"_s);
    }
    EXPECT_EQ(c->answerFromResults(list.at(3).annotations.first().result, list.at(3).data).fields,
              (QJsonObject{{u"answer"_s, u"The capital of France is Paris."_s}}));
    EXPECT_TRUE(c->answerFromResults(list.at(0).annotations.first().result, list.at(0).data)
                        .fields.value(u"answer"_s)
                        .toString()
                        .endsWith(u"LOL NERD"_s));
}

TEST(LabelStudioTasks, SingleTaskAndPreannotatedTasksAndBareData)
{
    const QList<LabelStudioTask> previous = tasks(u"ls-tests-samples__previous_export.json"_s);
    ASSERT_EQ(previous.size(), 1);
    EXPECT_EQ(previous.first().id, 1234);
    EXPECT_EQ(previous.first().data, (QJsonObject{{u"image"_s, u"https://pytest.labelstud.io/mypets.jpg"_s}}));
    ASSERT_EQ(previous.first().annotations.size(), 1);
    EXPECT_EQ(previous.first().annotations.first().completedBy, u"annotator_from_past@project.com"_s);
    EXPECT_EQ(previous.first().annotations.first().createdAt,
              QDateTime(QDate(2021, 7, 6), QTime(6, 6, 25, 928), Qt::UTC));

    const QList<LabelStudioTask> humor = tasks(u"ls-tests-samples__humor_dataset_2_annotations.json"_s);
    ASSERT_EQ(humor.size(), 2);
    EXPECT_TRUE(humor.at(0).annotations.first().groundTruth);
    EXPECT_FALSE(humor.at(1).annotations.first().groundTruth);
    EXPECT_EQ(humor.at(1).annotations.first().completedBy, u"test_suites_user@heartex.com"_s);
    EXPECT_EQ(humor.at(1).data.value(u"text"_s).toString(), u"Watch: darvish gave hitter whiplash with slow pitch"_s);

    const QList<LabelStudioTask> ranker = tasks(u"ls-templates-generative-ai-llm-ranker__example.json"_s);
    ASSERT_EQ(ranker.size(), 1);
    EXPECT_EQ(ranker.first().data.value(u"items"_s).toArray().size(), 12);
    EXPECT_TRUE(ranker.first().annotations.isEmpty());

    const auto bare = LabelStudioTasks::parse(R"([{"text": "one"}, {"text": "two", "n": 2}])");
    ASSERT_TRUE(bare.ok());
    ASSERT_EQ(bare->size(), 2);
    EXPECT_EQ(bare->at(1).data, (QJsonObject{{u"text"_s, u"two"_s}, {u"n"_s, 2}}));
}

TEST(LabelStudioTasks, BadFilesGiveErrorsThatSayWhere)
{
    const auto truncated = LabelStudioTasks::parse("[\n  {\"data\": {\"text\": \"a\"}},\n  {\"data\": {\"te");
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().message.startsWith(u"line 3, column"_s)) << truncated.error().message.toStdString();

    const auto notData = LabelStudioTasks::parse(R"([{"data": {"text": "ok"}}, {"data": "text"}])");
    ASSERT_FALSE(notData.ok());
    EXPECT_EQ(notData.error().fieldErrors.first().field, u"[1].data"_s);

    const auto notList = LabelStudioTasks::parse(R"([{"data": {"t": "x"}, "annotations": {"result": []}}])");
    ASSERT_FALSE(notList.ok());
    EXPECT_EQ(notList.error().fieldErrors.first().field, u"[0].annotations"_s);

    const auto badValue = LabelStudioTasks::parse(
            R"([{"data": {"t": "x"}, "annotations": [{"result": [{"type": "choices", "from_name": "c", "value": 3}]}]}])");
    ASSERT_FALSE(badValue.ok());
    EXPECT_EQ(badValue.error().fieldErrors.first().field, u"[0].annotations[0].result[0].value"_s);

    const auto badUser = LabelStudioTasks::parse(R"({"data": {"t": "x"}, "annotations": [{"completed_by": true}]})");
    ASSERT_FALSE(badUser.ok());
    EXPECT_EQ(badUser.error().fieldErrors.first().field, u"task.annotations[0].completed_by"_s);

    const auto numbers = LabelStudioTasks::parse("[1, 2]");
    ASSERT_FALSE(numbers.ok());
    EXPECT_EQ(numbers.error().fieldErrors.size(), 2); // every problem, not only the first
    EXPECT_TRUE(numbers.error().message.contains(u"(and 1 more problem)"_s));

    EXPECT_FALSE(LabelStudioTasks::parse("[]").ok());
    EXPECT_FALSE(LabelStudioTasks::parse("\"text\"").ok());
    EXPECT_FALSE(LabelStudioTasks::parse("").ok());
}

TEST(LabelStudioTasks, ItemLimitsOnBothSides)
{
    const auto item = [](qsizetype size) -> QByteArray {
        return "[{\"data\": {\"t\": \"" + QByteArray(size, 'x') + "\"}}]";
    };
    const qsizetype overhead = QByteArray(R"({"t":""})").size();
    EXPECT_TRUE(LabelStudioTasks::parse(item(kMaxItemDataBytes - overhead)).ok());
    const auto tooBig = LabelStudioTasks::parse(item(kMaxItemDataBytes - overhead + 1));
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().fieldErrors.first().field, u"[0].data"_s);

    const auto lonelySurrogate = LabelStudioTasks::parse(R"([{"data": {"t": "a\ud800b"}}])");
    ASSERT_FALSE(lonelySurrogate.ok());
    EXPECT_TRUE(lonelySurrogate.error().message.contains(u"cannot store"_s));
}

TEST(LabelStudioTasks, AnnotationCountLimitOnBothSides)
{
    const auto withAnnotations = [](int count) -> QByteArray {
        QJsonArray annotations;
        for (int i = 0; i < count; ++i)
            annotations.append(QJsonObject{{u"result"_s, QJsonArray()}});
        return QJsonDocument(QJsonArray{QJsonObject{{u"data"_s, QJsonObject{{u"t"_s, u"x"_s}}},
                                                    {u"annotations"_s, annotations}}})
                .toJson(QJsonDocument::Compact);
    };
    const auto atLimit = LabelStudioTasks::parse(withAnnotations(kMaxLabelStudioAnnotationsPerTask));
    ASSERT_TRUE(atLimit.ok());
    EXPECT_EQ(atLimit->first().annotations.size(), kMaxLabelStudioAnnotationsPerTask);
    const auto over = LabelStudioTasks::parse(withAnnotations(kMaxLabelStudioAnnotationsPerTask + 1));
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().fieldErrors.first().field, u"[0].annotations"_s);
}

TEST(LabelStudioTasks, NaughtyStringsAreKeptExactlyOrRefusedClearly)
{
    const QStringList strings = naughtyStrings();
    ASSERT_GT(strings.size(), 400);
    for (const QString &text : strings) {
        const QJsonArray file{QJsonObject{{u"data"_s, QJsonObject{{u"text"_s, text}}}}};
        const auto parsed = LabelStudioTasks::parse(QJsonDocument(file).toJson());
        if (!storable(text)) {
            EXPECT_FALSE(parsed.ok());
            continue;
        }
        ASSERT_TRUE(parsed.ok()) << text.toStdString();
        EXPECT_EQ(parsed->first().data.value(u"text"_s).toString(), text);
    }
}

// --- Span offsets --------------------------------------------------------------------------------------------

TEST(LabelStudioOffsets, CodePointsAndUtf16AgreeOnlyBeforeTheFirstAstralCharacter)
{
    const QString text = u"a😀b"_s; // the emoji is two UTF-16 units
    EXPECT_EQ(codePointOffset(text, 1), 1);
    EXPECT_EQ(codePointOffset(text, 3), 2);
    EXPECT_EQ(codePointOffset(text, 4), 3);
    EXPECT_EQ(codePointOffset(text, 2), std::nullopt); // inside the pair
    EXPECT_EQ(codePointOffset(text, 5), std::nullopt);
    EXPECT_EQ(codePointOffset(text, -1), std::nullopt);
    EXPECT_EQ(utf16Offset(text, 2), 3);
    EXPECT_EQ(utf16Offset(text, 3), 4);
    EXPECT_EQ(utf16Offset(text, 4), std::nullopt);
}

TEST(LabelStudioOffsets, SpansAfterEmojiAndCombiningMarksSurviveExportAndImport)
{
    const auto c =
            LabelStudioConfig::parse(u"<View><Labels name=\"ner\" toName=\"t\"><Label value=\"PER\"/>"
                                     "<Label value=\"LOC\"/></Labels><Text name=\"t\" value=\"$text\"/></View>"_s);
    ASSERT_TRUE(c.ok());
    // 👨🏻‍🚒 is four code points in seven UTF-16 units; "Zoe\u0301" ends in a combining accent.
    const QString text = u"👨🏻‍🚒 Zoe\u0301 met 𝒳avier in Málaga 🇪🇸."_s;
    const qsizetype zoe = text.indexOf(u"Zoe\u0301"_s);
    const qsizetype malaga = text.indexOf(u"Málaga"_s);
    const QJsonObject data{{u"text"_s, text}};
    const QJsonObject fields{
            {u"ner"_s, QJsonArray{QJsonObject{{u"start"_s, zoe}, {u"end"_s, zoe + 4}, {u"label"_s, u"PER"_s}},
                                  QJsonObject{{u"start"_s, malaga}, {u"end"_s, malaga + 6}, {u"label"_s, u"LOC"_s}}}}};
    ASSERT_TRUE(c->form().validateAnswer(fields, data).isEmpty());

    const QJsonArray results = c->resultsFromAnswer(fields, data, u"answer-1"_s);
    ASSERT_EQ(results.size(), 2);
    const QJsonObject first = results.at(0).toObject().value(u"value"_s).toObject();
    EXPECT_EQ(first.value(u"start"_s).toInteger(), text.left(zoe).toUcs4().size());
    EXPECT_EQ(first.value(u"start"_s).toInteger(), 5);
    EXPECT_EQ(first.value(u"end"_s).toInteger(), 9); // the combining accent is a code point of its own
    EXPECT_EQ(first.value(u"text"_s).toString(), u"Zoe\u0301"_s);
    const QJsonObject second = results.at(1).toObject().value(u"value"_s).toObject();
    EXPECT_EQ(second.value(u"start"_s).toInteger(), text.left(malaga).toUcs4().size());
    EXPECT_EQ(second.value(u"labels"_s).toArray(), QJsonArray{u"LOC"_s});

    const LabelStudioAnswer back = c->answerFromResults(results, data);
    EXPECT_EQ(back.fields, fields);
    EXPECT_TRUE(back.problems.isEmpty());
    EXPECT_TRUE(back.skipped.isEmpty());
}

TEST(LabelStudioOffsets, BrowserUtf16OffsetsAreRecognisedByTheQuotedText)
{
    const auto c = LabelStudioConfig::parse(
            u"<View><Labels name=\"l\" toName=\"t\"><Label value=\"X\"/></Labels><Text name=\"t\" value=\"$text\"/></View>"_s);
    ASSERT_TRUE(c.ok());
    // Label Studio issue 1347: "💩This is an annotation." with "annotation" at 13–23 in UTF-16 units.
    const QJsonObject data{{u"text"_s, u"💩This is an annotation."_s}};
    const auto span = [](int start, int end, const QString &quote) {
        QJsonObject value{{u"start"_s, start}, {u"end"_s, end}, {u"labels"_s, QJsonArray{u"X"_s}}};
        if (!quote.isNull())
            value.insert(u"text"_s, quote);
        return QJsonArray{QJsonObject{
                {u"type"_s, u"labels"_s}, {u"from_name"_s, u"l"_s}, {u"to_name"_s, u"t"_s}, {u"value"_s, value}}};
    };
    const QJsonObject expected{
            {u"l"_s, QJsonArray{QJsonObject{{u"start"_s, 13}, {u"end"_s, 23}, {u"label"_s, u"X"_s}}}}};
    EXPECT_EQ(c->answerFromResults(span(13, 23, u"annotation"_s), data).fields, expected); // UTF-16 units
    EXPECT_EQ(c->answerFromResults(span(12, 22, u"annotation"_s), data).fields, expected); // code points
    EXPECT_EQ(c->answerFromResults(span(12, 22, QString()), data).fields, expected); // no quote: code points

    const LabelStudioAnswer wrong = c->answerFromResults(span(3, 9, u"annotation"_s), data);
    EXPECT_TRUE(wrong.fields.isEmpty());
    ASSERT_EQ(wrong.skipped.size(), 1);
    EXPECT_TRUE(wrong.skipped.first().contains(u"not the text there"_s));
    EXPECT_EQ(c->answerFromResults(span(12, 99, QString()), data).skipped.size(), 1);
}

// --- Export ----------------------------------------------------------------------------------------------------

FormField makeField(const QString &name, FieldKind kind, const QString &label, bool required = false)
{
    FormField field;
    field.name = name;
    field.kind = kind;
    field.label = label;
    field.required = required;
    return field;
}

AnswerForm everyKind()
{
    FormField sentiment = makeField(u"sentiment"_s, FieldKind::SingleChoice, u"Sentiment"_s, true);
    sentiment.options = {{u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}};
    FormField topics = makeField(u"topics"_s, FieldKind::MultiChoice, u"Topics"_s);
    topics.options = {{u"sport"_s, u"Sport"_s}, {u"art"_s, u"Art"_s}, {u"food"_s, u"Food"_s}};
    FormField quality = makeField(u"quality"_s, FieldKind::Rating, u"Quality"_s);
    quality.ratingMax = 7;
    FormField note = makeField(u"note"_s, FieldKind::Text, u"Note"_s);
    FormField compare = makeField(u"compare"_s, FieldKind::Pairwise, u"Which response is better?"_s, true);
    FormField entities = makeField(u"entities"_s, FieldKind::Spans, u"Entities"_s);
    entities.spanLabels = {u"PER"_s, u"LOC"_s};
    entities.sourceKey = u"text"_s;
    return AnswerForm({sentiment, topics, quality, note, compare, entities});
}

TEST(LabelStudioExport, FormBecomesAConfigThatReadsBackTheSame)
{
    const auto c = LabelStudioConfig::fromForm(everyKind(), {u"prompt"_s, u"response_a"_s, u"response_b"_s});
    ASSERT_TRUE(c.ok()) << c.error().describe().toStdString();
    EXPECT_EQ(c->form(), everyKind());
    EXPECT_EQ(c->dataKeys(), (QStringList{u"prompt"_s, u"response_a"_s, u"response_b"_s, u"text"_s}));
    EXPECT_EQ(c->controlForField(u"compare"_s)->toNames, (QStringList{u"response_a"_s, u"response_b"_s}));
    const auto reread = LabelStudioConfig::parse(c->xml());
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->form(), everyKind());

    FormField correction = makeField(u"fix"_s, FieldKind::Correction, u"Fix"_s);
    EXPECT_FALSE(LabelStudioConfig::fromForm(AnswerForm({correction}), {u"text"_s}).ok());
    EXPECT_FALSE(LabelStudioConfig::fromForm(everyKind(), {u"prompt"_s}).ok()); // pairwise needs two keys
}

TEST(LabelStudioExport, ExportThenImportGivesTheSameItemsAndAnswers)
{
    const auto c = LabelStudioConfig::fromForm(everyKind(), {u"prompt"_s, u"response_a"_s, u"response_b"_s});
    ASSERT_TRUE(c.ok());
    const QString text = u"Ada 👩🏽‍💻 lives in Zürich."_s;
    const QJsonObject data{{u"prompt"_s, u"Say hi"_s},
                           {u"response_a"_s, u"Hi!"_s},
                           {u"response_b"_s, u"Hello 😀"_s},
                           {u"text"_s, text}};
    const QJsonObject full{
            {u"sentiment"_s, u"pos"_s},
            {u"topics"_s, QJsonArray{u"art"_s, u"food"_s}},
            {u"quality"_s, 7},
            {u"note"_s, u"two\nlines"_s},
            {u"compare"_s, QJsonObject{{u"choice"_s, u"tie"_s}, {u"justification"_s, u"Both greet."_s}}},
            {u"entities"_s, QJsonArray{QJsonObject{{u"start"_s, 0}, {u"end"_s, 3}, {u"label"_s, u"PER"_s}},
                                       QJsonObject{{u"start"_s, text.indexOf(u"Zürich"_s)},
                                                   {u"end"_s, text.indexOf(u"Zürich"_s) + 6},
                                                   {u"label"_s, u"LOC"_s}}}},
    };
    const QJsonObject partial{
            {u"sentiment"_s, u"neg"_s},
            {u"compare"_s, QJsonObject{{u"choice"_s, u"b"_s}, {u"justification"_s, u"Warmer."_s}}},
    };
    ASSERT_TRUE(c->form().validateAnswer(full, data).isEmpty());
    ASSERT_TRUE(c->form().validateAnswer(partial, data).isEmpty());
    const QDateTime submitted(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    const QList<LabelStudioExportItem> items{
            {u"item-1"_s,
             data,
             {{u"answer-1"_s, u"quiet-otter"_s, u"rev-2"_s, submitted, 42, full},
              {u"answer-2"_s, u"brave-finch"_s, u"rev-2"_s, submitted.addSecs(60), 7, partial}}},
            {u"item-2"_s, QJsonObject{{u"text"_s, u"plain"_s}}, {}},
    };
    const QByteArray json = LabelStudioExport::toJson(*c, items);

    // The file is Label Studio's shape: results with from_name, to_name, type and value.
    const QJsonArray raw = QJsonDocument::fromJson(json).array();
    ASSERT_EQ(raw.size(), 2);
    const QJsonObject rawAnnotation = raw.at(0)[u"annotations"_s][0].toObject();
    EXPECT_EQ(rawAnnotation.value(u"completed_by"_s).toString(), u"quiet-otter"_s);
    EXPECT_EQ(rawAnnotation.value(u"meta"_s)[u"revision_id"_s].toString(), u"rev-2"_s);
    for (const QJsonValue &result : rawAnnotation.value(u"result"_s).toArray()) {
        for (const QString &key : {u"id"_s, u"from_name"_s, u"to_name"_s, u"type"_s, u"value"_s})
            EXPECT_TRUE(result.toObject().contains(key)) << key.toStdString();
    }
    const QJsonArray secondResults = raw.at(0)[u"annotations"_s][1][u"result"_s].toArray();
    ASSERT_EQ(secondResults.size(), 2);
    const QJsonObject pairwise = secondResults.at(1).toObject();
    EXPECT_EQ(pairwise.value(u"type"_s).toString(), u"pairwise"_s);
    EXPECT_EQ(pairwise.value(u"to_name"_s).toString(), u"compare"_s);
    EXPECT_EQ(pairwise.value(u"value"_s)[u"selected"_s].toString(), u"right"_s);

    const auto back = LabelStudioTasks::parse(json);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    ASSERT_EQ(back->size(), 2);
    EXPECT_EQ(back->at(0).data, data);
    EXPECT_EQ(back->at(0).meta.value(u"item_id"_s).toString(), u"item-1"_s);
    EXPECT_EQ(back->at(1).data, (QJsonObject{{u"text"_s, u"plain"_s}}));
    EXPECT_TRUE(back->at(1).annotations.isEmpty());
    ASSERT_EQ(back->at(0).annotations.size(), 2);
    const LabelStudioAnnotation &first = back->at(0).annotations.at(0);
    EXPECT_EQ(first.completedBy, u"quiet-otter"_s);
    EXPECT_EQ(first.createdAt, submitted);
    EXPECT_EQ(first.leadTime, 42.0);
    EXPECT_EQ(first.meta.value(u"answer_id"_s).toString(), u"answer-1"_s);

    const LabelStudioAnswer fullBack = c->answerFromResults(first.result, data, first.meta);
    EXPECT_EQ(fullBack.fields, full);
    EXPECT_TRUE(fullBack.problems.isEmpty());
    const LabelStudioAnnotation &second = back->at(0).annotations.at(1);
    EXPECT_EQ(c->answerFromResults(second.result, data, second.meta).fields, partial);
    // Without our meta, Label Studio's own share survives: the choice, not the justification.
    EXPECT_EQ(c->answerFromResults(second.result, data).fields.value(u"compare"_s).toObject(),
              (QJsonObject{{u"choice"_s, u"b"_s}}));
}

// Imported from a real file and written again, a result reads as it did in the file.
TEST(LabelStudioExport, RealResultsComeOutAsLabelStudioWroteThem)
{
    const struct {
        QString config;
        QString annotations;
    } cases[] = {
            {u"lsf-examples-named_entity__config.xml"_s, u"lsf-examples-named_entity__annotations__1.json"_s},
            {u"lsf-examples-pairwise__config.xml"_s, u"lsf-examples-pairwise__annotations__1.json"_s},
            {u"lsf-examples-sentiment_analysis__config.xml"_s,
             u"lsf-examples-sentiment_analysis__annotations__3.json"_s},
    };
    for (const auto &fixtureCase : cases) {
        const LabelStudioConfig c = config(fixtureCase.config);
        const QList<LabelStudioTask> list = tasks(fixtureCase.annotations);
        ASSERT_EQ(list.size(), 1);
        const QJsonObject original = list.first().annotations.first().result.first().toObject();
        const LabelStudioAnswer answer =
                c.answerFromResults(list.first().annotations.first().result, list.first().data);
        const QJsonArray written = c.resultsFromAnswer(answer.fields, list.first().data, u"a"_s);
        ASSERT_EQ(written.size(), 1) << fixtureCase.config.toStdString();
        for (const QString &key : {u"from_name"_s, u"to_name"_s, u"type"_s, u"value"_s})
            EXPECT_EQ(written.first().toObject().value(key), original.value(key)) << key.toStdString();
    }
}

TEST(LabelStudioExport, NaughtyOptionLabelsSurviveTheConfig)
{
    int checked = 0;
    for (const QString &label : naughtyStrings()) {
        if (label.isEmpty() || label == u"Other"_s)
            continue;
        bool xmlText = storable(label);
        for (const uint code : label.toUcs4())
            xmlText = xmlText && (code >= 0x20 || code == 0x9 || code == 0xA || code == 0xD);
        if (!xmlText)
            continue; // XML cannot hold it, so neither can a labeling config
        FormField field = makeField(u"choice"_s, FieldKind::SingleChoice, u"Pick"_s);
        field.options = {{u"a"_s, label}, {u"b"_s, u"Other"_s}};
        const auto c = LabelStudioConfig::fromForm(AnswerForm({field}), {u"text"_s});
        ASSERT_TRUE(c.ok()) << label.toStdString() << ": " << c.error().describe().toStdString();
        const auto reread = LabelStudioConfig::parse(c->xml());
        ASSERT_TRUE(reread.ok()) << label.toStdString() << ": " << reread.error().describe().toStdString();
        EXPECT_EQ(reread->form().fields().first().options.first().label, label);
        ++checked;
    }
    EXPECT_GT(checked, 400);
}

// --- The client's item import ----------------------------------------------------------------------------------

TEST(LabelStudioItemImport, JsonTaskListsAreToldFromJsonlByContent)
{
    const QByteArray taskList = fixture(u"lsf-examples-sentiment_analysis__tasks.json"_s);
    EXPECT_EQ(ItemImport::formatForContent(ItemFileFormat::Jsonl, taskList), ItemFileFormat::LabelStudio);
    EXPECT_EQ(ItemImport::formatForContent(ItemFileFormat::Jsonl, fixture(u"ls-tests-samples__previous_export.json"_s)),
              ItemFileFormat::LabelStudio);
    const QByteArray jsonl = "{\"data\": {\"text\": \"a\"}}\n{\"text\": \"b\"}\n";
    EXPECT_EQ(ItemImport::formatForContent(ItemFileFormat::Jsonl, jsonl), ItemFileFormat::Jsonl);
    EXPECT_EQ(ItemImport::formatForContent(ItemFileFormat::Jsonl, "{\"data\": {\"text\": \"a\"}}\n"),
              ItemFileFormat::Jsonl);
    EXPECT_EQ(ItemImport::formatForContent(ItemFileFormat::Csv, "[a]\n1\n"), ItemFileFormat::Csv);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"reviews.json"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(taskList);
    file.close();
    const auto items = ItemImport::readFile(file.fileName());
    ASSERT_TRUE(items.ok()) << items.error().describe().toStdString();
    ASSERT_EQ(items->size(), 100);
    EXPECT_EQ(items->first().value(u"reviewerID"_s).toString(), u"A2IBPI20UZIR0U"_s);
    EXPECT_FALSE(items->first().contains(u"predictions"_s));

    QFile plain(dir.filePath(u"plain.json"_s));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write(jsonl);
    plain.close();
    const auto lines = ItemImport::readFile(plain.fileName());
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 2);
    EXPECT_TRUE(lines->first().value(u"data"_s).isObject()); // a JSONL item keeps its keys as they are

    const auto broken = ItemImport::parse("[{\"data\": 1}]", ItemFileFormat::LabelStudio);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().fieldErrors.first().field, u"[0].data"_s);
}

} // namespace
} // namespace Chrysalis
