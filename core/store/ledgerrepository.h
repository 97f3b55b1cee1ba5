#pragma once

#include "core/domain/ledger.h"
#include "core/domain/money.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// The double-entry ledger's storage: append-only events whose lines sum to zero, and the sums over
// them. Holds all of the ledger's SQL. It never decides whether money may move (funds checks are the
// caller's, inside its own transaction); it only refuses events that would break the books.
class LedgerRepository
{
public:
    // Tables ledger_event(id, kind, created_at, ref) and ledger_entry(id, event_id, account,
    // amount_cents, kind), indexed on account. Place it in the program's migration list at `version`.
    static Migration migration(int version);

    explicit LedgerRepository(Database &db) : m_db(db) { }

    // Records one event and returns its id. Refused with Validation, nothing written, when it is empty,
    // does not sum to zero, or has a line without a kind or with a personal account without owner.
    // All-or-nothing: inside the caller's open Transaction it writes under a savepoint (the caller's
    // commit makes it durable, its rollback undoes it); otherwise in a transaction of its own.
    Result<qint64> append(const QString &eventKind, const LedgerEvent &entries, const QString &ref = {});

    Result<Cents> balance(const LedgerAccount &account);
    // The sum of every line ever written; zero in healthy books.
    Result<Cents> total();
    // The account's lines, oldest first.
    Result<QList<LedgerEntry>> entriesFor(const LedgerAccount &account);

    // Problems in the stored books, one sentence each; empty when healthy: events that do not sum to
    // zero or have no lines, unreadable account keys, personal books (balance, escrow, earnings) below
    // zero, and a non-zero total.
    Result<QStringList> check();

private:
    Database &m_db;
};

} // namespace Chrysalis
