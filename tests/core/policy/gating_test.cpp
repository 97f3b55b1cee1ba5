#include "core/policy/gating.h"

#include "tests/core/policy/policytestsupport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

WorkerGateInput silverWorker()
{
    WorkerGateInput worker;
    worker.workerId = u"wrk-1"_s;
    worker.tier = Tier::Silver;
    worker.skills = {u"German"_s, u"Software Testing"_s};
    worker.contentOptIns = {u"violence"_s};
    return worker;
}

TaskGateInput openButterflyTask()
{
    TaskGateInput task;
    task.requesterId = u"req-1"_s;
    task.origin = Standing::Butterfly;
    task.published = true;
    task.openSlots = 10;
    return task;
}

std::optional<GateReason> gate(const WorkerGateInput &worker, const TaskGateInput &task)
{
    return gateReason(worker, task, Policy::defaults());
}

} // namespace

TEST(Gating, AnEligibleWorkerMayTakeTheTask)
{
    EXPECT_EQ(gate(silverWorker(), openButterflyTask()), std::nullopt);
    EXPECT_THAT(allGateReasons(silverWorker(), openButterflyTask(), Policy::defaults()), IsEmpty());
}

TEST(Gating, EachRuleRefusesWithItsReason)
{
    const WorkerGateInput worker = silverWorker();
    const TaskGateInput task = openButterflyTask();

    WorkerGateInput suspended = worker;
    suspended.suspended = true;
    EXPECT_EQ(gate(suspended, task), GateReason::Suspended);

    TaskGateInput own = task;
    own.requesterId = worker.workerId;
    EXPECT_EQ(gate(worker, own), GateReason::OwnTask);

    TaskGateInput draft = task;
    draft.published = false;
    EXPECT_EQ(gate(worker, draft), GateReason::NotPublished);

    TaskGateInput answered = task;
    answered.alreadyAnsweredByWorker = true;
    EXPECT_EQ(gate(worker, answered), GateReason::AlreadyAnswered);

    TaskGateInput goldOnly = task;
    goldOnly.minTier = Tier::Gold;
    EXPECT_EQ(gate(worker, goldOnly), GateReason::TierTooLow);
    goldOnly.minTier = Tier::Silver;
    EXPECT_EQ(gate(worker, goldOnly), std::nullopt);

    TaskGateInput skilled = task;
    skilled.requiredSkills = {u"German"_s, u"Interface Design"_s};
    EXPECT_EQ(gate(worker, skilled), GateReason::MissingSkill);
    skilled.requiredSkills = {u"German"_s, u"Software Testing"_s};
    EXPECT_EQ(gate(worker, skilled), std::nullopt);

    TaskGateInput flagged = task;
    flagged.contentWarnings = {u"violence"_s, u"medical"_s};
    EXPECT_EQ(gate(worker, flagged), GateReason::ContentFiltered);
    flagged.contentWarnings = {u"violence"_s};
    EXPECT_EQ(gate(worker, flagged), std::nullopt);

    TaskGateInput full = task;
    full.openSlots = 0;
    EXPECT_EQ(gate(worker, full), GateReason::Full);
    full.openSlots = 1;
    EXPECT_EQ(gate(worker, full), std::nullopt);
}

TEST(Gating, BronzeWorkersSeeOnlyButterflyTasks)
{
    WorkerGateInput bronze = silverWorker();
    bronze.tier = Tier::Bronze;
    TaskGateInput caterpillarTask = openButterflyTask();
    caterpillarTask.origin = Standing::Caterpillar;
    EXPECT_EQ(gate(bronze, caterpillarTask), GateReason::CaterpillarTaskNeedsSilver);
    EXPECT_EQ(gate(silverWorker(), caterpillarTask), std::nullopt);
    EXPECT_EQ(gate(bronze, openButterflyTask()), std::nullopt);
}

