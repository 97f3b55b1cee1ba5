#include "core/domain/form.h"

#include "tests/core/domain/domaintestutil.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::TestUtil;
using namespace Qt::StringLiterals;

namespace {

FormField choiceField(FieldKind kind, bool required)
{
    FormField field;
    field.name = kind == FieldKind::SingleChoice ? u"sentiment"_s : u"topics"_s;
    field.kind = kind;
    field.label = u"Pick"_s;
    field.required = required;
    field.options = {{u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}, {u"mixed"_s, u"Mixed"_s}};
    return field;
}

FormField ratingField(int min, int max)
{
    FormField field;
    field.name = u"quality"_s;
    field.kind = FieldKind::Rating;
    field.label = u"Quality"_s;
    field.required = true;
    field.ratingMin = min;
    field.ratingMax = max;
    return field;
}

FormField textField(bool required, std::optional<int> minLength, std::optional<int> maxLength)
{
    FormField field;
    field.name = u"comment"_s;
    field.kind = FieldKind::Text;
    field.label = u"Comment"_s;
    field.required = required;
    field.minLength = minLength;
    field.maxLength = maxLength;
    return field;
}

FormField plainField(const QString &name, FieldKind kind, bool required)
{
    FormField field;
    field.name = name;
    field.kind = kind;
    field.label = name;
    field.required = required;
    return field;
}

FormField spansField(bool required)
{
    FormField field = plainField(u"entities"_s, FieldKind::Spans, required);
    field.spanLabels = {u"PER"_s, u"ORG"_s};
    return field;
}

// The errors of one answer {field.name: value} against a form of that one field.
QStringList errorsFor(const FormField &field, const QJsonValue &value, const QJsonObject &itemData = {})
{
    const AnswerForm form({field});
    EXPECT_TRUE(form.validateDefinition().ok());
    QJsonObject fields;
    if (!value.isUndefined())
        fields.insert(field.name, value);
    return fieldsOf(form.validateAnswer(fields, itemData));
}

QJsonValue valueOf(const char *json)
{
    const QByteArray wrapped = QByteArray("{\"v\": ") + json + '}';
    return jsonObject(wrapped.constData()).value(u"v"_s);
}

const QStringList kNone;

} // namespace

TEST(FieldKind, WireNamesRoundTrip)
{
    const QStringList names{u"single_choice"_s, u"multi_choice"_s, u"rating"_s, u"text"_s,
                            u"pairwise"_s,      u"correction"_s,   u"spans"_s};
    for (const QString &name : names)
        EXPECT_EQ(fieldKindName(*parseFieldKind(name)), name);
    EXPECT_FALSE(parseFieldKind(u"Text"_s).ok());
    EXPECT_FALSE(parseFieldKind(u"dropdown"_s).ok());
}

// --- single and multi choice ---

TEST(AnswerSingleChoice, AcceptsOnlyAnOptionValue)
{
    const FormField field = choiceField(FieldKind::SingleChoice, true);
    EXPECT_EQ(errorsFor(field, u"pos"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"mixed"_s), kNone);
    for (const char *bad : {R"("Positive")", R"("POS")", R"("")", R"(" pos")", "1", "true", R"(["pos"])", R"({})"})
        EXPECT_EQ(errorsFor(field, valueOf(bad)), QStringList{u"sentiment"_s}) << bad;
}

TEST(AnswerSingleChoice, RequiredMeansPresentAndNotNull)
{
    EXPECT_EQ(errorsFor(choiceField(FieldKind::SingleChoice, true), QJsonValue::Undefined),
              QStringList{u"sentiment"_s});
    EXPECT_EQ(errorsFor(choiceField(FieldKind::SingleChoice, true), QJsonValue::Null), QStringList{u"sentiment"_s});
    EXPECT_EQ(errorsFor(choiceField(FieldKind::SingleChoice, false), QJsonValue::Undefined), kNone);
    EXPECT_EQ(errorsFor(choiceField(FieldKind::SingleChoice, false), QJsonValue::Null), kNone);
}

