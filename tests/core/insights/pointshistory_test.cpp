#include "core/insights/pointshistorymodel.h"

#include "tests/support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QtGlobal>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

int g_modelWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countModelWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && context.category && qstrcmp(context.category, "qt.modeltest") == 0)
        ++g_modelWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// qt.modeltest warnings become failures while a test runs.
class PointsHistory : public ::testing::Test
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

QJsonObject event(qint64 id, int delta, const QString &reason, const QJsonValue &after, const QString &before,
                  const QString &standing, const QString &at)
{
    return {{u"id"_s, QString::number(id)},  {u"delta"_s, delta},
            {u"reason"_s, reason},           {u"ref"_s, u"x"_s},
            {u"points_after"_s, after},      {u"standing_before"_s, before},
            {u"standing_after"_s, standing}, {u"created_at"_s, at}};
}

} // namespace

TEST_F(PointsHistory, EventsAreOrderedByIdAndShownNewestFirstWithStandingChanges)
{
    const QList<PointsEvent> events = pointsEvents(
            {event(12, -20, u"lost_conflict"_s, 80, u"butterfly"_s, u"butterfly"_s, u"2026-11-03T10:00:00.000Z"_s),
             event(3, 10, u"feedback_verdict"_s, 100, u"caterpillar"_s, u"butterfly"_s, u"2026-11-01T10:00:00.000Z"_s),
             QJsonObject{{u"delta"_s, 4}}});
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).id, 3);
    EXPECT_TRUE(events.at(0).standingChanged());
    EXPECT_FALSE(events.at(1).standingChanged());
    EXPECT_EQ(events.at(1).at, QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));

    PointsHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEvents(events);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), PointsHistoryModel::ColumnCount);
    // Newest first.
    EXPECT_EQ(model.index(0, PointsHistoryModel::DeltaColumn).data(PointsHistoryModel::DeltaRole).toInt(), -20);
    EXPECT_EQ(model.index(0, PointsHistoryModel::DeltaColumn).data().toString(), u"-20"_s);
    EXPECT_EQ(model.index(1, PointsHistoryModel::DeltaColumn).data().toString(), u"+10"_s);
    EXPECT_EQ(model.index(0, PointsHistoryModel::PointsAfterColumn).data().toString(), u"80"_s);
    EXPECT_TRUE(model.index(1, 0).data(PointsHistoryModel::StandingChangedRole).toBool());
    EXPECT_TRUE(model.index(1, PointsHistoryModel::CauseColumn).data().toString().contains(u"Butterfly"_s));
    EXPECT_TRUE(model.index(0, PointsHistoryModel::CauseColumn).data().toString().contains(u"conflict"_s));
    EXPECT_FALSE(model.index(0, PointsHistoryModel::CauseColumn).data().toString().contains(u"Butterfly"_s));

    model.setEvents({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(PointsHistory, StepsFollowRecordedOutcomesAndRebuildMissingOnesFromTheCurrentPoints)
{
    // Two events from before the outcome was recorded, then one with it, then one without again.
    const QList<PointsEvent> events = pointsEvents(
            {event(1, 10, u"feedback_verdict"_s, QJsonValue::Null, {}, {}, u"2026-11-01T10:00:00.000Z"_s),
             event(2, 25, u"rating"_s, QJsonValue::Null, {}, {}, u"2026-11-02T10:00:00.000Z"_s),
             event(3, -20, u"lost_conflict"_s, 60, u"caterpillar"_s, u"caterpillar"_s, u"2026-11-03T10:00:00.000Z"_s),
             event(4, 10, u"feedback_verdict"_s, QJsonValue::Null, {}, {}, u"2026-11-04T10:00:00.000Z"_s)});
    const QList<PointsStep> steps = pointsSteps(events, 70);
    ASSERT_EQ(steps.size(), 4);
    EXPECT_EQ(steps.at(3).points, 70);
    EXPECT_EQ(steps.at(2).points, 60);
    EXPECT_EQ(steps.at(1).points, 80);
    EXPECT_EQ(steps.at(0).points, 55);
    EXPECT_FALSE(events.at(0).standingChanged());
    EXPECT_TRUE(pointsSteps({}, 40).isEmpty());
}
