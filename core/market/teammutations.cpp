// team.post, team.join, team.leave and the clock work of team tasks: posting with escrow, first-come
// assembly under the team task's row lock, and dissolution with a refund when the deadline passes.
#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/market/marketengine.h"
#include "core/market/skillvocabulary.h"
#include "core/market/teamengine.h"
#include "core/market/teamrepository.h"
#include "core/policy/fees.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QStringList teamTaskAudiences(const TeamTaskRecord &record, const QList<TeamMember> &members,
                              const QList<TeamInvite> &invites = {})
{
    Tier lowest = Tier::Gold;
    for (const TeamSlot &slot : record.slots)
        lowest = std::min(lowest, slot.minTier);
    QStringList audiences{Audience::account(record.requesterId), Audience::workersFrom(tierName(lowest))};
    for (const TeamMember &member : members)
        audiences << Audience::account(member.accountId);
    for (const TeamInvite &invite : invites)
        audiences << Audience::account(invite.accountId);
    return audiences;
}

QStringList teamAudiences(const TeamTaskRecord &record, const QList<TeamMember> &members)
{
    QStringList audiences{Audience::account(record.requesterId)};
    for (const TeamMember &member : members)
        audiences << Audience::account(member.accountId);
    return audiences;
}

// Announces the team task, and the team once it has formed, to everyone who may hold a copy.
Status touchTeam(MarketEngine &engine, const QString &teamTaskId, const QList<TeamMember> &formerMembers = {})
{
    auto record = TeamRepository(engine.db).find(teamTaskId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::storage(u"team task %1 vanished"_s.arg(teamTaskId));
    auto members = TeamRepository(engine.db).members(teamTaskId);
    if (!members)
        return members.error();
    QList<TeamMember> everyone = *members;
    everyone.append(formerMembers);
    auto invites = TeamRepository(engine.db).invites(teamTaskId);
    if (!invites)
        return invites.error();
    engine.changes.touch(Entity::TeamTask, teamTaskId, teamTaskAudiences(**record, everyone, *invites));
    if ((*record)->formedAt.isValid())
        engine.changes.touch(Entity::Team, teamTaskId, teamAudiences(**record, everyone));
    return {};
}

std::optional<TeamSlot> readSlot(ArgsReader &args, const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        args.addError(path, u"must be an object"_s);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonReader reader(object);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        static const QStringList known{u"role"_s, u"skill"_s, u"min_tier"_s, u"count"_s, u"pay_cents"_s};
        if (!known.contains(it.key()))
            reader.addError(excerpt(it.key()), u"is not a field of a slot"_s);
    }
    TeamSlot slot;
    slot.role = reader.nonBlankString(u"role"_s).trimmed();
    const QString skill = reader.nonBlankString(u"skill"_s);
    slot.minTier = reader.enumValue(u"min_tier"_s, parseTier, Tier::Bronze);
    slot.count = reader.integer(u"count"_s, 1, kMaxTeamSeats);
    slot.payCents = reader.integer64(u"pay_cents"_s, 1, kMaxSeatPayCents);
    if (codePointCount(slot.role) > kMaxRoleLength)
        reader.addError(u"role"_s, u"must be at most %1 characters"_s.arg(kMaxRoleLength));
    if (codePointCount(skill) > kMaxSkillLength)
        reader.addError(u"skill"_s, u"must be at most %1 characters"_s.arg(kMaxSkillLength));
    const QStringList skillName = normalisedNames({skill});
    slot.skill = skillName.isEmpty() ? QString() : skillName.constFirst();
    for (const FieldError &error : reader.errors())
        args.addError(path + u'.' + error.field, error.message);
    if (!reader.ok())
        return std::nullopt;
    return slot;
}