TEST(AnswerMultiChoice, AcceptsDistinctOptionValues)
{
    const FormField optional = choiceField(FieldKind::MultiChoice, false);
    EXPECT_EQ(errorsFor(optional, valueOf(R"(["pos", "mixed"])")), kNone);
    EXPECT_EQ(errorsFor(optional, valueOf(R"(["neg"])")), kNone);
    EXPECT_EQ(errorsFor(optional, valueOf("[]")), kNone);
    EXPECT_EQ(errorsFor(optional, valueOf(R"(["pos", "pos"])")), QStringList{u"topics[1]"_s});
    EXPECT_EQ(errorsFor(optional, valueOf(R"(["pos", "other", 3])")), (QStringList{u"topics[1]"_s, u"topics[2]"_s}));
    EXPECT_EQ(errorsFor(optional, valueOf(R"("pos")")), QStringList{u"topics"_s});
}

TEST(AnswerMultiChoice, EmptyChoiceOnlyWhenOptional)
{
    const FormField required = choiceField(FieldKind::MultiChoice, true);
    EXPECT_EQ(errorsFor(required, valueOf("[]")), QStringList{u"topics"_s});
    EXPECT_EQ(errorsFor(required, valueOf(R"(["neg"])")), kNone);
    EXPECT_EQ(errorsFor(required, QJsonValue::Undefined), QStringList{u"topics"_s});
}

// --- rating ---

TEST(AnswerRating, BoundsAreInclusiveOnBothSides)
{
    const FormField field = ratingField(1, 5);
    EXPECT_EQ(errorsFor(field, 0), QStringList{u"quality"_s});
    EXPECT_EQ(errorsFor(field, 1), kNone);
    EXPECT_EQ(errorsFor(field, 5), kNone);
    EXPECT_EQ(errorsFor(field, 6), QStringList{u"quality"_s});

    const FormField signedScale = ratingField(-2, 2);
    EXPECT_EQ(errorsFor(signedScale, -3), QStringList{u"quality"_s});
    EXPECT_EQ(errorsFor(signedScale, -2), kNone);
    EXPECT_EQ(errorsFor(signedScale, 2), kNone);
    EXPECT_EQ(errorsFor(signedScale, 3), QStringList{u"quality"_s});
}

TEST(AnswerRating, RejectsEverythingThatIsNotAWholeNumber)
{
    const FormField field = ratingField(1, 5);
    for (const char *bad :
         {"1.5", "4.999", R"("3")", "true", "[3]", R"({"rating": 3})", "1e300", "-9223372036854775809"})
        EXPECT_EQ(errorsFor(field, valueOf(bad)), QStringList{u"quality"_s}) << bad;
    // JSON does not tell 3 from 3.0; both are the whole number three.
    EXPECT_EQ(errorsFor(field, valueOf("3.0")), kNone);
}

// --- text ---

TEST(AnswerText, LengthBoundsCountCodePointsNotUtf16Units)
{
    const FormField field = textField(false, 3, 5);
    EXPECT_EQ(errorsFor(field, u"ab"_s), QStringList{u"comment"_s});
    EXPECT_EQ(errorsFor(field, u"abc"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"abcde"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"abcdef"_s), QStringList{u"comment"_s});
    // Two-byte and three-byte UTF-8 characters count once.
    EXPECT_EQ(errorsFor(field, u"éé"_s), QStringList{u"comment"_s});
    EXPECT_EQ(errorsFor(field, u"日本語"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"日本語日本"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"日本語日本語"_s), QStringList{u"comment"_s});
    // Astral characters are two UTF-16 units but one character: 2 emoji (4 units) are too short,
    // 5 emoji (10 units) fit, 6 do not.
    EXPECT_EQ(errorsFor(field, u"😀😀"_s), QStringList{u"comment"_s});
    EXPECT_EQ(errorsFor(field, u"😀😀😀"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"😀😀😀😀😀"_s), kNone);
    EXPECT_EQ(errorsFor(field, u"😀😀😀😀😀😀"_s), QStringList{u"comment"_s});
}

TEST(AnswerText, RequiredMeansNonBlank)
{
    const FormField required = textField(true, std::nullopt, std::nullopt);
    EXPECT_EQ(errorsFor(required, u"x"_s), kNone);
    for (const QString &blank : {u""_s, u"   "_s, u"\n\t"_s, u"\u200B"_s, u"\u00A0"_s})
        EXPECT_EQ(errorsFor(required, blank), QStringList{u"comment"_s}) << blank.toStdString();
    EXPECT_EQ(errorsFor(required, QJsonValue::Undefined), QStringList{u"comment"_s});

    const FormField optional = textField(false, 3, std::nullopt);
    EXPECT_EQ(errorsFor(optional, u""_s), kNone); // left empty: not answered, so no minimum applies
    EXPECT_EQ(errorsFor(optional, QJsonValue::Undefined), kNone);
}

