#include "ui/diff/feedbackpage.h"
#include "ui/diff/feedbackpreview.h"

#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncprotocol.h"
#include "tests/support/qtprinters.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

FormField sentimentField()
{
    FormField field;
    field.name = u"sentiment"_s;
    field.kind = FieldKind::SingleChoice;
    field.label = u"Sentiment"_s;
    field.required = true;
    field.options = {{u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}, {u"neu"_s, u"Neutral"_s}};
    return field;
}

FormField noteField()
{
    FormField field;
    field.name = u"note"_s;
    field.kind = FieldKind::Text;
    field.label = u"Note"_s;
    return field;
}

TaskRevision baseRevision(const QString &instructions = u"Read each review. Pick the tone the writer shows."_s)
{
    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.title = u"Label the tone of reviews"_s;
    revision.instructions = instructions;
    revision.form = AnswerForm({sentimentField(), noteField()});
    revision.payCents = 40;
    revision.estimateSeconds = 30;
    return revision;
}

// Five hunks in this order: instructions, option added, options reordered, pay, estimate.
TaskRevision markupOf(const TaskRevision &base)
{
    TaskRevision markup = base;
    markup.id = newId();
    markup.instructions.replace(u"Pick the tone"_s, u"Pick the main tone"_s);
    FormField sentiment = sentimentField();
    sentiment.options = {
            {u"mix"_s, u"Mixed"_s}, {u"neu"_s, u"Neutral"_s}, {u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}};
    markup.form = AnswerForm({sentiment, noteField()});
    markup.payCents = 60;
    markup.estimateSeconds = 45;
    return markup;
}

QJsonArray sampleItems(const QStringList &ids)
{
    const QStringList texts{u"Arrived quickly, works as described."_s, u"The box was crushed and the manual missing."_s,
                            u"It is a kettle. It boils water."_s};
    QJsonArray items;
    for (qsizetype i = 0; i < ids.size(); ++i)
        items.append(QJsonObject{{u"id"_s, ids.at(i)}, {u"data"_s, QJsonObject{{u"text"_s, texts.at(i % 3)}}}});
    return items;
}

FeedbackTask feedbackOf(const TaskRevision &base, const TaskRevision &markup, const QStringList &itemIds)
{
    FeedbackTask feedback;
    feedback.id = newId();
    feedback.taskId = base.taskId;
    feedback.revisionId = base.id;
    feedback.state = FeedbackState::Submitted;
    feedback.workerId = newId();
    feedback.verdict = Verdict::ChangesSuggested;
    feedback.markupRevision = markup;
    // 30, 45 and 60 seconds: 45 s per item, so 40 cents an answer is $32.00 an hour.
    const QList<QJsonObject> answers{{{u"sentiment"_s, u"pos"_s}},
                                     {{u"sentiment"_s, u"neg"_s}, {u"note"_s, u"Two complaints in one."_s}},
                                     {{u"sentiment"_s, u"neu"_s}}};
    const QList<int> seconds{30, 45, 60};
    for (qsizetype i = 0; i < itemIds.size(); ++i)
        feedback.sampleAnswers.append({itemIds.at(i), answers.at(i % 3), seconds.at(i % 3)});
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    feedback.comments = {{hunks.at(0).id, u"Reviews often mix several tones; ask for the main one."_s},
                         {hunks.at(3).id, u"It took me 45 seconds per item, not 30."_s},
                         {u"general"_s, u"Clear task overall."_s}};
    return feedback;
}

class FeedbackPreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_base = baseRevision();
        m_markup = markupOf(m_base);
        m_itemIds = QStringList{newId(), newId(), newId()};
        m_feedback = feedbackOf(m_base, m_markup, m_itemIds);
        m_preview.resize(1000, 720);
        m_preview.setFeedback(m_base, m_feedback, sampleItems(m_itemIds));
        m_preview.show();
        m_browser = m_preview.findChild<QTextBrowser *>(u"changes"_s);
        ASSERT_NE(m_browser, nullptr);
        m_browser->setFocus();
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_browser, key, modifiers);
    }

    QPushButton *button(const QString &text) const
    {
        for (QPushButton *candidate : m_preview.findChildren<QPushButton *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    QString labelsText() const
    {
        QStringList texts;
        for (const QLabel *label : m_preview.findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }

    TaskRevision m_base;
    TaskRevision m_markup;
    QStringList m_itemIds;
    FeedbackTask m_feedback;
    FeedbackPreview m_preview;
    QTextBrowser *m_browser = nullptr;
};

} // namespace

TEST_F(FeedbackPreviewTest, MovesBetweenChangesByKeyboard)
{
    const QList<DiffHunk> &hunks = m_preview.hunks();
    ASSERT_EQ(hunks.size(), 5);
    EXPECT_EQ(m_preview.currentHunk(), 0);
    key(Qt::Key_P); // already at the first change
    EXPECT_EQ(m_preview.currentHunk(), 0);
    key(Qt::Key_N);
    EXPECT_EQ(m_preview.currentHunk(), 1);
    key(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(m_preview.currentHunk(), 2);
    key(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(m_preview.currentHunk(), 1);
    for (int i = 0; i < 6; ++i)
        key(Qt::Key_N);
    EXPECT_EQ(m_preview.currentHunk(), 4); // stops at the last change
    key(Qt::Key_P);
    EXPECT_EQ(m_preview.currentHunk(), 3);
    // Plain arrows still scroll the text; they do not move between changes.
    key(Qt::Key_Down);
    EXPECT_EQ(m_preview.currentHunk(), 3);
}

TEST_F(FeedbackPreviewTest, AcceptsAndRejectsByKeyboardAndEmitsTheAcceptedIds)
{
    const QList<DiffHunk> hunks = m_preview.hunks();
    QSignalSpy resolved(&m_preview, &FeedbackPreview::resolveRequested);
    key(Qt::Key_A); // instructions: accepted, then on to the next change
    EXPECT_EQ(m_preview.currentHunk(), 1);
    key(Qt::Key_A); // the new option
    key(Qt::Key_R); // the option order
    key(Qt::Key_A); // pay
    EXPECT_EQ(m_preview.currentHunk(), 4);
    EXPECT_EQ(m_preview.decision(hunks.at(0).id), HunkDecision::Accepted);
    EXPECT_EQ(m_preview.decision(hunks.at(2).id), HunkDecision::Rejected);
    EXPECT_EQ(m_preview.decision(hunks.at(4).id), HunkDecision::Undecided);
    EXPECT_TRUE(m_preview.changesText().contains(u"Rejected"_s));
    EXPECT_TRUE(labelsText().contains(u"Decided 4 of 5, accepted 3"_s)) << labelsText().toStdString();

    // Changing one's mind: go back and reject the pay.
    key(Qt::Key_P);
    key(Qt::Key_R);
    EXPECT_EQ(m_preview.decision(hunks.at(3).id), HunkDecision::Rejected);

    QPushButton *publish = button(u"Publish with accepted changes"_s);
    ASSERT_NE(publish, nullptr);
    ASSERT_TRUE(publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_EQ(resolved.size(), 1);
    EXPECT_EQ(resolved.first().first().toStringList(), (QStringList{hunks.at(0).id, hunks.at(1).id}));
}

TEST_F(FeedbackPreviewTest, TheLinksOfAChangeDecideIt)
{
    const QList<DiffHunk> hunks = m_preview.hunks();
    EXPECT_TRUE(m_preview.changesText().contains(u"Accept"_s));
    Q_EMIT m_browser->anchorClicked(QUrl(u"reject:3"_s));
    EXPECT_EQ(m_preview.decision(hunks.at(3).id), HunkDecision::Rejected);
    EXPECT_EQ(m_preview.currentHunk(), 3);
    Q_EMIT m_browser->anchorClicked(QUrl(u"accept:3"_s));
    EXPECT_EQ(m_preview.decision(hunks.at(3).id), HunkDecision::Accepted);
    Q_EMIT m_browser->anchorClicked(QUrl(u"accept:5"_s)); // past the last change: ignored
    EXPECT_EQ(m_preview.acceptedHunkIds(), QStringList{hunks.at(3).id});
    EXPECT_TRUE(labelsText().contains(u"changes not decided are left out"_s));
    m_preview.acceptAll();
    EXPECT_FALSE(labelsText().contains(u"changes not decided are left out"_s));
}

TEST_F(FeedbackPreviewTest, TheMergedPreviewFollowsTheDecisions)
{
    const QList<DiffHunk> hunks = m_preview.hunks();
    EXPECT_TRUE(m_preview.mergedText().contains(u"$0.40"_s)) << m_preview.mergedText().toStdString();
    EXPECT_TRUE(m_preview.mergedText().contains(u"Pick the tone the writer shows."_s));
    key(Qt::Key_A);
    EXPECT_TRUE(m_preview.mergedText().contains(u"Pick the main tone the writer shows."_s));
    m_preview.setCurrentHunk(3);
    key(Qt::Key_A);
    EXPECT_TRUE(m_preview.mergedText().contains(u"$0.60"_s));
    EXPECT_FALSE(m_preview.mergedText().contains(u"$0.40"_s));

    // The option order alone is not a valid merge: the preview says which change to look at and
    // publishing waits.
    m_preview.setCurrentHunk(2);
    key(Qt::Key_A);
    EXPECT_TRUE(m_preview.mergedText().contains(u"do not make a valid task"_s)) << m_preview.mergedText().toStdString();
    EXPECT_TRUE(m_preview.mergedText().contains(u"order of the options"_s));
    EXPECT_FALSE(button(u"Publish with accepted changes"_s)->isEnabled());
    m_preview.setCurrentHunk(1);
    key(Qt::Key_A);
    EXPECT_TRUE(button(u"Publish with accepted changes"_s)->isEnabled());
    EXPECT_TRUE(m_preview.mergedText().contains(u"Mixed, Neutral, Positive"_s)) << m_preview.mergedText().toStdString();
}

TEST_F(FeedbackPreviewTest, AcceptAllGivesTheMarkup)
{
    QTest::mouseClick(button(u"Accept all"_s), Qt::LeftButton);
    QStringList all;
    for (const DiffHunk &hunk : m_preview.hunks())
        all << hunk.id;
    EXPECT_EQ(m_preview.acceptedHunkIds(), all);
    const Result<TaskRevision> merged = m_preview.mergedRevision();
    ASSERT_TRUE(merged.ok());
    TaskRevision expected = m_markup;
    expected.id = m_base.id;
    EXPECT_EQ(*merged, expected);
}

TEST_F(FeedbackPreviewTest, ShowsCommentsVerdictPayAndSampleAnswers)
{
    const QString changes = m_preview.changesText();
    EXPECT_TRUE(changes.contains(u"ask for the main one"_s));
    EXPECT_TRUE(changes.contains(u"General comments"_s));
    EXPECT_TRUE(changes.contains(u"Clear task overall."_s));
    // The comment sits in the card of its hunk: after the pay card's title, before the next card.
    const qsizetype pay = changes.indexOf(u"Pay per answer"_s);
    const qsizetype comment = changes.indexOf(u"45 seconds per item"_s);
    const qsizetype estimate = changes.indexOf(u"Time per item"_s);
    EXPECT_LT(pay, comment);
    EXPECT_LT(comment, estimate);

    const QString labels = labelsText();
    EXPECT_TRUE(labels.contains(u"changes suggested"_s));
    EXPECT_TRUE(labels.contains(u"$32.00 an hour"_s)) << labels.toStdString();
    EXPECT_TRUE(labels.contains(u"$48.00 at the suggested pay"_s)) << labels.toStdString();

    const QString samples = m_preview.samplesText();
    EXPECT_TRUE(samples.contains(u"The box was crushed"_s));
    EXPECT_TRUE(samples.contains(u"Negative"_s)); // the option's label, not its value
    EXPECT_TRUE(samples.contains(u"Two complaints in one."_s));
}

TEST_F(FeedbackPreviewTest, ShowsTheWholeRevisionsSideBySideOrInline)
{
    const QString side = m_preview.wholeText();
    EXPECT_TRUE(side.contains(u"Pick the tone the writer shows."_s)) << side.toStdString();
    EXPECT_TRUE(side.contains(u"Pick the main tone the writer shows."_s));
    EXPECT_TRUE(side.contains(u"Options: Positive, Negative, Neutral"_s));
    EXPECT_TRUE(side.contains(u"Options: Mixed, Neutral, Positive, Negative"_s));
    EXPECT_TRUE(side.contains(u"Pay per answer: $0.40"_s));
    EXPECT_TRUE(side.contains(u"Pay per answer: $0.60"_s));
    m_preview.setLayout(FeedbackPreview::Layout::Inline);
    const QString inlined = m_preview.wholeText();
    EXPECT_FALSE(inlined.contains(u"Suggested"_s));
    // Inline, both sides of a change sit next to each other in one text.
    EXPECT_TRUE(inlined.contains(u"Pay per answer: $0.400.60"_s)) << inlined.toStdString();
}

TEST_F(FeedbackPreviewTest, TogglesBetweenSideBySideAndInline)
{
    EXPECT_EQ(m_preview.layout(), FeedbackPreview::Layout::SideBySide);
    EXPECT_TRUE(m_preview.changesText().contains(u"Suggested"_s));
    QToolButton *inlineButton = nullptr;
    for (QToolButton *candidate : m_preview.findChildren<QToolButton *>()) {
        if (candidate->text() == u"Inline"_s)
            inlineButton = candidate;
    }
    ASSERT_NE(inlineButton, nullptr);
    QTest::mouseClick(inlineButton, Qt::LeftButton);
    EXPECT_EQ(m_preview.layout(), FeedbackPreview::Layout::Inline);
    EXPECT_FALSE(m_preview.changesText().contains(u"Suggested"_s));
    // Inline, the instructions hunk shows the inserted word within its context.
    EXPECT_TRUE(m_preview.changesText().contains(u"Pick the main tone"_s)) << m_preview.changesText().toStdString();
}

TEST(FeedbackPage, ListsSubmittedFeedbackAndQueuesTheResolution)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(dir.filePath(u"client.sqlite"_s), newId());
    ASSERT_TRUE(opened.ok()) << opened.error().describe().toStdString();
    LocalStore &store = **opened;

    const TaskRevision base = baseRevision();
    const TaskRevision markup = markupOf(base);
    const QStringList itemIds{newId(), newId(), newId()};
    const FeedbackTask submitted = feedbackOf(base, markup, itemIds);
    QJsonObject submittedJson = submitted.toJson();
    submittedJson.insert(u"revision"_s, base.toJson());
    submittedJson.insert(u"sample_items"_s, sampleItems(itemIds));
    FeedbackTask open = submitted;
    open.id = newId();
    open.state = FeedbackState::Open;
    QJsonObject openJson = open.toJson();
    openJson.insert(u"revision"_s, base.toJson());

    PullPage page;
    page.cursor = u"c1"_s;
    page.changes = {{1, u"feedback"_s, submitted.id, EntityOp::Upsert, 1, submittedJson},
                    {2, u"feedback"_s, open.id, EntityOp::Upsert, 1, openJson}};
    ASSERT_TRUE(store.applyPull(page).ok());

    SyncEngine engine(store);
    engine.setAutoRetry(false);
    FeedbackPage feedbackPage(store, engine);
    feedbackPage.resize(1200, 760);
    feedbackPage.show();
    ASSERT_EQ(feedbackPage.feedbackCount(), 1); // the open one is not for the requester yet
    EXPECT_EQ(feedbackPage.currentFeedbackId(), submitted.id);
    FeedbackPreview *preview = feedbackPage.preview();
    ASSERT_EQ(preview->hunks().size(), 5);

    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty())
        feedbackPage.grab().save(QDir(shots).filePath(u"feedback-page.png"_s));
    QSignalSpy queued(&feedbackPage, &FeedbackPage::resolutionQueued);
    QTextBrowser *browser = preview->findChild<QTextBrowser *>(u"changes"_s);
    ASSERT_NE(browser, nullptr);
    QTest::keyClick(browser, Qt::Key_A);
    QTest::keyClick(browser, Qt::Key_R);
    const QStringList accepted{preview->hunks().first().id};
    ASSERT_EQ(preview->acceptedHunkIds(), accepted);
    QPushButton *publish = nullptr;
    for (QPushButton *candidate : preview->findChildren<QPushButton *>()) {
        if (candidate->text() == u"Publish with accepted changes"_s)
            publish = candidate;
    }
    ASSERT_NE(publish, nullptr);
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_EQ(queued.size(), 1);

    const Result<QList<OutboxEntry>> pending = store.pendingMutations(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().name, u"feedback.resolve@1"_s);
    EXPECT_EQ(pending->first().args.value(u"feedback_id"_s).toString(), submitted.id);
    EXPECT_EQ(pending->first().args.value(u"accepted_hunks"_s).toVariant().toStringList(), accepted);
    // Shown resolved at once: nothing left to review.
    EXPECT_EQ(feedbackPage.feedbackCount(), 0);
    EXPECT_TRUE(feedbackPage.currentFeedbackId().isEmpty());
}

// Screenshots for a person to look at: set CHRYSALIS_SCREENSHOT_DIR to write them.
TEST(FeedbackPreviewScreenshots, LightDarkAndLongTexts)
{
    const QString directory = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "CHRYSALIS_SCREENSHOT_DIR is not set";
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const TaskRevision base = baseRevision(
            QString(u"Read each review from start to end before you answer, including the title and any reply from "
                    "the seller. "_s)
                    .repeated(3) +
            u"Pick the tone the writer shows."_s);
    TaskRevision markup = markupOf(base);
    markup.title = u"Label the tone of customer reviews of kitchen appliances, small and large"_s;
    const QStringList itemIds{newId(), newId(), newId()};
    for (const auto &[name, palette] : {std::pair{u"light"_s, lightPalette()}, std::pair{u"dark"_s, darkPalette()}}) {
        QApplication::setPalette(palette);
        for (const FeedbackPreview::Layout layout :
             {FeedbackPreview::Layout::SideBySide, FeedbackPreview::Layout::Inline}) {
            FeedbackPreview preview;
            preview.setPalette(palette);
            preview.resize(1100, 760);
            FeedbackTask feedback = feedbackOf(base, markup, itemIds);
            feedback.comments.append({diffRevisions(base, markup).at(1).id,
                                      u"Reviews often mix praise for the product with complaints about the delivery. "
                                      "Asking for the main tone makes the answers agree more often; in my three "
                                      "samples I had to guess twice."_s});
            preview.setFeedback(base, feedback, sampleItems(itemIds));
            preview.setLayout(layout);
            preview.show();
            preview.setDecision(preview.hunks().at(0).id, HunkDecision::Accepted);
            preview.setDecision(preview.hunks().at(2).id, HunkDecision::Rejected);
            preview.setCurrentHunk(1);
            if (layout == FeedbackPreview::Layout::Inline) {
                // The other two tabs, with the merged revision of the decisions so far.
                preview.setDecision(preview.hunks().at(1).id, HunkDecision::Accepted);
                auto *tabs = preview.findChild<QTabWidget *>();
                ASSERT_NE(tabs, nullptr);
                for (int tab = 1; tab <= 3; ++tab) {
                    tabs->setCurrentIndex(tab);
                    EXPECT_TRUE(preview.grab().save(
                            QDir(directory).filePath(u"feedback-%1-tab%2.png"_s.arg(name).arg(tab))));
                }
                tabs->setCurrentIndex(0);
            }
            const QString file = QDir(directory).filePath(u"feedback-%1-%2.png"_s.arg(
                    name, layout == FeedbackPreview::Layout::Inline ? u"inline"_s : u"side"_s));
            EXPECT_TRUE(preview.grab().save(file));
        }
    }
}

TEST(FeedbackPreview, AnApprovalWithoutChangesPublishesNoHunks)
{
    const TaskRevision base = baseRevision();
    FeedbackTask feedback = feedbackOf(base, markupOf(base), {});
    feedback.markupRevision = base;
    feedback.verdict = Verdict::Approve;
    feedback.comments.clear();
    FeedbackPreview preview;
    preview.setFeedback(base, feedback);
    preview.show();
    EXPECT_TRUE(preview.hunks().isEmpty());
    EXPECT_EQ(preview.currentHunk(), -1);
    EXPECT_TRUE(preview.changesText().contains(u"suggests no changes"_s));
    QTest::keyClick(preview.findChild<QTextBrowser *>(u"changes"_s), Qt::Key_A); // nothing to accept
    QSignalSpy resolved(&preview, &FeedbackPreview::resolveRequested);
    QPushButton *publish = nullptr;
    for (QPushButton *candidate : preview.findChildren<QPushButton *>()) {
        if (candidate->text() == u"Publish with accepted changes"_s)
            publish = candidate;
    }
    ASSERT_NE(publish, nullptr);
    ASSERT_TRUE(publish->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    ASSERT_EQ(resolved.size(), 1);
    EXPECT_TRUE(resolved.first().first().toStringList().isEmpty());
    EXPECT_TRUE(preview.mergedText().contains(base.title));

    preview.clear();
    EXPECT_FALSE(publish->isEnabled());
    EXPECT_TRUE(preview.mergedText().contains(u"Choose a feedback task"_s));
}

TEST(FeedbackPage, SaysSoWhenNothingIsWaiting)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(dir.filePath(u"client.sqlite"_s), newId());
    ASSERT_TRUE(opened.ok());
    SyncEngine engine(**opened);
    engine.setAutoRetry(false);
    FeedbackPage page(**opened, engine);
    page.resize(1000, 600);
    page.show();
    EXPECT_EQ(page.feedbackCount(), 0);
    EXPECT_TRUE(page.currentFeedbackId().isEmpty());
    bool explained = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().contains(u"No feedback is waiting"_s));
    EXPECT_TRUE(explained);
    EXPECT_TRUE(page.preview()->hunks().isEmpty());
    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(u"feedback-page-empty.png"_s));
}
