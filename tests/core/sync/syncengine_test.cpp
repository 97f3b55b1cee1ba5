// The sync engine against a scripted CSP/1 server on 127.0.0.1: every case asserts on the local
// database afterwards, and on what the server received.
#include "core/domain/jsonreader.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/core/sync/fakesyncserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Chrysalis {
namespace {

using Testing::FakeSyncServer;

constexpr int kWaitMs = 5000;
const QString kAda = u"01900000-0000-7000-8000-00000000ada0"_s;

QString taskId(int n)
{
    return u"01900000-0000-7000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

class SyncEngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.start());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kAda);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(*m_store);
        m_engine->setServer(m_server.url());
        m_engine->setToken(m_server.token);
        m_engine->setBackoff([](int) { return 0ms; });
        m_engine->setAutoRetry(false);
        m_engine->setRequestTimeout(4s);
    }

    // Runs one cycle and returns its report.
    SyncReport sync()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->syncNow();
        if (finished.isEmpty() && !finished.wait(kWaitMs)) {
            ADD_FAILURE() << "the sync cycle did not finish";
            return {};
        }
        return finished.constLast().constFirst().value<SyncReport>();
    }

    qint64 enqueue(const QString &name, const QJsonObject &args = {}, const QList<OverlayWrite> &overlay = {})
    {
        auto id = m_store->enqueue(name, args, overlay);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    // A mutation whose test handler on the server upserts task n with the given title.
    qint64 enqueueTaskTitle(int n, const QString &title, bool withOverlay = true)
    {
        const QJsonObject data{{u"id"_s, taskId(n)}, {u"title"_s, title}};
        QList<OverlayWrite> overlay;
        if (withOverlay)
            overlay.append(OverlayWrite::upsert(u"task"_s, taskId(n), data));
        return enqueue(u"task.draft_save@1"_s, {{u"entity"_s, u"task"_s}, {u"id"_s, taskId(n)}, {u"data"_s, data}},
                       overlay);
    }

    OutboxEntry entry(qint64 id)
    {
        auto found = m_store->entry(id);
        EXPECT_TRUE(found.ok() && found->has_value()) << "no outbox row " << id;
        return found.ok() && found->has_value() ? **found : OutboxEntry{};
    }

    OutboxState stateOf(qint64 id) { return entry(id).state; }

    SyncState syncState()
    {
        auto state = m_store->state();
        EXPECT_TRUE(state.ok());
        return state.ok() ? *state : SyncState{};
    }

    QString titleOf(int n)
    {
        auto row = m_store->read(u"task"_s, taskId(n));
        EXPECT_TRUE(row.ok());
        return row.ok() && row->has_value() ? (*row)->value(u"title"_s).toString() : u"<none>"_s;
    }

    QTemporaryDir m_dir;
    FakeSyncServer m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

TEST_F(SyncEngineTest, LoginBindsTheStoreAndTakesTheToken)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(u"fresh.db"_s));
    ASSERT_TRUE(store.ok());
    SyncEngine engine(**store);
    engine.setServer(m_server.url());

    std::optional<Result<LoginReply>> wrong;
    engine.login(u"ada"_s, u"guess"_s, [&](const Result<LoginReply> &reply) { wrong = reply; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return wrong.has_value(); }, kWaitMs));
    EXPECT_FALSE(wrong->ok());
    EXPECT_FALSE(engine.hasToken());
    EXPECT_TRUE((*store)->state()->userId.isEmpty());

    std::optional<Result<LoginReply>> reply;
    engine.login(u"ada"_s, u"secret"_s, [&](const Result<LoginReply> &r) { reply = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, kWaitMs));
    ASSERT_TRUE(reply->ok()) << reply->error().message.toStdString();
    EXPECT_EQ((*reply)->accountId, kAda);
    EXPECT_TRUE(engine.hasToken());
    EXPECT_EQ((*store)->state()->userId, kAda);
    EXPECT_EQ((*store)->state()->serverUrl.port(), m_server.url().port());
    EXPECT_TRUE(engine.isOnline());
}

TEST_F(SyncEngineTest, LoginAsAnotherUserOnThisDatabaseIsRefused)
{
    SyncEngine engine(*m_store);
    engine.setServer(m_server.url());
    std::optional<Result<LoginReply>> reply;
    engine.login(u"bob"_s, u"secret"_s, [&](const Result<LoginReply> &r) { reply = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return reply.has_value(); }, kWaitMs));
    ASSERT_FALSE(reply->ok());
    EXPECT_EQ(reply->error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(engine.hasToken());
    EXPECT_EQ(syncState().userId, kAda);
}

