// Matching a viewer's ledger lines to the panels they settle, and the shares of a closed panel.
#include "core/domain/ids.h"
#include "tests/support/qtprinters.h"
#include "ui/arbitration/settlementledger.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QJsonObject closedPanel(const QString &id, const QString &worker, const QString &requester, qint64 pay, int wf, int rf,
                        qint64 charge, qint64 fee, qint64 mistake)
{
    return {{u"id"_s, id},
            {u"state"_s, u"closed"_s},
            {u"worker_id"_s, worker},
            {u"requester_id"_s, requester},
            {u"pay_cents"_s, pay},
            {u"worker_fault_votes"_s, wf},
            {u"requester_fault_votes"_s, rf},
            {u"requester_charge_cents"_s, charge},
            {u"arbitration_fee_cents"_s, fee},
            {u"mistake_pay_cents"_s, mistake}};
}

LedgerLine line(int id, int event, const QString &account, qint64 amount, const QString &kind,
                const QString &conflictId = {})
{
    return {QString::number(id), event, account, amount, kind, conflictId};
}

} // namespace

TEST(SettlementLedgerTest, SharesAreExactAndNoVotesMeansNoWorkerFault)
{
    const Policy policy = Policy::defaults();
    PanelSettlement split =
            PanelSettlement::fromConflict(closedPanel(newId(), {}, {}, 1000, 8, 2, 200, 100, 800), policy);
    EXPECT_EQ(split.workerShareBp(), 8'000);
    EXPECT_EQ(split.requesterShareBp(), 2'000);
    EXPECT_EQ(split.arbiterPayTotal(), 10 * policy.panel.arbiterPayCents);
    PanelSettlement thirds = PanelSettlement::fromConflict(closedPanel(newId(), {}, {}, 12, 1, 2, 8, 2, 4), policy);
    EXPECT_EQ(thirds.workerShareBp(), 3'333);
    PanelSettlement none = PanelSettlement::fromConflict(closedPanel(newId(), {}, {}, 10, 0, 0, 10, 1, 0), policy);
    EXPECT_EQ(none.workerShareBp(), 0);
    EXPECT_EQ(none.requesterShareBp(), 10'000);
    EXPECT_EQ(none.arbiterPayTotal(), 0);
}

TEST(SettlementLedgerTest, EachRoleFindsTheLinesThatNameItsPanel)
{
    const Policy policy = Policy::defaults();
    const QString me = newId();
    const QString other = newId();
    // Two panels about my answers, at different prices, and one I sat on.
    const QString cheap = u"01000000-0000-7000-8000-000000000001"_s;
    const QString dear = u"01000000-0000-7000-8000-000000000002"_s;
    const QString judged = u"01000000-0000-7000-8000-000000000003"_s;
    const QList<QJsonObject> panels{closedPanel(dear, me, other, 1000, 4, 1, 200, 100, 800),
                                    closedPanel(cheap, me, other, 12, 4, 1, 3, 2, 9),
                                    closedPanel(judged, other, newId(), 50, 1, 2, 34, 5, 16)};
    const QList<LedgerLine> ledger{
            line(1, 7, u"earnings:"_s + me, 100, u"approve"_s),
            line(2, 9, u"earnings:"_s + me, 12, u"settlement"_s, cheap),
            line(3, 11, u"earnings:"_s + me, 1000, u"settlement"_s, dear),
            line(4, 12, u"earnings:"_s + me, policy.panel.arbiterPayCents, u"arbiter_pay"_s, judged),
    };
    const auto matched = matchSettlementLines(panels, ledger, me, policy);
    EXPECT_EQ(matched.size(), 3);
    ASSERT_EQ(matched.value(cheap).size(), 1);
    EXPECT_EQ(matched.value(cheap).at(0).amountCents, 12);
    ASSERT_EQ(matched.value(dear).size(), 1);
    EXPECT_EQ(matched.value(dear).at(0).amountCents, 1000);
    ASSERT_EQ(matched.value(judged).size(), 1);
    EXPECT_EQ(matched.value(judged).at(0).kind, u"arbiter_pay"_s);

    // The requester's side: both lines of the event that names the panel, whatever they hold.
    const QList<LedgerLine> requesterLedger{line(5, 11, u"escrow:"_s + other, -1200, u"settlement"_s, dear),
                                            line(6, 11, u"balance:"_s + other, 901, u"settlement"_s, dear),
                                            line(7, 9, u"escrow:"_s + other, -15, u"settlement"_s, cheap),
                                            line(8, 9, u"balance:"_s + other, 10, u"settlement"_s, cheap)};
    const auto forRequester = matchSettlementLines(panels, requesterLedger, other, policy);
    ASSERT_EQ(forRequester.value(dear).size(), 2);
    EXPECT_EQ(forRequester.value(dear).at(0).eventId, 11);
    EXPECT_EQ(forRequester.value(dear).at(1).amountCents, 901);
    ASSERT_EQ(forRequester.value(cheap).size(), 2);
    EXPECT_EQ(forRequester.value(cheap).at(0).eventId, 9);
}

TEST(SettlementLedgerTest, TwoPanelsAtOnePriceKeepTheirOwnLinesAndUnnamedLinesMatchNothing)
{
    const Policy policy = Policy::defaults();
    const QString me = newId();
    const QString first = u"01000000-0000-7000-8000-00000000000a"_s;
    const QString second = u"01000000-0000-7000-8000-00000000000b"_s;
    const QList<QJsonObject> panels{closedPanel(second, me, newId(), 30, 0, 3, 30, 3, 0),
                                    closedPanel(first, me, newId(), 30, 3, 0, 0, 3, 30)};
    // The later panel settled first: its line comes first and must not go to the earlier panel.
    const QList<LedgerLine> oneEvent{line(1, 4, u"earnings:"_s + me, 30, u"settlement"_s, second)};
    const auto matched = matchSettlementLines(panels, oneEvent, me, policy);
    EXPECT_TRUE(matched.contains(second));
    EXPECT_FALSE(matched.contains(first));

    const QList<LedgerLine> twoEvents{line(1, 4, u"earnings:"_s + me, 30, u"settlement"_s, second),
                                      line(2, 6, u"earnings:"_s + me, 30, u"settlement"_s, first)};
    const auto both = matchSettlementLines(panels, twoEvents, me, policy);
    EXPECT_EQ(both.value(first).at(0).eventId, 6);
    EXPECT_EQ(both.value(second).at(0).eventId, 4);

    // A settlement line without a conflict, one naming a panel not in the list, and a line of another
    // kind naming the panel are no match.
    const QList<LedgerLine> strays{line(1, 4, u"earnings:"_s + me, 30, u"settlement"_s),
                                   line(2, 5, u"earnings:"_s + me, 30, u"settlement"_s, newId()),
                                   line(3, 6, u"earnings:"_s + me, 30, u"approve"_s, first)};
    EXPECT_TRUE(matchSettlementLines(panels, strays, me, policy).isEmpty());
}

TEST(SettlementLedgerTest, LineReadsItsConflictFromTheWire)
{
    const QString panel = newId();
    const LedgerLine settled = LedgerLine::fromJson({{u"id"_s, u"5"_s},
                                                     {u"event_id"_s, u"3"_s},
                                                     {u"account"_s, u"earnings:x"_s},
                                                     {u"amount_cents"_s, 40},
                                                     {u"kind"_s, u"arbiter_pay"_s},
                                                     {u"conflict_id"_s, panel}});
    EXPECT_EQ(settled.conflictId, panel);
    EXPECT_EQ(settled.eventId, 3);
    const LedgerLine funded =
            LedgerLine::fromJson({{u"id"_s, u"6"_s}, {u"kind"_s, u"fund"_s}, {u"conflict_id"_s, QJsonValue::Null}});
    EXPECT_TRUE(funded.conflictId.isEmpty());
}

} // namespace Chrysalis
