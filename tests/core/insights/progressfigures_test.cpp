#include "core/insights/fairwork.h"

#include "tests/support/qtprinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

QJsonObject tierProgress(const QString &tier, const QJsonValue &keepRule)
{
    return {{u"current"_s, tier}, {u"keep_rule"_s, keepRule}};
}

QJsonObject keepRule(int lost, int limit, int window)
{
    return {{u"requirement"_s, u"lost_conflicts"_s},
            {u"current"_s, lost},
            {u"required"_s, limit},
            {u"at_most"_s, true},
            {u"met"_s, lost <= limit},
            {u"window_answers"_s, window}};
}

QJsonObject closedConflict(const QString &id, const QString &workerId, int workerFault, int requesterFault)
{
    return {{u"id"_s, id},
            {u"state"_s, u"closed"_s},
            {u"worker_id"_s, workerId},
            {u"worker_fault_votes"_s, workerFault},
            {u"requester_fault_votes"_s, requesterFault}};
}

} // namespace

TEST(DemotionRisk, WarnsAtTheLimitOfTheCurrentTierAndNotBelowIt)
{
    const auto below = demotionRisk(tierProgress(u"silver"_s, keepRule(1, 2, 100)));
    ASSERT_TRUE(below.has_value());
    EXPECT_EQ(below->tierBelow, u"bronze"_s);
    EXPECT_FALSE(below->atLimit());
    EXPECT_EQ(below->toSpare(), 1);
    EXPECT_EQ(below->windowAnswers, 100);

    const auto at = demotionRisk(tierProgress(u"silver"_s, keepRule(2, 2, 100)));
    ASSERT_TRUE(at.has_value());
    EXPECT_TRUE(at->atLimit());
    EXPECT_EQ(at->toSpare(), 0);

    const auto gold = demotionRisk(tierProgress(u"gold"_s, keepRule(1, 1, 200)));
    ASSERT_TRUE(gold.has_value());
    EXPECT_EQ(gold->tierBelow, u"silver"_s);
    EXPECT_TRUE(gold->atLimit());
    EXPECT_FALSE(demotionRisk(tierProgress(u"gold"_s, keepRule(0, 1, 200)))->atLimit());

    // Bronze has nothing to lose; a row without a keep rule says nothing.
    EXPECT_FALSE(demotionRisk(tierProgress(u"bronze"_s, QJsonValue::Null)).has_value());
    EXPECT_FALSE(demotionRisk(QJsonObject()).has_value());
}

TEST(PanelSplits, OnlyClosedPanelsTheWorkerAnsweredForOrVotedOnNewestKept)
{
    const QString me = u"me"_s;
    const QList<QJsonObject> conflicts{
            closedConflict(u"c3"_s, me, 4, 1),
            closedConflict(u"c1"_s, u"other"_s, 2, 3),
            closedConflict(u"c2"_s, u"other"_s, 5, 0),
            QJsonObject{{u"id"_s, u"c4"_s}, {u"state"_s, u"open"_s}, {u"worker_id"_s, me}},
    };
    const QList<QJsonObject> votes{
            QJsonObject{{u"conflict_id"_s, u"c1"_s}, {u"arbiter_id"_s, me}, {u"fault"_s, u"requester"_s}},
            QJsonObject{{u"conflict_id"_s, u"c2"_s}, {u"fault"_s, u"worker"_s}}, // another arbiter's vote
    };
    const QList<PanelSplit> splits = panelSplits(conflicts, votes, me, 8);
    ASSERT_EQ(splits.size(), 2);
    EXPECT_EQ(splits.at(0).conflictId, u"c1"_s);
    EXPECT_FALSE(splits.at(0).answered);
    EXPECT_EQ(splits.at(0).workerFaultVotes, 2);
    EXPECT_EQ(splits.at(0).requesterFaultVotes, 3);
    EXPECT_EQ(splits.at(1).conflictId, u"c3"_s);
    EXPECT_TRUE(splits.at(1).answered);

    const QList<PanelSplit> latest = panelSplits(conflicts, votes, me, 1);
    ASSERT_EQ(latest.size(), 1);
    EXPECT_EQ(latest.at(0).conflictId, u"c3"_s);
}

TEST(RatingDistribution, IsWhatTheServerPublishedAndEmptyBeforeIt)
{
    EXPECT_TRUE(ratingDistribution({{u"rating_distribution"_s, QJsonArray()}}).isEmpty());
    EXPECT_TRUE(ratingDistribution({}).isEmpty());
    EXPECT_EQ(ratingDistribution({{u"rating_distribution"_s, QJsonArray{0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 3}}}),
              (QList<int>{0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 3}));
}
