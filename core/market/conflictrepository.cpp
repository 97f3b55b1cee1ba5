#include "core/market/conflictrepository.h"

#include "core/market/conflictrows.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns = u"SELECT id, answer_id, task_id, item_id, worker_id, requester_id, state, seats, votes_cast, "
                         "deadline, extensions_used, opened_at, closed_at, worker_fault_votes, requester_fault_votes, "
                         "requester_charge_cents, arbitration_fee_cents, mistake_pay_cents FROM conflict "_s;

const QString kVoteColumns = u"SELECT id, conflict_id, arbiter_id, fault, rationale, cast_at FROM vote "_s;

ConflictRecord readConflict(const SqlQuery &query)
{
    ConflictRecord record;
    ConflictPanel &panel = record.panel;
    panel.id = query.text(0);
    panel.answerId = query.text(1);
    record.taskId = query.text(2);
    record.itemId = query.text(3);
    record.workerId = query.text(4);
    record.requesterId = query.text(5);
    Rows::readPanel(query, 6, record);
    return record;
}

using Rows::readVote;

} // namespace

Status ConflictRepository::insert(const ConflictRecord &record)
{
    const ConflictPanel &panel = record.panel;
    return execute(m_db,
                   u"INSERT INTO conflict (id, answer_id, task_id, item_id, worker_id, requester_id, state, seats, "
                   "votes_cast, deadline, extensions_used, opened_at) VALUES (:id, :answer, :task, :item, :worker, "
                   ":requester, :state, :seats, 0, :deadline, 0, :opened)"_s,
                   {{u":id"_s, panel.id},
                    {u":answer"_s, panel.answerId},
                    {u":task"_s, record.taskId},
                    {u":item"_s, record.itemId},
                    {u":worker"_s, record.workerId},
                    {u":requester"_s, record.requesterId},
                    {u":state"_s, conflictStateName(panel.state)},
                    {u":seats"_s, panel.seats},
                    {u":deadline"_s, Rows::toMs(panel.deadline)},
                    {u":opened"_s, Rows::toMs(record.openedAt)}});
}

Result<QList<ConflictRecord>> ConflictRepository::select(const QString &where,
                                                         const QList<QPair<QString, QVariant>> &values, bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kColumns + where + (lock ? m_db.dialect().lockRowsClause() : QString())); !status)
        return status.error();
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<ConflictRecord> records;
    while (query.next())
        records.append(readConflict(query));
    return records;
}

Result<std::optional<ConflictRecord>> ConflictRepository::find(const QString &id, bool lock)
{
    auto rows = select(u"WHERE id = :id"_s, {{u":id"_s, id}}, lock);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ConflictRecord>() : std::optional<ConflictRecord>(rows->constFirst());
}

Result<std::optional<ConflictRecord>> ConflictRepository::findByAnswer(const QString &answerId)
{
    auto rows = select(u"WHERE answer_id = :answer"_s, {{u":answer"_s, answerId}}, false);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ConflictRecord>() : std::optional<ConflictRecord>(rows->constFirst());
}

Result<QList<ConflictRecord>> ConflictRepository::forItem(const QString &itemId)
{
    return select(u"WHERE item_id = :item ORDER BY opened_at, id"_s, {{u":item"_s, itemId}}, false);
}

Result<QHash<QString, QList<ConflictRecord>>> ConflictRepository::forItems(const QStringList &itemIds)
{
    QHash<QString, QList<ConflictRecord>> panels;
    for (qsizetype start = 0; start < itemIds.size(); start += Rows::kInListChunk) {
        const QStringList chunk = itemIds.mid(start, Rows::kInListChunk);
        QList<QPair<QString, QVariant>> values;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            values.append({u":i%1"_s.arg(i), chunk.at(i)});
        auto rows = select(u"WHERE item_id IN ("_s + Rows::inList(u"i"_s, chunk.size()) + u") ORDER BY opened_at, id"_s,
                           values, false);
        if (!rows)
            return rows.error();
        for (const ConflictRecord &record : std::as_const(*rows))
            panels[record.itemId].append(record);
    }
    return panels;
}

Result<QStringList> ConflictRepository::openDueBy(const QDateTime &now, int limit)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id FROM conflict WHERE state = 'open' AND deadline <= :now "
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

Result<bool> ConflictRepository::extend(const QString &id, const QDateTime &fromDeadline, const QDateTime &toDeadline)
{
    return changedOne(m_db,
                      u"UPDATE conflict SET deadline = :to, extensions_used = extensions_used + 1 "
                      "WHERE id = :id AND state = 'open' AND deadline = :from"_s,
                      {{u":to"_s, Rows::toMs(toDeadline)}, {u":id"_s, id}, {u":from"_s, Rows::toMs(fromDeadline)}});
}

Result<bool> ConflictRepository::close(const QString &id, const ConflictOutcome &outcome, const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE conflict SET state = 'closed', closed_at = :at, worker_fault_votes = :wv, "
                      "requester_fault_votes = :rv, requester_charge_cents = :charge, arbitration_fee_cents = :fee, "
                      "mistake_pay_cents = :mistake WHERE id = :id AND state = 'open'"_s,
                      {{u":at"_s, Rows::toMs(at)},
                       {u":wv"_s, outcome.workerFaultVotes},
                       {u":rv"_s, outcome.requesterFaultVotes},
                       {u":charge"_s, outcome.requesterChargeCents},
                       {u":fee"_s, outcome.arbitrationFeeCents},
                       {u":mistake"_s, outcome.mistakePayCents},
                       {u":id"_s, id}});
}

Status ConflictRepository::insertVote(const Vote &vote)
{
    return execute(m_db,
                   u"INSERT INTO vote (id, conflict_id, arbiter_id, fault, rationale, cast_at) "
                   "VALUES (:id, :conflict, :arbiter, :fault, :rationale, :at)"_s,
                   {{u":id"_s, vote.id},
                    {u":conflict"_s, vote.conflictId},
                    {u":arbiter"_s, vote.arbiterId},
                    {u":fault"_s, faultName(vote.fault)},
                    {u":rationale"_s, vote.rationale},
                    {u":at"_s, Rows::toMs(vote.castAt)}});
}

Status ConflictRepository::countVote(const QString &conflictId)
{
    return execute(m_db, u"UPDATE conflict SET votes_cast = votes_cast + 1 WHERE id = :id"_s, {{u":id"_s, conflictId}});
}

Result<std::optional<Vote>> ConflictRepository::vote(const QString &id)
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

Result<bool> ConflictRepository::voteExists(const QString &id)
{
    auto found = vote(id);
    if (!found)
        return found.error();
    return found->has_value();
}

Result<bool> ConflictRepository::hasVoted(const QString &conflictId, const QString &arbiterId)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(u"SELECT COUNT(*) FROM vote WHERE conflict_id = :conflict AND arbiter_id = :arbiter"_s);
        !status)
        return status.error();
    query.bind(u":conflict"_s, conflictId).bind(u":arbiter"_s, arbiterId);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) > 0;
}

Result<QList<Vote>> ConflictRepository::votes(const QString &conflictId)
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
