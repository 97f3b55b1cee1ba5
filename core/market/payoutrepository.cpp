#include "core/market/payoutrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kColumns = u"SELECT id, worker_id, amount_cents, state, requested_at, paid_at FROM payout "_s;

PayoutRecord readPayout(const SqlQuery &query)
{
    PayoutRecord record;
    record.id = query.text(0);
    record.workerId = query.text(1);
    record.amountCents = query.int64(2);
    record.state = query.text(3) == u"paid" ? PayoutState::Paid : PayoutState::Requested;
    record.requestedAt = Rows::fromMs(query.int64(4));
    if (!query.isNull(5))
        record.paidAt = Rows::fromMs(query.int64(5));
    return record;
}

} // namespace

QString payoutStateName(PayoutState state)
{
    return state == PayoutState::Paid ? u"paid"_s : u"requested"_s;
}

Migration PayoutRepository::migration(int version)
{
    return {version,
            u"payout"_s,
            {u"CREATE TABLE payout (id {text} PRIMARY KEY, worker_id {text} NOT NULL REFERENCES account(id), "
             "amount_cents {bigint} NOT NULL, state {text} NOT NULL, requested_at {timestamp} NOT NULL, "
             "paid_at {timestamp})"_s,
             u"CREATE INDEX payout_worker_state ON payout (worker_id, state)"_s,
             u"CREATE INDEX payout_state_requested ON payout (state, requested_at)"_s}};
}

Status PayoutRepository::insert(const PayoutRecord &record)
{
    return execute(m_db,
                   u"INSERT INTO payout (id, worker_id, amount_cents, state, requested_at) "
                   "VALUES (:id, :worker, :amount, :state, :requested)"_s,
                   {{u":id"_s, record.id},
                    {u":worker"_s, record.workerId},
                    {u":amount"_s, record.amountCents},
                    {u":state"_s, payoutStateName(record.state)},
                    {u":requested"_s, Rows::toMs(record.requestedAt)}});
}

Result<std::optional<PayoutRecord>> PayoutRepository::find(const QString &id, bool lock)
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
        return std::optional<PayoutRecord>();
    return std::optional<PayoutRecord>(readPayout(query));
}

Result<Cents> PayoutRepository::pendingCents(const QString &workerId)
{
    return scalar(m_db,
                  u"SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM payout WHERE worker_id = :worker "
                  "AND state = 'requested'"_s,
                  {{u":worker"_s, workerId}});
}

Result<QList<PayoutRecord>> PayoutRepository::pending()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(kColumns + u"WHERE state = 'requested' ORDER BY requested_at, id"_s); !status)
        return status.error();
    QList<PayoutRecord> records;
    while (query.next())
        records.append(readPayout(query));
    return records;
}

Result<QHash<QString, Cents>> PayoutRepository::paidTotals()
{
    SqlQuery query(m_db);
    if (auto status =
                query.exec(u"SELECT worker_id, CAST(SUM(amount_cents) AS BIGINT) FROM payout WHERE state = 'paid' "
                           "GROUP BY worker_id"_s);
        !status)
        return status.error();
    QHash<QString, Cents> totals;
    while (query.next())
        totals.insert(query.text(0), query.int64(1));
    return totals;
}

Result<bool> PayoutRepository::markPaid(const QString &id, const QDateTime &at)
{
    return changedOne(m_db, u"UPDATE payout SET state = 'paid', paid_at = :at WHERE id = :id AND state = 'requested'"_s,
                      {{u":at"_s, Rows::toMs(at)}, {u":id"_s, id}});
}

} // namespace Chrysalis
