#include "core/policy/leasepolicy.h"

#include "core/domain/validationtext.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis {

qint64 leaseDurationSeconds(qint64 estimateSecondsPerItem, int claimed, const Policy &policy)
{
    const qint64 estimate = qMax<qint64>(estimateSecondsPerItem, 0);
    const qint64 slots = qMax(claimed, 1);
    const qint64 factor = static_cast<qint64>(policy.lease.estimateMultiplier) * slots;
    qint64 wanted = std::numeric_limits<qint64>::max();
    if (factor == 0 || estimate <= std::numeric_limits<qint64>::max() / factor)
        wanted = estimate * factor;
    return qMin(qMax(wanted, policy.lease.minSeconds), policy.lease.maxSeconds);
}

Result<int> clampClaimCount(int requested, const Policy &policy)
{
    if (requested <= 0) {
        return Error::validation(Validation::tr("a claim needs at least one slot"),
                                 {{u"count"_s, Validation::tr("must be at least 1 (got %1)").arg(requested)}});
    }
    const int maxClaim = policy.lease.maxClaim;
    if (requested > maxClaim) {
        return Error{
                ErrorCode::LimitExceeded,
                Validation::tr("a claim may take at most %n slots (asked for %1)", nullptr, maxClaim).arg(requested),
                {{u"count"_s, Validation::tr("must be at most %1").arg(maxClaim)}}};
    }
    return requested;
}

LeaseAnswerDecision decideLeaseAnswer(const LeaseAnswerInput &input)
{
    if (input.receivedAt.isValid() && input.expiresAt.isValid() && input.receivedAt < input.expiresAt)
        return LeaseAnswerDecision::Accept;
    if (!input.slotReLeased && input.itemNeedsAnswers)
        return LeaseAnswerDecision::AcceptLate;
    return LeaseAnswerDecision::RefuseExpired;
}

bool shouldWarnBeforeExpiry(const QDateTime &expiresAt, const QDateTime &now, const Policy &policy)
{
    const qint64 left = now.secsTo(expiresAt);
    return left > 0 && left <= policy.lease.warnBeforeSeconds;
}

} // namespace Chrysalis
