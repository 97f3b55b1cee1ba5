#include "core/market/ratingrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The published mean is stored in millionths: exact to the digits any screen shows, and an integer
// both drivers store alike.
constexpr double kMicros = 1'000'000.0;

} // namespace

Status RatingRepository::insert(const QString &taskId, const QString &workerId, const QString &requesterId, int rating,
                                const QDateTime &at)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"INSERT INTO rating (task_id, worker_id, requester_id, rating, rated_at) "
                                    "VALUES (:task, :worker, :requester, :rating, :at)"_s);
        !status)
        return status;
    query.bind(u":task"_s, taskId)
            .bind(u":worker"_s, workerId)
            .bind(u":requester"_s, requesterId)
            .bind(u":rating"_s, rating)
            .bind(u":at"_s, Rows::toMs(at));
    return query.exec();
}

Result<bool> RatingRepository::hasRated(const QString &taskId, const QString &workerId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT COUNT(*) FROM rating WHERE task_id = :task AND worker_id = :worker"_s);
        !status)
        return status.error();
    query.bind(u":task"_s, taskId).bind(u":worker"_s, workerId);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) > 0;
}

Result<RatingBreakdown> RatingRepository::breakdownFor(const QString &requesterId, int min, int max)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT CASE WHEN task.origin = 'butterfly' THEN 1 ELSE 0 END, rating.rating, "
                                    "COUNT(*) FROM rating JOIN task ON task.id = rating.task_id WHERE "
                                    "rating.requester_id = :requester GROUP BY 1, 2"_s);
        !status)
        return status.error();
    query.bind(u":requester"_s, requesterId);
    if (auto status = query.exec(); !status)
        return status.error();
    const qsizetype values = std::max(0, max - min + 1);
    RatingBreakdown breakdown;
    breakdown.butterfly.histogram = QList<int>(values, 0);
    breakdown.other.histogram = QList<int>(values, 0);
    while (query.next()) {
        RatingSubset &subset = query.int64(0) == 1 ? breakdown.butterfly : breakdown.other;
        const qint64 value = query.int64(1);
        const auto count = static_cast<int>(query.int64(2));
        subset.totals.count += count;
        subset.totals.sum += value * count;
        if (value >= min && value <= max)
            subset.histogram[value - min] = count;
    }
    return breakdown;
}

Result<PublishedRating> RatingRepository::published(const QString &requesterId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT published_count, published_sum, published_mean_micros "
                                    "FROM published_rating WHERE requester_id = :requester"_s);
        !status)
        return status.error();
    query.bind(u":requester"_s, requesterId);
    if (auto status = query.exec(); !status)
        return status.error();
    PublishedRating rating;
    if (query.next()) {
        rating.publishedCount = static_cast<int>(query.int64(0));
        rating.publishedSum = query.int64(1);
        if (!query.isNull(2))
            rating.publishedMean = static_cast<double>(query.int64(2)) / kMicros;
    }
    return rating;
}

Status RatingRepository::setPublished(const QString &requesterId, const PublishedRating &rating, const QDateTime &at)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(u"INSERT INTO published_rating (requester_id, published_count, published_sum, "
                              "published_mean_micros, published_at) VALUES (:requester, :count, :sum, :mean, :at) "
                              "ON CONFLICT (requester_id) DO UPDATE SET published_count = excluded.published_count, "
                              "published_sum = excluded.published_sum, published_mean_micros = "
                              "excluded.published_mean_micros, published_at = excluded.published_at"_s);
        !status)
        return status;
    const QVariant mean = rating.publishedMean
                                  ? QVariant(static_cast<qint64>(std::llround(*rating.publishedMean * kMicros)))
                                  : QVariant(QMetaType::fromType<qint64>());
    query.bind(u":requester"_s, requesterId)
            .bind(u":count"_s, rating.publishedCount)
            .bind(u":sum"_s, rating.publishedSum)
            .bind(u":mean"_s, mean)
            .bind(u":at"_s, Rows::toMs(at));
    return query.exec();
}

} // namespace Chrysalis
