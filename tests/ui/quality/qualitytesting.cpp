#include "tests/ui/quality/qualitytesting.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

SyncReport QualityDesk::sync()
{
    QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
    engine->syncNow();
    if (finished.isEmpty()) {
        EXPECT_TRUE(finished.wait(30000));
    }
    return finished.isEmpty() ? SyncReport{} : finished.constLast().at(0).value<SyncReport>();
}

QList<StoredEntity> QualityDesk::entities(const QString &entity)
{
    auto listed = store->list(entity);
    EXPECT_TRUE(listed.ok());
    return listed.valueOr(QList<StoredEntity>());
}

QString QualityDesk::taskId(const QString &title)
{
    for (const StoredEntity &task : entities(u"task"_s)) {
        if (task.data.value(u"title"_s).toString() == title)
            return task.id;
    }
    return {};
}

QualityMarket::QualityMarket()
{
    EXPECT_TRUE(m_dir.isValid());
    auto server = ServerProcess::start(u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s), {u"--demo"_s});
    EXPECT_TRUE(server.ok()) << (server ? std::string() : server.error().message.toStdString());
    if (server)
        m_server = std::move(*server);
}

std::unique_ptr<QualityDesk> QualityMarket::signIn(const QString &name)
{
    auto desk = std::make_unique<QualityDesk>();
    desk->name = name;
    auto store = LocalStore::open(m_dir.filePath(name + u".db"_s));
    EXPECT_TRUE(store.ok());
    if (!store)
        return desk;
    desk->store = std::move(*store);
    desk->engine = std::make_unique<SyncEngine>(*desk->store);
    desk->engine->setAutoRetry(false);
    desk->engine->setDebounce(std::chrono::hours(1));
    desk->engine->setServer(m_server->baseUrl());
    QEventLoop loop;
    desk->engine->login(name, u"chrysalis-demo"_s, [&](const Result<LoginReply> &reply) {
        EXPECT_TRUE(reply.ok()) << name.toStdString();
        if (reply)
            desk->accountId = reply->accountId;
        loop.quit();
    });
    loop.exec();
    EXPECT_TRUE(desk->sync().ok()) << name.toStdString();
    return desk;
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    EXPECT_TRUE(widget.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace Chrysalis::Testing
