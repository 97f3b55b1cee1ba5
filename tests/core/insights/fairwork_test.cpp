#include "core/insights/fairwork.h"

#include "tests/support/qtprinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

const QString kMe = u"me"_s;

QJsonObject answer(const QString &status, qint64 pay, qint64 seconds, const QString &submittedAt,
                   const QString &worker = kMe)
{
    return {{u"worker_id"_s, worker},
            {u"status"_s, status},
            {u"pay_cents"_s, pay},
            {u"seconds_spent"_s, seconds},
            {u"submitted_at"_s, submittedAt}};
}

QJsonObject closedConflict(const QString &id, int workerFault, int requesterFault, const QString &worker = kMe)
{
    return {{u"id"_s, id},
            {u"state"_s, u"closed"_s},
            {u"worker_id"_s, worker},
            {u"worker_fault_votes"_s, workerFault},
            {u"requester_fault_votes"_s, requesterFault}};
}

QJsonObject line(const QString &book, qint64 amount, const QString &kind)
{
    return {{u"account"_s, book}, {u"amount_cents"_s, amount}, {u"kind"_s, kind}};
}

} // namespace

TEST(FairWork, SundayLastSecondAndMondayMidnightFallInDifferentWeeks)
{
    const QDateTime sunday(QDate(2026, 11, 22), QTime(23, 59, 59), Qt::UTC);
    const QDateTime monday(QDate(2026, 11, 23), QTime(0, 0, 0), Qt::UTC);
    EXPECT_EQ(isoWeekStart(sunday), QDate(2026, 11, 16));
    EXPECT_EQ(isoWeekStart(monday), QDate(2026, 11, 23));
    EXPECT_EQ(isoWeekLabel(isoWeekStart(sunday)), u"2026-W47"_s);
    EXPECT_EQ(isoWeekLabel(isoWeekStart(monday)), u"2026-W48"_s);
    // ISO years: 2027-01-01 is a Friday, in 2026-W53.
    EXPECT_EQ(isoWeekLabel(isoWeekStart(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC))), u"2026-W53"_s);
    // The week is taken in UTC, not local time: 01:00 on Monday at UTC+2 is still Sunday in UTC.
    const QDateTime offset(QDate(2026, 11, 23), QTime(1, 0), Qt::OffsetFromUTC, 2 * 3600);
    EXPECT_EQ(isoWeekStart(offset), QDate(2026, 11, 16));
}

TEST(FairWork, EarningsPerWeekSplitsAtMondayAndCountsPaidAnswersOnly)
{
    const QList<QJsonObject> answers{
            answer(u"approved"_s, 30, 60, u"2026-11-22T23:59:59.000Z"_s),
            answer(u"settled"_s, 12, 40, u"2026-11-23T00:00:00.000Z"_s),
            answer(u"approved"_s, 18, 20, u"2026-11-24T10:00:00.000Z"_s),
            answer(u"pending_review"_s, 500, 100, u"2026-11-24T10:00:00.000Z"_s),
            answer(u"in_conflict"_s, 500, 100, u"2026-11-24T10:00:00.000Z"_s),
            answer(u"approved"_s, 700, 100, u"2026-11-24T10:00:00.000Z"_s, u"someone-else"_s),
    };
    const QList<WeekEarnings> weeks = earningsPerWeek(answers, kMe);
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].weekStart, QDate(2026, 11, 16));
    EXPECT_EQ(weeks[0].earnedCents, 30);
    EXPECT_EQ(weeks[0].secondsSpent, 60);
    EXPECT_EQ(weeks[0].answers, 1);
    EXPECT_EQ(weeks[0].hourlyCents(), 1800); // 30 cents a minute
    EXPECT_EQ(weeks[1].weekStart, QDate(2026, 11, 23));
    EXPECT_EQ(weeks[1].earnedCents, 30);
    EXPECT_EQ(weeks[1].secondsSpent, 60);
    EXPECT_EQ(weeks[1].answers, 2);
}

TEST(FairWork, HourlyPayRoundsDownAndNeedsMeasuredTime)
{
    EXPECT_EQ(hourlyPayCents(12, 40), 1080);
    EXPECT_EQ(hourlyPayCents(1, 7), 514); // 514.28…
    EXPECT_EQ(hourlyPayCents(100, 1), 360000);
    EXPECT_FALSE(hourlyPayCents(100, 0).has_value());
    EXPECT_FALSE(hourlyPayCents(100, -5).has_value());
}