TEST_F(SyncEngineTest, FetchInfoTakesTheLimitsAndTheServerClock)
{
    m_server.limits = {{u"max_mutations_per_push"_s, 2}, {u"default_pull_limit"_s, 3}};
    m_server.serverClockOffsetMs = 3LL * 24 * 3600 * 1000;
    std::optional<Result<ServerInfo>> info;
    m_engine->fetchInfo([&](const Result<ServerInfo> &r) { info = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return info.has_value(); }, kWaitMs));
    ASSERT_TRUE(info->ok()) << info->error().message.toStdString();
    EXPECT_EQ(m_engine->limits().maxMutationsPerPush, 2);
    const qint64 skew = QDateTime::currentDateTimeUtc().msecsTo(m_engine->serverNow());
    EXPECT_NEAR(static_cast<double>(skew), static_cast<double>(m_server.serverClockOffsetMs), 2000.0);

    for (int i = 1; i <= 5; ++i)
        enqueueTaskTitle(i, u"t"_s);
    for (int i = 1; i <= 7; ++i)
        m_server.upsert(u"note"_s, taskId(100 + i), {{u"n"_s, i}});
    const SyncReport report = sync();
    EXPECT_TRUE(report.ok());
    const QList<QList<qint64>> expectedBatches{{1, 2}, {3, 4}, {5}};
    EXPECT_EQ(m_server.pushedBatches(), expectedBatches);
    for (const auto &request : m_server.requestsTo(u"/v1/sync/pull"_s))
        EXPECT_EQ(request.body.value(u"limit"_s).toInt(), 3);
    EXPECT_EQ(syncState().serverTimeOffsetMs, m_engine->serverTimeOffsetMs());
}

TEST_F(SyncEngineTest, PushesInIdOrderAndConvergesOnTheServersView)
{
    const qint64 first = enqueueTaskTitle(1, u"draft one"_s);
    const qint64 second = enqueueTaskTitle(2, u"draft two"_s);
    m_server.upsert(u"task"_s, taskId(3), {{u"id"_s, taskId(3)}, {u"title"_s, u"from the server"_s}});
    EXPECT_EQ(titleOf(1), u"draft one"_s); // the overlay, before any sync

    QSignalSpy outboxChanged(m_engine.get(), &SyncEngine::outboxChanged);
    const SyncReport report = sync();
    ASSERT_TRUE(report.ok()) << report.errors.constFirst().message.toStdString();
    EXPECT_EQ(report.pushed, 2);
    EXPECT_EQ(report.applied, 2);

    const auto pushes = m_server.requestsTo(u"/v1/sync/push"_s);
    ASSERT_EQ(pushes.size(), 1);
    EXPECT_EQ(pushes.constFirst().authorization, "Bearer " + m_server.token.toUtf8());
    EXPECT_EQ(pushes.constFirst().body.value(u"client_id"_s).toString(), m_store->clientId());
    const QJsonArray mutations = pushes.constFirst().body.value(u"mutations"_s).toArray();
    ASSERT_EQ(mutations.size(), 2);
    EXPECT_EQ(mutations.at(0).toObject().value(u"id"_s).toInteger(), first);
    EXPECT_EQ(mutations.at(1).toObject().value(u"id"_s).toInteger(), second);
    EXPECT_EQ(mutations.at(0).toObject().value(u"name"_s).toString(), u"task.draft_save@1"_s);
    EXPECT_TRUE(parseWireTime(mutations.at(0).toObject().value(u"client_time"_s).toString()).isValid());

    EXPECT_EQ(stateOf(first), OutboxState::Applied);
    EXPECT_EQ(stateOf(second), OutboxState::Applied);
    EXPECT_EQ(m_server.effectsOf(first), 1);
    EXPECT_EQ(m_server.effectsOf(second), 1);
    const SyncState state = syncState();
    EXPECT_EQ(state.ackedMutationId, second);
    EXPECT_EQ(state.snapshotState, SnapshotState::Complete);
    EXPECT_TRUE(state.cursor.has_value());
    EXPECT_TRUE(state.lastSyncAt.isValid());

    auto tasks = m_store->list(u"task"_s);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 3);
    for (const StoredEntity &task : *tasks) {
        EXPECT_FALSE(task.local) << "the overlay outlived the pull: " << task.id.toStdString();
        EXPECT_GT(task.version, 0);
    }
    EXPECT_EQ(titleOf(3), u"from the server"_s);
    EXPECT_GE(outboxChanged.size(), 1);
    EXPECT_EQ(m_store->counts()->pending, 0);
}

