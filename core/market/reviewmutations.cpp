// answer.review and vote.cast: a requester's judgement of an answer, and the panel that judges a rejection.
#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/market/marketengine.h"
#include "core/market/teamengine.h"
#include "core/policy/settlement.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Mutations {

Result<MutationEffect> answerReview(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"answer_id", u"decision", u"reason_code", u"reason"});
    if (!args.ok())
        return args.rejection();
    auto review = AnswerReview::fromJson(json);
    if (!review)
        return rejectValidation(u"the review is invalid"_s, review.error().fieldErrors);
    if (const Status valid = review->validate(); !valid)
        return rejectValidation(valid.error().message, valid.error().fieldErrors);

    auto answer = engine.work.answer(review->answerId, true);
    if (!answer)
        return answer.error();
    if (!answer->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no answer with this id"_s);
    const AnswerRecord &record = **answer;
    auto task = engine.tasks.find(record.answer.taskId);
    if (!task)
        return task.error();
    if (!task->has_value() || (*task)->task.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only the task's requester reviews its answers"_s);
    if (record.answer.status != AnswerStatus::PendingReview)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the answer was already reviewed"_s,
                                      {{u"status"_s, answerStatusName(record.answer.status)}});

    if (review->decision == ReviewDecision::Approve) {
        auto approved = engine.approveAnswer(record, record.answer.id);
        if (!approved)
            return approved.error();
        if (!*approved)
            return MutationEffect::reject(RejectionCode::TaskClosed, u"the answer was already reviewed"_s);
        return MutationEffect::ok({{u"status"_s, answerStatusName(AnswerStatus::Approved)}});
    }

    auto moved = engine.work.moveAnswer(record.answer.id, AnswerStatus::PendingReview, AnswerStatus::InConflict,
                                        engine.now, rejectionReasonName(*review->reasonCode), review->reason);
    if (!moved)
        return moved.error();
    if (!*moved)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the answer was already reviewed"_s);
    ConflictRecord conflict;
    conflict.panel.id = newId();
    conflict.panel.answerId = record.answer.id;
    conflict.panel.state = ConflictState::Open;
    conflict.panel.seats = engine.policy.panel.seats;
    conflict.panel.deadline = panelDeadline(engine.now, engine.policy);
    conflict.taskId = record.answer.taskId;
    conflict.itemId = record.answer.itemId;
    conflict.workerId = record.answer.workerId;
    conflict.requesterId = actor.id();
    conflict.openedAt = engine.now;
    if (auto status = engine.conflicts.insert(conflict); !status)
        return status.error();
    const QStringList audiences{Audience::account(conflict.workerId), Audience::account(actor.id()),
                                Audience::arbiters()};
    engine.changes.touch(Entity::Conflict, conflict.panel.id, audiences);
    engine.changes.touch(Entity::Answer, record.answer.id, audiences);
    engine.changes.touch(Entity::Item, conflict.itemId, {Audience::arbiters()});
    return MutationEffect::ok(
            {{u"status"_s, answerStatusName(AnswerStatus::InConflict)}, {u"conflict_id"_s, conflict.panel.id}});
}

Result<MutationEffect> voteCast(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"vote_id", u"conflict_id", u"fault", u"rationale"});
    Vote vote;
    vote.id = args.read().id(u"vote_id"_s);
    vote.conflictId = args.read().id(u"conflict_id"_s);
    vote.fault = args.read().enumValue(u"fault"_s, parseFault, Fault::Worker);
    vote.rationale = args.read().string(u"rationale"_s);
    if (!args.ok())
        return args.rejection();
    if (const Status valid = vote.validate(); !valid)
        return rejectValidation(valid.error().message, valid.error().fieldErrors);
    // A rejected flash-team delivery has its own panel (core/market/teamconflicts.cpp).
    auto teamVote = castTeamVote(engine, actor, vote);
    if (!teamVote)
        return teamVote.error();
    if (teamVote->has_value())
        return **teamVote;
    auto taken = engine.conflicts.voteExists(vote.id);
    if (!taken)
        return taken.error();
    auto takenByTeam = TeamConflictRepository(engine.db).voteExists(vote.id);
    if (!takenByTeam)
        return takenByTeam.error();
    if (*taken || *takenByTeam)
        return rejectValidation(u"the vote id is taken"_s, {{u"vote_id"_s, u"is already the id of another vote"_s}});

    auto found = engine.conflicts.find(vote.conflictId, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no conflict with this id"_s);
    const ConflictRecord conflict = **found;
    if (conflict.panel.state != ConflictState::Open)
        return MutationEffect::reject(RejectionCode::ConflictClosed, u"the panel has closed"_s);
    // A panel past its deadline closes with the clock (advanceTime); a vote never reopens it.
    const PanelDecision decision =
            panelStatusAt(conflict.panel.seats, conflict.panel.votesCast, conflict.panel.deadline,
                          conflict.extensionsUsed, engine.now, engine.policy);
    if (decision.closes())
        return MutationEffect::reject(RejectionCode::ConflictClosed, u"the panel's deadline has passed"_s);
    auto voted = engine.conflicts.hasVoted(conflict.panel.id, actor.id());
    if (!voted)
        return voted.error();
    if (*voted)
        return MutationEffect::reject(RejectionCode::AlreadyAnswered,
                                      u"you already voted on this panel; votes are final"_s);
    auto reasons = engine.panelGateReasons(actor, conflict);
    if (!reasons)
        return reasons.error();
    if (!reasons->isEmpty()) {
        QJsonArray all;
        for (GateReason reason : std::as_const(*reasons))
            all.append(gateReasonCode(reason));
        return MutationEffect::reject(RejectionCode::NotOnPanel, u"you may not sit on this panel"_s,
                                      {{u"reason"_s, gateReasonCode(reasons->constFirst())}, {u"reasons"_s, all}});
    }

    if (decision.status == PanelStatus::Extended) {
        auto extended = engine.conflicts.extend(conflict.panel.id, conflict.panel.deadline, decision.deadline);
        if (!extended)
            return extended.error();
    }
    vote.arbiterId = actor.id();
    vote.castAt = engine.now;
    if (auto status = engine.conflicts.insertVote(vote); !status)
        return status.error();
    if (auto status = engine.conflicts.countVote(conflict.panel.id); !status)
        return status.error();
    engine.changes.touch(Entity::Vote, vote.id, {Audience::account(actor.id())});
    engine.changes.touch(
            Entity::Conflict, conflict.panel.id,
            {Audience::account(conflict.workerId), Audience::account(conflict.requesterId), Audience::arbiters()});

    bool closed = false;
    if (conflict.panel.votesCast + 1 >= conflict.panel.seats) {
        auto result = engine.closePanel(conflict);
        if (!result)
            return result.error();
        closed = *result;
    }
    return MutationEffect::ok({{u"closed"_s, closed}});
}

} // namespace Chrysalis::Mutations
