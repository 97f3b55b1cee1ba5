// Reframe proposals end to end against a real chrysalis-server --demo: a worker proposes from the work view,
// the requester reviews the proposal in the feedback page's preview and adopts some hunks or declines it, and
// the worker's fair-work dashboard shows what became of it.
#include "core/domain/ids.h"
#include "core/domain/task.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/dashboard/fairworkpage.h"
#include "ui/diff/feedbackpage.h"
#include "ui/diff/feedbackpreview.h"
#include "ui/theme/theme.h"
#include "ui/work/workdialogs.h"
#include "ui/work/workpage.h"
#include "ui/work/workview.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kEntityTask = u"Named entities in news sentences"_s;
const QString kSentimentTask = u"Sentiment of kitchen appliance reviews"_s;

QJsonObject taskNamed(const DemoDesk &desk, const QString &title)
{
    for (const StoredEntity &task : desk.entities(u"task"_s)) {
        if (task.data.value(u"title"_s).toString() == title)
            return task.data;
    }
    return {};
}

QJsonObject mirrorRow(const DemoDesk &desk, const QString &entity, const QString &id)
{
    const auto row = desk.store->read(entity, id);
    return row.ok() && row->has_value() ? **row : QJsonObject();
}

QList<QJsonObject> proposalsOf(const DemoDesk &desk)
{
    QList<QJsonObject> rows;
    for (const StoredEntity &row : desk.entities(u"reframe_proposal"_s))
        rows.append(row.data);
    return rows;
}

QPushButton *findButton(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    ADD_FAILURE() << "no button " << text.toStdString();
    return nullptr;
}

} // namespace

class ReframeReviewTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_market = new DemoMarket; }
    static void TearDownTestSuite()
    {
        delete s_market;
        s_market = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_market->ok());
        qApp->setStyle(QStyleFactory::create(u"Fusion"_s));
        qApp->setPalette(lightPalette());
    }
    void TearDown() override { qApp->setPalette(lightPalette()); }

    DemoDesk signIn(const QString &name) { return signInDesk(s_market->baseUrl(), m_local.path(), name); }

    static inline DemoMarket *s_market = nullptr;
    QTemporaryDir m_local;
};

