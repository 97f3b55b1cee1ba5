// The per-worker counters behind every tier record (WorkerCounters) against the answer, feedback and team
// tables themselves, after each kind of change that moves them, and lost team deliveries in the window.
#include "core/domain/ids.h"
#include "core/market/accountrepository.h"
#include "core/market/feedbackrepository.h"
#include "core/market/marketengine.h"
#include "core/market/tierprogressqueries.h"
#include "core/market/workercounters.h"
#include "core/market/workrepository.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/core/market/marketteamconflicttest.h"
#include "tests/core/market/markettesting.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

constexpr int kWindow = 6;

// Silver at 3 approved with at most 1 lost in the latest 4; gold at 5 approved, 1 feedback task, none
// lost in the latest 6; one-seat panels.
void smallTierPolicy(Policy &policy)
{
    policy.tiers.silver = {3, 0, 1, 4};
    policy.tiers.gold = {5, 1, 0, kWindow};
    policy.panel.seats = 1;
}

qint64 count(Database &db, const QString &sql, const QString &workerId)
{
    auto value = scalar(db, sql, {{u":worker"_s, workerId}});
    EXPECT_TRUE(value.ok());
    return value.valueOr(0);
}

// What the counters must hold, counted over the tables by statements of the test's own.
WorkerCounts countedFromTables(Database &db, const QString &workerId)
{
    WorkerCounts counts;
    counts.answers = count(db, u"SELECT COUNT(*) FROM answer WHERE worker_id = :worker"_s, workerId);
    counts.approvedAnswers = count(db,
                                   u"SELECT COUNT(*) FROM answer WHERE worker_id = :worker AND (status = 'approved' "
                                   "OR (status = 'settled' AND lost_conflict = 0))"_s,
                                   workerId);
    counts.lostAnswers =
            count(db, u"SELECT COUNT(*) FROM answer WHERE worker_id = :worker AND lost_conflict = 1"_s, workerId);
    counts.teamLosses = count(db,
                              u"SELECT COUNT(*) FROM team_member m JOIN team_conflict c ON c.team_task_id = "
                              "m.team_task_id WHERE m.account_id = :worker AND c.members_lost = 1"_s,
                              workerId);
    counts.feedbackDone = count(db,
                                u"SELECT COUNT(*) FROM feedback WHERE worker_id = :worker AND state IN "
                                "('submitted', 'resolved')"_s,
                                workerId);
    return counts;
}

// Every answer and lost team delivery of the worker, newest first, as lost flags: the whole sequence.
QList<bool> lostSequence(Database &db, const QString &workerId)
{
    SqlQuery query(db);
    EXPECT_TRUE(query.prepare(u"SELECT lost FROM (SELECT submitted_at AS at, id, lost_conflict AS lost FROM answer "
                              "WHERE worker_id = :worker UNION ALL SELECT t.delivered_at, c.id, 1 FROM team_conflict "
                              "c JOIN team_member m ON m.team_task_id = c.team_task_id JOIN team_task t ON t.id = "
                              "c.team_task_id WHERE m.account_id = :worker AND c.members_lost = 1) e ORDER BY at "
                              "DESC, id DESC"_s)
                        .ok());
    query.bind(u":worker"_s, workerId);
    EXPECT_TRUE(query.exec().ok());
    QList<bool> flags;
    while (query.next())
        flags.append(query.int64(0) != 0);
    return flags;
}

