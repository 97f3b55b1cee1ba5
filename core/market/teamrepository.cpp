#include "core/market/teamrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns =
        u"SELECT id, requester_id, title, brief, slots, delivery, deadline, state, fee_bp, "
        "escrow_cents, created_at, formed_at, closed_at, delivered_at, draft_version, draft_text FROM team_task "_s;

const QString kInviteColumns = u"SELECT team_task_id, account_id, role, state, expires_at FROM team_invite "_s;

const QStringList kStateNames{u"assembling"_s, u"formed"_s,      u"delivered"_s, u"approved"_s,
                              u"dissolved"_s,  u"in_conflict"_s, u"settled"_s};

TeamState stateFromName(const QString &name)
{
    const qsizetype index = kStateNames.indexOf(name);
    return index < 0 ? TeamState::Dissolved : static_cast<TeamState>(index);
}

TeamInvite readInvite(const SqlQuery &query)
{
    return {query.text(0), query.text(1), query.text(2), query.text(3), Rows::fromMs(query.int64(4))};
}

TeamTaskRecord readTeamTask(const SqlQuery &query)
{
    TeamTaskRecord record;
    record.id = query.text(0);
    record.requesterId = query.text(1);
    record.title = query.text(2);
    record.brief = query.text(3);
    const QJsonArray slots = Rows::array(query.text(4));
    for (const QJsonValue &slot : slots)
        record.slots.append(TeamSlot::fromStored(slot.toObject()));
    record.delivery = query.text(5) == u"per_role" ? TeamDelivery::PerRole : TeamDelivery::Shared;
    record.deadline = Rows::fromMs(query.int64(6));
    record.state = stateFromName(query.text(7));
    record.feeBp = query.int64(8);
    record.escrowCents = query.int64(9);
    record.createdAt = Rows::fromMs(query.int64(10));
    if (!query.isNull(11))
        record.formedAt = Rows::fromMs(query.int64(11));
    if (!query.isNull(12))
        record.closedAt = Rows::fromMs(query.int64(12));
    if (!query.isNull(13))
        record.deliveredAt = Rows::fromMs(query.int64(13));
    record.draftVersion = query.int64(14);
    record.draftText = query.text(15);
    return record;
}

} // namespace

QJsonObject TeamSlot::toJson() const
{
    return {{u"role"_s, role},
            {u"skill"_s, skill},
            {u"min_tier"_s, tierName(minTier)},
            {u"count"_s, count},
            {u"pay_cents"_s, payCents}};
}

TeamSlot TeamSlot::fromStored(const QJsonObject &json)
{
    TeamSlot slot;
    slot.role = json.value(u"role"_s).toString();
    slot.skill = json.value(u"skill"_s).toString();
    slot.minTier = parseTier(json.value(u"min_tier"_s).toString()).valueOr(Tier::Bronze);
    slot.count = json.value(u"count"_s).toInt();
    slot.payCents = json.value(u"pay_cents"_s).toInteger();
    slot.escrowPerSeat = json.value(u"escrow_per_seat_cents"_s).toInteger();
    return slot;
}

QString teamDeliveryName(TeamDelivery delivery)
{
    return delivery == TeamDelivery::PerRole ? u"per_role"_s : u"shared"_s;
}

Result<TeamDelivery> parseTeamDelivery(const QString &name)
{
    if (name == u"shared")
        return TeamDelivery::Shared;
    if (name == u"per_role")
        return TeamDelivery::PerRole;
    return Error::validation(u"must be \"shared\" or \"per_role\""_s);
}

QString teamStateName(TeamState state)
{
    return kStateNames.value(static_cast<int>(state));
}

int TeamTaskRecord::seats() const
{
    int total = 0;
    for (const TeamSlot &slot : slots)
        total += slot.count;
    return total;
}

const TeamSlot *TeamTaskRecord::slot(const QString &role) const
{
    for (const TeamSlot &candidate : slots) {
        if (candidate.role == role)
            return &candidate;
    }
    return nullptr;
}

