#include "core/market/teamconflictrepository.h"

#include "core/market/conflictrows.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The team's reason and outcome follow the panel's columns.
const QString kColumns = u"SELECT id, team_task_id, requester_id, "_s + Rows::panelColumns() +
                         u", reason_code, reason, members_lost FROM team_conflict "_s;

const QString kVoteColumns = u"SELECT "_s + Rows::voteColumns() + u" FROM team_vote "_s;

TeamConflictRecord readConflict(const SqlQuery &query)
{
    TeamConflictRecord record;
    ConflictRecord &conflict = record.conflict;
    conflict.panel.id = query.text(0);
    conflict.taskId = query.text(1);
    conflict.requesterId = query.text(2);
    Rows::readPanel(query, 3, conflict);
    record.reasonCode = query.text(15);
    record.reason = query.text(16);
    record.membersLost = query.int64(17) != 0;
    return record;
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
    return Rows::selectOne(m_db, kColumns + u"WHERE id = :id"_s + (lock ? m_db.dialect().lockRowsClause() : QString()),
                           {{u":id"_s, id}}, readConflict);
}

Result<std::optional<TeamConflictRecord>> TeamConflictRepository::findByTeam(const QString &teamTaskId)
{
    return Rows::selectOne(m_db, kColumns + u"WHERE team_task_id = :team"_s, {{u":team"_s, teamTaskId}}, readConflict);
}

Result<QStringList> TeamConflictRepository::openDueBy(const QDateTime &now, int limit)
{
    return Rows::selectIds(m_db,
                           u"SELECT id FROM team_conflict WHERE state = 'open' AND deadline <= :now "
                           "ORDER BY deadline, id LIMIT :limit"_s,
                           {{u":now"_s, Rows::toMs(now)}, {u":limit"_s, limit}});
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
    return Rows::selectOne(m_db, kVoteColumns + u"WHERE id = :id"_s, {{u":id"_s, id}}, Rows::readVote);
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
    return Rows::selectAll(m_db, kVoteColumns + u"WHERE conflict_id = :conflict ORDER BY cast_at, id"_s,
                           {{u":conflict"_s, conflictId}}, Rows::readVote);
}

} // namespace Chrysalis
