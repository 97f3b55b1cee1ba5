#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/teamroommodel.h"
#include "core/sync/teamtaskmodel.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/teams/teamrequestspage.h"
#include "ui/teams/teamroomview.h"
#include "ui/teams/teamspage.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kTeamTitle = u"Review the checkout screen"_s;

class TeamsServerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_market.ok()); }

    // One worker's desk with its Flash teams page, synced once; no sync unless the test asks for one,
    // so the client works offline in between.
    struct Client : Testing::DemoDesk {
        std::unique_ptr<TeamsPage> page; // destroyed before the desk's engine and store
        QString pseudonym;
    };

    Client signIn(const QString &username)
    {
        Client client{m_market.signIn(username), nullptr, {}};
        if (!client.engine)
            return client;
        client.page = std::make_unique<TeamsPage>(*client.store, *client.engine);
        client.page->resize(1280, 760);
        client.page->show();
        if (auto account = client.store->read(u"account"_s, client.accountId); account && account->has_value())
            client.pseudonym = (*account)->value(u"pseudonym"_s).toString();
        return client;
    }

    static void sync(Client &client)
    {
        const SyncReport report = client.sync();
        EXPECT_TRUE(report.ok()) << (report.errors.isEmpty() ? std::string()
                                                             : report.errors.first().message.toStdString());
    }

    static QString teamOn(const TeamsPage &page)
    {
        for (const TeamTask &task : page.model()->teamTasks()) {
            if (task.title == kTeamTitle)
                return task.id;
        }
        return {};
    }

    static int pending(const Client &client)
    {
        auto counts = client.store->counts();
        return counts ? counts->pending : -1;
    }

    Testing::DemoMarket m_market;
};

TEST(TeamsPage, ExplainsAnEmptyList)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = LocalStore::open(dir.filePath(u"client.db"_s));
    ASSERT_TRUE(store.ok());
    SyncEngine engine(**store);
    engine.setAutoRetry(false);
    TeamsPage page(**store, engine);
    page.resize(1100, 640);
    page.show();
    EXPECT_TRUE(page.teamTaskIds().isEmpty());
    bool explained = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        explained = explained || (label->isVisible() && label->text().startsWith(u"No team task is open to you"_s));
    EXPECT_TRUE(explained);
    Testing::saveShot(page, u"teams-empty"_s);
}

TEST(TeamsPage, AnInvitationIsAcceptedOrDeclinedOffline)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto opened = LocalStore::open(dir.filePath(u"client.db"_s), u"01900000-0000-7000-8000-0000000005a0"_s);
    ASSERT_TRUE(opened.ok());
    LocalStore &store = **opened;
    const QString team = u"01900000-0000-7000-8000-000000000001"_s;
    const QJsonObject slot{{u"role"_s, u"tester"_s},
                           {u"skill"_s, u"Software Testing"_s},
                           {u"min_tier"_s, u"gold"_s},
                           {u"count"_s, 1},
                           {u"filled"_s, 0},
                           {u"reserved"_s, 1},
                           {u"open"_s, 0},
                           {u"pay_cents"_s, 600},
                           {u"reasons"_s, QJsonArray{u"tier"_s}}};
    const QJsonObject task{{u"id"_s, team},
                           {u"requester_id"_s, u"01900000-0000-7000-8000-00000000ada0"_s},
                           {u"title"_s, u"Review the payment screen"_s},
                           {u"brief"_s, u"The same team as last time."_s},
                           {u"slots"_s, QJsonArray{slot}},
                           {u"delivery"_s, u"shared"_s},
                           {u"deadline"_s, u"2026-12-01T18:00:00.000Z"_s},
                           {u"state"_s, u"assembling"_s},
                           {u"seats"_s, 1},
                           {u"filled"_s, 0},
                           {u"my_role"_s, QJsonValue()},
                           {u"my_invitation"_s,
                            QJsonObject{{u"role"_s, u"tester"_s}, {u"expires_at"_s, u"2026-11-25T18:00:00.000Z"_s}}}};
    PullPage page;
    page.cursor = u"c1"_s;
    page.changes.append({1, u"team_task"_s, team, EntityOp::Upsert, 1, task});
    ASSERT_TRUE(store.applyPull(page).ok());
    SyncEngine engine(store);
    engine.setAutoRetry(false);
    engine.setDebounce(std::chrono::hours(1));
    TeamsPage teams(store, engine);
    teams.resize(1280, 640);
    teams.show();
    ASSERT_TRUE(teams.selectTeamTask(team));
    // The reserved seat is the invitee's even below the role's tier.
    ASSERT_TRUE(teams.acceptButton()->isVisible());
    ASSERT_TRUE(teams.declineButton()->isVisible());
    EXPECT_EQ(teams.roleNote(u"tester"_s), u"Reserved for you: accept the invitation above"_s);
    Testing::saveShot(teams, u"teams-invitation"_s);

    QTest::mouseClick(teams.declineButton(), Qt::LeftButton);
    EXPECT_FALSE(teams.acceptButton()->isVisible());
    auto declined = store.entriesNamed(u"team.decline@1"_s);
    ASSERT_TRUE(declined.ok());
    ASSERT_EQ(declined->size(), 1);
    EXPECT_EQ(declined->at(0).args.value(u"team_task_id"_s).toString(), team);
    EXPECT_TRUE(teams.model()->teamTask(0).invitationRole.isEmpty());
}

