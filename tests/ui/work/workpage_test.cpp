// The WorkPage against a real chrysalis-server with the demo marketplace: claim, answer offline, sync.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/work/answerdrafts.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/work/fieldeditor.h"
#include "ui/work/workdialogs.h"
#include "ui/work/workpage.h"
#include "ui/work/workview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kEntityTask = u"Named entities in news sentences"_s;

QPushButton *findButton(QWidget *parent, const QString &text)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    ADD_FAILURE() << "no button " << text.toStdString();
    return nullptr;
}

void clickButton(QWidget *parent, const QString &text)
{
    if (QPushButton *button = findButton(parent, text))
        QTest::mouseClick(button, Qt::LeftButton);
}

class WorkPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        startServer(u"127.0.0.1:0"_s);
        ASSERT_TRUE(m_server);
        m_desk = Testing::signInDesk(m_server->baseUrl(), m_dir.path(), u"bob"_s, Testing::syncingSoon(u"client.db"_s));
        ASSERT_TRUE(m_desk.engine && !m_desk.accountId.isEmpty());
    }

    void startServer(const QString &listen)
    {
        auto server = Testing::ServerProcess::start(u"sqlite:"_s + m_dir.filePath(u"market.db"_s),
                                                    {u"--demo"_s, u"--listen"_s, listen});
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
    }

    SyncReport sync() { return m_desk.sync(); }
    QString taskId(const QString &title) const { return m_desk.taskId(title); }

    QTemporaryDir m_dir;
    std::unique_ptr<Testing::ServerProcess> m_server;
    Testing::DemoDesk m_desk;
};

