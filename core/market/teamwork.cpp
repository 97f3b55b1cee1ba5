// The work of a formed team: the shared draft with attributed edits, the message thread, delivery
// (every member signs one shared draft, or each role submits its part) and the requester's approval,
// which pays each member their role's pay from the team's escrow.
#include "core/domain/textrules.h"
#include "core/market/marketengine.h"
#include "core/market/teamengine.h"
#include "core/market/teamrepository.h"

#include <QJsonArray>

#include <variant>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// A team task with its seat holders, locked for one mutation, and the actor's seat on it.
struct TeamContext {
    TeamTaskRecord record;
    QList<TeamMember> members;
    std::optional<TeamMember> own;
};

using Loaded = std::variant<TeamContext, MutationEffect>;

Result<Loaded> loadForMember(MarketEngine &engine, const QString &id, const AccountRecord &actor)
{
    TeamRepository teams(engine.db);
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Loaded(MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s));
    auto members = teams.members(id);
    if (!members)
        return members.error();
    TeamContext context{**found, *members, std::nullopt};
    for (const TeamMember &member : std::as_const(*members)) {
        if (member.accountId == actor.id())
            context.own = member;
    }
    if (!context.own)
        return Loaded(MutationEffect::reject(RejectionCode::Forbidden, u"only members of the team do its work"_s));
    return Loaded(std::move(context));
}

MutationEffect notWorking(const TeamTaskRecord &record)
{
    return MutationEffect::reject(RejectionCode::TaskClosed, u"the team is not at work"_s,
                                  {{u"state"_s, teamStateName(record.state)}});
}

QStringList memberAudiences(const QList<TeamMember> &members)
{
    QStringList audiences;
    for (const TeamMember &member : members)
        audiences << Audience::account(member.accountId);
    return audiences;
}

// Announces the draft, the team and the team task after a change of the team's work.
void touchWork(MarketEngine &engine, const TeamTaskRecord &record, const QList<TeamMember> &members, bool state)
{
    QStringList audiences = memberAudiences(members);
    // The requester sees the deliverable once it is delivered.
    if (record.state != TeamState::Formed)
        audiences << Audience::account(record.requesterId);
    engine.changes.touch(Entity::TeamDraft, record.id, audiences);
    engine.changes.touch(Entity::Team, record.id, memberAudiences(members) << Audience::account(record.requesterId));
    if (state) {
        engine.changes.touch(Entity::TeamTask, record.id,
                             memberAudiences(members) << Audience::account(record.requesterId));
    }
}

// Formed → delivered once every member signed the current draft (shared) or every role has a part
// (per_role); refreshes the context's members and state.
Status deliverIfComplete(MarketEngine &engine, TeamContext &context)
{
    TeamRepository teams(engine.db);
    auto members = teams.members(context.record.id);
    if (!members)
        return members.error();
    context.members = *members;
    bool complete = true;
    if (context.record.delivery == TeamDelivery::Shared) {
        for (const TeamMember &member : std::as_const(*members))
            complete = complete && member.signedVersion == context.record.draftVersion;
    } else {
        auto parts = teams.parts(context.record.id);
        if (!parts)
            return parts.error();
        complete = parts->size() == context.record.slots.size();
    }
    if (!complete)
        return {};
    auto moved = teams.moveState(context.record.id, TeamState::Formed, TeamState::Delivered, engine.now);
    if (!moved)
        return moved.error();
    if (auto status = teams.markDelivered(context.record.id, engine.now); !status)
        return status.error();
    context.record.state = TeamState::Delivered;
    return {};
}

} // namespace

Result<bool> approveTeam(MarketEngine &engine, const TeamTaskRecord &record, const QList<TeamMember> &members)
{
    TeamRepository teams(engine.db);
    auto moved = teams.moveState(record.id, TeamState::Delivered, TeamState::Approved, engine.now);
    if (!moved || !*moved)
        return moved;
    const QString kind = u"team_approve"_s;
    LedgerEvent event{{LedgerAccount::personal(LedgerBook::Escrow, record.requesterId), -record.escrowCents, kind}};
    Cents paid = 0;
    for (const TeamMember &member : members) {
        const TeamSlot *slot = record.slot(member.role);
        if (!slot)
            return Error::storage(u"team %1 seats a role it does not have"_s.arg(record.id));
        event.append({LedgerAccount::personal(LedgerBook::Earnings, member.accountId), slot->payCents, kind});
        paid += slot->payCents;
    }
    if (record.escrowCents - paid > 0)
        event.append({LedgerAccount::platform(LedgerBook::PlatformFees), record.escrowCents - paid, kind});
    if (auto booked = engine.book(kind, event, record.id); !booked)
        return booked.error();
    for (const TeamMember &member : members) {
        if (auto status =
                    engine.recordPay(member.accountId, u"team"_s, record.slot(member.role)->payCents, 0, record.id);
            !status)
            return status.error();
    }
    return true;
}