TEST(TeamsPage, AcceptingAnInvitationTakesTheReservedSeat)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto opened = LocalStore::open(dir.filePath(u"client.db"_s), u"01900000-0000-7000-8000-0000000005a0"_s);
    ASSERT_TRUE(opened.ok());
    LocalStore &store = **opened;
    const QString team = u"01900000-0000-7000-8000-000000000001"_s;
    const QJsonObject task{{u"id"_s, team},
                           {u"requester_id"_s, u"01900000-0000-7000-8000-00000000ada0"_s},
                           {u"title"_s, u"Review the payment screen"_s},
                           {u"slots"_s, QJsonArray{QJsonObject{{u"role"_s, u"tester"_s},
                                                               {u"skill"_s, u"Software Testing"_s},
                                                               {u"min_tier"_s, u"bronze"_s},
                                                               {u"count"_s, 2},
                                                               {u"filled"_s, 0},
                                                               {u"reserved"_s, 1},
                                                               {u"open"_s, 1},
                                                               {u"pay_cents"_s, 600},
                                                               {u"reasons"_s, QJsonArray()}}}},
                           {u"delivery"_s, u"shared"_s},
                           {u"deadline"_s, u"2026-12-01T18:00:00.000Z"_s},
                           {u"state"_s, u"assembling"_s},
                           {u"seats"_s, 2},
                           {u"filled"_s, 0},
                           {u"my_role"_s, QJsonValue()},
                           {u"my_invitation"_s,
                            QJsonObject{{u"role"_s, u"tester"_s}, {u"expires_at"_s, u"2026-11-25T18:00:00.000Z"_s}}}};
    PullPage page;
    page.cursor = u"c1"_s;
    page.changes.append({1, u"team_task"_s, team, EntityOp::Upsert, 1, task});
    ASSERT_TRUE(store.applyPull(page).ok());
    SyncEngine engine(store);
    engine.setAutoRetry(false);
    engine.setDebounce(std::chrono::hours(1));
    TeamsPage teams(store, engine);
    teams.show();
    ASSERT_TRUE(teams.selectTeamTask(team));
    QTest::mouseClick(teams.acceptButton(), Qt::LeftButton);
    auto joined = store.entriesNamed(u"team.join@1"_s);
    ASSERT_TRUE(joined.ok());
    ASSERT_EQ(joined->size(), 1);
    EXPECT_EQ(joined->at(0).args.value(u"role"_s).toString(), u"tester"_s);
    const TeamTask &shown = teams.model()->teamTask(0);
    EXPECT_EQ(shown.myRole, u"tester"_s);
    EXPECT_EQ(shown.slots.at(0).reserved, 0); // the reservation became the seat
    EXPECT_EQ(shown.slots.at(0).open, 1);
    EXPECT_EQ(teams.roleNote(u"tester"_s), u"Your seat"_s);
}

