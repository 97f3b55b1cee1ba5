#pragma once

#include "core/domain/roles.h"
#include "core/policy/policy.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

// The public requester leaderboard and the privacy rule for aggregate ratings.

// What the public may see of a requester's ratings: changed only when at least rating.privacy_min_ratings
// ratings exist and at least rating.refresh_after_new arrived since the last publication, so no difference of
// two published aggregates isolates fewer ratings than that. Never holds an individual rating.
struct PublishedRating {
    int publishedCount = 0; // ratings behind the published mean
    qint64 publishedSum = 0;
    std::optional<double> publishedMean; // Bayesian average; none until the first publication

    bool operator==(const PublishedRating &) const = default;
};

// Publishes (leaderboard.prior_weight × platformMean + sum) / (prior_weight + count) when the rule above
// allows, else returns `previous` unchanged. Validation error for a negative count, a sum off the rating scale
// for that count, fewer ratings than already published, or a platform mean off the scale.
Result<PublishedRating> updatePublishedRating(const PublishedRating &previous, int count, qint64 sum,
                                              double platformMean, const Policy &policy);

struct RequesterScore {
    QString requesterId; // unique within one leaderboard
    QString pseudonym;
    Standing standing = Standing::Caterpillar;
    int points = 0;
    PublishedRating rating;
};

struct LeaderboardEntry {
    int rank = 0; // 1-based, standard competition ranking: equal points share a rank ("1224")
    QString requesterId;
    QString pseudonym;
    int points = 0;
    std::optional<double> rating; // the published mean only
    int ratingCount = 0; // the count behind it

    bool operator==(const LeaderboardEntry &) const = default;
};

// Butterfly requesters only, by points descending, ties in requesterId order (stable, and not something a
// requester can choose to game like a pseudonym). Every requester ranked at most leaderboard.top is shown,
// so a tie at the cutoff is shown whole.
QList<LeaderboardEntry> buildLeaderboard(const QList<RequesterScore> &scores, const Policy &policy);

// A requester's rank under the same rule, also below the cutoff; none for an unknown or caterpillar requester.
std::optional<int> rankOf(const QString &requesterId, const QList<RequesterScore> &scores);

} // namespace Chrysalis
