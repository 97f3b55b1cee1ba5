#include "core/insights/workerboardmodel.h"

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
class WorkerBoard : public ::testing::Test
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

QJsonObject entry(const QString &tier, const QString &board, int position, int rank, const QString &pseudonym,
                  int approved, int votes, int agreed)
{
    return {{u"tier"_s, tier},
            {u"board"_s, board},
            {u"position"_s, position},
            {u"rank"_s, rank},
            {u"worker_pseudonym"_s, pseudonym},
            {u"approved_answers"_s, approved},
            {u"panel_votes"_s, votes},
            {u"agreed_votes"_s, agreed}};
}

} // namespace

TEST_F(WorkerBoard, RowsOfOneBoardInPositionOrderWithTheViewerMarked)
{
    const QList<QJsonObject> entries{entry(u"gold"_s, u"approved_answers"_s, 2, 2, u"worker-b"_s, 40, 9, 8),
                                     entry(u"gold"_s, u"approved_answers"_s, 1, 1, u"worker-a"_s, 50, 0, 0),
                                     entry(u"gold"_s, u"arbitration_agreement"_s, 1, 1, u"worker-b"_s, 40, 9, 8),
                                     entry(u"silver"_s, u"approved_answers"_s, 1, 1, u"worker-c"_s, 70, 0, 0),
                                     QJsonObject{{u"tier"_s, u"gold"_s}, {u"board"_s, u"approved_answers"_s}}};
    const QList<WorkerBoardEntry> gold = workerBoardRows(entries, u"gold"_s, u"approved_answers"_s);
    ASSERT_EQ(gold.size(), 2);
    EXPECT_EQ(gold.at(0).pseudonym, u"worker-a"_s);
    EXPECT_EQ(gold.at(1).pseudonym, u"worker-b"_s);
    EXPECT_EQ(workerBoardRows(entries, u"silver"_s, u"approved_answers"_s).size(), 1);
    EXPECT_TRUE(workerBoardRows(entries, u"bronze"_s, u"approved_answers"_s).isEmpty());

    WorkerBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setRows(gold);
    model.setOwnPseudonym(u"worker-b"_s);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, WorkerBoardModel::PseudonymColumn).data().toString(), u"worker-a"_s);
    EXPECT_EQ(model.index(0, WorkerBoardModel::ApprovedColumn).data(WorkerBoardModel::SortValueRole).toInt(), 50);
    EXPECT_FALSE(model.index(0, 0).data(WorkerBoardModel::OwnRowRole).toBool());
    EXPECT_TRUE(model.index(1, 0).data(WorkerBoardModel::OwnRowRole).toBool());
    // 8 of 9 votes: 88.88 % shown rounded, the share kept exact to the basis point.
    EXPECT_EQ(model.index(1, WorkerBoardModel::AgreementColumn).data(WorkerBoardModel::SortValueRole).toLongLong(),
              8888);
    EXPECT_TRUE(model.index(1, WorkerBoardModel::AgreementColumn).data().toString().contains(u"8 of 9"_s));
    EXPECT_FALSE(model.index(0, WorkerBoardModel::AgreementColumn).data(WorkerBoardModel::SortValueRole).isValid());
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}