TEST_F(TeamsServerTest, WorkersJoinAndLeaveThroughThePage)
{
    Client bea = signIn(u"bea"_s);
    Client sam = signIn(u"sam"_s);
    ASSERT_TRUE(bea.page && sam.page);

    // bea holds a tester seat, so the designer seat is closed to her; bob (bronze, no skills) may take
    // neither role, and the page says why in words.
    const QString team = teamOn(*bea.page);
    ASSERT_FALSE(team.isEmpty());
    ASSERT_TRUE(bea.page->selectTeamTask(team));
    EXPECT_EQ(bea.page->roleNote(u"designer"_s),
              u"Closed to you: you hold the tester seat, and a team has one seat per worker"_s);
    EXPECT_EQ(bea.page->roleNote(u"tester"_s), u"Your seat"_s);
    EXPECT_EQ(bea.page->joinButton(u"designer"_s), nullptr);
    Client bob = signIn(u"bob"_s);
    ASSERT_TRUE(bob.page && bob.page->selectTeamTask(team));
    EXPECT_EQ(bob.page->roleNote(u"designer"_s),
              u"Closed to you: needs silver tier or higher; your profile does not list the skill “Interface Design”"_s);
    EXPECT_EQ(bob.page->roleNote(u"tester"_s),
              u"Closed to you: your profile does not list the skill “Software Testing”"_s);
    EXPECT_EQ(bob.page->joinButton(u"tester"_s), nullptr);
    Testing::saveShot(*bob.page, u"teams-bob-closed"_s);
    Testing::saveShot(*bea.page, u"teams-bea-assembling"_s);

    // sam may take either role: he joins as tester, offline first, then leaves again.
    ASSERT_EQ(teamOn(*sam.page), team);
    ASSERT_TRUE(sam.page->selectTeamTask(team));
    QPushButton *join = sam.page->joinButton(u"tester"_s);
    ASSERT_NE(join, nullptr);
    ASSERT_NE(sam.page->joinButton(u"designer"_s), nullptr);
    Testing::saveShot(*sam.page, u"teams-sam-open"_s);
    QTest::mouseClick(join, Qt::LeftButton);
    EXPECT_EQ(pending(sam), 1);
    EXPECT_EQ(sam.page->roleNote(u"tester"_s), u"Your seat"_s);
    EXPECT_TRUE(sam.page->leaveButton()->isVisible());
    EXPECT_EQ(sam.page->joinButton(u"designer"_s), nullptr);
    sync(sam);
    EXPECT_EQ(pending(sam), 0);
    const int row = sam.page->model()->rowOf(team);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(sam.page->model()->teamTask(row).local);
    EXPECT_EQ(sam.page->model()->teamTask(row).myRole, u"tester"_s);
    EXPECT_EQ(sam.page->model()->teamTask(row).filled, 2);
    Testing::saveShot(*sam.page, u"teams-sam-seated"_s);

    QTest::mouseClick(sam.page->leaveButton(), Qt::LeftButton);
    sync(sam);
    const int after = sam.page->model()->rowOf(team);
    ASSERT_GE(after, 0);
    EXPECT_TRUE(sam.page->model()->teamTask(after).myRole.isEmpty());
    EXPECT_EQ(sam.page->model()->teamTask(after).filled, 1);
    EXPECT_NE(sam.page->joinButton(u"tester"_s), nullptr);
}

