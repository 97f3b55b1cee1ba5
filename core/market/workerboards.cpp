#include "core/market/workerboards.h"

#include "core/market/marketengine.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kApproved = u"approved_answers"_s;
const QString kAgreement = u"arbitration_agreement"_s;

struct Record {
    QString workerId;
    QString pseudonym;
    QString tier;
    int approved = 0;
    int votes = 0;
    int agreed = 0;
};

// Agreement compares shares exactly: agreed × other.votes against other.agreed × votes.
bool aheadOf(const QString &board, const Record &a, const Record &b)
{
    if (board == kAgreement) {
        const qint64 left = static_cast<qint64>(a.agreed) * b.votes;
        const qint64 right = static_cast<qint64>(b.agreed) * a.votes;
        if (left != right)
            return left > right;
        if (a.votes != b.votes)
            return a.votes > b.votes;
    } else if (a.approved != b.approved) {
        return a.approved > b.approved;
    }
    return a.pseudonym < b.pseudonym;
}

bool tiesWith(const QString &board, const Record &a, const Record &b)
{
    if (board == kAgreement)
        return static_cast<qint64>(a.agreed) * b.votes == static_cast<qint64>(b.agreed) * a.votes && a.votes == b.votes;
    return a.approved == b.approved;
}

} // namespace

QString WorkerBoardRow::entityId() const
{
    return u"%1:%2:%3"_s.arg(tier, board).arg(position);
}

QJsonObject WorkerBoardRow::toJson() const
{
    return {{u"id"_s, entityId()},
            {u"tier"_s, tier},
            {u"board"_s, board},
            {u"position"_s, position},
            {u"rank"_s, rank},
            {u"worker_pseudonym"_s, pseudonym},
            {u"approved_answers"_s, approvedAnswers},
            {u"panel_votes"_s, panelVotes},
            {u"agreed_votes"_s, agreedVotes}};
}

QStringList WorkerBoards::migrationStatements()
{
    return {u"CREATE TABLE worker_board_member (account_id {text} PRIMARY KEY REFERENCES account(id), "
            "opted_in_at {timestamp} NOT NULL)"_s,
            u"CREATE TABLE worker_board_entry (id {text} PRIMARY KEY, tier {text} NOT NULL, board {text} NOT NULL, "
            "position {integer} NOT NULL, rank {integer} NOT NULL, worker_id {text} NOT NULL, pseudonym {text} NOT "
            "NULL, approved_answers {integer} NOT NULL, panel_votes {integer} NOT NULL, agreed_votes {integer} NOT "
            "NULL)"_s};
}

Result<bool> WorkerBoards::optedIn(const QString &accountId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT COUNT(*) FROM worker_board_member WHERE account_id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, accountId);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) > 0;
}

Status WorkerBoards::setOptIn(const QString &accountId, bool optIn, const QDateTime &at)
{
    if (!optIn)
        return execute(m_db, u"DELETE FROM worker_board_member WHERE account_id = :id"_s, {{u":id"_s, accountId}});
    return execute(m_db,
                   u"INSERT INTO worker_board_member (account_id, opted_in_at) VALUES (:id, :at) "
                   "ON CONFLICT (account_id) DO NOTHING"_s,
                   {{u":id"_s, accountId}, {u":at"_s, Rows::toMs(at)}});
}

Result<QList<WorkerBoardRow>> WorkerBoards::compute(qint64 lossThresholdBp)
{
    // Over the opted-in workers only: approved answers from their counters (WorkerCounters, the figure
    // their tier record uses), votes in one grouped statement on the vote index, so a recompute costs what
    // the members did, not the marketplace's size.
    SqlQuery members(m_db);
    if (auto status = members.exec(u"SELECT a.id, a.pseudonym, a.tier, COALESCE(p.approved_answers, 0) "
                                   "FROM worker_board_member m JOIN account a ON a.id = m.account_id "
                                   "LEFT JOIN worker_progress p ON p.worker_id = a.id WHERE a.suspended = 0"_s);
        !status)
        return status.error();
    QList<Record> records;
    QHash<QString, qsizetype> byId;
    while (members.next()) {
        byId.insert(members.text(0), records.size());
        records.append({members.text(0), members.text(1), members.text(2), static_cast<int>(members.int64(3)), 0, 0});
    }
    members.finish();
    SqlQuery votes(m_db);
    if (auto status = votes.prepare(
                u"SELECT v.arbiter_id, COUNT(*), CAST(COALESCE(SUM(CASE WHEN "
                "(v.fault = 'worker' AND c.worker_fault_votes * 10000 > :bp * (c.worker_fault_votes + "
                "c.requester_fault_votes)) OR (v.fault = 'requester' AND c.requester_fault_votes * 10000 > :bp2 * "
                "(c.worker_fault_votes + c.requester_fault_votes)) THEN 1 ELSE 0 END), 0) AS BIGINT) "
                "FROM worker_board_member m JOIN vote v ON v.arbiter_id = m.account_id "
                "JOIN conflict c ON c.id = v.conflict_id WHERE c.state = 'closed' GROUP BY v.arbiter_id"_s);
        !status)
        return status.error();
    votes.bind(u":bp"_s, lossThresholdBp).bind(u":bp2"_s, lossThresholdBp);
    if (auto status = votes.exec(); !status)
        return status.error();
    while (votes.next()) {
        const auto found = byId.constFind(votes.text(0));
        if (found == byId.constEnd())
            continue;
        records[*found].votes = static_cast<int>(votes.int64(1));
        records[*found].agreed = static_cast<int>(votes.int64(2));
    }

    QList<WorkerBoardRow> rows;
    for (const QString &tier : {u"bronze"_s, u"silver"_s, u"gold"_s}) {
        for (const QString &board : {kApproved, kAgreement}) {
            QList<Record> ranked;
            for (const Record &record : std::as_const(records)) {
                if (record.tier != tier)
                    continue;
                if (board == kAgreement ? record.votes >= kMinVotesForAgreement : record.approved > 0)
                    ranked.append(record);
            }
            std::sort(ranked.begin(), ranked.end(),
                      [&](const Record &a, const Record &b) { return aheadOf(board, a, b); });
            int rank = 0;
            for (qsizetype i = 0; i < ranked.size() && i < kTop; ++i) {
                const Record &record = ranked.at(i);
                if (i == 0 || !tiesWith(board, record, ranked.at(i - 1)))
                    rank = static_cast<int>(i) + 1;
                rows.append({tier, board, static_cast<int>(i) + 1, rank, record.workerId, record.pseudonym,
                             record.approved, record.votes, record.agreed});
            }
        }
    }
    return rows;
}

