#include "core/sync/teamroommodel.h"

#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "core/logging.h"
#include "core/sync/localstore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

TeamRoomModel::TeamRoomModel(LocalStore &store, QObject *parent) : QAbstractListModel(parent), m_store(store) { }

void TeamRoomModel::setTeamTaskId(const QString &teamTaskId)
{
    if (teamTaskId == m_teamTaskId)
        return reload();
    m_teamTaskId = teamTaskId;
    beginResetModel();
    m_messages.clear();
    endResetModel();
    reload();
}

void TeamRoomModel::reload()
{
    if (auto state = m_store.state())
        m_userId = state->userId;
    const auto read = [this](const QString &entity) -> std::pair<QJsonObject, bool> {
        if (m_teamTaskId.isEmpty())
            return {};
        auto found = m_store.read(entity, m_teamTaskId);
        if (!found) {
            qCWarning(lcSync).noquote() << entity << found.error().message;
            return {};
        }
        return {found->value_or(QJsonObject()), found->has_value()};
    };
    const auto [task, hasTask] = read(u"team_task"_s);
    m_task = hasTask ? TeamTask::fromJson(task) : TeamTask{};
    m_team = read(u"team"_s).first;
    m_draft = read(u"team_draft"_s).first;
    m_teamState = m_team.value(u"state"_s).toString();
    m_delivery = m_draft.value(u"delivery"_s).toString();

    m_members.clear();
    for (const QJsonValue &value : m_team.value(u"members"_s).toArray()) {
        const QJsonObject json = value.toObject();
        TeamRoomMember member;
        member.memberId = json.value(u"member_id"_s).toString();
        member.pseudonym = json.value(u"pseudonym"_s).toString();
        member.role = json.value(u"role"_s).toString();
        member.signedVersion = json.value(u"signed_version"_s).toInteger();
        member.isMe = !m_userId.isEmpty() && member.memberId == m_userId;
        m_members.append(member);
    }
    m_draftVersion = m_draft.value(u"version"_s).toInteger();
    m_draftText = m_draft.value(u"text"_s).toString();
    m_edits.clear();
    for (const QJsonValue &value : m_draft.value(u"edits"_s).toArray()) {
        const QJsonObject json = value.toObject();
        m_edits.append({json.value(u"version"_s).toInteger(), json.value(u"author_pseudonym"_s).toString(),
                        json.value(u"length"_s).toInteger(), timeOf(json.value(u"at"_s))});
    }
    m_parts.clear();
    for (const QJsonValue &value : m_draft.value(u"parts"_s).toArray()) {
        const QJsonObject json = value.toObject();
        m_parts.append({json.value(u"role"_s).toString(), json.value(u"text"_s).toString(),
                        json.value(u"author_pseudonym"_s).toString(), timeOf(json.value(u"submitted_at"_s))});
    }

    m_conflicts.clear();
    if (auto saves = m_store.entriesNamed(u"team.draft_save@1"_s)) {
        for (const OutboxEntry &entry : std::as_const(*saves)) {
            if (entry.state != OutboxState::Rejected || entry.isDismissed() ||
                entry.outcomeCode != u"VERSION_CONFLICT" ||
                entry.args.value(u"team_task_id"_s).toString() != m_teamTaskId)
                continue;
            m_conflicts.append({entry.mutationId, entry.args.value(u"base_version"_s).toInteger(),
                                entry.args.value(u"text"_s).toString(), entry.createdAt});
        }
    }

    QList<TeamRoomMessage> messages;
    if (!m_teamTaskId.isEmpty()) {
        auto rows = m_store.list(u"team_message"_s);
        if (!rows)
            qCWarning(lcSync).noquote() << "team messages:" << rows.error().message;
        for (const StoredEntity &row : rows.valueOr(QList<StoredEntity>())) {
            if (row.data.value(u"team_task_id"_s).toString() != m_teamTaskId)
                continue;
            TeamRoomMessage message;
            message.id = row.id;
            message.authorId = row.data.value(u"author_id"_s).toString();
            message.authorPseudonym = row.data.value(u"author_pseudonym"_s).toString();
            message.text = row.data.value(u"text"_s).toString();
            message.createdAt = timeOf(row.data.value(u"created_at"_s));
            message.mine = !m_userId.isEmpty() && message.authorId == m_userId;
            message.local = row.local;
            messages.append(message);
        }
    }
    std::sort(messages.begin(), messages.end(), [](const TeamRoomMessage &a, const TeamRoomMessage &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });

    // New messages usually arrive at the end: insert them rather than resetting the thread.
    const auto sameId = [](const TeamRoomMessage &a, const TeamRoomMessage &b) { return a.id == b.id; };
    const bool appended = messages.size() >= m_messages.size() &&
                          std::equal(m_messages.cbegin(), m_messages.cend(), messages.cbegin(), sameId);
    if (!appended) {
        beginResetModel();
        m_messages = std::move(messages);
        endResetModel();
        return;
    }
    const int kept = static_cast<int>(m_messages.size());
    for (int row = 0; row < kept; ++row)
        m_messages[row] = messages.at(row);
    if (kept > 0)
        Q_EMIT dataChanged(index(0), index(kept - 1));
    if (messages.size() > kept) {
        beginInsertRows({}, kept, static_cast<int>(messages.size()) - 1);
        m_messages = std::move(messages);
        endInsertRows();
    }
}

