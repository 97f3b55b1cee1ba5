// The flash-team models over a real client database: the worker's team tasks with their mutations
// and local effects, and the team room (members, draft, conflicted copies, thread), each under
// QAbstractItemModelTester with every qt.modeltest warning turned into a failure.
#include "core/sync/localstore.h"
#include "core/sync/teamroommodel.h"
#include "core/sync/teamtaskmodel.h"
#include "tests/support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kSam = u"01900000-0000-7000-8000-0000000005a0"_s;
const QString kBeaPublic = u"01900000-0000-7000-8000-0000000b0ea0"_s;
const QString kAdaPublic = u"01900000-0000-7000-8000-00000000ada0"_s;
const QString kTeam = u"01900000-0000-7000-8000-000000000001"_s;
const QString kOwnTeam = u"01900000-0000-7000-8000-000000000002"_s;

QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category && QByteArray(context.category) == "qt.modeltest")
        g_modelWarnings.append(message);
}

QJsonObject slot(const QString &role, const QString &skill, const QString &tier, int count, int filled, qint64 pay,
                 const QStringList &reasons)
{
    return {{u"role"_s, role},           {u"skill"_s, skill},   {u"min_tier"_s, tier},
            {u"count"_s, count},         {u"filled"_s, filled}, {u"reserved"_s, 0},
            {u"open"_s, count - filled}, {u"pay_cents"_s, pay}, {u"reasons"_s, QJsonArray::fromStringList(reasons)}};
}

QJsonObject teamTask(const QString &id, const QString &requester, const QString &state, const QJsonValue &myRole,
                     const QJsonArray &slots, const QString &delivery = u"shared"_s)
{
    int seats = 0;
    int filled = 0;
    for (const QJsonValue &value : slots) {
        seats += value.toObject().value(u"count"_s).toInt();
        filled += value.toObject().value(u"filled"_s).toInt();
    }
    return {{u"id"_s, id},
            {u"requester_id"_s, requester},
            {u"title"_s, u"Review the checkout screen"_s},
            {u"brief"_s, u"Walk through the checkout together."_s},
            {u"slots"_s, slots},
            {u"delivery"_s, delivery},
            {u"deadline"_s, u"2026-11-29T18:00:00.000Z"_s},
            {u"state"_s, state},
            {u"seats"_s, seats},
            {u"filled"_s, filled},
            {u"my_role"_s, myRole},
            {u"my_invitation"_s, QJsonValue()}};
}

class TeamModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_modelWarnings.clear();
        m_previousHandler = qInstallMessageHandler(collectModelWarnings);
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kSam);
        ASSERT_TRUE(store.ok());
        m_store = std::move(*store);
    }

    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelWarnings.isEmpty()) << g_modelWarnings.join(u'\n').toStdString();
    }

    void pull(const QList<QPair<QString, QJsonObject>> &entities, qint64 lastMutationId = 0)
    {
        PullPage page;
        page.cursor = u"c%1"_s.arg(++m_pages);
        page.lastMutationId = lastMutationId;
        for (const auto &[kind, data] : entities)
            page.changes.append({++m_seq, kind, data.value(u"id"_s).toString(), EntityOp::Upsert, m_seq, data});
        auto applied = m_store->applyPull(page);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    qint64 enqueue(const Result<TeamMutation> &mutation)
    {
        EXPECT_TRUE(mutation.ok()) << (mutation ? std::string() : mutation.error().message.toStdString());
        if (!mutation)
            return 0;
        auto id = m_store->enqueue(mutation->name, mutation->args, mutation->overlay);
        EXPECT_TRUE(id.ok());
        return id.valueOr(0);
    }

    void pullFormedTeam(const QString &delivery = u"shared"_s)
    {
        pull({{u"account"_s, QJsonObject{{u"id"_s, kSam}, {u"pseudonym"_s, u"worker-5a5a5a"_s}}},
              {u"team_task"_s, teamTask(kTeam, kAdaPublic, u"formed"_s, u"designer"_s,
                                        {slot(u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 1, 1200, {}),
                                         slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 1, 1, 600, {})},
                                        delivery)},
              {u"team"_s, QJsonObject{{u"id"_s, kTeam},
                                      {u"team_task_id"_s, kTeam},
                                      {u"state"_s, u"formed"_s},
                                      {u"members"_s, QJsonArray{QJsonObject{{u"member_id"_s, kBeaPublic},
                                                                            {u"pseudonym"_s, u"worker-beabea"_s},
                                                                            {u"role"_s, u"tester"_s},
                                                                            {u"signed_version"_s, 0}},
                                                                QJsonObject{{u"member_id"_s, kSam},
                                                                            {u"pseudonym"_s, u"worker-5a5a5a"_s},
                                                                            {u"role"_s, u"designer"_s},
                                                                            {u"signed_version"_s, 0}}}}}},
              {u"team_draft"_s,
               QJsonObject{{u"id"_s, kTeam},
                           {u"team_task_id"_s, kTeam},
                           {u"delivery"_s, delivery},
                           {u"version"_s, 1},
                           {u"text"_s, u"First notes"_s},
                           {u"edits"_s, QJsonArray{QJsonObject{{u"version"_s, 1},
                                                               {u"author_pseudonym"_s, u"worker-beabea"_s},
                                                               {u"length"_s, 11},
                                                               {u"at"_s, u"2026-11-22T18:52:10.004Z"_s}}}},
                           {u"parts"_s, QJsonArray()}}},
              {u"team_message"_s, QJsonObject{{u"id"_s, u"01900000-0000-7000-8000-00000000aa01"_s},
                                              {u"team_task_id"_s, kTeam},
                                              {u"author_id"_s, kBeaPublic},
                                              {u"author_pseudonym"_s, u"worker-beabea"_s},
                                              {u"text"_s, u"Hello team"_s},
                                              {u"created_at"_s, u"2026-11-22T18:50:00.000Z"_s}}}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QtMessageHandler m_previousHandler = nullptr;
    qint64 m_seq = 0;
    int m_pages = 0;
};

TEST_F(TeamModelsTest, ListsTheTeamTasksOfEachAudienceWithTheirRoles)
{
    pull({{u"team_task"_s,
           teamTask(kTeam, kAdaPublic, u"assembling"_s, QJsonValue(),
                    {slot(u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 0, 1200, {u"tier"_s, u"skill"_s}),
                     slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 1, 600, {})})},
          {u"team_task"_s, teamTask(kOwnTeam, kSam, u"assembling"_s, QJsonValue(),
                                    {slot(u"writer"_s, u"Copywriting"_s, u"bronze"_s, 1, 0, 900, {})})}});
    TeamTaskModel worker(*m_store, TeamTaskModel::Audience::Worker);
    QAbstractItemModelTester workerTester(&worker, QAbstractItemModelTester::FailureReportingMode::Warning);
    TeamTaskModel requester(*m_store, TeamTaskModel::Audience::Requester);
    QAbstractItemModelTester requesterTester(&requester, QAbstractItemModelTester::FailureReportingMode::Warning);

    ASSERT_EQ(worker.rowCount(), 1);
    ASSERT_EQ(requester.rowCount(), 1);
    EXPECT_EQ(requester.teamTask(0).id, kOwnTeam);
    const TeamTask &task = worker.teamTask(0);
    EXPECT_EQ(task.id, kTeam);
    ASSERT_EQ(task.slots.size(), 2);
    EXPECT_EQ(task.slots.at(1).open, 1);
    EXPECT_EQ(worker.index(0, TeamTaskModel::Seats).data().toString(), u"2 left"_s);
    EXPECT_EQ(worker.index(0, TeamTaskModel::Title).data(TeamTaskModel::TeamTaskIdRole).toString(), kTeam);
    EXPECT_EQ(TeamTaskModel::whyNotText(task.slots.at(0)),
              u"needs silver tier or higher; your profile does not list the skill “Interface Design”"_s);
    EXPECT_TRUE(TeamTaskModel::whyNotText(task.slots.at(1)).isEmpty());
}

TEST_F(TeamModelsTest, JoinShowsTheSeatAtOnceAndRefusesAClosedRole)
{
    pull({{u"team_task"_s, teamTask(kTeam, kAdaPublic, u"assembling"_s, QJsonValue(),
                                    {slot(u"designer"_s, u"Interface Design"_s, u"silver"_s, 1, 0, 1200, {u"tier"_s}),
                                     slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 1, 600, {})})}});
    TeamTaskModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    auto refused = model.join(kTeam, u"designer"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotEligible);
    EXPECT_EQ(model.join(kTeam, u"Tester"_s).error().code, ErrorCode::Validation); // exact spelling
    EXPECT_FALSE(model.leave(kTeam).ok()); // no seat yet

    auto joined = model.join(kTeam, u"tester"_s);
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->name, u"team.join@1"_s);
    EXPECT_EQ(joined->args.value(u"role"_s).toString(), u"tester"_s);
    enqueue(joined);
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    const TeamTask &task = model.teamTask(0);
    EXPECT_TRUE(task.local);
    EXPECT_EQ(task.myRole, u"tester"_s);
    EXPECT_EQ(task.filled, 2);
    EXPECT_EQ(task.slot(u"tester"_s)->open, 0);
    EXPECT_EQ(model.join(kTeam, u"tester"_s).error().code, ErrorCode::NotEligible); // one seat per team

    auto left = model.leave(kTeam);
    ASSERT_TRUE(left.ok());
    EXPECT_EQ(left->name, u"team.leave@1"_s);
    enqueue(left);
    model.reload();
    EXPECT_TRUE(model.teamTask(0).myRole.isEmpty());
    EXPECT_EQ(model.teamTask(0).slot(u"tester"_s)->open, 1);
}

