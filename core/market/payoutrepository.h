#pragma once

#include "core/domain/money.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

enum class PayoutState { Requested, Paid };

// "requested", "paid".
QString payoutStateName(PayoutState state);

// A worker's request to be paid out part of their earnings. The ledger moves only when an admin
// marks it paid; until then it holds that much of the earnings back from further requests.
struct PayoutRecord {
    QString id;
    QString workerId; // the real account id
    Cents amountCents = 0;
    PayoutState state = PayoutState::Requested;
    QDateTime requestedAt;
    QDateTime paidAt;
};

// Storage of payout requests; all of their SQL.
class PayoutRepository
{
public:
    // Table payout(id, worker_id, amount_cents, state, requested_at, paid_at).
    static Migration migration(int version);

    explicit PayoutRepository(Database &db) : m_db(db) { }

    Status insert(const PayoutRecord &record);
    Result<std::optional<PayoutRecord>> find(const QString &id, bool lock = false);
    // What the worker's requested, not yet paid payouts add up to.
    Result<Cents> pendingCents(const QString &workerId);
    // Requested payouts of everyone, oldest first: the operator's list.
    Result<QList<PayoutRecord>> pending();
    // What was paid out to each worker in all.
    Result<QHash<QString, Cents>> paidTotals();
    // Requested → paid; false when it was no longer requested.
    Result<bool> markPaid(const QString &id, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace Chrysalis
