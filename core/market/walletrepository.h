#pragma once

#include "core/domain/ledger.h"
#include "core/domain/money.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

// What a ledger event settles: the conflict, task, answer or payout it books (empty when none applies).
struct LedgerReference {
    QString conflictId;
    QString taskId;
    QString answerId;
    QString payoutId;
};

// One stored ledger line with its ids, as the wire's ledger_entry entity shows it.
struct StoredLedgerEntry {
    qint64 id = 0;
    qint64 eventId = 0;
    QString accountKey;
    Cents amountCents = 0;
    QString kind;
};

// The marketplace's reads of the ledger that LedgerRepository does not offer: lines by event and
// by id for the change log, and the per-account sums the books check compares with the tasks.
class WalletRepository
{
public:
    explicit WalletRepository(Database &db) : m_db(db) { }

    Result<QList<StoredLedgerEntry>> entriesOfEvent(qint64 eventId);
    Result<std::optional<StoredLedgerEntry>> entry(qint64 id);
    // The balance of every account key that has lines.
    Result<QHash<QString, Cents>> balances();
    // What each requester's escrow should hold: for every published task, escrow per slot × slots,
    // less what approved and settled answers released.
    Result<QHash<QString, Cents>> expectedEscrow();

    // The references of every line of an event; written once, right after the event is appended.
    Status setReference(qint64 eventId, const LedgerReference &reference);
    Result<LedgerReference> reference(qint64 entryId);

private:
    Database &m_db;
};

} // namespace Chrysalis