TEST(AnswerText, RejectsNonStrings)
{
    const FormField field = textField(false, std::nullopt, std::nullopt);
    for (const char *bad : {"5", "true", R"(["a"])", R"({"text": "a"})"})
        EXPECT_EQ(errorsFor(field, valueOf(bad)), QStringList{u"comment"_s}) << bad;
}

// --- pairwise ---

TEST(AnswerPairwise, NeedsAChoiceAndAJustification)
{
    const FormField field = plainField(u"compare"_s, FieldKind::Pairwise, true);
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "a", "justification": "clearer steps"})")), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "b", "justification": "x"})")), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "tie", "justification": "both fine"})")), kNone);

    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "a"})")), QStringList{u"compare.justification"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "a", "justification": "  "})")),
              QStringList{u"compare.justification"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "a", "justification": 1})")),
              QStringList{u"compare.justification"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"justification": "why"})")), QStringList{u"compare.choice"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "A", "justification": "why"})")),
              QStringList{u"compare.choice"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "left", "justification": "why"})")),
              QStringList{u"compare.choice"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"choice": "a", "justification": "why", "score": 3})")),
              QStringList{u"compare.score"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"("a")")), QStringList{u"compare"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({})")), (QStringList{u"compare.choice"_s, u"compare.justification"_s}));
}

// --- correction ---

TEST(AnswerCorrection, AnyStringIsAnEditButTheItemNeedsItsText)
{
    const QJsonObject item = jsonObject(R"({"text": "Teh cat"})");
    const FormField required = plainField(u"fixed"_s, FieldKind::Correction, true);
    EXPECT_EQ(errorsFor(required, u"The cat"_s, item), kNone);
    EXPECT_EQ(errorsFor(required, u"Teh cat"_s, item), kNone); // unchanged is still an answer
    EXPECT_EQ(errorsFor(required, u""_s, item), kNone);
    EXPECT_EQ(errorsFor(required, QJsonValue::Undefined, item), QStringList{u"fixed"_s});
    EXPECT_EQ(errorsFor(required, valueOf("42"), item), QStringList{u"fixed"_s});

    EXPECT_EQ(errorsFor(required, u"The cat"_s, QJsonObject()), QStringList{u"fixed"_s});
    EXPECT_EQ(errorsFor(required, u"The cat"_s, jsonObject(R"({"text": 7})")), QStringList{u"fixed"_s});

    FormField otherKey = required;
    otherKey.sourceKey = u"response"_s;
    EXPECT_EQ(errorsFor(otherKey, u"x"_s, jsonObject(R"({"response": "y"})")), kNone);
    EXPECT_EQ(errorsFor(otherKey, u"x"_s, item), QStringList{u"fixed"_s});
}

// --- spans ---

namespace {
QJsonObject nerItem()
{
    return QJsonObject{{u"text"_s, u"Ada works at ACME"_s}}; // 17 UTF-16 units
}
} // namespace

TEST(AnswerSpans, OffsetsRunFromZeroToTheTextLength)
{
    const FormField field = spansField(false);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 3, "label": "PER"}])"), nerItem()), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 13, "end": 17, "label": "ORG"}])"), nerItem()), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 17, "label": "ORG"}])"), nerItem()), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 13, "end": 18, "label": "ORG"}])"), nerItem()),
              QStringList{u"entities[0].end"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": -1, "end": 3, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].start"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 16, "end": 17, "label": "ORG"}])"), nerItem()), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 17, "end": 18, "label": "ORG"}])"), nerItem()),
              (QStringList{u"entities[0].start"_s, u"entities[0].end"_s}));
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 3, "end": 3, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].end"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 5, "end": 2, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].end"_s});
}

TEST(AnswerSpans, OverlapsAreFineExactDuplicatesAreNot)
{
    const FormField field = spansField(false);
    EXPECT_EQ(errorsFor(field,
                        valueOf(R"([{"start": 0, "end": 3, "label": "PER"}, {"start": 0, "end": 9, "label": "ORG"}])"),
                        nerItem()),
              kNone);
    EXPECT_EQ(errorsFor(field,
                        valueOf(R"([{"start": 0, "end": 3, "label": "PER"}, {"start": 0, "end": 3, "label": "ORG"}])"),
                        nerItem()),
              kNone);
    EXPECT_EQ(errorsFor(field,
                        valueOf(R"([{"start": 0, "end": 3, "label": "PER"}, {"start": 13, "end": 17, "label": "ORG"},
                                          {"start": 0, "end": 3, "label": "PER"}])"),
                        nerItem()),
              QStringList{u"entities[2]"_s});
}

