// The client shell driven as a worker would, against a real chrysalis-server demo marketplace on
// 127.0.0.1: sign in, see the queue, claim items, watch the outbox and the leases change.
#include "core/domain/ids.h"
#include "core/sync/leasemodel.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/taskqueuemodel.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/mainwindow/attentionpage.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mywork/myworkpage.h"
#include "ui/queue/queuepage.h"
#include "ui/session/session.h"
#include "ui/session/signindialog.h"
#include "ui/session/tokenvault.h"
#include "ui/work/workpage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

constexpr int kWaitMs = 30000;

QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(CHRYSALIS_SCREENSHOT_DIR));
    return QDir(QStringLiteral(CHRYSALIS_SCREENSHOT_DIR)).filePath(name);
}

// Every label text in the window's status bar, for what the worker reads there.
QString statusBarText(MainWindow &window)
{
    QStringList texts;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    return texts.join(u" | "_s);
}

// ada (butterfly requester) publishes a one-item task behind a content warning on `server`.
Status publishWarnedTask(const QUrl &server, const QString &dataDirectory, const QString &title)
{
    Session ada(dataDirectory);
    if (!Testing::signInToDemo(ada, server, u"ada"_s).ok())
        return Error{ErrorCode::Network, u"ada could not sign in"_s, {}};
    const QString taskId = newId();
    const QJsonObject field{{u"name"_s, u"label"_s},
                            {u"kind"_s, u"single_choice"_s},
                            {u"label"_s, u"Label"_s},
                            {u"required"_s, true},
                            {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"yes"_s}, {u"label"_s, u"Yes"_s}},
                                                      QJsonObject{{u"value"_s, u"no"_s}, {u"label"_s, u"No"_s}}}}};
    const QJsonObject revision{{u"title"_s, title},
                               {u"instructions"_s, u"Pick one."_s},
                               {u"form"_s, QJsonArray{field}},
                               {u"pay_cents"_s, 25},
                               {u"estimate_seconds"_s, 30},
                               {u"content_warnings"_s, QJsonArray{u"violence"_s}}};
    SyncEngine &engine = *ada.engine();
    engine.setDebounce(std::chrono::hours(1));
    if (!engine.enqueue(u"task.draft_save@1"_s,
                        {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}}) ||
        !engine.enqueue(u"task.items_add@1"_s,
                        {{u"task_id"_s, taskId},
                         {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, newId()},
                                                             {u"data"_s, QJsonObject{{u"text"_s, u"x"_s}}}}}}}) ||
        !engine.enqueue(u"task.publish@1"_s, {{u"task_id"_s, taskId}}))
        return Error{ErrorCode::Internal, u"cannot queue ada's task"_s, {}};
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    if (!finished.wait(kWaitMs))
        return Error{ErrorCode::Network, u"ada's sync did not finish"_s, {}};
    auto counts = ada.store()->counts();
    if (!counts || counts->pending + counts->rejected + counts->blocked > 0)
        return Error{ErrorCode::Conflict, u"ada's task was not published"_s, {}};
    return {};
}

class ClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"ChrysalisTests"_s);
        QCoreApplication::setApplicationName(u"client_test"_s);
        m_session = std::make_unique<Session>(m_dir.path());
        m_session->setServerProgram(Testing::serverBinary());
        // As the client does at start: counts read in natural English.
        m_translators = installClientTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void TearDown() override
    {
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QList<QTranslator *> m_translators;
};

