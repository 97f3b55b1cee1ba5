#include "core/work/breakadvisor.h"

#include <gtest/gtest.h>

namespace Chrysalis {
namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

TEST(BreakAdvisor, OffersABreakAtTheItemCountAndNotBefore)
{
    BreakAdvisor advisor({.flaggedItems = 3, .flaggedMinutes = 60, .pauseMinutes = 10});
    QDateTime at = kStart;
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    EXPECT_EQ(advisor.flaggedInRun(), 2);
    EXPECT_TRUE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    // Offered once: the next run has to be as long again.
    EXPECT_EQ(advisor.flaggedInRun(), 0);
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    EXPECT_TRUE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
}

TEST(BreakAdvisor, OffersABreakAtTheTimeLimitAndNotASecondBefore)
{
    BreakAdvisor advisor({.flaggedItems = 100, .flaggedMinutes = 10, .pauseMinutes = 10});
    QDateTime at = kStart;
    EXPECT_FALSE(advisor.recordAnswer(true, 299, at = at.addSecs(299)));
    EXPECT_FALSE(advisor.recordAnswer(true, 300, at = at.addSecs(300)));
    EXPECT_EQ(advisor.flaggedSecondsInRun(), 599);
    EXPECT_TRUE(advisor.recordAnswer(true, 1, at = at.addSecs(1)));
}

TEST(BreakAdvisor, UnflaggedAnswersNeitherCountNorEndTheRun)
{
    BreakAdvisor advisor({.flaggedItems = 2, .flaggedMinutes = 60, .pauseMinutes = 10});
    QDateTime at = kStart;
    EXPECT_FALSE(advisor.recordAnswer(true, 20, at = at.addSecs(20)));
    EXPECT_FALSE(advisor.recordAnswer(false, 20, at = at.addSecs(20)));
    EXPECT_FALSE(advisor.recordAnswer(false, 20, at = at.addSecs(20)));
    EXPECT_EQ(advisor.flaggedInRun(), 1);
    EXPECT_EQ(advisor.flaggedSecondsInRun(), 20);
    EXPECT_TRUE(advisor.recordAnswer(true, 20, at = at.addSecs(20)));
}

TEST(BreakAdvisor, APauseStartsANewRunAndTheAnswersOwnTimeIsNoPause)
{
    BreakAdvisor advisor({.flaggedItems = 2, .flaggedMinutes = 60, .pauseMinutes = 10});
    QDateTime at = kStart;
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    // 9:59 between the two answers besides the second one's 15 minutes of work: no pause.
    EXPECT_TRUE(advisor.recordAnswer(true, 900, at = at.addSecs(599 + 900)));

    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
    // Exactly ten minutes away: the run starts over, so this answer is the first of a new run.
    EXPECT_FALSE(advisor.recordAnswer(true, 30, at = at.addSecs(600 + 30)));
    EXPECT_EQ(advisor.flaggedInRun(), 1);
    EXPECT_TRUE(advisor.recordAnswer(true, 30, at = at.addSecs(30)));
}

} // namespace
} // namespace Chrysalis
