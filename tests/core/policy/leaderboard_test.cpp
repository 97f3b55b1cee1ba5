#include "core/policy/leaderboard.h"

#include "tests/core/policy/policytestsupport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Chrysalis;
using namespace Chrysalis::PolicyTest;
using namespace Qt::StringLiterals;
using ::testing::ElementsAre;

namespace {

RequesterScore butterfly(const QString &id, int points)
{
    return {id, u"pseudo-"_s + id, Standing::Butterfly, points, {}};
}

RequesterScore caterpillar(const QString &id, int points)
{
    return {id, u"pseudo-"_s + id, Standing::Caterpillar, points, {}};
}

QStringList idsOf(const QList<LeaderboardEntry> &board)
{
    QStringList ids;
    for (const LeaderboardEntry &entry : board)
        ids << entry.requesterId;
    return ids;
}

QList<int> ranksOf(const QList<LeaderboardEntry> &board)
{
    QList<int> ranks;
    for (const LeaderboardEntry &entry : board)
        ranks << entry.rank;
    return ranks;
}

} // namespace

TEST(PublishedRating, NothingIsPublishedBelowFiveRatings)
{
    const Policy policy = Policy::defaults();
    const PublishedRating four = *updatePublishedRating({}, 4, 36, 7.0, policy);
    EXPECT_EQ(four, PublishedRating{});
    EXPECT_FALSE(four.publishedMean.has_value());

    const PublishedRating five = *updatePublishedRating(four, 5, 45, 7.0, policy);
    EXPECT_EQ(five.publishedCount, 5);
    EXPECT_EQ(five.publishedSum, 45);
    ASSERT_TRUE(five.publishedMean.has_value());
    EXPECT_DOUBLE_EQ(*five.publishedMean, (20 * 7.0 + 45) / 25); // pulled towards the platform mean
}

TEST(PublishedRating, RefreshesOnlyAfterFiveNewRatings)
{
    const Policy policy = Policy::defaults();
    const PublishedRating first = *updatePublishedRating({}, 6, 60, 6.0, policy);
    EXPECT_EQ(first.publishedCount, 6);
    for (int count = 7; count <= 10; ++count)
        EXPECT_EQ(*updatePublishedRating(first, count, 60, 6.5, policy), first) << count;
    const PublishedRating second = *updatePublishedRating(first, 11, 60, 6.5, policy);
    EXPECT_EQ(second.publishedCount, 11);
    EXPECT_DOUBLE_EQ(*second.publishedMean, (20 * 6.5 + 60) / 31);
}

TEST(PublishedRating, PriorWeightFollowsThePolicy)
{
    Policy policy = Policy::defaults();
    policy.leaderboard.priorWeight = 0;
    EXPECT_DOUBLE_EQ(*updatePublishedRating({}, 5, 41, 3.0, policy)->publishedMean, 41.0 / 5);
    policy.rating.privacyMinRatings = 8;
    policy.rating.refreshAfterNew = 3;
    EXPECT_FALSE(updatePublishedRating({}, 7, 41, 3.0, policy)->publishedMean.has_value());
    const PublishedRating eight = *updatePublishedRating({}, 8, 41, 3.0, policy);
    EXPECT_EQ(eight.publishedCount, 8);
    EXPECT_EQ(updatePublishedRating(eight, 10, 50, 3.0, policy)->publishedCount, 8);
    EXPECT_EQ(updatePublishedRating(eight, 11, 50, 3.0, policy)->publishedCount, 11);
}

TEST(PublishedRating, RejectsImpossibleAggregates)
{
    const Policy policy = Policy::defaults();
    const PublishedRating ten = *updatePublishedRating({}, 10, 50, 5.0, policy);
    EXPECT_THAT(fieldsOf(updatePublishedRating({}, -1, 0, 5.0, policy).error()), ElementsAre(u"count"_s));
    EXPECT_THAT(fieldsOf(updatePublishedRating(ten, 9, 45, 5.0, policy).error()), ElementsAre(u"count"_s));
    EXPECT_THAT(fieldsOf(updatePublishedRating({}, 5, 51, 5.0, policy).error()), ElementsAre(u"sum"_s));
    EXPECT_THAT(fieldsOf(updatePublishedRating({}, 5, -1, 5.0, policy).error()), ElementsAre(u"sum"_s));
    EXPECT_TRUE(updatePublishedRating({}, 5, 50, 10.0, policy).ok());
    EXPECT_THAT(fieldsOf(updatePublishedRating({}, 5, 50, 10.5, policy).error()), ElementsAre(u"platform_mean"_s));
    EXPECT_THAT(fieldsOf(updatePublishedRating({}, 5, 50, std::nan(""), policy).error()),
                ElementsAre(u"platform_mean"_s));
}

