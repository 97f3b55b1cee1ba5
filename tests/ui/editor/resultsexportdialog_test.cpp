// The results export of the requester's "My tasks" page, over the mirror of a real demo marketplace:
// the dialog writes the files a user asks for, and says how fresh its data is.
#include "core/io/labelstudio.h"
#include "core/quality/delimitedtext.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/editor/resultsexportdialog.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void chooseFormat(ResultsExportDialog &dialog, ResultsFormat format)
{
    QComboBox *combo = dialog.formatCombo();
    combo->setCurrentIndex(combo->findData(resultsFormatName(format)));
}

void typeFileName(ResultsExportDialog &dialog, const QString &path)
{
    QLineEdit *edit = dialog.fileEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, path);
}

class ResultsExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_market.ok());
        m_desk = m_market.signIn(u"ada"_s, {.debounce = std::chrono::milliseconds(500),
                                            .requestTimeout = std::chrono::milliseconds(5000)});
        ASSERT_TRUE(m_desk.engine && !m_desk.accountId.isEmpty());

        // The demo requester's task that has answers: two approved, one rejected with its panel open.
        const auto answers = m_desk.store->list(u"answer"_s);
        ASSERT_TRUE(answers.ok());
        ASSERT_FALSE(answers->isEmpty());
        m_taskId = answers->first().data.value(u"task_id"_s).toString();
        for (const StoredEntity &answer : *answers) {
            if (answer.data.value(u"task_id"_s).toString() == m_taskId)
                m_answers.append(answer.data);
        }
    }

    QTemporaryDir m_dir;
    Testing::DemoMarket m_market;
    Testing::DemoDesk m_desk;
    QString m_taskId;
    QList<QJsonObject> m_answers;
};

TEST_F(ResultsExportDialogTest, WritesPerItemCsvAndPerAnswerJsonLinesFromTheMirror)
{
    ResultsExportDialog dialog(*m_desk.store, m_taskId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.perItemButton()->isEnabled());
    EXPECT_TRUE(dialog.perItemButton()->isChecked());
    EXPECT_TRUE(dialog.summaryText().contains(u"%1 answer"_s.arg(m_answers.size())))
            << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.freshnessLabelText().contains(u"last synced"_s));
    EXPECT_TRUE(dialog.fileName().endsWith(u"-results.csv"_s)) << dialog.fileName().toStdString();

    // Per item, CSV, by keyboard and mouse.
    const QString csvPath = m_dir.filePath(u"out/results.csv"_s);
    QDir().mkpath(m_dir.filePath(u"out"_s));
    typeFileName(dialog, csvPath);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.statusText().contains(u"results.csv"_s)) << dialog.statusText().toStdString();
    const Result<DelimitedText> table = DelimitedText::parse(readAll(csvPath), u"results.csv"_s);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->fieldText(0, 0), u"item_id"_s);
    ASSERT_EQ(table->rowCount(), m_answers.size() + 1); // overlap 1: one answer per item
    for (qsizetype row = 1; row < table->rowCount(); ++row) {
        const QString itemId = table->fieldText(row, 0);
        const auto answer = std::find_if(m_answers.cbegin(), m_answers.cend(), [&](const QJsonObject &a) {
            return a.value(u"item_id"_s).toString() == itemId;
        });
        ASSERT_NE(answer, m_answers.cend()) << itemId.toStdString();
        EXPECT_EQ(table->fieldText(row, 1),
                  answer->value(u"fields"_s).toObject().value(table->fieldText(row, 4)).toString());
        EXPECT_EQ(table->fieldText(row, 6), u"single"_s);
        EXPECT_EQ(table->fieldText(row, 7), answer->value(u"worker_pseudonym"_s).toString());
    }

    // Per answer, JSON Lines: the suffix follows the choice, and every answer is there with its review.
    dialog.show();
    dialog.perAnswerButton()->click();
    chooseFormat(dialog, ResultsFormat::Jsonl);
    EXPECT_FALSE(dialog.spreadsheetSafeCheck()->isEnabled());
    EXPECT_EQ(dialog.fileName(), QDir::toNativeSeparators(m_dir.filePath(u"out/results.jsonl"_s)));
    ASSERT_TRUE(dialog.exportToFile().ok()) << dialog.statusText().toStdString();
    const QList<QByteArray> lines = readAll(dialog.fileName()).split('\n');
    ASSERT_EQ(lines.size(), m_answers.size() + 1); // the last line ends too
    QStringList reviews;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            reviews << QJsonDocument::fromJson(line).object().value(u"review"_s).toString();
    }
    reviews.sort();
    EXPECT_EQ(reviews, (QStringList{u"approved"_s, u"approved"_s, u"rejected"_s}));

    // Label Studio: a file the importer takes back.
    chooseFormat(dialog, ResultsFormat::LabelStudio);
    EXPECT_TRUE(dialog.fileName().endsWith(u".json"_s));
    ASSERT_TRUE(dialog.exportToFile().ok()) << dialog.statusText().toStdString();
    const auto tasks = LabelStudioTasks::readFile(dialog.fileName());
    ASSERT_TRUE(tasks.ok()) << tasks.error().message.toStdString();
    qsizetype annotations = 0;
    for (const LabelStudioTask &task : *tasks)
        annotations += task.annotations.size();
    EXPECT_EQ(annotations, m_answers.size());

    // A file that cannot be written says so and leaves the dialog open.
    typeFileName(dialog, m_dir.filePath(u"no/such/folder/results.json"_s));
    EXPECT_FALSE(dialog.exportToFile().ok());
    EXPECT_TRUE(dialog.statusText().contains(u"could not be written"_s)) << dialog.statusText().toStdString();
    typeFileName(dialog, QString());
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
}