TEST_F(TeamsServerTest, TwoMembersWorkOfflineInTheRoomAndSeeEachOther)
{
    Client bea = signIn(u"bea"_s);
    Client sam = signIn(u"sam"_s);
    Client gia = signIn(u"gia"_s);
    ASSERT_TRUE(bea.page && sam.page && gia.page);
    const QString team = teamOn(*sam.page);
    ASSERT_FALSE(team.isEmpty());

    // gia takes the designer seat and sam the last tester seat: the team forms.
    ASSERT_TRUE(gia.page->selectTeamTask(team));
    ASSERT_NE(gia.page->joinButton(u"designer"_s), nullptr);
    QTest::mouseClick(gia.page->joinButton(u"designer"_s), Qt::LeftButton);
    sync(gia);
    sync(sam);
    ASSERT_TRUE(sam.page->selectTeamTask(team));
    ASSERT_NE(sam.page->joinButton(u"tester"_s), nullptr);
    QTest::mouseClick(sam.page->joinButton(u"tester"_s), Qt::LeftButton);
    sync(sam);
    sync(bea);
    ASSERT_TRUE(bea.page->selectTeamTask(team));
    ASSERT_TRUE(sam.page->isRoomShown());
    ASSERT_TRUE(bea.page->isRoomShown());
    TeamRoomView *beaRoom = bea.page->roomView();
    TeamRoomView *samRoom = sam.page->roomView();
    EXPECT_TRUE(samRoom->membersText().contains(bea.pseudonym));
    EXPECT_TRUE(samRoom->membersText().contains(sam.pseudonym + u" (tester, you)"_s));

    // Offline: both edit the draft from version 0 and write a message.
    beaRoom->draftEditor()->setPlainText(u"Bea: the coupon field hides the total."_s);
    QTest::mouseClick(beaRoom->saveButton(), Qt::LeftButton);
    beaRoom->messageEditor()->setFocus();
    QTest::keyClicks(beaRoom->messageEditor(), u"I start with the payment step"_s);
    QTest::keyClick(beaRoom->messageEditor(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(beaRoom->messageEditor()->toPlainText().isEmpty());
    samRoom->draftEditor()->setPlainText(u"Sam: the back button loses the cart."_s);
    QTest::mouseClick(samRoom->saveButton(), Qt::LeftButton);
    QTest::keyClicks(samRoom->messageEditor(), u"I take the address form"_s);
    QTest::mouseClick(samRoom->sendButton(), Qt::LeftButton);
    EXPECT_EQ(pending(bea), 2);
    EXPECT_EQ(pending(sam), 2);
    EXPECT_TRUE(samRoom->threadText().contains(u"waiting to sync"_s));
    EXPECT_TRUE(samRoom->historyTexts().value(0).startsWith(u"Version 1 · "_s + sam.pseudonym));
    Testing::saveShot(*sam.page, u"teams-room-offline"_s);

    // bea syncs first; sam's save is then refused and kept as a conflicted copy.
    sync(bea);
    sync(sam);
    sync(bea);
    EXPECT_EQ(samRoom->draftEditor()->toPlainText(), u"Bea: the coupon field hides the total."_s);
    ASSERT_EQ(samRoom->model()->conflictedDrafts().size(), 1);
    EXPECT_EQ(samRoom->model()->conflictedDrafts().at(0).text, u"Sam: the back button loses the cart."_s);
    Testing::saveShot(*sam.page, u"teams-room-conflict"_s);

    samRoom->useConflictedCopy();
    EXPECT_EQ(samRoom->draftEditor()->toPlainText(), u"Sam: the back button loses the cart."_s);
    samRoom->draftEditor()->setPlainText(
            u"Bea: the coupon field hides the total.\nSam: the back button loses the cart."_s);
    QTest::mouseClick(samRoom->saveButton(), Qt::LeftButton);
    samRoom->discardConflictedCopy();
    sync(sam);
    sync(bea);

    const QString merged = u"Bea: the coupon field hides the total.\nSam: the back button loses the cart."_s;
    for (TeamRoomView *room : {beaRoom, samRoom}) {
        EXPECT_EQ(room->model()->draftVersion(), 2);
        EXPECT_EQ(room->draftEditor()->toPlainText(), merged);
        const QStringList history = room->historyTexts();
        ASSERT_EQ(history.size(), 2);
        EXPECT_TRUE(history.at(0).startsWith(u"Version 2 · "_s + sam.pseudonym)) << history.at(0).toStdString();
        EXPECT_TRUE(history.at(1).startsWith(u"Version 1 · "_s + bea.pseudonym)) << history.at(1).toStdString();
        const QString thread = room->threadText();
        EXPECT_TRUE(thread.contains(u"I start with the payment step"_s));
        EXPECT_TRUE(thread.contains(u"I take the address form"_s));
        EXPECT_TRUE(thread.contains(bea.pseudonym));
        EXPECT_TRUE(thread.contains(sam.pseudonym));
        EXPECT_FALSE(thread.contains(u"waiting to sync"_s));
        ASSERT_EQ(room->model()->rowCount(), 2);
        EXPECT_TRUE(room->model()->conflictedDrafts().isEmpty());
    }
    EXPECT_EQ(beaRoom->model()->messages().at(0).authorPseudonym == bea.pseudonym,
              beaRoom->model()->messages().at(0).mine);
    Testing::saveShot(*bea.page, u"teams-room-synced"_s);

    // Delivery: bea signs the merged version; sam sees who has signed.
    QTest::mouseClick(beaRoom->deliverButton(), Qt::LeftButton);
    sync(bea);
    sync(sam);
    EXPECT_TRUE(samRoom->deliveryStatusText().contains(bea.pseudonym + u": signed this version"_s));
    EXPECT_TRUE(samRoom->deliveryStatusText().contains(sam.pseudonym + u" (you): not signed yet"_s));
    EXPECT_FALSE(beaRoom->deliverButton()->isEnabled()); // she signed the current version
    EXPECT_TRUE(samRoom->deliverButton()->isEnabled());

    // The requester sees the team at work, then approves once every member has signed.
    Client ada = signIn(u"ada"_s);
    ASSERT_TRUE(ada.store);
    ada.page.reset(); // ada posts teams; she does not join them
    TeamRequestsPage requests(*ada.store, *ada.engine);
    requests.resize(1280, 760);
    requests.show();
    ASSERT_TRUE(requests.selectTeamTask(team));
    EXPECT_TRUE(requests.summaryText().startsWith(u"Formed"_s)) << requests.summaryText().toStdString();
    EXPECT_FALSE(requests.approveButton()->isVisible());
    EXPECT_FALSE(requests.deliveryText().contains(merged)); // not delivered: the draft stays the team's

    QTest::mouseClick(samRoom->deliverButton(), Qt::LeftButton);
    sync(sam);
    sync(gia);
    ASSERT_TRUE(gia.page->selectTeamTask(team));
    ASSERT_TRUE(gia.page->isRoomShown());
    QTest::mouseClick(gia.page->roomView()->deliverButton(), Qt::LeftButton);
    sync(gia);
    sync(ada);
    EXPECT_TRUE(requests.summaryText().startsWith(u"Delivered"_s)) << requests.summaryText().toStdString();
    EXPECT_EQ(requests.deliveryText(), merged);
    ASSERT_TRUE(requests.approveButton()->isEnabled());
    Testing::saveShot(requests, u"teams-requester-delivered"_s);
    QTest::mouseClick(requests.approveButton(), Qt::LeftButton);
    sync(ada);
    EXPECT_EQ(pending(ada), 0);
    EXPECT_TRUE(requests.summaryText().startsWith(u"Approved"_s)) << requests.summaryText().toStdString();
    EXPECT_FALSE(requests.approveButton()->isEnabled());
    sync(sam);
    EXPECT_TRUE(samRoom->deliveryStatusText().startsWith(u"Approved"_s));
}

} // namespace
} // namespace Chrysalis
