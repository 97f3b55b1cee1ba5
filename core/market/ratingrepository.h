#pragma once

#include "core/policy/leaderboard.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

struct RatingTotals {
    int count = 0;
    qint64 sum = 0;
};

// One subset of a requester's ratings: its count and sum, and how many ratings hold each value.
struct RatingSubset {
    RatingTotals totals;
    QList<int> histogram; // rating.min first; values outside the range count only in the totals
};

// A requester's ratings split as publishRatings releases them: butterfly-task ratings (the ones that move
// points) and the rest.
struct RatingBreakdown {
    RatingSubset butterfly;
    RatingSubset other;
};

// Storage of workers' private task ratings and of the one thing derived from them that may leave
// the server: each requester's published aggregate. No method returns an individual rating.
class RatingRepository
{
public:
    explicit RatingRepository(Database &db) : m_db(db) { }

    Status insert(const QString &taskId, const QString &workerId, const QString &requesterId, int rating,
                  const QDateTime &at);
    Result<bool> hasRated(const QString &taskId, const QString &workerId);
    // Both subsets of the requester's ratings in one grouped read, histograms over min … max.
    Result<RatingBreakdown> breakdownFor(const QString &requesterId, int min, int max);

    // What is published for the requester; an empty PublishedRating when nothing ever was.
    Result<PublishedRating> published(const QString &requesterId);
    Status setPublished(const QString &requesterId, const PublishedRating &rating, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace Chrysalis
