#include "tests/ui/support/demosession.h"

#include "ui/session/session.h"

#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// Runs `start` with a callback that keeps its answer, and spins the event loop until the answer
// arrives (woken by it, not on a polling tick) or kDemoWaitMs pass.
template<typename Answer, typename Start>
std::optional<Answer> await(Start start)
{
    std::optional<Answer> answer;
    QEventLoop loop;
    start([&](const Answer &value) {
        answer = value;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(kDemoWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer;
}

Status signInStatus(const std::optional<Status> &answer)
{
    return answer ? *answer : Status(Error{ErrorCode::Network, u"sign-in did not finish"_s, {}});
}

} // namespace

Status signInLocally(Session &session, const QString &username)
{
    session.setServerProgram(serverBinary());
    return signInStatus(await<Status>([&](auto done) { session.signInLocally(username, done); }));
}

Status signInToDemo(Session &session, const QUrl &server, const QString &username)
{
    return signInStatus(
            await<Status>([&](auto done) { session.signIn(server, username, Session::demoPassword(), done); }));
}

SyncReport syncOnce(SyncEngine &engine)
{
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    // A cycle that cannot start (no server, signed out) reports at once.
    if (finished.isEmpty() && !finished.wait(kDemoWaitMs)) {
        ADD_FAILURE() << "the sync did not finish";
        return {};
    }
    return finished.constLast().at(0).value<SyncReport>();
}

SyncReport DemoDesk::sync()
{
    return syncOnce(*engine);
}

QList<StoredEntity> DemoDesk::entities(const QString &entity) const
{
    auto listed = store->list(entity);
    EXPECT_TRUE(listed.ok());
    return listed.valueOr(QList<StoredEntity>());
}

QString DemoDesk::taskId(const QString &title) const
{
    for (const StoredEntity &task : entities(u"task"_s)) {
        if (task.data.value(u"title"_s).toString() == title)
            return task.id;
    }
    return {};
}

DemoDesk signInDesk(const QUrl &server, const QString &directory, const QString &username, const DeskOptions &options)
{
    DemoDesk desk;
    desk.name = username;
    const QString file = options.storeFile.isEmpty() ? username + u".db"_s : options.storeFile;
    auto store = LocalStore::open(QDir(directory).filePath(file));
    EXPECT_TRUE(store.ok()) << (store ? std::string() : store.error().message.toStdString());
    if (!store)
        return desk;
    desk.store = std::move(*store);
    desk.engine = std::make_unique<SyncEngine>(*desk.store);
    desk.engine->setAutoRetry(false);
    desk.engine->setDebounce(options.debounce);
    desk.engine->setRequestTimeout(options.requestTimeout);
    desk.engine->setServer(server);
    const auto reply =
            await<Result<LoginReply>>([&](auto done) { desk.engine->login(username, Session::demoPassword(), done); });
    if (!reply) {
        ADD_FAILURE() << username.toStdString() << ": the sign-in did not finish";
        return desk;
    }
    EXPECT_TRUE(reply->ok()) << username.toStdString() << ": "
                             << (*reply ? std::string() : reply->error().message.toStdString());
    if (!*reply)
        return desk;
    desk.accountId = (*reply)->accountId;
    if (options.syncAfterSignIn) {
        const SyncReport report = desk.sync();
        EXPECT_TRUE(report.ok()) << username.toStdString() << "'s first sync";
    }
    return desk;
}

DemoMarket::DemoMarket()
{
    EXPECT_TRUE(m_dir.isValid());
    auto server = ServerProcess::start(databaseUrl(), {u"--demo"_s});
    EXPECT_TRUE(server.ok()) << (server ? std::string() : server.error().message.toStdString());
    if (server)
        m_server = std::move(*server);
}

QUrl DemoMarket::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString DemoMarket::databaseUrl() const
{
    return u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
}

DemoDesk DemoMarket::signIn(const QString &username, const DeskOptions &options)
{
    return signInDesk(baseUrl(), m_dir.path(), username, options);
}

} // namespace Chrysalis::Testing
