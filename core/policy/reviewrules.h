#pragma once

#include "core/policy/policy.h"

#include <QDateTime>

namespace Chrysalis {

// Timing of requester review and the size of a feedback task's sample.

// When an answer submitted at submittedAt is approved without a review.
QDateTime autoApprovalAt(const QDateTime &submittedAt, const Policy &policy);

// True from autoApprovalAt() on (inclusive).
bool isDueForAutoApproval(const QDateTime &submittedAt, const QDateTime &now, const Policy &policy);

// min(feedback.sample_items, items): the items a feedback worker answers; 0 for a task without items.
int feedbackSampleCount(int items, const Policy &policy);

// Answers wanted per item: the requester's overlap, or task.default_overlap when they gave none (0 or less).
int effectiveOverlap(int requestedOverlap, const Policy &policy);

} // namespace Chrysalis
