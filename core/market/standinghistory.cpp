#include "core/market/standinghistory.h"

#include "core/domain/jsonreader.h"
#include "core/market/marketengine.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QJsonArray histogramJson(const QList<int> &counts)
{
    QJsonArray array;
    for (int count : counts)
        array.append(count);
    return array;
}

} // namespace

QJsonObject PointsEventRecord::toJson() const
{
    return {{u"id"_s, QString::number(id)},
            {u"delta"_s, delta},
            {u"reason"_s, reason},
            {u"ref"_s, ref},
            {u"points_after"_s, pointsAfter ? QJsonValue(*pointsAfter) : QJsonValue()},
            {u"standing_before"_s, standingBefore.isEmpty() ? QJsonValue() : QJsonValue(standingBefore)},
            {u"standing_after"_s, standingAfter.isEmpty() ? QJsonValue() : QJsonValue(standingAfter)},
            {u"created_at"_s, wireTime(createdAt)}};
}

Migration PointsHistory::migration(int version)
{
    return {version,
            u"points_history"_s,
            {u"ALTER TABLE points_event ADD COLUMN points_after {bigint}"_s,
             u"ALTER TABLE points_event ADD COLUMN standing_before {text}"_s,
             u"ALTER TABLE points_event ADD COLUMN standing_after {text}"_s,
             u"CREATE TABLE rating_frontier (requester_id {text} PRIMARY KEY REFERENCES account(id), "
             "butterfly_count {integer} NOT NULL, butterfly_sum {bigint} NOT NULL, other_count {integer} NOT NULL, "
             "other_sum {bigint} NOT NULL, butterfly_histogram {text} NOT NULL DEFAULT '[]', other_histogram "
             "{text} NOT NULL DEFAULT '[]')"_s}};
}

Result<qint64> PointsHistory::record(const PointsEventRecord &event)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"INSERT INTO points_event (account_id, delta, reason, ref, points_after, "
                                    "standing_before, standing_after, created_at) VALUES (:account, :delta, :reason, "
                                    ":ref, :points, :before, :after, :at) RETURNING id"_s);
        !status)
        return status.error();
    query.bind(u":account"_s, event.accountId)
            .bind(u":delta"_s, event.delta)
            .bind(u":reason"_s, event.reason)
            .bind(u":ref"_s, event.ref)
            .bind(u":points"_s,
                  event.pointsAfter ? QVariant(*event.pointsAfter) : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":before"_s, event.standingBefore)
            .bind(u":after"_s, event.standingAfter)
            .bind(u":at"_s, Rows::toMs(event.createdAt));
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::internal(u"points event of %1 has no id"_s.arg(event.accountId));
    return query.int64(0);
}

Result<std::optional<PointsEventRecord>> PointsHistory::find(qint64 id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, account_id, delta, reason, ref, points_after, standing_before, "
                                    "standing_after, created_at FROM points_event WHERE id = :id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<PointsEventRecord>();
    PointsEventRecord record;
    record.id = query.int64(0);
    record.accountId = query.text(1);
    record.delta = static_cast<int>(query.int64(2));
    record.reason = query.text(3);
    record.ref = query.text(4);
    if (!query.isNull(5))
        record.pointsAfter = query.int64(5);
    record.standingBefore = query.isNull(6) ? QString() : query.text(6);
    record.standingAfter = query.isNull(7) ? QString() : query.text(7);
    record.createdAt = Rows::fromMs(query.int64(8));
    return std::optional<PointsEventRecord>(record);
}

Result<RatingFrontier> PointsHistory::frontier(const QString &requesterId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT butterfly_count, butterfly_sum, other_count, other_sum, "
                                    "butterfly_histogram, other_histogram FROM rating_frontier WHERE requester_id = "
                                    ":id"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, requesterId);
    if (auto status = query.exec(); !status)
        return status.error();
    RatingFrontier frontier;
    if (query.next()) {
        frontier.butterfly = {static_cast<int>(query.int64(0)), query.int64(1)};
        frontier.other = {static_cast<int>(query.int64(2)), query.int64(3)};
        for (const QJsonValue &count : Rows::array(query.text(4)))
            frontier.butterflyHistogram.append(count.toInt());
        for (const QJsonValue &count : Rows::array(query.text(5)))
            frontier.otherHistogram.append(count.toInt());
    }
    return frontier;
}

Status PointsHistory::setFrontier(const QString &requesterId, const RatingFrontier &frontier)
{
    return execute(m_db,
                   u"INSERT INTO rating_frontier (requester_id, butterfly_count, butterfly_sum, other_count, "
                   "other_sum, butterfly_histogram, other_histogram) VALUES (:id, :bc, :bs, :oc, :os, :bh, :oh) "
                   "ON CONFLICT (requester_id) DO UPDATE SET butterfly_count = excluded.butterfly_count, "
                   "butterfly_sum = excluded.butterfly_sum, other_count = excluded.other_count, other_sum = "
                   "excluded.other_sum, butterfly_histogram = excluded.butterfly_histogram, other_histogram = "
                   "excluded.other_histogram"_s,
                   {{u":id"_s, requesterId},
                    {u":bc"_s, frontier.butterfly.count},
                    {u":bs"_s, frontier.butterfly.sum},
                    {u":oc"_s, frontier.other.count},
                    {u":os"_s, frontier.other.sum},
                    {u":bh"_s, Rows::json(histogramJson(frontier.butterflyHistogram))},
                    {u":oh"_s, Rows::json(histogramJson(frontier.otherHistogram))}});
}

