#include "core/sync/teamtaskmodel.h"

#include "core/domain/answer.h"
#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/policy/fees.h"
#include "core/sync/moneytext.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QDateTime wireTimeValue(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Error notEligible(const QString &message)
{
    return {ErrorCode::NotEligible, message, {}};
}

QString wireTimeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

bool isTier(const QString &tier)
{
    return tier == u"bronze" || tier == u"silver" || tier == u"gold";
}

} // namespace

TeamTask TeamTask::fromJson(const QJsonObject &data, bool local)
{
    TeamTask task;
    task.id = data.value(u"id"_s).toString();
    task.requesterId = data.value(u"requester_id"_s).toString();
    task.title = data.value(u"title"_s).toString();
    task.brief = data.value(u"brief"_s).toString();
    task.delivery = data.value(u"delivery"_s).toString();
    task.state = data.value(u"state"_s).toString();
    task.myRole = data.value(u"my_role"_s).toString();
    const QJsonObject invitation = data.value(u"my_invitation"_s).toObject();
    task.invitationRole = invitation.value(u"role"_s).toString();
    task.invitationExpiresAt = wireTimeValue(invitation.value(u"expires_at"_s));
    task.deadline = wireTimeValue(data.value(u"deadline"_s));
    task.seats = data.value(u"seats"_s).toInt();
    task.filled = data.value(u"filled"_s).toInt();
    task.local = local;
    for (const QJsonValue &value : data.value(u"slots"_s).toArray()) {
        const QJsonObject json = value.toObject();
        TeamRoleSlot slot;
        slot.role = json.value(u"role"_s).toString();
        slot.skill = json.value(u"skill"_s).toString();
        slot.minTier = json.value(u"min_tier"_s).toString();
        slot.count = json.value(u"count"_s).toInt();
        slot.filled = json.value(u"filled"_s).toInt();
        slot.reserved = json.value(u"reserved"_s).toInt();
        slot.open = json.value(u"open"_s).toInt();
        slot.payCents = json.value(u"pay_cents"_s).toInteger();
        for (const QJsonValue &reason : json.value(u"reasons"_s).toArray())
            slot.reasons.append(reason.toString());
        task.slots.append(slot);
    }
    return task;
}

const TeamRoleSlot *TeamTask::slot(const QString &role) const
{
    for (const TeamRoleSlot &candidate : slots) {
        if (candidate.role == role)
            return &candidate;
    }
    return nullptr;
}

TeamTaskModel::TeamTaskModel(LocalStore &store, Audience audience, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_audience(audience)
{
    reload();
}

void TeamTaskModel::reload()
{
    if (auto state = m_store.state())
        m_userId = state->userId;
    QList<TeamTask> tasks;
    auto rows = m_store.list(u"team_task"_s);
    if (!rows) {
        qCWarning(lcSync).noquote() << "team tasks:" << rows.error().message;
    } else {
        for (const StoredEntity &row : std::as_const(*rows)) {
            TeamTask task = TeamTask::fromJson(row.data, row.local);
            const bool mine = !m_userId.isEmpty() && task.requesterId == m_userId;
            if ((m_audience == Audience::Requester) != mine)
                continue;
            tasks.append(std::move(task));
        }
    }
    // Teams the worker belongs to or is invited to first, then by deadline.
    const auto rank = [](const TeamTask &task) { return task.myRole.isEmpty() && task.invitationRole.isEmpty(); };
    std::sort(tasks.begin(), tasks.end(), [&rank](const TeamTask &a, const TeamTask &b) {
        if (rank(a) != rank(b))
            return rank(b);
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
    });
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

int TeamTaskModel::rowOf(const QString &teamTaskId) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == teamTaskId)
            return row;
    }
    return -1;
}

int TeamTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TeamTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamTask &task = m_tasks.at(index.row());
    switch (role) {
    case TeamTaskIdRole:
        return task.id;
    case StateRole:
        return task.state;
    case MyRoleRole:
        return task.myRole;
    case InvitedRole:
        return !task.invitationRole.isEmpty();
    default:
        break;
    }
    if (role == SortValueRole) {
        switch (index.column()) {
        case Seats:
            return task.seats - task.filled;
        case Deadline:
            return task.deadline;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return task.title;
    case Roles: {
        QStringList roles;
        for (const TeamRoleSlot &slot : task.slots)
            roles.append(tr("%1 (%2)").arg(slot.role, formatCents(Cents{slot.payCents})));
        return roles.join(u", "_s);
    }
    case Seats: {
        const int left = task.seats - task.filled;
        return tr("%n left", nullptr, left);
    }
    case Deadline:
        return QLocale().toString(task.deadline.toLocalTime(), QLocale::ShortFormat);
    case State:
        if (!task.myRole.isEmpty())
            return tr("%1 · you: %2").arg(stateText(task.state), task.myRole);
        if (!task.invitationRole.isEmpty())
            return tr("%1 · invited as %2").arg(stateText(task.state), task.invitationRole);
        return stateText(task.state);
    default:
        return {};
    }
}

QVariant TeamTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Team task");
    case Roles:
        return tr("Roles and pay");
    case Seats:
        return tr("Seats");
    case Deadline:
        return tr("Deadline");
    case State:
        return tr("State");
    default:
        return {};
    }
}

Result<QJsonObject> TeamTaskModel::entity(const QString &teamTaskId) const
{
    auto found = m_store.read(u"team_task"_s, teamTaskId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("This team task is no longer shown to you."));
    return **found;
}

