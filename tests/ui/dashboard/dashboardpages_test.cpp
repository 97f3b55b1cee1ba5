// The leaderboard and fair-work pages over real SQLite mirrors filled by a real chrysalis-server --demo:
// the figures shown equal what the ledger and answer rows say, the leaderboard never shows an individual
// rating, and a worker with no paid work sees sentences instead of empty charts.
#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncprotocol.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/fairworkpage.h"
#include "ui/dashboard/leaderboardpage.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QList<QJsonObject> entities(LocalStore &store, const QString &entity)
{
    QList<QJsonObject> rows;
    if (const auto listed = store.list(entity)) {
        for (const StoredEntity &row : *listed)
            rows.append(row.data);
    }
    return rows;
}

void saveShot(QWidget &page, const QString &name)
{
    QString dir = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    page.resize(1100, 720);
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.grab().save(QDir(dir).filePath(name + u".png"_s)));
}

// One account speaking CSP/1 by hand, for what the demo does not hold yet.
class Speaker
{
public:
    Speaker(const QUrl &base, const QString &name) : m_http(base)
    {
        EXPECT_TRUE(m_http.login(name, u"chrysalis-demo"_s).ok()) << name.toStdString();
    }

    QJsonObject push(const QString &name, const QJsonObject &args)
    {
        const QJsonObject body{
                {u"client_id"_s, m_clientId},
                {u"mutations"_s, QJsonArray{QJsonObject{{u"id"_s, ++m_nextId}, {u"name"_s, name}, {u"args"_s, args}}}}};
        const HttpReply reply = m_http.post(u"/v1/sync/push"_s, body);
        const QJsonObject result = reply.json().value(u"results"_s).toArray().at(0).toObject();
        EXPECT_EQ(result.value(u"status"_s).toString(), u"applied"_s)
                << name.toStdString() << " " << reply.body.toStdString();
        return result.value(u"details"_s).toObject();
    }

private:
    HttpClient m_http;
    QString m_clientId = newId();
    qint64 m_nextId = 0;
};

} // namespace

class DashboardPagesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_market = new DemoMarket; }
    static void TearDownTestSuite()
    {
        delete s_market;
        s_market = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_market->ok());
        qApp->setStyle(QStyleFactory::create(u"Fusion"_s));
        qApp->setPalette(lightPalette());
    }
    void TearDown() override { qApp->setPalette(lightPalette()); }

    DemoDesk signIn(const QString &name) { return signInDesk(s_market->baseUrl(), m_local.path(), name); }

    static inline DemoMarket *s_market = nullptr;
    QTemporaryDir m_local;
};