QString TeamRoomModel::state() const
{
    // The team entity and the team task both carry the state; the newer one may be either.
    if (m_task.state == u"delivered" || m_task.state == u"approved" || m_task.state == u"dissolved")
        return m_task.state;
    return m_teamState.isEmpty() ? m_task.state : m_teamState;
}

const TeamRoomMember *TeamRoomModel::me() const
{
    for (const TeamRoomMember &member : m_members) {
        if (member.isMe)
            return &member;
    }
    return nullptr;
}

int TeamRoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant TeamRoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamRoomMessage &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return message.text;
    case MessageIdRole:
        return message.id;
    case AuthorRole:
        return message.authorPseudonym;
    case MineRole:
        return message.mine;
    case CreatedAtRole:
        return message.createdAt;
    case LocalRole:
        return message.local;
    default:
        return {};
    }
}

QString TeamRoomModel::myPseudonym() const
{
    if (const TeamRoomMember *member = me())
        return member->pseudonym;
    if (auto account = m_store.read(u"account"_s, m_userId); account && account->has_value())
        return (*account)->value(u"pseudonym"_s).toString();
    return {};
}

Result<TeamMutation> TeamRoomModel::saveDraft(const QString &text, qint64 baseVersion) const
{
    if (!me())
        return Error{ErrorCode::Forbidden, tr("You are not a member of this team."), {}};
    if (!canEdit())
        return Error{ErrorCode::Conflict, tr("The draft can no longer be changed."), {}};
    const qsizetype length = codePoints(text);
    if (length > kDraftLimit)
        return Error::validation(tr("The draft is longer than %1 characters.").arg(kDraftLimit),
                                 {{u"text"_s, tr("at most %1 characters").arg(kDraftLimit)}});
    QJsonObject shown = m_draft;
    shown.insert(u"id"_s, m_teamTaskId);
    shown.insert(u"team_task_id"_s, m_teamTaskId);
    shown.insert(u"delivery"_s, delivery());
    shown.insert(u"version"_s, baseVersion + 1);
    shown.insert(u"text"_s, text);
    QJsonArray edits{QJsonObject{{u"version"_s, baseVersion + 1},
                                 {u"author_pseudonym"_s, myPseudonym()},
                                 {u"length"_s, length},
                                 {u"at"_s, wireTime(QDateTime::currentDateTimeUtc())}}};
    for (const QJsonValue &edit : m_draft.value(u"edits"_s).toArray())
        edits.append(edit);
    shown.insert(u"edits"_s, edits);
    return TeamMutation{u"team.draft_save@1"_s,
                        {{u"team_task_id"_s, m_teamTaskId}, {u"base_version"_s, baseVersion}, {u"text"_s, text}},
                        {OverlayWrite::upsert(u"team_draft"_s, m_teamTaskId, shown)}};
}