QStringList workerIds(Database &db)
{
    SqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT id FROM account WHERE roles LIKE '%\"worker\"%' ORDER BY id"_s).ok());
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

QString describe(const QList<bool> &flags)
{
    QString text;
    for (bool lost : flags)
        text += lost ? u'L' : u'.';
    return text;
}

// The counters, the grouped records and the engine's record of every worker agree with the tables.
void expectRecordsMatchTables(Database &db, const Policy &policy, const QDateTime &now, const QString &step)
{
    SCOPED_TRACE(step.toStdString());
    const int window = TierProgressQueries::recordWindow(policy);
    auto grouped = TierProgressQueries(db).workerRecords(policy, now);
    ASSERT_TRUE(grouped.ok()) << grouped.error().describe().toStdString();
    ChangeLog changes(db);
    MarketEngine engine(db, policy, now, changes);
    for (const QString &id : workerIds(db)) {
        SCOPED_TRACE(id.toStdString());
        const WorkerCounts expected = countedFromTables(db, id);
        auto counts = WorkerCounters(db).counts(id);
        ASSERT_TRUE(counts.ok());
        EXPECT_EQ(counts->answers, expected.answers);
        EXPECT_EQ(counts->approvedAnswers, expected.approvedAnswers);
        EXPECT_EQ(counts->lostAnswers, expected.lostAnswers);
        EXPECT_EQ(counts->teamLosses, expected.teamLosses);
        EXPECT_EQ(counts->feedbackDone, expected.feedbackDone);

        const QList<bool> flags = lostSequence(db, id).mid(0, window);
        auto account = AccountRepository(db).find(id);
        ASSERT_TRUE(account.ok() && account->has_value());
        auto single = engine.workerRecord(**account);
        ASSERT_TRUE(single.ok());
        const WorkerRecord all = grouped->value(id);
        EXPECT_EQ(single->approvedAnswers, expected.approvedAnswers);
        EXPECT_EQ(single->feedbackTasksDone, expected.feedbackDone);
        EXPECT_EQ(describe(single->recentLostFlags), describe(flags));
        EXPECT_EQ(all.tier, single->tier);
        EXPECT_EQ(all.approvedAnswers, single->approvedAnswers);
        EXPECT_EQ(all.feedbackTasksDone, single->feedbackTasksDone);
        EXPECT_EQ(describe(all.recentLostFlags), describe(single->recentLostFlags));
        EXPECT_EQ(all.goldAnswered, single->goldAnswered);
        EXPECT_EQ(all.goldCorrect, single->goldCorrect);
        EXPECT_EQ(all.goldBelow, single->goldBelow);
        EXPECT_EQ(tierProgress(all, policy).keepRule, tierProgress(*single, policy).keepRule);
        EXPECT_EQ(tierProgress(all, policy).nextRules, tierProgress(*single, policy).nextRules);
    }
}

// Every row of worker_progress, for comparing the counters kept with the ones the backfill makes.
QStringList progressRows(Database &db)
{
    SqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT worker_id, answers, approved_answers, lost_answers, team_losses, feedback_done "
                           "FROM worker_progress WHERE answers + team_losses + feedback_done > 0 ORDER BY worker_id"_s)
                        .ok());
    QStringList rows;
    while (query.next()) {
        QStringList row{query.text(0)};
        for (int i = 1; i < 6; ++i)
            row << QString::number(query.int64(i));
        rows << row.join(u',');
    }
    return rows;
}

void expectBackfillEqualsKeptCounters(Database &db)
{
    const QStringList kept = progressRows(db);
    auto txn = Transaction::begin(db);
    ASSERT_TRUE(txn.ok());
    for (const QString &sql : WorkerCounters::recountStatements())
        ASSERT_TRUE(db.execute(sql).ok()) << sql.toStdString();
    EXPECT_EQ(progressRows(db), kept);
    txn->rollback();
}

} // namespace

