// lease.claim, lease.release, answer.submit: a worker taking item slots and doing the work.
#include "core/domain/ids.h"
#include "core/market/exposure.h"
#include "core/market/goldwork.h"
#include "core/market/marketengine.h"
#include "core/policy/leasepolicy.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis::Mutations {

namespace {

// A task the worker may not even see: drafts and tasks in feedback of others.
bool hiddenFrom(const TaskRecord &record, const AccountRecord &worker)
{
    return record.task.requesterId != worker.id() &&
           (record.task.state == TaskState::Draft || record.task.state == TaskState::InFeedback);
}

} // namespace

Result<MutationEffect> leaseClaim(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"task_id", u"count"});
    const QString taskId = args.read().id(u"task_id"_s);
    const qint64 requested = args.read().has(u"count"_s)
                                     ? args.read().integer64(u"count"_s, -kMaxJsonInteger, kMaxJsonInteger)
                                     : engine.policy.lease.defaultClaim;
    if (!args.ok())
        return args.rejection();
    const int bounded = static_cast<int>(
            std::clamp<qint64>(requested, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    auto count = clampClaimCount(bounded, engine.policy);
    if (!count) {
        if (count.error().code == ErrorCode::LimitExceeded)
            return MutationEffect::reject(RejectionCode::LimitExceeded, count.error().message,
                                          {{u"limit"_s, engine.policy.lease.maxClaim}});
        return rejectValidation(count.error().message, {{u"count"_s, count.error().message}});
    }
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers claim items"_s);

    // The task row's lock serialises every claim and late answer on the task, so two server
    // processes never hand out one slot twice; the slot queries below run after it is held.
    auto task = engine.tasks.find(taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value() || hiddenFrom(**task, actor))
        return MutationEffect::reject(RejectionCode::NotFound, u"no task with this id"_s);
    const TaskRecord &record = **task;
    if (record.task.state == TaskState::Closed)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"every slot of this task is answered"_s);
    auto reasons = engine.taskGateReasons(actor, record);
    if (!reasons)
        return reasons.error();
    if (!reasons->isEmpty())
        return rejectNotEligible(*reasons, u"you may not take this task"_s);

    auto items = claimQueue(engine, record, actor.id(), *count);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return rejectNotEligible({GateReason::Full}, u"no slot of this task is free"_s);
    const int claimed = static_cast<int>(items->size());
    auto overrun = exposureOverrun(engine, actor, record.revision.contentWarnings, claimed);
    if (!overrun)
        return overrun.error();
    if (overrun->has_value()) {
        const ExposureOverrun &over = **overrun;
        MutationEffect refused =
                rejectNotEligible({GateReason::ExposureLimit},
                                  u"%1 more items would go over today's limit of %2 for \"%3\""_s.arg(
                                          QString::number(claimed), QString::number(over.limit), over.category));
        refused.rejection.details.insert(u"category"_s, over.category);
        refused.rejection.details.insert(u"limit"_s, over.limit);
        refused.rejection.details.insert(u"taken_today"_s, over.takenToday);
        refused.rejection.details.insert(u"day_starts_at"_s, wireTime(exposureDayStart(engine.now)));
        return refused;
    }
    const QDateTime expiresAt =
            engine.now.addSecs(leaseDurationSeconds(record.revision.estimateSeconds, claimed, engine.policy));
    QJsonArray leaseIds;
    for (const QString &itemId : std::as_const(*items)) {
        LeaseRecord lease;
        lease.lease.id = newId();
        lease.lease.itemId = itemId;
        lease.lease.taskId = taskId;
        lease.lease.workerId = actor.id();
        lease.lease.claimedAt = engine.now;
        lease.lease.expiresAt = expiresAt;
        lease.lease.state = LeaseState::Active;
        lease.revisionId = record.revision.id;
        if (auto status = engine.work.insertLease(lease); !status)
            return status.error();
        engine.changes.touch(Entity::Lease, lease.lease.id, {Audience::account(actor.id())});
        engine.changes.touch(Entity::Item, itemId, {Audience::account(actor.id())});
        leaseIds.append(lease.lease.id);
    }
    // items_open counts leased slots as taken.
    engine.changes.touch(Entity::Task, taskId, engine.taskAudiences(record));
    return MutationEffect::ok(
            {{u"lease_ids"_s, leaseIds}, {u"claimed"_s, claimed}, {u"expires_at"_s, wireTime(expiresAt)}});
}