TEST_F(TeamModelsTest, ARefusedJoinIsListedUntilDismissed)
{
    pull({{u"team_task"_s, teamTask(kTeam, kAdaPublic, u"assembling"_s, QJsonValue(),
                                    {slot(u"tester"_s, u"Software Testing"_s, u"bronze"_s, 2, 1, 600, {})})}});
    TeamTaskModel model(*m_store);
    const qint64 join = enqueue(model.join(kTeam, u"tester"_s));
    EXPECT_TRUE(model.refusals(kTeam).isEmpty()); // pending is not refused
    PushResult refused;
    refused.mutationId = join;
    refused.status = PushStatus::Rejected;
    refused.code = u"NOT_ELIGIBLE"_s;
    refused.message = u"this seat is not open to you"_s;
    ASSERT_TRUE(m_store->recordPush({refused}, join).ok());
    ASSERT_EQ(model.refusals(kTeam).size(), 1);
    EXPECT_EQ(model.refusals(kTeam).at(0).outcomeMessage(), u"this seat is not open to you"_s);
    EXPECT_TRUE(model.refusals(kOwnTeam).isEmpty());
    ASSERT_TRUE(m_store->dismiss(join).ok());
    EXPECT_TRUE(model.refusals(kTeam).isEmpty());
}

TEST_F(TeamModelsTest, SeatsOfAFormedTeamAreKept)
{
    pullFormedTeam();
    TeamTaskModel model(*m_store);
    auto left = model.leave(kTeam);
    ASSERT_FALSE(left.ok());
    EXPECT_EQ(left.error().code, ErrorCode::Conflict);
    EXPECT_EQ(model.approve(kTeam).error().code, ErrorCode::Conflict); // formed, not delivered
}

TEST_F(TeamModelsTest, RoomShowsMembersDraftHistoryAndThread)
{
    pullFormedTeam();
    TeamRoomModel room(*m_store);
    QAbstractItemModelTester tester(&room, QAbstractItemModelTester::FailureReportingMode::Warning);
    room.setTeamTaskId(kTeam);

    ASSERT_TRUE(room.isOpen());
    EXPECT_EQ(room.state(), u"formed"_s);
    ASSERT_EQ(room.members().size(), 2);
    ASSERT_NE(room.me(), nullptr);
    EXPECT_EQ(room.me()->role, u"designer"_s);
    EXPECT_EQ(room.draftVersion(), 1);
    EXPECT_EQ(room.draftText(), u"First notes"_s);
    ASSERT_EQ(room.edits().size(), 1);
    EXPECT_EQ(room.edits().at(0).authorPseudonym, u"worker-beabea"_s);
    ASSERT_EQ(room.rowCount(), 1);
    EXPECT_EQ(room.index(0).data(TeamRoomModel::AuthorRole).toString(), u"worker-beabea"_s);
    EXPECT_FALSE(room.index(0).data(TeamRoomModel::MineRole).toBool());
}

TEST_F(TeamModelsTest, MessagesAreInsertedLocallyWithinTheLengthLimit)
{
    pullFormedTeam();
    TeamRoomModel room(*m_store);
    QAbstractItemModelTester tester(&room, QAbstractItemModelTester::FailureReportingMode::Warning);
    room.setTeamTaskId(kTeam);
    QSignalSpy inserted(&room, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&room, &QAbstractItemModel::modelReset);

    EXPECT_EQ(room.sendMessage(u"   "_s).error().code, ErrorCode::Validation);
    EXPECT_EQ(room.sendMessage(QString(TeamRoomModel::kMessageLimit + 1, u'x')).error().code, ErrorCode::Validation);
    auto longest = room.sendMessage(QString(TeamRoomModel::kMessageLimit, u'x'));
    ASSERT_TRUE(longest.ok());

    auto hello = room.sendMessage(u"I take the payment step"_s,
                                  QDateTime::fromString(u"2026-11-22T19:00:00Z"_s, Qt::ISODate));
    ASSERT_TRUE(hello.ok());
    EXPECT_EQ(hello->name, u"team.message@1"_s);
    EXPECT_FALSE(hello->args.value(u"message_id"_s).toString().isEmpty());
    enqueue(hello);
    room.reload();
    ASSERT_EQ(room.rowCount(), 2);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    const QModelIndex mine = room.index(1);
    EXPECT_EQ(mine.data().toString(), u"I take the payment step"_s);
    EXPECT_EQ(mine.data(TeamRoomModel::AuthorRole).toString(), u"worker-5a5a5a"_s);
    EXPECT_TRUE(mine.data(TeamRoomModel::MineRole).toBool());
    EXPECT_TRUE(mine.data(TeamRoomModel::LocalRole).toBool());
}

