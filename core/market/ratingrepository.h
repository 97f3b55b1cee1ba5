#pragma once

#include "core/policy/leaderboard.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Chrysalis {

struct RatingTotals {
    int count = 0;
    qint64 sum = 0;
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
    Result<RatingTotals> totalsFor(const QString &requesterId);
    // Only the ratings of the requester's butterfly tasks: the ones that move points.
    Result<RatingTotals> butterflyTotalsFor(const QString &requesterId);
    Result<RatingTotals> platformTotals();

    // What is published for the requester; an empty PublishedRating when nothing ever was.
    Result<PublishedRating> published(const QString &requesterId);
    Status setPublished(const QString &requesterId, const PublishedRating &rating, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace Chrysalis
