// A gold contest end to end against the demo marketplace: a worker's answer is scored wrong on a test
// item, the worker sees it in My work and contests it, the requester upholds, and the worker's
// figures change after sync.
#include "core/domain/ids.h"
#include "core/sync/myworkmodel.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/dashboard/fairworkpage.h"
#include "ui/editor/goldcontests.h"
#include "ui/mywork/contestdialog.h"
#include "ui/mywork/myworkpage.h"
#include "ui/profile/profilepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kClickbait = u"Spot clickbait headlines"_s;
const QString kWrongOnGold = u"You won't believe what this cat did next"_s;

QJsonObject tierProgress(Testing::DemoDesk &desk)
{
    auto row = desk.store->read(u"tier_progress"_s, desk.accountId);
    EXPECT_TRUE(row.ok() && row->has_value());
    return row && row->has_value() ? **row : QJsonObject();
}

QString ruleLine(const ProfilePage &profile, const QString &name)
{
    for (const QString &line : profile.ruleLines()) {
        if (line.startsWith(name))
            return line;
    }
    return {};
}

} // namespace

TEST(GoldContestTest, AWorkerContestsAWrongScoreTheRequesterUpholdsAndTheFiguresChange)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto bob = market.signIn(u"bob"_s);
    auto ada = market.signIn(u"ada"_s);
    ASSERT_TRUE(bob.engine && ada.engine);
    const QString task = bob.taskId(kClickbait);
    ASSERT_FALSE(task.isEmpty());

    // Bob takes every item and answers "no" to the cat headline, which the key calls clickbait.
    ASSERT_TRUE(bob.engine->enqueue(u"lease.claim@1"_s, {{u"task_id"_s, task}, {u"count"_s, 5}}).ok());
    ASSERT_TRUE(bob.sync().ok());
    QString wrongAnswer;
    int answered = 0;
    for (const StoredEntity &lease : bob.entities(u"lease"_s)) {
        if (lease.data.value(u"task_id"_s).toString() != task || lease.data.value(u"state"_s) != u"active"_s)
            continue;
        auto item = bob.store->read(u"item"_s, lease.data.value(u"item_id"_s).toString());
        ASSERT_TRUE(item.ok() && item->has_value());
        const QString text = (*item)->value(u"data"_s).toObject().value(u"text"_s).toString();
        const bool plain = text == kWrongOnGold || text.startsWith(u"Council"_s) || text.startsWith(u"Rail"_s);
        const QString answerId = newId();
        if (text == kWrongOnGold)
            wrongAnswer = answerId;
        ASSERT_TRUE(bob.engine
                            ->enqueue(u"answer.submit@1"_s,
                                      {{u"answer_id"_s, answerId},
                                       {u"lease_id"_s, lease.id},
                                       {u"seconds_spent"_s, 20},
                                       {u"fields"_s, QJsonObject{{u"clickbait"_s, plain ? u"no"_s : u"yes"_s}}}})
                            .ok());
        ++answered;
    }
    ASSERT_EQ(answered, 5);
    ASSERT_FALSE(wrongAnswer.isEmpty());
    ASSERT_TRUE(bob.sync().ok());

    // Nothing about gold reaches the worker before review.
    MyWorkPage mywork(*bob.store, *bob.engine);
    QAbstractItemModelTester tester(mywork.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    mywork.resize(1100, 600);
    mywork.show();
    ASSERT_GE(mywork.model()->rowOf(wrongAnswer), 0);
    EXPECT_FALSE(
            mywork.model()->index(mywork.model()->rowOf(wrongAnswer), 0).data(MyWorkModel::GoldWrongRole).toBool());
    EXPECT_FALSE(mywork.contestButton()->isVisible());

    // Ada approves all five.
    ASSERT_TRUE(ada.sync().ok());
    int reviewed = 0;
    for (const StoredEntity &answer : ada.entities(u"answer"_s)) {
        if (answer.data.value(u"task_id"_s).toString() != task)
            continue;
        ASSERT_TRUE(
                ada.engine->enqueue(u"answer.review@1"_s, {{u"answer_id"_s, answer.id}, {u"decision"_s, u"approve"_s}})
                        .ok());
        ++reviewed;
    }
    ASSERT_EQ(reviewed, 5);
    ASSERT_TRUE(ada.sync().ok());

    // Bob: one answer scored wrong on a test item, one right; the profile and dashboard show it.
    ASSERT_TRUE(bob.sync().ok());
    const int row = mywork.model()->rowOf(wrongAnswer);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(mywork.model()->index(row, 0).data(MyWorkModel::GoldWrongRole).toBool());
    EXPECT_EQ(mywork.model()->index(row, MyWorkModel::TestItem).data().toString(),
              MyWorkModel::testItemText(mywork.model()->answer(row)));
    EXPECT_EQ(mywork.model()->index(row, MyWorkModel::TestItem).data().toString(), u"Scored wrong on a test item"_s);
    int wrongRows = 0;
    for (int i = 0; i < mywork.model()->rowCount(); ++i)
        wrongRows += mywork.model()->index(i, 0).data(MyWorkModel::GoldWrongRole).toBool() ? 1 : 0;
    EXPECT_EQ(wrongRows, 1) << "the answer scored right carries no mark";
    EXPECT_EQ(tierProgress(bob).value(u"gold_answered"_s).toInt(), 2);
    EXPECT_EQ(tierProgress(bob).value(u"gold_correct"_s).toInt(), 1);

    ProfilePage profile(*bob.store, *bob.engine);
    profile.resize(900, 600);
    EXPECT_EQ(ruleLine(profile, u"Accuracy on test items"_s), u"Accuracy on test items: 50 % (pass mark 70 %) ✓"_s);
    EXPECT_TRUE(profile.goldNoteText().contains(u"1 of 2 right"_s)) << profile.goldNoteText().toStdString();
    EXPECT_TRUE(profile.goldNoteText().contains(u"Unproven"_s)) << profile.goldNoteText().toStdString();
    FairWorkPage fairwork(*bob.store, *bob.engine);
    EXPECT_EQ(fairwork.figures().gold.answered, 2);
    EXPECT_TRUE(fairwork.shownText().contains(u"1 of 2 right"_s)) << fairwork.shownText().toStdString();
    EXPECT_TRUE(fairwork.shownText().contains(u"8 more scored answer(s) needed"_s))
            << fairwork.shownText().toStdString();

    // Contest… asks for a reason before it sends.
    mywork.answers()->setCurrentIndex(mywork.model()->index(row, 0));
    ASSERT_TRUE(mywork.contestButton()->isVisible());
    ASSERT_TRUE(mywork.contestButton()->isEnabled());
    Testing::saveShot(mywork, u"mywork-gold-wrong"_s);
    bool sendWasDisabled = false;
    QObject::connect(&mywork, &MyWorkPage::contestDialogOpened, &mywork, [&](QDialog *opened) {
        auto *dialog = static_cast<ContestDialog *>(opened);
        QTimer::singleShot(0, dialog, [&, dialog] {
            sendWasDisabled = !dialog->sendButton()->isEnabled();
            Testing::saveShot(*dialog, u"contest-dialog-empty"_s);
            dialog->setReason(u"The headline withholds the point; it is clickbait, but so is my reading of it."_s);
            QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        });
    });
    QTest::mouseClick(mywork.contestButton(), Qt::LeftButton);
    EXPECT_TRUE(sendWasDisabled);
    EXPECT_EQ(mywork.model()->index(row, 0).data(MyWorkModel::ContestStateRole).toString(), u"waiting"_s);
    EXPECT_FALSE(mywork.contestButton()->isEnabled()) << "an answer is contested once";
    ASSERT_TRUE(bob.sync().ok());
    EXPECT_EQ(
            mywork.model()->index(mywork.model()->rowOf(wrongAnswer), 0).data(MyWorkModel::ContestStateRole).toString(),
            u"open"_s);

    // Ada upholds it from the task's Gold contests: the key now accepts "no" and Bob's answer is scored right.
    ASSERT_TRUE(ada.sync().ok());
    GoldContests contests(*ada.store, *ada.engine);
    contests.resize(1000, 420);
    contests.show();
    contests.setTask(task);
    ASSERT_EQ(contests.contestIds().size(), 1);
    EXPECT_EQ(contests.openCount(), 1);
    EXPECT_FALSE(contests.upholdButton()->isEnabled()) << "nothing selected yet";
    contests.list()->setCurrentItem(contests.list()->topLevelItem(0));
    EXPECT_EQ(contests.list()->topLevelItem(0)->text(1), u"no"_s) << "the requester sees the contested label";
    ASSERT_TRUE(contests.upholdButton()->isEnabled());
    contests.noteEdit()->setText(u"Fair: it reads as plain news too."_s);
    Testing::saveShot(contests, u"editor-gold-contests"_s);
    QTest::mouseClick(contests.upholdButton(), Qt::LeftButton);
    EXPECT_FALSE(contests.upholdButton()->isEnabled()) << "a contest is resolved once";
    EXPECT_EQ(contests.openCount(), 0);
    EXPECT_EQ(contests.resolve(contests.contestIds().first(), u"dismiss"_s, {}).error().code, ErrorCode::Validation);
    ASSERT_TRUE(ada.sync().ok());
    EXPECT_TRUE(contests.list()->topLevelItem(0)->text(0).startsWith(u"Upheld"_s));

    ASSERT_TRUE(bob.sync().ok());
    const int after = mywork.model()->rowOf(wrongAnswer);
    EXPECT_EQ(mywork.model()->index(after, 0).data(MyWorkModel::ContestStateRole).toString(), u"upheld"_s);
    EXPECT_FALSE(mywork.model()->index(after, 0).data(MyWorkModel::GoldWrongRole).toBool());
    EXPECT_EQ(mywork.model()->index(after, MyWorkModel::TestItem).data(Qt::ToolTipRole).toString(),
              u"The requester's note: Fair: it reads as plain news too."_s);
    EXPECT_EQ(tierProgress(bob).value(u"gold_correct"_s).toInt(), 2);
    profile.reload();
    EXPECT_EQ(ruleLine(profile, u"Accuracy on test items"_s), u"Accuracy on test items: 100 % (pass mark 70 %) ✓"_s);
    fairwork.reload();
    EXPECT_TRUE(fairwork.shownText().contains(u"2 of 2 right"_s)) << fairwork.shownText().toStdString();
    Testing::saveShot(mywork, u"mywork-contest-upheld"_s);
    profile.show();
    Testing::saveShot(profile, u"profile-gold"_s);
    fairwork.resize(1100, 900);
    fairwork.show();
    Testing::saveShot(fairwork, u"fairwork-gold"_s);
}

} // namespace Chrysalis