TEST_F(SyncEngineTest, ARejectionIsKeptWithItsDetailsAndDoesNotStopLaterMutations)
{
    m_server.rejectByName.insert(u"answer.submit@1"_s,
                                 {u"LEASE_EXPIRED"_s, u"the lease ran out"_s, {{u"lease_id"_s, u"L1"_s}}});
    const qint64 claim = enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId(1)}, {u"count"_s, 1}});
    const qint64 answer = enqueue(u"answer.submit@1"_s,
                                  {{u"answer_id"_s, taskId(9)}, {u"fields"_s, QJsonObject{{u"label"_s, u"cat"_s}}}},
                                  {OverlayWrite::upsert(u"answer"_s, taskId(9), {{u"status"_s, u"pending_review"_s}})});
    const qint64 after = enqueue(u"lease.release@1"_s, {{u"lease_id"_s, u"L2"_s}});

    const SyncReport report = sync();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.applied, 2);

    const OutboxEntry rejected = entry(answer);
    EXPECT_EQ(rejected.state, OutboxState::Rejected);
    EXPECT_EQ(rejected.outcomeCode, u"LEASE_EXPIRED"_s);
    EXPECT_EQ(rejected.outcomeMessage(), u"the lease ran out"_s);
    EXPECT_EQ(rejected.outcome.value(u"details"_s).toObject().value(u"lease_id"_s).toString(), u"L1"_s);
    EXPECT_EQ(rejected.args.value(u"fields"_s).toObject().value(u"label"_s).toString(), u"cat"_s);
    EXPECT_EQ(stateOf(claim), OutboxState::Applied);
    EXPECT_EQ(stateOf(after), OutboxState::Applied);

    auto attention = m_store->needsAttention();
    ASSERT_TRUE(attention.ok());
    ASSERT_EQ(attention->size(), 1);
    EXPECT_EQ(attention->constFirst().mutationId, answer);
    EXPECT_EQ(m_store->counts()->rejected, 1);
    // What was never accepted is no longer shown once the pull has passed it.
    EXPECT_FALSE(m_store->read(u"answer"_s, taskId(9))->has_value());
}

TEST_F(SyncEngineTest, ALostPushResponseIsRepairedByAlreadyAppliedWithoutDoubleEffects)
{
    m_server.rejectByName.insert(u"answer.submit@1"_s, {u"TASK_CLOSED"_s, u"closed"_s, {}});
    const qint64 first = enqueueTaskTitle(1, u"one"_s);
    const qint64 second = enqueue(u"answer.submit@1"_s, {{u"answer_id"_s, taskId(9)}});
    FakeSyncServer::Reply cut =
            FakeSyncServer::Reply::json(200, {{u"last_mutation_id"_s, 2}, {u"results"_s, QJsonArray{}}});
    cut.applyFirst = true;
    cut.hangUpMidBody = true;
    m_server.script(u"/v1/sync/push"_s, cut);

    const SyncReport lost = sync();
    EXPECT_FALSE(lost.ok());
    EXPECT_EQ(m_server.lastMutationId, second); // the server committed
    EXPECT_EQ(stateOf(first), OutboxState::Pending); // the client never heard
    EXPECT_EQ(stateOf(second), OutboxState::Pending);
    EXPECT_EQ(syncState().ackedMutationId, 0);

    const SyncReport repaired = sync();
    ASSERT_TRUE(repaired.ok()) << repaired.errors.constFirst().message.toStdString();
    EXPECT_EQ(stateOf(first), OutboxState::Applied);
    EXPECT_EQ(stateOf(second), OutboxState::Rejected);
    EXPECT_EQ(entry(second).outcomeCode, u"TASK_CLOSED"_s);
    EXPECT_EQ(m_server.effectsOf(first), 1);
    EXPECT_EQ(m_server.effectsOf(second), 0);
    EXPECT_EQ(m_server.pushedBatches().size(), 2);
    EXPECT_EQ(titleOf(1), u"one"_s);
}

