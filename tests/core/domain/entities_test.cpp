#include "core/domain/account.h"
#include "core/domain/answer.h"
#include "core/domain/conflict.h"
#include "core/domain/feedback.h"
#include "core/domain/ids.h"
#include "core/domain/lease.h"

#include "tests/core/domain/domaintestutil.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::TestUtil;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2025, 3, 1), QTime(9, 30, 0, 500), Qt::UTC);

Answer goodAnswer()
{
    return {newId(),
            newId(),
            newId(),
            newId(),
            newId(),
            jsonObject(R"({"sentiment": "pos", "why": "It says \"love\" twice"})"),
            AnswerStatus::InConflict,
            kNow,
            95};
}

Lease goodLease()
{
    return {newId(), newId(), newId(), newId(), kNow, kNow.addSecs(1800), LeaseState::Active};
}

ConflictPanel closedPanel()
{
    return {newId(), newId(), ConflictState::Closed, 5, 5, kNow.addDays(3), true, 4, 1, 300, 800};
}

TaskRevision markup()
{
    FormField field;
    field.name = u"fixed"_s;
    field.kind = FieldKind::Correction;
    field.label = u"Fix the text"_s;
    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.number = 2;
    revision.title = u"Fix typos"_s;
    revision.instructions = u"Correct spelling only."_s;
    revision.form = AnswerForm({field});
    revision.payCents = 30;
    revision.estimateSeconds = 60;
    return revision;
}

FeedbackTask submittedFeedback()
{
    FeedbackTask feedback;
    feedback.id = newId();
    feedback.taskId = newId();
    feedback.revisionId = newId();
    feedback.state = FeedbackState::Submitted;
    feedback.workerId = newId();
    feedback.verdict = Verdict::ChangesSuggested;
    feedback.markupRevision = markup();
    feedback.sampleAnswers = {{newId(), jsonObject(R"({"fixed": "The cat"})"), 40},
                              {newId(), jsonObject(R"({"fixed": "A dog"})"), 0}};
    feedback.comments = {{u"title"_s, u"Say what kind of typos."_s}, {u"form[0].label"_s, u"Clearer label"_s}};
    return feedback;
}

Account goodAccount()
{
    return {newId(),
            u"ada.l-1"_s,
            u"Crimson Moth"_s,
            Roles(Role::Worker) | Role::Requester,
            Tier::Silver,
            Standing::Butterfly,
            -20,
            true,
            {u"German"_s, u"Software Testing"_s}};
}

} // namespace

// --- answers and reviews ---

TEST(AnswerEnums, WireNamesRoundTrip)
{
    for (AnswerStatus status :
         {AnswerStatus::PendingReview, AnswerStatus::Approved, AnswerStatus::InConflict, AnswerStatus::Settled})
        EXPECT_EQ(*parseAnswerStatus(answerStatusName(status)), status);
    EXPECT_EQ(answerStatusName(AnswerStatus::PendingReview), u"pending_review"_s);
    for (RejectionReason reason : {RejectionReason::IgnoredInstructions, RejectionReason::WrongAnswer,
                                   RejectionReason::Incomplete, RejectionReason::LowEffort, RejectionReason::Other})
        EXPECT_EQ(*parseRejectionReason(rejectionReasonName(reason)), reason);
    EXPECT_EQ(rejectionReasonName(RejectionReason::IgnoredInstructions), u"ignored_instructions"_s);
    EXPECT_EQ(*parseReviewDecision(u"reject"_s), ReviewDecision::Reject);
    EXPECT_FALSE(parseAnswerStatus(u"pending"_s).ok());
    EXPECT_FALSE(parseRejectionReason(u"spam"_s).ok());
    EXPECT_FALSE(parseReviewDecision(u"maybe"_s).ok());
}

TEST(Answer, JsonRoundTripsThroughText)
{
    const Answer answer = goodAnswer();
    const QJsonObject json = answer.toJson();
    EXPECT_EQ(json.value(u"status"_s).toString(), u"in_conflict"_s);
    EXPECT_EQ(json.value(u"submitted_at"_s).toString(), u"2025-03-01T09:30:00.500Z"_s);
    const Result<Answer> back = Answer::fromJson(throughText(json));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(*back, answer);
}

TEST(Answer, FromJsonRejectsWrongTypes)
{
    QJsonObject json = goodAnswer().toJson();
    json.insert(u"worker_id"_s, u"worker-7"_s);
    json.insert(u"fields"_s, jsonArray(R"(["pos"])"));
    json.insert(u"status"_s, u"done"_s);
    json.insert(u"seconds_spent"_s, -1);
    json.remove(u"submitted_at"_s);
    EXPECT_EQ(errorFields(Answer::fromJson(json)),
              (QStringList{u"worker_id"_s, u"fields"_s, u"status"_s, u"submitted_at"_s, u"seconds_spent"_s}));
}