QList<int> RatingFrontier::histogram() const
{
    QList<int> sum(std::max(butterflyHistogram.size(), otherHistogram.size()), 0);
    for (qsizetype i = 0; i < butterflyHistogram.size(); ++i)
        sum[i] += butterflyHistogram.at(i);
    for (qsizetype i = 0; i < otherHistogram.size(); ++i)
        sum[i] += otherHistogram.at(i);
    return sum;
}

Result<RatingTotals> PointsHistory::publishedPlatformTotals()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT CAST(COALESCE(SUM(published_count), 0) AS BIGINT), "
                                 "CAST(COALESCE(SUM(published_sum), 0) AS BIGINT) FROM published_rating"_s);
        !status)
        return status.error();
    RatingTotals totals;
    if (query.next())
        totals = {static_cast<int>(query.int64(0)), query.int64(1)};
    return totals;
}

Status publishRatings(MarketEngine &engine, const QString &requesterId)
{
    const RatingPolicy &rule = engine.policy.rating;
    auto ratings = engine.ratings.breakdownFor(requesterId, rule.min, rule.max);
    if (!ratings)
        return ratings.error();
    PointsHistory history(engine.db);
    auto frontier = history.frontier(requesterId);
    if (!frontier)
        return frontier.error();
    RatingFrontier next = *frontier;
    if (ratings->butterfly.totals.count - frontier->butterfly.count >= rule.refreshAfterNew) {
        next.butterfly = ratings->butterfly.totals;
        next.butterflyHistogram = ratings->butterfly.histogram;
    }
    if (ratings->other.totals.count - frontier->other.count >= rule.refreshAfterNew) {
        next.other = ratings->other.totals;
        next.otherHistogram = ratings->other.histogram;
    }
    if (next.butterfly.count == frontier->butterfly.count && next.other.count == frontier->other.count)
        return {};
    if (auto status = history.setFrontier(requesterId, next); !status)
        return status;

    const int count = next.butterfly.count + next.other.count;
    const qint64 sum = next.butterfly.sum + next.other.sum;
    auto previous = engine.ratings.published(requesterId);
    if (!previous)
        return previous.error();
    // A requester published before the frontier existed keeps that aggregate until the frontier passes it.
    if (count >= previous->publishedCount) {
        auto platform = history.publishedPlatformTotals();
        if (!platform)
            return platform.error();
        const qint64 platformCount = platform->count - previous->publishedCount + count;
        const qint64 platformSum = platform->sum - previous->publishedSum + sum;
        const double platformMean = static_cast<double>(platformSum) / static_cast<double>(platformCount);
        auto published = updatePublishedRating(*previous, count, sum, platformMean, engine.policy);
        if (!published)
            return published.error();
        if (*published != *previous) {
            if (auto status = engine.ratings.setPublished(requesterId, *published, engine.now); !status)
                return status;
            engine.touchAccount(requesterId);
            if (auto status = engine.touchLeaderboard(); !status)
                return status;
        }
    }
    if (next.butterfly.count == frontier->butterfly.count)
        return {};
    auto booked = engine.accounts.pointsBooked(requesterId, u"rating"_s);
    if (!booked)
        return booked.error();
    const qint64 earned = next.butterfly.sum - static_cast<qint64>(rule.neutral) * next.butterfly.count;
    if (const qint64 delta = earned - *booked; delta != 0)
        return engine.addPoints(requesterId, static_cast<int>(delta), u"rating"_s,
                                u"ratings:%1"_s.arg(next.butterfly.count));
    return {};
}

Status insertRatingDistribution(MarketEngine &engine, const QString &requesterId, QJsonObject &account)
{
    auto frontier = PointsHistory(engine.db).frontier(requesterId);
    if (!frontier)
        return frontier.error();
    const QList<int> counts = frontier->histogram();
    int total = 0;
    for (int count : counts)
        total += count;
    account.insert(u"rating_distribution"_s, total > 0 ? histogramJson(counts) : QJsonArray());
    return {};
}

Result<std::optional<QJsonObject>> renderPointsEvent(Database &db, const QString &id, const QString &viewerId,
                                                     bool viewerIsAdmin)
{
    bool numeric = false;
    const qint64 eventId = id.toLongLong(&numeric);
    if (!numeric)
        return std::optional<QJsonObject>();
    auto found = PointsHistory(db).find(eventId);
    if (!found)
        return found.error();
    if (!found->has_value() || ((*found)->accountId != viewerId && !viewerIsAdmin))
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>((*found)->toJson());
}

} // namespace Chrysalis
