#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncprotocol.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/diff/feedbackpage.h"
#include "ui/diff/feedbackpreview.h"
#include "ui/editor/formbuilder.h"
#include "ui/feedbackwork/feedbackworkpage.h"
#include "ui/feedbackwork/markupeditor.h"
#include "ui/work/fieldeditor.h"
#include "ui/work/workview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kGraceTask = u"Fix grammar in customer support replies"_s;

class FeedbackWorkServerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_market.ok()); }

    Testing::DemoDesk signIn(const QString &file, const QString &username)
    {
        return m_market.signIn(username, Testing::syncingSoon(file));
    }

    static SyncReport sync(SyncEngine &engine) { return Testing::syncOnce(engine); }

    static QString feedbackOn(const FeedbackWorkPage &page, const QString &title)
    {
        for (const QString &id : page.feedbackIds()) {
            if (page.rowText(id).startsWith(title))
                return id;
        }
        return {};
    }

    static void answerSample(WorkView *view, const QString &corrected, int tone)
    {
        ASSERT_TRUE(view->hasWorkItem());
        FieldEditor *correction = view->editor(u"corrected"_s);
        FieldEditor *rating = view->editor(u"tone"_s);
        ASSERT_NE(correction, nullptr);
        ASSERT_NE(rating, nullptr);
        correction->setValue(corrected);
        rating->setValue(tone);
        view->submit();
    }

    Testing::DemoMarket m_market;
};

TEST(FeedbackWorkPage, SaysSoWhenNoFeedbackTaskIsOpen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = LocalStore::open(dir.filePath(u"client.db"_s));
    ASSERT_TRUE(store.ok());
    SyncEngine engine(**store);
    engine.setAutoRetry(false);
    FeedbackWorkPage page(**store, engine);
    page.resize(1100, 640);
    page.show();
    EXPECT_TRUE(page.feedbackIds().isEmpty());
    EXPECT_TRUE(page.currentFeedbackId().isEmpty());
    bool explained = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().startsWith(u"No feedback task is open"_s));
    EXPECT_TRUE(explained);
    page.submit(); // nothing chosen: nothing queued
    auto counts = (*store)->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->pending, 0);
    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(u"feedbackwork-empty.png"_s));
}

// A feedback task over two sample items, as a pull brings it, for the offline tests.
QJsonObject offlineFeedback(const QString &id)
{
    FormField tone;
    tone.name = u"tone"_s;
    tone.kind = FieldKind::SingleChoice;
    tone.label = u"Tone"_s;
    tone.required = true;
    tone.options = {{u"polite"_s, u"Polite"_s}, {u"rude"_s, u"Rude"_s}};
    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.title = u"Judge the tone of replies"_s;
    revision.instructions = u"Read the reply. Pick the tone."_s;
    revision.form = AnswerForm({tone});
    revision.payCents = 20;
    revision.estimateSeconds = 30;
    QJsonArray items;
    for (const char16_t *text : {u"Thanks for waiting!", u"Read the manual."})
        items.append(QJsonObject{{u"id"_s, newId()},
                                 {u"task_id"_s, revision.taskId},
                                 {u"data"_s, QJsonObject{{u"text"_s, QString::fromUtf16(text)}}}});
    return {{u"id"_s, id},
            {u"task_id"_s, revision.taskId},
            {u"revision_id"_s, revision.id},
            {u"state"_s, u"open"_s},
            {u"worker_id"_s, QJsonValue::Null},
            {u"verdict"_s, QJsonValue::Null},
            {u"markup_revision"_s, QJsonValue::Null},
            {u"sample_answers"_s, QJsonArray{}},
            {u"comments"_s, QJsonArray{}},
            {u"pay_cents"_s, 150},
            {u"gate_reasons"_s, QJsonArray{}},
            {u"revision"_s, revision.toJson()},
            {u"sample_items"_s, items}};
}