TEST_F(WorkPageTest, AnAnswerGivenOfflineIsPendingAtOnceAndReachesTheServerOnSync)
{
    ASSERT_TRUE(sync().ok());
    const QString task = taskId(kEntityTask);
    ASSERT_FALSE(task.isEmpty());
    ASSERT_TRUE(m_desk.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, task}, {u"count"_s, 2}}).ok());
    const SyncReport claimed = sync();
    ASSERT_TRUE(claimed.ok());
    ASSERT_EQ(claimed.applied, 1);

    auto drafts = AnswerDrafts::open(m_dir.filePath(u"drafts.db"_s));
    ASSERT_TRUE(drafts.ok());
    WorkPage page(*m_desk.store, *m_desk.engine);
    page.setDrafts(drafts->get());
    page.resize(1100, 720);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));

    const QStringList leases = page.leaseIds();
    ASSERT_EQ(leases.size(), 2);
    EXPECT_EQ(page.currentLeaseId(), leases.first());
    EXPECT_TRUE(page.rowText(leases.first()).contains(kEntityTask));
    EXPECT_TRUE(page.rowText(leases.first()).contains(u"left"_s)) << page.rowText(leases.first()).toStdString();
    WorkView *view = page.workView();
    ASSERT_TRUE(view->hasWorkItem());
    EXPECT_EQ(view->workItem().title, kEntityTask);
    // The heading names the task and the item on show, and how many items the leases hold.
    EXPECT_EQ(page.headingText(), kEntityTask + u" — item 1 of 2"_s);
    EXPECT_EQ(page.remainingText(), u"Left in your leases: 2"_s);
    page.setCurrentLease(leases.at(1));
    EXPECT_EQ(page.headingText(), kEntityTask + u" — item 2 of 2"_s);
    page.setCurrentLease(leases.first());
    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        EXPECT_TRUE(page.grab().save(QDir(shots).filePath(u"workpage.png"_s)));
    }

    m_server->kill(); // the network is gone from here on
    const QUrl address = m_server->baseUrl();

    // Mark the first word as a person and pick the first topic, all by keyboard.
    view->editor(u"entities"_s)->focusEditor();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    view->editor(u"topic"_s)->focusEditor();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    const QJsonObject fields = view->fields();
    ASSERT_EQ(fields.value(u"topic"_s).toString(), u"science"_s);
    ASSERT_EQ(fields.value(u"entities"_s).toArray().size(), 1);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    // Offline: the answer shows as pending, the lease as used, and the page moved on.
    auto answers = m_desk.store->list(u"answer"_s);
    ASSERT_TRUE(answers.ok());
    QString answerId;
    for (const StoredEntity &answer : *answers) {
        if (answer.local) {
            answerId = answer.id;
            EXPECT_EQ(answer.data.value(u"status"_s).toString(), u"pending_review"_s);
            EXPECT_EQ(answer.data.value(u"fields"_s).toObject(), fields);
        }
    }
    ASSERT_FALSE(answerId.isEmpty());
    auto lease = m_desk.store->read(u"lease"_s, leases.first());
    ASSERT_TRUE(lease.ok() && lease->has_value());
    EXPECT_EQ((*lease)->value(u"state"_s).toString(), u"used"_s);
    EXPECT_EQ(page.leaseIds(), QStringList{leases.at(1)});
    EXPECT_EQ(page.currentLeaseId(), leases.at(1));
    EXPECT_EQ(page.headingText(), kEntityTask + u" — item 1 of 1"_s);
    EXPECT_EQ(page.remainingText(), u"Left in your leases: 1"_s);
    auto counts = m_desk.store->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->pending, 1);
    auto draft = (*drafts)->load(leases.first());
    ASSERT_TRUE(draft.ok());
    EXPECT_FALSE(draft->has_value()) << "the draft goes once the answer is stored";

    // Back online on the same address: the answer reaches the server and comes back from it.
    startServer(u"127.0.0.1:%1"_s.arg(address.port()));
    ASSERT_TRUE(m_server);
    const SyncReport pushed = sync();
    ASSERT_TRUE(pushed.ok()) << (pushed.errors.isEmpty() ? "" : pushed.errors.first().message.toStdString());
    EXPECT_EQ(pushed.applied, 1);
    auto stored = m_desk.store->list(u"answer"_s);
    ASSERT_TRUE(stored.ok());
    bool found = false;
    for (const StoredEntity &answer : *stored) {
        if (answer.id != answerId)
            continue;
        found = true;
        EXPECT_FALSE(answer.local) << "now from the server's mirror";
        EXPECT_EQ(answer.data.value(u"status"_s).toString(), u"pending_review"_s);
        EXPECT_EQ(answer.data.value(u"fields"_s).toObject(), fields);
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(page.leaseIds(), QStringList{leases.at(1)});

    // Having answered, bob rates the task and proposes clearer instructions, each through its dialog.
    clickButton(view, u"Rate this task…"_s);
    auto *rating = view->findChild<RateTaskDialog *>();
    ASSERT_NE(rating, nullptr);
    rating->setRating(9);
    rating->accept();
    clickButton(view, u"Propose a reframing…"_s);
    auto *reframe = view->findChild<ReframeDialog *>();
    ASSERT_NE(reframe, nullptr);
    QTest::keyClicks(reframe->instructionsEdit(), u" Titles such as Dr. are never part of a span."_s);
    QTest::keyClicks(reframe->rationaleEdit(), u"Workers kept asking about titles."_s);
    reframe->accept();
    const SyncReport proposed = sync();
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed.applied, 2);
    EXPECT_EQ(proposed.rejected, 0);
    auto attention = m_desk.store->needsAttention();
    ASSERT_TRUE(attention.ok());
    for (const OutboxEntry &entry : *attention)
        ADD_FAILURE() << entry.name.toStdString() << ": " << entry.outcomeMessage().toStdString();
}

TEST_F(WorkPageTest, ALongRunOfItemsWithContentWarningsEndsInTheOfferOfABreak)
{
    ASSERT_TRUE(sync().ok());
    const QString task = taskId(kEntityTask);
    ASSERT_FALSE(task.isEmpty());
    ASSERT_TRUE(m_desk.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, task}, {u"count"_s, 2}}).ok());
    ASSERT_TRUE(sync().ok());

    // The demo task carries no warning: give the revision the worker sees one, as the server would send it.
    auto leases = m_desk.store->list(u"lease"_s);
    ASSERT_TRUE(leases.ok());
    QString revisionId;
    for (const StoredEntity &lease : *leases) {
        if (lease.data.value(u"task_id"_s).toString() == task)
            revisionId = lease.data.value(u"revision_id"_s).toString();
    }
    ASSERT_FALSE(revisionId.isEmpty());
    auto revision = m_desk.store->read(u"task_revision"_s, revisionId);
    ASSERT_TRUE(revision.ok() && revision->has_value());
    QJsonObject flagged = **revision;
    flagged.insert(u"content_warnings"_s, QJsonArray{u"violence"_s});
    auto state = m_desk.store->state();
    ASSERT_TRUE(state.ok() && state->cursor.has_value());
    PullPage page;
    page.cursor = *state->cursor;
    page.changes.append({1, u"task_revision"_s, revisionId, EntityOp::Upsert, 1'000'000, flagged});
    ASSERT_TRUE(m_desk.store->applyPull(page).ok());
    auto reread = m_desk.store->read(u"task_revision"_s, revisionId);
    ASSERT_TRUE(reread.ok() && reread->has_value());
    ASSERT_EQ((**reread).value(u"content_warnings"_s).toArray().size(), 1);

    m_server->kill(); // answers stay in the outbox; the offer does not need the network
    WorkPage work(*m_desk.store, *m_desk.engine);
    work.setBreakRules({.flaggedItems = 2, .flaggedMinutes = 60, .pauseMinutes = 10});
    work.resize(1100, 720);
    work.show();
    work.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&work));
    ASSERT_EQ(work.leaseIds().size(), 2);
    const auto answerCurrent = [&] {
        const QString lease = work.currentLeaseId();
        work.workView()->editor(u"topic"_s)->setValue(u"science"_s);
        work.workView()->submit();
        EXPECT_NE(work.currentLeaseId(), lease) << "the answer was not taken";
    };
    answerCurrent();
    EXPECT_FALSE(work.statusText().contains(u"break"_s)) << work.statusText().toStdString();
    answerCurrent();
    EXPECT_TRUE(work.statusText().contains(u"short break"_s)) << work.statusText().toStdString();
}

