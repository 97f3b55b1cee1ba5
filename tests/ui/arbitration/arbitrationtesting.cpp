#include "tests/ui/arbitration/arbitrationtesting.h"

#include <QtGlobal>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QtMessageHandler previousHandler = nullptr;

void failOnModelTest(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest"))
        ADD_FAILURE() << "model tester: " << message.toStdString();
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ModelTestWarningsFail::ModelTestWarningsFail()
{
    previousHandler = qInstallMessageHandler(failOnModelTest);
}

ModelTestWarningsFail::~ModelTestWarningsFail()
{
    qInstallMessageHandler(previousHandler);
}

MirrorFixture::MirrorFixture(const QString &path, const QString &userId)
{
    auto opened = LocalStore::open(path, userId);
    EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
    if (opened)
        m_store = std::move(*opened);
}

void MirrorFixture::pull(const QList<std::tuple<QString, QString, QJsonObject>> &changes)
{
    PullPage page;
    page.cursor = u"c%1"_s.arg(m_version);
    page.serverTime = QDateTime::currentDateTimeUtc();
    for (const auto &[entity, id, data] : changes) {
        EntityChange change;
        change.seq = ++m_version;
        change.version = m_version;
        change.entity = entity;
        change.id = id;
        change.op = data.isEmpty() ? EntityOp::Delete : EntityOp::Upsert;
        change.data = data;
        page.changes.append(change);
    }
    auto applied = m_store->applyPull(page);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
}

} // namespace Chrysalis::Testing