TEST(FeedbackWorkPage, SubmitWaitsForEverySampleAndAnUnchangedTaskIsApproved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = LocalStore::open(dir.filePath(u"client.db"_s));
    ASSERT_TRUE(store.ok());
    const QString feedbackId = newId();
    const QJsonObject entity = offlineFeedback(feedbackId);
    PullPage pulled;
    pulled.cursor = u"1"_s;
    pulled.changes.append({1, u"feedback"_s, feedbackId, EntityOp::Upsert, 1, entity});
    ASSERT_TRUE((*store)->applyPull(pulled).ok());
    SyncEngine engine(**store);
    engine.setAutoRetry(false);
    FeedbackWorkPage page(**store, engine);
    page.resize(1200, 700);
    page.show();
    ASSERT_TRUE(page.selectFeedback(feedbackId));
    ASSERT_EQ(page.sampleCount(), 2);
    // A sample has no lease: nothing to skip, rate or reframe; submitting and moving on remain.
    QStringList shownButtons;
    for (const QPushButton *button : page.workView()->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(&page))
            shownButtons.append(button->text());
    }
    EXPECT_FALSE(shownButtons.contains(u"Skip"_s)) << shownButtons.join(u", "_s).toStdString();
    EXPECT_FALSE(shownButtons.contains(u"Rate this task…"_s));
    EXPECT_FALSE(shownButtons.contains(u"Propose a reframing…"_s));
    EXPECT_TRUE(shownButtons.contains(u"Submit answer"_s));

    auto pending = [&] {
        auto counts = (*store)->counts();
        return counts ? counts->pending : -1;
    };
    page.setStep(FeedbackWorkPage::Step::Markup);
    page.submit();
    EXPECT_EQ(pending(), 0);
    EXPECT_EQ(page.step(), FeedbackWorkPage::Step::Samples);
    EXPECT_TRUE(page.statusText().contains(u"Answer all 2 sample items"_s)) << page.statusText().toStdString();

    page.workView()->editor(u"tone"_s)->setValue(u"polite"_s);
    page.workView()->submit();
    page.submit();
    EXPECT_EQ(pending(), 0) << "one of two samples is not enough";
    page.workView()->editor(u"tone"_s)->setValue(u"rude"_s);
    page.workView()->submit();
    EXPECT_EQ(page.step(), FeedbackWorkPage::Step::Markup);
    EXPECT_TRUE(page.markupEditor()->hunks().isEmpty());
    EXPECT_EQ(page.markupEditor()->verdict(), Verdict::Approve);

    QSignalSpy queued(&page, &FeedbackWorkPage::feedbackQueued);
    page.submit();
    ASSERT_EQ(queued.count(), 1);
    EXPECT_EQ(pending(), 1);
    const auto sent = (*store)->entriesNamed(u"feedback.submit@1"_s);
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->size(), 1);
    const QJsonObject args = sent->first().args;
    EXPECT_EQ(args.value(u"verdict"_s).toString(), u"approve"_s);
    EXPECT_EQ(args.value(u"feedback_id"_s).toString(), feedbackId);
    EXPECT_TRUE(args.value(u"comments"_s).toArray().isEmpty());
    const QJsonArray samples = args.value(u"sample_answers"_s).toArray();
    ASSERT_EQ(samples.size(), 2);
    const QJsonArray items = entity.value(u"sample_items"_s).toArray();
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(samples.at(i).toObject().value(u"item_id"_s), items.at(i).toObject().value(u"id"_s));
    EXPECT_EQ(samples.at(1).toObject().value(u"fields"_s).toObject().value(u"tone"_s).toString(), u"rude"_s);
    const QJsonObject markup = args.value(u"markup_revision"_s).toObject();
    EXPECT_FALSE(markup.contains(u"id"_s)) << "the server names the new revision";
    EXPECT_EQ(markup.value(u"instructions"_s).toString(), u"Read the reply. Pick the tone."_s);
}

