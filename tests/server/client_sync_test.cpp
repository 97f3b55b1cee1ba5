// The desktop client's sync against a real server when things go wrong on the client's side: the
// client process killed (SIGKILL) in the middle of its first snapshot and in the middle of a later
// pull, its sign-in expiring in the middle of a cycle, and its clock days away from the server's.
// After each: the client's mirror equals what the server shows the user, every mutation has exactly
// one outcome, and the client's file passes PRAGMA integrity_check.
#include "core/domain/ids.h"
#include "core/market/marketplace.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/marketserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Chrysalis::Testing {

class ClientSyncTest : public MarketServerTest
{
protected:
    void SetUp() override
    {
        MarketServerTest::SetUp();
        ASSERT_TRUE(m_folder.isValid());
        m_storePath = m_folder.filePath(u"client.db"_s);
    }

    // Starts the probe client; `pauseMs` makes it sleep after every pulled page.
    std::unique_ptr<QProcess> startProbe(const ServerProcess &server, const QString &username,
                                         const QJsonArray &mutations = {}, int pauseMs = 0)
    {
        QStringList arguments{u"--server"_s,        server.baseUrl().toString(),
                              u"--store"_s,         m_storePath,
                              u"--user"_s,          username,
                              u"--password"_s,      demoPassword(),
                              u"--page-pause-ms"_s, QString::number(pauseMs)};
        if (!mutations.isEmpty()) {
            const QString file = m_folder.filePath(u"mutations-%1.json"_s.arg(++m_mutationFiles));
            QFile out(file);
            EXPECT_TRUE(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(mutations).toJson());
            out.close();
            arguments << u"--mutations"_s << file;
        }
        auto probe = std::make_unique<QProcess>();
        probe->setProcessChannelMode(QProcess::MergedChannels);
        probe->start(QStringLiteral(CHRYSALIS_SYNC_PROBE_BINARY), arguments);
        EXPECT_TRUE(probe->waitForStarted(10'000));
        return probe;
    }

    // Runs the probe to its end; returns its output, with a test failure when it did not succeed.
    QString runProbe(const ServerProcess &server, const QString &username, const QJsonArray &mutations = {})
    {
        auto probe = startProbe(server, username, mutations);
        EXPECT_TRUE(probe->waitForFinished(240'000));
        const QString output = QString::fromUtf8(probe->readAll());
        EXPECT_EQ(probe->exitStatus(), QProcess::NormalExit) << output.toStdString();
        EXPECT_EQ(probe->exitCode(), 0) << output.toStdString();
        EXPECT_TRUE(output.contains(u"done pulled="_s)) << output.toStdString();
        return output;
    }

    // Starts the probe slowed down and kills it with SIGKILL once it has applied `pages` pages of a pull.
    void killProbeAfterPages(const ServerProcess &server, const QString &username, int pages,
                             const QJsonArray &mutations = {})
    {
        auto probe = startProbe(server, username, mutations, 400);
        QString output;
        const QString mark = u"progress pull pages=%1 "_s.arg(pages);
        const bool reached = waitUntil(
                [&] {
                    output += QString::fromUtf8(probe->readAll());
                    return output.contains(mark) || probe->state() == QProcess::NotRunning;
                },
                120'000);
        ASSERT_TRUE(reached && output.contains(mark)) << output.toStdString();
        probe->kill(); // SIGKILL: no handler, no flush, no clean close
        ASSERT_TRUE(probe->waitForFinished(10'000));
        EXPECT_EQ(probe->exitStatus(), QProcess::CrashExit) << output.toStdString();
        EXPECT_FALSE(output.contains(u"done pulled="_s)) << "the probe finished before the kill";
    }

    std::optional<SyncState> clientState()
    {
        auto store = LocalStore::open(m_storePath);
        EXPECT_TRUE(store.ok()) << (store ? "" : store.error().describe().toStdString());
        if (!store)
            return std::nullopt;
        auto state = (*store)->state();
        EXPECT_TRUE(state.ok());
        return state.valueOr(SyncState{});
    }

    // The client's mirror against a fresh full pull of the same user, kind by kind and row by row;
    // every outbox row terminal; the file's integrity.
    void expectMirrorEqualsServerView(const ServerProcess &server, const QString &username)
    {
        auto fresh = signIn(server, username);
        ASSERT_TRUE(fresh);
        const PullLog view = fresh->pullAll();
        ASSERT_EQ(view.status, 200) << QJsonDocument(view.problem).toJson().toStdString();
        QHash<QString, QHash<QString, QJsonObject>> expected;
        for (const QJsonObject &change : view.latest()) {
            if (change.value(u"op"_s).toString() == u"upsert")
                expected[change.value(u"entity"_s).toString()].insert(change.value(u"id"_s).toString(),
                                                                      change.value(u"data"_s).toObject());
        }
        ASSERT_FALSE(expected.isEmpty());

        expectMirrorEquals(expected);
        expectIntegrity();
    }

    void expectMirrorEquals(const QHash<QString, QHash<QString, QJsonObject>> &expected)
    {
        auto store = LocalStore::open(m_storePath);
        ASSERT_TRUE(store.ok()) << store.error().describe().toStdString();
        const QStringList kinds{Entity::Account,
                                Entity::Wallet,
                                Entity::Task,
                                Entity::TaskRevision,
                                Entity::Item,
                                Entity::Lease,
                                Entity::Answer,
                                Entity::Feedback,
                                Entity::Conflict,
                                Entity::Vote,
                                Entity::LedgerEntry,
                                Entity::LeaderboardEntry,
                                Entity::ReframeProposal,
                                Entity::TierProgress};
        qint64 compared = 0;
        for (const QString &kind : kinds) {
            auto mirrored = (*store)->list(kind);
            ASSERT_TRUE(mirrored.ok()) << mirrored.error().describe().toStdString();
            const QHash<QString, QJsonObject> rows = expected.value(kind);
            EXPECT_EQ(mirrored->size(), rows.size()) << kind.toStdString();
            for (const StoredEntity &entity : std::as_const(*mirrored)) {
                EXPECT_FALSE(entity.local) << kind.toStdString() << " " << entity.id.toStdString();
                const auto found = rows.constFind(entity.id);
                if (found == rows.constEnd()) {
                    ADD_FAILURE() << kind.toStdString() << " " << entity.id.toStdString() << " is not on the server";
                    continue;
                }
                EXPECT_EQ(QJsonDocument(entity.data).toJson(QJsonDocument::Compact).toStdString(),
                          QJsonDocument(*found).toJson(QJsonDocument::Compact).toStdString())
                        << kind.toStdString() << " " << entity.id.toStdString();
                ++compared;
            }
        }
        EXPECT_GT(compared, 0);

        auto counts = (*store)->counts();
        ASSERT_TRUE(counts.ok());
        EXPECT_EQ(counts->pending, 0);
        EXPECT_EQ(counts->blocked, 0);
        auto state = (*store)->state();
        ASSERT_TRUE(state.ok());
        EXPECT_EQ(state->snapshotState, SnapshotState::Complete);
        EXPECT_EQ(state->ackedMutationId, state->nextMutationId - 1);
        // Exactly one outcome on the server for each mutation the client sent, none for any other id.
        EXPECT_TRUE(database().outcomeProblems(state->clientId).isEmpty())
                << database().outcomeProblems(state->clientId).join(u"; "_s).toStdString();
        EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                                   {{u":client"_s, state->clientId}}),
                  state->nextMutationId - 1);
    }

    void expectIntegrity()
    {
        const QString name = u"client-integrity-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_storePath);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(u"PRAGMA integrity_check"_s));
            ASSERT_TRUE(query.next());
            EXPECT_EQ(query.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A published task of `items` items added 1,000 per push, so each thousand is its own transaction
    // and a pull of them spans several pages (a page never splits a transaction).
    QString postTaskInPushes(CspClient &requester, int items, const QString &title = u"Sentiment of reviews"_s)
    {
        const QString taskId = newId();
        QList<QJsonArray> pushes{
                {requester.mutation(u"task.draft_save@1"_s, draftSaveArgs(taskId, sentimentRevision(title)))}};
        for (int added = 0; added < items; added += 1000)
            pushes.append(
                    {requester.mutation(u"task.items_add@1"_s, itemsAddArgs(taskId, std::min(1000, items - added)))});
        pushes.append({requester.mutation(u"task.publish@1"_s, {{u"task_id"_s, taskId}})});
        for (const QJsonArray &push : std::as_const(pushes)) {
            const RawReply reply = requester.push(push);
            EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
            for (const QJsonObject &result : resultsById(reply))
                EXPECT_EQ(statusOf(result), u"applied"_s) << QJsonDocument(result).toJson().toStdString();
        }
        return taskId;
    }

    static QJsonArray newTaskMutations(int items)
    {
        const QString taskId = newId();
        return {QJsonObject{{u"name"_s, u"task.draft_save@1"_s},
                            {u"args"_s, draftSaveArgs(taskId, sentimentRevision())}},
                QJsonObject{{u"name"_s, u"task.items_add@1"_s}, {u"args"_s, itemsAddArgs(taskId, items)}}};
    }

    QTemporaryDir m_folder;
    QString m_storePath;
    int m_mutationFiles = 0;
};

TEST_P(ClientSyncTest, ClientKilledInTheMiddleOfItsFirstSnapshotFinishesItOnRestart)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    ASSERT_TRUE(ada);
    postTaskInPushes(*ada, 5000); // the snapshot spans three pages of 2,000

    killProbeAfterPages(*server, Demo::Ada, 1, newTaskMutations(20));
    const auto interrupted = clientState();
    ASSERT_TRUE(interrupted);
    EXPECT_EQ(interrupted->snapshotState, SnapshotState::InProgress);
    EXPECT_EQ(interrupted->ackedMutationId, 2) << "the push before the pull was acknowledged";

    runProbe(*server, Demo::Ada, newTaskMutations(5));
    expectMirrorEqualsServerView(*server, Demo::Ada);
}

TEST_P(ClientSyncTest, ClientKilledInTheMiddleOfALaterPullCatchesUpOnRestart)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    ASSERT_TRUE(ada);
    runProbe(*server, Demo::Ada, newTaskMutations(3));

    // Another device of the same requester adds a task of 5,000 items: three pages for the probe.
    postTaskInPushes(*ada, 5000, u"Added elsewhere"_s);
    killProbeAfterPages(*server, Demo::Ada, 1, newTaskMutations(4));
    const auto interrupted = clientState();
    ASSERT_TRUE(interrupted);
    EXPECT_EQ(interrupted->snapshotState, SnapshotState::Complete);

    runProbe(*server, Demo::Ada);
    expectMirrorEqualsServerView(*server, Demo::Ada);
}

// The sign-in lasts 3 seconds; the engine sleeps past it after the first page of its snapshot, so
// the next page is refused mid-cycle. Nothing is lost: after a new sign-in the cycle completes, the
// mutation sent before the expiry has exactly one outcome and the mirror matches the server.
TEST_P(ClientSyncTest, TokenExpiringInTheMiddleOfACycleLosesNothing)
{
    seedDemo();
    {
        // Posted through a server with the normal sign-in lifetime: on a slow database the posting
        // itself may take longer than 3 seconds.
        ServerProcess *normal = startServer();
        ASSERT_NE(normal, nullptr);
        auto ada = signIn(*normal, Demo::Ada);
        ASSERT_TRUE(ada);
        postTaskInPushes(*ada, 5000);
    }
    ServerProcess *server = startServer({u"--token-ttl-seconds"_s, u"3"_s});
    ASSERT_NE(server, nullptr);

    {
        auto store = LocalStore::open(m_storePath);
        ASSERT_TRUE(store.ok()) << store.error().describe().toStdString();
        SyncEngine engine(**store);
        engine.setServer(server->baseUrl());
        engine.setAutoRetry(false);
        engine.setDebounce(0ms);
        auto login = [&] {
            std::optional<Result<LoginReply>> reply;
            engine.login(Demo::Ada, demoPassword(), [&reply](const Result<LoginReply> &r) { reply = r; });
            EXPECT_TRUE(waitUntil([&reply] { return reply.has_value(); }, 30000));
            EXPECT_TRUE(reply && reply->ok());
        };
        auto cycle = [&] {
            std::optional<SyncReport> report;
            const auto connection = QObject::connect(&engine, &SyncEngine::syncFinished,
                                                     [&report](const SyncReport &r) { report = r; });
            engine.syncNow();
            EXPECT_TRUE(waitUntil([&report] { return report.has_value(); }, 120000));
            QObject::disconnect(connection);
            return report.value_or(SyncReport{});
        };
        login();
        const QJsonArray mutations = newTaskMutations(10);
        for (const QJsonValue &mutation : mutations)
            ASSERT_TRUE(engine.enqueue(mutation[u"name"_s].toString(), mutation[u"args"_s].toObject()).ok());

        int rejectedTokens = 0;
        QObject::connect(&engine, &SyncEngine::tokenRejected, [&rejectedTokens] { ++rejectedTokens; });
        bool slept = false;
        const auto slow = QObject::connect(&engine, &SyncEngine::syncProgress, [&slept](const SyncProgress &progress) {
            if (progress.phase == SyncProgress::Phase::Pulling && !slept) {
                slept = true;
                QThread::msleep(4000); // past the 3-second sign-in
            }
        });
        const SyncReport interrupted = cycle();
        QObject::disconnect(slow);
        EXPECT_TRUE(slept);
        EXPECT_FALSE(interrupted.ok()) << "the expired token was accepted";
        EXPECT_GE(rejectedTokens, 1);
        EXPECT_EQ(interrupted.applied, 2) << "the push before the expiry went through";
        auto state = (*store)->state();
        ASSERT_TRUE(state.ok());
        EXPECT_EQ(state->snapshotState, SnapshotState::InProgress);
        EXPECT_EQ(state->ackedMutationId, 2);

        login();
        const SyncReport resumed = cycle();
        ASSERT_TRUE(resumed.ok()) << resumed.errors.constFirst().describe().toStdString();
        EXPECT_EQ(resumed.pushed, 0) << "nothing was pushed twice";
    }
    expectMirrorEqualsServerView(*server, Demo::Ada);
}

// The server's clock runs days ahead of (or behind) the client's: the engine's view of the server's
// time follows the server, so a lease claimed now counts down from its full length, not from days.
TEST_P(ClientSyncTest, LeaseCountdownFollowsTheServersClockWhenTheClientsIsDaysOff)
{
    seedDemo();
    for (const qint64 offsetSeconds : {3 * 86'400LL, -3 * 86'400LL}) {
        SCOPED_TRACE(offsetSeconds);
        ServerProcess *server = startServer({u"--clock-offset-seconds"_s, QString::number(offsetSeconds)});
        ASSERT_NE(server, nullptr);
        auto ada = signIn(*server, Demo::Ada);
        ASSERT_TRUE(ada);
        const QString taskId = postTask(*ada, 3);

        QTemporaryDir folder;
        auto store = LocalStore::open(folder.filePath(u"skewed.db"_s));
        ASSERT_TRUE(store.ok()) << store.error().describe().toStdString();
        SyncEngine engine(**store);
        engine.setServer(server->baseUrl());
        engine.setAutoRetry(false);
        engine.setDebounce(0ms);
        std::optional<Result<LoginReply>> login;
        engine.login(Demo::Bob, demoPassword(), [&login](const Result<LoginReply> &r) { login = r; });
        ASSERT_TRUE(waitUntil([&login] { return login.has_value(); }, 30000));
        ASSERT_TRUE(login->ok()) << login->error().describe().toStdString();
        ASSERT_TRUE(engine.enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}).ok());
        std::optional<SyncReport> report;
        QObject::connect(&engine, &SyncEngine::syncFinished, [&report](const SyncReport &r) { report = r; });
        engine.syncNow();
        ASSERT_TRUE(waitUntil([&report] { return report.has_value(); }, 60000));
        ASSERT_TRUE(report->ok()) << report->errors.constFirst().describe().toStdString();
        ASSERT_EQ(report->applied, 1);

        const qint64 offsetMs = offsetSeconds * 1000;
        EXPECT_NEAR(static_cast<double>(engine.serverTimeOffsetMs()), static_cast<double>(offsetMs), 60'000.0);
        const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
        EXPECT_LT(qAbs(engine.serverNow().secsTo(serverNow)), 60);

        auto leases = (*store)->list(Entity::Lease);
        ASSERT_TRUE(leases.ok());
        std::optional<QDateTime> expiresAt;
        for (const StoredEntity &lease : std::as_const(*leases)) {
            if (lease.data.value(u"task_id"_s).toString() == taskId &&
                lease.data.value(u"state"_s).toString() == u"active")
                expiresAt = QDateTime::fromString(lease.data.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
        }
        ASSERT_TRUE(expiresAt.has_value() && expiresAt->isValid());
        // The smallest lease lasts 30 minutes; counted on the server's clock it has about that left.
        const qint64 left = engine.serverNow().secsTo(*expiresAt);
        EXPECT_GT(left, 30 * 60 - 120);
        EXPECT_LE(left, 30 * 60);
        // On the client's own clock the same lease would look days away from expiring (or long gone).
        EXPECT_GT(qAbs(QDateTime::currentDateTimeUtc().secsTo(*expiresAt) - left), 86'400);
    }
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ClientSyncTest, ::testing::Values(sqliteServerBackend()), serverBackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, ClientSyncTest, ::testing::Values(postgresServerBackend()), serverBackendName);

} // namespace Chrysalis::Testing
