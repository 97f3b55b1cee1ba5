// The requester's task editor driven as a user would: keyboard and mouse over a real LocalStore, offline
// and against a real chrysalis-server with the demo marketplace.
#include "core/domain/form.h"
#include "core/io/itemimport.h"
#include "core/policy/policy.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

void clickButton(QWidget *parent, const QString &text)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text && button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    ADD_FAILURE() << "no visible button " << text.toStdString();
}

// Replaces the text of a line edit by typing, as a user would after selecting all.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void addFieldOfKind(TaskEditorPage &page, FieldKind kind)
{
    QComboBox *kinds = page.newFieldKindCombo();
    kinds->setCurrentIndex(kinds->findData(fieldKindName(kind)));
    clickButton(&page, u"Add field"_s);
}

// Fills a draft that passes validation: one single choice field from the start, plus the terms.
void fillValidDraft(TaskEditorPage &page, const QString &title)
{
    typeInto(page.titleEdit(), title);
    page.instructionsEdit()->setFocus();
    QTest::keyClicks(page.instructionsEdit(), u"Read the headline and say whether it is **clickbait**."_s);
    typeNumber(page.paySpin(), 30);
    typeNumber(page.estimateSpin(), 60);
    typeNumber(page.overlapSpin(), 2);
}

class TaskEditorOfflineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(*m_store);
        m_engine->setAutoRetry(false);
        m_page = std::make_unique<TaskEditorPage>(*m_store, *m_engine);
        m_page->setPolicy(Policy::defaults());
        m_page->resize(1100, 720);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<TaskEditorPage> m_page;
};

