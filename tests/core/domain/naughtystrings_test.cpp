#include "core/domain/account.h"
#include "core/domain/answer.h"
#include "core/domain/conflict.h"
#include "core/domain/form.h"
#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "core/domain/task.h"

#include "tests/core/domain/domaintestutil.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::TestUtil;
using namespace Qt::StringLiterals;

// Every entry of the Big List of Naughty Strings (tests/data/naughty) goes through answer
// validation and the JSON readers: nothing may crash, strings are kept exactly, and a string that
// is not a legal value is refused with an error naming the field.
class NaughtyStrings : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "missing fixture blns.json";
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : array)
            s_strings << value.toString();
    }

    static AnswerForm form()
    {
        FormField choice;
        choice.name = u"choice"_s;
        choice.kind = FieldKind::SingleChoice;
        choice.label = u"Choice"_s;
        choice.options = {{u"yes"_s, u"Yes"_s}, {u"no"_s, u"No"_s}};
        FormField text;
        text.name = u"note"_s;
        text.kind = FieldKind::Text;
        text.label = u"Note"_s;
        text.maxLength = 100'000;
        FormField correction;
        correction.name = u"fixed"_s;
        correction.kind = FieldKind::Correction;
        correction.label = u"Fixed"_s;
        return AnswerForm({choice, text, correction});
    }

    static inline QStringList s_strings;
};

TEST_F(NaughtyStrings, TheListIsLoaded)
{
    EXPECT_GT(s_strings.size(), 500);
    EXPECT_TRUE(s_strings.contains(u"' OR '1'='1"_s));
}

TEST_F(NaughtyStrings, AnyTextIsAValidTextOrCorrectionAnswer)
{
    const AnswerForm answerForm = form();
    const QJsonObject item{{u"text"_s, u"original"_s}};
    for (const QString &naughty : std::as_const(s_strings)) {
        const QJsonObject fields{{u"note"_s, naughty}, {u"fixed"_s, naughty}};
        EXPECT_EQ(fieldsOf(answerForm.validateAnswer(fields, item)), QStringList()) << naughty.toStdString();
    }
}