TEST(AnswerReview, RejectionNeedsAReasonCodeAndAWrittenReason)
{
    const QString answerId = newId();
    EXPECT_TRUE((AnswerReview{answerId, ReviewDecision::Approve, std::nullopt, {}}).validate().ok());
    EXPECT_EQ(errorFields((AnswerReview{answerId, ReviewDecision::Reject, std::nullopt, u"  "_s}).validate()),
              (QStringList{u"reason_code"_s, u"reason"_s}));
    EXPECT_EQ(
            errorFields((AnswerReview{answerId, ReviewDecision::Reject, RejectionReason::WrongAnswer, {}}).validate()),
            QStringList{u"reason"_s});
    EXPECT_TRUE((AnswerReview{answerId, ReviewDecision::Reject, RejectionReason::WrongAnswer, u"Label is NEG"_s})
                        .validate()
                        .ok());
    const QString longest = u"😀"_s.repeated(kMaxReviewReasonLength);
    EXPECT_TRUE((AnswerReview{answerId, ReviewDecision::Reject, RejectionReason::Other, longest}).validate().ok());
    EXPECT_EQ(errorFields((AnswerReview{answerId, ReviewDecision::Reject, RejectionReason::Other, longest + u'x'})
                                  .validate()),
              QStringList{u"reason"_s});
}

TEST(AnswerReview, JsonRoundTripsWithAndWithoutAReasonCode)
{
    const AnswerReview reject{newId(), ReviewDecision::Reject, RejectionReason::LowEffort, u"One word."_s};
    EXPECT_EQ(reject.toJson().value(u"reason_code"_s).toString(), u"low_effort"_s);
    EXPECT_EQ(*AnswerReview::fromJson(throughText(reject.toJson())), reject);
    const AnswerReview approve{newId(), ReviewDecision::Approve, std::nullopt, {}};
    EXPECT_TRUE(approve.toJson().value(u"reason_code"_s).isNull());
    EXPECT_EQ(*AnswerReview::fromJson(throughText(approve.toJson())), approve);
    QJsonObject bad = reject.toJson();
    bad.insert(u"reason_code"_s, u"rude"_s);
    bad.insert(u"decision"_s, 1);
    EXPECT_EQ(errorFields(AnswerReview::fromJson(bad)), (QStringList{u"decision"_s, u"reason_code"_s}));
}

// --- leases ---

TEST(Lease, ExpiresAtTheExactInstant)
{
    const Lease lease = goodLease();
    const QDateTime end = lease.expiresAt;
    EXPECT_FALSE(lease.isExpiredAt(end.addMSecs(-1)));
    EXPECT_TRUE(lease.isExpiredAt(end));
    EXPECT_TRUE(lease.isExpiredAt(end.addMSecs(1)));
    EXPECT_FALSE(lease.isExpiredAt(lease.claimedAt));
}

TEST(Lease, SecondsLeftRoundUpAndReachZeroExactlyAtExpiry)
{
    const Lease lease = goodLease();
    const QDateTime end = lease.expiresAt;
    EXPECT_EQ(lease.secondsLeftAt(lease.claimedAt), 1800);
    EXPECT_EQ(lease.secondsLeftAt(end.addMSecs(-1001)), 2);
    EXPECT_EQ(lease.secondsLeftAt(end.addMSecs(-1000)), 1);
    EXPECT_EQ(lease.secondsLeftAt(end.addMSecs(-1)), 1);
    EXPECT_EQ(lease.secondsLeftAt(end), 0);
    EXPECT_EQ(lease.secondsLeftAt(end.addDays(2)), 0);
}

TEST(Lease, TimeZonesDoNotMoveTheDeadline)
{
    const Lease lease = goodLease();
    const QDateTime sameInstantElsewhere = lease.expiresAt.toOffsetFromUtc(-5 * 3600);
    EXPECT_TRUE(lease.isExpiredAt(sameInstantElsewhere));
    EXPECT_FALSE(lease.isExpiredAt(sameInstantElsewhere.addMSecs(-1)));
}

TEST(Lease, WithoutAValidDeadlineCountsAsExpired)
{
    Lease lease = goodLease();
    lease.expiresAt = QDateTime();
    EXPECT_TRUE(lease.isExpiredAt(kNow));
    EXPECT_EQ(lease.secondsLeftAt(kNow), 0);
}