// The overlap's suffix agrees with the count in each language the client ships, both ways.
TEST(TaskEditorOverlapText, TheSuffixFollowsTheCountInEnglishGermanAndSpanish)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = LocalStore::open(dir.filePath(u"client.db"_s));
    ASSERT_TRUE(store.ok());
    SyncEngine engine(**store);
    struct Language {
        QString code;
        QString one;
        QString many;
    };
    const QList<Language> languages{{u"en"_s, u" answer per item"_s, u" answers per item"_s},
                                    {u"de"_s, u" Antwort pro Element"_s, u" Antworten pro Element"_s},
                                    {u"es"_s, u" respuesta por elemento"_s, u" respuestas por elemento"_s}};
    for (const Language &language : languages) {
        const QList<QTranslator *> translators =
                installClientTranslations(*QCoreApplication::instance(), QLocale(language.code));
        {
            TaskEditorPage page(**store, engine);
            QSpinBox *overlap = page.overlapSpin();
            overlap->setValue(1);
            EXPECT_EQ(overlap->text(), u"1"_s + language.one) << language.code.toStdString();
            overlap->setValue(2);
            EXPECT_EQ(overlap->text(), u"2"_s + language.many) << language.code.toStdString();
            overlap->setValue(1);
            EXPECT_EQ(overlap->suffix(), language.one) << language.code.toStdString();
            page.resize(1100, 720);
            Testing::saveShot(page, u"taskeditor-overlap-"_s + language.code);
        }
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

TEST_F(TaskEditorOfflineTest, AFormWithEveryKindIsBuiltAndItsSettingsReachTheRevision)
{
    TaskEditorPage &page = *m_page;
    page.tabs()->setCurrentIndex(1);
    for (FieldKind kind : {FieldKind::MultiChoice, FieldKind::Rating, FieldKind::Text, FieldKind::Pairwise,
                           FieldKind::Correction, FieldKind::Spans})
        addFieldOfKind(page, kind);
    ASSERT_EQ(page.fieldList()->count(), 7);

    // The spans field is selected (the last added): labels and the source key.
    page.spanLabelsEdit()->setFocus();
    page.spanLabelsEdit()->selectAll();
    QTest::keyClicks(page.spanLabelsEdit(), u"PERSON"_s);
    QTest::keyClick(page.spanLabelsEdit(), Qt::Key_Return);
    QTest::keyClicks(page.spanLabelsEdit(), u"PLACE"_s);
    typeInto(page.sourceKeyEdit(), u"sentence"_s);

    // The rating field: a 0–10 scale.
    page.fieldList()->setCurrentRow(2);
    typeNumber(page.ratingMinSpin(), 0);
    typeNumber(page.ratingMaxSpin(), 10);
    // The text field: 3 to 280 characters, optional.
    page.fieldList()->setCurrentRow(3);
    typeNumber(page.minLengthSpin(), 3);
    typeNumber(page.maxLengthSpin(), 280);
    QTest::mouseClick(page.fieldRequiredCheck(), Qt::LeftButton, {},
                      QPoint(5, page.fieldRequiredCheck()->height() / 2));
    // The multi choice field: a third option, then moved to the top; renamed.
    page.fieldList()->setCurrentRow(1);
    typeInto(page.fieldNameEdit(), u"tags"_s);
    clickButton(&page, u"Add option"_s);
    ASSERT_EQ(page.optionTable()->rowCount(), 3);
    page.optionTable()->setCurrentCell(2, 0);
    clickButton(&page, u"Move up"_s);
    clickButton(&page, u"Move up"_s);
    // And the pairwise field moved above the text field.
    page.fieldList()->setCurrentRow(4);
    clickButton(&page, u"Up"_s);

    const QList<FormField> fields = page.revision().form.fields();
    ASSERT_EQ(fields.size(), 7);
    EXPECT_EQ(fields.at(0).kind, FieldKind::SingleChoice);
    EXPECT_EQ(fields.at(1).name, u"tags"_s);
    ASSERT_EQ(fields.at(1).options.size(), 3);
    EXPECT_EQ(fields.at(1).options.at(0).value, u"option_3"_s);
    EXPECT_EQ(fields.at(1).options.at(1).value, u"yes"_s);
    EXPECT_EQ(fields.at(2).ratingMin, 0);
    EXPECT_EQ(fields.at(2).ratingMax, 10);
    EXPECT_EQ(fields.at(3).kind, FieldKind::Pairwise);
    EXPECT_EQ(fields.at(4).kind, FieldKind::Text);
    EXPECT_EQ(fields.at(4).minLength, 3);
    EXPECT_EQ(fields.at(4).maxLength, 280);
    EXPECT_FALSE(fields.at(4).required);
    EXPECT_EQ(fields.at(5).kind, FieldKind::Correction);
    EXPECT_EQ(fields.at(6).spanLabels, (QStringList{u"PERSON"_s, u"PLACE"_s}));
    EXPECT_EQ(fields.at(6).sourceKey, u"sentence"_s);
    EXPECT_TRUE(page.revision().form.validateDefinition().ok());
    EXPECT_TRUE(page.fieldError(u"form"_s).isEmpty()) << page.fieldError(u"form"_s).toStdString();

    // Removing the first field leaves six, in order.
    page.fieldList()->setCurrentRow(0);
    clickButton(&page, u"Remove field"_s);
    EXPECT_EQ(page.revision().form.fields().size(), 6);
    EXPECT_EQ(page.revision().form.fields().at(0).name, u"tags"_s);
}

TEST_F(TaskEditorOfflineTest, ValidationMessagesShowBesideTheFieldsAndGoWhenFixed)
{
    TaskEditorPage &page = *m_page;
    typeInto(page.titleEdit(), u"   "_s);
    typeNumber(page.paySpin(), 0);
    EXPECT_FALSE(page.fieldError(u"title"_s).isEmpty());
    EXPECT_FALSE(page.fieldError(u"pay_cents"_s).isEmpty());

    page.tabs()->setCurrentIndex(1);
    addFieldOfKind(page, FieldKind::Rating);
    typeNumber(page.ratingMaxSpin(), 1); // a scale with one step, to show a validation message
    typeNumber(page.ratingMinSpin(), 5);
    typeNumber(page.ratingMaxSpin(), 5);
    EXPECT_TRUE(page.fieldError(u"form"_s).contains(u"Field 2"_s)) << page.fieldError(u"form"_s).toStdString();
    typeInto(page.fieldNameEdit(), u"Bad Name"_s);
    EXPECT_TRUE(page.fieldError(u"form"_s).contains(u"name"_s)) << page.fieldError(u"form"_s).toStdString();

    // A publish with problems sends nothing.
    EXPECT_FALSE(page.publish().ok());
    EXPECT_TRUE(m_store->entriesNamed(u"task.publish@1"_s)->isEmpty());

    typeNumber(page.ratingMaxSpin(), 6);
    typeInto(page.fieldNameEdit(), u"score"_s);
    typeInto(page.titleEdit(), u"Rate the headlines"_s);
    typeNumber(page.paySpin(), 1);
    EXPECT_TRUE(page.fieldError(u"title"_s).isEmpty());
    EXPECT_TRUE(page.fieldError(u"pay_cents"_s).isEmpty());
    EXPECT_TRUE(page.fieldError(u"form"_s).isEmpty()) << page.fieldError(u"form"_s).toStdString();
}

TEST_F(TaskEditorOfflineTest, ABadCsvRowAddsNothingAndAGoodJsonlAddsEveryItem)
{
    TaskEditorPage &page = *m_page;
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    writeFile(bad, "text,source\n\"Ten tricks, doctors hate\",feed\nonly one cell\nfine,feed\n");
    EXPECT_FALSE(page.importItems(bad).ok());
    EXPECT_TRUE(page.importText().contains(u"line 3: 1 cell but the header has 2"_s))
            << page.importText().toStdString();
    EXPECT_TRUE(page.pendingItems().isEmpty());

    const QString good = m_dir.filePath(u"good.jsonl"_s);
    writeFile(good,
              "{\"text\": \"You won't believe what this cat did\"}\n\n{\"text\": \"Council approves timetable\"}\n");
    ASSERT_TRUE(page.importItems(good).ok());
    ASSERT_EQ(page.pendingItems().size(), 2);
    EXPECT_EQ(page.pendingItems().at(1).value(u"text"_s).toString(), u"Council approves timetable"_s);
    EXPECT_TRUE(page.importText().contains(u"2"_s));
}

TEST_F(TaskEditorOfflineTest, ThePricePanelQuotesACaterpillarAndAButterfly)
{
    TaskEditorPage &page = *m_page;
    const QString items = m_dir.filePath(u"items.jsonl"_s);
    writeFile(items, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n");
    ASSERT_TRUE(page.importItems(items).ok());
    fillValidDraft(page, u"Spot clickbait"_s);
    const QLocale locale;

    // 3 items × overlap 2 at 30 ¢: a caterpillar pays 30 % (9 ¢ per answer), a butterfly 20 % (6 ¢).
    page.setStanding(Standing::Caterpillar);
    QString text = page.priceText();
    EXPECT_TRUE(text.contains(u"30 %"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(formatCents(39, locale))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatCents(6 * 39, locale))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatCents(1800, locale))) << text.toStdString(); // 30 ¢ a minute is 18.00 an hour

    page.setStanding(Standing::Butterfly);
    text = page.priceText();
    EXPECT_TRUE(text.contains(u"20 %"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(formatCents(36, locale))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatCents(216, locale))) << text.toStdString(); // protocol.md's worked example
    EXPECT_FALSE(text.contains(formatCents(6 * 39, locale))) << text.toStdString();

    // The figures follow the pay as it is typed.
    typeNumber(page.paySpin(), 100);
    text = page.priceText();
    EXPECT_TRUE(text.contains(formatCents(6 * 120, locale))) << text.toStdString();
}

TEST_F(TaskEditorOfflineTest, ASaveOfflineQueuesTheExactRevisionAndTheItems)
{
    TaskEditorPage &page = *m_page;
    fillValidDraft(page, u"Spot clickbait"_s);
    typeInto(page.skillsEdit(), u"english,  news "_s);
    const QString items = m_dir.filePath(u"items.jsonl"_s);
    writeFile(items, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    ASSERT_TRUE(page.importItems(items).ok());
    clickButton(&page, u"Save draft"_s);

    const auto saves = m_store->entriesNamed(u"task.draft_save@1"_s);
    ASSERT_TRUE(saves.ok());
    ASSERT_EQ(saves->size(), 1);
    const QJsonObject expectedRevision{
            {u"title"_s, u"Spot clickbait"_s},
            {u"instructions"_s, u"Read the headline and say whether it is **clickbait**."_s},
            {u"form"_s,
             QJsonArray{QJsonObject{
                     {u"name"_s, u"single_choice_1"_s},
                     {u"kind"_s, u"single_choice"_s},
                     {u"label"_s, u"Single choice"_s},
                     {u"required"_s, true},
                     {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"yes"_s}, {u"label"_s, u"Yes"_s}},
                                               QJsonObject{{u"value"_s, u"no"_s}, {u"label"_s, u"No"_s}}}}}}},
            {u"pay_cents"_s, 30},
            {u"overlap"_s, 2},
            {u"min_tier"_s, u"bronze"_s},
            {u"skills"_s, QJsonArray{u"english"_s, u"news"_s}},
            {u"content_warnings"_s, QJsonArray{}},
            {u"estimate_seconds"_s, 60},
    };
    const QJsonObject expected{
            {u"task_id"_s, page.currentTaskId()}, {u"base_version"_s, 0}, {u"revision"_s, expectedRevision}};
    EXPECT_EQ(saves->first().args, expected);

    const auto adds = m_store->entriesNamed(u"task.items_add@1"_s);
    ASSERT_EQ(adds->size(), 1);
    const QJsonArray sent = adds->first().args.value(u"items"_s).toArray();
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent.at(1).toObject().value(u"data"_s).toObject(), (QJsonObject{{u"text"_s, u"b"_s}}));
    EXPECT_TRUE(page.pendingItems().isEmpty());

    // The draft shows in the list at once, and a second save builds on the version the first makes.
    EXPECT_TRUE(page.rowText(page.currentTaskId()).contains(u"Spot clickbait"_s));
    typeInto(page.titleEdit(), u"Spot clickbait headlines"_s);
    clickButton(&page, u"Save draft"_s);
    const auto again = m_store->entriesNamed(u"task.draft_save@1"_s);
    ASSERT_EQ(again->size(), 2);
    EXPECT_EQ(again->at(1).args.value(u"base_version"_s).toInteger(), 1);
}