TEST_F(NaughtyStrings, RequiredTextRefusesOnlyInvisibleText)
{
    FormField required;
    required.name = u"note"_s;
    required.kind = FieldKind::Text;
    required.label = u"Note"_s;
    required.required = true;
    const AnswerForm answerForm({required});
    int refused = 0;
    for (const QString &naughty : std::as_const(s_strings)) {
        const QStringList errors = fieldsOf(answerForm.validateAnswer({{u"note"_s, naughty}}, {}));
        bool hasLetterOrDigit = false;
        for (const QChar c : naughty)
            hasLetterOrDigit = hasLetterOrDigit || c.isLetterOrNumber();
        if (hasLetterOrDigit) {
            EXPECT_EQ(errors, QStringList()) << naughty.toStdString();
        } else if (!errors.isEmpty()) {
            EXPECT_EQ(errors, QStringList{u"note"_s}) << naughty.toStdString();
        }
        refused += errors.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(refused, 2); // at least "" and the whitespace-only entries
}

TEST_F(NaughtyStrings, ChoiceValuesOutsideTheOptionsAreRefused)
{
    const AnswerForm answerForm = form();
    for (const QString &naughty : std::as_const(s_strings)) {
        const QStringList errors =
                fieldsOf(answerForm.validateAnswer({{u"choice"_s, naughty}}, {{u"text"_s, u"source"_s}}));
        if (naughty == u"yes" || naughty == u"no") {
            EXPECT_EQ(errors, QStringList()) << naughty.toStdString();
        } else {
            EXPECT_EQ(errors, QStringList{u"choice"_s}) << naughty.toStdString();
        }
    }
}

TEST_F(NaughtyStrings, NaughtyOptionValuesAreMatchedExactly)
{
    for (const QString &naughty : std::as_const(s_strings)) {
        if (naughty.isEmpty())
            continue;
        FormField choice;
        choice.name = u"choice"_s;
        choice.kind = FieldKind::MultiChoice;
        choice.label = naughty;
        choice.options = {{naughty, naughty}, {naughty + u'x', u"other"_s}};
        const AnswerForm answerForm({choice});
        ASSERT_TRUE(answerForm.validateDefinition().ok()) << naughty.toStdString();
        const QJsonObject fields{{u"choice"_s, QJsonArray{naughty}}};
        EXPECT_TRUE(answerForm.validateAnswer(fields, {}).isEmpty()) << naughty.toStdString();
        const QJsonObject near{{u"choice"_s, QJsonArray{QString(naughty + u' ')}}};
        EXPECT_EQ(fieldsOf(answerForm.validateAnswer(near, {})), QStringList{u"choice[0]"_s}) << naughty.toStdString();

        const Result<AnswerForm> back =
                AnswerForm::fromJson(QJsonDocument::fromJson(QJsonDocument(answerForm.toJson()).toJson()).array());
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(*back, answerForm) << naughty.toStdString();
    }
}

TEST_F(NaughtyStrings, NaughtyKeysAndValuesInAnswersNeverCrash)
{
    const AnswerForm answerForm = form();
    for (const QString &naughty : std::as_const(s_strings)) {
        const QJsonObject fields{{naughty, naughty}};
        const QStringList errors = fieldsOf(answerForm.validateAnswer(fields, {{u"text"_s, naughty}}));
        if (naughty == u"choice")
            continue;
        if (answerForm.field(naughty) == nullptr) {
            EXPECT_TRUE(errors.contains(naughty)) << naughty.toStdString();
        }
    }
}

TEST_F(NaughtyStrings, FreeTextSurvivesTheWireExactly)
{
    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.form = form();
    revision.payCents = 10;
    revision.estimateSeconds = 30;
    for (const QString &naughty : std::as_const(s_strings)) {
        revision.title = naughty;
        revision.instructions = naughty + u'\n' + naughty;
        revision.skills = {naughty};
        const Result<TaskRevision> back = TaskRevision::fromJson(throughText(revision.toJson()));
        ASSERT_TRUE(back.ok()) << naughty.toStdString();
        EXPECT_EQ(*back, revision) << naughty.toStdString();

        const Vote vote{newId(), newId(), {}, Fault::Worker, naughty, {}};
        EXPECT_EQ(*Vote::fromJson(throughText(vote.toJson())), vote);
    }
}

TEST_F(NaughtyStrings, NoNaughtyStringPassesAsAnIdATimeOrAnEnumName)
{
    for (const QString &naughty : std::as_const(s_strings)) {
        EXPECT_FALSE(isValidId(naughty)) << naughty.toStdString();
        EXPECT_FALSE(parseWireTime(naughty).isValid()) << naughty.toStdString();
        EXPECT_FALSE(parseFieldKind(naughty).ok()) << naughty.toStdString();
        EXPECT_FALSE(parseFault(naughty).ok()) << naughty.toStdString();

        Answer answer;
        answer.id = newId();
        answer.itemId = newId();
        answer.taskId = newId();
        answer.workerId = newId();
        answer.revisionId = newId();
        answer.submittedAt = QDateTime::currentDateTimeUtc();
        for (const QString &key : {u"id"_s, u"worker_id"_s, u"status"_s, u"submitted_at"_s}) {
            QJsonObject json = answer.toJson();
            json.insert(key, naughty);
            EXPECT_EQ(errorFields(Answer::fromJson(json)), QStringList{key}) << naughty.toStdString();
        }
    }
}

TEST_F(NaughtyStrings, FormFieldNamesAndUsernamesAcceptOnlyTheirAlphabet)
{
    const auto onlyFrom = [](const QString &text, QStringView alphabet) {
        for (const QChar c : text) {
            if (!alphabet.contains(c))
                return false;
        }
        return true;
    };
    for (const QString &naughty : std::as_const(s_strings)) {
        QJsonObject json{{u"name"_s, naughty}, {u"kind"_s, u"text"_s}, {u"label"_s, naughty}, {u"required"_s, false}};
        const Result<FormField> field = FormField::fromJson(json);
        ASSERT_TRUE(field.ok()) << naughty.toStdString(); // the shape is fine; the name is judged next
        const bool accepted = AnswerForm({*field}).validateDefinition().ok();
        if (accepted) {
            EXPECT_TRUE(onlyFrom(naughty, u"abcdefghijklmnopqrstuvwxyz0123456789_")) << naughty.toStdString();
        }

        if (validateUsername(naughty).ok()) {
            EXPECT_TRUE(onlyFrom(naughty, u"abcdefghijklmnopqrstuvwxyz0123456789._-")) << naughty.toStdString();
            EXPECT_GE(naughty.size(), 3);
            EXPECT_LE(naughty.size(), 32);
        }
    }
}
