// The money page and the conflict queue's explanations, over a mirror filled by real pull pages and an
// outbox answered by a real push result.
#include "core/domain/ids.h"
#include "core/sync/syncengine.h"
#include "tests/ui/arbitration/arbitrationtesting.h"
#include "ui/arbitration/conflictpanelpage.h"
#include "ui/arbitration/conflictqueuepage.h"
#include "ui/arbitration/moneypage.h"

#include <QJsonArray>
#include <QRadioButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QJsonObject worker(const QString &id, const QString &tier, bool suspended, const QString &reason = {})
{
    return {{u"id"_s, id},
            {u"roles"_s, QJsonArray{u"worker"_s}},
            {u"tier"_s, tier},
            {u"suspended"_s, suspended},
            {u"suspended_reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason)}};
}

QJsonObject wallet(const QString &id, qint64 earned, qint64 mistakes, qint64 allowance)
{
    return {{u"account_id"_s, id},
            {u"balance_cents"_s, 0},
            {u"escrow_cents"_s, 0},
            {u"earnings_cents"_s, earned},
            {u"earned_window_cents"_s, earned},
            {u"mistake_pay_window_cents"_s, mistakes},
            {u"mistake_allowance_cents"_s, allowance},
            {u"payout_eligible"_s, false}};
}

} // namespace

class ArbitrationPagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_mirror = std::make_unique<MirrorFixture>(m_dir.filePath(u"client.db"_s), m_me);
        m_engine = std::make_unique<SyncEngine>(m_mirror->store());
    }

    QTemporaryDir m_dir;
    QString m_me = newId();
    std::unique_ptr<MirrorFixture> m_mirror;
    std::unique_ptr<SyncEngine> m_engine;
};

