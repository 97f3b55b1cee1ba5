// The "my work" and "needs attention" models over a real client database, under
// QAbstractItemModelTester with every qt.modeltest warning turned into a failure.
#include "core/sync/attentionmodel.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/myworkmodel.h"
#include "core/sync/taskqueuemodel.h"
#include "tests/support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kBob = u"01900000-0000-7000-8000-00000000b0b0"_s;
const QString kGia = u"01900000-0000-7000-8000-0000000001a0"_s;

QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category && QByteArray(context.category) == "qt.modeltest")
        g_modelWarnings.append(message);
}

QString id(int n)
{
    return u"01900000-0000-7000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

class OutboxModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_modelWarnings.clear();
        m_previousHandler = qInstallMessageHandler(collectModelWarnings);
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kBob);
        ASSERT_TRUE(store.ok());
        m_store = std::move(*store);
    }

    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(g_modelWarnings.isEmpty()) << g_modelWarnings.join(u'\n').toStdString();
    }

    void pull(const QList<QPair<QString, QJsonObject>> &entities)
    {
        PullPage page;
        page.cursor = u"c%1"_s.arg(++m_pages);
        for (const auto &[kind, data] : entities)
            page.changes.append({++m_seq, kind, data.value(u"id"_s).toString(), EntityOp::Upsert, 1, data});
        auto applied = m_store->applyPull(page);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    // Enqueues a mutation and records the marketplace's refusal of it.
    qint64 refuse(const QString &name, const QJsonObject &args, const QJsonObject &details = {})
    {
        auto mutation = m_store->enqueue(name, args);
        EXPECT_TRUE(mutation.ok());
        PushResult result;
        result.mutationId = *mutation;
        result.status = PushStatus::Rejected;
        result.code = u"NOT_ELIGIBLE"_s;
        result.message = u"you may not do this"_s;
        result.details = details;
        EXPECT_TRUE(m_store->recordPush({result}, *mutation).ok());
        return *mutation;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QtMessageHandler m_previousHandler = nullptr;
    qint64 m_seq = 0;
    int m_pages = 0;
};

QJsonObject answer(int n, const QString &worker, const QString &status, const QString &submittedAt)
{
    return {{u"id"_s, id(n)},
            {u"task_id"_s, id(1)},
            {u"worker_id"_s, worker},
            {u"status"_s, status},
            {u"pay_cents"_s, 100 + n},
            {u"submitted_at"_s, submittedAt},
            {u"reason"_s, u"looks right"_s}};
}

TEST_F(OutboxModelsTest, MyWorkListsTheWorkersAnswersNewestFirst)
{
    MyWorkModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), MyWorkModel::ColumnCount);

    pull({{u"task"_s, {{u"id"_s, id(1)}, {u"title"_s, u"Grammar batch 7"_s}}},
          {u"lease"_s, {{u"id"_s, id(2)}, {u"task_id"_s, id(1)}}},
          {u"answer"_s, answer(10, kBob, u"approved"_s, u"2026-03-01T10:00:00.000Z"_s)},
          {u"answer"_s, answer(11, kBob, u"in_conflict"_s, u"2026-03-02T10:00:00.000Z"_s)},
          {u"answer"_s, answer(12, kGia, u"approved"_s, u"2026-03-03T10:00:00.000Z"_s)}});
    // An answer given offline shows from the overlay; one the marketplace refused from the outbox.
    ASSERT_TRUE(m_store->enqueue(u"answer.submit@1"_s, {{u"lease_id"_s, id(2)}},
                                 {OverlayWrite::upsert(u"answer"_s, id(13),
                                                       {{u"id"_s, id(13)},
                                                        {u"task_id"_s, id(1)},
                                                        {u"worker_id"_s, kBob},
                                                        {u"submitted_at"_s, u"2026-03-04T10:00:00.000Z"_s}})})
                        .ok());
    refuse(u"answer.submit@1"_s, {{u"lease_id"_s, id(2)}});
    model.reload();

    ASSERT_EQ(model.rowCount(), 4);
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(model.index(0, MyWorkModel::Status).data(MyWorkModel::StatusCodeRole).toString(), u"rejected"_s);
    EXPECT_EQ(text(0, MyWorkModel::Task), u"Grammar batch 7"_s);
    EXPECT_EQ(model.index(0, MyWorkModel::Status).data(Qt::ToolTipRole).toString(), u"you may not do this"_s);
    EXPECT_EQ(text(1, MyWorkModel::Status), MyWorkModel::statusText(u"waiting"_s));
    EXPECT_EQ(text(1, MyWorkModel::Pay), QString());
    EXPECT_EQ(model.index(1, MyWorkModel::Pay).data(MyWorkModel::SortValueRole).toLongLong(), -1);
    EXPECT_EQ(text(2, MyWorkModel::Status), MyWorkModel::statusText(u"in_conflict"_s));
    EXPECT_EQ(text(3, MyWorkModel::Status), MyWorkModel::statusText(u"approved"_s));
    EXPECT_EQ(text(3, MyWorkModel::Pay), formatCents(110));
    EXPECT_EQ(model.index(3, MyWorkModel::Submitted).data(MyWorkModel::SortValueRole).toDateTime(),
              QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(model.headerData(MyWorkModel::Pay, Qt::Horizontal).toString(), MyWorkModel::tr("Pay"));
    EXPECT_FALSE(model.index(4, 0).isValid());
}

