// The client database's outbox housekeeping (dismiss, prune) and the task queue index that pull
// fills, on a real temporary SQLite file.
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/sync/localstore.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kBob = u"01900000-0000-7000-8000-00000000b0b0"_s;

QString taskId(int n)
{
    return u"01900000-0000-7000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject task(int n, const QString &title, qint64 payCents, qint64 estimateSeconds, bool canTake = true,
                 const QString &state = u"published"_s, qint64 itemsOpen = 4)
{
    QJsonArray reasons;
    if (!canTake)
        reasons.append(u"tier"_s);
    return {{u"id"_s, taskId(n)},
            {u"title"_s, title},
            {u"state"_s, state},
            {u"origin"_s, n % 2 == 0 ? u"butterfly"_s : u"caterpillar"_s},
            {u"min_tier"_s, canTake ? u"bronze"_s : u"silver"_s},
            {u"pay_cents"_s, payCents},
            {u"estimate_seconds"_s, estimateSeconds},
            {u"items_open"_s, itemsOpen},
            {u"items_total"_s, 10},
            {u"content_warnings"_s, QJsonArray{}},
            {u"gate_reasons"_s, reasons},
            {u"can_take"_s, canTake}};
}

class LocalStoreQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(u"client.db"_s), kBob);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
    }

    void pull(const QList<EntityChange> &changes, bool hasMore = false)
    {
        PullPage page;
        page.cursor = u"c%1"_s.arg(++m_pages);
        page.hasMore = hasMore;
        page.changes = changes;
        page.lastMutationId = m_lastMutationId;
        auto applied = m_store->applyPull(page);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    EntityChange upsert(const QJsonObject &data, qint64 version = 1)
    {
        return {++m_seq, u"task"_s, data.value(u"id"_s).toString(), EntityOp::Upsert, version, data};
    }

    QStringList titles(const TaskQueueQuery &query)
    {
        auto rows = m_store->taskQueuePage(query, std::nullopt, 1000);
        EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message.toStdString());
        QStringList result;
        if (rows.ok()) {
            for (const TaskQueueRow &row : std::as_const(*rows))
                result.append(row.title);
        }
        return result;
    }

    qint64 enqueueAndAnswer(bool applied, const QList<OverlayWrite> &overlay = {})
    {
        auto id = m_store->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId(1)}}, overlay);
        EXPECT_TRUE(id.ok());
        PushResult result;
        result.mutationId = *id;
        result.status = applied ? PushStatus::Applied : PushStatus::Rejected;
        if (!applied) {
            result.code = u"NOT_ELIGIBLE"_s;
            result.message = u"you may not take this task"_s;
        }
        EXPECT_TRUE(m_store->recordPush({result}, *id).ok());
        return *id;
    }

    OutboxEntry entry(qint64 id)
    {
        auto found = m_store->entry(id);
        EXPECT_TRUE(found.ok() && found->has_value());
        return found.ok() && found->has_value() ? **found : OutboxEntry{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    qint64 m_seq = 0;
    int m_pages = 0;
    qint64 m_lastMutationId = 0;
};

TEST_F(LocalStoreQueueTest, DismissKeepsTheRejectedRowButTakesItOffNeedsAttention)
{
    const qint64 rejected = enqueueAndAnswer(false);
    ASSERT_EQ(m_store->needsAttention()->size(), 1);
    ASSERT_EQ(m_store->counts()->rejected, 1);

    ASSERT_TRUE(m_store->dismiss(rejected).ok());

    EXPECT_TRUE(m_store->needsAttention()->isEmpty());
    EXPECT_EQ(m_store->counts()->rejected, 0);
    const OutboxEntry kept = entry(rejected);
    EXPECT_EQ(kept.state, OutboxState::Rejected);
    EXPECT_TRUE(kept.isDismissed());
    EXPECT_EQ(kept.outcomeCode, u"NOT_ELIGIBLE"_s);
    EXPECT_EQ(kept.args.value(u"task_id"_s).toString(), taskId(1));
    EXPECT_EQ(m_store->entriesNamed(u"lease.claim@1"_s)->size(), 1);
}

TEST_F(LocalStoreQueueTest, OnlyRejectedRowsCanBeDismissed)
{
    auto pending = m_store->enqueue(u"lease.claim@1"_s, {});
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(m_store->dismiss(*pending).error().code, ErrorCode::Validation);

    ASSERT_TRUE(m_store->markBlocked(*pending, u"INTERNAL"_s, u"server failed"_s).ok());
    EXPECT_EQ(m_store->dismiss(*pending).error().code, ErrorCode::Validation);
    EXPECT_EQ(m_store->needsAttention()->size(), 1);

    const qint64 applied = enqueueAndAnswer(true);
    EXPECT_EQ(m_store->dismiss(applied).error().code, ErrorCode::Validation);
    EXPECT_EQ(m_store->dismiss(9999).error().code, ErrorCode::NotFound);
}

TEST_F(LocalStoreQueueTest, AppliedRowsArePrunedOnlyAfterTheRetentionPeriod)
{
    const qint64 applied = enqueueAndAnswer(true);
    const qint64 rejected = enqueueAndAnswer(false);
    const QDateTime answeredAt = entry(applied).answeredAt;
    ASSERT_TRUE(answeredAt.isValid());
    const qint64 retentionMs = std::chrono::duration_cast<std::chrono::milliseconds>(kAppliedOutboxRetention).count();
    const QDateTime boundary = answeredAt.addMSecs(retentionMs);

    EXPECT_EQ(*m_store->pruneApplied(boundary.addSecs(-60)), 0);
    EXPECT_EQ(*m_store->pruneApplied(boundary), 0);
    EXPECT_TRUE(m_store->entry(applied)->has_value());

    EXPECT_EQ(*m_store->pruneApplied(boundary.addMSecs(1)), 1);
    EXPECT_FALSE(m_store->entry(applied)->has_value());
    // Rejections are kept forever, whatever their age.
    EXPECT_EQ(*m_store->pruneApplied(boundary.addDays(3650)), 0);
    EXPECT_TRUE(m_store->entry(rejected)->has_value());
}

TEST_F(LocalStoreQueueTest, AnAppliedRowWhoseOverlayIsStillShownIsNotPruned)
{
    const qint64 applied =
            enqueueAndAnswer(true, {OverlayWrite::upsert(u"lease"_s, taskId(9), {{u"state"_s, u"active"_s}})});
    EXPECT_EQ(*m_store->pruneApplied(QDateTime::currentDateTimeUtc().addDays(3650)), 0);
    EXPECT_TRUE(m_store->entry(applied)->has_value());

    m_lastMutationId = applied;
    pull({});
    EXPECT_EQ(*m_store->pruneApplied(QDateTime::currentDateTimeUtc().addDays(3650)), 1);
}

TEST_F(LocalStoreQueueTest, PullFillsTheQueueIndexWithPayPerHour)
{
    pull({upsert(task(1, u"Label headlines"_s, 30, 60)), upsert(task(2, u"Rate reviews"_s, 12, 45)),
          upsert(task(3, u"No estimate"_s, 50, 0))});

    auto rows = m_store->taskQueuePage({}, std::nullopt, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    // 30 cents a minute is 18.00 an hour; 12 cents per 45 s is 9.60; no estimate, no hourly figure.
    EXPECT_EQ(rows->at(0).title, u"Label headlines"_s);
    EXPECT_EQ(rows->at(0).hourlyCents, 1800);
    EXPECT_EQ(rows->at(1).hourlyCents, 960);
    EXPECT_EQ(rows->at(2).hourlyCents, 0);
    EXPECT_EQ(rows->at(0).origin, u"caterpillar"_s);
    EXPECT_EQ(rows->at(1).origin, u"butterfly"_s);
    EXPECT_EQ(rows->at(0).itemsOpen, 4);
    EXPECT_TRUE(rows->at(0).canTake);
}

TEST_F(LocalStoreQueueTest, TheQueueShowsPublishedTasksWithOpenSlotsOnly)
{
    pull({upsert(task(1, u"open"_s, 10, 60)), upsert(task(2, u"draft"_s, 10, 60, true, u"draft"_s)),
          upsert(task(3, u"closed"_s, 10, 60, true, u"closed"_s)),
          upsert(task(4, u"full"_s, 10, 60, true, u"published"_s, 0)),
          upsert(task(5, u"one left"_s, 10, 60, true, u"published"_s, 1))});
    TaskQueueQuery byTitle;
    byTitle.sort = TaskQueueSort::Title;
    byTitle.order = Qt::AscendingOrder;
    EXPECT_EQ(titles(byTitle), (QStringList{u"one left"_s, u"open"_s}));
    EXPECT_EQ(*m_store->taskQueueCount(byTitle), 2);
}

TEST_F(LocalStoreQueueTest, LaterVersionsAndDeletesUpdateTheIndexAndResetEmptiesIt)
{
    pull({upsert(task(1, u"first"_s, 10, 60), 1), upsert(task(2, u"second"_s, 10, 60), 1)});
    pull({upsert(task(1, u"renamed"_s, 10, 60), 2),
          upsert(task(2, u"stale"_s, 10, 60), 1),
          {++m_seq, u"task"_s, taskId(3), EntityOp::Delete, 3, {}}});
    TaskQueueQuery byTitle;
    byTitle.sort = TaskQueueSort::Title;
    byTitle.order = Qt::AscendingOrder;
    EXPECT_EQ(titles(byTitle), (QStringList{u"renamed"_s, u"second"_s}));

    pull({{++m_seq, u"task"_s, taskId(1), EntityOp::Delete, 5, {}}});
    EXPECT_EQ(titles(byTitle), (QStringList{u"second"_s}));

    ASSERT_TRUE(m_store->reset().ok());
    EXPECT_TRUE(titles(byTitle).isEmpty());
}

TEST_F(LocalStoreQueueTest, FiltersRunInSqlIncludingLiteralWildcards)
{
    pull({upsert(task(1, u"100% sure labels"_s, 40, 60)), upsert(task(2, u"1000 labels"_s, 5, 60)),
          upsert(task(3, u"snake_case names"_s, 20, 60, false)), upsert(task(4, u"snakeXcase"_s, 20, 60))});
    TaskQueueQuery query;
    query.sort = TaskQueueSort::Title;
    query.order = Qt::AscendingOrder;

    query.search = u"0%"_s;
    EXPECT_EQ(titles(query), (QStringList{u"100% sure labels"_s}));
    query.search = u"e_c"_s;
    EXPECT_EQ(titles(query), (QStringList{u"snake_case names"_s}));
    query.search = u"LABELS"_s;
    EXPECT_EQ(titles(query), (QStringList{u"100% sure labels"_s, u"1000 labels"_s}));

    query.search.clear();
    query.takeableOnly = true;
    EXPECT_EQ(titles(query), (QStringList{u"100% sure labels"_s, u"1000 labels"_s, u"snakeXcase"_s}));
    query.takeableOnly = false;
    query.minPayCents = 20;
    EXPECT_EQ(titles(query), (QStringList{u"100% sure labels"_s, u"snake_case names"_s, u"snakeXcase"_s}));
    query.minPayCents = 21;
    EXPECT_EQ(titles(query), (QStringList{u"100% sure labels"_s}));
}

TEST_F(LocalStoreQueueTest, KeysetPagesWalkTheWholeOrderWithoutRepeatsOrGaps)
{
    QList<EntityChange> changes;
    for (int n = 1; n <= 57; ++n)
        changes.append(upsert(task(n, u"task %1"_s.arg(n), (n * 7) % 11, 60)));
    pull(changes);

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        TaskQueueQuery query;
        query.sort = TaskQueueSort::Pay;
        query.order = order;
        auto all = m_store->taskQueuePage(query, std::nullopt, 1000);
        ASSERT_TRUE(all.ok());
        ASSERT_EQ(all->size(), 57);

        QList<TaskQueueRow> walked;
        std::optional<TaskQueueRow> after;
        for (;;) {
            auto page = m_store->taskQueuePage(query, after, 10);
            ASSERT_TRUE(page.ok());
            if (page->isEmpty())
                break;
            walked.append(*page);
            after = page->constLast();
        }
        ASSERT_EQ(walked.size(), all->size());
        for (qsizetype i = 0; i < walked.size(); ++i) {
            EXPECT_EQ(walked.at(i).id, all->at(i).id);
            if (i > 0 && order == Qt::AscendingOrder) {
                EXPECT_LE(walked.at(i - 1).payCents, walked.at(i).payCents);
            }
            if (i > 0 && order == Qt::DescendingOrder) {
                EXPECT_GE(walked.at(i - 1).payCents, walked.at(i).payCents);
            }
        }
    }
}

TEST(LocalStoreQueueMigrationTest, AnOlderCacheGetsItsQueueIndexAndSearchFromTheMirror)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        // A database of the first schema, with tasks already pulled into the mirror.
        auto db = Database::open(DatabaseConfig::sqlite(path), {LocalStore::migrations().constFirst()});
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        SqlQuery insert(**db);
        ASSERT_TRUE(
                insert.prepare(u"INSERT INTO mirror (entity, id, version, data_json) VALUES ('task', :id, 1, :data)"_s)
                        .ok());
        for (int n = 1; n <= 3; ++n) {
            const QJsonObject data = task(n, u"Old task %1"_s.arg(n), 10 * n, 60);
            insert.bind(u":id"_s, taskId(n))
                    .bind(u":data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            ASSERT_TRUE(insert.exec().ok());
        }
    }
    auto store = LocalStore::open(path, kBob);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    TaskQueueQuery query;
    query.sort = TaskQueueSort::Pay;
    EXPECT_EQ(*(*store)->taskQueueCount(query), 3);
    query.search = u"task 2"_s;
    auto rows = (*store)->taskQueuePage(query, std::nullopt, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->constFirst().payCents, 20);
}

TEST_F(LocalStoreQueueTest, TheEmbeddedMarketplaceMayMoveToANewLoopbackPortOnly)
{
    ASSERT_TRUE(m_store->bindServer(QUrl(u"http://127.0.0.1:4100"_s)).ok());
    EXPECT_EQ(m_store->bindServer(QUrl(u"http://127.0.0.1:4200"_s)).error().code, ErrorCode::Forbidden);
    ASSERT_TRUE(m_store->moveServer(QUrl(u"http://127.0.0.1:4200"_s)).ok());
    EXPECT_TRUE(m_store->bindServer(QUrl(u"http://127.0.0.1:4200"_s)).ok());
    EXPECT_EQ(m_store->moveServer(QUrl(u"https://example.org"_s)).error().code, ErrorCode::Validation);
}

} // namespace
} // namespace Chrysalis
