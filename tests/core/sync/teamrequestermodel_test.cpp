// The requester's flash-team mutations built by TeamTaskModel over a real client database: posting
// (the rules of team.post@1, the escrow, the local effect on the list and the wallet), rejecting a
// delivery and inviting an earlier team.
#include "core/sync/localstore.h"
#include "core/sync/teamtaskmodel.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kAda = u"01900000-0000-7000-8000-00000000ada0"_s;
const QString kEarlier = u"01900000-0000-7000-8000-000000000011"_s;
const QString kDelivered = u"01900000-0000-7000-8000-000000000012"_s;
const QString kAssembling = u"01900000-0000-7000-8000-000000000013"_s;
const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);

TeamPostDraft checkoutDraft()
{
    TeamPostDraft draft;
    draft.title = u"Review the checkout screen"_s;
    draft.brief = u"Walk through the checkout together."_s;
    draft.deadline = kNow.addDays(7);
    draft.slots = {{u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 1200},
                   {u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 600}};
    return draft;
}

QStringList fields(const Status &status)
{
    QStringList names;
    if (!status)
        for (const FieldError &error : status.error().fieldErrors)
            names.append(error.field);
    return names;
}

QJsonObject slot(const QString &role, int count, int filled, int reserved)
{
    return {{u"role"_s, role},
            {u"skill"_s, u"Software Testing"_s},
            {u"min_tier"_s, u"bronze"_s},
            {u"count"_s, count},
            {u"filled"_s, filled},
            {u"reserved"_s, reserved},
            {u"open"_s, count - filled - reserved},
            {u"pay_cents"_s, 600}};
}

QJsonObject teamTask(const QString &id, const QString &state, const QJsonArray &slots)
{
    return {{u"id"_s, id},
            {u"requester_id"_s, kAda},
            {u"title"_s, QString(u"Team "_s + id.right(2))},
            {u"brief"_s, u"Brief"_s},
            {u"slots"_s, slots},
            {u"delivery"_s, u"shared"_s},
            {u"deadline"_s, u"2026-11-29T18:00:00.000Z"_s},
            {u"state"_s, state},
            {u"seats"_s, 3},
            {u"filled"_s, 0},
            {u"my_role"_s, QJsonValue()},
            {u"my_invitation"_s, QJsonValue()}};
}

class TeamRequesterModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kAda);
        ASSERT_TRUE(store.ok());
        m_store = std::move(*store);
    }

    void pull(const QList<QPair<QString, QJsonObject>> &entities)
    {
        PullPage page;
        page.cursor = u"c%1"_s.arg(++m_seq);
        for (const auto &[kind, data] : entities) {
            const QString id =
                    kind == u"wallet" ? data.value(u"account_id"_s).toString() : data.value(u"id"_s).toString();
            page.changes.append({++m_seq, kind, id, EntityOp::Upsert, m_seq, data});
        }
        auto applied = m_store->applyPull(page);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    void pullWallet(Cents balance)
    {
        pull({{u"wallet"_s, QJsonObject{{u"account_id"_s, kAda},
                                        {u"balance_cents"_s, balance},
                                        {u"escrow_cents"_s, 100},
                                        {u"earnings_cents"_s, 0}}}});
    }

    void pullTeams()
    {
        pull({{u"team_task"_s,
               teamTask(kEarlier, u"approved"_s, {slot(u"tester"_s, 2, 2, 0), slot(u"designer"_s, 1, 1, 0)})},
              {u"team"_s,
               QJsonObject{
                       {u"id"_s, kEarlier},
                       {u"team_task_id"_s, kEarlier},
                       {u"state"_s, u"approved"_s},
                       {u"members"_s,
                        QJsonArray{QJsonObject{{u"pseudonym"_s, u"worker-beabea"_s}, {u"role"_s, u"tester"_s}},
                                   QJsonObject{{u"pseudonym"_s, u"worker-5a5a5a"_s}, {u"role"_s, u"tester"_s}},
                                   QJsonObject{{u"pseudonym"_s, u"worker-91a91a"_s}, {u"role"_s, u"designer"_s}}}}}},
              {u"team_task"_s, teamTask(kDelivered, u"delivered"_s, {slot(u"tester"_s, 1, 1, 0)})},
              {u"team_task"_s,
               teamTask(kAssembling, u"assembling"_s, {slot(u"tester"_s, 3, 2, 0), slot(u"writer"_s, 1, 0, 0)})}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    qint64 m_seq = 0;
};

TEST(TeamPostRules, AcceptsTheDocumentedTeamAndItsEscrow)
{
    EXPECT_TRUE(TeamTaskModel::validatePost(checkoutDraft(), kNow).ok());
    // The protocol's example: 1200 + 240 + 2 × (600 + 120) at a fee of 20 %.
    EXPECT_EQ(TeamTaskModel::postEscrow(checkoutDraft(), 2000).valueOr(-1), 2880);
    // The fee is rounded up per seat: 3 cents at 10 % hold 4.
    TeamPostDraft small = checkoutDraft();
    small.slots = {{u"tester"_s, u"Software Testing"_s, u"bronze"_s, 3, 3}};
    EXPECT_EQ(TeamTaskModel::postEscrow(small, 1000).valueOr(-1), 12);
}

TEST(TeamPostRules, TitleAndDeadlineOnBothSidesOfTheirLimits)
{
    TeamPostDraft draft = checkoutDraft();
    draft.title = QString(200, u'x');
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.title = QString(201, u'x');
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"title"_s});
    draft.title = u"   "_s;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"title"_s});

    draft = checkoutDraft();
    draft.deadline = kNow.addDays(90);
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.deadline = kNow.addDays(90).addSecs(1);
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"deadline"_s});
    draft.deadline = kNow;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"deadline"_s});
}

