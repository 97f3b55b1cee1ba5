#include "core/market/teamconflictrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns =
        u"SELECT id, team_task_id, requester_id, state, seats, votes_cast, deadline, extensions_used, opened_at, "
        "closed_at, worker_fault_votes, requester_fault_votes, requester_charge_cents, arbitration_fee_cents, "
        "mistake_pay_cents, reason_code, reason, members_lost FROM team_conflict "_s;

const QString kVoteColumns = u"SELECT id, conflict_id, arbiter_id, fault, rationale, cast_at FROM team_vote "_s;

TeamConflictRecord readConflict(const SqlQuery &query)
{
    TeamConflictRecord record;
    ConflictRecord &conflict = record.conflict;
    ConflictPanel &panel = conflict.panel;
    panel.id = query.text(0);
    conflict.taskId = query.text(1);
    conflict.requesterId = query.text(2);
    panel.state = parseConflictState(query.text(3)).valueOr(ConflictState::Open);
    panel.seats = static_cast<int>(query.int64(4));
    panel.votesCast = static_cast<int>(query.int64(5));
    panel.deadline = Rows::fromMs(query.int64(6));
    conflict.extensionsUsed = static_cast<int>(query.int64(7));
    panel.extended = conflict.extensionsUsed > 0;
    conflict.openedAt = Rows::fromMs(query.int64(8));
    if (!query.isNull(9))
        conflict.closedAt = Rows::fromMs(query.int64(9));
    panel.workerFaultVotes = static_cast<int>(query.int64(10));
    panel.requesterFaultVotes = static_cast<int>(query.int64(11));
    panel.requesterChargeCents = query.int64(12);
    conflict.arbitrationFeeCents = query.int64(13);
    panel.mistakePayCents = query.int64(14);
    record.reasonCode = query.text(15);
    record.reason = query.text(16);
    record.membersLost = query.int64(17) != 0;
    return record;
}

Vote readVote(const SqlQuery &query)
{
    Vote vote;
    vote.id = query.text(0);
    vote.conflictId = query.text(1);
    vote.arbiterId = query.text(2);
    vote.fault = parseFault(query.text(3)).valueOr(Fault::Worker);
    vote.rationale = query.text(4);
    vote.castAt = Rows::fromMs(query.int64(5));
    return vote;
}

} // namespace

QStringList TeamConflictRepository::migrationStatements()
{
    return {u"CREATE TABLE team_conflict (id {text} PRIMARY KEY, team_task_id {text} NOT NULL UNIQUE REFERENCES "
            "team_task(id), requester_id {text} NOT NULL REFERENCES account(id), state {text} NOT NULL, seats "
            "{integer} NOT NULL, votes_cast {integer} NOT NULL DEFAULT 0, deadline {timestamp} NOT NULL, "
            "extensions_used {integer} NOT NULL DEFAULT 0, opened_at {timestamp} NOT NULL, closed_at {timestamp}, "
            "worker_fault_votes {integer} NOT NULL DEFAULT 0, requester_fault_votes {integer} NOT NULL DEFAULT 0, "
            "requester_charge_cents {bigint} NOT NULL DEFAULT 0, arbitration_fee_cents {bigint} NOT NULL DEFAULT 0, "
            "mistake_pay_cents {bigint} NOT NULL DEFAULT 0, reason_code {text} NOT NULL, reason {text} NOT NULL, "
            "members_lost {integer} NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX team_conflict_state_deadline ON team_conflict (state, deadline)"_s,
            u"CREATE TABLE team_vote (id {text} PRIMARY KEY, conflict_id {text} NOT NULL REFERENCES "
            "team_conflict(id), arbiter_id {text} NOT NULL REFERENCES account(id), fault {text} NOT NULL, rationale "
            "{text} NOT NULL, cast_at {timestamp} NOT NULL, UNIQUE (conflict_id, arbiter_id))"_s};
}

Status TeamConflictRepository::insert(const TeamConflictRecord &record)
{
    const ConflictRecord &conflict = record.conflict;
    return execute(m_db,
                   u"INSERT INTO team_conflict (id, team_task_id, requester_id, state, seats, deadline, opened_at, "
                   "reason_code, reason) VALUES (:id, :team, :requester, :state, :seats, :deadline, :opened, :code, "
                   ":reason)"_s,
                   {{u":id"_s, conflict.panel.id},
                    {u":team"_s, conflict.taskId},
                    {u":requester"_s, conflict.requesterId},
                    {u":state"_s, conflictStateName(conflict.panel.state)},
                    {u":seats"_s, conflict.panel.seats},
                    {u":deadline"_s, Rows::toMs(conflict.panel.deadline)},
                    {u":opened"_s, Rows::toMs(conflict.openedAt)},
                    {u":code"_s, record.reasonCode},
                    {u":reason"_s, record.reason}});
}