namespace Mutations {

Result<MutationEffect> teamDraftSave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"base_version", u"text"});
    const QString id = args.read().id(u"team_task_id"_s);
    const qint64 base = args.read().integer64(u"base_version"_s, 0, kMaxJsonInteger);
    const QString text = args.read().string(u"text"_s);
    if (codePointCount(text) > kMaxInstructionsLength)
        args.addError(u"text"_s, u"must be at most %1 characters"_s.arg(kMaxInstructionsLength));
    if (!args.ok())
        return args.rejection();
    auto loaded = loadForMember(engine, id, actor);
    if (!loaded)
        return loaded.error();
    if (auto *refused = std::get_if<MutationEffect>(&*loaded))
        return *refused;
    TeamContext &context = std::get<TeamContext>(*loaded);
    if (context.record.state != TeamState::Formed)
        return notWorking(context.record);
    if (base != context.record.draftVersion) {
        return MutationEffect::reject(RejectionCode::VersionConflict, u"the draft changed since this edit began"_s,
                                      {{u"server"_s, QJsonObject{{u"version"_s, context.record.draftVersion},
                                                                 {u"text"_s, context.record.draftText}}}});
    }
    auto saved = TeamRepository(engine.db).saveDraft(id, base, text, actor.id(), engine.now);
    if (!saved)
        return saved.error();
    if (!*saved)
        return Error::storage(u"the draft of team %1 moved under its lock"_s.arg(id));
    touchWork(engine, context.record, context.members, false);
    return MutationEffect::ok({{u"version"_s, base + 1}});
}

Result<MutationEffect> teamMessage(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"message_id", u"team_task_id", u"text"});
    const QString messageId = args.read().id(u"message_id"_s);
    const QString id = args.read().id(u"team_task_id"_s);
    const QString text = args.read().nonBlankString(u"text"_s);
    if (codePointCount(text) > kMaxTeamMessageLength)
        args.addError(u"text"_s, u"must be at most %1 characters"_s.arg(kMaxTeamMessageLength));
    if (!args.ok())
        return args.rejection();
    auto loaded = loadForMember(engine, id, actor);
    if (!loaded)
        return loaded.error();
    if (auto *refused = std::get_if<MutationEffect>(&*loaded))
        return *refused;
    TeamContext &context = std::get<TeamContext>(*loaded);
    if (context.record.state != TeamState::Formed && context.record.state != TeamState::Delivered)
        return notWorking(context.record);
    TeamRepository teams(engine.db);
    auto existing = teams.message(messageId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return rejectValidation(u"the message id is already used"_s, {{u"message_id"_s, u"is already used"_s}});
    auto count = teams.messageCount(id);
    if (!count)
        return count.error();
    if (*count >= kMaxTeamMessages)
        return MutationEffect::reject(RejectionCode::LimitExceeded,
                                      u"a team's thread holds at most %1 messages"_s.arg(kMaxTeamMessages),
                                      {{u"limit"_s, kMaxTeamMessages}});
    if (auto status = teams.insertMessage({messageId, id, actor.id(), text, engine.now}); !status)
        return status.error();
    engine.changes.touch(Entity::TeamMessage, messageId, memberAudiences(context.members));
    return MutationEffect::ok();
}

