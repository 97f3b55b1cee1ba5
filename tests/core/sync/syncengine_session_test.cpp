// The engine's session duties against the scripted CSP/1 server: server info before the first
// cycle, token refresh and sign-out, Retry-After, and outbox housekeeping after a good cycle.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/core/sync/fakesyncserver.h"
#include "tests/support/qtprinters.h"

#include <QSignalSpy>
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

class SyncSessionTest : public ::testing::Test
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
        m_engine->setBackoff([](int) { return 1h; });
        m_engine->setAutoRetry(false);
        m_engine->setRequestTimeout(4s);
    }

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

    static FakeSyncServer::Reply withRetryAfter(FakeSyncServer::Reply reply, const QByteArray &value)
    {
        reply.headers.append({"Retry-After", value});
        return reply;
    }

    QJsonObject tokenReply(const QString &token, const QDateTime &expiresAt) const
    {
        return {{u"token"_s, token},
                {u"expires_at"_s, expiresAt.toString(Qt::ISODateWithMs)},
                {u"account"_s, QJsonObject{{u"id"_s, kAda}, {u"username"_s, u"ada"_s}}}};
    }

    QTemporaryDir m_dir;
    FakeSyncServer m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

TEST_F(SyncSessionTest, TheFirstCycleFetchesTheServerInfoOnceAndPushesWithinItsLimits)
{
    m_server.limits = QJsonObject{{u"max_mutations_per_push"_s, 2}};
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    EXPECT_FALSE(m_engine->serverInfo().has_value());

    ASSERT_TRUE(sync().ok());
    ASSERT_TRUE(sync().ok());

    EXPECT_EQ(m_server.requestsTo(u"/v1/info"_s).size(), 1);
    ASSERT_TRUE(m_engine->serverInfo().has_value());
    EXPECT_EQ(m_engine->limits().maxMutationsPerPush, 2);
    const QList<QList<qint64>> expected{{1, 2}, {3, 4}, {5}};
    EXPECT_EQ(m_server.pushedBatches(), expected);
}

TEST_F(SyncSessionTest, AnUnreachableInfoFailsTheCycleWithARetryAndPushesNothing)
{
    m_engine->setAutoRetry(true);
    m_server.script(u"/v1/info"_s, FakeSyncServer::Reply::problem(500, u"INTERNAL"_s, u"down"_s));
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    const SyncReport report = sync();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.retryScheduled);
    EXPECT_TRUE(m_server.requestsTo(u"/v1/sync/push"_s).isEmpty());
    EXPECT_EQ(m_store->counts()->pending, 1);
}

TEST_F(SyncSessionTest, RetryAfterOn429And503ReplacesTheBackoff)
{
    m_engine->setAutoRetry(true);
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());

    m_server.script(u"/v1/sync/push"_s,
                    withRetryAfter(FakeSyncServer::Reply::problem(429, u"RATE_LIMITED"_s, u"slow down"_s), "7"));
    SyncReport report = sync();
    EXPECT_TRUE(report.retryScheduled);
    EXPECT_EQ(report.retryDelay, 7s);

    m_server.script(u"/v1/sync/push"_s,
                    withRetryAfter(FakeSyncServer::Reply::problem(503, u"UNAVAILABLE"_s, u"maintenance"_s), "120"));
    report = sync();
    EXPECT_EQ(report.retryDelay, 120s);

    // A date in the past means now; one far off is capped.
    m_server.script(u"/v1/sync/pull"_s, withRetryAfter(FakeSyncServer::Reply::problem(503, u"UNAVAILABLE"_s, u"x"_s),
                                                       "Wed, 21 Oct 2015 07:28:00 GMT"));
    report = sync();
    EXPECT_EQ(report.retryDelay, 0ms);
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    m_server.script(u"/v1/sync/push"_s,
                    withRetryAfter(FakeSyncServer::Reply::problem(429, u"RATE_LIMITED"_s, u"x"_s), "86400"));
    report = sync();
    EXPECT_EQ(report.retryDelay, std::chrono::duration_cast<std::chrono::milliseconds>(kMaxRetryAfter));
}

TEST_F(SyncSessionTest, WithoutRetryAfterOrOnOtherStatusesTheBackoffApplies)
{
    m_engine->setAutoRetry(true);
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    m_server.script(u"/v1/sync/push"_s, FakeSyncServer::Reply::problem(429, u"RATE_LIMITED"_s, u"slow down"_s));
    EXPECT_EQ(sync().retryDelay, 1h);
    // A 500 carrying Retry-After is not a "come back later": the backoff still decides.
    m_server.script(u"/v1/sync/pull"_s,
                    withRetryAfter(FakeSyncServer::Reply::problem(502, u"BAD_GATEWAY"_s, u"proxy"_s), "3"));
    EXPECT_EQ(sync().retryDelay, 1h);
}