TEST_F(ClientTest, AWorkerSignsInLocallySeesTheQueueClaimsAndGetsLeases)
{
    const Status signedIn = Testing::signInLocally(*m_session, u"bob"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    ASSERT_TRUE(m_session->isLocal());
    EXPECT_TRUE(m_session->roles().contains(u"worker"_s));

    MainWindow window(*m_session);
    window.addStandardPages();
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.showPage(u"queue"_s));
    // A bronze worker has no requester pages; conflicts and money are everyone's.
    EXPECT_EQ(window.pageIds(),
              (QStringList{u"queue"_s, u"work"_s, u"mywork"_s, u"fairwork"_s, u"teams"_s, u"conflicts"_s, u"money"_s,
                           u"leaderboard"_s, u"profile"_s, u"attention"_s}));

    const SyncReport first = Testing::syncOnce(*m_session->engine());
    ASSERT_TRUE(first.ok()) << first.errors.constFirst().message.toStdString();
    auto *queue = qobject_cast<QueuePage *>(window.page(u"queue"_s));
    ASSERT_NE(queue, nullptr);
    TaskQueueModel *model = queue->queueModel();
    ASSERT_GT(model->rowCount(), 0);

    // The first task bob may take, chosen by clicking its row.
    int takeable = -1;
    for (int row = 0; row < model->rowCount() && takeable < 0; ++row) {
        if (model->row(row)->canTake)
            takeable = row;
    }
    ASSERT_GE(takeable, 0) << "the demo marketplace offers bob no task";
    const TaskQueueRow task = *model->row(takeable);
    QTableView *view = queue->queueView();
    view->scrollTo(model->index(takeable, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(takeable, 0)).center());
    ASSERT_EQ(view->currentIndex().row(), takeable);

    auto *count = queue->findChild<QSpinBox *>();
    ASSERT_NE(count, nullptr);
    const int wanted = static_cast<int>(std::min<qint64>(task.itemsOpen, 2));
    count->setValue(wanted);
    QPushButton *claim = nullptr;
    for (QPushButton *button : queue->findChildren<QPushButton *>()) {
        if (button->text().contains(u"Claim"_s))
            claim = button;
    }
    ASSERT_NE(claim, nullptr);
    ASSERT_TRUE(claim->isEnabled());
    m_session->engine()->setDebounce(std::chrono::hours(1)); // the test syncs by hand
    QTest::mouseClick(claim, Qt::LeftButton);

    auto pending = m_session->store()->pendingMutations(10);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->constFirst().name, u"lease.claim@1"_s);
    EXPECT_EQ(pending->constFirst().args.value(u"task_id"_s).toString(), task.id);
    EXPECT_EQ(pending->constFirst().args.value(u"count"_s).toInt(), wanted);
    EXPECT_TRUE(statusBarText(window).contains(u"1 change waiting to sync"_s)) << statusBarText(window).toStdString();

    const SyncReport second = Testing::syncOnce(*m_session->engine());
    ASSERT_TRUE(second.ok()) << second.errors.constFirst().message.toStdString();
    EXPECT_EQ(second.applied, 1);
    EXPECT_EQ(m_session->store()->counts()->pending, 0);
    EXPECT_TRUE(statusBarText(window).contains(u"All changes synced"_s)) << statusBarText(window).toStdString();

    LeaseModel *leases = queue->leaseModel();
    ASSERT_EQ(leases->rowCount(), wanted);
    for (int row = 0; row < wanted; ++row) {
        EXPECT_EQ(leases->index(row, LeaseModel::Task).data().toString(), task.title);
        EXPECT_GT(leases->index(row, LeaseModel::ExpiresIn).data(LeaseModel::SecondsLeftRole).toLongLong(), 0);
        EXPECT_TRUE(leases->index(row, LeaseModel::ExpiresIn).data().toString().endsWith(u"left"_s));
    }
    queue->selectTask(task.id);
    QCoreApplication::processEvents();
    window.grab().save(screenshotPath(u"queue-after-claim.png"_s));

    // Enter on a leased item opens it in the work view.
    QTableView *leaseView = queue->findChild<QTableView *>(u"leaseView"_s);
    ASSERT_NE(leaseView, nullptr);
    const QString secondLease = leases->index(wanted - 1, 0).data(LeaseModel::LeaseIdRole).toString();
    leaseView->setFocus();
    leaseView->setCurrentIndex(leases->index(wanted - 1, 0));
    QTest::keyClick(leaseView, Qt::Key_Return);
    EXPECT_EQ(window.currentPageId(), u"work"_s);
    auto *work = qobject_cast<WorkPage *>(window.page(u"work"_s));
    ASSERT_NE(work, nullptr);
    EXPECT_EQ(work->currentLeaseId(), secondLease);
    EXPECT_EQ(work->leaseIds().size(), wanted);
}

