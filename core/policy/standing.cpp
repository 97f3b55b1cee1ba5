#include "core/policy/standing.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

int pointsForVerdict(bool verdictApproved, const Policy &policy)
{
    return verdictApproved ? policy.standing.approvedFeedbackPoints : 0;
}

Result<int> pointsForRating(int rating, bool taskWasButterfly, const Policy &policy)
{
    if (rating < policy.rating.min || rating > policy.rating.max) {
        return Error::validation(
                u"a rating must be between %1 and %2"_s.arg(policy.rating.min).arg(policy.rating.max),
                {{u"rating"_s,
                  u"must be between %1 and %2 (got %3)"_s.arg(policy.rating.min).arg(policy.rating.max).arg(rating)}});
    }
    return taskWasButterfly ? rating - policy.rating.neutral : 0;
}

int pointsForLostConflict(const Policy &policy)
{
    return -policy.standing.lostConflictPoints;
}

Standing standingAfter(Standing current, int points, const Policy &policy)
{
    if (current == Standing::Caterpillar)
        return points >= policy.standing.butterflyAtPoints ? Standing::Butterfly : Standing::Caterpillar;
    return points < policy.standing.caterpillarBelowPoints ? Standing::Caterpillar : Standing::Butterfly;
}

} // namespace Chrysalis