TEST_F(TaskEditorOfflineTest, ItemsAreSentInChunksUnderTheMutationSizeLimit)
{
    TaskEditorPage &page = *m_page;
    fillValidDraft(page, u"Long texts"_s);
    QByteArray file;
    const QByteArray text(20'000, 'x');
    for (int i = 0; i < 40; ++i)
        file += "{\"text\": \"" + text + "\"}\n";
    const QString path = m_dir.filePath(u"long.jsonl"_s);
    writeFile(path, file);
    ASSERT_TRUE(page.importItems(path).ok());
    ASSERT_TRUE(page.save().ok());
    const auto adds = m_store->entriesNamed(u"task.items_add@1"_s);
    ASSERT_GT(adds->size(), 1);
    qsizetype total = 0;
    for (const OutboxEntry &entry : *adds) {
        EXPECT_LE(QJsonDocument(entry.args).toJson(QJsonDocument::Compact).size(), m_engine->limits().maxMutationBytes);
        total += entry.args.value(u"items"_s).toArray().size();
    }
    EXPECT_EQ(total, 40);
}

// Screenshots for a person to look at: set CHRYSALIS_SCREENSHOT_DIR to write them.
TEST_F(TaskEditorOfflineTest, Screenshots)
{
    const QString directory = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "CHRYSALIS_SCREENSHOT_DIR is not set";
    QDir().mkpath(directory);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    TaskEditorPage &page = *m_page;
    fillValidDraft(page, u"Spot clickbait headlines"_s);
    page.instructionsEdit()->setPlainText(
            u"# Clickbait\n\nRead the headline and decide whether it **withholds the point** to get a click.\n\n"
            "- *Yes*: the headline teases\n- *No*: it states the news\n"_s);
    const QString items = m_dir.filePath(u"items.csv"_s);
    writeFile(items, "text,source\n\"Ten tricks, doctors hate\",feed\nonly one cell\n");
    (void)page.importItems(items);
    page.tabs()->setCurrentIndex(1);
    addFieldOfKind(page, FieldKind::Rating);
    typeNumber(page.ratingMaxSpin(), 1); // a scale with one step, to show a validation message
    for (const auto &[name, choice] :
         {std::pair{u"light"_s, ThemeChoice::Light}, std::pair{u"dark"_s, ThemeChoice::Dark}}) {
        applyTheme(*app, choice);
        page.setPalette(QApplication::palette());
        for (int tab = 0; tab < 3; ++tab) {
            page.tabs()->setCurrentIndex(tab);
            QTest::qWait(10);
            EXPECT_TRUE(page.grab().save(QDir(directory).filePath(u"taskeditor-%1-tab%2.png"_s.arg(name).arg(tab))));
        }
    }
    applyTheme(*app, ThemeChoice::Light);
}

class TaskEditorServerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_market.ok()); }

    Testing::DemoDesk signIn(const QString &file, const QString &username)
    {
        return m_market.signIn(username, Testing::syncingSoon(file));
    }

    static SyncReport sync(SyncEngine &engine) { return Testing::syncOnce(engine); }

    Testing::DemoMarket m_market;
};