TEST_P(MarketTest, WorkerCountersFollowEveryChangeToTheTierRecord)
{
    smallTierPolicy(policy());
    const auto workSpaced = [this](const Account &worker, const QString &taskId, int count) {
        QStringList answers;
        for (int i = 0; i < count; ++i) {
            advance(1);
            answers << work(worker, taskId, 1);
        }
        return answers;
    };
    const Account ada = requester(u"ada"_s);
    const Account arbiter = worker(u"arbiter"_s, Tier::Gold);
    const Account kim = worker(u"kim"_s, Tier::Silver);
    const Account lee = worker(u"lee"_s);
    const QString taskId = postTask(ada, 40);
    const auto check = [&](const QString &step) { expectRecordsMatchTables(db(), policy(), clock().now(), step); };
    check(u"no answers"_s);

    const QStringList kims = workSpaced(kim, taskId, 8);
    const QStringList lees = workSpaced(lee, taskId, 3);
    check(u"answers submitted"_s);
    approve(ada, kims.at(0));
    approve(ada, kims.at(1));
    check(u"approved by review"_s);
    const QString won = reject(ada, kims.at(2));
    const QString lostOld = reject(ada, kims.at(3));
    const QString lostNew = reject(ada, kims.at(6));
    check(u"rejected into conflicts"_s);
    vote(arbiter, won, u"requester"_s);
    check(u"a conflict won"_s);
    vote(arbiter, lostOld, u"worker"_s);
    vote(arbiter, lostNew, u"worker"_s);
    check(u"two conflicts lost"_s);
    // Newest first: k7 k6(lost) k5 k4 k3(lost) k2(won) k1 k0; the gold window of 6 holds both losses.
    auto kimRecord = TierProgressQueries(db()).workerRecords(kWindow);
    ASSERT_TRUE(kimRecord.ok());
    EXPECT_EQ(describe(kimRecord->value(kim.id).recentLostFlags), u".L..L."_s);
    EXPECT_EQ(kimRecord->value(kim.id).approvedAnswers, 3);

    advance(policy().review.autoApproveSeconds + 1);
    check(u"the rest auto-approved"_s);
    EXPECT_EQ(countedFromTables(db(), lee.id).approvedAnswers, 3);

    const Account cat = requester(u"cat"_s, Standing::Caterpillar);
    postTask(cat, 2);
    const QString feedbackId = onlyFeedbackId();
    const QJsonArray samples = render(kim, Entity::Feedback, feedbackId)->value(u"sample_items"_s).toArray();
    QJsonArray sampleAnswers;
    for (const QJsonValue &item : samples) {
        sampleAnswers.append(QJsonObject{
                {u"item_id"_s, item.toObject().value(u"id"_s)}, {u"fields"_s, goodFields()}, {u"seconds_spent"_s, 30}});
    }
    applyOk(kim.id, u"feedback.submit@1"_s,
            {{u"feedback_id"_s, feedbackId},
             {u"sample_answers"_s, sampleAnswers},
             {u"markup_revision"_s, sentimentRevision()},
             {u"comments"_s, QJsonArray()},
             {u"verdict"_s, u"approve"_s}});
    check(u"feedback submitted"_s);
    applyOk(cat.id, u"feedback.resolve@1"_s, {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray()}});
    check(u"feedback resolved"_s);
    EXPECT_EQ(countedFromTables(db(), kim.id).feedbackDone, 1);

    // Silver's window of 4 holds only the newer loss, within kim's limit of 1: kim stays silver.
    EXPECT_EQ(accountJson(kim).value(u"tier"_s).toString(), u"silver"_s);
    expectBackfillEqualsKeptCounters(db());
}

TEST_P(MarketTest, ATierRecordWithoutLossesReadsNoWindowYetCountsEveryAnswerUpToIt)
{
    smallTierPolicy(policy());
    const Account ada = requester(u"ada"_s);
    const Account max = worker(u"max"_s);
    const QString taskId = postTask(ada, 10);
    work(max, taskId, kWindow - 1);
    auto below = TierProgressQueries(db()).workerRecords(kWindow);
    ASSERT_TRUE(below.ok());
    EXPECT_EQ(below->value(max.id).recentLostFlags, QList<bool>(kWindow - 1, false));
    work(max, taskId, 2);
    auto above = TierProgressQueries(db()).workerRecords(kWindow);
    ASSERT_TRUE(above.ok());
    EXPECT_EQ(above->value(max.id).recentLostFlags, QList<bool>(kWindow, false));
    auto single = WorkRepository(db()).recentLostFlags(max.id, kWindow);
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(*single, QList<bool>(kWindow, false));
}