TEST_F(SyncEngineTest, AGapIsReportedAndTheMutationIsNeverSkippedOrRenumbered)
{
    enqueueTaskTitle(1, u"one"_s);
    ASSERT_TRUE(sync().ok());
    m_server.lastMutationId = 0; // the server was restored from a backup taken before mutation 1
    const qint64 next = enqueueTaskTitle(2, u"two"_s);

    const SyncReport report = sync();
    EXPECT_FALSE(report.ok());
    ASSERT_TRUE(report.gapExpectedId.has_value());
    EXPECT_EQ(*report.gapExpectedId, 1);
    EXPECT_FALSE(report.retryScheduled);
    EXPECT_EQ(stateOf(next), OutboxState::Pending);
    EXPECT_EQ(entry(next).attempts, 0);
    EXPECT_EQ(titleOf(2), u"two"_s);

    m_server.lastMutationId = 1; // the server's history is repaired
    ASSERT_TRUE(sync().ok());
    const QList<QList<qint64>> expectedBatches{{1}, {2}, {2}};
    EXPECT_EQ(m_server.pushedBatches(), expectedBatches);
    EXPECT_EQ(stateOf(next), OutboxState::Applied);
}

TEST_F(SyncEngineTest, RepeatedServerFailuresBlockTheHeadAndLaterMutationsWait)
{
    m_engine->setAutoRetry(true);
    m_engine->setBlockAfterFailures(3);
    const qint64 first = enqueueTaskTitle(1, u"one"_s);
    const qint64 poison = enqueueTaskTitle(2, u"crashes the handler"_s);
    const qint64 later = enqueueTaskTitle(3, u"waits"_s);
    m_server.crashOn.insert(poison);

    QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
    m_engine->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_store->counts()->blocked == 1 && !m_engine->isSyncing(); }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !finished.isEmpty() && finished.constLast().constFirst().value<SyncReport>().blocked == 1; },
            kWaitMs));
    const SyncReport last = finished.constLast().constFirst().value<SyncReport>();
    EXPECT_FALSE(last.retryScheduled);

    EXPECT_EQ(stateOf(first), OutboxState::Applied);
    const OutboxEntry blocked = entry(poison);
    EXPECT_EQ(blocked.state, OutboxState::Blocked);
    EXPECT_EQ(blocked.attempts, 3);
    EXPECT_EQ(blocked.outcomeCode, u"INTERNAL"_s);
    EXPECT_FALSE(blocked.outcomeMessage().isEmpty());
    EXPECT_EQ(blocked.args.value(u"data"_s).toObject().value(u"title"_s).toString(), u"crashes the handler"_s);
    EXPECT_EQ(stateOf(later), OutboxState::Pending);
    EXPECT_EQ(m_server.effectsOf(poison), 0);
    EXPECT_EQ(m_server.effectsOf(later), 0);
    EXPECT_EQ(titleOf(2), u"crashes the handler"_s); // still shown: nothing is lost

    // Later mutations are not pushed past the blocked one.
    const int pushesBefore = static_cast<int>(m_server.pushedBatches().size());
    EXPECT_TRUE(sync().ok());
    EXPECT_EQ(m_server.pushedBatches().size(), pushesBefore);

    m_server.crashOn.clear();
    QSignalSpy retried(m_engine.get(), &SyncEngine::syncFinished);
    ASSERT_EQ(*m_engine->retryBlocked(), 1);
    ASSERT_TRUE(retried.wait(kWaitMs));
    EXPECT_TRUE(retried.constFirst().constFirst().value<SyncReport>().ok());
    EXPECT_EQ(stateOf(poison), OutboxState::Applied);
    EXPECT_EQ(stateOf(later), OutboxState::Applied);
    EXPECT_EQ(m_server.effectsOf(poison), 1);
    EXPECT_EQ(m_server.effectsOf(first), 1);
}

TEST_F(SyncEngineTest, TooFewServerFailuresOnlyRetry)
{
    m_engine->setBlockAfterFailures(3);
    const qint64 only = enqueueTaskTitle(1, u"one"_s);
    m_server.crashOn.insert(only);
    for (int i = 0; i < 2; ++i) {
        const SyncReport report = sync();
        EXPECT_FALSE(report.ok());
        EXPECT_EQ(report.blocked, 0);
    }
    EXPECT_EQ(stateOf(only), OutboxState::Pending);
    EXPECT_EQ(entry(only).attempts, 2);
    EXPECT_EQ(sync().blocked, 1);
    EXPECT_EQ(stateOf(only), OutboxState::Blocked);
}