TEST(FairWork, HourlyPayDistributionPutsEachAnswerInItsBucket)
{
    const QList<QJsonObject> answers{
            answer(u"approved"_s, 10, 36, u"2026-11-20T10:00:00Z"_s), // 1000 ¢/h
            answer(u"approved"_s, 10, 37, u"2026-11-20T10:00:00Z"_s), // 972 ¢/h
            answer(u"settled"_s, 5, 9, u"2026-11-20T10:00:00Z"_s), // 2000 ¢/h
            answer(u"approved"_s, 10, 0, u"2026-11-20T10:00:00Z"_s), // no measured time
            answer(u"pending_review"_s, 10, 10, u"2026-11-20T10:00:00Z"_s),
    };
    const QList<HourlyPayBucket> buckets = hourlyPayDistribution(answers, kMe, 1000);
    ASSERT_EQ(buckets.size(), 3);
    EXPECT_EQ(buckets[0].fromCents, 0);
    EXPECT_EQ(buckets[0].toCents, 1000);
    EXPECT_EQ(buckets[0].answers, 1); // 972 below the edge
    EXPECT_EQ(buckets[1].answers, 1); // 1000 on the edge starts the next bucket
    EXPECT_EQ(buckets[2].fromCents, 2000);
    EXPECT_EQ(buckets[2].answers, 1);
    EXPECT_TRUE(hourlyPayDistribution({}, kMe, 1000).isEmpty());
    EXPECT_TRUE(hourlyPayDistribution(answers, kMe, 0).isEmpty());
}

TEST(FairWork, LostConflictsFollowTheLossThresholdStrictly)
{
    const Policy policy = Policy::defaults(); // 50 %
    EXPECT_TRUE(workerLostConflict(closedConflict(u"a"_s, 3, 2), policy));
    EXPECT_FALSE(workerLostConflict(closedConflict(u"b"_s, 2, 2), policy)); // exactly half: nobody lost
    EXPECT_FALSE(requesterLostConflict(closedConflict(u"b"_s, 2, 2), policy));
    EXPECT_TRUE(requesterLostConflict(closedConflict(u"c"_s, 2, 3), policy));
    EXPECT_TRUE(requesterLostConflict(closedConflict(u"d"_s, 0, 0), policy)); // no votes: worker not at fault
    EXPECT_FALSE(workerLostConflict(closedConflict(u"d"_s, 0, 0), policy));
    QJsonObject open = closedConflict(u"e"_s, 5, 0);
    open[u"state"_s] = u"open"_s;
    EXPECT_FALSE(workerLostConflict(open, policy));
}