TEST_F(TaskEditorServerTest, ARequesterCreatesSavesAndPublishesATask)
{
    Testing::DemoDesk ada = signIn(u"ada.db"_s, u"ada"_s);
    ASSERT_TRUE(ada.engine);
    ASSERT_TRUE(sync(*ada.engine).ok());
    TaskEditorPage page(*ada.store, *ada.engine);
    page.resize(1100, 720);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    clickButton(&page, u"New task"_s);
    fillValidDraft(page, u"Spot clickbait in the evening news"_s);
    const QString items = m_market.filePath(u"items.jsonl"_s);
    writeFile(items, "{\"text\": \"You won't believe this\"}\n{\"text\": \"Council approves timetable\"}\n");
    ASSERT_TRUE(page.importItems(items).ok());
    clickButton(&page, u"Save draft"_s);
    const QString taskId = page.currentTaskId();
    SyncReport saved = sync(*ada.engine);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.rejected, 0);
    auto task = ada.store->read(u"task"_s, taskId);
    ASSERT_TRUE(task.ok() && task->has_value());
    EXPECT_EQ((*task)->value(u"state"_s).toString(), u"draft"_s);
    EXPECT_EQ((*task)->value(u"items_total"_s).toInteger(), 2);
    EXPECT_EQ((*task)->value(u"version"_s).toInteger(), 1);

    clickButton(&page, u"Publish"_s);
    const SyncReport published = sync(*ada.engine);
    ASSERT_TRUE(published.ok());
    EXPECT_EQ(published.rejected, 0);
    task = ada.store->read(u"task"_s, taskId);
    ASSERT_TRUE(task.ok() && task->has_value());
    EXPECT_EQ((*task)->value(u"state"_s).toString(), u"published"_s);
    // ada is a butterfly: 2 items × overlap 2 × (30 + 6).
    EXPECT_EQ((*task)->value(u"escrow_per_slot_cents"_s).toInteger(), 36);
    EXPECT_TRUE(page.rowText(taskId).contains(u"Published"_s)) << page.rowText(taskId).toStdString();
    EXPECT_FALSE(page.titleEdit()->isEnabled());
}