TEST_F(FeedbackWorkServerTest, ASilverWorkerMarksUpACaterpillarTaskOfflineAndTheRequesterSeesTheCommentedHunks)
{
    Testing::DemoDesk sam = signIn(u"sam.db"_s, u"sam"_s);
    ASSERT_TRUE(sam.engine);
    // grace's task warns of customer complaints: sam opts in before the first pull.
    ASSERT_TRUE(
            sam.engine->enqueue(u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"customer complaints"_s}}})
                    .ok());
    ASSERT_TRUE(sync(*sam.engine).ok());

    auto page = std::make_unique<FeedbackWorkPage>(*sam.store, *sam.engine);
    page->resize(1280, 800);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    const QString feedbackId = feedbackOn(*page, kGraceTask);
    ASSERT_FALSE(feedbackId.isEmpty()) << page->feedbackIds().join(u", "_s).toStdString();
    EXPECT_FALSE(page->rowText(feedbackId).contains(u"not for you"_s)) << page->rowText(feedbackId).toStdString();
    ASSERT_TRUE(page->selectFeedback(feedbackId));
    EXPECT_EQ(page->step(), FeedbackWorkPage::Step::Samples);
    ASSERT_EQ(page->sampleCount(), 3);

    const QStringList corrections{u"We apologise for the delay; your order will arrive tomorrow."_s,
                                  u"Thank you for your patience; the refund has been issued."_s,
                                  u"Please restart the router and check that the cables are connected."_s};
    for (int i = 0; i < 2; ++i)
        answerSample(page->workView(), corrections.at(i), 4);
    EXPECT_EQ(page->sampleAnswers().size(), 2);
    EXPECT_EQ(page->step(), FeedbackWorkPage::Step::Samples) << "one sample is still open";
    answerSample(page->workView(), corrections.at(2), 3);
    ASSERT_EQ(page->sampleAnswers().size(), 3);
    EXPECT_EQ(page->step(), FeedbackWorkPage::Step::Markup);

    MarkupEditor *editor = page->markupEditor();
    editor->instructionsEdit()->setFocus();
    editor->instructionsEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->instructionsEdit(), u" Leave names and order numbers unchanged."_s);
    editor->tabs()->setCurrentIndex(1);
    FormBuilder *builder = editor->formBuilder();
    builder->fieldList()->setCurrentRow(1);
    builder->fieldLabelEdit()->setFocus();
    builder->fieldLabelEdit()->selectAll();
    QTest::keyClicks(builder->fieldLabelEdit(), u"How polite is the original reply?"_s);
    ASSERT_EQ(editor->hunks().size(), 2);
    EXPECT_EQ(editor->hunks().at(0).kind, HunkKind::Instructions);
    EXPECT_EQ(editor->hunks().at(1).kind, HunkKind::FieldLabelChanged);
    const QStringList comments{u"Workers changed order numbers while fixing typos."_s,
                               u"The scale belongs in the rating, not in the label."_s};
    for (int i = 0; i < 2; ++i) {
        QPlainTextEdit *box = editor->commentEdit(editor->hunks().at(i).id);
        ASSERT_NE(box, nullptr);
        box->setFocus();
        QTest::keyClicks(box, comments.at(i));
    }
    const QList<DiffHunk> hunks = editor->hunks();
    EXPECT_EQ(editor->verdict(), Verdict::ChangesSuggested);

    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(20);
        page->grab().save(QDir(shots).filePath(u"feedbackwork-markup-form.png"_s));
        editor->tabs()->setCurrentIndex(0);
        QTest::qWait(20);
        page->grab().save(QDir(shots).filePath(u"feedbackwork-markup-task.png"_s));
        page->setStep(FeedbackWorkPage::Step::Samples);
        page->grab().save(QDir(shots).filePath(u"feedbackwork-samples.png"_s));
        page->setStep(FeedbackWorkPage::Step::Markup);
    }

    // A restart keeps the answers, the markup and the comments.
    page.reset();
    page = std::make_unique<FeedbackWorkPage>(*sam.store, *sam.engine);
    page->resize(1280, 800);
    page->show();
    ASSERT_TRUE(page->selectFeedback(feedbackId));
    EXPECT_EQ(page->step(), FeedbackWorkPage::Step::Markup);
    ASSERT_EQ(page->sampleAnswers().size(), 3);
    EXPECT_EQ(page->sampleAnswers().at(1).fields.value(u"corrected"_s).toString(), corrections.at(1));
    editor = page->markupEditor();
    ASSERT_EQ(editor->hunks(), hunks);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(editor->comment(hunks.at(i).id), comments.at(i));

    // Offline: the submit waits in the outbox and shows at once.
    sam.engine->setServer(QUrl(u"http://127.0.0.1:1"_s));
    QSignalSpy queued(page.get(), &FeedbackWorkPage::feedbackQueued);
    page->submit();
    ASSERT_EQ(queued.count(), 1) << page->statusText().toStdString();
    EXPECT_FALSE(page->feedbackIds().contains(feedbackId));
    auto shown = sam.store->read(u"feedback"_s, feedbackId);
    ASSERT_TRUE(shown.ok() && shown->has_value());
    EXPECT_EQ((*shown)->value(u"state"_s).toString(), u"submitted"_s);
    auto waiting = sam.store->counts();
    ASSERT_TRUE(waiting.ok());
    EXPECT_EQ(waiting->pending, 1);

    sam.engine->setServer(m_market.baseUrl());
    const SyncReport sent = sync(*sam.engine);
    ASSERT_TRUE(sent.ok());
    EXPECT_EQ(sent.rejected, 0);
    shown = sam.store->read(u"feedback"_s, feedbackId);
    ASSERT_TRUE(shown.ok() && shown->has_value());
    EXPECT_EQ((*shown)->value(u"state"_s).toString(), u"submitted"_s);
    EXPECT_EQ((*shown)->value(u"verdict"_s).toString(), u"changes_suggested"_s);

    Testing::DemoDesk grace = signIn(u"grace.db"_s, u"grace"_s);
    ASSERT_TRUE(grace.engine);
    ASSERT_TRUE(sync(*grace.engine).ok());
    FeedbackPage inbox(*grace.store, *grace.engine);
    inbox.resize(1200, 760);
    inbox.show();
    ASSERT_EQ(inbox.feedbackCount(), 1);
    EXPECT_EQ(inbox.currentFeedbackId(), feedbackId);
    ASSERT_EQ(inbox.preview()->hunks(), hunks);
    const QString changes = inbox.preview()->changesText();
    for (const QString &comment : comments)
        EXPECT_TRUE(changes.contains(comment)) << changes.toStdString();
    EXPECT_TRUE(inbox.preview()->samplesText().contains(corrections.at(0)))
            << inbox.preview()->samplesText().toStdString();
}

} // namespace
} // namespace Chrysalis