TEST_F(ReframeReviewTest, AWorkersProposalIsAdoptedWithOneHunkAndCreditedOnTheirDashboard)
{
    // bob claims an item of ada's entity task and proposes two additions to its instructions.
    DemoDesk bob = signIn(u"bob"_s);
    ASSERT_TRUE(bob.store);
    const QJsonObject task = taskNamed(bob, kEntityTask);
    ASSERT_FALSE(task.isEmpty());
    const QString taskId = task.value(u"id"_s).toString();
    const QString original = mirrorRow(bob, u"task_revision"_s, task.value(u"revision_id"_s).toString())
                                     .value(u"instructions"_s)
                                     .toString();
    ASSERT_FALSE(original.isEmpty());
    ASSERT_TRUE(bob.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}).ok());
    ASSERT_EQ(bob.sync().applied, 1);
    {
        WorkPage page(*bob.store, *bob.engine);
        page.resize(1100, 720);
        page.show();
        ASSERT_EQ(page.leaseIds().size(), 1);
        WorkView *view = page.workView();
        QTest::mouseClick(findButton(view, u"Propose a reframing…"_s), Qt::LeftButton);
        auto *dialog = view->findChild<ReframeDialog *>();
        ASSERT_NE(dialog, nullptr);
        QPlainTextEdit *instructions = dialog->instructionsEdit();
        QTest::keyClick(instructions, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClicks(instructions, u"Read the whole sentence first. "_s);
        QTest::keyClick(instructions, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(instructions, u" A ministry is an organisation."_s);
        QTest::keyClicks(dialog->rationaleEdit(), u"Workers disagree whether ministries count as ORG."_s);
        dialog->accept();
    }
    const SyncReport proposed = bob.sync();
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed.applied, 1);
    EXPECT_EQ(proposed.rejected, 0);
    ASSERT_EQ(proposalsOf(bob).size(), 1);
    const QString proposalId = proposalsOf(bob).first().value(u"id"_s).toString();
    EXPECT_EQ(proposalsOf(bob).first().value(u"state"_s).toString(), u"open"_s);

    // ada finds it beside her feedback, with bob's rationale and both hunks.
    DemoDesk ada = signIn(u"ada"_s);
    ASSERT_TRUE(ada.store);
    FeedbackPage page(*ada.store, *ada.engine);
    page.resize(1200, 760);
    page.show();
    ASSERT_EQ(page.proposalCount(), 1);
    EXPECT_TRUE(page.proposalRowText(proposalId).contains(kEntityTask));
    EXPECT_TRUE(page.proposalRowText(proposalId).contains(u"Open"_s)) << page.proposalRowText(proposalId).toStdString();
    ASSERT_TRUE(page.selectProposal(proposalId));
    EXPECT_EQ(page.currentProposalId(), proposalId);
    EXPECT_TRUE(page.currentFeedbackId().isEmpty()) << "one preview, one selection";
    FeedbackPreview *preview = page.preview();
    ASSERT_TRUE(preview->isReframeProposal());
    EXPECT_TRUE(preview->rationaleText().contains(u"Workers disagree whether ministries count as ORG."_s))
            << preview->rationaleText().toStdString();
    ASSERT_EQ(preview->hunks().size(), 2);
    EXPECT_TRUE(preview->changesText().contains(u"Read the whole sentence first."_s));
    EXPECT_TRUE(preview->changesText().contains(u"A ministry is an organisation."_s));
    EXPECT_FALSE(preview->changesText().contains(u"No comment"_s)) << "a proposal has a rationale, not comments";
    saveShot(page, u"reframe-review-open"_s);
    if (!qEnvironmentVariableIsEmpty("CHRYSALIS_SCREENSHOT_DIR")) {
        qApp->setPalette(darkPalette());
        QCoreApplication::processEvents();
        saveShot(page, u"reframe-review-open-dark"_s);
        qApp->setPalette(lightPalette());
    }

    // Adopting needs an accepted hunk; she accepts the second and rejects the first by keyboard.
    QPushButton *adopt = findButton(preview, u"Adopt accepted changes"_s);
    ASSERT_NE(adopt, nullptr);
    EXPECT_FALSE(adopt->isEnabled());
    auto *browser = preview->findChild<QTextBrowser *>(u"changes"_s);
    ASSERT_NE(browser, nullptr);
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_R);
    QTest::keyClick(browser, Qt::Key_A);
    const QString accepted = preview->hunks().at(1).id;
    ASSERT_EQ(preview->acceptedHunkIds(), QStringList{accepted});
    ASSERT_TRUE(adopt->isEnabled());
    QSignalSpy queued(&page, &FeedbackPage::proposalResolutionQueued);
    QTest::mouseClick(adopt, Qt::LeftButton);
    ASSERT_EQ(queued.size(), 1);
    const Result<QList<OutboxEntry>> pending = ada.store->pendingMutations(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().name, u"reframe.resolve@1"_s);
    EXPECT_EQ(pending->first().args.value(u"decision"_s).toString(), u"adopt"_s);
    EXPECT_EQ(pending->first().args.value(u"accepted_hunks"_s).toVariant().toStringList(), QStringList{accepted});

    const SyncReport resolved = ada.sync();
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.applied, 1);
    EXPECT_EQ(resolved.rejected, 0);
    // The task's new revision has exactly the accepted change.
    const QJsonObject adoptedTask = taskNamed(ada, kEntityTask);
    const QJsonObject revision = mirrorRow(ada, u"task_revision"_s, adoptedTask.value(u"revision_id"_s).toString());
    EXPECT_EQ(revision.value(u"number"_s).toInt(), 2);
    EXPECT_EQ(revision.value(u"instructions"_s).toString(), original + u" A ministry is an organisation."_s);
    const QJsonObject proposal = mirrorRow(ada, u"reframe_proposal"_s, proposalId);
    EXPECT_EQ(proposal.value(u"state"_s).toString(), u"adopted"_s);
    EXPECT_EQ(proposal.value(u"adopted_revision_id"_s).toString(), revision.value(u"id"_s).toString());

    // Still listed, with its outcome, shown against the revision it was adopted onto.
    ASSERT_EQ(page.currentProposalId(), proposalId);
    EXPECT_TRUE(page.proposalRowText(proposalId).contains(u"Adopted"_s));
    EXPECT_TRUE(preview->isReadOnly());
    EXPECT_TRUE(preview->outcomeText().startsWith(u"Adopted as revision 2"_s)) << preview->outcomeText().toStdString();
    EXPECT_TRUE(preview->outcomeText().endsWith(u"changes taken: 1 of 2"_s)) << preview->outcomeText().toStdString();
    ASSERT_EQ(preview->hunks().size(), 2);
    EXPECT_EQ(preview->decision(accepted), HunkDecision::Accepted);
    EXPECT_EQ(preview->decision(preview->hunks().at(0).id), HunkDecision::Rejected);
    QTest::keyClick(browser, Qt::Key_A); // a decided proposal cannot be decided again
    EXPECT_EQ(preview->decision(preview->hunks().at(0).id), HunkDecision::Rejected);
    EXPECT_EQ(findButton(preview, u"Adopt accepted changes"_s)->isVisible(), false);
    saveShot(page, u"reframe-review-adopted"_s);

    // bob's dashboard credits the adoption.
    ASSERT_TRUE(bob.sync().ok());
    EXPECT_EQ(mirrorRow(bob, u"reframe_proposal"_s, proposalId).value(u"state"_s).toString(), u"adopted"_s);
    EXPECT_EQ(mirrorRow(bob, u"account"_s, bob.accountId).value(u"adopted_proposals"_s).toInt(), 1);
    FairWorkPage dashboard(*bob.store, *bob.engine);
    dashboard.resize(1100, 900);
    dashboard.show();
    EXPECT_EQ(dashboard.figures().reframesAdopted, 1);
    ASSERT_EQ(dashboard.ownProposals().size(), 1);
    EXPECT_EQ(dashboard.ownProposals().first().state, u"adopted"_s);
    const QString shown = dashboard.shownText();
    EXPECT_TRUE(shown.contains(u"Adopted by requesters\t1"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(kEntityTask + u" — adopted (changes taken: 1)"_s)) << shown.toStdString();
    saveShot(dashboard, u"reframe-dashboard-adopted"_s);
}