TEST(Gating, FeedbackNeedsSilverAndConflictsNeedGold)
{
    TaskGateInput feedback = openButterflyTask();
    feedback.kind = GateTaskKind::Feedback;
    feedback.origin = Standing::Caterpillar;
    TaskGateInput conflict = openButterflyTask();
    conflict.kind = GateTaskKind::Conflict;

    WorkerGateInput worker = silverWorker();
    worker.tier = Tier::Bronze;
    EXPECT_EQ(gate(worker, feedback), GateReason::FeedbackNeedsSilver);
    EXPECT_EQ(gate(worker, conflict), GateReason::ConflictNeedsGold);
    worker.tier = Tier::Silver;
    EXPECT_EQ(gate(worker, feedback), std::nullopt);
    EXPECT_EQ(gate(worker, conflict), GateReason::ConflictNeedsGold);
    worker.tier = Tier::Gold;
    EXPECT_EQ(gate(worker, feedback), std::nullopt);
    EXPECT_EQ(gate(worker, conflict), std::nullopt);
}

TEST(Gating, FirstReasonFollowsTheDocumentedPrecedenceAndAllReasonsAreListed)
{
    WorkerGateInput worker = silverWorker();
    worker.tier = Tier::Bronze;
    worker.suspended = true;
    TaskGateInput task = openButterflyTask();
    task.requesterId = worker.workerId;
    task.published = false;
    task.alreadyAnsweredByWorker = true;
    task.origin = Standing::Caterpillar;
    task.minTier = Tier::Silver;
    task.requiredSkills = {u"Interface Design"_s};
    task.contentWarnings = {u"medical"_s};
    task.openSlots = 0;

    const QList<GateReason> expected{GateReason::Suspended,
                                     GateReason::OwnTask,
                                     GateReason::NotPublished,
                                     GateReason::AlreadyAnswered,
                                     GateReason::CaterpillarTaskNeedsSilver,
                                     GateReason::TierTooLow,
                                     GateReason::MissingSkill,
                                     GateReason::ContentFiltered,
                                     GateReason::Full};
    EXPECT_EQ(allGateReasons(worker, task, Policy::defaults()), expected);
    // Lifting each reason in turn leaves the next one first.
    worker.suspended = false;
    EXPECT_EQ(gate(worker, task), GateReason::OwnTask);
    task.requesterId = u"req-1"_s;
    EXPECT_EQ(gate(worker, task), GateReason::NotPublished);
    task.published = true;
    EXPECT_EQ(gate(worker, task), GateReason::AlreadyAnswered);
    task.alreadyAnsweredByWorker = false;
    EXPECT_EQ(gate(worker, task), GateReason::CaterpillarTaskNeedsSilver);
    task.origin = Standing::Butterfly;
    EXPECT_EQ(gate(worker, task), GateReason::TierTooLow);
    worker.tier = Tier::Silver;
    EXPECT_EQ(gate(worker, task), GateReason::MissingSkill);
    worker.skills << u"Interface Design"_s;
    EXPECT_EQ(gate(worker, task), GateReason::ContentFiltered);
    worker.contentOptIns << u"medical"_s;
    EXPECT_EQ(gate(worker, task), GateReason::Full);
    EXPECT_THAT(allGateReasons(worker, task, Policy::defaults()), ElementsAre(GateReason::Full));
}

TEST(Gating, WireCodesRoundTrip)
{
    EXPECT_EQ(gateReasonCode(GateReason::OwnTask), u"own_task"_s);
    EXPECT_EQ(gateReasonCode(GateReason::TierTooLow), u"tier"_s);
    EXPECT_EQ(gateReasonCode(GateReason::MissingSkill), u"skill"_s);
    EXPECT_EQ(gateReasonCode(GateReason::ContentFiltered), u"content_filter"_s);
    EXPECT_EQ(gateReasonCode(GateReason::AlreadyAnswered), u"already_answered"_s);
    EXPECT_EQ(gateReasonCode(GateReason::Full), u"full"_s);
    QSet<QString> codes;
    for (int value = 0; value <= static_cast<int>(GateReason::ExposureLimit); ++value) {
        const auto reason = static_cast<GateReason>(value);
        const QString code = gateReasonCode(reason);
        codes.insert(code);
        EXPECT_EQ(*parseGateReason(code), reason) << code.toStdString();
    }
    EXPECT_EQ(codes.size(), 12);
    EXPECT_FALSE(parseGateReason(u"Tier"_s).ok());
}

TEST(Gating, ContentBreakIsOfferedAfterTheConfiguredRun)
{
    Policy policy = Policy::defaults();
    policy.content.breakAfterFlaggedItems = 12;
    EXPECT_FALSE(shouldOfferContentBreak(11, policy));
    EXPECT_TRUE(shouldOfferContentBreak(12, policy));
}
