// Searching the task queue index by title: many matches are read in sort order, few through the
// trigram index. Either way every page holds exactly the matching tasks, in order.
#include "core/sync/localstore.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kBob = u"01900000-0000-7000-8000-00000000b0b0"_s;

// Titles of task n: every task "batch n", every third a "Grammar" task, every 7th content "100%_off".
QString titleOf(int n)
{
    QString title = n % 3 == 0 ? u"Grammar batch %1"_s.arg(n) : u"Receipts batch %1"_s.arg(n);
    if (n % 7 == 0)
        title += u" 100%_off"_s;
    return title;
}

QJsonObject task(int n)
{
    return {{u"id"_s, u"01900000-0000-7000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'))},
            {u"title"_s, titleOf(n)},
            {u"state"_s, u"published"_s},
            {u"origin"_s, u"butterfly"_s},
            {u"min_tier"_s, u"bronze"_s},
            {u"pay_cents"_s, 5 + (n * 37) % 200},
            {u"estimate_seconds"_s, 20 + (n * 13) % 300},
            {u"items_open"_s, 1 + n % 9},
            {u"items_total"_s, 10},
            {u"content_warnings"_s, QJsonArray{}},
            {u"gate_reasons"_s, QJsonArray{}},
            {u"can_take"_s, true}};
}

class LocalStoreSearchTest : public ::testing::Test
{
protected:
    static constexpr int kTasks = 16000;

    // The tests only read: one store, filled once for the suite.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto store = LocalStore::open(s_dir->filePath(u"client.db"_s), kBob);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        s_store = store->release();
        qint64 seq = 0;
        for (int first = 0; first < kTasks; first += 4000) {
            PullPage page;
            page.cursor = u"c%1"_s.arg(first);
            page.hasMore = first + 4000 < kTasks;
            for (int n = first; n < first + 4000; ++n) {
                const QJsonObject data = task(n);
                page.changes.append({++seq, u"task"_s, data.value(u"id"_s).toString(), EntityOp::Upsert, 1, data});
            }
            auto applied = s_store->applyPull(page);
            ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
        }
    }

    static void TearDownTestSuite()
    {
        delete s_store;
        s_store = nullptr;
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override { ASSERT_NE(s_store, nullptr); }

    // Every page of the query, `pageSize` rows at a time; checks that rows come in the query's order.
    QList<TaskQueueRow> allPages(const TaskQueueQuery &query, int pageSize)
    {
        QList<TaskQueueRow> rows;
        std::optional<TaskQueueRow> after;
        for (;;) {
            auto page = s_store->taskQueuePage(query, after, pageSize);
            EXPECT_TRUE(page.ok());
            if (!page.ok() || page->isEmpty())
                break;
            rows.append(*page);
            after = page->constLast();
        }
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const TaskQueueRow &previous = rows.at(i - 1);
            const TaskQueueRow &row = rows.at(i);
            EXPECT_TRUE(previous.hourlyCents > row.hourlyCents ||
                        (previous.hourlyCents == row.hourlyCents && previous.id > row.id))
                    << "out of order at " << i;
        }
        return rows;
    }

    static QSet<QString> expectedTitles(const QString &contained)
    {
        QSet<QString> titles;
        for (int n = 0; n < kTasks; ++n) {
            if (titleOf(n).contains(contained, Qt::CaseInsensitive))
                titles.insert(titleOf(n));
        }
        return titles;
    }

    static QSet<QString> titlesOf(const QList<TaskQueueRow> &rows)
    {
        QSet<QString> titles;
        for (const TaskQueueRow &row : rows)
            titles.insert(row.title);
        return titles;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline LocalStore *s_store = nullptr;
};

TEST_F(LocalStoreSearchTest, ACommonWordPagesEveryMatchInOrder)
{
    TaskQueueQuery query;
    query.search = u"grammar"_s;
    const QList<TaskQueueRow> rows = allPages(query, 500);
    EXPECT_EQ(rows.size(), kTasks / 3 + 1);
    EXPECT_EQ(titlesOf(rows), expectedTitles(u"grammar"_s));
    auto count = s_store->taskQueueCount(query);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, rows.size());
}

