// A rejected flash-team delivery: the one conflict panel that judges it, its votes, and the settlement
// that splits the panel's verdict over the team's roles.
#include "core/domain/ids.h"
#include "core/market/marketengine.h"
#include "core/market/teamconflictrepository.h"
#include "core/market/teamengine.h"
#include "core/market/teamrepository.h"
#include "core/market/workercounters.h"
#include "core/policy/settlement.h"
#include "core/policy/standing.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QStringList partyAudiences(const QString &requesterId, const QList<TeamMember> &members)
{
    QStringList audiences{Audience::account(requesterId)};
    for (const TeamMember &member : members)
        audiences << Audience::account(member.accountId);
    return audiences;
}

void touchTeamEntities(MarketEngine &engine, const QString &teamTaskId, const QStringList &parties)
{
    engine.changes.touch(Entity::TeamTask, teamTaskId, parties);
    engine.changes.touch(Entity::Team, teamTaskId, parties);
    engine.changes.touch(Entity::TeamDraft, teamTaskId, parties);
}

Result<QList<TeamMember>> membersOf(MarketEngine &engine, const QString &teamTaskId)
{
    return TeamRepository(engine.db).members(teamTaskId);
}

} // namespace

Result<MutationEffect> rejectTeamDelivery(MarketEngine &engine, const TeamTaskRecord &record,
                                          const QList<TeamMember> &members, const AnswerReview &review)
{
    auto moved =
            TeamRepository(engine.db).moveState(record.id, TeamState::Delivered, TeamState::InConflict, engine.now);
    if (!moved)
        return moved.error();
    if (!*moved)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"there is no delivery waiting for review"_s);
    TeamConflictRecord conflict;
    conflict.conflict.panel.id = newId();
    conflict.conflict.panel.state = ConflictState::Open;
    conflict.conflict.panel.seats = engine.policy.panel.seats;
    conflict.conflict.panel.deadline = panelDeadline(engine.now, engine.policy);
    conflict.conflict.taskId = record.id;
    conflict.conflict.requesterId = record.requesterId;
    conflict.conflict.openedAt = engine.now;
    conflict.reasonCode = review.reasonCode ? rejectionReasonName(*review.reasonCode) : QString();
    conflict.reason = review.reason;
    if (auto status = TeamConflictRepository(engine.db).insert(conflict); !status)
        return status.error();
    const QStringList parties = partyAudiences(record.requesterId, members);
    engine.changes.touch(Entity::Conflict, conflict.conflict.panel.id, QStringList(parties) << Audience::arbiters());
    touchTeamEntities(engine, record.id, parties);
    return MutationEffect::ok(
            {{u"state"_s, teamStateName(TeamState::InConflict)}, {u"conflict_id"_s, conflict.conflict.panel.id}});
}

Result<QList<GateReason>> teamPanelGateReasons(MarketEngine &engine, const AccountRecord &arbiter,
                                               const TeamConflictRecord &record)
{
    const ConflictRecord &conflict = record.conflict;
    auto members = membersOf(engine, conflict.taskId);
    if (!members)
        return members.error();
    // Members and anyone who shared a team with one of them within the exclusion have a stake in it.
    bool stake = false;
    for (const TeamMember &member : std::as_const(*members)) {
        if (member.accountId == arbiter.id()) {
            stake = true;
            break;
        }
        auto teammate = areRecentTeammates(engine, arbiter.id(), member.accountId);
        if (!teammate)
            return teammate.error();
        if (*teammate) {
            stake = true;
            break;
        }
    }
    TaskGateInput input;
    input.requesterId = conflict.requesterId;
    input.published = conflict.panel.state == ConflictState::Open;
    input.openSlots = conflict.panel.seats - conflict.panel.votesCast;
    input.alreadyAnsweredByWorker = stake;
    input.kind = GateTaskKind::Conflict;
    return allGateReasons(engine.gateWorker(arbiter), input, engine.policy);
}