TEST_F(SyncEngineTest, ARejectedTokenKeepsEverythingAndWaitsForANewOne)
{
    const qint64 id = enqueueTaskTitle(1, u"one"_s);
    m_server.token = u"token-renewed"_s;
    QSignalSpy rejected(m_engine.get(), &SyncEngine::tokenRejected);
    m_engine->setAutoRetry(true);

    const SyncReport report = sync();
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.retryScheduled);
    EXPECT_EQ(rejected.size(), 1);
    EXPECT_EQ(stateOf(id), OutboxState::Pending);
    EXPECT_EQ(entry(id).attempts, 0);
    EXPECT_EQ(titleOf(1), u"one"_s);

    const auto requestsBefore = m_server.requestsTo(u"/v1/sync/push"_s).size();
    EXPECT_FALSE(sync().ok());
    EXPECT_EQ(m_server.requestsTo(u"/v1/sync/push"_s).size(), requestsBefore); // no request without a token

    m_engine->setToken(u"token-renewed"_s);
    EXPECT_TRUE(sync().ok());
    EXPECT_EQ(stateOf(id), OutboxState::Applied);
    EXPECT_EQ(rejected.size(), 1);
}

TEST_F(SyncEngineTest, BrokenPushResponsesChangeNothingLocally)
{
    const QList<FakeSyncServer::Reply> broken{
            FakeSyncServer::Reply::raw(200, "application/json", R"({"last_mutation_id": 1, "resu)"),
            FakeSyncServer::Reply::raw(200, "text/html", R"({"last_mutation_id": 1, "results": []})"),
            FakeSyncServer::Reply::raw(200, "application/json", "<html>proxy error</html>"),
            FakeSyncServer::Reply::raw(200, "application/json", "[1, 2]"),
            FakeSyncServer::Reply::raw(200, "application/json",
                                       R"({"last_mutation_id": 9, "results": [{"id": "1", "status": "applied"}]})"),
            FakeSyncServer::Reply::raw(200, "application/json",
                                       R"({"last_mutation_id": 9, "results": [{"id": 7, "status": "applied"}]})"),
            FakeSyncServer::Reply::raw(200, "application/json",
                                       R"({"last_mutation_id": 9, "results": [{"id": 1, "status": "done"}]})"),
            FakeSyncServer::Reply::raw(502, "text/html", "bad gateway"),
    };
    const qint64 id = enqueueTaskTitle(1, u"one"_s);
    FakeSyncServer::Reply hangUp = FakeSyncServer::Reply::json(200, {{u"last_mutation_id"_s, 1}});
    hangUp.hangUpMidBody = true;
    QList<FakeSyncServer::Reply> all = broken;
    all.append(hangUp);
    for (const auto &reply : all) {
        m_server.script(u"/v1/sync/push"_s, reply);
        const SyncReport report = sync();
        EXPECT_FALSE(report.ok()) << reply.body.toStdString();
        const OutboxEntry row = entry(id);
        EXPECT_EQ(row.state, OutboxState::Pending) << reply.body.toStdString();
        EXPECT_EQ(row.attempts, 0);
        EXPECT_EQ(syncState().ackedMutationId, 0);
        EXPECT_FALSE(syncState().cursor.has_value()) << "no pull after a failed push";
    }
    EXPECT_EQ(m_server.effectsOf(id), 0);
    EXPECT_TRUE(sync().ok());
    EXPECT_EQ(stateOf(id), OutboxState::Applied);
}

TEST_F(SyncEngineTest, BrokenPullResponsesChangeNothingLocally)
{
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"v1"_s}});
    ASSERT_TRUE(sync().ok());
    const SyncState before = syncState();
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"v2"_s}});
    m_server.script(u"/v1/sync/pull"_s,
                    FakeSyncServer::Reply::raw(200, "application/json", R"({"cursor": "e1:9", "has_mo)"));
    m_server.script(u"/v1/sync/pull"_s,
                    FakeSyncServer::Reply::raw(200, "application/json",
                                               R"({"cursor": "e1:9", "has_more": false, "last_mutation_id": 0,
                                                   "changes": [{"entity": "task", "id": "x", "op": "upsert"}]})"));
    FakeSyncServer::Reply hangUp = FakeSyncServer::Reply::json(200, {{u"cursor"_s, u"e1:9"_s}});
    hangUp.hangUpMidBody = true;
    m_server.script(u"/v1/sync/pull"_s, hangUp);
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(sync().ok());
        EXPECT_EQ(syncState().cursor, before.cursor);
        EXPECT_EQ(titleOf(1), u"v1"_s);
    }
    EXPECT_TRUE(sync().ok());
    EXPECT_EQ(titleOf(1), u"v2"_s);
}