TEST_P(MarketTeamConflictTest, ATeamDeliveryTheTeamLostCountsAsALostConflictForEveryMember)
{
    smallTierPolicy(policy());
    policy().panel.seats = 5;
    const Account ada = requester(u"ada"_s);
    const Account bo = requester(u"boris"_s);
    const QString taskId = postTask(bo, 20);
    RejectedTeam team = deliveredTeam(ada);
    // tester1 answers twice before the rejection and three times after the delivery.
    advance(1);
    work(team.tester1, taskId, 2);
    const QJsonObject done = applyOk(ada.id, u"team.review@1"_s, rejection(team.id));
    team.conflictId = done.value(u"conflict_id"_s).toString();
    for (int i = 0; i < 3; ++i) {
        advance(1);
        work(team.tester1, taskId, 1);
    }
    const auto check = [&](const QString &step) { expectRecordsMatchTables(db(), policy(), clock().now(), step); };
    check(u"team in conflict"_s);
    const QList<Account> panel = arbiters(5);
    for (int i = 0; i < 4; ++i)
        vote(panel.at(i), team.conflictId, u"worker"_s);
    check(u"four votes cast"_s);
    vote(panel.at(4), team.conflictId, u"requester"_s);
    check(u"the team lost"_s);

    auto records = TierProgressQueries(db()).workerRecords(kWindow);
    ASSERT_TRUE(records.ok());
    // The loss sits where the delivery was made: before tester1's answers, after the others' nothing.
    EXPECT_EQ(describe(records->value(team.tester1.id).recentLostFlags), u".....L"_s);
    EXPECT_EQ(describe(records->value(team.tester2.id).recentLostFlags), u"L"_s);
    EXPECT_EQ(describe(records->value(team.designer.id).recentLostFlags), u"L"_s);
    auto tester1 = WorkerCounters(db()).counts(team.tester1.id);
    ASSERT_TRUE(tester1.ok());
    EXPECT_EQ(tester1->teamLosses, 1);
    EXPECT_EQ(tester1->answers, 5);

    // The gold designer's limit is no loss in the window: demoted to silver by the team's loss.
    EXPECT_EQ(accountJson(team.designer).value(u"tier"_s).toString(), u"silver"_s);
    const auto progress = render(team.tester2, Entity::TierProgress, team.tester2.id);
    ASSERT_TRUE(progress.has_value());
    for (const QJsonValue &rule : progress->value(u"next_rules"_s).toArray()) {
        if (rule.toObject().value(u"requirement"_s).toString() == u"lost_conflicts") {
            EXPECT_EQ(rule.toObject().value(u"current"_s).toInt(), 1);
        }
    }
    expectBackfillEqualsKeptCounters(db());
}

TEST_P(MarketTeamConflictTest, ATeamDeliveryTheTeamWonLeavesTheMembersWindowsAlone)
{
    smallTierPolicy(policy());
    policy().panel.seats = 5;
    const Account ada = requester(u"ada"_s);
    const RejectedTeam team = rejectedTeam(ada);
    const QList<Account> panel = arbiters(5);
    for (int i = 0; i < 5; ++i)
        vote(panel.at(i), team.conflictId, i < 2 ? u"worker"_s : u"requester"_s);
    expectRecordsMatchTables(db(), policy(), clock().now(), u"the team won"_s);
    auto records = TierProgressQueries(db()).workerRecords(kWindow);
    ASSERT_TRUE(records.ok());
    EXPECT_TRUE(records->value(team.tester1.id).recentLostFlags.isEmpty());
    EXPECT_EQ(accountJson(team.designer).value(u"tier"_s).toString(), u"gold"_s);
}

} // namespace Chrysalis::Testing