Result<TeamMutation> TeamRoomModel::sendMessage(const QString &text, const QDateTime &now) const
{
    if (!me())
        return Error{ErrorCode::Forbidden, tr("You are not a member of this team."), {}};
    if (!canMessage())
        return Error{ErrorCode::Conflict, tr("The team's thread is closed."), {}};
    if (text.trimmed().isEmpty())
        return Error::validation(tr("Write a message first."), {{u"text"_s, tr("not blank")}});
    if (codePoints(text) > kMessageLimit)
        return Error::validation(tr("A message holds at most %1 characters.").arg(kMessageLimit),
                                 {{u"text"_s, tr("at most %1 characters").arg(kMessageLimit)}});
    const QString messageId = newId();
    const QJsonObject shown{{u"id"_s, messageId},       {u"team_task_id"_s, m_teamTaskId},
                            {u"author_id"_s, m_userId}, {u"author_pseudonym"_s, myPseudonym()},
                            {u"text"_s, text},          {u"created_at"_s, wireTime(now)}};
    return TeamMutation{u"team.message@1"_s,
                        {{u"message_id"_s, messageId}, {u"team_task_id"_s, m_teamTaskId}, {u"text"_s, text}},
                        {OverlayWrite::upsert(u"team_message"_s, messageId, shown)}};
}

Result<TeamMutation> TeamRoomModel::sign() const
{
    if (!me())
        return Error{ErrorCode::Forbidden, tr("You are not a member of this team."), {}};
    if (!canEdit())
        return Error{ErrorCode::Conflict, tr("The team has already delivered."), {}};
    if (delivery() != u"shared")
        return Error::validation(tr("This team delivers one part per role: submit your part instead."));
    if (m_draftVersion < 1)
        return Error::validation(tr("Save the draft before signing it."));
    QJsonObject shown = m_team;
    QJsonArray members;
    for (const QJsonValue &value : m_team.value(u"members"_s).toArray()) {
        QJsonObject json = value.toObject();
        if (json.value(u"member_id"_s).toString() == m_userId)
            json.insert(u"signed_version"_s, m_draftVersion);
        members.append(json);
    }
    shown.insert(u"members"_s, members);
    return TeamMutation{u"team.sign@1"_s,
                        {{u"team_task_id"_s, m_teamTaskId}, {u"draft_version"_s, m_draftVersion}},
                        {OverlayWrite::upsert(u"team"_s, m_teamTaskId, shown)}};
}

Result<TeamMutation> TeamRoomModel::submitPart(const QString &text, const QDateTime &now) const
{
    const TeamRoomMember *member = me();
    if (!member)
        return Error{ErrorCode::Forbidden, tr("You are not a member of this team."), {}};
    if (!canEdit())
        return Error{ErrorCode::Conflict, tr("The team has already delivered."), {}};
    if (delivery() != u"per_role")
        return Error::validation(tr("This team delivers one shared answer: sign the draft instead."));
    if (text.trimmed().isEmpty())
        return Error::validation(tr("Write your part first."), {{u"text"_s, tr("not blank")}});
    if (codePoints(text) > kDraftLimit)
        return Error::validation(tr("A part holds at most %1 characters.").arg(kDraftLimit),
                                 {{u"text"_s, tr("at most %1 characters").arg(kDraftLimit)}});
    QJsonObject shown = m_draft;
    shown.insert(u"id"_s, m_teamTaskId);
    shown.insert(u"team_task_id"_s, m_teamTaskId);
    shown.insert(u"delivery"_s, delivery());
    QJsonArray parts;
    for (const QJsonValue &value : m_draft.value(u"parts"_s).toArray()) {
        if (value.toObject().value(u"role"_s).toString() != member->role)
            parts.append(value);
    }
    parts.append(QJsonObject{{u"role"_s, member->role},
                             {u"text"_s, text},
                             {u"author_pseudonym"_s, member->pseudonym},
                             {u"submitted_at"_s, wireTime(now)}});
    shown.insert(u"parts"_s, parts);
    return TeamMutation{u"team.deliver@1"_s,
                        {{u"team_task_id"_s, m_teamTaskId}, {u"text"_s, text}},
                        {OverlayWrite::upsert(u"team_draft"_s, m_teamTaskId, shown)}};
}

} // namespace Chrysalis
