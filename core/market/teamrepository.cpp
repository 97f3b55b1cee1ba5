#include "core/market/teamrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns = u"SELECT id, requester_id, title, brief, slots, delivery, deadline, state, fee_bp, "
                         "escrow_cents, created_at, formed_at, closed_at FROM team_task "_s;

const QStringList kStateNames{u"assembling"_s, u"formed"_s, u"delivered"_s, u"approved"_s, u"dissolved"_s};

TeamState stateFromName(const QString &name)
{
    const qsizetype index = kStateNames.indexOf(name);
    return index < 0 ? TeamState::Dissolved : static_cast<TeamState>(index);
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
            "closed_at {timestamp})"_s,
            u"CREATE INDEX team_task_requester ON team_task (requester_id)"_s,
            u"CREATE INDEX team_task_state_deadline ON team_task (state, deadline)"_s,
            u"CREATE TABLE team_member (team_task_id {text} NOT NULL REFERENCES team_task(id), "
            "account_id {text} NOT NULL REFERENCES account(id), role {text} NOT NULL, joined_at {timestamp} NOT "
            "NULL, PRIMARY KEY (team_task_id, account_id))"_s,
            u"CREATE INDEX team_member_account ON team_member (account_id)"_s};
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
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(kColumns + u"WHERE id = :id"_s + (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TeamTaskRecord>();
    return std::optional<TeamTaskRecord>(readTeamTask(query));
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
    else if (to == TeamState::Approved || to == TeamState::Dissolved)
        stamp = u", closed_at = :at"_s;
    SqlBindings values{{u":to"_s, teamStateName(to)}, {u":id"_s, id}, {u":from"_s, teamStateName(from)}};
    if (!stamp.isEmpty())
        values.append({u":at"_s, Rows::toMs(at)});
    return changedOne(m_db, u"UPDATE team_task SET state = :to"_s + stamp + u" WHERE id = :id AND state = :from"_s,
                      values);
}

Result<QStringList> TeamRepository::dueBy(const QDateTime &now, int limit)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id FROM team_task WHERE state IN ('assembling', 'formed') AND "
                                    "deadline <= :now ORDER BY deadline, id LIMIT :limit"_s);
        !status)
        return status.error();
    query.bind(u":now"_s, Rows::toMs(now)).bind(u":limit"_s, limit);
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

Result<QHash<QString, Cents>> TeamRepository::heldEscrow()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT requester_id, CAST(SUM(escrow_cents) AS BIGINT) FROM team_task WHERE state "
                                 "IN ('assembling', 'formed', 'delivered') GROUP BY requester_id"_s);
        !status)
        return status.error();
    QHash<QString, Cents> held;
    while (query.next())
        held.insert(query.text(0), query.int64(1));
    return held;
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
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT team_task_id, account_id, role, joined_at FROM team_member "
                                    "WHERE team_task_id = :team ORDER BY joined_at, account_id"_s);
        !status)
        return status.error();
    query.bind(u":team"_s, teamTaskId);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<TeamMember> members;
    while (query.next())
        members.append({query.text(0), query.text(1), query.text(2), Rows::fromMs(query.int64(3))});
    return members;
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