QList<TeamSlot> readSlots(ArgsReader &args)
{
    QList<TeamSlot> slots;
    if (!args.read().has(u"slots"_s)) {
        args.addError(u"slots"_s, u"is required"_s);
        return slots;
    }
    const QJsonArray given = args.read().array(u"slots"_s);
    if (given.isEmpty() || given.size() > kMaxTeamRoles) {
        args.addError(u"slots"_s, u"must hold 1 to %1 roles"_s.arg(kMaxTeamRoles));
        return slots;
    }
    QSet<QString> roles;
    int seats = 0;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString path = JsonReader::elementPath(u"slots"_s, i);
        auto slot = readSlot(args, given.at(i), path);
        if (!slot)
            continue;
        if (roles.contains(slot->role.toCaseFolded()))
            args.addError(path + u".role"_s, u"names a role that is already in the team"_s);
        roles.insert(slot->role.toCaseFolded());
        seats += slot->count;
        slots.append(*slot);
    }
    if (seats > kMaxTeamSeats)
        args.addError(u"slots"_s, u"a team has at most %1 seats in all"_s.arg(kMaxTeamSeats));
    return slots;
}

int filledSeats(const QList<TeamMember> &members, const QString &role)
{
    int filled = 0;
    for (const TeamMember &member : members)
        filled += member.role == role ? 1 : 0;
    return filled;
}

const TeamMember *memberOf(const QList<TeamMember> &members, const QString &accountId)
{
    for (const TeamMember &member : members) {
        if (member.accountId == accountId)
            return &member;
    }
    return nullptr;
}

LedgerEvent escrowMove(const QString &requesterId, Cents amount, const QString &kind)
{
    return {{LedgerAccount::personal(LedgerBook::Balance, requesterId), -amount, kind},
            {LedgerAccount::personal(LedgerBook::Escrow, requesterId), amount, kind}};
}

} // namespace

int reservedSeats(const QList<TeamInvite> &invites, const QString &role, const QString &workerId)
{
    int reserved = 0;
    for (const TeamInvite &invite : invites)
        reserved += invite.state == u"pending" && invite.role == role && invite.accountId != workerId ? 1 : 0;
    return reserved;
}

TaskGateInput teamSlotGate(const TeamTaskRecord &record, const TeamSlot &slot, const QList<TeamMember> &members,
                           const QList<TeamInvite> &invites, const QString &workerId)
{
    TaskGateInput input;
    input.requesterId = record.requesterId;
    input.published = record.state == TeamState::Assembling;
    input.minTier = slot.minTier;
    input.requiredSkills = foldedNames({slot.skill});
    input.openSlots = slot.count - filledSeats(members, slot.role) - reservedSeats(invites, slot.role, workerId);
    input.alreadyAnsweredByWorker = memberOf(members, workerId) != nullptr;
    input.kind = GateTaskKind::Normal;
    return input;
}

Status recordProfileSkills(MarketEngine &engine, const QString &accountId, const QStringList &skills)
{
    auto changed = SkillVocabulary(engine.db).setHolder(accountId, skills, engine.now);
    if (!changed)
        return changed.error();
    for (const QString &id : std::as_const(*changed))
        engine.changes.touch(Entity::Skill, id, {Audience::everyone()});
    return {};
}

Result<bool> areRecentTeammates(MarketEngine &engine, const QString &accountA, const QString &accountB)
{
    if (accountA == accountB)
        return false;
    return TeamRepository(engine.db).wereTeammates(accountA, accountB,
                                                   engine.now.addSecs(-engine.policy.panel.teamExclusionSeconds));
}

