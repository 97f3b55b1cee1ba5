// Per-viewer rendering of skill, team_task and team.
#include "core/domain/jsonreader.h"
#include "core/market/marketengine.h"
#include "core/market/skillvocabulary.h"
#include "core/market/teamengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

using Rendered = Result<std::optional<QJsonObject>>;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(wireTime(time)) : QJsonValue();
}

Rendered renderSkill(MarketEngine &engine, const QString &id, const AccountRecord &viewer)
{
    SkillVocabulary vocabulary(engine.db);
    auto entry = vocabulary.find(id);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<QJsonObject>();
    auto held = vocabulary.holds(viewer.id(), id);
    if (!held)
        return held.error();
    auto verifications = vocabulary.verifications(viewer.id(), id);
    if (!verifications)
        return verifications.error();
    // The qualification tasks whose pass verifies the skill, so the profile can name them.
    QJsonArray verifiedBy;
    for (const SkillVerification &verification : std::as_const(*verifications)) {
        auto task = engine.tasks.find(verification.taskId);
        if (!task)
            return task.error();
        verifiedBy.append(QJsonObject{{u"task_id"_s, verification.taskId},
                                      {u"title"_s, task->has_value() ? (*task)->revision.title : QString()},
                                      {u"verified_at"_s, wireTime(verification.verifiedAt)}});
    }
    return std::optional<QJsonObject>(QJsonObject{{u"id"_s, (*entry)->id},
                                                  {u"name"_s, (*entry)->name},
                                                  {u"workers"_s, (*entry)->workers},
                                                  {u"held"_s, *held},
                                                  {u"verified"_s, !verifiedBy.isEmpty()},
                                                  {u"verified_by"_s, verifiedBy}});
}

// The id others see for an account: its own id to itself and admins, the public one to everyone else.
Result<QString> shownId(MarketEngine &engine, const QString &accountId, const AccountRecord &viewer)
{
    if (accountId == viewer.id() || viewer.isAdmin())
        return accountId;
    auto found = engine.accounts.find(accountId);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->publicId : QString();
}

Rendered renderTeamTask(MarketEngine &engine, const QString &id, const AccountRecord &viewer)
{
    TeamRepository teams(engine.db);
    auto found = teams.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QJsonObject>();
    const TeamTaskRecord &record = **found;
    auto members = teams.members(id);
    if (!members)
        return members.error();
    const TeamMember *own = nullptr;
    for (const TeamMember &member : std::as_const(*members)) {
        if (member.accountId == viewer.id())
            own = &member;
    }
    auto invites = teams.invites(id);
    if (!invites)
        return invites.error();
    std::optional<TeamInvite> invite;
    for (const TeamInvite &candidate : std::as_const(*invites)) {
        if (candidate.accountId == viewer.id() && candidate.state == u"pending")
            invite = candidate;
    }
    const bool isRequester = record.requesterId == viewer.id();
    const bool privileged = isRequester || viewer.isAdmin() || own || (invite && record.state == TeamState::Assembling);
    Tier lowest = Tier::Gold;
    for (const TeamSlot &slot : record.slots)
        lowest = std::min(lowest, slot.minTier);
    // Other workers see a team task only while it assembles, from the lowest tier any role takes.
    const bool openToViewer = viewer.isWorker() && record.state == TeamState::Assembling &&
                              static_cast<int>(viewer.account.tier) >= static_cast<int>(lowest);
    if (!privileged && !openToViewer)
        return std::optional<QJsonObject>();

    QJsonArray slots;
    int filled = 0;
    for (const TeamSlot &slot : record.slots) {
        QJsonObject json = slot.toJson();
        int taken = 0;
        for (const TeamMember &member : std::as_const(*members))
            taken += member.role == slot.role ? 1 : 0;
        filled += taken;
        const int reserved = reservedSeats(*invites, slot.role, viewer.id());
        json.insert(u"filled"_s, taken);
        json.insert(u"reserved"_s, reserved);
        json.insert(u"open"_s, slot.count - taken - reserved);
        if (viewer.isWorker() && !isRequester) {
            QJsonArray reasons;
            const QList<GateReason> gate =
                    allGateReasons(engine.gateWorker(viewer),
                                   teamSlotGate(record, slot, *members, *invites, viewer.id()), engine.policy);
            for (GateReason reason : gate)
                reasons.append(gateReasonCode(reason));
            json.insert(u"reasons"_s, reasons);
        }
        slots.append(json);
    }
    auto requester = shownId(engine, record.requesterId, viewer);
    if (!requester)
        return requester.error();
    QJsonObject json{
            {u"id"_s, record.id},
            {u"requester_id"_s, *requester},
            {u"title"_s, record.title},
            {u"brief"_s, record.brief},
            {u"slots"_s, slots},
            {u"delivery"_s, teamDeliveryName(record.delivery)},
            {u"deadline"_s, wireTime(record.deadline)},
            {u"state"_s, teamStateName(record.state)},
            {u"seats"_s, record.seats()},
            {u"filled"_s, filled},
            {u"my_role"_s, own ? QJsonValue(own->role) : QJsonValue()},
            {u"my_invitation"_s,
             invite ? QJsonValue(QJsonObject{{u"role"_s, invite->role}, {u"expires_at"_s, wireTime(invite->expiresAt)}})
                    : QJsonValue()},
            {u"created_at"_s, wireTime(record.createdAt)},
            {u"formed_at"_s, timeOrNull(record.formedAt)},
            {u"closed_at"_s, timeOrNull(record.closedAt)}};
    if (isRequester || viewer.isAdmin()) {
        json.insert(u"fee_bp"_s, record.feeBp);
        json.insert(u"escrow_cents"_s, record.escrowCents);
    }
    return std::optional<QJsonObject>(json);
}