Result<MutationEffect> teamSign(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"draft_version"});
    const QString id = args.read().id(u"team_task_id"_s);
    const qint64 version = args.read().integer64(u"draft_version"_s, 1, kMaxJsonInteger);
    if (!args.ok())
        return args.rejection();
    auto loaded = loadForMember(engine, id, actor);
    if (!loaded)
        return loaded.error();
    if (auto *refused = std::get_if<MutationEffect>(&*loaded))
        return *refused;
    TeamContext &context = std::get<TeamContext>(*loaded);
    if (context.record.state != TeamState::Formed)
        return notWorking(context.record);
    if (context.record.delivery != TeamDelivery::Shared)
        return rejectValidation(u"a per_role team delivers with team.deliver@1"_s,
                                {{u"team_task_id"_s, u"names a team that delivers per role"_s}});
    if (version != context.record.draftVersion) {
        return MutationEffect::reject(RejectionCode::VersionConflict, u"the draft changed since it was read"_s,
                                      {{u"server"_s, QJsonObject{{u"version"_s, context.record.draftVersion},
                                                                 {u"text"_s, context.record.draftText}}}});
    }
    if (auto status = TeamRepository(engine.db).sign(id, actor.id(), version); !status)
        return status.error();
    if (auto status = deliverIfComplete(engine, context); !status)
        return status.error();
    touchWork(engine, context.record, context.members, context.record.state == TeamState::Delivered);
    return MutationEffect::ok({{u"delivered"_s, context.record.state == TeamState::Delivered}});
}

Result<MutationEffect> teamDeliver(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"text"});
    const QString id = args.read().id(u"team_task_id"_s);
    const QString text = args.read().nonBlankString(u"text"_s);
    if (codePointCount(text) > kMaxInstructionsLength)
        args.addError(u"text"_s, u"must be at most %1 characters"_s.arg(kMaxInstructionsLength));
    if (!args.ok())
        return args.rejection();
    auto loaded = loadForMember(engine, id, actor);
    if (!loaded)
        return loaded.error();
    if (auto *refused = std::get_if<MutationEffect>(&*loaded))
        return *refused;
    TeamContext &context = std::get<TeamContext>(*loaded);
    if (context.record.state != TeamState::Formed)
        return notWorking(context.record);
    if (context.record.delivery != TeamDelivery::PerRole)
        return rejectValidation(u"a shared team delivers when every member signs the draft (team.sign@1)"_s,
                                {{u"team_task_id"_s, u"names a team that delivers one shared answer"_s}});
    if (auto status = TeamRepository(engine.db).putPart(id, {context.own->role, text, actor.id(), engine.now}); !status)
        return status.error();
    if (auto status = deliverIfComplete(engine, context); !status)
        return status.error();
    touchWork(engine, context.record, context.members, context.record.state == TeamState::Delivered);
    return MutationEffect::ok(
            {{u"role"_s, context.own->role}, {u"delivered"_s, context.record.state == TeamState::Delivered}});
}

Result<MutationEffect> teamReview(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"team_task_id", u"decision", u"reason_code", u"reason"});
    const QString id = args.read().id(u"team_task_id"_s);
    AnswerReview review;
    review.answerId = id;
    review.decision = args.read().enumValue(u"decision"_s, parseReviewDecision, ReviewDecision::Approve);
    review.reasonCode = args.read().optionalEnumValue<RejectionReason>(u"reason_code"_s, parseRejectionReason);
    review.reason = args.read().optionalString(u"reason"_s);
    if (!args.ok())
        return args.rejection();
    // The reason rules of answer.review@1: a rejection needs a reason code and a written reason.
    if (const Status valid = review.validate(); !valid)
        return rejectValidation(valid.error().message, valid.error().fieldErrors);
    TeamRepository teams(engine.db);
    auto found = teams.find(id, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no team task with this id"_s);
    const TeamTaskRecord &record = **found;
    if (record.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only the team task's requester reviews it"_s);
    if (record.state != TeamState::Delivered)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"there is no delivery waiting for review"_s,
                                      {{u"state"_s, teamStateName(record.state)}});
    auto members = teams.members(id);
    if (!members)
        return members.error();
    if (review.decision == ReviewDecision::Reject)
        return rejectTeamDelivery(engine, record, *members, review);
    auto approved = approveTeam(engine, record, *members);
    if (!approved)
        return approved.error();
    TeamTaskRecord closed = record;
    closed.state = TeamState::Approved;
    touchWork(engine, closed, *members, true);
    return MutationEffect::ok({{u"state"_s, teamStateName(TeamState::Approved)}});
}

} // namespace Mutations

} // namespace Chrysalis
