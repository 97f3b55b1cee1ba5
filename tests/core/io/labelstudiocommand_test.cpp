// `chrysalis-server labelstudio …` on the real Label Studio files of tests/data/labelstudio.
#include "app/server/labelstudiocommand.h"

#include "core/domain/form.h"
#include "core/io/itemimport.h"
#include "tests/support/qtprinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

struct CommandRun {
    int exitCode;
    QString out;
    QString err;
};

CommandRun run(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runLabelStudioCommand(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

QString fixture(const QString &name)
{
    return QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/labelstudio/") + name;
}

class LabelStudioCommandTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path(name);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LabelStudioCommandTest, ConvertConfigPrintsTheFormOfATemplate)
{
    const CommandRun result = run({u"convert-config"_s, fixture(u"ls-templates-text-classification__config.yml"_s)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const auto form = AnswerForm::fromJson(QJsonDocument::fromJson(result.out.toUtf8()).array());
    ASSERT_TRUE(form.ok()) << result.out.toStdString();
    ASSERT_EQ(form->fields().size(), 1);
    EXPECT_EQ(form->fields().first().name, u"sentiment"_s);
    EXPECT_EQ(form->fields().first().kind, FieldKind::SingleChoice);
    EXPECT_EQ(form->fields().first().options.size(), 3);
    EXPECT_TRUE(form->validateDefinition().ok());
}

TEST_F(LabelStudioCommandTest, ConvertConfigListsTheTagsItCannotTake)
{
    const CommandRun result =
            run({u"convert-config"_s, fixture(u"ls-templates-generative-ai-llm-ranker__config.yml"_s)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains(u"line 22: <List name=\"answers\">"_s)) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"line 44: <Ranker name=\"rank\">"_s)) << result.err.toStdString();
}

TEST_F(LabelStudioCommandTest, ConvertConfigRefusesBrokenXmlAndBadUsage)
{
    const QString broken = write(u"broken.xml"_s, "<View>\n<Choices name=\"c\">");
    const CommandRun bad = run({u"convert-config"_s, broken});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"broken.xml"_s));
    EXPECT_EQ(run({u"convert-config"_s, path(u"missing.xml"_s)}).exitCode, 1);
    EXPECT_EQ(run({u"convert-config"_s}).exitCode, 2);
    EXPECT_EQ(run({u"convert-config"_s, broken, broken}).exitCode, 2);
    EXPECT_EQ(run({u"translate"_s}).exitCode, 2);
    EXPECT_EQ(run({}).exitCode, 2);
}

TEST_F(LabelStudioCommandTest, ImportTasksWritesItemsTheClientImports)
{
    const QString output = path(u"items.jsonl"_s);
    const CommandRun result =
            run({u"import-tasks"_s, fixture(u"lsf-examples-sentiment_analysis__tasks.json"_s), u"--output"_s, output});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"wrote 100 items"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"1 predictions"_s)) << result.out.toStdString();
    const auto items = ItemImport::readFile(output);
    ASSERT_TRUE(items.ok()) << items.error().describe().toStdString();
    ASSERT_EQ(items->size(), 100);
    EXPECT_EQ(items->first().value(u"reviewerID"_s).toString(), u"A2IBPI20UZIR0U"_s);
    EXPECT_EQ(items->first().value(u"helpful"_s).toArray().size(), 2);
    EXPECT_EQ(items->last().value(u"asin"_s).toString(), u"B000068NZC"_s);
}

TEST_F(LabelStudioCommandTest, ImportTasksTakesASingleExportedTask)
{
    const QString output = path(u"one.jsonl"_s);
    const CommandRun result =
            run({u"import-tasks"_s, fixture(u"ls-tests-samples__previous_export.json"_s), u"--output="_s + output});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const auto items = ItemImport::readFile(output);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().value(u"image"_s).toString(), u"https://pytest.labelstud.io/mypets.jpg"_s);
}

TEST_F(LabelStudioCommandTest, ImportTasksRefusesBadFilesWithoutWriting)
{
    const QString input = write(u"bad.json"_s, R"([{"data": {"text": "a"}}, {"data": 5}])");
    const QString output = path(u"items.jsonl"_s);
    const CommandRun result = run({u"import-tasks"_s, input, u"--output"_s, output});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"[1].data"_s)) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(output));
    EXPECT_EQ(run({u"import-tasks"_s, input}).exitCode, 2);
    EXPECT_EQ(run({u"import-tasks"_s, u"--output"_s, output}).exitCode, 2);
    EXPECT_EQ(run({u"import-tasks"_s, input, u"--output"_s, output, u"--output"_s, output}).exitCode, 2);
    EXPECT_EQ(run({u"import-tasks"_s, input, u"--into"_s, output}).exitCode, 2);
}

TEST_F(LabelStudioCommandTest, ExportConfigGivesALabelingConfigThatConvertsBack)
{
    const CommandRun converted =
            run({u"convert-config"_s, fixture(u"ls-templates-generative-ai-chatbot-assessment__config.yml"_s)});
    ASSERT_EQ(converted.exitCode, 0);
    const QString form = write(u"form.json"_s, converted.out.toUtf8());

    const CommandRun exported = run({u"export-config"_s, form, u"--show"_s, u"messages"_s});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(u"<Rating name=\"likert_scale\" toName=\"messages\" maxRating=\"7\"/>"_s))
            << exported.out.toStdString();
    const QString config = write(u"config.xml"_s, exported.out.toUtf8());
    const CommandRun back = run({u"convert-config"_s, config});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(back.out.toUtf8()), QJsonDocument::fromJson(converted.out.toUtf8()));
}

TEST_F(LabelStudioCommandTest, ExportConfigRefusesFormsLabelStudioCannotHold)
{
    const QString correction =
            write(u"fix.json"_s, R"([{"name": "fix", "kind": "correction", "label": "Fix", "required": true}])");
    const CommandRun refused = run({u"export-config"_s, correction, u"--show=text"_s});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"correction"_s)) << refused.err.toStdString();
    const QString notForm = write(u"not.json"_s, R"({"name": "x"})");
    EXPECT_EQ(run({u"export-config"_s, notForm, u"--show"_s, u"text"_s}).exitCode, 1);
    EXPECT_EQ(run({u"export-config"_s, correction}).exitCode, 2);
    EXPECT_EQ(run({u"export-config"_s, u"--show"_s, u"text"_s}).exitCode, 2);
}