TEST(AnswerSpans, RejectsWrongShapesAndLabels)
{
    const FormField field = spansField(false);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 3, "label": "LOC"}])"), nerItem()),
              QStringList{u"entities[0].label"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 3}])"), nerItem()), QStringList{u"entities[0].label"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0.5, "end": 3, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].start"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": "0", "end": 3, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].start"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"end": 3, "label": "PER"}])"), nerItem()),
              QStringList{u"entities[0].start"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 3, "label": "PER", "text": "Ada"}])"), nerItem()),
              QStringList{u"entities[0].text"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([[0, 3, "PER"]])"), nerItem()), QStringList{u"entities[0]"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"({"start": 0, "end": 3, "label": "PER"})"), nerItem()),
              QStringList{u"entities"_s});
}

TEST(AnswerSpans, OffsetsAreUtf16UnitsAndNeverSplitACharacter)
{
    const FormField field = spansField(false);
    const QJsonObject item{{u"text"_s, u"😀 Ada"_s}}; // the emoji is units 0-1, "Ada" is 3-6
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 3, "end": 6, "label": "PER"}])"), item), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 2, "label": "ORG"}])"), item), kNone);
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 1, "end": 3, "label": "ORG"}])"), item),
              QStringList{u"entities[0].start"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 0, "end": 1, "label": "ORG"}])"), item),
              QStringList{u"entities[0].end"_s});
    EXPECT_EQ(errorsFor(field, valueOf(R"([{"start": 3, "end": 7, "label": "PER"}])"), item),
              QStringList{u"entities[0].end"_s});
}

TEST(AnswerSpans, RequiredMeansPresentAndTheItemMustHaveText)
{
    const FormField required = spansField(true);
    EXPECT_EQ(errorsFor(required, valueOf("[]"), nerItem()), kNone); // nothing to label is an answer
    EXPECT_EQ(errorsFor(required, QJsonValue::Undefined, nerItem()), QStringList{u"entities"_s});
    EXPECT_EQ(errorsFor(required, valueOf(R"([{"start": 0, "end": 3, "label": "PER"}])"), QJsonObject()),
              QStringList{u"entities"_s});
    EXPECT_EQ(errorsFor(spansField(false), QJsonValue::Undefined, jsonObject(R"({"body": "x"})")),
              QStringList{u"entities"_s});
}

// --- whole answers ---

TEST(AnswerForm, UnknownFieldsAreErrorsNeverDropped)
{
    const AnswerForm form({choiceField(FieldKind::SingleChoice, false)});
    const auto errors = form.validateAnswer(jsonObject(R"({"sentiment": "pos", "sentimnet": "neg", "": 1})"), {});
    EXPECT_EQ(fieldsOf(errors), (QStringList{u""_s, u"sentimnet"_s}));
}

TEST(AnswerForm, ReportsEveryProblemOfAnAnswerAtOnce)
{
    const AnswerForm form({choiceField(FieldKind::SingleChoice, true), ratingField(1, 5),
                           textField(true, std::nullopt, 10), spansField(false)});
    ASSERT_TRUE(form.validateDefinition().ok());
    const QJsonObject good = jsonObject(
            R"({"sentiment": "neg", "quality": 2, "comment": "ok", "entities": [{"start": 0, "end": 3, "label": "PER"}]})");
    EXPECT_TRUE(form.validateAnswer(good, nerItem()).isEmpty());
    const QJsonObject bad =
            jsonObject(R"({"quality": 9, "comment": "much too long", "entities": [{"start": 0, "end": 99,
                                           "label": "PER"}], "extra": true})");
    EXPECT_EQ(fieldsOf(form.validateAnswer(bad, nerItem())),
              (QStringList{u"sentiment"_s, u"quality"_s, u"comment"_s, u"entities[0].end"_s, u"extra"_s}));
}

// --- form definitions ---

TEST(FormDefinition, EveryKindWithSaneSettingsIsWellMade)
{
    FormField correction = plainField(u"fixed"_s, FieldKind::Correction, false);
    const AnswerForm form({choiceField(FieldKind::SingleChoice, true), choiceField(FieldKind::MultiChoice, false),
                           ratingField(0, 10), textField(false, 0, 1),
                           plainField(u"compare"_s, FieldKind::Pairwise, true), correction, spansField(true)});
    EXPECT_TRUE(form.validateDefinition().ok());
}

