#pragma once

#include "core/domain/ledger.h"
#include "core/domain/money.h"
#include "core/domain/roles.h"
#include "core/policy/policy.h"
#include "core/result.h"

#include <QString>

namespace Chrysalis {

// Fees, escrow and the plain ledger events of publishing, approving, feedback pay, funding and payouts.
// Rounding: the fee is computed per answer slot and rounded UP to a whole cent, so the platform never collects
// less than its stated rate; the worker's pay is never touched by rounding. A task's escrow is exactly
// slots × slot escrow, so each approval releases its own slot's share and no fraction of a cent stays behind.
// Every amount is checked against kMaxSafeInteger; larger results are LimitExceeded errors, never overflow.

// The fee a task carries, fixed by its requester's standing when it is published.
BasisPoints feeRate(Standing requesterStandingAtPublish, const Policy &policy);

// amount × share / 10000 rounded up (amount ≥ 0, share in 0..10000); exact for every amount up to
// kMaxSafeInteger, where money.h's applyShareRoundingUp would overflow.
Result<Cents> shareRoundedUp(Cents amount, BasisPoints share);

// What one answer slot reserves: pay + its fee.
Result<Cents> escrowPerSlot(Cents pay, BasisPoints feeBp);

// The money a publish moves, worked out once so the ledger, the UI and the server agree to the cent.
struct EscrowQuote {
    Cents payPerAnswer = 0;
    BasisPoints feeBp = 0;
    Cents feePerSlot = 0;
    Cents escrowPerSlot = 0; // payPerAnswer + feePerSlot
    qint64 slots = 0; // items × overlap
    Cents total = 0; // slots × escrowPerSlot

    bool operator==(const EscrowQuote &) const = default;
};

// Pay must be positive, items and overlap at least 1.
Result<EscrowQuote> quoteEscrow(Cents payPerAnswer, int items, int overlap, Standing requesterStanding,
                                const Policy &policy);

// Requester balance → requester escrow. InsufficientFunds when the balance does not cover the quote: nothing is
// half-published.
Result<LedgerEvent> publishEvent(const QString &requesterId, const EscrowQuote &quote, Cents requesterBalance);

// One approved answer: escrow −held, worker earnings +pay, platform fees +(held − pay). held ≥ pay > 0.
Result<LedgerEvent> approvalEvent(const QString &requesterId, const QString &workerId, Cents pay, Cents heldForSlot);

// A finished feedback task: platform feedback_pay −pay, worker earnings +pay.
Result<LedgerEvent> feedbackPayEvent(const QString &workerId, const Policy &policy);

// A worker may request a payout once their earnings reach the payout threshold (and are above zero).
bool mayRequestPayout(Cents earnings, const Policy &policy);

// A payout an admin marked paid: worker earnings −amount, deposits +amount. NotEligible below the threshold;
// the amount must be positive and not above the earnings.
Result<LedgerEvent> payoutEvent(const QString &workerId, Cents amount, Cents earnings, const Policy &policy);

// Admin funding of a requester: deposits −amount, requester balance +amount.
Result<LedgerEvent> fundingEvent(const QString &requesterId, Cents amount);

} // namespace Chrysalis
