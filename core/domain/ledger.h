#pragma once

#include "core/domain/money.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace Chrysalis {

// The books money can sit in. Personal books belong to one account; platform books and the
// external deposits book have no owner.
enum class LedgerBook {
    Balance, // a requester's spendable money
    Escrow, // a requester's money reserved for published answer slots
    Earnings, // a worker's (or arbiter's) pay, until paid out
    PlatformFees,
    PlatformArbitration,
    PlatformMistakePay,
    PlatformFeedbackPay,
    Deposits, // the outside world: funding comes from it, payouts go to it
};

QString ledgerBookName(LedgerBook book);
Result<LedgerBook> parseLedgerBook(const QString &name);
bool isPersonalBook(LedgerBook book);

// One book of one owner, e.g. the escrow of requester 42.
struct LedgerAccount {
    LedgerBook book = LedgerBook::Deposits;
    QString ownerId; // empty for platform and external books

    static LedgerAccount personal(LedgerBook book, const QString &ownerId) { return {book, ownerId}; }
    static LedgerAccount platform(LedgerBook book) { return {book, {}}; }

    // "escrow:42", "platform:fees", "deposits": stable, used as the storage and wire name.
    QString key() const;
    static Result<LedgerAccount> fromKey(const QString &key);

    bool operator==(const LedgerAccount &) const = default;
};

// One line of a double-entry event. All lines of one event sum to zero.
struct LedgerEntry {
    LedgerAccount account;
    Cents amountCents = 0;
    QString kind; // why the money moved: "publish", "approve", "settlement", "arbiter_pay", …

    bool operator==(const LedgerEntry &) const = default;
};

using LedgerEvent = QList<LedgerEntry>;

Cents ledgerSum(const LedgerEvent &entries);
// The net amount the event moves into one account (negative when money leaves it).
Cents ledgerNetFor(const LedgerEvent &entries, const LedgerAccount &account);

} // namespace Chrysalis
