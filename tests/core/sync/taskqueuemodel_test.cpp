// The queue and lease models over a real client database, under QAbstractItemModelTester with
// every qt.modeltest warning turned into a failure.
#include "core/sync/leasemodel.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/taskqueuemodel.h"
#include "tests/support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kBob = u"01900000-0000-7000-8000-00000000b0b0"_s;

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

class QueueModelTest : public ::testing::Test
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

    void pullTasks(int count)
    {
        PullPage page;
        page.cursor = u"c1"_s;
        for (int n = 1; n <= count; ++n) {
            const QJsonObject data{{u"id"_s, id(n)},
                                   {u"title"_s, u"Task %1"_s.arg(n, 4, 10, QLatin1Char('0'))},
                                   {u"state"_s, u"published"_s},
                                   {u"origin"_s, u"butterfly"_s},
                                   {u"min_tier"_s, u"bronze"_s},
                                   {u"pay_cents"_s, n},
                                   {u"estimate_seconds"_s, 60},
                                   {u"items_open"_s, 3},
                                   {u"items_total"_s, 3},
                                   {u"gate_reasons"_s, n % 3 == 0 ? QJsonArray{u"skill"_s} : QJsonArray{}},
                                   {u"can_take"_s, n % 3 != 0}};
            page.changes.append({n, u"task"_s, id(n), EntityOp::Upsert, 1, data});
        }
        ASSERT_TRUE(m_store->applyPull(page).ok());
    }

    void pullLeases(const QDateTime &expiresAt)
    {
        PullPage page;
        page.cursor = u"c2"_s;
        page.changes.append({1,
                             u"task"_s,
                             id(1),
                             EntityOp::Upsert,
                             1,
                             {{u"id"_s, id(1)}, {u"title"_s, u"Headlines"_s}, {u"state"_s, u"published"_s}}});
        page.changes.append({2,
                             u"item"_s,
                             id(2),
                             EntityOp::Upsert,
                             1,
                             {{u"id"_s, id(2)}, {u"data"_s, QJsonObject{{u"text"_s, u"Ten tricks"_s}}}}});
        const QList<std::pair<int, QString>> leases{{3, u"active"_s}, {4, u"active"_s}, {5, u"used"_s}};
        for (const auto &[n, state] : leases) {
            page.changes.append({n,
                                 u"lease"_s,
                                 id(n),
                                 EntityOp::Upsert,
                                 1,
                                 {{u"id"_s, id(n)},
                                  {u"task_id"_s, id(1)},
                                  {u"item_id"_s, id(2)},
                                  {u"state"_s, state},
                                  {u"expires_at"_s, expiresAt.addSecs(n).toString(Qt::ISODateWithMs)}}});
        }
        ASSERT_TRUE(m_store->applyPull(page).ok());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(QueueModelTest, RowsArriveAPageAtATimeUntilTheQueryIsExhausted)
{
    pullTasks(250);
    TaskQueueModel model(*m_store);
    model.setPageSize(100);
    model.reload();
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.matchingCount(), 250);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 200);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.constFirst().at(1).toInt(), 100);
    EXPECT_EQ(inserted.constFirst().at(2).toInt(), 199);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);

    // Highest hourly pay first by default; no row twice.
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.row(row)->id);
    EXPECT_EQ(seen.size(), 250);
    EXPECT_EQ(model.row(0)->payCents, 250);
    EXPECT_EQ(model.row(249)->payCents, 1);
}

TEST_F(QueueModelTest, TheModelTesterFindsNothingWhileFetchingSortingAndFiltering)
{
    pullTasks(120);
    TaskQueueModel model(*m_store);
    model.setPageSize(25);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 120);
    model.sort(TaskQueueModel::Title, Qt::AscendingOrder);
    model.setTakeableOnly(true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 80);
    model.setSearch(u"no such task"_s);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(QueueModelTest, SortingAndFilteringRequeryAndShowTheirCells)
{
    pullTasks(30);
    TaskQueueModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.sort(TaskQueueModel::Title, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, TaskQueueModel::Title).data().toString(), u"Task 0001"_s);
    model.sort(TaskQueueModel::Pay, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, TaskQueueModel::Pay).data(TaskQueueModel::SortValueRole).toLongLong(), 30);
    EXPECT_EQ(model.index(0, TaskQueueModel::Pay).data().toString(), formatCents(30));
    // 30 cents a minute is 18.00 an hour.
    EXPECT_EQ(model.index(0, TaskQueueModel::Hourly).data(TaskQueueModel::SortValueRole).toLongLong(), 1800);
    EXPECT_TRUE(model.index(0, TaskQueueModel::Hourly).data().toString().contains(formatCents(1800)));

    model.setTakeableOnly(true);
    EXPECT_EQ(model.rowCount(), 20);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.index(row, 0).data(TaskQueueModel::CanTakeRole).toBool());
    model.setTakeableOnly(false);
    model.setSearch(u"task 002"_s);
    EXPECT_EQ(model.rowCount(), 10);

    // A gated task says why, in words.
    model.setSearch(u"Task 0003"_s);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(model.index(0, 0).data(TaskQueueModel::CanTakeRole).toBool());
    EXPECT_EQ(model.index(0, 0).data(TaskQueueModel::GateReasonsRole).toStringList(), QStringList{u"skill"_s});
    EXPECT_EQ(model.index(0, 0).data(Qt::ToolTipRole).toString(), TaskQueueModel::gateReasonText(u"skill"_s));
}

