// Every worker's tier record read by TierProgressQueries' grouped statements against the record the engine
// assembles for one worker, on a small marketplace built through the mutations.
#include "core/domain/ids.h"
#include "core/market/accountrepository.h"
#include "core/market/marketengine.h"
#include "core/market/tierprogressqueries.h"
#include "tests/core/market/markettesting.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// Small thresholds so a few answers reach them: silver at 3 approved with at most 1 lost conflict in the
// latest 4 answers; gold at 5 approved and 1 feedback task with none lost in the latest 6.
void smallTierPolicy(Policy &policy)
{
    policy.tiers.silver = {3, 0, 1, 4};
    policy.tiers.gold = {5, 1, 0, 6};
    policy.panel.seats = 1;
}

// The record MarketEngine assembles for this worker alone.
WorkerRecord engineRecord(Database &db, const Policy &policy, const QDateTime &now, const QString &workerId)
{
    ChangeLog changes(db);
    MarketEngine engine(db, policy, now, changes);
    auto found = AccountRepository(db).find(workerId);
    EXPECT_TRUE(found.ok() && found->has_value());
    if (!found || !found->has_value())
        return {};
    auto record = engine.workerRecord(**found);
    EXPECT_TRUE(record.ok());
    return record.valueOr(WorkerRecord());
}

void expectSameRecord(const WorkerRecord &grouped, const WorkerRecord &single, const QString &who)
{
    SCOPED_TRACE(who.toStdString());
    EXPECT_EQ(grouped.tier, single.tier);
    EXPECT_EQ(grouped.approvedAnswers, single.approvedAnswers);
    EXPECT_EQ(grouped.feedbackTasksDone, single.feedbackTasksDone);
    EXPECT_EQ(grouped.recentLostFlags, single.recentLostFlags);
    EXPECT_EQ(grouped.goldAnswered, single.goldAnswered);
    EXPECT_EQ(grouped.goldCorrect, single.goldCorrect);
    EXPECT_EQ(grouped.goldBelow, single.goldBelow);
}

void expectSameProgress(const TierProgress &grouped, const TierProgress &single, const QString &who)
{
    SCOPED_TRACE(who.toStdString());
    EXPECT_EQ(grouped.current, single.current);
    EXPECT_EQ(grouped.next, single.next);
    EXPECT_EQ(grouped.nextRules, single.nextRules);
    EXPECT_EQ(grouped.eligibleForNext, single.eligibleForNext);
    EXPECT_EQ(grouped.keepRule, single.keepRule);
}

} // namespace