TEST_F(DashboardPagesTest, FairWorkFiguresEqualWhatTheLedgerAndAnswersSay)
{
    DemoDesk bob = signIn(u"bob"_s);
    ASSERT_TRUE(bob.store);
    FairWorkPage page(*bob.store, *bob.engine);
    page.resize(1100, 720);
    page.show();

    // From the raw rows, not from the page.
    const QString book = u"earnings:"_s + bob.accountId;
    qint64 ledgerEarnings = 0;
    qint64 ledgerAnswerEarnings = 0;
    for (const QJsonObject &line : entities(*bob.store, u"ledger_entry"_s)) {
        if (line.value(u"account"_s).toString() != book || line.value(u"kind"_s).toString() == u"payout")
            continue;
        ledgerEarnings += line.value(u"amount_cents"_s).toInteger();
        const QString kind = line.value(u"kind"_s).toString();
        if (kind == u"approve" || kind == u"settlement")
            ledgerAnswerEarnings += line.value(u"amount_cents"_s).toInteger();
    }
    int approved = 0;
    int reviewed = 0;
    for (const QJsonObject &answer : entities(*bob.store, u"answer"_s)) {
        const QString status = answer.value(u"status"_s).toString();
        approved += status == u"approved" ? 1 : 0;
        reviewed += status != u"pending_review" ? 1 : 0;
    }
    ASSERT_GT(ledgerEarnings, 0) << "the demo pays bob for approved answers";
    ASSERT_GT(reviewed, 0);

    const FairWorkFigures &figures = page.figures();
    EXPECT_EQ(figures.earningsCents, ledgerEarnings);
    EXPECT_EQ(figures.answerEarningsCents, ledgerAnswerEarnings);
    qint64 weekly = 0;
    for (const WeekEarnings &week : page.weeks())
        weekly += week.earnedCents;
    EXPECT_EQ(weekly, ledgerAnswerEarnings) << "earnings per week add up to the answer lines of the ledger";
    EXPECT_EQ(figures.approved, approved);
    EXPECT_EQ(figures.approvalRateBp, approved * 10'000 / reviewed);
    EXPECT_EQ(figures.unpaidSeconds, 0);

    const auto wallet = bob.store->read(u"wallet"_s, bob.accountId);
    ASSERT_TRUE(wallet && wallet->has_value());
    EXPECT_EQ(figures.mistakeAllowanceCents, (**wallet).value(u"mistake_allowance_cents"_s).toInteger())
            << "the client's allowance from core/policy matches the server's";

    const QString shown = page.shownText();
    EXPECT_TRUE(shown.contains(DashboardCharts::money(ledgerEarnings))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(DashboardCharts::percent(approved * 10'000 / reviewed))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Unpaid time\t"_s + DashboardCharts::duration(0))) << shown.toStdString();
    EXPECT_EQ(page.chartCount(), 2);

    saveShot(page, u"dashboard-fairwork-light"_s);
    qApp->setPalette(darkPalette());
    QCoreApplication::processEvents();
    EXPECT_EQ(page.chartCount(), 2);
    saveShot(page, u"dashboard-fairwork-dark"_s);
}

TEST_F(DashboardPagesTest, AWorkerWithoutPaidWorkSeesSentencesNotEmptyCharts)
{
    DemoDesk gene = signIn(u"gene"_s);
    ASSERT_TRUE(gene.store);
    FairWorkPage page(*gene.store, *gene.engine);
    page.resize(1100, 720);
    ASSERT_TRUE(page.weeks().isEmpty());
    EXPECT_EQ(page.chartCount(), 0);
    EXPECT_TRUE(page.shownText().contains(u"once an answer of yours is paid"_s)) << page.shownText().toStdString();
    EXPECT_TRUE(page.shownText().contains(u"no hourly pay to show"_s));
    saveShot(page, u"dashboard-fairwork-empty"_s);
}

TEST_F(DashboardPagesTest, LeaderboardShowsRanksAndOwnStandingButNoIndividualRating)
{
    DemoDesk ada = signIn(u"ada"_s);
    ASSERT_TRUE(ada.store);
    LeaderboardPage page(*ada.store, *ada.engine);
    page.resize(1100, 720);
    page.show();

    const QList<QJsonObject> entries = entities(*ada.store, u"leaderboard_entry"_s);
    ASSERT_FALSE(entries.isEmpty()) << "ada is a butterfly in the demo";
    ASSERT_EQ(page.model()->rowCount(), entries.size());
    const QJsonObject account = ada.store->read(u"account"_s, ada.accountId)->value();
    const QString pseudonym = account.value(u"pseudonym"_s).toString();
    bool ownRowSeen = false;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QModelIndex index = page.model()->index(row, LeaderboardModel::PseudonymColumn);
        const QJsonObject entry = *std::find_if(entries.cbegin(), entries.cend(), [&](const QJsonObject &e) {
            return e.value(u"position"_s).toInt() == row + 1;
        });
        EXPECT_EQ(index.data().toString(), entry.value(u"requester_pseudonym"_s).toString());
        EXPECT_EQ(page.model()->index(row, LeaderboardModel::PointsColumn).data().toLongLong(),
                  entry.value(u"points"_s).toInteger());
        // Only the aggregate the server published is shown; nothing is ever derived from single ratings.
        EXPECT_EQ(page.model()->index(row, 0).data(LeaderboardModel::RatingHiddenRole).toBool(),
                  entry.value(u"rating"_s).isNull());
        if (index.data().toString() == pseudonym) {
            ownRowSeen = true;
            EXPECT_TRUE(index.data(LeaderboardModel::OwnRowRole).toBool());
        }
    }
    EXPECT_TRUE(ownRowSeen);
    const QString shown = page.shownText();
    EXPECT_TRUE(shown.contains(u"rank %1"_s.arg(account.value(u"leaderboard_rank"_s).toInt()))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QLocale().toString(account.value(u"points"_s).toInteger()) + u" points"_s));
    if (account.value(u"rating"_s).isNull()) {
        EXPECT_TRUE(shown.contains(u"not published yet"_s));
    }

    saveShot(page, u"dashboard-leaderboard-light"_s);
    qApp->setPalette(darkPalette());
    QCoreApplication::processEvents();
    saveShot(page, u"dashboard-leaderboard-dark"_s);
}

TEST_F(DashboardPagesTest, ACaterpillarSeesHowFarButterflyIs)
{
    DemoDesk grace = signIn(u"grace"_s);
    ASSERT_TRUE(grace.store);
    LeaderboardPage page(*grace.store, *grace.engine);
    page.resize(1100, 720);
    const QJsonObject account = grace.store->read(u"account"_s, grace.accountId)->value();
    ASSERT_EQ(account.value(u"standing"_s).toString(), u"caterpillar"_s);
    const qint64 points = account.value(u"points"_s).toInteger();
    const QString shown = page.shownText();
    EXPECT_TRUE(shown.contains(u"%1 of 100 points to butterfly"_s.arg(QLocale().toString(points))))
            << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"not ranked"_s));
    saveShot(page, u"dashboard-progress-caterpillar"_s);
}