TEST(Lease, JsonRoundTripsAndRejectsWrongTypes)
{
    for (LeaseState state : {LeaseState::Active, LeaseState::Released, LeaseState::Expired, LeaseState::Used})
        EXPECT_EQ(*parseLeaseState(leaseStateName(state)), state);
    const Lease lease = goodLease();
    EXPECT_EQ(*Lease::fromJson(throughText(lease.toJson())), lease);

    QJsonObject json = lease.toJson();
    json.insert(u"expires_at"_s, u"2025-03-01 10:00"_s);
    json.insert(u"state"_s, u"ACTIVE"_s);
    json.insert(u"item_id"_s, QJsonValue::Null);
    EXPECT_EQ(errorFields(Lease::fromJson(json)), (QStringList{u"item_id"_s, u"expires_at"_s, u"state"_s}));
}

// --- feedback ---

TEST(FeedbackEnums, WireNamesRoundTrip)
{
    for (FeedbackState state : {FeedbackState::Open, FeedbackState::Submitted, FeedbackState::Resolved})
        EXPECT_EQ(*parseFeedbackState(feedbackStateName(state)), state);
    EXPECT_EQ(verdictName(Verdict::ChangesSuggested), u"changes_suggested"_s);
    EXPECT_EQ(*parseVerdict(u"approve"_s), Verdict::Approve);
    EXPECT_FALSE(parseVerdict(u"changes-suggested"_s).ok());
}

TEST(FeedbackTask, SubmittedFeedbackRoundTripsThroughText)
{
    const FeedbackTask feedback = submittedFeedback();
    const Result<FeedbackTask> back = FeedbackTask::fromJson(throughText(feedback.toJson()));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(*back, feedback);
}

TEST(FeedbackTask, OpenFeedbackCarriesNullsAndRoundTrips)
{
    FeedbackTask open;
    open.id = newId();
    open.taskId = newId();
    open.revisionId = newId();
    const QJsonObject json = open.toJson();
    EXPECT_TRUE(json.value(u"worker_id"_s).isNull());
    EXPECT_TRUE(json.value(u"verdict"_s).isNull());
    EXPECT_TRUE(json.value(u"markup_revision"_s).isNull());
    EXPECT_EQ(*FeedbackTask::fromJson(throughText(json)), open);
}

TEST(FeedbackTask, NestedErrorsNameTheirPath)
{
    QJsonObject json = submittedFeedback().toJson();
    json.insert(u"verdict"_s, u"yes"_s);
    QJsonObject revision = json.value(u"markup_revision"_s).toObject();
    revision.insert(u"form"_s, jsonArray(R"([{"name": "x", "kind": 3, "label": "X", "required": true}])"));
    revision.insert(u"pay_cents"_s, u"30"_s);
    json.insert(u"markup_revision"_s, revision);
    json.insert(u"sample_answers"_s, jsonArray(R"([{"item_id": "nope", "fields": {}, "seconds_spent": 1}, 5])"));
    json.insert(u"comments"_s, jsonArray(R"([{"hunk_id": " ", "text": "x"}, {"hunk_id": "title"}])"));
    EXPECT_EQ(errorFields(FeedbackTask::fromJson(json)),
              (QStringList{u"verdict"_s, u"markup_revision.form[0].kind"_s, u"markup_revision.pay_cents"_s,
                           u"sample_answers[0].item_id"_s, u"sample_answers[1]"_s, u"comments[0].hunk_id"_s,
                           u"comments[1].text"_s}));
}

// --- conflicts and votes ---

TEST(ConflictEnums, WireNamesRoundTrip)
{
    EXPECT_EQ(*parseConflictState(conflictStateName(ConflictState::Closed)), ConflictState::Closed);
    EXPECT_EQ(*parseConflictState(u"open"_s), ConflictState::Open);
    EXPECT_EQ(faultName(Fault::Worker), u"worker"_s);
    EXPECT_EQ(*parseFault(u"requester"_s), Fault::Requester);
    EXPECT_FALSE(parseFault(u"worker_fault"_s).ok());
}

TEST(ConflictPanel, ClosedPanelShowsItsOutcomeAndRoundTrips)
{
    const ConflictPanel panel = closedPanel();
    const QJsonObject json = panel.toJson();
    EXPECT_EQ(json.value(u"worker_fault_votes"_s).toInt(), 4);
    EXPECT_EQ(json.value(u"mistake_pay_cents"_s).toInteger(), 800);
    EXPECT_EQ(*ConflictPanel::fromJson(throughText(json)), panel);
}