TEST(TeamPostRules, RolesSeatsAndPayOnBothSidesOfTheirLimits)
{
    TeamPostDraft draft = checkoutDraft();
    draft.slots[1].role = u" Designer "_s;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"slots[1].role"_s});

    draft = checkoutDraft();
    draft.slots[0].skill = u"  "_s;
    draft.slots[1].payCents = 0;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)),
              (QStringList{u"slots[0].skill"_s, u"slots[1].pay_cents"_s}));
    draft.slots[0].skill = u"Interface Design"_s;
    draft.slots[1].payCents = 1;
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.slots[1].payCents = TeamTaskModel::kMaxPayCents;
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.slots[1].payCents = TeamTaskModel::kMaxPayCents + 1;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"slots[1].pay_cents"_s});

    draft = checkoutDraft();
    draft.slots[1].count = 19; // 20 seats in all
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.slots[1].count = 20;
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"slots"_s});

    draft = checkoutDraft();
    draft.slots.clear();
    for (int i = 0; i < 10; ++i)
        draft.slots.append({u"role %1"_s.arg(i), u"Writing"_s, u"bronze"_s, 1, 100});
    EXPECT_TRUE(TeamTaskModel::validatePost(draft, kNow).ok());
    draft.slots.append({u"role 10"_s, u"Writing"_s, u"bronze"_s, 1, 100});
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"slots"_s});
    draft.slots.clear();
    EXPECT_EQ(fields(TeamTaskModel::validatePost(draft, kNow)), QStringList{u"slots"_s});
}

TEST_F(TeamRequesterModelTest, APostShowsTheTeamTaskAndHoldsTheEscrowAtOnce)
{
    pullWallet(5000);
    TeamTaskModel model(*m_store, TeamTaskModel::Audience::Requester);
    EXPECT_EQ(model.balance().value_or(-1), 5000);
    auto mutation = model.post(checkoutDraft(), 2000, kNow);
    ASSERT_TRUE(mutation.ok()) << mutation.error().message.toStdString();
    EXPECT_EQ(mutation->name, u"team.post@1"_s);
    EXPECT_EQ(mutation->args.value(u"deadline"_s).toString(), u"2026-11-30T05:00:00.000Z"_s);
    EXPECT_EQ(mutation->args.value(u"slots"_s).toArray().size(), 2);
    ASSERT_TRUE(m_store->enqueue(mutation->name, mutation->args, mutation->overlay).ok());

    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    const TeamTask &shown = model.teamTask(0);
    EXPECT_TRUE(shown.local);
    EXPECT_EQ(shown.id, mutation->args.value(u"team_task_id"_s).toString());
    EXPECT_EQ(shown.state, u"assembling"_s);
    EXPECT_EQ(shown.seats, 3);
    EXPECT_EQ(shown.slots.at(1).open, 2);
    EXPECT_EQ(model.balance().value_or(-1), 5000 - 2880);
    auto wallet = m_store->read(u"wallet"_s, kAda);
    ASSERT_TRUE(wallet.ok() && wallet->has_value());
    EXPECT_EQ((*wallet)->value(u"escrow_cents"_s).toInteger(), 100 + 2880);
}

