#pragma once

#include "core/domain/roles.h"
#include "core/market/ratingrepository.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

class MarketEngine;

namespace Entity {
inline const QString PointsEvent = QStringLiteral("points_event");
} // namespace Entity

// One change of a requester's points, with its cause and what it left: the points after it and the standing
// before and after (equal unless it crossed a threshold). Events older than migration 10 carry no outcome.
struct PointsEventRecord {
    qint64 id = 0;
    QString accountId;
    int delta = 0;
    QString reason; // feedback_verdict, rating, lost_conflict
    QString ref;
    std::optional<qint64> pointsAfter;
    QString standingBefore;
    QString standingAfter;
    QDateTime createdAt;

    // The wire shape of `points_event` (docs/protocol.md).
    QJsonObject toJson() const;
};

// The ratings of one requester released so far, per subset: butterfly-task ratings (the ones that move
// points) and the rest. Each subset's frontier moves only by rating.refresh_after_new ratings or more.
struct RatingFrontier {
    RatingTotals butterfly;
    RatingTotals other;
    QList<int> butterflyHistogram; // ratings per value at the frontier, rating.min first
    QList<int> otherHistogram;

    // Ratings per value over both frontiers: the published rating distribution.
    QList<int> histogram() const;
};

// The points history of requesters: points_event rows with their outcome, written as points move and read
// back for the owner's pull. Never the place points change; MarketEngine::addPoints is.
class PointsHistory
{
public:
    explicit PointsHistory(Database &db) : m_db(db) { }

    static Migration migration(int version);

    // Appends a points event with its outcome; its id.
    Result<qint64> record(const PointsEventRecord &event);
    Result<std::optional<PointsEventRecord>> find(qint64 id);

    // What of a requester's ratings has been released so far (see publishRatings).
    Result<RatingFrontier> frontier(const QString &requesterId);
    Status setFrontier(const QString &requesterId, const RatingFrontier &frontier);
    // Count and sum over every requester's published aggregate: the prior of the Bayesian average.
    Result<RatingTotals> publishedPlatformTotals();

private:
    Database &m_db;
};

// Releases what may leave the server of a requester's ratings after a new one: each subset's frontier moves
// to everything rated once rating.refresh_after_new new ratings of that subset arrived; the published
// aggregate (the prior is the mean over all published aggregates) and the rating points (rating −
// rating.neutral per butterfly-task rating) are computed from the frontiers only. So every difference of two
// things a pull shows is a sum over at least that many ratings of one subset, never one rating.
Status publishRatings(MarketEngine &engine, const QString &requesterId);

// Adds `rating_distribution` to a requester's own account: ratings per value behind the published
// aggregate (rating.min first), empty until the first publication; released with the frontiers only.
Status insertRatingDistribution(MarketEngine &engine, const QString &requesterId, QJsonObject &account);

// `points_event` for one viewer: only its owner (and admins) see it.
Result<std::optional<QJsonObject>> renderPointsEvent(Database &db, const QString &id, const QString &viewerId,
                                                     bool viewerIsAdmin);

} // namespace Chrysalis