Rendered renderTeam(MarketEngine &engine, const QString &id, const AccountRecord &viewer)
{
    TeamRepository teams(engine.db);
    auto found = teams.find(id);
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->formedAt.isValid())
        return std::optional<QJsonObject>();
    const TeamTaskRecord &record = **found;
    auto members = teams.members(id);
    if (!members)
        return members.error();
    bool isMember = false;
    for (const TeamMember &member : std::as_const(*members))
        isMember = isMember || member.accountId == viewer.id();
    if (!isMember && record.requesterId != viewer.id() && !viewer.isAdmin())
        return std::optional<QJsonObject>();
    QJsonArray list;
    for (const TeamMember &member : std::as_const(*members)) {
        auto account = engine.accounts.find(member.accountId);
        if (!account)
            return account.error();
        auto memberId = shownId(engine, member.accountId, viewer);
        if (!memberId)
            return memberId.error();
        list.append(QJsonObject{{u"member_id"_s, *memberId},
                                {u"pseudonym"_s, account->has_value() ? (*account)->account.pseudonym : QString()},
                                {u"role"_s, member.role},
                                {u"joined_at"_s, wireTime(member.joinedAt)},
                                {u"signed_version"_s, member.signedVersion}});
    }
    return std::optional<QJsonObject>(QJsonObject{{u"id"_s, record.id},
                                                  {u"team_task_id"_s, record.id},
                                                  {u"state"_s, teamStateName(record.state)},
                                                  {u"members"_s, list},
                                                  {u"formed_at"_s, wireTime(record.formedAt)},
                                                  {u"closed_at"_s, timeOrNull(record.closedAt)}});
}

Result<QString> pseudonymOf(MarketEngine &engine, const QString &accountId)
{
    auto found = engine.accounts.find(accountId);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->account.pseudonym : QString();
}