TEST_P(MarketTest, GroupedRecordsEqualEachWorkersOwnRecordAtTheThresholds)
{
    smallTierPolicy(policy());
    // One answer each, a second apart, so their order newest first is the order they were given in.
    const auto workSpaced = [this](const Account &worker, const QString &taskId, int count) {
        QStringList answers;
        for (int i = 0; i < count; ++i) {
            advance(1);
            answers << work(worker, taskId, 1);
        }
        return answers;
    };
    const auto loseConflict = [this](const Account &owner, const Account &arbiter, const QString &answerId) {
        vote(arbiter, reject(owner, answerId), u"worker"_s);
    };
    const Account ada = requester(u"ada"_s);
    const Account arbiter = worker(u"arbiter"_s, Tier::Gold);
    const Account idle = worker(u"idle"_s);
    const Account below = worker(u"below"_s);
    const Account exact = worker(u"exact"_s);
    const Account pending = worker(u"pending"_s);
    const Account winner = worker(u"winner"_s);
    const Account keeper = worker(u"keeper"_s, Tier::Silver);
    const Account goldReady = worker(u"goldready"_s, Tier::Silver);
    const Account cat = requester(u"cat"_s, Standing::Caterpillar);
    const QString taskId = postTask(ada, 60);

    for (const QString &answer : workSpaced(below, taskId, 2))
        approve(ada, answer);
    for (const QString &answer : workSpaced(exact, taskId, 3))
        approve(ada, answer);
    const QStringList waiting = workSpaced(pending, taskId, 4);
    approve(ada, waiting.at(0));
    approve(ada, waiting.at(1));
    // A conflict the worker wins settles the answer as approved.
    const QStringList won = workSpaced(winner, taskId, 3);
    approve(ada, won.at(0));
    approve(ada, won.at(1));
    vote(arbiter, reject(ada, won.at(2)), u"requester"_s);

    // Six answers, newest first a6 … a1: a2 lost sits at place 4, just outside the silver window of 4 and
    // inside the gold window of 6; a3 lost at place 3, the last place inside the silver window.
    const QStringList kept = workSpaced(keeper, taskId, 6);
    for (int i : {0, 3, 4, 5})
        approve(ada, kept.at(i));
    loseConflict(ada, arbiter, kept.at(1));
    loseConflict(ada, arbiter, kept.at(2));

    // Five approved answers and one feedback task done: exactly at gold.
    for (const QString &answer : workSpaced(goldReady, taskId, 5))
        approve(ada, answer);
    const QString feedbackTask = newId();
    applyOk(cat.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, feedbackTask}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}});
    QJsonArray items;
    for (int i = 0; i < 3; ++i)
        items.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    applyOk(cat.id, u"task.items_add@1"_s, {{u"task_id"_s, feedbackTask}, {u"items"_s, items}});
    const QString feedbackId =
            applyOk(cat.id, u"task.publish@1"_s, {{u"task_id"_s, feedbackTask}}).value(u"feedback_id"_s).toString();
    const auto offered = render(goldReady, Entity::Feedback, feedbackId);
    ASSERT_TRUE(offered.has_value());
    QJsonArray samples;
    for (const QJsonValue &item : offered->value(u"sample_items"_s).toArray()) {
        samples.append(QJsonObject{
                {u"item_id"_s, item.toObject().value(u"id"_s)}, {u"fields"_s, goodFields()}, {u"seconds_spent"_s, 30}});
    }
    applyOk(goldReady.id, u"feedback.submit@1"_s,
            {{u"feedback_id"_s, feedbackId},
             {u"sample_answers"_s, samples},
             {u"markup_revision"_s, sentimentRevision()},
             {u"comments"_s, QJsonArray()},
             {u"verdict"_s, u"approve"_s}});

    auto records = TierProgressQueries(db()).workerRecords(policy(), clock().now());
    ASSERT_TRUE(records.ok()) << records.error().describe().toStdString();
    const QHash<QString, WorkerRecord> grouped = *records;
    const QList<Account> workers{arbiter, idle, below, exact, pending, winner, keeper, goldReady};
    EXPECT_EQ(grouped.size(), workers.size()); // requesters hold no record
    QHash<QString, TierProgress> progress;
    if (auto all = TierProgressQueries(db()).allProgress(policy(), clock().now()); all.ok())
        progress = *all;
    else
        ADD_FAILURE() << all.error().describe().toStdString();
    for (const Account &account : workers) {
        ASSERT_TRUE(grouped.contains(account.id)) << account.username.toStdString();
        const WorkerRecord single = engineRecord(db(), policy(), clock().now(), account.id);
        expectSameRecord(grouped.value(account.id), single, account.username);
        expectSameProgress(progress.value(account.id), tierProgress(single, policy()), account.username);
    }

    // The thresholds themselves, as the grouped read sees them.
    EXPECT_EQ(grouped.value(idle.id).recentLostFlags.size(), 0);
    EXPECT_FALSE(progress.value(below.id).eligibleForNext); // 2 approved, one below silver
    EXPECT_TRUE(progress.value(exact.id).eligibleForNext); // 3 approved, exactly silver
    EXPECT_EQ(grouped.value(pending.id).approvedAnswers, 2);
    EXPECT_EQ(grouped.value(pending.id).recentLostFlags, QList<bool>(4, false));
    EXPECT_FALSE(progress.value(pending.id).eligibleForNext);
    EXPECT_EQ(grouped.value(winner.id).approvedAnswers, 3);
    EXPECT_TRUE(progress.value(winner.id).eligibleForNext);

    const WorkerRecord keeperRecord = grouped.value(keeper.id);
    EXPECT_EQ(keeperRecord.tier, Tier::Silver); // one lost in the silver window: kept
    EXPECT_EQ(keeperRecord.approvedAnswers, 4);
    EXPECT_EQ(keeperRecord.recentLostFlags, (QList<bool>{false, false, false, true, true, false}));
    ASSERT_TRUE(progress.value(keeper.id).keepRule.has_value());
    EXPECT_EQ(progress.value(keeper.id).keepRule->current, 1);
    EXPECT_TRUE(progress.value(keeper.id).keepRule->met);
    EXPECT_FALSE(progress.value(keeper.id).eligibleForNext); // two lost in the gold window

    EXPECT_EQ(grouped.value(goldReady.id).feedbackTasksDone, 1);
    EXPECT_TRUE(progress.value(goldReady.id).eligibleForNext); // exactly at gold
    EXPECT_FALSE(progress.value(arbiter.id).next.has_value());
}

TEST_P(MarketTest, AWindowLongerThanAnyWorkersAnswersHoldsEveryAnswerOnce)
{
    smallTierPolicy(policy());
    // One answer each, a second apart, so their order newest first is the order they were given in.
    const auto workSpaced = [this](const Account &worker, const QString &taskId, int count) {
        QStringList answers;
        for (int i = 0; i < count; ++i) {
            advance(1);
            answers << work(worker, taskId, 1);
        }
        return answers;
    };
    const auto loseConflict = [this](const Account &owner, const Account &arbiter, const QString &answerId) {
        vote(arbiter, reject(owner, answerId), u"worker"_s);
    };
    const Account ada = requester(u"ada"_s);
    const Account arbiter = worker(u"arbiter"_s, Tier::Gold);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 10);
    const QStringList answers = workSpaced(bo, taskId, 7);
    loseConflict(ada, arbiter, answers.at(0)); // the oldest: place 6, the last place of the gold window

    auto wide = TierProgressQueries(db()).workerRecords(50);
    ASSERT_TRUE(wide.ok());
    QList<bool> expected(7, false);
    expected[6] = true;
    EXPECT_EQ(wide->value(bo.id).recentLostFlags, expected);

    // A window one shorter than the answers leaves the oldest, lost one out.
    auto narrow = TierProgressQueries(db()).workerRecords(6);
    ASSERT_TRUE(narrow.ok());
    EXPECT_EQ(narrow->value(bo.id).recentLostFlags, QList<bool>(6, false));
    auto single = WorkRepository(db()).recentLostFlags(bo.id, 6);
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(narrow->value(bo.id).recentLostFlags, *single);
}

} // namespace Chrysalis::Testing
