#pragma once

#include "core/domain/roles.h"
#include "core/policy/policy.h"
#include "core/result.h"

namespace Chrysalis {

// A requester's points and the standing they earn. Points deltas come from policy; standing changes with
// hysteresis so a requester near one threshold does not flip back and forth.

// +standing.approved_feedback_points for a feedback verdict of approve, 0 for changes_suggested.
int pointsForVerdict(bool verdictApproved, const Policy &policy);

// rating − rating.neutral for a butterfly task, 0 for a caterpillar task. Validation error for a rating off
// the rating scale.
Result<int> pointsForRating(int rating, bool taskWasButterfly, const Policy &policy);

// −standing.lost_conflict_points: a conflict whose panel found the requester at fault (Settlement::requesterLost).
int pointsForLostConflict(const Policy &policy);

// caterpillar → butterfly at ≥ standing.butterfly_at_points; butterfly → caterpillar below
// standing.caterpillar_below_points; in between the current standing is kept.
Standing standingAfter(Standing current, int points, const Policy &policy);

} // namespace Chrysalis