// The shared draft (or the parts of a per_role delivery) with its attributed edits: to the members while
// they work, and to the requester as well once delivered.
Rendered renderTeamDraft(MarketEngine &engine, const QString &id, const AccountRecord &viewer)
{
    TeamRepository teams(engine.db);
    auto found = teams.find(id);
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->formedAt.isValid())
        return std::optional<QJsonObject>();
    const TeamTaskRecord &record = **found;
    auto members = teams.members(id);
    if (!members)
        return members.error();
    bool isMember = false;
    for (const TeamMember &member : std::as_const(*members))
        isMember = isMember || member.accountId == viewer.id();
    const bool delivered = record.state == TeamState::Delivered || record.state == TeamState::Approved ||
                           record.state == TeamState::InConflict || record.state == TeamState::Settled;
    if (!isMember && !viewer.isAdmin() && !(delivered && record.requesterId == viewer.id()))
        return std::optional<QJsonObject>();
    auto edits = teams.edits(id, kTeamEditsShown);
    if (!edits)
        return edits.error();
    QJsonArray editList;
    for (const TeamEdit &edit : std::as_const(*edits)) {
        auto name = pseudonymOf(engine, edit.authorId);
        if (!name)
            return name.error();
        editList.append(QJsonObject{{u"version"_s, edit.version},
                                    {u"author_pseudonym"_s, *name},
                                    {u"length"_s, edit.length},
                                    {u"at"_s, wireTime(edit.at)}});
    }
    auto parts = teams.parts(id);
    if (!parts)
        return parts.error();
    QJsonArray partList;
    for (const TeamPart &part : std::as_const(*parts)) {
        auto name = pseudonymOf(engine, part.authorId);
        if (!name)
            return name.error();
        partList.append(QJsonObject{{u"role"_s, part.role},
                                    {u"text"_s, part.text},
                                    {u"author_pseudonym"_s, *name},
                                    {u"submitted_at"_s, wireTime(part.at)}});
    }
    return std::optional<QJsonObject>(QJsonObject{{u"id"_s, record.id},
                                                  {u"team_task_id"_s, record.id},
                                                  {u"delivery"_s, teamDeliveryName(record.delivery)},
                                                  {u"version"_s, record.draftVersion},
                                                  {u"text"_s, record.draftText},
                                                  {u"edits"_s, editList},
                                                  {u"parts"_s, partList},
                                                  {u"delivered_at"_s, timeOrNull(record.deliveredAt)}});
}

Rendered renderTeamMessage(MarketEngine &engine, const QString &id, const AccountRecord &viewer)
{
    TeamRepository teams(engine.db);
    auto message = teams.message(id);
    if (!message)
        return message.error();
    if (!message->has_value())
        return std::optional<QJsonObject>();
    auto members = teams.members((*message)->teamTaskId);
    if (!members)
        return members.error();
    bool isMember = false;
    for (const TeamMember &member : std::as_const(*members))
        isMember = isMember || member.accountId == viewer.id();
    if (!isMember && !viewer.isAdmin())
        return std::optional<QJsonObject>();
    auto name = pseudonymOf(engine, (*message)->authorId);
    if (!name)
        return name.error();
    auto author = shownId(engine, (*message)->authorId, viewer);
    if (!author)
        return author.error();
    return std::optional<QJsonObject>(QJsonObject{{u"id"_s, (*message)->id},
                                                  {u"team_task_id"_s, (*message)->teamTaskId},
                                                  {u"author_id"_s, *author},
                                                  {u"author_pseudonym"_s, *name},
                                                  {u"text"_s, (*message)->text},
                                                  {u"created_at"_s, wireTime((*message)->at)}});
}

} // namespace

Result<std::optional<std::optional<QJsonObject>>> renderTeamEntity(MarketEngine &engine, const QString &entity,
                                                                   const QString &id, const Viewer &viewer)
{
    using Outcome = std::optional<std::optional<QJsonObject>>;
    if (entity != Entity::Skill && entity != Entity::TeamTask && entity != Entity::Team &&
        entity != Entity::TeamDraft && entity != Entity::TeamMessage)
        return Outcome();
    auto self = engine.accounts.find(viewer.accountId);
    if (!self)
        return self.error();
    if (!self->has_value())
        return Outcome(std::optional<QJsonObject>());
    Rendered rendered = entity == Entity::Skill         ? renderSkill(engine, id, **self)
                        : entity == Entity::TeamTask    ? renderTeamTask(engine, id, **self)
                        : entity == Entity::TeamDraft   ? renderTeamDraft(engine, id, **self)
                        : entity == Entity::TeamMessage ? renderTeamMessage(engine, id, **self)
                                                        : renderTeam(engine, id, **self);
    if (!rendered)
        return rendered.error();
    return Outcome(*rendered);
}

} // namespace Chrysalis