TEST_F(LocalStoreSearchTest, ARareTitleIsFoundAlone)
{
    TaskQueueQuery query;
    query.search = u"Receipts batch 15998"_s;
    const QList<TaskQueueRow> rows = allPages(query, 200);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().title, titleOf(15998));
}

TEST_F(LocalStoreSearchTest, MatchesJustBelowAndAboveTheCommonThresholdAreComplete)
{
    // "batch 1" is in 1 + 10 + 100 + 1000 + 6000 titles (7111); "batch 2" in 1 + 10 + 100 + 1000 (1111).
    for (const QString &search : {u"batch 1"_s, u"batch 2"_s, u"h 1"_s, u"1"_s}) {
        TaskQueueQuery query;
        query.search = search;
        EXPECT_EQ(titlesOf(allPages(query, 700)), expectedTitles(search)) << search.toStdString();
    }
}

TEST_F(LocalStoreSearchTest, LikeWildcardsInTheSearchAreLiteral)
{
    TaskQueueQuery query;
    query.search = u"0%_o"_s;
    const QList<TaskQueueRow> rows = allPages(query, 400);
    EXPECT_EQ(rows.size(), (kTasks + 6) / 7);
    EXPECT_EQ(titlesOf(rows), expectedTitles(u"0%_o"_s));
    query.search = u"0_%o"_s;
    EXPECT_TRUE(allPages(query, 400).isEmpty());
}

TEST_F(LocalStoreSearchTest, ASearchCombinesWithTheOtherFilters)
{
    TaskQueueQuery query;
    query.search = u"GRAMMAR"_s;
    query.minPayCents = 150;
    QSet<QString> expected;
    for (int n = 0; n < kTasks; n += 3) {
        if (5 + (n * 37) % 200 >= 150)
            expected.insert(titleOf(n));
    }
    EXPECT_EQ(titlesOf(allPages(query, 300)), expected);
}

// Every "Grammar" title sorts before every "Receipts" one: a walk in title order meets 5334 Grammar
// tasks before the first match of "receipts", past a small walk budget, so the page comes from the
// trigram index instead; with a budget big enough the walk finds it. Both give the same rows in order.
TEST_F(LocalStoreSearchTest, ACommonWordFarBackInTheSortOrderIsFoundWithAnyWalkBudget)
{
    TaskQueueQuery query;
    query.search = u"receipts"_s;
    query.sort = TaskQueueSort::Title;
    query.order = Qt::AscendingOrder;
    QStringList expected;
    for (int n = 0; n < kTasks; ++n) {
        if (n % 3 != 0)
            expected.append(titleOf(n));
    }
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    ASSERT_GE(expected.size(), kTaskQueueFewMatches); // a common word: the walk plan is tried first
    for (const int budget : {100, kTasks / 3, kTasks / 3 + 1, kTaskQueueWalkBudget}) {
        s_store->setTaskQueueWalkBudget(budget);
        QStringList titles;
        std::optional<TaskQueueRow> after;
        for (;;) {
            auto page = s_store->taskQueuePage(query, after, 1500);
            ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
            if (page->isEmpty())
                break;
            for (const TaskQueueRow &row : *page)
                titles.append(row.title);
            after = page->constLast();
        }
        EXPECT_EQ(titles, expected) << "walk budget " << budget;
    }
    s_store->setTaskQueueWalkBudget(kTaskQueueWalkBudget);
}

TEST_F(LocalStoreSearchTest, ACappedCountStopsAtTheCapAndIsExactBelowIt)
{
    TaskQueueQuery query;
    query.search = u"grammar"_s;
    const qint64 matches = kTasks / 3 + 1;
    for (const qint64 cap : {qint64(1), qint64(1000), matches - 1, matches, matches + 1}) {
        auto count = s_store->taskQueueCount(query, cap);
        ASSERT_TRUE(count.ok());
        EXPECT_EQ(*count, std::min(cap, matches)) << "cap " << cap;
    }
    query.search = u"Receipts batch 15998"_s;
    auto rare = s_store->taskQueueCount(query, 1000);
    ASSERT_TRUE(rare.ok());
    EXPECT_EQ(*rare, 1);
    auto none = s_store->taskQueueCount(query, 0);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, 0);
}

} // namespace
} // namespace Chrysalis