QStringList TeamRepository::migrationStatements()
{
    return {u"CREATE TABLE team_task (id {text} PRIMARY KEY, requester_id {text} NOT NULL REFERENCES account(id), "
            "title {text} NOT NULL, brief {text} NOT NULL, slots {text} NOT NULL, delivery {text} NOT NULL, "
            "deadline {timestamp} NOT NULL, state {text} NOT NULL, fee_bp {bigint} NOT NULL, "
            "escrow_cents {bigint} NOT NULL, created_at {timestamp} NOT NULL, formed_at {timestamp}, "
            "closed_at {timestamp}, delivered_at {timestamp}, draft_version {bigint} NOT NULL DEFAULT 0, "
            "draft_text {text} NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX team_task_requester ON team_task (requester_id)"_s,
            u"CREATE INDEX team_task_state_deadline ON team_task (state, deadline)"_s,
            u"CREATE TABLE team_member (team_task_id {text} NOT NULL REFERENCES team_task(id), "
            "account_id {text} NOT NULL REFERENCES account(id), role {text} NOT NULL, joined_at {timestamp} NOT "
            "NULL, signed_version {bigint} NOT NULL DEFAULT 0, PRIMARY KEY (team_task_id, account_id))"_s,
            u"CREATE INDEX team_member_account ON team_member (account_id)"_s,
            u"CREATE TABLE team_edit (team_task_id {text} NOT NULL REFERENCES team_task(id), version {bigint} NOT "
            "NULL, author_id {text} NOT NULL REFERENCES account(id), text {text} NOT NULL, created_at {timestamp} "
            "NOT NULL, PRIMARY KEY (team_task_id, version))"_s,
            u"CREATE TABLE team_message (id {text} PRIMARY KEY, team_task_id {text} NOT NULL REFERENCES "
            "team_task(id), author_id {text} NOT NULL REFERENCES account(id), text {text} NOT NULL, created_at "
            "{timestamp} NOT NULL)"_s,
            u"CREATE INDEX team_message_team ON team_message (team_task_id)"_s,
            u"CREATE TABLE team_part (team_task_id {text} NOT NULL REFERENCES team_task(id), role {text} NOT NULL, "
            "text {text} NOT NULL, author_id {text} NOT NULL REFERENCES account(id), submitted_at {timestamp} NOT "
            "NULL, PRIMARY KEY (team_task_id, role))"_s,
            u"CREATE TABLE team_invite (team_task_id {text} NOT NULL REFERENCES team_task(id), account_id {text} NOT "
            "NULL REFERENCES account(id), role {text} NOT NULL, state {text} NOT NULL, expires_at {timestamp} NOT "
            "NULL, PRIMARY KEY (team_task_id, account_id))"_s,
            u"CREATE INDEX team_invite_state_expiry ON team_invite (state, expires_at)"_s};
}

Status TeamRepository::insert(const TeamTaskRecord &record)
{
    QJsonArray slots;
    for (const TeamSlot &slot : record.slots) {
        QJsonObject stored = slot.toJson();
        stored.insert(u"escrow_per_seat_cents"_s, slot.escrowPerSeat);
        slots.append(stored);
    }
    return execute(m_db,
                   u"INSERT INTO team_task (id, requester_id, title, brief, slots, delivery, deadline, state, fee_bp, "
                   "escrow_cents, created_at) VALUES (:id, :requester, :title, :brief, :slots, :delivery, "
                   ":deadline, :state, :fee, :escrow, :created)"_s,
                   {{u":id"_s, record.id},
                    {u":requester"_s, record.requesterId},
                    {u":title"_s, record.title},
                    {u":brief"_s, record.brief},
                    {u":slots"_s, Rows::json(slots)},
                    {u":delivery"_s, teamDeliveryName(record.delivery)},
                    {u":deadline"_s, Rows::toMs(record.deadline)},
                    {u":state"_s, teamStateName(record.state)},
                    {u":fee"_s, record.feeBp},
                    {u":escrow"_s, record.escrowCents},
                    {u":created"_s, Rows::toMs(record.createdAt)}});
}

Result<std::optional<TeamTaskRecord>> TeamRepository::find(const QString &id, bool lock)
{
    return Rows::selectOne(m_db, kColumns + u"WHERE id = :id"_s + (lock ? m_db.dialect().lockRowsClause() : QString()),
                           {{u":id"_s, id}}, readTeamTask);
}

Result<bool> TeamRepository::exists(const QString &id)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM team_task WHERE id = :id"_s, {{u":id"_s, id}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<bool> TeamRepository::moveState(const QString &id, TeamState from, TeamState to, const QDateTime &at)
{
    QString stamp;
    if (to == TeamState::Formed)
        stamp = u", formed_at = :at"_s;
    else if (to == TeamState::Approved || to == TeamState::Dissolved || to == TeamState::Settled)
        stamp = u", closed_at = :at"_s;
    SqlBindings values{{u":to"_s, teamStateName(to)}, {u":id"_s, id}, {u":from"_s, teamStateName(from)}};
    if (!stamp.isEmpty())
        values.append({u":at"_s, Rows::toMs(at)});
    return changedOne(m_db, u"UPDATE team_task SET state = :to"_s + stamp + u" WHERE id = :id AND state = :from"_s,
                      values);
}

