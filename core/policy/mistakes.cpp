#include "core/policy/mistakes.h"

#include "core/policy/fees.h"

namespace Chrysalis {

Cents mistakeAllowance(Cents earnedInWindow, const Policy &policy)
{
    const Cents earned = qBound<Cents>(0, earnedInWindow, kMaxSafeInteger);
    const Cents floor = shareRoundedUp(policy.payout.thresholdCents, policy.mistakes.payoutThresholdShareBp).valueOr(0);
    const Cents grown = shareRoundedUp(earned, policy.mistakes.earnedShareBp).valueOr(0);
    return qMax(floor, grown);
}

bool exceedsAllowance(Cents mistakePayInWindow, Cents allowance)
{
    return mistakePayInWindow > allowance;
}

QDateTime mistakeWindowStart(const QDateTime &now, const Policy &policy)
{
    return now.addSecs(-policy.mistakes.windowSeconds);
}

bool inMistakeWindow(const QDateTime &bookedAt, const QDateTime &now, const Policy &policy)
{
    return bookedAt > mistakeWindowStart(now, policy) && bookedAt <= now;
}

} // namespace Chrysalis
