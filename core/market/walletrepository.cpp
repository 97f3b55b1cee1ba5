#include "core/market/walletrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kEntryColumns = u"SELECT id, event_id, account, amount_cents, kind FROM ledger_entry "_s;

StoredLedgerEntry readEntry(const SqlQuery &query)
{
    return {query.int64(0), query.int64(1), query.text(2), query.int64(3), query.text(4)};
}

Result<QHash<QString, Cents>> sums(Database &db, const QString &sql)
{
    SqlQuery query(db);
    if (auto status = query.exec(sql); !status)
        return status.error();
    QHash<QString, Cents> result;
    while (query.next())
        result[query.text(0)] += query.int64(1);
    return result;
}

} // namespace

Result<QList<StoredLedgerEntry>> WalletRepository::entriesOfEvent(qint64 eventId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kEntryColumns + u"WHERE event_id = :event ORDER BY id"_s); !status)
        return status.error();
    query.bind(u":event"_s, eventId);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<StoredLedgerEntry> entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

Result<std::optional<StoredLedgerEntry>> WalletRepository::entry(qint64 id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kEntryColumns + u"WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<StoredLedgerEntry>();
    return std::optional<StoredLedgerEntry>(readEntry(query));
}

Result<QHash<QString, Cents>> WalletRepository::balances()
{
    return sums(m_db, u"SELECT account, CAST(SUM(amount_cents) AS BIGINT) FROM ledger_entry GROUP BY account"_s);
}

Result<QHash<QString, Cents>> WalletRepository::expectedEscrow()
{
    auto reserved = sums(m_db, u"SELECT requester_id, CAST(SUM(escrow_per_slot_cents * slots) AS BIGINT) FROM task "
                               "WHERE state IN ('in_feedback', 'published', 'closed') GROUP BY requester_id"_s);
    if (!reserved)
        return reserved.error();
    auto released =
            sums(m_db, u"SELECT t.requester_id, CAST(SUM(a.held_cents) AS BIGINT) FROM answer a JOIN task t "
                       "ON t.id = a.task_id WHERE a.status IN ('approved', 'settled') GROUP BY t.requester_id"_s);
    if (!released)
        return released.error();
    QHash<QString, Cents> expected = *reserved;
    for (auto it = released->cbegin(); it != released->cend(); ++it)
        expected[it.key()] -= it.value();
    return expected;
}

Status WalletRepository::setReference(qint64 eventId, const LedgerReference &reference)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"UPDATE ledger_entry SET conflict_id = :conflict, task_id = :task, "
                                    "answer_id = :answer, payout_id = :payout WHERE event_id = :event"_s);
        !status)
        return status;
    query.bind(u":conflict"_s, Rows::textOrNull(reference.conflictId))
            .bind(u":task"_s, Rows::textOrNull(reference.taskId))
            .bind(u":answer"_s, Rows::textOrNull(reference.answerId))
            .bind(u":payout"_s, Rows::textOrNull(reference.payoutId))
            .bind(u":event"_s, eventId);
    return query.exec();
}

Result<LedgerReference> WalletRepository::reference(qint64 entryId)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(u"SELECT conflict_id, task_id, answer_id, payout_id FROM ledger_entry WHERE id = :id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, entryId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return LedgerReference();
    return LedgerReference{query.text(0), query.text(1), query.text(2), query.text(3)};
}

} // namespace Chrysalis