TEST_F(TaskEditorServerTest, APublishTheBalanceCannotCoverIsShownClearly)
{
    Testing::DemoDesk grace = signIn(u"grace.db"_s, u"grace"_s);
    ASSERT_TRUE(grace.engine);
    ASSERT_TRUE(sync(*grace.engine).ok());
    TaskEditorPage page(*grace.store, *grace.engine);
    page.show();
    fillValidDraft(page, u"Expensive work"_s);
    typeNumber(page.paySpin(), 100'000'000);
    const QString items = m_market.filePath(u"items.csv"_s);
    writeFile(items, "text\none\ntwo\n");
    ASSERT_TRUE(page.importItems(items).ok());
    ASSERT_TRUE(page.publish().ok());
    const SyncReport report = sync(*grace.engine);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_TRUE(page.statusText().contains(u"balance"_s)) << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().contains(formatCents(2LL * 2 * 130'000'000, QLocale())))
            << page.statusText().toStdString();
    const auto task = grace.store->read(u"task"_s, page.currentTaskId());
    ASSERT_TRUE(task.ok() && task->has_value());
    EXPECT_EQ((*task)->value(u"state"_s).toString(), u"draft"_s);
}

TEST_F(TaskEditorServerTest, AVersionConflictKeepsBothCopies)
{
    Testing::DemoDesk first = signIn(u"first.db"_s, u"ada"_s);
    Testing::DemoDesk second = signIn(u"second.db"_s, u"ada"_s);
    ASSERT_TRUE(first.engine && second.engine);
    TaskEditorPage pageA(*first.store, *first.engine);
    fillValidDraft(pageA, u"Shared draft"_s);
    ASSERT_TRUE(pageA.save().ok());
    const QString taskId = pageA.currentTaskId();
    ASSERT_TRUE(sync(*first.engine).ok());

    ASSERT_TRUE(sync(*second.engine).ok());
    TaskEditorPage pageB(*second.store, *second.engine);
    ASSERT_TRUE(pageB.selectTask(taskId));
    typeInto(pageB.titleEdit(), u"Edited on the laptop"_s);
    ASSERT_TRUE(pageB.save().ok());
    ASSERT_TRUE(sync(*second.engine).ok());

    typeInto(pageA.titleEdit(), u"Edited on the desktop"_s);
    ASSERT_TRUE(pageA.save().ok());
    const SyncReport conflicted = sync(*first.engine);
    EXPECT_EQ(conflicted.rejected, 1);
    EXPECT_TRUE(pageA.statusText().contains(u"conflicted copy"_s)) << pageA.statusText().toStdString();
    ASSERT_TRUE(sync(*first.engine).ok());

    const auto tasks = first.store->list(u"task"_s);
    ASSERT_TRUE(tasks.ok());
    QStringList titles;
    for (const StoredEntity &task : *tasks)
        if (!task.local)
            titles.append(task.data.value(u"title"_s).toString());
    EXPECT_TRUE(titles.contains(u"Edited on the laptop"_s)) << titles.join(u" | "_s).toStdString();
    EXPECT_TRUE(titles.contains(u"Edited on the desktop (conflicted copy)"_s)) << titles.join(u" | "_s).toStdString();
    EXPECT_NE(pageA.currentTaskId(), taskId);
    EXPECT_EQ(pageA.titleEdit()->text(), u"Edited on the desktop (conflicted copy)"_s);
}

// The import's messages are looked up under the context lupdate files them in, so they show translated.
TEST(ItemImportMessages, AreTranslatedLikeTheRestOfTheClient)
{
    const QList<QTranslator *> translators = installClientTranslations(*QCoreApplication::instance(), QLocale(u"de"_s));
    const auto parsed = ItemImport::parseJsonl(QByteArrayLiteral("{\"text\": \"fine\"}\n[1, 2]\n"));
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ASSERT_FALSE(parsed.ok());
    const QString described = parsed.error().describe();
    EXPECT_TRUE(described.contains(u"Zeile 2"_s)) << described.toStdString();
    EXPECT_TRUE(described.contains(u"kein JSON-Objekt"_s)) << described.toStdString();
}

} // namespace
} // namespace Chrysalis