TEST(FormDefinition, NeedsAtLeastOneFieldAndAtMostTheLimit)
{
    const Status empty = AnswerForm().validateDefinition();
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(fieldsOf(empty.error().fieldErrors), QStringList{u"form"_s});

    QList<FormField> fields;
    for (int i = 0; i < kMaxFormFields; ++i)
        fields.append(plainField(u"f%1"_s.arg(i), FieldKind::Correction, false));
    EXPECT_TRUE(AnswerForm(fields).validateDefinition().ok());
    fields.append(plainField(u"one_more"_s, FieldKind::Correction, false));
    EXPECT_EQ(errorFields(AnswerForm(fields).validateDefinition()), QStringList{u"form"_s});
}

TEST(FormDefinition, NamesAreUniqueLowercaseIdentifiers)
{
    for (const QString &bad : {u""_s, u"Comment"_s, u"two words"_s, u"naïve"_s, u"a-b"_s, u"x;drop"_s,
                               QString(kMaxFieldNameLength + 1, u'a')}) {
        const AnswerForm form({plainField(bad, FieldKind::Correction, false)});
        EXPECT_EQ(errorFields(form.validateDefinition()), QStringList{u"form[0].name"_s}) << bad.toStdString();
    }
    EXPECT_TRUE(AnswerForm({plainField(QString(kMaxFieldNameLength, u'a'), FieldKind::Correction, false)})
                        .validateDefinition()
                        .ok());
    EXPECT_TRUE(AnswerForm({plainField(u"a_1"_s, FieldKind::Correction, false)}).validateDefinition().ok());
    const AnswerForm twice({plainField(u"a"_s, FieldKind::Correction, false),
                            plainField(u"b"_s, FieldKind::Pairwise, false),
                            plainField(u"a"_s, FieldKind::Pairwise, false)});
    EXPECT_EQ(errorFields(twice.validateDefinition()), QStringList{u"form[2].name"_s});
}

TEST(FormDefinition, ChoiceFieldsNeedTwoDistinctNonEmptyOptions)
{
    FormField field = choiceField(FieldKind::SingleChoice, true);
    field.options = {{u"only"_s, u"Only"_s}};
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].options"_s});
    field.options.append({u"other"_s, u"Other"_s});
    EXPECT_TRUE(AnswerForm({field}).validateDefinition().ok());
    field.options.append({u"only"_s, u"Again"_s});
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].options[2].value"_s});
    field.options = {{u""_s, u"Empty"_s}, {u"x"_s, u"X"_s}};
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].options[0].value"_s});

    FormField multi = choiceField(FieldKind::MultiChoice, false);
    multi.options.clear();
    EXPECT_EQ(errorFields(AnswerForm({multi}).validateDefinition()), QStringList{u"form[0].options"_s});
}

TEST(FormDefinition, RatingNeedsMinBelowMaxWithinTheStepLimit)
{
    EXPECT_EQ(errorFields(AnswerForm({ratingField(3, 3)}).validateDefinition()), QStringList{u"form[0].max"_s});
    EXPECT_EQ(errorFields(AnswerForm({ratingField(5, 1)}).validateDefinition()), QStringList{u"form[0].max"_s});
    EXPECT_TRUE(AnswerForm({ratingField(3, 4)}).validateDefinition().ok());
    EXPECT_TRUE(AnswerForm({ratingField(0, kMaxRatingSteps)}).validateDefinition().ok());
    EXPECT_EQ(errorFields(AnswerForm({ratingField(0, kMaxRatingSteps + 1)}).validateDefinition()),
              QStringList{u"form[0].max"_s});
    EXPECT_EQ(errorFields(AnswerForm({ratingField(std::numeric_limits<int>::min(), std::numeric_limits<int>::max())})
                                  .validateDefinition()),
              QStringList{u"form[0].max"_s});
}

TEST(FormDefinition, TextBoundsMustBeOrdered)
{
    EXPECT_TRUE(AnswerForm({textField(false, 4, 4)}).validateDefinition().ok());
    EXPECT_EQ(errorFields(AnswerForm({textField(false, 5, 4)}).validateDefinition()),
              QStringList{u"form[0].max_length"_s});
    EXPECT_EQ(errorFields(AnswerForm({textField(false, -1, std::nullopt)}).validateDefinition()),
              QStringList{u"form[0].min_length"_s});
    EXPECT_EQ(errorFields(AnswerForm({textField(false, std::nullopt, 0)}).validateDefinition()),
              QStringList{u"form[0].max_length"_s});
    EXPECT_TRUE(AnswerForm({textField(false, 0, std::nullopt)}).validateDefinition().ok());
}