TEST_F(SyncEngineTest, AResetRebuildsTheMirrorAndKeepsTheOutbox)
{
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"kept"_s}});
    m_server.upsert(u"task"_s, taskId(2), {{u"title"_s, u"gone after the reset"_s}});
    ASSERT_TRUE(sync().ok());
    ASSERT_EQ(m_store->list(u"task"_s)->size(), 2);

    m_server.retryNames.insert(u"task.draft_save@1"_s); // this mutation stays pending
    const qint64 waiting = enqueueTaskTitle(3, u"local only"_s);
    m_server.startNewEpoch();
    m_server.clearLog();
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"kept"_s}});

    const SyncReport report = sync();
    ASSERT_TRUE(report.ok()) << report.errors.constFirst().message.toStdString();
    EXPECT_EQ(report.resets, 1);
    EXPECT_EQ(report.deferred, 1);
    EXPECT_EQ(stateOf(waiting), OutboxState::Pending);
    EXPECT_EQ(entry(waiting).outcomeCode, u"UNSUPPORTED_MUTATION"_s);
    EXPECT_EQ(titleOf(1), u"kept"_s);
    EXPECT_EQ(titleOf(2), u"<none>"_s);
    EXPECT_EQ(titleOf(3), u"local only"_s);
    EXPECT_EQ(syncState().snapshotState, SnapshotState::Complete);
}

TEST_F(SyncEngineTest, AnExpiredCursorRestartsTheSnapshot)
{
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"one"_s}});
    ASSERT_TRUE(sync().ok());
    m_server.script(u"/v1/sync/pull"_s, FakeSyncServer::Reply::problem(410, u"CURSOR_EXPIRED"_s, u"too old"_s));
    const SyncReport report = sync();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.resets, 1);
    const auto pulls = m_server.requestsTo(u"/v1/sync/pull"_s);
    EXPECT_TRUE(pulls.constLast().body.value(u"cursor"_s).isNull());
    EXPECT_EQ(titleOf(1), u"one"_s);
}

TEST_F(SyncEngineTest, AFirstSyncPullsEveryPageAndReportsProgress)
{
    for (int i = 1; i <= 25; ++i)
        m_server.upsert(u"task"_s, taskId(i), {{u"title"_s, u"task %1"_s.arg(i)}});
    m_server.pageSize = 10;
    QSignalSpy progress(m_engine.get(), &SyncEngine::syncProgress);
    const SyncReport report = sync();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.pages, 3);
    EXPECT_EQ(report.pulledRows, 25);
    ASSERT_EQ(progress.size(), 3);
    const QList<qint64> rows{10, 20, 25};
    for (qsizetype i = 0; i < progress.size(); ++i) {
        const auto step = progress.at(i).constFirst().value<SyncProgress>();
        EXPECT_TRUE(step.initialSync);
        EXPECT_EQ(step.phase, SyncProgress::Phase::Pulling);
        EXPECT_EQ(step.rows, rows.at(i));
        EXPECT_EQ(step.pages, i + 1);
    }
    EXPECT_EQ(m_store->list(u"task"_s)->size(), 25);
    EXPECT_EQ(syncState().snapshotState, SnapshotState::Complete);

    progress.clear();
    const SyncReport again = sync();
    EXPECT_EQ(again.pulledRows, 0);
    ASSERT_EQ(progress.size(), 1);
    EXPECT_FALSE(progress.constFirst().constFirst().value<SyncProgress>().initialSync);
}