Result<MutationEffect> leaseRelease(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"lease_id"});
    const QString leaseId = args.read().id(u"lease_id"_s);
    if (!args.ok())
        return args.rejection();
    auto lease = engine.work.lease(leaseId, true);
    if (!lease)
        return lease.error();
    if (!lease->has_value() || (*lease)->lease.workerId != actor.id())
        return MutationEffect::reject(RejectionCode::NotFound, u"you hold no lease with this id"_s);
    switch ((*lease)->lease.state) {
    case LeaseState::Used:
        return MutationEffect::reject(RejectionCode::AlreadyAnswered, u"the lease was used by an answer"_s);
    case LeaseState::Released:
    case LeaseState::Expired:
        return MutationEffect::ok({{u"state"_s, leaseStateName((*lease)->lease.state)}});
    case LeaseState::Active:
        break;
    }
    auto ended = engine.work.endLease(leaseId, LeaseState::Released, engine.now);
    if (!ended)
        return ended.error();
    engine.changes.touch(Entity::Lease, leaseId, {Audience::account(actor.id())});
    // The released slot is open again.
    auto task = engine.tasks.find((*lease)->lease.taskId);
    if (!task)
        return task.error();
    if (task->has_value())
        engine.changes.touch(Entity::Task, (*task)->task.id, engine.taskAudiences(**task));
    return MutationEffect::ok({{u"state"_s, leaseStateName(LeaseState::Released)}});
}

