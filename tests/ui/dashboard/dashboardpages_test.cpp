// The leaderboard and fair-work pages over real SQLite mirrors filled by a real chrysalis-server --demo:
// the figures shown equal what the ledger and answer rows say, the leaderboard never shows an individual
// rating, and a worker with no paid work sees sentences instead of empty charts.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/serverprocess.h"
#include "tests/support/qtprinters.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/fairworkpage.h"
#include "ui/dashboard/leaderboardpage.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

struct Desk {
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;
    QString accountId;
};

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

} // namespace

class DashboardPagesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto server = ServerProcess::start(u"sqlite:"_s + s_dir->filePath(u"marketplace.db"_s), {u"--demo"_s});
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        s_server = std::move(*server).release();
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_NE(s_server, nullptr);
        qApp->setStyle(QStyleFactory::create(u"Fusion"_s));
        qApp->setPalette(lightPalette());
    }
    void TearDown() override { qApp->setPalette(lightPalette()); }

    Desk signIn(const QString &name)
    {
        Desk desk;
        auto store = LocalStore::open(m_local.filePath(name + u".db"_s));
        EXPECT_TRUE(store.ok());
        if (!store)
            return desk;
        desk.store = std::move(*store);
        desk.engine = std::make_unique<SyncEngine>(*desk.store);
        desk.engine->setAutoRetry(false);
        desk.engine->setDebounce(std::chrono::hours(1));
        desk.engine->setServer(s_server->baseUrl());
        QEventLoop loop;
        desk.engine->login(name, u"chrysalis-demo"_s, [&](const Result<LoginReply> &reply) {
            EXPECT_TRUE(reply.ok()) << name.toStdString();
            if (reply)
                desk.accountId = reply->accountId;
            loop.quit();
        });
        loop.exec();
        QSignalSpy finished(desk.engine.get(), &SyncEngine::syncFinished);
        desk.engine->syncNow();
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(30000));
        }
        return desk;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline ServerProcess *s_server = nullptr;
    QTemporaryDir m_local;
};

TEST_F(DashboardPagesTest, FairWorkFiguresEqualWhatTheLedgerAndAnswersSay)
{
    Desk bob = signIn(u"bob"_s);
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
    Desk gene = signIn(u"gene"_s);
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
    Desk ada = signIn(u"ada"_s);
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
    Desk grace = signIn(u"grace"_s);
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

} // namespace Chrysalis::Testing