namespace Mutations {

Result<MutationEffect> teamPost(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"title", u"brief", u"slots", u"delivery", u"deadline"});
    const QString id = args.read().id(u"team_task_id"_s);
    const QString title = args.read().nonBlankString(u"title"_s).trimmed();
    const QString brief = args.read().string(u"brief"_s);
    const QList<TeamSlot> givenSlots = readSlots(args);
    const TeamDelivery delivery = args.read().enumValue(u"delivery"_s, parseTeamDelivery, TeamDelivery::Shared);
    const QDateTime deadline = args.read().time(u"deadline"_s);
    if (codePointCount(title) > kMaxTeamTitleLength)
        args.addError(u"title"_s, u"must be at most %1 characters"_s.arg(kMaxTeamTitleLength));
    if (codePointCount(brief) > kMaxInstructionsLength)
        args.addError(u"brief"_s, u"must be at most %1 characters"_s.arg(kMaxInstructionsLength));
    if (deadline.isValid() && deadline <= engine.now)
        args.addError(u"deadline"_s, u"must be in the future"_s);
    else if (deadline.isValid() && deadline > engine.now.addSecs(kMaxTeamDeadlineSeconds))
        args.addError(u"deadline"_s, u"must be at most %1 days away"_s.arg(kMaxTeamDeadlineSeconds / 86'400));
    if (!args.ok())
        return args.rejection();
    if (!actor.isRequester())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only requesters post team tasks"_s);
    if (actor.account.suspended)
        return rejectNotEligible({GateReason::Suspended}, u"a suspended account cannot post"_s);
    TeamRepository teams(engine.db);
    auto taken = teams.exists(id);
    if (!taken)
        return taken.error();
    if (*taken)
        return rejectValidation(u"the team task id is already used"_s, {{u"team_task_id"_s, u"is already used"_s}});

    TeamTaskRecord record;
    record.id = id;
    record.requesterId = actor.id();
    record.title = title;
    record.brief = brief;
    record.delivery = delivery;
    record.deadline = deadline;
    record.state = TeamState::Assembling;
    record.feeBp = feeRate(actor.account.standing, engine.policy);
    record.createdAt = engine.now;
    for (TeamSlot slot : givenSlots) {
        auto perSeat = escrowPerSlot(slot.payCents, record.feeBp);
        if (!perSeat)
            return MutationEffect::reject(RejectionCode::LimitExceeded, perSeat.error().message);
        slot.escrowPerSeat = *perSeat;
        record.escrowCents += slot.escrowPerSeat * slot.count;
        record.slots.append(slot);
    }
    auto balance = engine.balanceOf(LedgerBook::Balance, actor.id());
    if (!balance)
        return balance.error();
    if (*balance < record.escrowCents) {
        return MutationEffect::reject(
                RejectionCode::InsufficientFunds,
                u"posting needs %1 cents in escrow but the balance is %2 cents"_s.arg(record.escrowCents).arg(*balance),
                {{u"required_cents"_s, record.escrowCents}, {u"balance_cents"_s, *balance}});
    }

    if (auto status = teams.insert(record); !status)
        return status.error();
    if (auto booked = engine.book(u"team_post"_s, escrowMove(actor.id(), record.escrowCents, u"team_post"_s), id);
        !booked)
        return booked.error();
    QStringList skills;
    for (const TeamSlot &slot : std::as_const(record.slots))
        skills << slot.skill;
    auto created = SkillVocabulary(engine.db).ensure(skills, engine.now);
    if (!created)
        return created.error();
    for (const QString &skillId : std::as_const(*created))
        engine.changes.touch(Entity::Skill, skillId, {Audience::everyone()});
    if (auto status = touchTeam(engine, id); !status)
        return status.error();
    return MutationEffect::ok({{u"escrow_cents"_s, record.escrowCents}, {u"fee_bp"_s, record.feeBp}});
}

Result<MutationEffect> teamJoin(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"role"});
    const QString id = args.read().id(u"team_task_id"_s);
    const QString role = args.read().nonBlankString(u"role"_s).trimmed();
    if (!args.ok())
        return args.rejection();
    TeamRepository teams(engine.db);
    // The row lock orders joins of one team across server processes: seats are counted after it.
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s);
    const TeamTaskRecord &record = **found;
    const TeamSlot *slot = record.slot(role);
    if (!slot)
        return rejectValidation(u"the team task has no such role"_s,
                                {{u"role"_s, u"is not a role of this team task"_s}});
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers join teams"_s);
    auto members = teams.members(id);
    if (!members)
        return members.error();
    auto invites = teams.invites(id);
    if (!invites)
        return invites.error();
    const QList<GateReason> reasons = allGateReasons(
            engine.gateWorker(actor), teamSlotGate(record, *slot, *members, *invites, actor.id()), engine.policy);
    if (reasons.contains(GateReason::NotPublished))
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the team is no longer assembling"_s,
                                      {{u"state"_s, teamStateName(record.state)}});
    if (!reasons.isEmpty())
        return rejectNotEligible(reasons, u"this seat is not open to you"_s);

    if (auto status = teams.addMember({id, actor.id(), role, engine.now}); !status)
        return status.error();
    // Joining answers the worker's invitation: taken when it is the reserved role, given back otherwise.
    for (const TeamInvite &invite : std::as_const(*invites)) {
        if (invite.accountId != actor.id())
            continue;
        auto closed = teams.closeInvite(id, actor.id(), invite.role == role ? u"accepted"_s : u"declined"_s);
        if (!closed)
            return closed.error();
    }
    const bool formed = members->size() + 1 == record.seats();
    if (formed) {
        auto moved = teams.moveState(id, TeamState::Assembling, TeamState::Formed, engine.now);
        if (!moved)
            return moved.error();
    }
    if (auto status = touchTeam(engine, id); !status)
        return status.error();
    return MutationEffect::ok({{u"role"_s, role}, {u"team_formed"_s, formed}});
}