Result<MutationEffect> answerSubmit(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"answer_id", u"lease_id", u"fields", u"seconds_spent"});
    const QString answerId = args.read().id(u"answer_id"_s);
    const QString leaseId = args.read().id(u"lease_id"_s);
    const QJsonObject fields = args.read().object(u"fields"_s);
    const int secondsSpent = args.read().integer(u"seconds_spent"_s, 0, kMaxSecondsSpent);
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers submit answers"_s);
    auto lease = engine.work.lease(leaseId);
    if (!lease)
        return lease.error();
    const bool ownLease = lease->has_value() && (*lease)->lease.workerId == actor.id();
    // One statement asks both whether the answer id is taken and whether the item was answered.
    auto taken = engine.work.answerClash(answerId, ownLease ? (*lease)->lease.itemId : QString(), actor.id());
    if (!taken)
        return taken.error();
    if (taken->idTaken)
        return rejectValidation(u"the answer id is taken"_s,
                                {{u"answer_id"_s, u"is already the id of another answer"_s}});
    if (!ownLease)
        return MutationEffect::reject(RejectionCode::NotFound, u"you hold no lease with this id"_s);
    const LeaseRecord leaseRecord = **lease;
    auto task = engine.tasks.find(leaseRecord.lease.taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"lease %1 names a missing task"_s.arg(leaseId));
    const TaskRecord &record = **task;
    // Re-read under the task lock: a concurrent answer on the same lease has committed by now. A
    // database without row locks (SQLite) has one writer at a time, so the first read stands.
    Lease current = leaseRecord.lease;
    bool answered = taken->itemAnswered;
    if (!engine.db.dialect().lockRowsClause().isEmpty()) {
        auto locked = engine.work.lease(leaseId, true);
        if (!locked)
            return locked.error();
        current = locked->value_or(leaseRecord).lease;
        auto again = engine.work.hasAnsweredItem(current.itemId, actor.id());
        if (!again)
            return again.error();
        answered = *again;
    }

    if (current.state == LeaseState::Used || answered)
        return MutationEffect::reject(RejectionCode::AlreadyAnswered, u"you already answered this item"_s);
    if (current.state == LeaseState::Released)
        return MutationEffect::reject(RejectionCode::LeaseExpired, u"the lease was released"_s,
                                      {{u"expires_at"_s, wireTime(current.expiresAt)}});
    if (record.task.state != TaskState::Published && record.task.state != TaskState::Closed)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the task is not open for work"_s);

    auto itemAnswers = engine.tasks.itemAnswers(current.itemId);
    if (!itemAnswers)
        return itemAnswers.error();
    const int overlap = record.revision.overlap;
    LeaseAnswerInput input;
    input.expiresAt = current.expiresAt;
    input.receivedAt = engine.now;
    input.itemNeedsAnswers = *itemAnswers < overlap;
    // Whether others hold the slot matters only to an answer that arrives after its lease expired.
    LeaseAnswerDecision decision = decideLeaseAnswer(input);
    if (decision != LeaseAnswerDecision::Accept) {
        auto others = engine.work.runningLeasesOnItem(current.itemId, actor.id(), engine.now);
        if (!others)
            return others.error();
        input.slotReLeased = *itemAnswers + *others >= overlap;
        decision = decideLeaseAnswer(input);
    }
    if (decision == LeaseAnswerDecision::RefuseExpired || !input.itemNeedsAnswers)
        return MutationEffect::reject(RejectionCode::LeaseExpired,
                                      u"the lease expired and its slot was taken; the answer cannot be accepted"_s,
                                      {{u"expires_at"_s, wireTime(current.expiresAt)}});

    // Usually the lease is on the task's current revision, which the task read already parsed.
    auto revision = leaseRecord.revisionId == record.task.revisionId
                            ? Result<std::optional<TaskRevision>>(std::optional<TaskRevision>(record.revision))
                            : engine.tasks.revision(leaseRecord.revisionId);
    if (!revision)
        return revision.error();
    auto item = engine.tasks.item(current.itemId);
    if (!item)
        return item.error();
    if (!revision->has_value() || !item->has_value())
        return Error::storage(u"lease %1 names a missing revision or item"_s.arg(leaseId));
    QList<FieldError> errors;
    for (const FieldError &error : (*revision)->form.validateAnswer(fields, (*item)->data))
        errors.append({u"fields."_s + error.field, error.message});
    if (!errors.isEmpty())
        return rejectValidation(u"the answer does not fit the task's form"_s, errors);

    AnswerRecord answer;
    answer.answer.id = answerId;
    answer.answer.itemId = current.itemId;
    answer.answer.taskId = record.task.id;
    answer.answer.workerId = actor.id();
    answer.answer.revisionId = leaseRecord.revisionId;
    answer.answer.fields = fields;
    answer.answer.status = AnswerStatus::PendingReview;
    answer.answer.submittedAt = engine.now;
    answer.answer.secondsSpent = secondsSpent;
    answer.leaseId = leaseId;
    answer.payCents = (*revision)->payCents;
    answer.heldCents = record.escrowPerSlot;
    if (auto status = engine.work.insertAnswer(answer); !status)
        return status.error();
    auto gold = scoreGoldAnswer(engine, answer);
    if (!gold)
        return gold.error();
    if (auto used = engine.work.useLease(leaseId, engine.now); !used)
        return used.error();
    if (auto status = engine.tasks.addAnswer(record.task.id, current.itemId); !status)
        return status.error();
    // The task as these writes left it, without reading it again.
    TaskRecord updated = record;
    ++updated.answersCount;
    if (record.answersCount + 1 >= record.slots()) {
        if (auto status = engine.tasks.setState(record.task.id, TaskState::Closed); !status)
            return status.error();
        updated.task.state = TaskState::Closed;
    }
    engine.changes.touch(Entity::Answer, answerId,
                         {Audience::account(actor.id()), Audience::account(record.task.requesterId)});
    engine.changes.touch(Entity::Lease, leaseId, {Audience::account(actor.id())});
    engine.changes.touch(Entity::Task, record.task.id, engine.taskAudiences(updated));
    QJsonObject details = *gold;
    details.insert(u"late"_s, decision == LeaseAnswerDecision::AcceptLate);
    return MutationEffect::ok(details);
}

} // namespace Chrysalis::Mutations