Result<QStringList> TeamRepository::dueBy(const QDateTime &now, int limit)
{
    return Rows::selectIds(m_db,
                           u"SELECT id FROM team_task WHERE state IN ('assembling', 'formed') AND "
                           "deadline <= :now ORDER BY deadline, id LIMIT :limit"_s,
                           {{u":now"_s, Rows::toMs(now)}, {u":limit"_s, limit}});
}

Result<QHash<QString, Cents>> TeamRepository::heldEscrow()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT requester_id, CAST(SUM(escrow_cents) AS BIGINT) FROM team_task WHERE state "
                                 "IN ('assembling', 'formed', 'delivered', 'in_conflict') GROUP BY requester_id"_s);
        !status)
        return status.error();
    QHash<QString, Cents> held;
    while (query.next())
        held.insert(query.text(0), query.int64(1));
    return held;
}

Result<bool> TeamRepository::saveDraft(const QString &id, qint64 fromVersion, const QString &text,
                                       const QString &authorId, const QDateTime &at)
{
    auto moved =
            changedOne(m_db,
                       u"UPDATE team_task SET draft_version = :to, draft_text = :text WHERE id = :id AND "
                       "draft_version = :from"_s,
                       {{u":to"_s, fromVersion + 1}, {u":text"_s, text}, {u":id"_s, id}, {u":from"_s, fromVersion}});
    if (!moved || !*moved)
        return moved;
    if (auto status = execute(m_db,
                              u"INSERT INTO team_edit (team_task_id, version, author_id, text, created_at) VALUES "
                              "(:team, :version, :author, :text, :at)"_s,
                              {{u":team"_s, id},
                               {u":version"_s, fromVersion + 1},
                               {u":author"_s, authorId},
                               {u":text"_s, text},
                               {u":at"_s, Rows::toMs(at)}});
        !status)
        return status.error();
    return true;
}

Result<QList<TeamEdit>> TeamRepository::edits(const QString &id, int limit)
{
    return Rows::selectAll(
            m_db,
            u"SELECT version, author_id, LENGTH(text), created_at FROM team_edit WHERE "
            "team_task_id = :team ORDER BY version DESC LIMIT :limit"_s,
            {{u":team"_s, id}, {u":limit"_s, limit}}, [](const SqlQuery &query) {
                return TeamEdit{query.int64(0), query.text(1), query.int64(2), Rows::fromMs(query.int64(3))};
            });
}

Status TeamRepository::insertMessage(const TeamMessage &message)
{
    return execute(m_db,
                   u"INSERT INTO team_message (id, team_task_id, author_id, text, created_at) VALUES (:id, :team, "
                   ":author, :text, :at)"_s,
                   {{u":id"_s, message.id},
                    {u":team"_s, message.teamTaskId},
                    {u":author"_s, message.authorId},
                    {u":text"_s, message.text},
                    {u":at"_s, Rows::toMs(message.at)}});
}

Result<std::optional<TeamMessage>> TeamRepository::message(const QString &id)
{
    return Rows::selectOne(m_db,
                           u"SELECT id, team_task_id, author_id, text, created_at FROM team_message WHERE id = :id"_s,
                           {{u":id"_s, id}}, [](const SqlQuery &query) {
                               return TeamMessage{query.text(0), query.text(1), query.text(2), query.text(3),
                                                  Rows::fromMs(query.int64(4))};
                           });
}

Result<qint64> TeamRepository::messageCount(const QString &teamTaskId)
{
    return scalar(m_db, u"SELECT COUNT(*) FROM team_message WHERE team_task_id = :team"_s, {{u":team"_s, teamTaskId}});
}

Status TeamRepository::sign(const QString &teamTaskId, const QString &accountId, qint64 version)
{
    return execute(m_db,
                   u"UPDATE team_member SET signed_version = :version WHERE team_task_id = :team AND account_id = "
                   ":account"_s,
                   {{u":version"_s, version}, {u":team"_s, teamTaskId}, {u":account"_s, accountId}});
}

Status TeamRepository::putPart(const QString &teamTaskId, const TeamPart &part)
{
    if (auto status = execute(m_db, u"DELETE FROM team_part WHERE team_task_id = :team AND role = :role"_s,
                              {{u":team"_s, teamTaskId}, {u":role"_s, part.role}});
        !status)
        return status;
    return execute(m_db,
                   u"INSERT INTO team_part (team_task_id, role, text, author_id, submitted_at) VALUES (:team, "
                   ":role, :text, :author, :at)"_s,
                   {{u":team"_s, teamTaskId},
                    {u":role"_s, part.role},
                    {u":text"_s, part.text},
                    {u":author"_s, part.authorId},
                    {u":at"_s, Rows::toMs(part.at)}});
}

