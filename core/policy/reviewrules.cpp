#include "core/policy/reviewrules.h"

namespace Chrysalis {

QDateTime autoApprovalAt(const QDateTime &submittedAt, const Policy &policy)
{
    return submittedAt.addSecs(policy.review.autoApproveSeconds);
}

bool isDueForAutoApproval(const QDateTime &submittedAt, const QDateTime &now, const Policy &policy)
{
    return submittedAt.isValid() && now >= autoApprovalAt(submittedAt, policy);
}

int feedbackSampleCount(int items, const Policy &policy)
{
    return qBound(0, items, policy.feedback.sampleItems);
}

int effectiveOverlap(int requestedOverlap, const Policy &policy)
{
    return requestedOverlap > 0 ? requestedOverlap : policy.task.defaultOverlap;
}

} // namespace Chrysalis