TEST_F(OutboxModelsTest, NeedsAttentionHoldsRejectedAndBlockedUntilDismissed)
{
    AttentionModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.anyBlocked());

    const qint64 rejected =
            refuse(u"lease.claim@1"_s, {{u"task_id"_s, id(1)}}, {{u"reasons"_s, QJsonArray{u"tier"_s}}});
    auto blocked = m_store->enqueue(u"vote.cast@1"_s, {{u"panel_id"_s, id(3)}});
    ASSERT_TRUE(blocked.ok());
    ASSERT_TRUE(m_store->markBlocked(*blocked, u"INTERNAL"_s, u"server failed"_s).ok());
    ASSERT_TRUE(m_store->enqueue(u"task.rate@1"_s, {{u"task_id"_s, id(1)}}).ok()); // pending: not listed
    model.reload();

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.anyBlocked());
    const int first = model.rowOf(rejected);
    ASSERT_EQ(first, 0);
    EXPECT_EQ(model.rowOf(*blocked), 1);
    EXPECT_EQ(model.rowOf(99999), -1);
    EXPECT_EQ(model.index(0, AttentionModel::What).data().toString(),
              AttentionModel::mutationTitle(u"lease.claim@1"_s));
    EXPECT_EQ(model.index(0, AttentionModel::State).data().toString(), AttentionModel::tr("Rejected"));
    const QString why = model.index(0, AttentionModel::Why).data().toString();
    EXPECT_TRUE(why.contains(u"NOT_ELIGIBLE"_s)) << why.toStdString();
    EXPECT_TRUE(why.contains(TaskQueueModel::gateReasonText(u"tier"_s))) << why.toStdString();
    EXPECT_FALSE(model.index(0, 0).data(AttentionModel::BlockedRole).toBool());
    EXPECT_TRUE(model.index(0, 0).data(AttentionModel::LocalCopyRole).toString().contains(id(1)));
    EXPECT_TRUE(model.index(1, 0).data(AttentionModel::BlockedRole).toBool());
    EXPECT_EQ(model.index(1, AttentionModel::State).data().toString(), AttentionModel::tr("Blocked"));
    EXPECT_EQ(model.index(1, 0).data(AttentionModel::MutationIdRole).toLongLong(), *blocked);

    ASSERT_TRUE(m_store->dismiss(rejected).ok());
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(rejected), -1);
    auto retried = m_store->retryBlocked();
    ASSERT_TRUE(retried.ok());
    EXPECT_EQ(*retried, 1);
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.anyBlocked());
}

} // namespace
} // namespace Chrysalis