Result<QList<WorkerBoardRow>> WorkerBoards::stored()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT tier, board, position, rank, worker_id, pseudonym, approved_answers, "
                                 "panel_votes, agreed_votes FROM worker_board_entry"_s);
        !status)
        return status.error();
    QList<WorkerBoardRow> rows;
    while (query.next()) {
        rows.append({query.text(0), query.text(1), static_cast<int>(query.int64(2)), static_cast<int>(query.int64(3)),
                     query.text(4), query.text(5), static_cast<int>(query.int64(6)), static_cast<int>(query.int64(7)),
                     static_cast<int>(query.int64(8))});
    }
    return rows;
}

Status WorkerBoards::refresh(MarketEngine &engine)
{
    auto next = compute(engine.policy.panel.lossThresholdBp);
    if (!next)
        return next.error();
    auto before = stored();
    if (!before)
        return before.error();
    QHash<QString, WorkerBoardRow> old;
    for (const WorkerBoardRow &row : std::as_const(*before))
        old.insert(row.entityId(), row);
    for (const WorkerBoardRow &row : std::as_const(*next)) {
        const QString id = row.entityId();
        const auto found = old.constFind(id);
        const bool same = found != old.constEnd() && *found == row;
        old.remove(id);
        if (same)
            continue;
        if (auto status = execute(m_db,
                                  u"INSERT INTO worker_board_entry (id, tier, board, position, rank, worker_id, "
                                  "pseudonym, approved_answers, panel_votes, agreed_votes) VALUES (:id, :tier, "
                                  ":board, :position, :rank, :worker, :pseudonym, :approved, :votes, :agreed) "
                                  "ON CONFLICT (id) DO UPDATE SET rank = excluded.rank, worker_id = "
                                  "excluded.worker_id, pseudonym = excluded.pseudonym, approved_answers = "
                                  "excluded.approved_answers, panel_votes = excluded.panel_votes, agreed_votes = "
                                  "excluded.agreed_votes"_s,
                                  {{u":id"_s, id},
                                   {u":tier"_s, row.tier},
                                   {u":board"_s, row.board},
                                   {u":position"_s, row.position},
                                   {u":rank"_s, row.rank},
                                   {u":worker"_s, row.workerId},
                                   {u":pseudonym"_s, row.pseudonym},
                                   {u":approved"_s, row.approvedAnswers},
                                   {u":votes"_s, row.panelVotes},
                                   {u":agreed"_s, row.agreedVotes}});
            !status)
            return status;
        engine.changes.touch(Entity::WorkerBoardEntry, id, {Audience::everyone()});
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (auto status = execute(m_db, u"DELETE FROM worker_board_entry WHERE id = :id"_s, {{u":id"_s, it.key()}});
            !status)
            return status;
        engine.changes.touch(Entity::WorkerBoardEntry, it.key(), {Audience::everyone()}, ChangeOp::Delete);
    }
    return {};
}

Result<std::optional<WorkerBoardRow>> WorkerBoards::entry(const QString &entityId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT tier, board, position, rank, worker_id, pseudonym, approved_answers, "
                                    "panel_votes, agreed_votes FROM worker_board_entry WHERE id = :id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, entityId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<WorkerBoardRow>();
    return std::optional<WorkerBoardRow>(WorkerBoardRow{
            query.text(0), query.text(1), static_cast<int>(query.int64(2)), static_cast<int>(query.int64(3)),
            query.text(4), query.text(5), static_cast<int>(query.int64(6)), static_cast<int>(query.int64(7)),
            static_cast<int>(query.int64(8))});
}

Result<std::optional<QJsonObject>> renderWorkerBoardEntry(Database &db, const QString &id)
{
    auto row = WorkerBoards(db).entry(id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>((*row)->toJson());
}

} // namespace Chrysalis
