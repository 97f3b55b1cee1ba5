#pragma once

#include "core/policy/policy.h"
#include "core/result.h"

#include <QDateTime>

namespace Chrysalis {

// How long a lease lasts, how many slots one claim may take, and whether an answer on a lease is accepted.

// max(lease.min_seconds, multiplier × estimate × claimed), capped at lease.max_seconds. A negative estimate
// counts as 0 and fewer than one claimed slot as one; the product saturates instead of overflowing.
qint64 leaseDurationSeconds(qint64 estimateSecondsPerItem, int claimed, const Policy &policy);

// The slot count a claim may take: Validation error for 0 or less, LimitExceeded above lease.max_claim.
Result<int> clampClaimCount(int requested, const Policy &policy);

// What to do with an answer that arrives on a lease.
enum class LeaseAnswerDecision {
    Accept, // the lease is still running
    AcceptLate, // expired, but the slot was not re-leased and the item still needs answers
    RefuseExpired, // expired and the slot is gone: "lease_expired"
};

struct LeaseAnswerInput {
    QDateTime expiresAt;
    QDateTime receivedAt; // the server's clock, never the client's
    bool slotReLeased = false; // another worker holds or used this slot since expiry
    bool itemNeedsAnswers = true; // the item has fewer answers than its overlap
};

// A lease is valid while receivedAt < expiresAt; at expiresAt it has expired. An invalid time counts as expired.
LeaseAnswerDecision decideLeaseAnswer(const LeaseAnswerInput &input);

// The client warns while at most lease.warn_before_seconds (and more than none) are left.
bool shouldWarnBeforeExpiry(const QDateTime &expiresAt, const QDateTime &now, const Policy &policy);

} // namespace Chrysalis