Result<TeamMutation> TeamTaskModel::join(const QString &teamTaskId, const QString &role) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.state != u"assembling")
        return Error{ErrorCode::Conflict, tr("This team is no longer taking members."), {}};
    if (!task.myRole.isEmpty())
        return notEligible(tr("You already hold a seat on this team."));
    const TeamRoleSlot *slot = task.slot(role);
    if (!slot)
        return Error::validation(tr("This team has no role “%1”.").arg(role));
    const bool invited = task.invitationRole == role;
    if (!invited && !slot->reasons.isEmpty())
        return notEligible(whyNotText(*slot));
    QJsonObject shown = *data;
    QJsonArray slots;
    for (const QJsonValue &value : data->value(u"slots"_s).toArray()) {
        QJsonObject json = value.toObject();
        if (json.value(u"role"_s).toString() == role) {
            json.insert(u"filled"_s, json.value(u"filled"_s).toInt() + 1);
            if (invited)
                json.insert(u"reserved"_s, std::max(0, json.value(u"reserved"_s).toInt() - 1));
            else
                json.insert(u"open"_s, std::max(0, json.value(u"open"_s).toInt() - 1));
        }
        json.insert(u"reasons"_s, QJsonArray{u"already_answered"_s});
        slots.append(json);
    }
    shown.insert(u"slots"_s, slots);
    shown.insert(u"filled"_s, task.filled + 1);
    shown.insert(u"my_role"_s, role);
    shown.insert(u"my_invitation"_s, QJsonValue());
    return TeamMutation{u"team.join@1"_s,
                        {{u"team_task_id"_s, teamTaskId}, {u"role"_s, role}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

Result<TeamMutation> TeamTaskModel::leave(const QString &teamTaskId) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.myRole.isEmpty())
        return Error::notFound(tr("You hold no seat on this team."));
    if (task.state != u"assembling")
        return Error{ErrorCode::Conflict, tr("The team has formed: seats are kept until it delivers."), {}};
    QJsonObject shown = *data;
    QJsonArray slots;
    for (const QJsonValue &value : data->value(u"slots"_s).toArray()) {
        QJsonObject json = value.toObject();
        if (json.value(u"role"_s).toString() == task.myRole) {
            json.insert(u"filled"_s, std::max(0, json.value(u"filled"_s).toInt() - 1));
            json.insert(u"open"_s, json.value(u"open"_s).toInt() + 1);
        }
        // The server says again which roles are open to the worker; until then only the freed one is.
        json.insert(u"reasons"_s,
                    json.value(u"role"_s).toString() == task.myRole ? QJsonArray() : json.value(u"reasons"_s));
        slots.append(json);
    }
    shown.insert(u"slots"_s, slots);
    shown.insert(u"filled"_s, std::max(0, task.filled - 1));
    shown.insert(u"my_role"_s, QJsonValue());
    return TeamMutation{u"team.leave@1"_s,
                        {{u"team_task_id"_s, teamTaskId}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

Result<TeamMutation> TeamTaskModel::decline(const QString &teamTaskId) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.invitationRole.isEmpty())
        return Error::notFound(tr("You have no pending invitation to this team."));
    QJsonObject shown = *data;
    shown.insert(u"my_invitation"_s, QJsonValue());
    return TeamMutation{u"team.decline@1"_s,
                        {{u"team_task_id"_s, teamTaskId}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

Result<TeamMutation> TeamTaskModel::approve(const QString &teamTaskId) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.state != u"delivered")
        return Error{ErrorCode::Conflict, tr("Only a delivered team can be approved."), {}};
    QJsonObject shown = *data;
    shown.insert(u"state"_s, u"approved"_s);
    return TeamMutation{u"team.review@1"_s,
                        {{u"team_task_id"_s, teamTaskId}, {u"decision"_s, u"approve"_s}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

Status TeamTaskModel::validatePost(const TeamPostDraft &draft, const QDateTime &now)
{
    QList<FieldError> problems;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        problems.append({u"title"_s, tr("Give the team task a title.")});
    else if (codePoints(title) > kMaxTitleLength)
        problems.append({u"title"_s, tr("The title is longer than %1 characters.").arg(kMaxTitleLength)});
    if (codePoints(draft.brief) > kMaxBriefLength)
        problems.append({u"brief"_s, tr("The brief is longer than %1 characters.").arg(kMaxBriefLength)});
    if (draft.delivery != u"shared" && draft.delivery != u"per_role")
        problems.append({u"delivery"_s, tr("Choose how the team delivers.")});
    if (!draft.deadline.isValid() || draft.deadline <= now)
        problems.append({u"deadline"_s, tr("The deadline must be in the future.")});
    else if (draft.deadline > now.addDays(kMaxDeadlineDays))
        problems.append({u"deadline"_s, tr("The deadline is at most %1 days away.").arg(kMaxDeadlineDays)});

    const qsizetype roles = draft.slots.size();
    if (roles < 1 || roles > kMaxRoles)
        problems.append({u"slots"_s, tr("A team has 1 to %1 roles.").arg(kMaxRoles)});
    qint64 seats = 0;
    QStringList seen;
    for (qsizetype i = 0; i < draft.slots.size(); ++i) {
        const TeamSlotDraft &slot = draft.slots.at(i);
        const QString field = u"slots[%1]."_s.arg(i);
        const QString role = slot.role.trimmed();
        if (role.isEmpty())
            problems.append({field + u"role"_s, tr("Name the role.")});
        else if (codePoints(role) > kMaxNameLength)
            problems.append({field + u"role"_s, tr("The role name is longer than %1 characters.").arg(kMaxNameLength)});
        else if (seen.contains(role.toCaseFolded()))
            problems.append({field + u"role"_s, tr("Another role is already called “%1”.").arg(role)});
        seen.append(role.toCaseFolded());
        const QString skill = slot.skill.simplified();
        if (skill.isEmpty())
            problems.append({field + u"skill"_s, tr("Name the skill the role needs.")});
        else if (codePoints(skill) > kMaxNameLength)
            problems.append({field + u"skill"_s, tr("The skill is longer than %1 characters.").arg(kMaxNameLength)});
        if (!isTier(slot.minTier))
            problems.append({field + u"min_tier"_s, tr("Choose bronze, silver or gold.")});
        if (slot.count < 1 || slot.count > kMaxSeats)
            problems.append({field + u"count"_s, tr("A role has 1 to %1 seats.").arg(kMaxSeats)});
        else
            seats += slot.count;
        if (slot.payCents < 1 || slot.payCents > kMaxPayCents)
            problems.append(
                    {field + u"pay_cents"_s, tr("Pay each seat between %1 and %2.")
                                                     .arg(formatCents(Cents{1}), formatCents(Cents{kMaxPayCents}))});
    }
    if (seats > kMaxSeats)
        problems.append(
                {u"slots"_s, tr("A team has at most %1 seats in all; this one has %2.").arg(kMaxSeats).arg(seats)});
    if (!problems.isEmpty())
        return Error::validation(tr("The team task cannot be posted yet."), problems);
    return {};
}

Result<Cents> TeamTaskModel::postEscrow(const TeamPostDraft &draft, BasisPoints feeBp)
{
    Cents total = 0;
    for (const TeamSlotDraft &slot : draft.slots) {
        const Result<Cents> seat = escrowPerSlot(slot.payCents, feeBp);
        if (!seat)
            return seat.error();
        if (slot.count < 0 || (slot.count > 0 && *seat > (kMaxSafeInteger - total) / slot.count))
            return Error{ErrorCode::LimitExceeded, tr("The escrow is beyond the largest amount the ledger takes."), {}};
        total += *seat * slot.count;
    }
    return total;
}

std::optional<Cents> TeamTaskModel::balance() const
{
    const auto state = m_store.state();
    if (!state || state->userId.isEmpty())
        return std::nullopt;
    const auto wallet = m_store.read(u"wallet"_s, state->userId);
    if (!wallet || !wallet->has_value())
        return std::nullopt;
    return (*wallet)->value(u"balance_cents"_s).toInteger();
}

Result<TeamMutation> TeamTaskModel::post(const TeamPostDraft &draft, BasisPoints feeBp, const QDateTime &now) const
{
    if (Status valid = validatePost(draft, now); !valid)
        return valid.error();
    const Result<Cents> escrow = postEscrow(draft, feeBp);
    if (!escrow)
        return escrow.error();
    const std::optional<Cents> available = balance();
    if (available && *available < *escrow) {
        const QString message = tr("The escrow of %1 is more than your balance of %2.")
                                        .arg(formatCents(*escrow), formatCents(*available));
        return Error{ErrorCode::InsufficientFunds, message, {{u"escrow"_s, message}}};
    }

    const QString id = draft.teamTaskId.isEmpty() ? newId() : draft.teamTaskId;
    QJsonArray argSlots;
    QJsonArray shownSlots;
    int seats = 0;
    for (const TeamSlotDraft &slot : draft.slots) {
        const QJsonObject arg{{u"role"_s, slot.role.trimmed()},
                              {u"skill"_s, slot.skill.simplified()},
                              {u"min_tier"_s, slot.minTier},
                              {u"count"_s, slot.count},
                              {u"pay_cents"_s, slot.payCents}};
        argSlots.append(arg);
        QJsonObject shown = arg;
        shown.insert(u"filled"_s, 0);
        shown.insert(u"reserved"_s, 0);
        shown.insert(u"open"_s, slot.count);
        shownSlots.append(shown);
        seats += slot.count;
    }
    const QString deadline = wireTimeText(draft.deadline);
    const QJsonObject args{{u"team_task_id"_s, id}, {u"title"_s, draft.title.trimmed()}, {u"brief"_s, draft.brief},
                           {u"slots"_s, argSlots},  {u"delivery"_s, draft.delivery},     {u"deadline"_s, deadline}};
    const QJsonObject shown{{u"id"_s, id},
                            {u"requester_id"_s, m_userId},
                            {u"title"_s, draft.title.trimmed()},
                            {u"brief"_s, draft.brief},
                            {u"slots"_s, shownSlots},
                            {u"delivery"_s, draft.delivery},
                            {u"deadline"_s, deadline},
                            {u"created_at"_s, wireTimeText(now)},
                            {u"formed_at"_s, QJsonValue()},
                            {u"closed_at"_s, QJsonValue()},
                            {u"state"_s, u"assembling"_s},
                            {u"seats"_s, seats},
                            {u"filled"_s, 0},
                            {u"my_role"_s, QJsonValue()},
                            {u"my_invitation"_s, QJsonValue()},
                            {u"fee_bp"_s, feeBp},
                            {u"escrow_cents"_s, *escrow}};
    QList<OverlayWrite> overlay{OverlayWrite::upsert(u"team_task"_s, id, shown)};
    if (!m_userId.isEmpty()) {
        if (auto wallet = m_store.read(u"wallet"_s, m_userId); wallet && wallet->has_value()) {
            QJsonObject moved = **wallet;
            moved.insert(u"balance_cents"_s, moved.value(u"balance_cents"_s).toInteger() - *escrow);
            moved.insert(u"escrow_cents"_s, moved.value(u"escrow_cents"_s).toInteger() + *escrow);
            overlay.append(OverlayWrite::upsert(u"wallet"_s, m_userId, moved));
        }
    }
    return TeamMutation{u"team.post@1"_s, args, overlay};
}

Result<TeamMutation> TeamTaskModel::reject(const QString &teamTaskId, const QString &reasonCode,
                                           const QString &reason) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.state != u"delivered")
        return Error{ErrorCode::Conflict, tr("Only a delivered team can be rejected."), {}};
    QList<FieldError> problems;
    if (!parseRejectionReason(reasonCode))
        problems.append({u"reason_code"_s, tr("Choose a reason.")});
    const QString written = reason.trimmed();
    if (written.isEmpty())
        problems.append({u"reason"_s, tr("Write the reason.")});
    else if (codePoints(written) > kMaxReasonLength)
        problems.append({u"reason"_s, tr("The reason is longer than %1 characters.").arg(kMaxReasonLength)});
    if (!problems.isEmpty())
        return Error::validation(tr("The rejection is not complete."), problems);
    QJsonObject shown = *data;
    shown.insert(u"state"_s, u"in_conflict"_s);
    return TeamMutation{u"team.review@1"_s,
                        {{u"team_task_id"_s, teamTaskId},
                         {u"decision"_s, u"reject"_s},
                         {u"reason_code"_s, reasonCode},
                         {u"reason"_s, written}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

Result<TeamMutation> TeamTaskModel::invite(const QString &teamTaskId, const QString &previousTeamTaskId) const
{
    auto data = entity(teamTaskId);
    if (!data)
        return data.error();
    const TeamTask task = TeamTask::fromJson(*data);
    if (task.state != u"assembling")
        return Error{ErrorCode::Conflict, tr("Only an assembling team can invite an earlier team."), {}};
    for (const TeamRoleSlot &slot : task.slots) {
        if (slot.reserved > 0)
            return Error::validation(tr("This team task has already invited an earlier team."),
                                     {{u"team_task_id"_s, tr("Invitations were already sent.")}});
    }
    auto previous = entity(previousTeamTaskId);
    if (!previous)
        return previous.error();
    const TeamTask earlier = TeamTask::fromJson(*previous);
    if (earlier.requesterId != m_userId || earlier.state != u"approved")
        return Error::validation(tr("You can invite only an earlier team whose delivery you approved."),
                                 {{u"previous_team_id"_s, tr("Not an approved team of yours.")}});
    auto team = m_store.read(u"team"_s, previousTeamTaskId);
    if (!team)
        return team.error();
    QHash<QString, int> invitees; // role → members of the earlier team who held it
    if (team->has_value()) {
        for (const QJsonValue &member : (*team)->value(u"members"_s).toArray())
            invitees[member.toObject().value(u"role"_s).toString()] += 1;
    }
    QJsonObject shown = *data;
    QJsonArray slots;
    int reserved = 0;
    for (const QJsonValue &value : data->value(u"slots"_s).toArray()) {
        QJsonObject json = value.toObject();
        const int open = json.value(u"open"_s).toInt();
        const int held = std::min(open, invitees.value(json.value(u"role"_s).toString()));
        if (held > 0) {
            json.insert(u"reserved"_s, json.value(u"reserved"_s).toInt() + held);
            json.insert(u"open"_s, open - held);
            reserved += held;
        }
        slots.append(json);
    }
    if (reserved == 0)
        return Error::validation(tr("No member of that team held a role that has a free seat here."),
                                 {{u"previous_team_id"_s, tr("No matching free seat.")}});
    shown.insert(u"slots"_s, slots);
    return TeamMutation{u"team.invite@1"_s,
                        {{u"team_task_id"_s, teamTaskId}, {u"previous_team_id"_s, previousTeamTaskId}},
                        {OverlayWrite::upsert(u"team_task"_s, teamTaskId, shown)}};
}

QList<EarlierTeam> TeamTaskModel::earlierTeams() const
{
    QList<EarlierTeam> teams;
    for (const TeamTask &task : m_tasks) {
        if (task.state != u"approved" || task.requesterId != m_userId || task.local)
            continue;
        EarlierTeam team{task.id, task.title, task.deadline, {}};
        if (auto found = m_store.read(u"team"_s, task.id); found && found->has_value()) {
            for (const QJsonValue &value : (*found)->value(u"members"_s).toArray()) {
                const QJsonObject member = value.toObject();
                team.members.append({member.value(u"pseudonym"_s).toString(), member.value(u"role"_s).toString()});
            }
        }
        teams.append(team);
    }
    std::sort(teams.begin(), teams.end(),
              [](const EarlierTeam &a, const EarlierTeam &b) { return a.deadline > b.deadline; });
    return teams;
}

QList<OutboxEntry> TeamTaskModel::requesterRefusals(const QString &teamTaskId) const
{
    return refusedEntries({u"team.post@1"_s, u"team.invite@1"_s, u"team.review@1"_s}, teamTaskId, teamTaskId.isEmpty());
}

QList<OutboxEntry> TeamTaskModel::refusals(const QString &teamTaskId) const
{
    return refusedEntries({u"team.join@1"_s, u"team.leave@1"_s, u"team.decline@1"_s}, teamTaskId, false);
}

QList<OutboxEntry> TeamTaskModel::refusedEntries(const QStringList &names, const QString &teamTaskId,
                                                 bool everyTeamTask) const
{
    QList<OutboxEntry> refused;
    for (const QString &name : names) {
        auto entries = m_store.entriesNamed(name);
        if (!entries) {
            qCWarning(lcSync).noquote() << name << entries.error().message;
            continue;
        }
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            if (entry.state == OutboxState::Rejected && !entry.isDismissed() &&
                (everyTeamTask || entry.args.value(u"team_task_id"_s).toString() == teamTaskId))
                refused.append(entry);
        }
    }
    std::sort(refused.begin(), refused.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.mutationId < b.mutationId; });
    return refused;
}

QString TeamTaskModel::whyNotText(const TeamRoleSlot &slot)
{
    QStringList texts;
    for (const QString &reason : slot.reasons) {
        if (reason == u"tier")
            texts.append(tr("needs %1 tier or higher").arg(tierText(slot.minTier)));
        else if (reason == u"skill")
            texts.append(tr("your profile does not list the skill “%1”").arg(slot.skill));
        else if (reason == u"full")
            texts.append(tr("every seat of this role is taken"));
        else if (reason == u"already_answered")
            texts.append(tr("you already hold a seat on this team"));
        else if (reason == u"own_task")
            texts.append(tr("it is your own team task"));
        else if (reason == u"suspended")
            texts.append(tr("your account is suspended"));
        else
            texts.append(reason);
    }
    return texts.join(u"; "_s);
}

QString TeamTaskModel::stateText(const QString &state)
{
    if (state == u"assembling")
        return tr("Assembling");
    if (state == u"formed")
        return tr("Formed");
    if (state == u"delivered")
        return tr("Delivered");
    if (state == u"approved")
        return tr("Approved");
    if (state == u"dissolved")
        return tr("Dissolved");
    if (state == u"in_conflict")
        return tr("In conflict");
    if (state == u"settled")
        return tr("Settled");
    return state;
}

QString TeamTaskModel::tierText(const QString &tier)
{
    if (tier == u"bronze")
        return tr("bronze");
    if (tier == u"silver")
        return tr("silver");
    if (tier == u"gold")
        return tr("gold");
    return tier;
}

QString TeamTaskModel::deliveryText(const QString &delivery)
{
    if (delivery == u"shared")
        return tr("one shared answer, signed by every member");
    if (delivery == u"per_role")
        return tr("one part per role");
    return delivery;
}

} // namespace Chrysalis