Result<MutationEffect> teamLeave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id"});
    const QString id = args.read().id(u"team_task_id"_s);
    if (!args.ok())
        return args.rejection();
    TeamRepository teams(engine.db);
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s);
    auto members = teams.members(id);
    if (!members)
        return members.error();
    const TeamMember *seat = memberOf(*members, actor.id());
    if (!seat)
        return MutationEffect::reject(RejectionCode::NotFound, u"you hold no seat on this team"_s);
    if ((*found)->state != TeamState::Assembling)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the team has formed; seats are kept"_s,
                                      {{u"state"_s, teamStateName((*found)->state)}});
    const TeamMember leaving = *seat;
    auto removed = teams.removeMember(id, actor.id());
    if (!removed)
        return removed.error();
    if (auto status = touchTeam(engine, id, {leaving}); !status)
        return status.error();
    return MutationEffect::ok({{u"role"_s, leaving.role}});
}

Result<MutationEffect> teamInvite(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"previous_team_id"});
    const QString id = args.read().id(u"team_task_id"_s);
    const QString previousId = args.read().id(u"previous_team_id"_s);
    if (!args.ok())
        return args.rejection();
    TeamRepository teams(engine.db);
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s);
    const TeamTaskRecord &record = **found;
    if (record.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only the team task's requester invites"_s);
    if (record.state != TeamState::Assembling)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the team is no longer assembling"_s,
                                      {{u"state"_s, teamStateName(record.state)}});
    auto previous = teams.find(previousId);
    if (!previous)
        return previous.error();
    if (!previous->has_value() || (*previous)->requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::NotFound, u"no earlier team of yours with this id"_s);
    if ((*previous)->state != TeamState::Approved)
        return rejectValidation(u"only a team whose delivery was approved can be invited"_s,
                                {{u"previous_team_id"_s, u"must name a team whose delivery was approved"_s}});
    auto invites = teams.invites(id);
    if (!invites)
        return invites.error();
    if (!invites->isEmpty())
        return rejectValidation(u"this team task already has invitations"_s,
                                {{u"team_task_id"_s, u"already has invitations"_s}});
    auto members = teams.members(id);
    if (!members)
        return members.error();
    auto formerMembers = teams.members(previousId);
    if (!formerMembers)
        return formerMembers.error();
    const QDateTime expiresAt = std::min(engine.now.addSecs(kTeamInviteSeconds), record.deadline);
    QList<TeamInvite> reserved;
    QJsonArray invited;
    for (const TeamMember &former : std::as_const(*formerMembers)) {
        const TeamSlot *slot = record.slot(former.role);
        if (!slot || memberOf(*members, former.accountId))
            continue;
        const int free = slot->count - filledSeats(*members, slot->role) - reservedSeats(reserved, slot->role, {});
        if (free < 1)
            continue;
        const TeamInvite invite{id, former.accountId, former.role, u"pending"_s, expiresAt};
        if (auto status = teams.insertInvite(invite); !status)
            return status.error();
        reserved << invite;
        invited.append(former.role);
    }
    if (reserved.isEmpty())
        return rejectValidation(u"no member of that team fits a free seat of this one"_s,
                                {{u"previous_team_id"_s, u"has no member whose role has a free seat here"_s}});
    if (auto status = touchTeam(engine, id); !status)
        return status.error();
    return MutationEffect::ok({{u"reserved_roles"_s, invited}, {u"expires_at"_s, wireTime(expiresAt)}});
}