Result<std::optional<TeamConflictRecord>> TeamConflictRepository::find(const QString &id, bool lock)
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
        return std::optional<TeamConflictRecord>();
    return std::optional<TeamConflictRecord>(readConflict(query));
}

Result<std::optional<TeamConflictRecord>> TeamConflictRepository::findByTeam(const QString &teamTaskId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kColumns + u"WHERE team_task_id = :team"_s); !status)
        return status.error();
    query.bind(u":team"_s, teamTaskId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TeamConflictRecord>();
    return std::optional<TeamConflictRecord>(readConflict(query));
}

Result<QStringList> TeamConflictRepository::openDueBy(const QDateTime &now, int limit)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id FROM team_conflict WHERE state = 'open' AND deadline <= :now "
                                    "ORDER BY deadline, id LIMIT :limit"_s);
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

Result<bool> TeamConflictRepository::extend(const QString &id, const QDateTime &fromDeadline,
                                            const QDateTime &toDeadline)
{
    return changedOne(m_db,
                      u"UPDATE team_conflict SET deadline = :to, extensions_used = extensions_used + 1 "
                      "WHERE id = :id AND state = 'open' AND deadline = :from"_s,
                      {{u":to"_s, Rows::toMs(toDeadline)}, {u":id"_s, id}, {u":from"_s, Rows::toMs(fromDeadline)}});
}

Result<bool> TeamConflictRepository::close(const QString &id, const ConflictOutcome &outcome, bool membersLost,
                                           const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE team_conflict SET state = 'closed', closed_at = :at, worker_fault_votes = :wv, "
                      "requester_fault_votes = :rv, requester_charge_cents = :charge, arbitration_fee_cents = :fee, "
                      "mistake_pay_cents = :mistake, members_lost = :lost WHERE id = :id AND state = 'open'"_s,
                      {{u":at"_s, Rows::toMs(at)},
                       {u":wv"_s, outcome.workerFaultVotes},
                       {u":rv"_s, outcome.requesterFaultVotes},
                       {u":charge"_s, outcome.requesterChargeCents},
                       {u":fee"_s, outcome.arbitrationFeeCents},
                       {u":mistake"_s, outcome.mistakePayCents},
                       {u":lost"_s, membersLost ? 1 : 0},
                       {u":id"_s, id}});
}

Status TeamConflictRepository::insertVote(const Vote &vote)
{
    if (auto status = execute(m_db,
                              u"INSERT INTO team_vote (id, conflict_id, arbiter_id, fault, rationale, cast_at) "
                              "VALUES (:id, :conflict, :arbiter, :fault, :rationale, :at)"_s,
                              {{u":id"_s, vote.id},
                               {u":conflict"_s, vote.conflictId},
                               {u":arbiter"_s, vote.arbiterId},
                               {u":fault"_s, faultName(vote.fault)},
                               {u":rationale"_s, vote.rationale},
                               {u":at"_s, Rows::toMs(vote.castAt)}});
        !status)
        return status;
    return execute(m_db, u"UPDATE team_conflict SET votes_cast = votes_cast + 1 WHERE id = :id"_s,
                   {{u":id"_s, vote.conflictId}});
}

Result<std::optional<Vote>> TeamConflictRepository::vote(const QString &id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kVoteColumns + u"WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<Vote>();
    return std::optional<Vote>(readVote(query));
}

Result<bool> TeamConflictRepository::voteExists(const QString &id)
{
    auto found = vote(id);
    if (!found)
        return found.error();
    return found->has_value();
}

Result<bool> TeamConflictRepository::hasVoted(const QString &conflictId, const QString &arbiterId)
{
    auto count =
            scalar(m_db, u"SELECT COUNT(*) FROM team_vote WHERE conflict_id = :conflict AND arbiter_id = :arbiter"_s,
                   {{u":conflict"_s, conflictId}, {u":arbiter"_s, arbiterId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QList<Vote>> TeamConflictRepository::votes(const QString &conflictId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kVoteColumns + u"WHERE conflict_id = :conflict ORDER BY cast_at, id"_s); !status)
        return status.error();
    query.bind(u":conflict"_s, conflictId);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<Vote> votes;
    while (query.next())
        votes.append(readVote(query));
    return votes;
}

} // namespace Chrysalis