TEST_F(ArbitrationPagesTest, MoneyPageSpellsOutTheAllowanceAndASuspensionWithItsFigures)
{
    // 10 % of 120,000 earned is 12,000: above the 9,000 floor.
    m_mirror->pull({{u"account"_s, m_me, worker(m_me, u"gold"_s, false)},
                    {u"wallet"_s, m_me, wallet(m_me, 120'000, 4'000, 12'000)}});
    MoneyPage page(m_mirror->store(), *m_engine);
    QString text = page.shownText();
    EXPECT_TRUE(text.contains(u"$40.00 of $120.00 allowance used"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"rolling 90 days"_s));
    EXPECT_TRUE(text.contains(u"90 % of the payout threshold ($90.00)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"10 % of the pay you earned in the window ($120.00)"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"suspended."_s));

    m_mirror->pull({{u"account"_s, m_me,
                     worker(m_me, u"gold"_s, true, u"mistake pay 12100 cents over the allowance of 12000"_s)},
                    {u"wallet"_s, m_me, wallet(m_me, 120'000, 12'100, 12'000)}});
    page.reload();
    text = page.shownText();
    EXPECT_TRUE(text.contains(u"Your account is suspended."_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"mistake pay 12100 cents over the allowance of 12000"_s));
    EXPECT_TRUE(text.contains(u"$121.00, over the allowance of $120.00"_s)) << text.toStdString();
}

TEST_F(ArbitrationPagesTest, QueueSaysWhyNoPanelIsOfferedFromTierAndFromARefusedVote)
{
    m_mirror->pull({{u"account"_s, m_me, worker(m_me, u"silver"_s, false)}});
    ConflictQueuePage queue(m_mirror->store(), *m_engine);
    EXPECT_TRUE(queue.notOfferedText().contains(u"Panels take gold workers only."_s))
            << queue.notOfferedText().toStdString();

    // As gold, the server refused a vote because the arbiter answered the same item.
    m_mirror->pull({{u"account"_s, m_me, worker(m_me, u"gold"_s, false)}});
    const QString conflictId = newId();
    const auto queued = m_mirror->store().enqueue(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                                                     {u"conflict_id"_s, conflictId},
                                                                     {u"fault"_s, u"worker"_s},
                                                                     {u"rationale"_s, u"Judged on rule 2."_s}});
    ASSERT_TRUE(queued.ok());
    PushResult refused;
    refused.mutationId = *queued;
    refused.status = PushStatus::Rejected;
    refused.code = u"NOT_ON_PANEL"_s;
    refused.message = u"you may not sit on this panel"_s;
    refused.details = {{u"reason"_s, u"already_answered"_s}, {u"reasons"_s, QJsonArray{u"already_answered"_s}}};
    ASSERT_TRUE(m_mirror->store().recordPush({refused}, *queued).ok());
    queue.reload();
    const QString why = queue.notOfferedText();
    EXPECT_FALSE(why.contains(u"gold workers only"_s));
    EXPECT_TRUE(why.contains(u"answered the same item"_s)) << why.toStdString();
    EXPECT_TRUE(why.contains(u"Judged on rule 2."_s));

    // The panel page keeps the refused vote's rationale and says why it did not count.
    ConflictPanelPage panel(m_mirror->store(), *m_engine);
    panel.setConflict(conflictId);
    EXPECT_TRUE(panel.shownText().contains(u"The server refused your vote (NOT_ON_PANEL)"_s))
            << panel.shownText().toStdString();
    EXPECT_TRUE(panel.shownText().contains(u"Judged on rule 2."_s));
}

TEST_F(ArbitrationPagesTest, ATeamPanelShowsTheBriefMembersAndDeliveryAndNoVoteToAMember)
{
    m_mirror->pull({{u"account"_s, m_me, worker(m_me, u"gold"_s, false)}});
    const auto teamConflict = [](const QString &id, const QString &teamTaskId) {
        return QJsonObject{{u"id"_s, id},
                           {u"kind"_s, u"team"_s},
                           {u"team_task_id"_s, teamTaskId},
                           {u"answer_id"_s, QString()},
                           {u"worker_id"_s, QJsonValue()},
                           {u"requester_id"_s, newId()},
                           {u"state"_s, u"open"_s},
                           {u"seats"_s, 5},
                           {u"votes_cast"_s, 1},
                           {u"deadline"_s, u"2026-11-25T18:53:41.200Z"_s},
                           {u"extended"_s, false},
                           {u"title"_s, u"Review the checkout screen"_s},
                           {u"brief"_s, u"Walk through checkout <twice>."_s},
                           {u"delivery"_s, u"per_role"_s},
                           {u"reason_code"_s, u"wrong_answer"_s},
                           {u"reason"_s, u"It reviews the login."_s},
                           {u"pay_cents"_s, 2'400},
                           {u"members"_s, QJsonArray{QJsonObject{{u"role"_s, u"designer"_s},
                                                                 {u"pseudonym"_s, u"worker-4c1d0e"_s},
                                                                 {u"pay_cents"_s, 1'200}}}},
                           {u"parts"_s, QJsonArray{QJsonObject{{u"role"_s, u"designer"_s},
                                                               {u"text"_s, u"The total hides the fees."_s},
                                                               {u"author_pseudonym"_s, u"worker-4c1d0e"_s}}}}};
    };
    const QString outsiders = newId();
    const QString ours = newId();
    const QString ourTeam = newId();
    m_mirror->pull({{u"conflict"_s, outsiders, teamConflict(outsiders, newId())},
                    {u"conflict"_s, ours, teamConflict(ours, ourTeam)},
                    {u"team_task"_s, ourTeam, QJsonObject{{u"id"_s, ourTeam}, {u"my_role"_s, u"tester"_s}}}});

    ConflictPanelPage panel(m_mirror->store(), *m_engine);
    panel.setConflict(outsiders);
    const QString shown = panel.shownText();
    EXPECT_TRUE(shown.contains(u"Review the checkout screen"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Walk through checkout <twice>."_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"worker-4c1d0e (designer, $12.00)"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"The total hides the fees."_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"It reviews the login."_s));
    EXPECT_FALSE(shown.contains(u"This is your team's delivery."_s));
    // The vote is about the team's delivery, not an answer.
    bool teamFault = false;
    for (const QRadioButton *button : panel.findChildren<QRadioButton *>())
        teamFault = teamFault || button->text() == u"&Team fault: the delivery breaks the brief"_s;
    EXPECT_TRUE(teamFault);

    // A member of the team reads it as their own: paid in full, and nothing to vote on.
    panel.setConflict(ours);
    EXPECT_TRUE(panel.shownText().contains(u"This is your team's delivery."_s)) << panel.shownText().toStdString();
}

} // namespace Chrysalis::Testing