TEST_F(ClientTest, ARejectedClaimShowsInNeedsAttentionAndCanBeDismissed)
{
    const Status signedIn = Testing::signInLocally(*m_session, u"bob"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    // A task behind a content warning bob has not opted in to.
    const Status published =
            publishWarnedTask(m_session->localMarketplace()->url(), m_dir.filePath(u"ada"_s), u"Violent headlines"_s);
    ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
    MainWindow window(*m_session);
    window.addStandardPages();
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(Testing::syncOnce(*m_session->engine()).ok());

    // The task bob may not take, claimed anyway (the queue would not offer the button).
    ASSERT_TRUE(window.showPage(u"queue"_s));
    auto *queue = qobject_cast<QueuePage *>(window.page(u"queue"_s));
    std::optional<TaskQueueRow> gated;
    for (int row = 0; row < queue->queueModel()->rowCount() && !gated; ++row) {
        if (!queue->queueModel()->row(row)->canTake)
            gated = queue->queueModel()->row(row);
    }
    ASSERT_TRUE(gated.has_value()) << "the warned task is not gated for bob";
    ASSERT_FALSE(gated->gateReasons.isEmpty());
    ASSERT_TRUE(queue->selectTask(gated->id));
    auto *why = queue->findChild<QPushButton *>();
    for (QPushButton *button : queue->findChildren<QPushButton *>()) {
        if (button->text().contains(u"Why"_s))
            why = button;
    }
    ASSERT_TRUE(why->isVisibleTo(queue));
    QTest::keyClick(why, Qt::Key_Space);
    ASSERT_TRUE(why->isChecked());
    bool reasonShown = false;
    for (QLabel *label : queue->findChildren<QLabel *>()) {
        if (label->isVisibleTo(queue) &&
            label->text().contains(TaskQueueModel::gateReasonText(gated->gateReasons.first())))
            reasonShown = true;
    }
    EXPECT_TRUE(reasonShown);

    const qint64 id = *m_session->engine()->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, gated->id}});
    ASSERT_TRUE(Testing::syncOnce(*m_session->engine()).ok());
    ASSERT_TRUE(window.showPage(u"attention"_s));
    auto *attention = qobject_cast<AttentionPage *>(window.page(u"attention"_s));
    QAbstractItemModel *listed = attention->list()->model();
    ASSERT_EQ(listed->rowCount(), 1);
    EXPECT_EQ(listed->index(0, 0).data().toString(), AttentionPage::mutationTitle(u"lease.claim@1"_s));
    EXPECT_TRUE(listed->index(0, 2).data().toString().contains(u"NOT_ELIGIBLE"_s));
    window.grab().save(screenshotPath(u"needs-attention.png"_s));

    QPushButton *dismiss = nullptr;
    for (QPushButton *button : attention->findChildren<QPushButton *>()) {
        if (button->text().contains(u"Dismiss"_s))
            dismiss = button;
    }
    ASSERT_NE(dismiss, nullptr);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    EXPECT_EQ(listed->rowCount(), 0);
    const auto kept = m_session->store()->entry(id);
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_TRUE((*kept)->isDismissed());
}