TEST_F(TeamRequesterModelTest, APostTheBalanceDoesNotCoverIsRefusedBeforeSending)
{
    pullWallet(2879);
    TeamTaskModel model(*m_store, TeamTaskModel::Audience::Requester);
    auto refused = model.post(checkoutDraft(), 2000, kNow);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InsufficientFunds);
    ASSERT_EQ(refused.error().fieldErrors.size(), 1);
    EXPECT_EQ(refused.error().fieldErrors.at(0).field, u"escrow"_s);
    pullWallet(2880);
    EXPECT_TRUE(model.post(checkoutDraft(), 2000, kNow).ok());
}

TEST_F(TeamRequesterModelTest, RejectingADeliveryNeedsAReasonAndShowsTheConflict)
{
    pullTeams();
    TeamTaskModel model(*m_store, TeamTaskModel::Audience::Requester);
    auto noCode = model.reject(kDelivered, u"because"_s, u"It misses the brief."_s);
    ASSERT_FALSE(noCode.ok());
    EXPECT_EQ(noCode.error().fieldErrors.value(0).field, u"reason_code"_s);
    auto blank = model.reject(kDelivered, u"incomplete"_s, u"  "_s);
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().fieldErrors.value(0).field, u"reason"_s);
    EXPECT_TRUE(model.reject(kDelivered, u"incomplete"_s, QString(TeamTaskModel::kMaxReasonLength, u'x')).ok());
    EXPECT_FALSE(model.reject(kDelivered, u"incomplete"_s, QString(TeamTaskModel::kMaxReasonLength + 1, u'x')).ok());
    EXPECT_EQ(model.reject(kAssembling, u"incomplete"_s, u"Not done."_s).error().code, ErrorCode::Conflict);

    auto rejected = model.reject(kDelivered, u"incomplete"_s, u" The brief asks for three screens. "_s);
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->args.value(u"decision"_s).toString(), u"reject"_s);
    EXPECT_EQ(rejected->args.value(u"reason"_s).toString(), u"The brief asks for three screens."_s);
    ASSERT_TRUE(m_store->enqueue(rejected->name, rejected->args, rejected->overlay).ok());
    model.reload();
    const TeamTask &shown = model.teamTask(model.rowOf(kDelivered));
    EXPECT_EQ(shown.state, u"in_conflict"_s);
    EXPECT_EQ(TeamTaskModel::stateText(shown.state), u"In conflict"_s);
    EXPECT_EQ(TeamTaskModel::stateText(u"settled"_s), u"Settled"_s);
}

TEST_F(TeamRequesterModelTest, InvitingAnEarlierTeamReservesTheSeatsItsMembersHeld)
{
    pullTeams();
    TeamTaskModel model(*m_store, TeamTaskModel::Audience::Requester);
    const QList<EarlierTeam> earlier = model.earlierTeams();
    ASSERT_EQ(earlier.size(), 1); // the delivered and the assembling one are not approved
    EXPECT_EQ(earlier.at(0).teamTaskId, kEarlier);
    ASSERT_EQ(earlier.at(0).members.size(), 3);
    EXPECT_EQ(earlier.at(0).members.at(2).pseudonym, u"worker-91a91a"_s);
    EXPECT_EQ(earlier.at(0).members.at(2).role, u"designer"_s);

    EXPECT_EQ(model.invite(kAssembling, kDelivered).error().code, ErrorCode::Validation);
    EXPECT_EQ(model.invite(kDelivered, kEarlier).error().code, ErrorCode::Conflict);
    auto invited = model.invite(kAssembling, kEarlier);
    ASSERT_TRUE(invited.ok()) << invited.error().message.toStdString();
    EXPECT_EQ(invited->name, u"team.invite@1"_s);
    EXPECT_EQ(invited->args.value(u"previous_team_id"_s).toString(), kEarlier);
    ASSERT_TRUE(m_store->enqueue(invited->name, invited->args, invited->overlay).ok());
    model.reload();
    const TeamTask &shown = model.teamTask(model.rowOf(kAssembling));
    // Two testers held seats before but one tester seat is free here; the writer was no role of theirs.
    EXPECT_EQ(shown.slot(u"tester"_s)->reserved, 1);
    EXPECT_EQ(shown.slot(u"tester"_s)->open, 0);
    EXPECT_EQ(shown.slot(u"writer"_s)->reserved, 0);
    // Invitations go out once per team task.
    EXPECT_EQ(model.invite(kAssembling, kEarlier).error().code, ErrorCode::Validation);
}

} // namespace
} // namespace Chrysalis
