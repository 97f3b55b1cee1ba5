// The engine's session calls against a real chrysalis-server demo marketplace on 127.0.0.1: the
// refresh and sign-out replies as the server sends them, and the old token refused afterwards.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/serverprocess.h"
#include "tests/support/qtprinters.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

constexpr int kWaitMs = 15000;

class RealServerSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto server = Testing::ServerProcess::start(u"sqlite:"_s + m_dir.filePath(u"market.db"_s), {u"--demo"_s});
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s));
        ASSERT_TRUE(store.ok());
        m_store = std::move(*store);
        m_engine = std::make_unique<SyncEngine>(*m_store);
        m_engine->setServer(m_server->baseUrl());
        m_engine->setAutoRetry(false);
        std::optional<Result<LoginReply>> login;
        m_engine->login(u"bob"_s, u"chrysalis-demo"_s, [&](const Result<LoginReply> &reply) { login = reply; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return login.has_value(); }, kWaitMs));
        ASSERT_TRUE(login->ok()) << login->error().message.toStdString();
        m_firstToken = (*login)->token;
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

    QTemporaryDir m_dir;
    std::unique_ptr<Testing::ServerProcess> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_firstToken;
};

TEST_F(RealServerSessionTest, TheFirstCycleReadsTheServerInfoAndANewSignInDoesNotRefresh)
{
    const SyncReport report = sync();
    ASSERT_TRUE(report.ok()) << report.errors.constFirst().message.toStdString();
    EXPECT_FALSE(report.tokenRefreshed);
    ASSERT_TRUE(m_engine->serverInfo().has_value());
    EXPECT_TRUE(m_engine->serverInfo()->mutationNames.contains(u"lease.claim@1"_s));
    EXPECT_GT(m_engine->tokenExpiry(), QDateTime::currentDateTimeUtc().addDays(20));
}

TEST_F(RealServerSessionTest, ARefreshedTokenReplacesTheOldOneWhichTheServerThenRefuses)
{
    std::optional<Result<LoginReply>> refreshed;
    m_engine->refreshToken([&](const Result<LoginReply> &reply) { refreshed = reply; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.has_value(); }, kWaitMs));
    ASSERT_TRUE(refreshed->ok()) << refreshed->error().message.toStdString();
    EXPECT_NE((*refreshed)->token, m_firstToken);
    ASSERT_TRUE(sync().ok());

    Testing::HttpClient old(m_server->baseUrl());
    old.setToken(m_firstToken);
    EXPECT_EQ(old.post(u"/v1/sync/pull"_s, {{u"client_id"_s, m_store->clientId()}, {u"cursor"_s, QJsonValue()}}).status,
              401);
}

TEST_F(RealServerSessionTest, ATokenAboutToExpireIsRefreshedBeforeTheCycle)
{
    m_engine->setTokenExpiry(QDateTime::currentDateTimeUtc().addSecs(60));
    QSignalSpy changed(m_engine.get(), &SyncEngine::tokenChanged);
    const SyncReport report = sync();
    ASSERT_TRUE(report.ok()) << report.errors.constFirst().message.toStdString();
    EXPECT_TRUE(report.tokenRefreshed);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_NE(changed.constFirst().constFirst().toString(), m_firstToken);
}

TEST_F(RealServerSessionTest, SignOutRevokesTheTokenOnTheServer)
{
    std::optional<Status> done;
    m_engine->logout([&](const Status &status) { done = status; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.has_value(); }, kWaitMs));
    EXPECT_TRUE(done->ok()) << done->error().message.toStdString();
    EXPECT_FALSE(m_engine->hasToken());
    Testing::HttpClient old(m_server->baseUrl());
    old.setToken(m_firstToken);
    EXPECT_EQ(old.post(u"/v1/sync/pull"_s, {{u"client_id"_s, m_store->clientId()}, {u"cursor"_s, QJsonValue()}}).status,
              401);
}

} // namespace
} // namespace Chrysalis