Result<MutationEffect> teamDecline(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id"});
    const QString id = args.read().id(u"team_task_id"_s);
    if (!args.ok())
        return args.rejection();
    TeamRepository teams(engine.db);
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s);
    auto declined = teams.closeInvite(id, actor.id(), u"declined"_s);
    if (!declined)
        return declined.error();
    if (!*declined)
        return MutationEffect::reject(RejectionCode::NotFound, u"you have no open invitation to this team"_s);
    if (auto status = touchTeam(engine, id); !status)
        return status.error();
    return MutationEffect::ok();
}

} // namespace Mutations

Status advanceTeams(MarketEngine &engine)
{
    TeamRepository teams(engine.db);
    auto lapsed = teams.invitesDueBy(engine.now, std::numeric_limits<int>::max());
    if (!lapsed)
        return lapsed.error();
    for (const TeamInvite &invite : std::as_const(*lapsed)) {
        auto closed = teams.closeInvite(invite.teamTaskId, invite.accountId, u"expired"_s);
        if (!closed)
            return closed.error();
        if (*closed) {
            if (auto status = touchTeam(engine, invite.teamTaskId); !status)
                return status;
        }
    }
    auto due = teams.dueBy(engine.now, std::numeric_limits<int>::max());
    if (!due)
        return due.error();
    for (const QString &id : std::as_const(*due)) {
        auto found = teams.find(id, true);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        const TeamTaskRecord &record = **found;
        if ((record.state != TeamState::Assembling && record.state != TeamState::Formed) ||
            record.deadline > engine.now)
            continue;
        auto moved = teams.moveState(id, record.state, TeamState::Dissolved, engine.now);
        if (!moved)
            return moved.error();
        if (!*moved)
            continue;
        if (record.escrowCents > 0) {
            const LedgerEvent refund = escrowMove(record.requesterId, -record.escrowCents, u"escrow_release"_s);
            if (auto booked = engine.book(u"escrow_release"_s, refund, id); !booked)
                return booked.error();
        }
        if (auto status = touchTeam(engine, id); !status)
            return status;
    }
    if (auto status = advanceTeamPanels(engine); !status)
        return status;
    auto unreviewed = teams.deliveredBy(engine.now.addSecs(-engine.policy.review.autoApproveSeconds),
                                        std::numeric_limits<int>::max());
    if (!unreviewed)
        return unreviewed.error();
    for (const QString &id : std::as_const(*unreviewed)) {
        auto found = teams.find(id, true);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        auto members = teams.members(id);
        if (!members)
            return members.error();
        auto approved = approveTeam(engine, **found, *members);
        if (!approved)
            return approved.error();
        if (*approved) {
            engine.changes.touch(Entity::TeamDraft, id, teamAudiences(**found, *members));
            if (auto status = touchTeam(engine, id); !status)
                return status;
        }
    }
    return {};
}

} // namespace Chrysalis