TEST(FairWork, FiguresFromAHandCheckedMirror)
{
    const Policy policy = Policy::defaults();
    FairWorkInput input;
    input.workerId = kMe;
    input.answers = {
            answer(u"approved"_s, 30, 60, u"2026-11-20T10:00:00Z"_s),
            answer(u"approved"_s, 30, 30, u"2026-11-20T10:00:00Z"_s),
            answer(u"settled"_s, 12, 30, u"2026-11-20T10:00:00Z"_s),
            answer(u"in_conflict"_s, 12, 45, u"2026-11-20T10:00:00Z"_s),
            answer(u"pending_review"_s, 12, 15, u"2026-11-20T10:00:00Z"_s),
            answer(u"approved"_s, 99, 99, u"2026-11-20T10:00:00Z"_s, u"other"_s),
    };
    input.conflicts = {closedConflict(u"c1"_s, 4, 1), closedConflict(u"c2"_s, 0, 3),
                       closedConflict(u"c3"_s, 3, 0, u"other"_s), closedConflict(u"c4"_s, 1, 4, u"other"_s)};
    input.votes = {
            {{u"conflict_id"_s, u"c3"_s}, {u"arbiter_id"_s, kMe}, {u"fault"_s, u"worker"_s}},
            {{u"conflict_id"_s, u"c4"_s}, {u"arbiter_id"_s, kMe}, {u"fault"_s, u"worker"_s}},
            {{u"conflict_id"_s, u"c1"_s}, {u"fault"_s, u"worker"_s}}, // a party's view: no arbiter id
    };
    const QString book = u"earnings:me"_s;
    input.ledgerEntries = {line(book, 30, u"approve"_s),
                           line(book, 30, u"approve"_s),
                           line(book, 12, u"settlement"_s),
                           line(book, 150, u"feedback_pay"_s),
                           line(book, 40, u"arbiter_pay"_s),
                           line(book, 500, u"team_approve"_s),
                           line(book, 600, u"team_settlement"_s),
                           line(book, -100, u"payout"_s),
                           line(u"balance:me"_s, 500, u"funding"_s)};
    input.reframeProposals = {{{u"worker_id"_s, kMe}, {u"state"_s, u"open"_s}},
                              {{u"worker_id"_s, u"other"_s}, {u"state"_s, u"open"_s}}};
    input.wallet = {{u"earned_window_cents"_s, 262}, {u"mistake_pay_window_cents"_s, 9}};
    input.tierProgress = {{u"feedback_tasks_done"_s, 1}};

    const FairWorkFigures figures = fairWorkFigures(input, policy);
    EXPECT_EQ(figures.answersSubmitted, 5);
    EXPECT_EQ(figures.approved, 2);
    EXPECT_EQ(figures.settled, 1);
    EXPECT_EQ(figures.inConflict, 1);
    EXPECT_EQ(figures.pendingReview, 1);
    EXPECT_EQ(figures.approvalRateBp, 5000); // 2 of 4 reviewed
    EXPECT_EQ(figures.conflictsLost, 1);
    EXPECT_EQ(figures.conflictsWon, 1);
    EXPECT_EQ(figures.earningsCents, 1362);
    EXPECT_EQ(figures.answerEarningsCents, 72);
    EXPECT_EQ(figures.feedbackEarningsCents, 150);
    EXPECT_EQ(figures.arbiterEarningsCents, 40);
    EXPECT_EQ(figures.teamEarningsCents, 1100);
    EXPECT_EQ(figures.paidSeconds, 120);
    EXPECT_EQ(figures.awaitingSeconds, 60);
    EXPECT_EQ(figures.unpaidSeconds, 0);
    EXPECT_EQ(figures.hourlyCents, 2160); // 72 cents in 120 s
    EXPECT_EQ(figures.mistakePayCents, 9);
    EXPECT_EQ(figures.mistakeAllowanceCents, 9000);
    EXPECT_FALSE(figures.overAllowance);
    EXPECT_EQ(figures.feedbackTasksDone, 1);
    EXPECT_EQ(figures.votesOnClosedPanels, 2);
    EXPECT_EQ(figures.votesWithPanel, 1);
    EXPECT_EQ(figures.arbitrationAgreementBp(), 5000);
    EXPECT_EQ(figures.reframeProposals, 1);
    EXPECT_EQ(figures.reframesAdopted, 0);
}

TEST(FairWork, MistakePayOverTheAllowanceIsFlaggedOnlyWhenStrictlyOver)
{
    const Policy policy = Policy::defaults();
    FairWorkInput input;
    input.workerId = kMe;
    input.wallet = {{u"earned_window_cents"_s, 0}, {u"mistake_pay_window_cents"_s, 9000}};
    EXPECT_FALSE(fairWorkFigures(input, policy).overAllowance);
    input.wallet[u"mistake_pay_window_cents"_s] = 9001;
    EXPECT_TRUE(fairWorkFigures(input, policy).overAllowance);
    input.wallet[u"earned_window_cents"_s] = 200000; // allowance grows to 20 000
    EXPECT_EQ(fairWorkFigures(input, policy).mistakeAllowanceCents, 20000);
    EXPECT_FALSE(fairWorkFigures(input, policy).overAllowance);
}

TEST(FairWork, NoReviewsMeansNoApprovalRateAndNoHourlyPay)
{
    FairWorkInput input;
    input.workerId = kMe;
    input.answers = {answer(u"pending_review"_s, 10, 10, u"2026-11-20T10:00:00Z"_s)};
    const FairWorkFigures figures = fairWorkFigures(input, Policy::defaults());
    EXPECT_FALSE(figures.approvalRateBp.has_value());
    EXPECT_FALSE(figures.hourlyCents.has_value());
    EXPECT_FALSE(figures.arbitrationAgreementBp().has_value());
}