Result<std::optional<MutationEffect>> castTeamVote(MarketEngine &engine, const AccountRecord &actor, Vote vote)
{
    TeamConflictRepository panels(engine.db);
    auto found = panels.find(vote.conflictId, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<MutationEffect>();
    const TeamConflictRecord record = **found;
    const ConflictRecord &conflict = record.conflict;
    auto answerVote = engine.conflicts.voteExists(vote.id);
    if (!answerVote)
        return answerVote.error();
    auto teamVote = panels.voteExists(vote.id);
    if (!teamVote)
        return teamVote.error();
    if (*answerVote || *teamVote)
        return std::optional(
                rejectValidation(u"the vote id is taken"_s, {{u"vote_id"_s, u"is already the id of another vote"_s}}));
    if (conflict.panel.state != ConflictState::Open)
        return std::optional(MutationEffect::reject(RejectionCode::ConflictClosed, u"the panel has closed"_s));
    const PanelDecision decision =
            panelStatusAt(conflict.panel.seats, conflict.panel.votesCast, conflict.panel.deadline,
                          conflict.extensionsUsed, engine.now, engine.policy);
    if (decision.closes())
        return std::optional(
                MutationEffect::reject(RejectionCode::ConflictClosed, u"the panel's deadline has passed"_s));
    auto voted = panels.hasVoted(conflict.panel.id, actor.id());
    if (!voted)
        return voted.error();
    if (*voted)
        return std::optional(MutationEffect::reject(RejectionCode::AlreadyAnswered,
                                                    u"you already voted on this panel; votes are final"_s));
    auto reasons = teamPanelGateReasons(engine, actor, record);
    if (!reasons)
        return reasons.error();
    if (!reasons->isEmpty()) {
        QJsonArray all;
        for (GateReason reason : std::as_const(*reasons))
            all.append(gateReasonCode(reason));
        return std::optional(
                MutationEffect::reject(RejectionCode::NotOnPanel, u"you may not sit on this panel"_s,
                                       {{u"reason"_s, gateReasonCode(reasons->constFirst())}, {u"reasons"_s, all}}));
    }
    if (decision.status == PanelStatus::Extended) {
        auto extended = panels.extend(conflict.panel.id, conflict.panel.deadline, decision.deadline);
        if (!extended)
            return extended.error();
    }
    vote.arbiterId = actor.id();
    vote.castAt = engine.now;
    if (auto status = panels.insertVote(vote); !status)
        return status.error();
    auto members = membersOf(engine, conflict.taskId);
    if (!members)
        return members.error();
    engine.changes.touch(Entity::Vote, vote.id, {Audience::account(actor.id())});
    engine.changes.touch(Entity::Conflict, conflict.panel.id,
                         partyAudiences(conflict.requesterId, *members) << Audience::arbiters());
    bool closed = false;
    if (conflict.panel.votesCast + 1 >= conflict.panel.seats) {
        auto result = closeTeamPanel(engine, conflict.panel.id);
        if (!result)
            return result.error();
        closed = *result;
    }
    return std::optional(MutationEffect::ok({{u"closed"_s, closed}}));
}

Result<bool> closeTeamPanel(MarketEngine &engine, const QString &conflictId)
{
    TeamConflictRepository panels(engine.db);
    auto locked = panels.find(conflictId, true);
    if (!locked)
        return locked.error();
    if (!locked->has_value() || (*locked)->conflict.panel.state != ConflictState::Open)
        return false;
    const ConflictRecord conflict = (*locked)->conflict;
    TeamRepository teams(engine.db);
    auto team = teams.find(conflict.taskId, true);
    if (!team)
        return team.error();
    if (!team->has_value())
        return Error::storage(u"team conflict %1 names a missing team task"_s.arg(conflictId));
    const TeamTaskRecord &record = **team;
    auto members = teams.members(record.id);
    if (!members)
        return members.error();
    auto votes = panels.votes(conflictId);
    if (!votes)
        return votes.error();

    TeamSettlementInput input;
    input.heldEscrow = record.escrowCents;
    input.requesterId = record.requesterId;
    for (const TeamMember &member : std::as_const(*members)) {
        const TeamSlot *slot = record.slot(member.role);
        if (!slot)
            return Error::storage(u"team %1 seats a role it does not have"_s.arg(record.id));
        input.seats.append({member.accountId, slot->payCents});
    }
    for (const Vote &vote : std::as_const(*votes)) {
        ++(vote.fault == Fault::Worker ? input.workerFaultVotes : input.requesterFaultVotes);
        input.arbiterIds << vote.arbiterId;
    }
    auto settlement = settleTeamConflict(input, engine.policy);
    if (!settlement)
        return settlement.error();

    const ConflictOutcome outcome{input.workerFaultVotes, input.requesterFaultVotes, settlement->requesterCharge,
                                  settlement->arbitrationFee, settlement->mistakePay};
    auto closed = panels.close(conflictId, outcome, settlement->membersLost, engine.now);
    if (!closed || !*closed)
        return closed;
    if (auto moved = teams.moveState(record.id, TeamState::InConflict, TeamState::Settled, engine.now); !moved)
        return moved.error();
    if (auto booked =
                engine.book(u"team_settlement"_s, settlement->ledger, conflictId, {conflictId, record.id, {}, {}});
        !booked)
        return booked.error();
    for (const TeamSeatSettlement &seat : std::as_const(settlement->seats)) {
        if (auto status = engine.recordPay(seat.memberId, u"team_settlement"_s, seat.pay, seat.mistakePay, conflictId);
            !status)
            return status.error();
    }
    for (const QString &arbiterId : std::as_const(input.arbiterIds)) {
        if (auto status = engine.recordPay(arbiterId, u"arbitration"_s, settlement->arbiterPayEach, 0, conflictId);
            !status)
            return status.error();
    }
    if (settlement->requesterLost) {
        if (auto status = engine.addPoints(record.requesterId, pointsForLostConflict(engine.policy), u"lost_conflict"_s,
                                           conflictId);
            !status)
            return status.error();
    }
    if (settlement->membersLost) {
        if (auto status = WorkerCounters(engine.db).teamLost(record.id); !status)
            return status.error();
        for (const TeamMember &member : std::as_const(*members)) {
            if (auto status = engine.checkDemotion(member.accountId); !status)
                return status.error();
        }
    }

    // After the close: the parties and the panel see the outcome and the anonymised votes; other arbiters
    // are told again so their copy of the open panel goes away.
    const QStringList parties = partyAudiences(record.requesterId, *members);
    QStringList audiences = parties;
    for (const QString &arbiterId : std::as_const(input.arbiterIds))
        audiences << Audience::account(arbiterId);
    engine.changes.touch(Entity::Conflict, conflictId, QStringList(audiences) << Audience::arbiters());
    for (const Vote &vote : std::as_const(*votes))
        engine.changes.touch(Entity::Vote, vote.id, audiences);
    touchTeamEntities(engine, record.id, parties);
    return true;
}

Status advanceTeamPanels(MarketEngine &engine)
{
    TeamConflictRepository panels(engine.db);
    auto due = panels.openDueBy(engine.now, std::numeric_limits<int>::max());
    if (!due)
        return due.error();
    for (const QString &id : std::as_const(*due)) {
        // An extension runs from the old deadline, so one run may extend and then close a panel.
        for (int step = 0; step <= engine.policy.panel.extensions + 1; ++step) {
            auto found = panels.find(id, true);
            if (!found)
                return found.error();
            if (!found->has_value() || (*found)->conflict.panel.state != ConflictState::Open)
                break;
            const ConflictRecord &conflict = (*found)->conflict;
            const PanelDecision decision =
                    panelStatusAt(conflict.panel.seats, conflict.panel.votesCast, conflict.panel.deadline,
                                  conflict.extensionsUsed, engine.now, engine.policy);
            if (decision.status == PanelStatus::Open)
                break;
            if (decision.closes()) {
                if (auto closed = closeTeamPanel(engine, id); !closed)
                    return closed.error();
                break;
            }
            auto extended = panels.extend(id, conflict.panel.deadline, decision.deadline);
            if (!extended)
                return extended.error();
            auto members = membersOf(engine, conflict.taskId);
            if (!members)
                return members.error();
            engine.changes.touch(Entity::Conflict, id,
                                 partyAudiences(conflict.requesterId, *members) << Audience::arbiters());
        }
    }
    return {};
}

namespace {

using Rendered = Result<std::optional<QJsonObject>>;

Result<QString> pseudonymFor(MarketEngine &engine, const QString &accountId)
{
    auto found = engine.accounts.find(accountId);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->account.pseudonym : QString();
}

// Whether the viewer is a party (the requester or a member), may sit on the open panel, or sat on it.
Result<bool> seesPanel(MarketEngine &engine, const TeamConflictRecord &record, const QList<TeamMember> &members,
                       const AccountRecord &viewer)
{
    if (viewer.isAdmin() || viewer.id() == record.conflict.requesterId)
        return true;
    for (const TeamMember &member : members) {
        if (member.accountId == viewer.id())
            return true;
    }
    auto voted = TeamConflictRepository(engine.db).hasVoted(record.conflict.panel.id, viewer.id());
    if (!voted || *voted || record.conflict.panel.state == ConflictState::Closed)
        return voted;
    auto reasons = teamPanelGateReasons(engine, viewer, record);
    if (!reasons)
        return reasons.error();
    return reasons->isEmpty();
}

Rendered renderTeamConflict(MarketEngine &engine, const TeamConflictRecord &record, const AccountRecord &viewer)
{
    const ConflictRecord &conflict = record.conflict;
    auto team = TeamRepository(engine.db).find(conflict.taskId);
    if (!team)
        return team.error();
    if (!team->has_value())
        return std::optional<QJsonObject>();
    const TeamTaskRecord &task = **team;
    auto members = membersOf(engine, task.id);
    if (!members)
        return members.error();
    auto sees = seesPanel(engine, record, *members, viewer);
    if (!sees)
        return sees.error();
    if (!*sees)
        return std::optional<QJsonObject>();

    QJsonObject json = conflict.panel.toJson();
    json.insert(u"kind"_s, u"team"_s);
    json.insert(u"team_task_id"_s, task.id);
    json.insert(u"title"_s, task.title);
    json.insert(u"brief"_s, task.brief);
    json.insert(u"delivery"_s, teamDeliveryName(task.delivery));
    json.insert(u"reason_code"_s, record.reasonCode);
    json.insert(u"reason"_s, record.reason);
    if (conflict.panel.state == ConflictState::Closed) {
        json.insert(u"arbitration_fee_cents"_s, conflict.arbitrationFeeCents);
        json.insert(u"members_lost"_s, record.membersLost);
    }
    // The members by role and pseudonym only: arbiters judge the work, not the people.
    Cents pay = 0;
    QJsonArray seats;
    for (const TeamMember &member : std::as_const(*members)) {
        const TeamSlot *slot = task.slot(member.role);
        const Cents rolePay = slot ? slot->payCents : 0;
        pay += rolePay;
        auto name = pseudonymFor(engine, member.accountId);
        if (!name)
            return name.error();
        seats.append(QJsonObject{{u"role"_s, member.role}, {u"pseudonym"_s, *name}, {u"pay_cents"_s, rolePay}});
    }
    json.insert(u"members"_s, seats);
    json.insert(u"pay_cents"_s, pay);
    if (task.delivery == TeamDelivery::Shared) {
        json.insert(u"text"_s, task.draftText);
        json.insert(u"version"_s, task.draftVersion);
    } else {
        auto parts = TeamRepository(engine.db).parts(task.id);
        if (!parts)
            return parts.error();
        QJsonArray shown;
        for (const TeamPart &part : std::as_const(*parts)) {
            auto name = pseudonymFor(engine, part.authorId);
            if (!name)
                return name.error();
            shown.append(QJsonObject{{u"role"_s, part.role}, {u"text"_s, part.text}, {u"author_pseudonym"_s, *name}});
        }
        json.insert(u"parts"_s, shown);
    }
    QString requesterId = conflict.requesterId;
    if (viewer.id() != requesterId && !viewer.isAdmin()) {
        auto requester = engine.accounts.find(requesterId);
        if (!requester)
            return requester.error();
        requesterId = requester->has_value() ? (*requester)->publicId : QString();
    }
    json.insert(u"requester_id"_s, requesterId);
    json.insert(u"worker_id"_s, QJsonValue());
    return std::optional<QJsonObject>(json);
}

Rendered renderTeamVote(MarketEngine &engine, const Vote &vote, const AccountRecord &viewer)
{
    Vote shownVote = vote;
    if (vote.arbiterId == viewer.id())
        return std::optional<QJsonObject>(shownVote.toJson());
    auto found = TeamConflictRepository(engine.db).find(vote.conflictId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->conflict.panel.state != ConflictState::Closed)
        return std::optional<QJsonObject>();
    auto members = membersOf(engine, (*found)->conflict.taskId);
    if (!members)
        return members.error();
    auto sees = seesPanel(engine, **found, *members, viewer);
    if (!sees)
        return sees.error();
    if (!*sees)
        return std::optional<QJsonObject>();
    shownVote.arbiterId.clear();
    return std::optional<QJsonObject>(shownVote.toJson());
}

} // namespace

Result<std::optional<std::optional<QJsonObject>>> renderTeamConflictEntity(MarketEngine &engine, const QString &entity,
                                                                           const QString &id, const Viewer &viewer)
{
    using Outcome = std::optional<std::optional<QJsonObject>>;
    TeamConflictRepository panels(engine.db);
    std::optional<TeamConflictRecord> conflict;
    std::optional<Vote> vote;
    if (entity == Entity::Conflict) {
        auto found = panels.find(id);
        if (!found)
            return found.error();
        conflict = *found;
    } else if (entity == Entity::Vote) {
        auto found = panels.vote(id);
        if (!found)
            return found.error();
        vote = *found;
    }
    if (!conflict && !vote)
        return Outcome();
    auto self = engine.accounts.find(viewer.accountId);
    if (!self)
        return self.error();
    if (!self->has_value())
        return Outcome(std::optional<QJsonObject>());
    Rendered rendered =
            conflict ? renderTeamConflict(engine, *conflict, **self) : renderTeamVote(engine, *vote, **self);
    if (!rendered)
        return rendered.error();
    return Outcome(*rendered);
}

} // namespace Chrysalis