Result<QList<TeamPart>> TeamRepository::parts(const QString &teamTaskId)
{
    return Rows::selectAll(
            m_db,
            u"SELECT role, text, author_id, submitted_at FROM team_part WHERE team_task_id = :team ORDER BY role"_s,
            {{u":team"_s, teamTaskId}}, [](const SqlQuery &query) {
                return TeamPart{query.text(0), query.text(1), query.text(2), Rows::fromMs(query.int64(3))};
            });
}

Status TeamRepository::markDelivered(const QString &id, const QDateTime &at)
{
    return execute(m_db, u"UPDATE team_task SET delivered_at = :at WHERE id = :id"_s,
                   {{u":at"_s, Rows::toMs(at)}, {u":id"_s, id}});
}

Result<QStringList> TeamRepository::deliveredBy(const QDateTime &cutoff, int limit)
{
    return Rows::selectIds(m_db,
                           u"SELECT id FROM team_task WHERE state = 'delivered' AND delivered_at <= :cutoff "
                           "ORDER BY delivered_at, id LIMIT :limit"_s,
                           {{u":cutoff"_s, Rows::toMs(cutoff)}, {u":limit"_s, limit}});
}

Status TeamRepository::insertInvite(const TeamInvite &invite)
{
    return execute(m_db,
                   u"INSERT INTO team_invite (team_task_id, account_id, role, state, expires_at) VALUES (:team, "
                   ":account, :role, :state, :expires)"_s,
                   {{u":team"_s, invite.teamTaskId},
                    {u":account"_s, invite.accountId},
                    {u":role"_s, invite.role},
                    {u":state"_s, invite.state},
                    {u":expires"_s, Rows::toMs(invite.expiresAt)}});
}

Result<QList<TeamInvite>> TeamRepository::invites(const QString &teamTaskId)
{
    return Rows::selectAll(m_db, kInviteColumns + u"WHERE team_task_id = :team ORDER BY account_id"_s,
                           {{u":team"_s, teamTaskId}}, readInvite);
}

Result<bool> TeamRepository::closeInvite(const QString &teamTaskId, const QString &accountId, const QString &to)
{
    return changedOne(m_db,
                      u"UPDATE team_invite SET state = :to WHERE team_task_id = :team AND account_id = :account AND "
                      "state = 'pending'"_s,
                      {{u":to"_s, to}, {u":team"_s, teamTaskId}, {u":account"_s, accountId}});
}

Result<QList<TeamInvite>> TeamRepository::invitesDueBy(const QDateTime &now, int limit)
{
    return Rows::selectAll(m_db,
                           kInviteColumns + u"WHERE state = 'pending' AND expires_at <= :now ORDER BY expires_at "
                                            "LIMIT :limit"_s,
                           {{u":now"_s, Rows::toMs(now)}, {u":limit"_s, limit}}, readInvite);
}

Status TeamRepository::addMember(const TeamMember &member)
{
    return execute(m_db,
                   u"INSERT INTO team_member (team_task_id, account_id, role, joined_at) "
                   "VALUES (:team, :account, :role, :joined)"_s,
                   {{u":team"_s, member.teamTaskId},
                    {u":account"_s, member.accountId},
                    {u":role"_s, member.role},
                    {u":joined"_s, Rows::toMs(member.joinedAt)}});
}

Result<bool> TeamRepository::removeMember(const QString &teamTaskId, const QString &accountId)
{
    return changedOne(m_db, u"DELETE FROM team_member WHERE team_task_id = :team AND account_id = :account"_s,
                      {{u":team"_s, teamTaskId}, {u":account"_s, accountId}});
}

Result<QList<TeamMember>> TeamRepository::members(const QString &teamTaskId)
{
    return Rows::selectAll(m_db,
                           u"SELECT team_task_id, account_id, role, joined_at, signed_version FROM team_member "
                           "WHERE team_task_id = :team ORDER BY joined_at, account_id"_s,
                           {{u":team"_s, teamTaskId}}, [](const SqlQuery &query) {
                               return TeamMember{query.text(0), query.text(1), query.text(2),
                                                 Rows::fromMs(query.int64(3)), query.int64(4)};
                           });
}

Result<bool> TeamRepository::wereTeammates(const QString &accountA, const QString &accountB, const QDateTime &since)
{
    auto count = scalar(m_db,
                        u"SELECT COUNT(*) FROM team_member a JOIN team_member b ON b.team_task_id = a.team_task_id "
                        "JOIN team_task t ON t.id = a.team_task_id WHERE a.account_id = :a AND b.account_id = :b "
                        "AND t.formed_at IS NOT NULL AND (t.closed_at IS NULL OR t.closed_at > :since)"_s,
                        {{u":a"_s, accountA}, {u":b"_s, accountB}, {u":since"_s, Rows::toMs(since)}});
    if (!count)
        return count.error();
    return *count > 0;
}

} // namespace Chrysalis