TEST_F(SyncEngineTest, APageAskedForAheadThatFailsKeepsTheCursorOfTheLastAppliedPage)
{
    for (int i = 1; i <= 25; ++i)
        m_server.upsert(u"task"_s, taskId(i), {{u"title"_s, u"task %1"_s.arg(i)}});
    m_server.pageSize = 10;
    // The first page as the server would send it; the next one, asked for before the first is
    // applied, arrives broken.
    QJsonArray firstChanges;
    for (int i = 1; i <= 10; ++i) {
        firstChanges.append(
                QJsonObject{{u"seq"_s, i},
                            {u"entity"_s, u"task"_s},
                            {u"id"_s, taskId(i)},
                            {u"op"_s, u"upsert"_s},
                            {u"version"_s, i},
                            {u"data"_s, QJsonObject{{u"id"_s, taskId(i)}, {u"title"_s, u"task %1"_s.arg(i)}}}});
    }
    m_server.script(u"/v1/sync/pull"_s, FakeSyncServer::Reply::json(200, {{u"cursor"_s, u"e1:10"_s},
                                                                          {u"has_more"_s, true},
                                                                          {u"reset"_s, false},
                                                                          {u"changes"_s, firstChanges},
                                                                          {u"last_mutation_id"_s, 0},
                                                                          {u"mutation_outcomes"_s, QJsonArray()}}));
    m_server.script(u"/v1/sync/pull"_s,
                    FakeSyncServer::Reply::raw(200, "application/json", R"({"cursor": "e1:20", "has_mo)"));

    EXPECT_FALSE(sync().ok());
    const auto pulls = m_server.requestsTo(u"/v1/sync/pull"_s);
    ASSERT_EQ(pulls.size(), 2);
    EXPECT_EQ(pulls.at(1).body.value(u"cursor"_s).toString(), u"e1:10"_s);
    EXPECT_EQ(syncState().cursor, std::optional<QString>(u"e1:10"_s));
    EXPECT_EQ(titleOf(10), u"task 10"_s);
    EXPECT_EQ(titleOf(11), u"<none>"_s);

    // The next cycle goes on from the first page.
    ASSERT_TRUE(sync().ok());
    EXPECT_EQ(m_server.requestsTo(u"/v1/sync/pull"_s).at(2).body.value(u"cursor"_s).toString(), u"e1:10"_s);
    EXPECT_EQ(m_store->list(u"task"_s)->size(), 25);
    EXPECT_EQ(titleOf(25), u"task 25"_s);
    EXPECT_EQ(syncState().snapshotState, SnapshotState::Complete);
}

TEST_F(SyncEngineTest, APageThatWouldGoBackInVersionIsIgnored)
{
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"newest"_s}}, 50);
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"older"_s}}, 40);
    m_server.remove(u"task"_s, taskId(1), 45);
    ASSERT_TRUE(sync().ok());
    EXPECT_EQ(titleOf(1), u"newest"_s);
    m_server.upsert(u"task"_s, taskId(1), {{u"title"_s, u"newer still"_s}}, 51);
    ASSERT_TRUE(sync().ok());
    EXPECT_EQ(titleOf(1), u"newer still"_s);
}

TEST_F(SyncEngineTest, OnlyOnePushIsInFlight)
{
    m_server.replyDelayMs = 30;
    enqueueTaskTitle(1, u"one"_s);
    QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
    m_engine->syncNow();
    enqueueTaskTitle(2, u"two"_s);
    m_engine->syncNow();
    enqueueTaskTitle(3, u"three"_s);
    m_engine->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2 && !m_engine->isSyncing(); }, kWaitMs));
    EXPECT_EQ(m_server.maxConcurrent, 1);
    for (qint64 id = 1; id <= 3; ++id) {
        EXPECT_EQ(stateOf(id), OutboxState::Applied);
        EXPECT_EQ(m_server.effectsOf(id), 1);
    }
}

TEST_F(SyncEngineTest, AnOversizedBatchIsHalvedAndAnOversizedMutationBlocked)
{
    for (int i = 1; i <= 4; ++i)
        enqueueTaskTitle(i, u"t"_s);
    m_server.script(u"/v1/sync/push"_s, FakeSyncServer::Reply::problem(413, u"PAYLOAD_TOO_LARGE"_s, u"too big"_s));
    ASSERT_TRUE(sync().ok());
    const QList<QList<qint64>> batches{{1, 2, 3, 4}, {1, 2}, {3, 4}};
    EXPECT_EQ(m_server.pushedBatches(), batches);

    const qint64 big = enqueueTaskTitle(5, u"t"_s);
    m_server.script(u"/v1/sync/push"_s, FakeSyncServer::Reply::problem(413, u"PAYLOAD_TOO_LARGE"_s, u"too big"_s));
    const SyncReport report = sync();
    EXPECT_EQ(report.blocked, 1);
    EXPECT_EQ(stateOf(big), OutboxState::Blocked);
    EXPECT_EQ(entry(big).outcomeCode, u"PAYLOAD_TOO_LARGE"_s);
}