TEST_F(QueueModelTest, ACappedCountIsExactBelowTheCapAndTheCapAtOrAboveIt)
{
    pullTasks(250);
    TaskQueueModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setPageSize(100);
    model.reload();
    ASSERT_TRUE(model.canFetchMore({}));
    // Not all rows fetched: the store counts, up to the cap.
    EXPECT_EQ(model.matchingCount(249), 249);
    EXPECT_EQ(model.matchingCount(250), 250);
    EXPECT_EQ(model.matchingCount(251), 250);
    // Fewer rows fetched than the cap asks for, more than it: the fetched rows answer.
    EXPECT_EQ(model.matchingCount(99), 99);
    EXPECT_EQ(model.matchingCount(100), 100);
    EXPECT_EQ(model.rowCount(), 100);

    model.setTakeableOnly(true); // 167 of 250
    EXPECT_EQ(model.matchingCount(1000), 167);
    EXPECT_EQ(model.matchingCount(167), 167);
    EXPECT_EQ(model.matchingCount(166), 166);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 167);
    EXPECT_EQ(model.matchingCount(1000), 167);
    EXPECT_EQ(model.matchingCount(), 167);

    model.setSearch(u"Task 01"_s); // Task 0100 … Task 0199, takeable only
    EXPECT_EQ(model.matchingCount(1000), model.matchingCount());
    EXPECT_EQ(model.matchingCount(1000), 67);
    model.setSearch(u"no such task"_s);
    EXPECT_EQ(model.matchingCount(1000), 0);
}

TEST_F(QueueModelTest, MoneyIsFormattedFromIntegerCents)
{
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(formatCents(0, c), u"$0.00"_s);
    EXPECT_EQ(formatCents(5, c), u"$0.05"_s);
    EXPECT_EQ(formatCents(123456, c), u"$1,234.56"_s);
    EXPECT_EQ(formatCents(-99, c), u"-$0.99"_s);
    EXPECT_EQ(formatCents(std::numeric_limits<qint64>::min(), c), u"-$92,233,720,368,547,758.08"_s);
}

TEST_F(QueueModelTest, LeasesCountDownOnTheServerClockAndOnlyActiveOnesShow)
{
    const QDateTime base = QDateTime::fromString(u"2026-11-22T10:00:00.000Z"_s, Qt::ISODateWithMs);
    pullLeases(base.addSecs(600));
    LeaseModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, LeaseModel::Task).data().toString(), u"Headlines"_s);
    EXPECT_EQ(model.index(0, LeaseModel::Item).data().toString(), u"Ten tricks"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(base);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.constFirst().at(0).toModelIndex().column(), LeaseModel::ExpiresIn);
    EXPECT_EQ(changed.constFirst().at(1).toModelIndex().column(), LeaseModel::ExpiresIn);
    // The first lease expires at base + 603 s.
    EXPECT_EQ(model.index(0, LeaseModel::ExpiresIn).data(LeaseModel::SecondsLeftRole).toLongLong(), 603);
    EXPECT_EQ(model.index(0, LeaseModel::ExpiresIn).data().toString(), LeaseModel::countdownText(603));

    // Valid until expires_at, exclusive: 1 ms before it shows a second left, at it "expired".
    model.setNow(base.addSecs(603).addMSecs(-1));
    EXPECT_EQ(model.index(0, LeaseModel::ExpiresIn).data(LeaseModel::SecondsLeftRole).toLongLong(), 1);
    model.setNow(base.addSecs(603));
    EXPECT_EQ(model.index(0, LeaseModel::ExpiresIn).data(LeaseModel::SecondsLeftRole).toLongLong(), 0);
    EXPECT_EQ(model.index(0, LeaseModel::ExpiresIn).data().toString(), LeaseModel::countdownText(0));
    EXPECT_NE(LeaseModel::countdownText(0), LeaseModel::countdownText(1));
    EXPECT_EQ(LeaseModel::countdownText(3599), u"59:59 left"_s);
    EXPECT_EQ(LeaseModel::countdownText(3600), u"1 h 00 min left"_s);
}

} // namespace
} // namespace Chrysalis