// Ratings arrive one by one in random streams; whatever an observer records of the published aggregates,
// the difference of any two of them covers at least five ratings, so no single rating can be inferred.
TEST(PublishedRating, DifferencingPublishedAggregatesNeverIsolatesFewerThanFiveRatings)
{
    const Policy policy = Policy::defaults();
    std::mt19937_64 random(77);
    std::uniform_int_distribution<int> rating(0, 10);
    std::uniform_int_distribution<int> streamLength(0, 60);
    std::uniform_real_distribution<double> platformMean(0.0, 10.0);
    for (int stream = 0; stream < 300; ++stream) {
        PublishedRating published;
        QList<PublishedRating> seen;
        int count = 0;
        qint64 sum = 0;
        const int length = streamLength(random);
        for (int i = 0; i < length; ++i) {
            ++count;
            sum += rating(random);
            published = *updatePublishedRating(published, count, sum, platformMean(random), policy);
            if (seen.isEmpty() || seen.constLast() != published)
                seen.append(published);
        }
        if (count < 5) {
            EXPECT_FALSE(published.publishedMean.has_value());
        }
        for (qsizetype a = 0; a < seen.size(); ++a) {
            if (!seen.at(a).publishedMean)
                continue;
            EXPECT_GE(seen.at(a).publishedCount, 5);
            for (qsizetype b = a + 1; b < seen.size(); ++b)
                EXPECT_GE(seen.at(b).publishedCount - seen.at(a).publishedCount, 5);
        }
        // The last publication is never more than four ratings behind.
        if (count >= 5) {
            EXPECT_LE(count - published.publishedCount, 4);
        }
    }
}

TEST(Leaderboard, ButterfliesOnlyByPointsWithCompetitionRanks)
{
    const Policy policy = Policy::defaults();
    const QList<RequesterScore> scores{butterfly(u"d"_s, 120), caterpillar(u"x"_s, 900), butterfly(u"b"_s, 150),
                                       butterfly(u"c"_s, 150), butterfly(u"a"_s, 110),   butterfly(u"e"_s, 150)};
    const QList<LeaderboardEntry> board = buildLeaderboard(scores, policy);
    EXPECT_THAT(idsOf(board), ElementsAre(u"b"_s, u"c"_s, u"e"_s, u"d"_s, u"a"_s));
    EXPECT_THAT(ranksOf(board), ElementsAre(1, 1, 1, 4, 5));
    EXPECT_EQ(board.at(0).pseudonym, u"pseudo-b"_s);
    EXPECT_EQ(board.at(0).points, 150);
}

TEST(Leaderboard, OrderDoesNotDependOnInputOrder)
{
    const Policy policy = Policy::defaults();
    QList<RequesterScore> scores;
    for (int i = 0; i < 40; ++i)
        scores << butterfly(u"r%1"_s.arg(i, 2, 10, QLatin1Char('0')), 100 + (i * 7) % 13);
    const QList<LeaderboardEntry> board = buildLeaderboard(scores, policy);
    std::mt19937_64 random(5);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(scores.begin(), scores.end(), random);
        EXPECT_EQ(buildLeaderboard(scores, policy), board);
    }
}

TEST(Leaderboard, CutoffKeepsTheTopRanksAndATieAtTheCutoffWhole)
{
    Policy policy = Policy::defaults();
    policy.leaderboard.top = 3;
    const QList<RequesterScore> scores{butterfly(u"a"_s, 300), butterfly(u"b"_s, 200), butterfly(u"c"_s, 100),
                                       butterfly(u"d"_s, 100), butterfly(u"e"_s, 90)};
    const QList<LeaderboardEntry> board = buildLeaderboard(scores, policy);
    EXPECT_THAT(idsOf(board), ElementsAre(u"a"_s, u"b"_s, u"c"_s, u"d"_s));
    EXPECT_THAT(ranksOf(board), ElementsAre(1, 2, 3, 3));

    policy.leaderboard.top = 2;
    EXPECT_THAT(idsOf(buildLeaderboard(scores, policy)), ElementsAre(u"a"_s, u"b"_s));

    QList<RequesterScore> many;
    for (int i = 0; i < 60; ++i)
        many << butterfly(u"r%1"_s.arg(i), 1000 - i);
    EXPECT_EQ(buildLeaderboard(many, Policy::defaults()).size(), 25);
}

TEST(Leaderboard, MyRankEvenBelowTheCutoff)
{
    QList<RequesterScore> scores;
    for (int i = 0; i < 60; ++i)
        scores << butterfly(u"r%1"_s.arg(i), 1000 - i);
    scores << butterfly(u"tied"_s, 1000 - 40) << caterpillar(u"cat"_s, 5000);
    EXPECT_EQ(rankOf(u"r0"_s, scores), 1);
    EXPECT_EQ(rankOf(u"r40"_s, scores), 41);
    EXPECT_EQ(rankOf(u"tied"_s, scores), 41);
    EXPECT_EQ(rankOf(u"r41"_s, scores), 43);
    EXPECT_EQ(rankOf(u"cat"_s, scores), std::nullopt);
    EXPECT_EQ(rankOf(u"nobody"_s, scores), std::nullopt);
    // Consistent with the board for everyone on it.
    for (const LeaderboardEntry &entry : buildLeaderboard(scores, Policy::defaults()))
        EXPECT_EQ(rankOf(entry.requesterId, scores), entry.rank);
}

TEST(Leaderboard, ShowsOnlyThePublishedRating)
{
    const Policy policy = Policy::defaults();
    RequesterScore rated = butterfly(u"a"_s, 200);
    rated.rating = *updatePublishedRating({}, 12, 100, 7.0, policy);
    RequesterScore unrated = butterfly(u"b"_s, 150);
    unrated.rating = *updatePublishedRating({}, 4, 40, 7.0, policy);
    const QList<LeaderboardEntry> board = buildLeaderboard({rated, unrated}, policy);
    ASSERT_EQ(board.size(), 2);
    EXPECT_EQ(board.at(0).rating, rated.rating.publishedMean);
    EXPECT_EQ(board.at(0).ratingCount, 12);
    EXPECT_FALSE(board.at(1).rating.has_value());
    EXPECT_EQ(board.at(1).ratingCount, 0);
}