TEST_F(ReframeReviewTest, ADeclinedProposalLeavesTheTaskAsItWasAndShowsAsDeclined)
{
    DemoDesk sam = signIn(u"sam"_s);
    ASSERT_TRUE(sam.store);
    const QJsonObject task = taskNamed(sam, kSentimentTask);
    ASSERT_FALSE(task.isEmpty());
    const QString revisionId = task.value(u"revision_id"_s).toString();
    QJsonObject markup = mirrorRow(sam, u"task_revision"_s, revisionId);
    ASSERT_FALSE(markup.isEmpty());
    for (const auto &key : {u"id"_s, u"number"_s, u"created_at"_s})
        markup.remove(key);
    markup.insert(u"title"_s, u"Sentiment of kettle and toaster reviews"_s);
    const QString proposalId = newId();
    ASSERT_TRUE(sam.engine
                        ->enqueue(u"reframe.propose@1"_s,
                                  {{u"proposal_id"_s, proposalId},
                                   {u"task_id"_s, task.value(u"id"_s)},
                                   {u"markup_revision"_s, markup},
                                   {u"rationale"_s, u"Every review is about a kettle or a toaster."_s}})
                        .ok());
    ASSERT_EQ(sam.sync().applied, 1);

    DemoDesk ada = signIn(u"ada"_s);
    ASSERT_TRUE(ada.store);
    FeedbackPage page(*ada.store, *ada.engine);
    page.resize(1200, 760);
    page.show();
    ASSERT_TRUE(page.selectProposal(proposalId));
    FeedbackPreview *preview = page.preview();
    ASSERT_EQ(preview->hunks().size(), 1);
    EXPECT_EQ(preview->hunks().first().kind, HunkKind::Title);
    QSignalSpy queued(&page, &FeedbackPage::proposalResolutionQueued);
    QTest::mouseClick(findButton(preview, u"Decline proposal"_s), Qt::LeftButton);
    ASSERT_EQ(queued.size(), 1);
    const Result<QList<OutboxEntry>> pending = ada.store->pendingMutations(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().args.value(u"decision"_s).toString(), u"decline"_s);
    EXPECT_FALSE(pending->first().args.contains(u"accepted_hunks"_s));
    const SyncReport resolved = ada.sync();
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved.applied, 1);
    EXPECT_EQ(resolved.rejected, 0);
    EXPECT_EQ(taskNamed(ada, kSentimentTask).value(u"revision_id"_s).toString(), revisionId) << "no new revision";
    EXPECT_EQ(mirrorRow(ada, u"reframe_proposal"_s, proposalId).value(u"state"_s).toString(), u"declined"_s);
    EXPECT_TRUE(page.proposalRowText(proposalId).contains(u"Declined"_s));
    EXPECT_TRUE(page.proposalRowText(proposalId).startsWith(kSentimentTask)) << "under the task's own title";
    EXPECT_TRUE(preview->isReadOnly());
    EXPECT_TRUE(preview->outcomeText().startsWith(u"Declined"_s)) << preview->outcomeText().toStdString();
    EXPECT_EQ(preview->decision(preview->hunks().first().id), HunkDecision::Rejected);
    saveShot(page, u"reframe-review-declined"_s);

    ASSERT_TRUE(sam.sync().ok());
    FairWorkPage dashboard(*sam.store, *sam.engine);
    EXPECT_EQ(dashboard.figures().reframesAdopted, 0);
    EXPECT_EQ(dashboard.figures().reframesDeclined, 1);
    EXPECT_TRUE(dashboard.shownText().contains(u"Waiting / declined\t0 / 1"_s)) << dashboard.shownText().toStdString();
    EXPECT_TRUE(dashboard.shownText().contains(kSentimentTask + u" — declined"_s)) << "under the task's own title";
}

} // namespace Chrysalis::Testing
