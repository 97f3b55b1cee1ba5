#pragma once

#include "core/domain/money.h"
#include "core/policy/policy.h"

#include <QDateTime>

namespace Chrysalis {

// The mistake-pay allowance: how much of the platform's money a worker's lost conflicts may cost within the
// rolling window before the account is suspended.

// max(payout threshold × mistakes.payout_threshold_share_bp, earned × mistakes.earned_share_bp), each share
// rounded up in the worker's favour. Negative earnings count as none.
Cents mistakeAllowance(Cents earnedInWindow, const Policy &policy);

// Strictly greater suspends: using the whole allowance is still allowed.
bool exceedsAllowance(Cents mistakePayInWindow, Cents allowance);

// The window is (now − mistakes.window_seconds, now]: something booked exactly at the start has left it.
QDateTime mistakeWindowStart(const QDateTime &now, const Policy &policy);
bool inMistakeWindow(const QDateTime &bookedAt, const QDateTime &now, const Policy &policy);

} // namespace Chrysalis