TEST_F(TeamModelsTest, ARefusedSaveIsKeptAsAConflictedCopy)
{
    pullFormedTeam();
    TeamRoomModel room(*m_store);
    QAbstractItemModelTester tester(&room, QAbstractItemModelTester::FailureReportingMode::Warning);
    room.setTeamTaskId(kTeam);

    // Two local saves chain their versions, each shown at once with the member as its author.
    const qint64 first = enqueue(room.saveDraft(u"Mine, one"_s, 1));
    room.reload();
    EXPECT_EQ(room.draftVersion(), 2);
    EXPECT_EQ(room.draftText(), u"Mine, one"_s);
    ASSERT_EQ(room.edits().size(), 2);
    EXPECT_EQ(room.edits().at(0).authorPseudonym, u"worker-5a5a5a"_s);
    auto second = room.saveDraft(u"Mine, two"_s, room.draftVersion());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->args.value(u"base_version"_s).toInteger(), 2);

    // Someone else saved version 2 first: the server refuses ours.
    PushResult refused;
    refused.mutationId = first;
    refused.status = PushStatus::Rejected;
    refused.code = u"VERSION_CONFLICT"_s;
    refused.message = u"the draft changed"_s;
    ASSERT_TRUE(m_store->recordPush({refused}, first).ok());
    pull({{u"team_draft"_s, QJsonObject{{u"id"_s, kTeam},
                                        {u"team_task_id"_s, kTeam},
                                        {u"delivery"_s, u"shared"_s},
                                        {u"version"_s, 2},
                                        {u"text"_s, u"Theirs"_s},
                                        {u"edits"_s, QJsonArray()},
                                        {u"parts"_s, QJsonArray()}}}},
         first);
    room.reload();
    EXPECT_EQ(room.draftText(), u"Theirs"_s);
    ASSERT_EQ(room.conflictedDrafts().size(), 1);
    EXPECT_EQ(room.conflictedDrafts().at(0).text, u"Mine, one"_s);
    EXPECT_EQ(room.conflictedDrafts().at(0).baseVersion, 1);

    ASSERT_TRUE(m_store->dismiss(first).ok());
    room.reload();
    EXPECT_TRUE(room.conflictedDrafts().isEmpty());
}

TEST_F(TeamModelsTest, SigningNamesTheCurrentVersionOfASharedDelivery)
{
    pullFormedTeam();
    TeamRoomModel room(*m_store);
    room.setTeamTaskId(kTeam);
    EXPECT_EQ(room.submitPart(u"my part"_s).error().code, ErrorCode::Validation);
    auto signature = room.sign();
    ASSERT_TRUE(signature.ok());
    EXPECT_EQ(signature->name, u"team.sign@1"_s);
    EXPECT_EQ(signature->args.value(u"draft_version"_s).toInteger(), 1);
    enqueue(signature);
    room.reload();
    ASSERT_NE(room.me(), nullptr);
    EXPECT_EQ(room.me()->signedVersion, 1);
    EXPECT_EQ(room.members().at(0).signedVersion, 0);
}

TEST_F(TeamModelsTest, APerRoleTeamSubmitsTheMembersPart)
{
    pullFormedTeam(u"per_role"_s);
    TeamRoomModel room(*m_store);
    room.setTeamTaskId(kTeam);
    EXPECT_EQ(room.sign().error().code, ErrorCode::Validation);
    EXPECT_EQ(room.submitPart(u" "_s).error().code, ErrorCode::Validation);
    enqueue(room.submitPart(u"The layout review"_s));
    room.reload();
    ASSERT_EQ(room.parts().size(), 1);
    EXPECT_EQ(room.parts().at(0).role, u"designer"_s);
    EXPECT_EQ(room.parts().at(0).authorPseudonym, u"worker-5a5a5a"_s);
}

} // namespace
} // namespace Chrysalis