TEST_F(SyncEngineTest, AnUnreachableServerSchedulesARetryWithBackoff)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    QUrl dead = m_server.url();
    dead.setPort(closed.serverPort());
    closed.close();

    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(u"other.db"_s), kAda);
    ASSERT_TRUE(store.ok());
    SyncEngine engine(**store);
    engine.setServer(dead);
    engine.setToken(m_server.token);
    QList<int> backoffAsked;
    engine.setBackoff([&](int attempt) {
        backoffAsked.append(attempt);
        return attempt == 1 ? 0ms : 1h;
    });
    const qint64 id = *(*store)->enqueue(u"lease.claim@1"_s, {});
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, kWaitMs));
    for (const auto &arguments : finished) {
        const SyncReport report = arguments.constFirst().value<SyncReport>();
        ASSERT_FALSE(report.ok());
        EXPECT_EQ(report.errors.constFirst().code, ErrorCode::Network);
        EXPECT_TRUE(report.retryScheduled);
    }
    const QList<int> expectedAttempts{1, 2};
    EXPECT_EQ(backoffAsked, expectedAttempts);
    EXPECT_FALSE(engine.isOnline());
    EXPECT_EQ((*(*store)->entry(id))->state, OutboxState::Pending);
}

TEST_F(SyncEngineTest, ALostConnectionTakesTheClientOfflineAndBackOnline)
{
    ASSERT_TRUE(sync().ok());
    ASSERT_TRUE(m_engine->isOnline());
    QSignalSpy online(m_engine.get(), &SyncEngine::onlineChanged);
    enqueueTaskTitle(1, u"one"_s);
    FakeSyncServer::Reply hangUp = FakeSyncServer::Reply::json(200, {{u"last_mutation_id"_s, 1}});
    hangUp.hangUpMidBody = true;
    m_server.script(u"/v1/sync/push"_s, hangUp);
    EXPECT_FALSE(sync().ok());
    ASSERT_EQ(online.size(), 1);
    EXPECT_FALSE(online.constFirst().constFirst().toBool());
    EXPECT_TRUE(sync().ok());
    ASSERT_EQ(online.size(), 2);
    EXPECT_TRUE(online.constLast().constFirst().toBool());
}

TEST_F(SyncEngineTest, PlainHttpIsRefusedOffLoopback)
{
    SyncEngine engine(*m_store);
    engine.setServer(QUrl(u"http://market.example.org"_s));
    std::optional<Result<LoginReply>> reply;
    engine.login(u"ada"_s, u"secret"_s, [&](const Result<LoginReply> &r) { reply = r; });
    ASSERT_TRUE(reply.has_value()); // refused at once, nothing sent
    ASSERT_FALSE(reply->ok());
    EXPECT_EQ(reply->error().code, ErrorCode::Validation);
    EXPECT_TRUE(m_store->state()->serverUrl.isEmpty());

    engine.setToken(u"t"_s);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.constFirst().constFirst().value<SyncReport>().errors.constFirst().code, ErrorCode::Validation);
}

TEST_F(SyncEngineTest, AStoreOfAnotherServerIsRefusedBeforeAnyRequest)
{
    ASSERT_TRUE(sync().ok());
    const auto requests = m_server.requestsTo(u"/v1/sync/pull"_s).size();
    QUrl other = m_server.url();
    other.setHost(u"localhost"_s);
    m_engine->setServer(other);
    const SyncReport report = sync();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.errors.constFirst().code, ErrorCode::Forbidden);
    EXPECT_EQ(m_server.requestsTo(u"/v1/sync/pull"_s).size(), requests);
}

TEST_F(SyncEngineTest, EnqueueThroughTheEngineSignalsAndSyncsOnceAfterTheDebounce)
{
    m_engine->setDebounce(20ms);
    QSignalSpy started(m_engine.get(), &SyncEngine::syncStarted);
    QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
    QSignalSpy outboxChanged(m_engine.get(), &SyncEngine::outboxChanged);
    for (int i = 1; i <= 3; ++i) {
        auto id = m_engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId(i)}});
        ASSERT_TRUE(id.ok());
        EXPECT_EQ(*id, i);
    }
    EXPECT_EQ(outboxChanged.size(), 3);
    EXPECT_TRUE(started.isEmpty());
    EXPECT_FALSE(m_engine->enqueue(u"no version"_s, {}).ok());
    EXPECT_EQ(outboxChanged.size(), 3);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(started.size(), 1);
    const QList<QList<qint64>> batches{{1, 2, 3}};
    EXPECT_EQ(m_server.pushedBatches(), batches);
}

} // namespace
} // namespace Chrysalis
