// The qualification gate as a worker meets it: the queue says which paid test to pass and opens it,
// the training item's answer comes back after sync, and passing the test opens the gated task.
#include "core/sync/taskqueuemodel.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/queue/queuepage.h"
#include "ui/work/fieldeditor.h"
#include "ui/work/workpage.h"
#include "ui/work/workview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kGatedTask = u"Sentiment of hotel reviews"_s;
const QString kQualificationTask = u"Qualification: hotel review sentiment"_s;

std::optional<TaskQueueRow> queueRow(TaskQueueModel &model, const QString &taskId)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.row(row)->id == taskId)
            return model.row(row);
    }
    return std::nullopt;
}

QPushButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (auto *button : parent.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// The demo's expected sentiment of each qualification item, by its text.
QString expectedSentiment(const QString &text)
{
    if (text.startsWith(u"Spotless"_s) || text.startsWith(u"Breakfast"_s))
        return u"positive"_s;
    return u"negative"_s;
}

} // namespace

TEST(QualificationGateTest, TheQueueNamesTheTestAndTrainingFeedbackArrivesOnSync)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto bob = market.signIn(u"bob"_s);
    ASSERT_TRUE(bob.engine);
    const QString gated = bob.taskId(kGatedTask);
    const QString qualification = bob.taskId(kQualificationTask);
    ASSERT_FALSE(gated.isEmpty());
    ASSERT_FALSE(qualification.isEmpty());

    TaskQueueModel model(*bob.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto row = queueRow(model, gated);
    ASSERT_TRUE(row);
    ASSERT_TRUE(row->gateReasons.contains(u"qualification"_s));
    const QString expectedText =
            u"Pass the paid qualification “Qualification: hotel review sentiment” first (pass mark 67 %)."_s;
    EXPECT_EQ(model.gateReasonText(*row, u"qualification"_s), expectedText);
    // Other reasons, and a task without a qualification, keep the plain words.
    EXPECT_EQ(model.gateReasonText(*row, u"tier"_s), TaskQueueModel::gateReasonText(u"tier"_s));
    EXPECT_FALSE(model.qualificationGate(qualification).has_value());
    int gatedRow = -1;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.row(i)->id == gated)
            gatedRow = i;
    }
    ASSERT_GE(gatedRow, 0);
    EXPECT_TRUE(model.index(gatedRow, 0).data(Qt::ToolTipRole).toString().contains(expectedText));
    EXPECT_EQ(model.index(gatedRow, 0).data(TaskQueueModel::QualificationTaskIdRole).toString(), qualification);

    // The queue explains it beside the task and opens the qualification task.
    QueuePage queue(*bob.store, *bob.engine);
    queue.resize(1100, 720);
    queue.show();
    ASSERT_TRUE(queue.selectTask(gated));
    QPushButton *open = buttonNamed(queue, u"Open the &qualification task"_s);
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->isVisible());
    Testing::saveShot(queue, u"queue-qualification"_s);
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(queue.queueView()->currentIndex().data(TaskQueueModel::TaskIdRole).toString(), qualification);
    EXPECT_FALSE(open->isVisible()) << "the qualification task itself is not gated";
    ASSERT_TRUE(bob.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, qualification}, {u"count"_s, 4}}).ok());
    ASSERT_TRUE(bob.sync().ok());

    // Answer the four test items offline: the training item wrong on purpose, the others right.
    WorkPage work(*bob.store, *bob.engine);
    work.resize(1100, 720);
    work.show();
    QApplication::setActiveWindow(&work);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&work));
    ASSERT_EQ(work.leaseIds().size(), 4);
    for (int answered = 0; answered < 4; ++answered) {
        const QString text = work.workView()->workItem().itemData.value(u"text"_s).toString();
        QString sentiment = expectedSentiment(text);
        if (text.startsWith(u"Spotless"_s))
            sentiment = u"negative"_s;
        work.workView()->editor(u"sentiment"_s)->focusEditor();
        QTest::keyClick(QApplication::focusWidget(), sentiment == u"positive"_s ? Qt::Key_1 : Qt::Key_2);
        ASSERT_EQ(work.workView()->fields().value(u"sentiment"_s).toString(), sentiment) << text.toStdString();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    }
    EXPECT_TRUE(work.leaseIds().isEmpty());
    EXPECT_TRUE(work.trainingFeedbackText().isEmpty()) << "nothing is known before the answers are applied";

    ASSERT_TRUE(bob.sync().ok());
    const QString feedback = work.trainingFeedbackText();
    EXPECT_TRUE(feedback.contains(u"your answer differs from the expected one"_s)) << feedback.toStdString();
    EXPECT_TRUE(feedback.contains(u"Sentiment of the hotel review — expected: Positive; yours: Negative"_s))
            << feedback.toStdString();
    Testing::saveShot(work, u"work-training-feedback"_s);

    // Every test item right: the gated task no longer asks for the qualification.
    model.reload();
    row = queueRow(model, gated);
    ASSERT_TRUE(row);
    EXPECT_FALSE(row->gateReasons.contains(u"qualification"_s)) << row->gateReasons.join(u',').toStdString();
    ASSERT_TRUE(queue.selectTask(gated));
    EXPECT_FALSE(open->isVisible());
}

} // namespace Chrysalis
