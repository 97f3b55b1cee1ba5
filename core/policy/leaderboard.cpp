#include "core/policy/leaderboard.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {

Result<PublishedRating> updatePublishedRating(const PublishedRating &previous, int count, qint64 sum,
                                              double platformMean, const Policy &policy)
{
    const RatingPolicy &scale = policy.rating;
    QList<FieldError> problems;
    if (count < 0)
        problems.append({u"count"_s, u"must not be negative"_s});
    else if (count < previous.publishedCount)
        problems.append({u"count"_s, u"is below the %1 ratings already published"_s.arg(previous.publishedCount)});
    if (count >= 0 && (sum < static_cast<qint64>(scale.min) * count || sum > static_cast<qint64>(scale.max) * count))
        problems.append({u"sum"_s, u"is off the rating scale for %1 ratings"_s.arg(count)});
    if (!std::isfinite(platformMean) || platformMean < scale.min || platformMean > scale.max)
        problems.append({u"platform_mean"_s, u"must lie on the rating scale %1–%2"_s.arg(scale.min).arg(scale.max)});
    if (!problems.isEmpty())
        return Error::validation(u"cannot update the published rating"_s, problems);

    if (count < scale.privacyMinRatings || count - previous.publishedCount < scale.refreshAfterNew)
        return previous;

    const double weight = policy.leaderboard.priorWeight;
    PublishedRating published;
    published.publishedCount = count;
    published.publishedSum = sum;
    published.publishedMean = (weight * platformMean + static_cast<double>(sum)) / (weight + count);
    return published;
}

QList<LeaderboardEntry> buildLeaderboard(const QList<RequesterScore> &scores, const Policy &policy)
{
    QList<const RequesterScore *> butterflies;
    for (const RequesterScore &score : scores) {
        if (score.standing == Standing::Butterfly)
            butterflies.append(&score);
    }
    std::sort(butterflies.begin(), butterflies.end(), [](const RequesterScore *a, const RequesterScore *b) {
        if (a->points != b->points)
            return a->points > b->points;
        return a->requesterId < b->requesterId;
    });

    QList<LeaderboardEntry> board;
    int rank = 0;
    for (qsizetype i = 0; i < butterflies.size(); ++i) {
        const RequesterScore &score = *butterflies.at(i);
        if (i == 0 || score.points != butterflies.at(i - 1)->points)
            rank = static_cast<int>(i) + 1;
        if (rank > policy.leaderboard.top)
            break;
        board.append({rank, score.requesterId, score.pseudonym, score.points, score.rating.publishedMean,
                      score.rating.publishedCount});
    }
    return board;
}

std::optional<int> rankOf(const QString &requesterId, const QList<RequesterScore> &scores)
{
    const auto self = std::find_if(scores.cbegin(), scores.cend(),
                                   [&](const RequesterScore &score) { return score.requesterId == requesterId; });
    if (self == scores.cend() || self->standing != Standing::Butterfly)
        return std::nullopt;
    int ahead = 0;
    for (const RequesterScore &score : scores) {
        if (score.standing == Standing::Butterfly && score.points > self->points)
            ++ahead;
    }
    return ahead + 1;
}

} // namespace Chrysalis
