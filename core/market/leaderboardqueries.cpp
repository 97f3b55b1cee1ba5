#include "core/market/leaderboardqueries.h"

#include "core/store/sqlquery.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Requesters only: the roles column is a JSON array of names.
const QString kButterflies = u"standing = 'butterfly' AND roles LIKE '%\"requester\"%'"_s;

// The published mean is stored in millionths (see RatingRepository).
constexpr double kMicros = 1'000'000.0;

} // namespace

// Roles ride along in the index so a rank is counted from the index alone.
QStringList LeaderboardQueries::migrationStatements()
{
    return {u"CREATE INDEX account_standing_points ON account (standing, points, roles)"_s};
}

Result<QList<RequesterScore>> LeaderboardQueries::topScores(int top)
{
    QList<RequesterScore> scores;
    if (top <= 0)
        return scores;
    // The cutoff (the points of the top-th butterfly) is a subquery, so the board is one round trip; with
    // fewer butterflies than the cutoff it is NULL and every one of them is on the board.
    SqlQuery query(m_db);
    if (auto status = query.prepare(
                u"SELECT a.id, a.pseudonym, a.points, p.published_count, p.published_sum, p.published_mean_micros "
                "FROM account a LEFT JOIN published_rating p ON p.requester_id = a.id WHERE a."_s +
                QString(kButterflies).replace(u" roles"_s, u" a.roles"_s) +
                u" AND a.points >= COALESCE((SELECT points FROM account WHERE "_s + kButterflies +
                u" ORDER BY points DESC LIMIT 1 OFFSET :offset), :lowest) ORDER BY a.points DESC, a.id"_s);
        !status)
        return status.error();
    query.bind(u":offset"_s, top - 1).bind(u":lowest"_s, std::numeric_limits<qint64>::min());
    if (auto status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        RequesterScore score;
        score.requesterId = query.text(0);
        score.pseudonym = query.text(1);
        score.standing = Standing::Butterfly;
        score.points = static_cast<int>(query.int64(2));
        if (!query.isNull(3)) {
            score.rating.publishedCount = static_cast<int>(query.int64(3));
            score.rating.publishedSum = query.int64(4);
            if (!query.isNull(5))
                score.rating.publishedMean = static_cast<double>(query.int64(5)) / kMicros;
        }
        scores.append(score);
    }
    return scores;
}

Result<std::optional<int>> LeaderboardQueries::rankOf(const QString &requesterId)
{
    SqlQuery self(m_db);
    if (auto status = self.prepare(u"SELECT points FROM account WHERE id = :id AND "_s + kButterflies); !status)
        return status.error();
    self.bind(u":id"_s, requesterId);
    if (auto status = self.exec(); !status)
        return status.error();
    if (!self.next())
        return std::optional<int>();
    const qint64 points = self.int64(0);
    self.finish();
    SqlQuery ahead(m_db);
    if (auto status =
                ahead.prepare(u"SELECT COUNT(*) FROM account WHERE "_s + kButterflies + u" AND points > :points"_s);
        !status)
        return status.error();
    ahead.bind(u":points"_s, points);
    if (auto status = ahead.exec(); !status)
        return status.error();
    return std::optional<int>(static_cast<int>(ahead.next() ? ahead.int64(0) : 0) + 1);
}

} // namespace Chrysalis