TEST(FormDefinition, SpansNeedDistinctLabelsAndASourceKey)
{
    FormField field = spansField(false);
    field.spanLabels = {};
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].labels"_s});
    field.spanLabels = {u"PER"_s};
    EXPECT_TRUE(AnswerForm({field}).validateDefinition().ok());
    field.spanLabels = {u"PER"_s, u"ORG"_s, u"PER"_s};
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].labels[2]"_s});
    field.spanLabels = {u"PER"_s};
    field.sourceKey.clear();
    EXPECT_EQ(errorFields(AnswerForm({field}).validateDefinition()), QStringList{u"form[0].source_key"_s});
}

// --- JSON ---

TEST(FormJson, EveryKindRoundTripsThroughText)
{
    FormField correction = plainField(u"fixed"_s, FieldKind::Correction, true);
    correction.sourceKey = u"response_a"_s;
    const AnswerForm form({choiceField(FieldKind::SingleChoice, true), choiceField(FieldKind::MultiChoice, false),
                           ratingField(-3, 3), textField(false, 2, 300), textField(true, std::nullopt, std::nullopt),
                           plainField(u"compare"_s, FieldKind::Pairwise, true), correction, spansField(true)});
    const QJsonArray json = form.toJson();
    const QJsonArray wire = QJsonDocument::fromJson(QJsonDocument(json).toJson()).array();
    const Result<AnswerForm> back = AnswerForm::fromJson(wire);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(*back, form);
}

TEST(FormJson, WritesTheDocumentedKeys)
{
    const QJsonObject rating = ratingField(1, 5).toJson();
    EXPECT_EQ(rating, jsonObject(R"({"name": "quality", "kind": "rating", "label": "Quality", "required": true,
                                     "min": 1, "max": 5})"));
    const QJsonObject text = textField(false, std::nullopt, 10).toJson();
    EXPECT_EQ(text, jsonObject(R"({"name": "comment", "kind": "text", "label": "Comment", "required": false,
                                   "max_length": 10})"));
    const QJsonObject spans = spansField(false).toJson();
    EXPECT_EQ(spans.value(u"labels"_s).toArray(), jsonArray(R"(["PER", "ORG"])"));
    EXPECT_EQ(spans.value(u"source_key"_s).toString(), u"text"_s);
}

TEST(FormJson, FromJsonNamesEveryBadKey)
{
    const QJsonArray json = jsonArray(R"([
        {"name": "a", "kind": "dropdown", "label": "A", "required": true},
        {"kind": "text", "label": "B", "required": "yes"},
        {"name": "c", "kind": "text", "label": "C", "required": false, "options": [], "min_length": "3"},
        {"name": "d", "kind": "rating", "label": "D", "required": true, "min": 1.5},
        {"name": "e", "kind": "single_choice", "label": "E", "required": true, "options": [{"value": "x"}, 7]},
        {"name": "f", "kind": "spans", "label": "F", "required": true, "labels": ["PER", 1], "source_key": 3},
        "not an object"
    ])");
    const Result<AnswerForm> form = AnswerForm::fromJson(json);
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().code, ErrorCode::Validation);
    EXPECT_EQ(errorFields(form),
              (QStringList{u"form[0].kind"_s, u"form[1].name"_s, u"form[1].required"_s, u"form[2].options"_s,
                           u"form[2].min_length"_s, u"form[3].min"_s, u"form[3].max"_s, u"form[4].options[0].label"_s,
                           u"form[4].options[1]"_s, u"form[5].labels[1]"_s, u"form[5].source_key"_s, u"form[6]"_s}));
}

TEST(FormJson, ShapeIsCheckedButMeaningIsLeftToValidateDefinition)
{
    const Result<AnswerForm> form = AnswerForm::fromJson(jsonArray(
            R"([{"name": "Bad Name", "kind": "rating", "label": "", "required": false, "min": 5, "max": 1}])"));
    ASSERT_TRUE(form.ok());
    EXPECT_EQ(errorFields(form->validateDefinition()), (QStringList{u"form[0].name"_s, u"form[0].max"_s}));
}