TEST(ConflictPanel, OpenPanelIsBlind)
{
    ConflictPanel panel = closedPanel();
    panel.state = ConflictState::Open;
    const QJsonObject json = panel.toJson();
    for (const QString &key :
         {u"worker_fault_votes"_s, u"requester_fault_votes"_s, u"requester_charge_cents"_s, u"mistake_pay_cents"_s})
        EXPECT_FALSE(json.contains(key)) << key.toStdString();
    EXPECT_EQ(json.value(u"votes_cast"_s).toInt(), 5);

    // A tally that leaks into an open panel's JSON is not read either.
    QJsonObject leaked = json;
    leaked.insert(u"worker_fault_votes"_s, 4);
    const Result<ConflictPanel> back = ConflictPanel::fromJson(leaked);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->workerFaultVotes, 0);
    EXPECT_EQ(back->mistakePayCents, 0);
}

TEST(ConflictPanel, ClosedPanelNeedsItsOutcome)
{
    QJsonObject json = closedPanel().toJson();
    json.remove(u"requester_fault_votes"_s);
    json.insert(u"mistake_pay_cents"_s, -1);
    json.insert(u"deadline"_s, 0);
    EXPECT_EQ(errorFields(ConflictPanel::fromJson(json)),
              (QStringList{u"deadline"_s, u"requester_fault_votes"_s, u"mistake_pay_cents"_s}));
}

TEST(Vote, RationaleIsRequiredAndBounded)
{
    Vote vote{newId(), newId(), newId(), Fault::Requester, u"The instructions never asked for that."_s, kNow};
    EXPECT_TRUE(vote.validate().ok());
    for (const QString &blank : {u""_s, u"   "_s, u"\u200B\u200B"_s}) {
        vote.rationale = blank;
        EXPECT_EQ(errorFields(vote.validate()), QStringList{u"rationale"_s});
    }
    vote.rationale = u"😀"_s.repeated(kMaxRationaleLength);
    EXPECT_TRUE(vote.validate().ok());
    vote.rationale += u'.';
    EXPECT_EQ(errorFields(vote.validate()), QStringList{u"rationale"_s});
}

TEST(Vote, JsonRoundTripsWithAndWithoutTheArbiter)
{
    const Vote vote{newId(), newId(), newId(), Fault::Worker, u"Ignored step 2."_s, kNow};
    EXPECT_EQ(*Vote::fromJson(throughText(vote.toJson())), vote);
    Vote anonymised = vote;
    anonymised.arbiterId.clear();
    EXPECT_FALSE(anonymised.toJson().contains(u"arbiter_id"_s));
    EXPECT_EQ(*Vote::fromJson(throughText(anonymised.toJson())), anonymised);

    QJsonObject bad = vote.toJson();
    bad.insert(u"fault"_s, u"worker_fault"_s);
    bad.insert(u"rationale"_s, QJsonArray());
    bad.insert(u"arbiter_id"_s, u"' OR 1=1 --"_s);
    EXPECT_EQ(errorFields(Vote::fromJson(bad)), (QStringList{u"arbiter_id"_s, u"fault"_s, u"rationale"_s}));
}

// --- accounts ---

TEST(Account, JsonRoundTripsThroughText)
{
    const Account account = goodAccount();
    const QJsonObject json = account.toJson();
    EXPECT_EQ(json.value(u"roles"_s).toArray(), jsonArray(R"(["worker", "requester"])"));
    EXPECT_EQ(*Account::fromJson(throughText(json)), account);
}

TEST(Account, FromJsonRejectsWrongTypesAndNames)
{
    QJsonObject json = goodAccount().toJson();
    json.insert(u"roles"_s, jsonArray(R"(["worker", "root"])"));
    json.insert(u"tier"_s, u"platinum"_s);
    json.insert(u"points"_s, 2.5);
    json.insert(u"suspended"_s, u"false"_s);
    EXPECT_EQ(errorFields(Account::fromJson(json)), (QStringList{u"roles"_s, u"tier"_s, u"points"_s, u"suspended"_s}));
}

TEST(Account, UsernamesAreShortLowercaseAndStartWithALetter)
{
    for (const QString &good : {u"abc"_s, u"ada.l-1_x"_s, QString(32, u'a'), u"z99"_s})
        EXPECT_TRUE(validateUsername(good).ok()) << good.toStdString();
    for (const QString &bad : {u""_s, u"ab"_s, QString(33, u'a'), u"1abc"_s, u"_abc"_s, u".abc"_s, u"Abc"_s, u"abC"_s,
                               u"a b"_s, u"ab;--"_s, u"ab'c"_s, u"élan"_s, u"abc\u0000"_s, u"аbc"_s})
        EXPECT_EQ(errorFields(validateUsername(bad)), QStringList{u"username"_s}) << bad.toStdString();
}
