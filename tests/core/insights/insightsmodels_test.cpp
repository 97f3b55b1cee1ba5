#include "core/insights/leaderboardmodel.h"
#include "core/insights/weeklyearningsmodel.h"

#include "tests/support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QtGlobal>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

// qt.modeltest warnings become failures while a test runs.
int g_modelWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && context.category && qstrcmp(context.category, "qt.modeltest") == 0)
        ++g_modelWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class InsightsModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        g_modelWarnings = 0;
        g_previousHandler = qInstallMessageHandler(countModelWarnings);
    }
    void TearDown() override
    {
        qInstallMessageHandler(g_previousHandler);
        EXPECT_EQ(g_modelWarnings, 0);
    }
};

QJsonObject entry(int position, int rank, const QString &pseudonym, qint64 points, const QJsonValue &rating, int count)
{
    return {{u"position"_s, position}, {u"rank"_s, rank},     {u"requester_pseudonym"_s, pseudonym},
            {u"points"_s, points},     {u"rating"_s, rating}, {u"rating_count"_s, count}};
}

} // namespace

TEST_F(InsightsModels, LeaderboardRowsAreOrderedByPositionAndHideUnpublishedRatings)
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QList<LeaderboardRow> rows = leaderboardRows(
            {entry(2, 2, u"requester-b"_s, 120, QJsonValue::Null, 3), entry(1, 1, u"requester-a"_s, 140, 7.25, 12),
             entry(3, 2, u"requester-c"_s, 120, QJsonValue::Null, 0), QJsonObject{{u"rank"_s, 9}}});
    model.setRows(rows);
    model.setOwnPseudonym(u"requester-b"_s);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, LeaderboardModel::PseudonymColumn).data().toString(), u"requester-a"_s);
    EXPECT_EQ(model.index(1, LeaderboardModel::RankColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(2, LeaderboardModel::RankColumn).data().toInt(), 2); // a tie shares the rank
    EXPECT_EQ(model.index(0, LeaderboardModel::PointsColumn).data().toLongLong(), 140);
    EXPECT_FALSE(model.index(0, 0).data(LeaderboardModel::RatingHiddenRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(LeaderboardModel::RatingHiddenRole).toBool());
    EXPECT_TRUE(model.index(1, LeaderboardModel::RatingColumn).data().toString().contains(u"privacy"_s));
    EXPECT_TRUE(model.index(0, LeaderboardModel::RatingColumn).data().toString().contains(u"12"_s));
    EXPECT_TRUE(model.index(1, 0).data(LeaderboardModel::OwnRowRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(LeaderboardModel::OwnRowRole).toBool());
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(OwnStanding, ReadsRankBelowTheCutoffAndNoRankForCaterpillars)
{
    const OwnStanding ranked = OwnStanding::fromAccount({{u"pseudonym"_s, u"requester-x"_s},
                                                         {u"standing"_s, u"butterfly"_s},
                                                         {u"points"_s, 107},
                                                         {u"leaderboard_rank"_s, 31},
                                                         {u"rating"_s, QJsonValue::Null},
                                                         {u"rating_count"_s, 4}});
    EXPECT_EQ(ranked.rank, 31);
    EXPECT_EQ(ranked.points, 107);
    EXPECT_FALSE(ranked.rating.has_value());
    const OwnStanding caterpillar = OwnStanding::fromAccount(
            {{u"standing"_s, u"caterpillar"_s}, {u"points"_s, -20}, {u"leaderboard_rank"_s, QJsonValue::Null}});
    EXPECT_FALSE(caterpillar.rank.has_value());
    EXPECT_EQ(caterpillar.points, -20);
}

TEST_F(InsightsModels, WeeklyEarningsModelShowsWeeksInOrder)
{
    WeeklyEarningsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setWeeks({{QDate(2026, 11, 16), 30, 60, 1}, {QDate(2026, 11, 23), 42, 0, 2}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, WeeklyEarningsModel::WeekColumn).data().toString(), u"2026-W47"_s);
    EXPECT_EQ(model.index(1, WeeklyEarningsModel::WeekColumn).data().toString(), u"2026-W48"_s);
    EXPECT_EQ(model.index(0, WeeklyEarningsModel::EarnedColumn).data().toLongLong(), 30);
    EXPECT_EQ(model.index(0, WeeklyEarningsModel::HourlyColumn).data().toLongLong(), 1800);
    EXPECT_FALSE(model.index(1, WeeklyEarningsModel::HourlyColumn).data().isValid()); // no measured time
    EXPECT_EQ(model.index(1, 0).data(WeeklyEarningsModel::WeekStartRole).toDate(), QDate(2026, 11, 23));
    model.setWeeks({});
    EXPECT_EQ(model.rowCount(), 0);
}
