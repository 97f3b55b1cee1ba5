// The requester's Team tasks page against a real chrysalis-server --demo: posting a team task through
// its dialog, rejecting a delivered team into one conflict panel, and inviting an earlier team.
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamroommodel.h"
#include "core/sync/teamtaskmodel.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/teams/centsspinbox.h"
#include "ui/teams/teampostdialog.h"
#include "ui/teams/teamrequestspage.h"
#include "ui/teams/teamreviewdialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kCheckout = u"Review the checkout screen"_s;

// Runs `act` on the dialog of type D once the page opened it (modal, in its own event loop).
template<typename D>
void whenOpened(std::function<void(D &)> act)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, elapsed] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<D *>(widget); dialog && dialog->isVisible()) {
                timer->deleteLater();
                timer->stop();
                act(*dialog);
                return;
            }
        }
        if (elapsed->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

void fillRole(TeamPostDialog &dialog, int row, const TeamSlotDraft &slot)
{
    dialog.roleEdit(row)->setText(slot.role);
    dialog.skillEdit(row)->setText(slot.skill);
    dialog.tierBox(row)->setCurrentIndex(dialog.tierBox(row)->findData(slot.minTier));
    dialog.seatsBox(row)->setValue(slot.count);
    dialog.payBox(row)->setValue(static_cast<int>(slot.payCents));
}

class TeamRequestsServerTest : public ::testing::Test
{
protected:
    using Client = Testing::DemoDesk;

    // The page's English counts ("1 seat", "2 seats") come from the client's English translation, as in the app.
    void SetUp() override
    {
        ASSERT_TRUE(m_market.ok());
        m_translators = installClientTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void TearDown() override
    {
        for (QTranslator *translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    Client signIn(const QString &username) { return m_market.signIn(username); }

    static void sync(Client &client)
    {
        const SyncReport report = client.sync();
        EXPECT_TRUE(report.ok()) << (report.errors.isEmpty() ? std::string()
                                                             : report.errors.first().message.toStdString());
    }

    static void send(Client &client, const Result<TeamMutation> &mutation)
    {
        ASSERT_TRUE(mutation.ok()) << mutation.error().message.toStdString();
        ASSERT_TRUE(client.engine->enqueue(mutation->name, mutation->args, mutation->overlay).ok());
        sync(client);
    }

    static QString teamTitled(LocalStore &store, TeamTaskModel::Audience audience, const QString &title)
    {
        TeamTaskModel model(store, audience);
        for (const TeamTask &task : model.teamTasks()) {
            if (task.title == title)
                return task.id;
        }
        return {};
    }

    static QJsonObject wallet(LocalStore &store)
    {
        auto state = store.state();
        auto found = store.read(u"wallet"_s, state ? state->userId : QString());
        return found && found->has_value() ? **found : QJsonObject();
    }

    static int pending(const Client &client)
    {
        auto counts = client.store->counts();
        return counts ? counts->pending : -1;
    }

    // The demo's checkout team: gia takes the designer seat and sam the last tester seat beside bea,
    // bea saves a draft and all three sign it, so the team has delivered to ada.
    QString deliverCheckoutTeam()
    {
        Client bea = signIn(u"bea"_s);
        Client sam = signIn(u"sam"_s);
        Client gia = signIn(u"gia"_s);
        const QString team = teamTitled(*sam.store, TeamTaskModel::Audience::Worker, kCheckout);
        EXPECT_FALSE(team.isEmpty());
        send(gia, TeamTaskModel(*gia.store).join(team, u"designer"_s));
        send(sam, TeamTaskModel(*sam.store).join(team, u"tester"_s));
        sync(bea);
        TeamRoomModel beaRoom(*bea.store);
        beaRoom.setTeamTaskId(team);
        send(bea, beaRoom.saveDraft(u"The coupon field hides the total."_s, 0));
        for (Client *member : {&bea, &sam, &gia}) {
            sync(*member);
            TeamRoomModel room(*member->store);
            room.setTeamTaskId(team);
            send(*member, room.sign());
        }
        return team;
    }

    Testing::DemoMarket m_market;
    QList<QTranslator *> m_translators;
};

TEST_F(TeamRequestsServerTest, APostedTeamTaskShowsAtOnceAndTheServerHoldsItsEscrow)
{
    Client ada = signIn(u"ada"_s);
    TeamRequestsPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    const QJsonObject before = wallet(*ada.store);
    ASSERT_FALSE(before.isEmpty());

    QString escrowShown;
    whenOpened<TeamPostDialog>([&](TeamPostDialog &dialog) {
        QTest::keyClicks(dialog.titleEdit(), u"Translate the dosage leaflet"_s);
        dialog.deliveryBox()->setCurrentIndex(dialog.deliveryBox()->findData(u"per_role"_s));
        fillRole(dialog, 0, {u"translator"_s, u"German"_s, u"bronze"_s, 1, 900});
        dialog.addRole({u"reviewer"_s, u"Medicine"_s, u"silver"_s, 2, 450});
        escrowShown = dialog.escrowText();
        Testing::saveShot(dialog, u"teams-post-dialog"_s);
        QTest::mouseClick(dialog.postButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page.newTeamTaskButton(), Qt::LeftButton);

    // At once, offline: the team task is listed and selected, waiting to sync.
    const QString id = page.currentTeamTaskId();
    ASSERT_FALSE(id.isEmpty());
    const int row = page.model()->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(page.model()->teamTask(row).local);
    EXPECT_EQ(page.model()->teamTask(row).title, u"Translate the dosage leaflet"_s);
    EXPECT_EQ(page.model()->teamTask(row).delivery, u"per_role"_s);
    EXPECT_EQ(pending(ada), 1);
    EXPECT_TRUE(page.summaryText().startsWith(u"Assembling"_s)) << page.summaryText().toStdString();
    EXPECT_TRUE(page.summaryText().contains(u"reviewer: 0 of 2 seats taken"_s));

    sync(ada);
    EXPECT_EQ(pending(ada), 0);
    const int synced = page.model()->rowOf(id);
    ASSERT_GE(synced, 0);
    EXPECT_FALSE(page.model()->teamTask(synced).local);
    auto entity = ada.store->read(u"team_task"_s, id);
    ASSERT_TRUE(entity.ok() && entity->has_value());
    const Cents escrow = (*entity)->value(u"escrow_cents"_s).toInteger();
    const BasisPoints feeBp = (*entity)->value(u"fee_bp"_s).toInteger();
    TeamPostDraft posted;
    posted.slots = {{u"translator"_s, u"German"_s, u"bronze"_s, 1, 900},
                    {u"reviewer"_s, u"Medicine"_s, u"silver"_s, 2, 450}};
    EXPECT_EQ(escrow, TeamTaskModel::postEscrow(posted, feeBp).valueOr(-1));
    EXPECT_GT(escrow, 1800);
    const QJsonObject after = wallet(*ada.store);
    EXPECT_EQ(before.value(u"balance_cents"_s).toInteger() - after.value(u"balance_cents"_s).toInteger(), escrow);
    EXPECT_EQ(after.value(u"escrow_cents"_s).toInteger() - before.value(u"escrow_cents"_s).toInteger(), escrow);
    EXPECT_TRUE(escrowShown.contains(formatCents(escrow))) << escrowShown.toStdString();
    Testing::saveShot(page, u"teams-requester-posted"_s);
}

TEST_F(TeamRequestsServerTest, TheServersRefusalOfAPostIsShownOnThePage)
{
    Client ada = signIn(u"ada"_s);
    TeamRequestsPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    EXPECT_TRUE(page.postRefusalText().isEmpty());
    // More than the balance, sent past the client's own check (as a second client's post could be).
    const Cents balance = wallet(*ada.store).value(u"balance_cents"_s).toInteger();
    const QJsonObject args{
            {u"team_task_id"_s, u"01900000-0000-7000-8000-0000000000f1"_s},
            {u"title"_s, u"Too dear a team"_s},
            {u"brief"_s, QString()},
            {u"delivery"_s, u"shared"_s},
            {u"deadline"_s, QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)},
            {u"slots"_s, QJsonArray{QJsonObject{{u"role"_s, u"tester"_s},
                                                {u"skill"_s, u"Software Testing"_s},
                                                {u"min_tier"_s, u"bronze"_s},
                                                {u"count"_s, 1},
                                                {u"pay_cents"_s, std::min<Cents>(balance + 1, 10'000'000)}}}}};
    ASSERT_LT(balance, 10'000'000);
    ASSERT_TRUE(ada.engine->enqueue(u"team.post@1"_s, args).ok());
    sync(ada);
    EXPECT_TRUE(page.postRefusalText().startsWith(u"“Too dear a team” was not posted: the escrow needs"_s))
            << page.postRefusalText().toStdString();
    Testing::saveShot(page, u"teams-requester-refused"_s);
}

TEST_F(TeamRequestsServerTest, ARejectedDeliveryBecomesOneConflictForTheWholeTeam)
{
    const QString team = deliverCheckoutTeam();
    Client ada = signIn(u"ada"_s);
    TeamRequestsPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(page.selectTeamTask(team));
    ASSERT_TRUE(page.rejectButton()->isVisible());
    ASSERT_TRUE(page.rejectButton()->isEnabled());
    EXPECT_FALSE(page.inviteButton()->isVisible());
    EXPECT_TRUE(page.summaryText().contains(u"designer: 1 of 1 seat taken"_s)) << page.summaryText().toStdString();
    EXPECT_TRUE(page.summaryText().contains(u"tester: 2 of 2 seats taken"_s)) << page.summaryText().toStdString();
    Testing::saveShot(page, u"teams-requester-delivered"_s);

    whenOpened<TeamRejectDialog>([](TeamRejectDialog &dialog) {
        EXPECT_FALSE(dialog.missing().isEmpty());
        EXPECT_TRUE(dialog.introText().contains(u"one conflict panel"_s));
        EXPECT_TRUE(dialog.introText().contains(u"Every member is paid"_s));
        dialog.setReasonCode(u"incomplete"_s);
        dialog.setReason(u"The brief asks for a review of every step; only the coupon field is covered."_s);
        EXPECT_TRUE(dialog.missing().isEmpty());
        Testing::saveShot(dialog, u"teams-reject-dialog"_s);
        dialog.accept();
    });
    QTest::mouseClick(page.rejectButton(), Qt::LeftButton);
    EXPECT_TRUE(page.summaryText().startsWith(u"In conflict"_s)) << page.summaryText().toStdString();
    EXPECT_FALSE(page.rejectButton()->isVisible());
    EXPECT_FALSE(page.approveButton()->isVisible());

    sync(ada);
    EXPECT_EQ(pending(ada), 0);
    EXPECT_TRUE(page.summaryText().startsWith(u"In conflict"_s)) << page.summaryText().toStdString();
    EXPECT_TRUE(page.statusText().startsWith(u"In conflict: a panel of gold arbiters"_s))
            << page.statusText().toStdString();
    auto conflicts = ada.store->list(u"conflict"_s);
    ASSERT_TRUE(conflicts.ok());
    int teamConflicts = 0;
    for (const StoredEntity &conflict : *conflicts) {
        if (conflict.data.value(u"team_task_id"_s).toString() == team) {
            ++teamConflicts;
            EXPECT_EQ(conflict.data.value(u"kind"_s).toString(), u"team"_s);
            EXPECT_EQ(conflict.data.value(u"reason_code"_s).toString(), u"incomplete"_s);
            EXPECT_EQ(conflict.data.value(u"members"_s).toArray().size(), 3);
        }
    }
    EXPECT_EQ(teamConflicts, 1);
    Testing::saveShot(page, u"teams-requester-in-conflict"_s);
}

TEST_F(TeamRequestsServerTest, AnApprovedTeamIsInvitedToANewTeamTask)
{
    TeamPostDraft draft;
    draft.title = u"Review the payment screen"_s;
    draft.deadline = QDateTime::currentDateTimeUtc().addDays(5);
    draft.slots = {{u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 1000},
                   {u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 500}};

    {
        // grace never had a team approved: there is no team to invite, and the page says why.
        Client grace = signIn(u"grace"_s);
        TeamRequestsPage gracePage(*grace.store, *grace.engine);
        send(grace, gracePage.model()->post(draft, 0));
        const QString own = teamTitled(*grace.store, TeamTaskModel::Audience::Requester, draft.title);
        ASSERT_FALSE(own.isEmpty());
        ASSERT_TRUE(gracePage.selectTeamTask(own));
        EXPECT_FALSE(gracePage.inviteButton()->isHidden());
        EXPECT_FALSE(gracePage.inviteButton()->isEnabled());
        EXPECT_EQ(gracePage.inviteButton()->toolTip(), u"You have no earlier team whose delivery you approved."_s);
    }

    const QString earlier = deliverCheckoutTeam();
    Client ada = signIn(u"ada"_s);
    TeamRequestsPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    send(ada, page.model()->post(draft, 0));
    const QString next = teamTitled(*ada.store, TeamTaskModel::Audience::Requester, draft.title);
    ASSERT_FALSE(next.isEmpty());

    ASSERT_TRUE(page.selectTeamTask(earlier));
    QTest::mouseClick(page.approveButton(), Qt::LeftButton);
    sync(ada);
    ASSERT_TRUE(page.selectTeamTask(next));
    ASSERT_TRUE(page.inviteButton()->isEnabled());

    QStringList listed;
    whenOpened<TeamInviteDialog>([&](TeamInviteDialog &dialog) {
        listed = dialog.teamTexts();
        // The demo's own approved team is listed too; ada picks the checkout team.
        const auto checkout = std::find_if(listed.cbegin(), listed.cend(),
                                           [](const QString &team) { return team.startsWith(kCheckout); });
        ASSERT_NE(checkout, listed.cend());
        dialog.choose(static_cast<int>(checkout - listed.cbegin()));
        Testing::saveShot(dialog, u"teams-invite-dialog"_s);
        dialog.accept();
    });
    QTest::mouseClick(page.inviteButton(), Qt::LeftButton);
    const QStringList checkoutTeams = listed.filter(kCheckout);
    ASSERT_EQ(checkoutTeams.size(), 1) << listed.join(u" | "_s).toStdString();
    EXPECT_TRUE(checkoutTeams.at(0).contains(u"(designer)"_s));
    EXPECT_TRUE(checkoutTeams.at(0).contains(u"(tester)"_s));
    EXPECT_TRUE(page.summaryText().contains(u"2 reserved for invitees"_s)) << page.summaryText().toStdString();
    sync(ada);
    EXPECT_EQ(pending(ada), 0);
    EXPECT_TRUE(page.summaryText().contains(u" · 1 reserved for invitee\n"_s)) << page.summaryText().toStdString();
    EXPECT_FALSE(page.inviteButton()->isEnabled()); // one invitation per team task
    Testing::saveShot(page, u"teams-requester-invited"_s);

    // sam, a tester of the earlier team, sees the invitation to his role.
    Client sam = signIn(u"sam"_s);
    TeamTaskModel samTeams(*sam.store);
    const int row = samTeams.rowOf(next);
    ASSERT_GE(row, 0);
    EXPECT_EQ(samTeams.teamTask(row).invitationRole, u"tester"_s);
}

TEST(TeamPostDialog, RefusesADuplicateRoleZeroPayAndAnEscrowAboveTheBalance)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ada = u"01900000-0000-7000-8000-00000000ada0"_s;
    auto opened = LocalStore::open(dir.filePath(u"client.db"_s), ada);
    ASSERT_TRUE(opened.ok());
    LocalStore &store = **opened;
    PullPage pulled;
    pulled.cursor = u"c1"_s;
    pulled.changes.append({1, u"wallet"_s, ada, EntityOp::Upsert, 1,
                           QJsonObject{{u"account_id"_s, ada}, {u"balance_cents"_s, 5000}, {u"escrow_cents"_s, 0}}});
    ASSERT_TRUE(store.applyPull(pulled).ok());
    TeamTaskModel model(store, TeamTaskModel::Audience::Requester);
    TeamPostDialog dialog(store, model, 1000, u"Fee (butterfly)"_s);
    dialog.show();
    QTest::keyClicks(dialog.titleEdit(), u"Review the payment screen"_s);
    fillRole(dialog, 0, {u"tester"_s, u"Software Testing"_s, u"bronze"_s, 1, 0});
    dialog.addRole({u"Tester"_s, u"Software Testing"_s, u"bronze"_s, 1, 600});
    QTest::mouseClick(dialog.postButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.mutation().has_value());
    EXPECT_EQ(dialog.fieldMessage(u"slots[1].role"_s), u"Another role is already called “Tester”."_s);
    EXPECT_TRUE(dialog.fieldMessage(u"slots[0].pay_cents"_s).startsWith(u"Pay each seat between"_s));
    EXPECT_TRUE(dialog.problemsText().contains(u"Role 2, role name: Another role is already called"_s));
    Testing::saveShot(dialog, u"teams-post-dialog-problems"_s);

    // Fixed, but the escrow (2 × (2400 + 240)) is above the balance of 5000.
    dialog.roleEdit(1)->setText(u"reviewer"_s);
    dialog.payBox(0)->setValue(2400);
    dialog.payBox(1)->setValue(2400);
    EXPECT_TRUE(dialog.escrowText().contains(u"short of the escrow"_s)) << dialog.escrowText().toStdString();
    QTest::mouseClick(dialog.postButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.fieldMessage(u"slots[1].role"_s).isEmpty());
    EXPECT_FALSE(dialog.fieldMessage(u"escrow"_s).isEmpty());
    EXPECT_TRUE(dialog.problemsText().contains(u"more than your balance"_s)) << dialog.problemsText().toStdString();
    auto posts = store.entriesNamed(u"team.post@1"_s);
    ASSERT_TRUE(posts.ok());
    EXPECT_TRUE(posts->isEmpty());

    // Within the balance (2 × (2250 + 225) = 4950) it is built.
    dialog.payBox(0)->setValue(2250);
    dialog.payBox(1)->setValue(2250);
    QTest::mouseClick(dialog.postButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.mutation().has_value());
    EXPECT_EQ(dialog.mutation()->args.value(u"slots"_s).toArray().size(), 2);
}

// The page and its dialogs at the default window size, in English and in German: the page keeps a
// minimum width of at most 1000 px.
TEST(TeamRequestsPage, FitsItsMinimumWidthInEnglishAndGerman)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ada = u"01900000-0000-7000-8000-00000000ada0"_s;
    const QString team = u"01900000-0000-7000-8000-000000000021"_s;
    auto opened = LocalStore::open(dir.filePath(u"client.db"_s), ada);
    ASSERT_TRUE(opened.ok());
    LocalStore &store = **opened;
    const QJsonObject slot{{u"role"_s, u"Oberflächengestalterin"_s},
                           {u"skill"_s, u"Interface Design"_s},
                           {u"min_tier"_s, u"silver"_s},
                           {u"count"_s, 2},
                           {u"filled"_s, 1},
                           {u"reserved"_s, 1},
                           {u"open"_s, 0},
                           {u"pay_cents"_s, 125000}};
    PullPage pulled;
    pulled.cursor = u"c1"_s;
    pulled.changes.append({1, u"wallet"_s, ada, EntityOp::Upsert, 1,
                           QJsonObject{{u"account_id"_s, ada}, {u"balance_cents"_s, 495476}, {u"escrow_cents"_s, 0}}});
    pulled.changes.append({2, u"team_task"_s, team, EntityOp::Upsert, 2,
                           QJsonObject{{u"id"_s, team},
                                       {u"requester_id"_s, ada},
                                       {u"title"_s, u"Die Packungsbeilage übersetzen und fachlich prüfen"_s},
                                       {u"brief"_s, u"Übersetzen und prüfen."_s},
                                       {u"slots"_s, QJsonArray{slot}},
                                       {u"delivery"_s, u"per_role"_s},
                                       {u"deadline"_s, u"2026-12-01T18:00:00.000Z"_s},
                                       {u"state"_s, u"assembling"_s},
                                       {u"seats"_s, 2},
                                       {u"filled"_s, 1}}});
    ASSERT_TRUE(store.applyPull(pulled).ok());
    SyncEngine engine(store);
    engine.setAutoRetry(false);
    engine.setDebounce(std::chrono::hours(1));

    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany)}) {
        const QLocale previous;
        QLocale::setDefault(locale);
        const QList<QTranslator *> translators = installClientTranslations(*qApp, locale);
        const QString suffix = locale.language() == QLocale::German ? u"-de"_s : u"-en"_s;
        {
            TeamRequestsPage page(store, engine);
            page.resize(1280, 800);
            page.show();
            ASSERT_TRUE(page.selectTeamTask(team));
            EXPECT_LE(page.minimumSizeHint().width(), 1000);
            EXPECT_LE(page.minimumWidth(), 1000);
            EXPECT_TRUE(page.inviteButton()->isVisible());
            Testing::saveShot(page, u"teams-requester-assembling"_s + suffix);
            TeamTaskModel model(store, TeamTaskModel::Audience::Requester);
            TeamPostDialog post(store, model, 2000, u"Fee (butterfly)"_s);
            post.addRole({u"reviewer"_s, u"Medicine"_s, u"gold"_s, 3, 1250});
            post.show();
            EXPECT_LE(post.minimumSizeHint().width(), 1000);
            Testing::saveShot(post, u"teams-post-dialog"_s + suffix);
            TeamRejectDialog reject(u"Die Packungsbeilage übersetzen"_s);
            reject.show();
            Testing::saveShot(reject, u"teams-reject-dialog"_s + suffix);
        }
        for (QTranslator *translator : translators)
            QCoreApplication::removeTranslator(translator);
        qDeleteAll(translators);
        QLocale::setDefault(previous);
    }
}

TEST(CentsSpinBox, ReadsAmountsInTheLocalesNotationWithoutFloatingPoint)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(CentsSpinBox::parseCents(u"$1,234.05"_s, english), std::optional<Cents>(123405));
    EXPECT_EQ(CentsSpinBox::parseCents(u"12.5"_s, english), std::optional<Cents>(1250));
    EXPECT_EQ(CentsSpinBox::parseCents(u"7"_s, english), std::optional<Cents>(700));
    EXPECT_EQ(CentsSpinBox::parseCents(u"0.07"_s, english), std::optional<Cents>(7));
    EXPECT_FALSE(CentsSpinBox::parseCents(u"0.075"_s, english).has_value());
    EXPECT_FALSE(CentsSpinBox::parseCents(u"abc"_s, english).has_value());
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(CentsSpinBox::parseCents(u"1.234,05"_s, german), std::optional<Cents>(123405));
}

} // namespace
} // namespace Chrysalis