TEST_F(ResultsExportDialogTest, MyTasksOffersTheExportForPublishedTasksOnly)
{
    TaskEditorPage page(*m_desk.store, *m_desk.engine);
    page.resize(1100, 720);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    ASSERT_TRUE(page.selectTask(m_taskId));
    EXPECT_TRUE(page.exportResultsButton()->isEnabled());

    const QString path = m_dir.filePath(u"from-page.csv"_s);
    bool sawDialog = false;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<ResultsExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->setFileName(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.exportResultsButton(), Qt::LeftButton);
    EXPECT_TRUE(sawDialog);
    EXPECT_TRUE(readAll(path).startsWith("item_id,label,"));
    EXPECT_TRUE(page.statusText().contains(u"from-page.csv"_s)) << page.statusText().toStdString();

    page.newTask();
    EXPECT_FALSE(page.exportResultsButton()->isEnabled());
}

TEST(ResultsExportDialogText, FreshnessSaysHowLongAgo)
{
    const QDateTime now = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);
    EXPECT_TRUE(ResultsExportDialog::freshnessText({}, now).contains(u"not been synced"_s));
    EXPECT_TRUE(ResultsExportDialog::freshnessText(now.addSecs(-59), now).contains(u"just now"_s));
    EXPECT_TRUE(ResultsExportDialog::freshnessText(now.addSecs(-60), now).contains(u"1 minute"_s));
    EXPECT_TRUE(ResultsExportDialog::freshnessText(now.addSecs(-3599), now).contains(u"59 minute"_s));
    EXPECT_TRUE(ResultsExportDialog::freshnessText(now.addSecs(-3600), now).contains(u"1 hour"_s));
    EXPECT_TRUE(ResultsExportDialog::freshnessText(now.addDays(-3), now).contains(u"3 day"_s));
}

TEST_F(ResultsExportDialogTest, Screenshots)
{
    const QString directory = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "CHRYSALIS_SCREENSHOT_DIR is not set";
    QDir().mkpath(directory);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    for (const auto &[name, choice] :
         {std::pair{u"light"_s, ThemeChoice::Light}, std::pair{u"dark"_s, ThemeChoice::Dark}}) {
        applyTheme(*app, choice);
        ResultsExportDialog dialog(*m_desk.store, m_taskId);
        dialog.setFileName(u"/home/ada/Documents/sentiment-of-kitchen-appliance-reviews-results.csv"_s);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(10);
        EXPECT_TRUE(dialog.grab().save(QDir(directory).filePath(u"resultsexport-%1.png"_s.arg(name))));
    }
    applyTheme(*app, ThemeChoice::Light);
    TaskEditorPage page(*m_desk.store, *m_desk.engine);
    page.resize(1100, 720);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    ASSERT_TRUE(page.selectTask(m_taskId));
    QTest::qWait(10);
    EXPECT_TRUE(page.grab().save(QDir(directory).filePath(u"resultsexport-mytasks.png"_s)));
}

} // namespace
} // namespace Chrysalis