TEST_F(DashboardPagesTest, ARequesterSeesPointsOverTimeWhatMovedThemAndHowWorkersRated)
{
    // Five workers answer a new task of ada's and rate it 10: a batch of points and a published distribution.
    Speaker ada(s_market->baseUrl(), u"ada"_s);
    const QString taskId = newId();
    const QJsonArray options{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                             QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}};
    const QJsonObject revision{{u"title"_s, u"Sentiment of product reviews"_s},
                               {u"instructions"_s, u"Pick the overall sentiment."_s},
                               {u"form"_s, QJsonArray{QJsonObject{{u"name"_s, u"label"_s},
                                                                  {u"kind"_s, u"single_choice"_s},
                                                                  {u"label"_s, u"Sentiment"_s},
                                                                  {u"required"_s, true},
                                                                  {u"options"_s, options}}}},
                               {u"pay_cents"_s, 10},
                               {u"overlap"_s, 1},
                               {u"min_tier"_s, u"bronze"_s},
                               {u"estimate_seconds"_s, 60}};
    ada.push(u"task.draft_save@1"_s, {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    QJsonArray items;
    for (int i = 0; i < 5; ++i)
        items.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    ada.push(u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
    ada.push(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    for (const QString &name : {u"bob"_s, u"bea"_s, u"sam"_s, u"gia"_s, u"gus"_s}) {
        Speaker worker(s_market->baseUrl(), name);
        const QJsonObject claim = worker.push(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
        worker.push(u"answer.submit@1"_s, {{u"answer_id"_s, newId()},
                                           {u"lease_id"_s, claim.value(u"lease_ids"_s).toArray().at(0)},
                                           {u"fields"_s, QJsonObject{{u"label"_s, u"positive"_s}}},
                                           {u"seconds_spent"_s, 30}});
        worker.push(u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, 10}});
    }

    DemoDesk desk = signIn(u"ada"_s);
    ASSERT_TRUE(desk.store);
    LeaderboardPage page(*desk.store, *desk.engine);
    page.resize(1100, 720);
    page.show();
    page.tabs()->setCurrentIndex(1);
    const QList<QJsonObject> events = entities(*desk.store, u"points_event"_s);
    ASSERT_FALSE(events.isEmpty());
    ASSERT_EQ(page.pointsModel()->rowCount(), events.size());
    bool batchSeen = false;
    for (int row = 0; row < page.pointsModel()->rowCount(); ++row) {
        const QModelIndex delta = page.pointsModel()->index(row, PointsHistoryModel::DeltaColumn);
        const QString cause = page.pointsModel()->index(row, PointsHistoryModel::CauseColumn).data().toString();
        // The demo's one earlier rating of 8 and the first four of 10 make the first batch: 8 + 4 × 10 − 5 × 5.
        batchSeen =
                batchSeen || (cause.contains(u"ratings"_s) && delta.data(PointsHistoryModel::DeltaRole).toInt() == 23);
    }
    EXPECT_TRUE(batchSeen)
            << QJsonDocument(QJsonArray::fromVariantList(QVariantList(events.cbegin(), events.cend())))
                       .toJson()
                       .toStdString()
            << QJsonDocument(desk.store->read(u"account"_s, desk.accountId)->value()).toJson().toStdString();
    // Two charts: points over time and the published rating distribution, no empty notes instead.
    EXPECT_EQ(page.findChildren<QChartView *>().size(), 2);
    const QString shown = page.shownText();
    EXPECT_FALSE(shown.contains(u"have not moved yet"_s)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u"How workers rated your tasks shows here"_s)) << shown.toStdString();
    saveShot(page, u"dashboard-standing-light"_s);
    qApp->setPalette(darkPalette());
    QCoreApplication::processEvents();
    page.reload();
    saveShot(page, u"dashboard-standing-dark"_s);
}

TEST_F(DashboardPagesTest, AWorkerOptsInAndFindsThemselvesOnTheBoardOfTheirTier)
{
    DemoDesk bob = signIn(u"bob"_s);
    ASSERT_TRUE(bob.store);
    LeaderboardPage page(*bob.store, *bob.engine);
    page.resize(1100, 720);
    page.show();
    page.tabs()->setCurrentIndex(2);
    EXPECT_TRUE(page.tabs()->isTabVisible(2));
    EXPECT_FALSE(page.tabs()->isTabVisible(1)) << "bob is no requester";
    EXPECT_EQ(page.boardTier()->currentData().toString(), u"bronze"_s);
    ASSERT_TRUE(page.boardOptIn()->isVisibleTo(&page));
    EXPECT_FALSE(page.boardOptIn()->isChecked());
    page.boardOptIn()->click();
    syncOnce(*bob.engine);

    const QJsonObject account = bob.store->read(u"account"_s, bob.accountId)->value();
    EXPECT_TRUE(account.value(u"worker_board_opt_in"_s).toBool());
    EXPECT_TRUE(page.boardOptIn()->isChecked());
    const QString pseudonym = account.value(u"pseudonym"_s).toString();
    bool found = false;
    for (int row = 0; row < page.workerBoardModel()->rowCount(); ++row) {
        const QModelIndex index = page.workerBoardModel()->index(row, WorkerBoardModel::PseudonymColumn);
        if (index.data().toString() == pseudonym) {
            found = true;
            EXPECT_TRUE(index.data(WorkerBoardModel::OwnRowRole).toBool());
            EXPECT_GT(page.workerBoardModel()
                              ->index(row, WorkerBoardModel::ApprovedColumn)
                              .data(WorkerBoardModel::SortValueRole)
                              .toInt(),
                      0);
        }
    }
    EXPECT_TRUE(found) << "bob's approved answers rank him on the bronze board";
    saveShot(page, u"dashboard-worker-boards"_s);
    page.boardOptIn()->click();
    syncOnce(*bob.engine);
    EXPECT_FALSE(bob.store->read(u"account"_s, bob.accountId)->value().value(u"worker_board_opt_in"_s).toBool());
}

TEST_F(DashboardPagesTest, ASilverWorkerSeesHowManyLostConflictsTheirTierAllows)
{
    DemoDesk sam = signIn(u"sam"_s);
    ASSERT_TRUE(sam.store);
    FairWorkPage page(*sam.store, *sam.engine);
    page.resize(1100, 720);
    const QString shown = page.shownText();
    EXPECT_TRUE(shown.contains(
            u"You keep Silver while no more than 2 of your last 100 answers end in a lost conflict: 0 so far, 2 to spare"_s))
            << shown.toStdString();
    saveShot(page, u"dashboard-fairwork-silver"_s);
}

TEST_F(DashboardPagesTest, AGoldWorkerAtTheLimitIsWarnedAndSeesHowTheirPanelsVoted)
{
    // A mirror as a pull leaves it: a gold worker with one lost conflict in the last 200 answers (the most
    // gold allows), two panels they sat on and one about their own answer.
    auto store = LocalStore::open(m_local.filePath(u"gold.db"_s), u"g1"_s);
    ASSERT_TRUE(store.ok());
    PullPage page;
    page.cursor = u"1"_s;
    page.serverTime = QDateTime::currentDateTimeUtc();
    qint64 seq = 0;
    const auto upsert = [&](const QString &entity, const QString &id, const QJsonObject &data) {
        page.changes.append({++seq, entity, id, EntityOp::Upsert, 1, data});
    };
    upsert(u"account"_s, u"g1"_s,
           {{u"id"_s, u"g1"_s},
            {u"username"_s, u"gwyn"_s},
            {u"pseudonym"_s, u"worker-0a0a0a"_s},
            {u"roles"_s, QJsonArray{u"worker"_s}},
            {u"tier"_s, u"gold"_s}});
    upsert(u"tier_progress"_s, u"g1"_s,
           {{u"account_id"_s, u"g1"_s},
            {u"current"_s, u"gold"_s},
            {u"keep_rule"_s, QJsonObject{{u"requirement"_s, u"lost_conflicts"_s},
                                         {u"current"_s, 1},
                                         {u"required"_s, 1},
                                         {u"at_most"_s, true},
                                         {u"met"_s, true},
                                         {u"window_answers"_s, 200}}}});
    const auto conflict = [&](const QString &id, const QString &worker, int workerFault, int requesterFault) {
        upsert(u"conflict"_s, id,
               {{u"id"_s, id},
                {u"state"_s, u"closed"_s},
                {u"worker_id"_s, worker},
                {u"worker_fault_votes"_s, workerFault},
                {u"requester_fault_votes"_s, requesterFault}});
    };
    conflict(u"c1"_s, u"w-other"_s, 1, 4);
    conflict(u"c2"_s, u"w-other"_s, 3, 2);
    conflict(u"c3"_s, u"g1"_s, 4, 1);
    upsert(u"vote"_s, u"v1"_s, {{u"id"_s, u"v1"_s}, {u"conflict_id"_s, u"c1"_s}, {u"arbiter_id"_s, u"g1"_s}});
    upsert(u"vote"_s, u"v2"_s, {{u"id"_s, u"v2"_s}, {u"conflict_id"_s, u"c2"_s}, {u"arbiter_id"_s, u"g1"_s}});
    const auto applied = (*store)->applyPull(page);
    ASSERT_TRUE(applied.ok()) << applied.error().describe().toStdString();
    SyncEngine engine(**store);
    FairWorkPage fairWork(**store, engine);
    fairWork.resize(1100, 720);

    const QString shown = fairWork.shownText();
    EXPECT_TRUE(shown.contains(u"One more lost conflict in your last 200 answers and you return to Silver"_s))
            << shown.toStdString();
    QChart *splits = nullptr;
    for (QChartView *view : fairWork.findChildren<QChartView *>()) {
        if (view->chart()->title() == u"How your panels voted"_s)
            splits = view->chart();
    }
    ASSERT_NE(splits, nullptr);
    EXPECT_EQ(splits->series().size(), 1);
    saveShot(fairWork, u"dashboard-fairwork-gold-at-limit"_s);
}

} // namespace Chrysalis::Testing