TEST_F(ClientTest, SignInThroughTheDialogAndSwitchingAccountsKeepsOutboxesApart)
{
    auto server = Testing::ServerProcess::start(u"sqlite:"_s + m_dir.filePath(u"market.db"_s), {u"--demo"_s});
    ASSERT_TRUE(server.ok()) << server.error().message.toStdString();

    SignInDialog dialog(*m_session);
    dialog.show();
    dialog.serverEdit()->setText((*server)->baseUrl().toString());
    dialog.userEdit()->setText(u"bob"_s);
    dialog.grab().save(screenshotPath(u"sign-in.png"_s));
    dialog.passwordEdit()->setText(u"wrong"_s);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.connectButton()->isEnabled(); }, kWaitMs));
    EXPECT_TRUE(dialog.message()->text().contains(u"Could not sign in"_s));
    EXPECT_FALSE(m_session->isSignedIn());

    dialog.passwordEdit()->setText(Session::demoPassword());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, kWaitMs));
    ASSERT_TRUE(m_session->isSignedIn());
    const QString bobStore = m_session->store()->path();
    ASSERT_TRUE(m_session->engine()->enqueue(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"Welsh"_s}}}).ok());

    // bea signs in on the same computer before bob's change was sent.
    const Status bea = Testing::signInToDemo(*m_session, (*server)->baseUrl(), u"bea"_s);
    ASSERT_TRUE(bea.ok()) << bea.error().message.toStdString();
    EXPECT_NE(m_session->store()->path(), bobStore);
    EXPECT_EQ(m_session->store()->counts()->pending, 0);
    ASSERT_TRUE(Testing::syncOnce(*m_session->engine()).ok());
    EXPECT_EQ(m_session->account().value(u"username"_s).toString(), u"bea"_s);
    EXPECT_FALSE(m_session->account().value(u"skills"_s).toArray().contains(u"Welsh"_s)); // bob's change is not hers

    // bob's change waited in his own database and goes out under his own sign-in.
    ASSERT_TRUE(Testing::signInToDemo(*m_session, (*server)->baseUrl(), u"bob"_s).ok());
    EXPECT_EQ(m_session->store()->path(), bobStore);
    EXPECT_EQ(m_session->store()->counts()->pending, 1);
    ASSERT_TRUE(Testing::syncOnce(*m_session->engine()).ok());
    EXPECT_EQ(m_session->store()->counts()->pending, 0);
    EXPECT_EQ(m_session->account().value(u"skills"_s).toArray(), QJsonArray{u"Welsh"_s});
}

TEST_F(ClientTest, TheSidebarFollowsTheAccountsRoles)
{
    EXPECT_EQ(MainWindow::rolesFor({u"worker"_s}, u"bronze"_s),
              (QList<PageRole>{PageRole::Everyone, PageRole::Worker}));
    EXPECT_EQ(MainWindow::rolesFor({u"worker"_s}, u"gold"_s),
              (QList<PageRole>{PageRole::Everyone, PageRole::Worker, PageRole::Arbiter}));
    EXPECT_EQ(MainWindow::rolesFor({u"requester"_s}, u"bronze"_s),
              (QList<PageRole>{PageRole::Everyone, PageRole::Requester}));

    const Status signedIn = Testing::signInLocally(*m_session, u"gia"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    MainWindow window(*m_session);
    window.addStandardPages();
    auto *arbitration = new QLabel(u"panels"_s);
    window.addPage({u"panels"_s, PageRole::Arbiter, u"Panels"_s, {}}, arbitration);
    auto *requests = new QLabel(u"requests"_s);
    window.addPage({u"requests"_s, PageRole::Requester, u"Requests"_s, {}}, requests);
    EXPECT_TRUE(window.pageIds().contains(u"panels"_s));
    EXPECT_FALSE(window.pageIds().contains(u"requests"_s));
    EXPECT_FALSE(window.showPage(u"requests"_s));
    ASSERT_TRUE(window.showPage(u"panels"_s));
    EXPECT_EQ(window.currentPageId(), u"panels"_s);
}

TEST_F(ClientTest, TheTokenVaultKeepsATokenWithOrWithoutAKeychainService)
{
    TokenVault vault;
    const QString key = TokenVault::keyFor(u"https://market.example.org"_s, u"Bob"_s);
    EXPECT_EQ(key, TokenVault::keyFor(u"https://market.example.org"_s, u"bob"_s));
    std::optional<Status> stored;
    vault.store(key, u"token-123"_s, [&](const Status &status) { stored = status; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, kWaitMs));
    // Without a keychain service (offscreen, CI) the token is kept for this run and the caller is told.
    if (!stored->ok()) {
        EXPECT_EQ(stored->error().code, ErrorCode::Storage);
        EXPECT_FALSE(vault.keychainAvailable());
    }
    std::optional<Result<QString>> loaded;
    vault.load(key, [&](const Result<QString> &token) { loaded = token; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.has_value(); }, kWaitMs));
    ASSERT_TRUE(loaded->ok());
    EXPECT_EQ(**loaded, u"token-123"_s);
    vault.remove(key);
}

} // namespace
} // namespace Chrysalis