TEST(FairWork, PaidAnswerWithoutPayCountsAsUnpaidTime)
{
    FairWorkInput input;
    input.workerId = kMe;
    input.answers = {answer(u"approved"_s, 0, 25, u"2026-11-20T10:00:00Z"_s)};
    EXPECT_EQ(fairWorkFigures(input, Policy::defaults()).unpaidSeconds, 25);
}

TEST(FairWork, ReframingCountsOwnProposalsByStateAndTakesTheAdoptedCountFromTheAccount)
{
    FairWorkInput input;
    input.workerId = kMe;
    input.reframeProposals = {{{u"worker_id"_s, kMe}, {u"state"_s, u"open"_s}},
                              {{u"worker_id"_s, kMe}, {u"state"_s, u"adopted"_s}},
                              {{u"worker_id"_s, kMe}, {u"state"_s, u"declined"_s}},
                              {{u"worker_id"_s, u"other"_s}, {u"state"_s, u"adopted"_s}}};
    FairWorkFigures figures = fairWorkFigures(input, Policy::defaults());
    EXPECT_EQ(figures.reframeProposals, 3);
    EXPECT_EQ(figures.reframesOpen, 1);
    EXPECT_EQ(figures.reframesDeclined, 1);
    EXPECT_EQ(figures.reframesAdopted, 1) << "from the mirror while the account does not say";

    // The account's credit counts adoptions whose rows this mirror does not hold (another computer's pull).
    input.account = {{u"id"_s, kMe}, {u"adopted_proposals"_s, 4}};
    figures = fairWorkFigures(input, Policy::defaults());
    EXPECT_EQ(figures.reframesAdopted, 4);
    input.account[u"adopted_proposals"_s] = 0;
    EXPECT_EQ(fairWorkFigures(input, Policy::defaults()).reframesAdopted, 0);
}

TEST(FairWork, OwnReframeProposalsAreTheWorkersOwnNewestFirst)
{
    const auto proposal = [](const QString &id, const QString &worker, const QString &state, const QString &created,
                             const QJsonArray &accepted) {
        return QJsonObject{{u"id"_s, id},
                           {u"task_id"_s, QString(u"task-"_s + id)},
                           {u"worker_id"_s, worker},
                           {u"state"_s, state},
                           {u"created_at"_s, created},
                           {u"rationale"_s, u"Say what counts."_s},
                           {u"markup_revision"_s, QJsonObject{{u"title"_s, QString(u"Title "_s + id)}}},
                           {u"accepted_hunks"_s, accepted},
                           {u"resolved_at"_s, state == u"open" ? QJsonValue() : QJsonValue(created)}};
    };
    const QList<QJsonObject> proposals{
            proposal(u"a"_s, kMe, u"declined"_s, u"2026-11-20T10:00:00.000Z"_s, {}),
            proposal(u"b"_s, kMe, u"adopted"_s, u"2026-11-21T10:00:00.000Z"_s, QJsonArray{u"title-1"_s, u"pay-2"_s}),
            proposal(u"c"_s, u"other"_s, u"open"_s, u"2026-11-22T10:00:00.000Z"_s, {}),
            proposal(u"d"_s, kMe, u"open"_s, u"2026-11-20T10:00:00.001Z"_s, {})};
    const QList<OwnReframeProposal> own = ownReframeProposals(proposals, kMe);
    ASSERT_EQ(own.size(), 3);
    EXPECT_EQ(own.at(0).id, u"b"_s);
    EXPECT_EQ(own.at(0).acceptedHunks, 2);
    EXPECT_EQ(own.at(0).taskTitle, u"Title b"_s);
    EXPECT_EQ(own.at(0).taskId, u"task-b"_s);
    EXPECT_TRUE(own.at(0).resolvedAt.isValid());
    EXPECT_EQ(own.at(1).id, u"d"_s) << "a millisecond later is newer";
    EXPECT_FALSE(own.at(1).resolvedAt.isValid());
    EXPECT_EQ(own.at(2).id, u"a"_s);
    EXPECT_TRUE(ownReframeProposals(proposals, QString()).isEmpty());
}