TEST_F(SyncSessionTest, ATokenIsRefreshedBeforeACycleOnlyWhenItIsAboutToExpire)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_engine->setTokenExpiry(
            now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(kTokenRefreshMargin).count() + 300));
    ASSERT_TRUE(sync().ok());
    EXPECT_TRUE(m_server.requestsTo(u"/v1/auth/refresh"_s).isEmpty());

    m_engine->setTokenExpiry(
            now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(kTokenRefreshMargin).count() - 300));
    const QDateTime newExpiry = now.addDays(30);
    m_server.script(u"/v1/auth/refresh"_s, FakeSyncServer::Reply::json(200, tokenReply(u"token-new"_s, newExpiry)));
    const QString oldToken = m_server.token;
    m_server.token = u"token-new"_s;
    QSignalSpy changed(m_engine.get(), &SyncEngine::tokenChanged);
    const SyncReport report = sync();
    ASSERT_TRUE(report.ok()) << report.errors.constFirst().message.toStdString();
    EXPECT_TRUE(report.tokenRefreshed);

    const auto refreshes = m_server.requestsTo(u"/v1/auth/refresh"_s);
    ASSERT_EQ(refreshes.size(), 1);
    EXPECT_EQ(refreshes.constFirst().authorization, "Bearer " + oldToken.toUtf8());
    EXPECT_EQ(m_server.requestsTo(u"/v1/sync/pull"_s).constLast().authorization, QByteArray("Bearer token-new"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.constFirst().constFirst().toString(), u"token-new"_s);
    EXPECT_EQ(m_engine->tokenExpiry().toSecsSinceEpoch(), newExpiry.toSecsSinceEpoch());
}

TEST_F(SyncSessionTest, ARefusedRefreshStopsTheCycleAndAsksForASignIn)
{
    m_engine->setTokenExpiry(QDateTime::currentDateTimeUtc().addSecs(60));
    m_server.script(u"/v1/auth/refresh"_s, FakeSyncServer::Reply::problem(401, u"TOKEN_EXPIRED"_s, u"expired"_s));
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    QSignalSpy rejected(m_engine.get(), &SyncEngine::tokenRejected);
    const SyncReport report = sync();
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.retryScheduled);
    EXPECT_EQ(rejected.size(), 1);
    EXPECT_TRUE(m_server.requestsTo(u"/v1/sync/push"_s).isEmpty());
    EXPECT_EQ(m_store->counts()->pending, 1);
}

TEST_F(SyncSessionTest, LogoutRevokesTheTokenAndKeepsTheOutbox)
{
    ASSERT_TRUE(m_store->enqueue(u"lease.claim@1"_s, {}).ok());
    m_server.script(u"/v1/auth/logout"_s, FakeSyncServer::Reply::json(200, {{u"signed_out"_s, true}}));
    std::optional<Status> done;
    m_engine->logout([&](const Status &status) { done = status; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.has_value(); }, kWaitMs));
    EXPECT_TRUE(done->ok());
    EXPECT_FALSE(m_engine->hasToken());
    const auto requests = m_server.requestsTo(u"/v1/auth/logout"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests.constFirst().authorization, "Bearer " + m_server.token.toUtf8());
    EXPECT_EQ(m_store->counts()->pending, 1);
    EXPECT_FALSE(sync().ok());
    EXPECT_TRUE(m_server.requestsTo(u"/v1/sync/push"_s).isEmpty());
}

TEST_F(SyncSessionTest, DismissThroughTheEngineSignalsTheOutboxChange)
{
    m_server.rejectByName.insert(u"lease.claim@1"_s, {u"NOT_ELIGIBLE"_s, u"you may not take this task"_s, {}});
    const qint64 id = *m_store->enqueue(u"lease.claim@1"_s, {});
    ASSERT_TRUE(sync().ok());
    ASSERT_EQ(m_store->needsAttention()->size(), 1);
    QSignalSpy changed(m_engine.get(), &SyncEngine::outboxChanged);
    ASSERT_TRUE(m_engine->dismiss(id).ok());
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(m_store->needsAttention()->isEmpty());
}

} // namespace
} // namespace Chrysalis