TEST_F(WorkPageTest, SkipKeepsTheLeaseAndItsDraftWhileReleaseGivesItBack)
{
    ASSERT_TRUE(sync().ok());
    const QString task = taskId(kEntityTask);
    ASSERT_FALSE(task.isEmpty());
    ASSERT_TRUE(m_desk.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, task}, {u"count"_s, 2}}).ok());
    ASSERT_TRUE(sync().ok());
    auto drafts = AnswerDrafts::open(m_dir.filePath(u"drafts.db"_s));
    ASSERT_TRUE(drafts.ok());

    QStringList leases;
    {
        WorkPage page(*m_desk.store, *m_desk.engine);
        page.setDrafts(drafts->get());
        page.resize(1100, 720);
        page.show();
        page.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
        leases = page.leaseIds();
        ASSERT_EQ(leases.size(), 2);

        page.workView()->editor(u"topic"_s)->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        QTest::mouseClick(findButton(page.workView(), u"Skip"_s), Qt::LeftButton);
        EXPECT_EQ(page.currentLeaseId(), leases.at(1));
        EXPECT_EQ(page.leaseIds(), leases) << "skipping releases nothing";
        EXPECT_FALSE(page.workView()->fields().contains(u"topic"_s));
        auto counts = m_desk.store->counts();
        ASSERT_TRUE(counts.ok());
        EXPECT_EQ(counts->pending, 0);

        QTest::mouseClick(findButton(page.workView(), u"Previous"_s), Qt::LeftButton);
        EXPECT_EQ(page.currentLeaseId(), leases.first());
        EXPECT_EQ(page.workView()->fields().value(u"topic"_s).toString(), u"politics"_s) << "the draft is back";

        // The same by keyboard, through the action Preferences can rebind.
        page.workView()->editor(u"topic"_s)->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_EQ(page.currentLeaseId(), leases.at(1));
        EXPECT_EQ(page.leaseIds(), leases);
        QTest::mouseClick(findButton(page.workView(), u"Previous"_s), Qt::LeftButton);
        EXPECT_EQ(page.currentLeaseId(), leases.first());
    }
    {
        // A new page, as after a restart, finds the draft too.
        WorkPage page(*m_desk.store, *m_desk.engine);
        page.setDrafts(drafts->get());
        page.resize(1100, 720);
        page.show();
        ASSERT_EQ(page.currentLeaseId(), leases.first());
        EXPECT_EQ(page.workView()->fields().value(u"topic"_s).toString(), u"politics"_s);

        page.setCurrentLease(leases.at(1));
        QTest::mouseClick(findButton(&page, u"Release this item"_s), Qt::LeftButton);
        EXPECT_EQ(page.leaseIds(), QStringList{leases.first()});
        const SyncReport released = sync();
        ASSERT_TRUE(released.ok());
        EXPECT_EQ(released.applied, 1);
        auto lease = m_desk.store->read(u"lease"_s, leases.at(1));
        ASSERT_TRUE(lease.ok() && lease->has_value());
        EXPECT_EQ((*lease)->value(u"state"_s).toString(), u"released"_s);
        EXPECT_EQ(page.leaseIds(), QStringList{leases.first()});
    }
}

} // namespace
} // namespace Chrysalis
