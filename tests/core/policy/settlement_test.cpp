#include "core/policy/settlement.h"

#include "core/policy/fees.h"
#include "tests/core/policy/policytestsupport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

using namespace Chrysalis;
using namespace Chrysalis::PolicyTest;
using namespace Qt::StringLiterals;
using ::testing::Contains;

namespace {

__extension__ typedef __int128 Wide;

const QString kWorker = u"wrk-1"_s;
const QString kRequester = u"req-1"_s;

QStringList arbiters(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << u"arb-%1"_s.arg(i);
    return ids;
}

SettlementInput conflict(Cents price, Cents held, int workerFault, int requesterFault)
{
    return {price, held, workerFault, requesterFault, arbiters(workerFault + requesterFault), kWorker, kRequester};
}

Cents net(const Settlement &settlement, LedgerBook book, const QString &owner = QString())
{
    const LedgerAccount account =
            owner.isEmpty() ? LedgerAccount::platform(book) : LedgerAccount::personal(book, owner);
    return ledgerNetFor(settlement.ledger, account);
}

// What the requester's books (escrow and balance) lost in total.
Cents requesterNetCost(const Settlement &settlement)
{
    return -(net(settlement, LedgerBook::Escrow, kRequester) + net(settlement, LedgerBook::Balance, kRequester));
}

} // namespace

TEST(Settlement, WorkedExampleOfTheMechanism)
{
    // P = 1000 on a caterpillar task: escrow held 1000 × 1.3.
    Policy policy = Policy::defaults();
    policy.panel.seats = 10;
    const Result<Settlement> result = settleConflict(conflict(1000, 1300, 8, 2), policy);
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    const Settlement &settlement = *result;
    EXPECT_EQ(settlement.workerPay, 1000);
    EXPECT_EQ(settlement.requesterCharge, 200);
    EXPECT_EQ(settlement.arbitrationFee, 100);
    EXPECT_EQ(settlement.mistakePay, 800);
    EXPECT_EQ(settlement.requesterRefund, 1000);
    EXPECT_EQ(settlement.votes, 10);
    EXPECT_TRUE(settlement.workerLost);
    EXPECT_FALSE(settlement.requesterLost);

    EXPECT_EQ(ledgerSum(settlement.ledger), 0);
    EXPECT_EQ(net(settlement, LedgerBook::Escrow, kRequester), -1300);
    EXPECT_EQ(net(settlement, LedgerBook::Earnings, kWorker), 1000);
    EXPECT_EQ(net(settlement, LedgerBook::Balance, kRequester), 1300 - 200 - 100);
    EXPECT_EQ(net(settlement, LedgerBook::PlatformMistakePay), -800);
    EXPECT_EQ(net(settlement, LedgerBook::PlatformArbitration), 100 - 10 * 40);
    for (const QString &arbiter : arbiters(10))
        EXPECT_EQ(net(settlement, LedgerBook::Earnings, arbiter), 40);
    EXPECT_EQ(requesterNetCost(settlement), 200 + 100);
    EXPECT_THAT(settlement.ledger,
                Contains(LedgerEntry{LedgerAccount::platform(LedgerBook::PlatformArbitration), -40, u"arbiter_pay"_s}));
}

TEST(Settlement, ThirdsRoundMistakePayDownInTheWorkersFavour)
{
    const Policy policy = Policy::defaults();
    const Settlement oneThird = *settleConflict(conflict(100, 120, 1, 2), policy);
    EXPECT_EQ(oneThird.mistakePay, 33); // 33.3 rounded down
    EXPECT_EQ(oneThird.requesterCharge, 67);
    EXPECT_EQ(oneThird.arbitrationFee, 10);
    EXPECT_FALSE(oneThird.workerLost);
    EXPECT_TRUE(oneThird.requesterLost);

    const Settlement twoThirds = *settleConflict(conflict(100, 120, 2, 1), policy);
    EXPECT_EQ(twoThirds.mistakePay, 66); // 66.7 rounded down
    EXPECT_EQ(twoThirds.requesterCharge, 34);
    EXPECT_TRUE(twoThirds.workerLost);
    EXPECT_FALSE(twoThirds.requesterLost);

    const Settlement oneCent = *settleConflict(conflict(1, 2, 2, 1), policy);
    EXPECT_EQ(oneCent.mistakePay, 0);
    EXPECT_EQ(oneCent.requesterCharge, 1);
    EXPECT_EQ(oneCent.arbitrationFee, 1); // 0.1 rounded up like every platform fee
    EXPECT_EQ(ledgerSum(oneCent.ledger), 0);
}

TEST(Settlement, NoVotesMeansTheWorkerIsNotAtFault)
{
    const Settlement settlement = *settleConflict(conflict(500, 600, 0, 0), Policy::defaults());
    EXPECT_EQ(settlement.workerPay, 500);
    EXPECT_EQ(settlement.mistakePay, 0);
    EXPECT_EQ(settlement.requesterCharge, 500);
    EXPECT_EQ(settlement.arbitrationFee, 50);
    EXPECT_FALSE(settlement.workerLost);
    EXPECT_FALSE(settlement.requesterLost); // r = 1, but nobody judged the requester
    EXPECT_EQ(net(settlement, LedgerBook::PlatformArbitration), 50);
    EXPECT_EQ(ledgerSum(settlement.ledger), 0);
    EXPECT_EQ(settlement.ledger.size(), 4); // no mistake-pay line and no arbiter lines
}

TEST(Settlement, AnEvenSplitIsLostByNoOne)
{
    const Settlement settlement = *settleConflict(conflict(1000, 1200, 2, 2), Policy::defaults());
    EXPECT_FALSE(settlement.workerLost);
    EXPECT_FALSE(settlement.requesterLost);
    EXPECT_EQ(settlement.mistakePay, 500);

    Policy strict = Policy::defaults();
    strict.panel.lossThresholdBp = 4999;
    const Settlement strictSplit = *settleConflict(conflict(1000, 1200, 2, 2), strict);
    EXPECT_TRUE(strictSplit.workerLost);
    EXPECT_TRUE(strictSplit.requesterLost);
}

TEST(Settlement, RefundGoesNegativeWhenTheTaskFeeIsBelowTheArbitrationFee)
{
    Policy policy = Policy::defaults();
    policy.panel.arbitrationFeeBp = 2500;
    const Settlement settlement = *settleConflict(conflict(1000, 1200, 0, 3), policy);
    EXPECT_EQ(settlement.requesterRefund, 1200 - 1000 - 250);
    EXPECT_EQ(requesterNetCost(settlement), 1000 + 250);
    EXPECT_EQ(ledgerSum(settlement.ledger), 0);
}

TEST(Settlement, RejectsInconsistentInput)
{
    const Policy policy = Policy::defaults();
    const auto fields = [&](const SettlementInput &input) {
        const Result<Settlement> result = settleConflict(input, policy);
        EXPECT_FALSE(result.ok());
        return result.ok() ? QStringList() : fieldsOf(result.error());
    };
    EXPECT_THAT(fields(conflict(0, 120, 1, 0)), Contains(u"price"_s));
    EXPECT_THAT(fields(conflict(100, 99, 1, 0)), Contains(u"held_escrow"_s));
    EXPECT_THAT(fields(conflict(kMaxSafeInteger + 1, kMaxSafeInteger + 1, 1, 0)), Contains(u"price"_s));

    SettlementInput negative = conflict(100, 120, 1, 0);
    negative.requesterFaultVotes = -1;
    EXPECT_THAT(fields(negative), Contains(u"requester_fault_votes"_s));

    SettlementInput missingArbiter = conflict(100, 120, 2, 1);
    missingArbiter.arbiterIds.removeLast();
    EXPECT_THAT(fields(missingArbiter), Contains(u"arbiter_ids"_s));

    SettlementInput twice = conflict(100, 120, 2, 0);
    twice.arbiterIds = {u"arb-1"_s, u"arb-1"_s};
    EXPECT_THAT(fields(twice), Contains(u"arbiter_ids"_s));

    SettlementInput party = conflict(100, 120, 1, 1);
    party.arbiterIds = {u"arb-1"_s, kWorker};
    EXPECT_THAT(fields(party), Contains(u"arbiter_ids"_s));

    SettlementInput anonymous = conflict(100, 120, 1, 0);
    anonymous.workerId.clear();
    EXPECT_THAT(fields(anonymous), Contains(u"worker_id"_s));
}

// Thousands of random conflicts, extremes included: the books always balance, the worker always gets exactly P,
// and the requester pays exactly r × P plus the fee, with mistake pay ⌊w × P⌋.
TEST(Settlement, PropertiesHoldForRandomConflicts)
{
    std::mt19937_64 random(0xC0FFEE);
    std::uniform_int_distribution<Cents> prices(1, 5'000'000);
    std::uniform_int_distribution<Cents> hugePrices(1, kMaxSafeInteger / 2);
    std::uniform_int_distribution<int> votes(0, 12);
    std::uniform_int_distribution<BasisPoints> shares(0, 10000);
    std::uniform_int_distribution<int> pick(0, 9);
    const Cents extremes[] = {1, 2, 3, 7, 9999, 10000, 10001, kMaxSafeInteger / 2};

    for (int i = 0; i < 4000; ++i) {
        Policy policy = Policy::defaults();
        policy.panel.arbitrationFeeBp = shares(random);
        policy.panel.lossThresholdBp = shares(random);
        policy.panel.arbiterPayCents = 1 + pick(random) * 17;

        const int roll = pick(random);
        const Cents price = roll == 0   ? extremes[i % std::size(extremes)]
                            : roll == 1 ? hugePrices(random)
                                        : prices(random);
        const int workerFault = roll == 2 ? 1000 : votes(random);
        const int requesterFault = roll == 3 ? 0 : votes(random);
        const Cents held = roll == 4 ? price : *escrowPerSlot(price, shares(random));
        SCOPED_TRACE(testing::Message() << "P=" << price << " held=" << held << " w=" << workerFault
                                        << " r=" << requesterFault);

        const Result<Settlement> result = settleConflict(conflict(price, held, workerFault, requesterFault), policy);
        ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
        const Settlement &settlement = *result;
        const int cast = workerFault + requesterFault;

        EXPECT_EQ(ledgerSum(settlement.ledger), 0);
        EXPECT_EQ(net(settlement, LedgerBook::Earnings, kWorker), price);
        EXPECT_EQ(settlement.workerPay, price);
        EXPECT_EQ(requesterNetCost(settlement), settlement.requesterCharge + settlement.arbitrationFee);
        EXPECT_EQ(net(settlement, LedgerBook::Escrow, kRequester), -held);
        EXPECT_EQ(settlement.requesterCharge + settlement.mistakePay, price);

        // Mistake pay is w × P rounded down: the largest m with m × votes ≤ P × worker-fault votes (w = 0 with no
        // votes). The fee is the smallest f with f × 10000 ≥ P × fee share. Checked in 128 bits.
        const Wide votesOrOne = qMax(cast, 1);
        const Wide owed = Wide(price) * workerFault;
        EXPECT_TRUE(Wide(settlement.mistakePay) * votesOrOne <= owed);
        EXPECT_TRUE(Wide(settlement.mistakePay + 1) * votesOrOne > owed);
        const Wide feeOwed = Wide(price) * policy.panel.arbitrationFeeBp;
        EXPECT_TRUE(Wide(settlement.arbitrationFee) * 10000 >= feeOwed);
        EXPECT_TRUE(Wide(settlement.arbitrationFee - 1) * 10000 < feeOwed);
        EXPECT_LE(settlement.arbitrationFee, price);

        EXPECT_EQ(net(settlement, LedgerBook::PlatformMistakePay), -settlement.mistakePay);
        EXPECT_EQ(net(settlement, LedgerBook::PlatformArbitration),
                  settlement.arbitrationFee - cast * policy.panel.arbiterPayCents);
        EXPECT_EQ(settlement.workerLost, cast > 0 && workerFault * 10000LL > policy.panel.lossThresholdBp * cast);
        for (const LedgerEntry &entry : settlement.ledger)
            EXPECT_NE(entry.amountCents, 0);
    }
}

TEST(PanelClosing, ClosesWhenEverySeatVoted)
{
    const Policy policy = Policy::defaults();
    const QDateTime opened(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    const QDateTime deadline = panelDeadline(opened, policy);
    EXPECT_EQ(opened.secsTo(deadline), 72 * 3600);
    EXPECT_EQ(panelStatusAt(5, 4, deadline, 0, opened.addSecs(60), policy).status, PanelStatus::Open);
    const PanelDecision full = panelStatusAt(5, 5, deadline, 0, opened.addSecs(60), policy);
    EXPECT_EQ(full.status, PanelStatus::ClosedFull);
    EXPECT_TRUE(full.closes());
    // A panel keeps the K it opened with.
    EXPECT_EQ(panelStatusAt(10, 9, deadline, 0, opened.addSecs(60), policy).status, PanelStatus::Open);
}

TEST(PanelClosing, AtTheDeadlineQuorumClosesOtherwiseExtendOnceThenCloseWithWhatItHas)
{
    const Policy policy = Policy::defaults();
    const QDateTime deadline(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);

    const PanelDecision early = panelStatusAt(5, 3, deadline, 0, deadline.addSecs(-1), policy);
    EXPECT_EQ(early.status, PanelStatus::Open);
    EXPECT_FALSE(early.closes());
    EXPECT_EQ(panelStatusAt(5, 3, deadline, 0, deadline, policy).status, PanelStatus::ClosedQuorum);

    const PanelDecision extended = panelStatusAt(5, 2, deadline, 0, deadline, policy);
    EXPECT_EQ(extended.status, PanelStatus::Extended);
    EXPECT_FALSE(extended.closes());
    EXPECT_EQ(deadline.secsTo(extended.deadline), policy.panel.extensionSeconds);

    const QDateTime later = extended.deadline;
    EXPECT_EQ(panelStatusAt(5, 2, later, 1, later.addSecs(-1), policy).status, PanelStatus::Open);
    EXPECT_EQ(panelStatusAt(5, 3, later, 1, later, policy).status, PanelStatus::ClosedQuorum);
    const PanelDecision closed = panelStatusAt(5, 2, later, 1, later, policy);
    EXPECT_EQ(closed.status, PanelStatus::ClosedAfterExtension);
    EXPECT_TRUE(closed.closes());
    EXPECT_EQ(panelStatusAt(5, 0, later, 1, later.addDays(30), policy).status, PanelStatus::ClosedAfterExtension);
}

TEST(PanelClosing, ExtensionsFollowThePolicy)
{
    Policy policy = Policy::defaults();
    const QDateTime deadline(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);
    policy.panel.extensions = 0;
    EXPECT_EQ(panelStatusAt(5, 1, deadline, 0, deadline, policy).status, PanelStatus::ClosedAfterExtension);
    policy.panel.extensions = 2;
    policy.panel.extensionSeconds = 3600;
    const PanelDecision second = panelStatusAt(5, 1, deadline, 1, deadline, policy);
    EXPECT_EQ(second.status, PanelStatus::Extended);
    EXPECT_EQ(second.deadline, deadline.addSecs(3600));
    EXPECT_EQ(panelStatusAt(5, 1, deadline, 2, deadline, policy).status, PanelStatus::ClosedAfterExtension);
    policy.panel.quorum = 1;
    EXPECT_EQ(panelStatusAt(5, 1, deadline, 0, deadline, policy).status, PanelStatus::ClosedQuorum);
}

TEST(PanelClosing, TeamMatesAreExcludedForThePolicyWindow)
{
    const Policy policy = Policy::defaults();
    const QDateTime teamWork(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const qint64 window = policy.panel.teamExclusionSeconds;
    EXPECT_TRUE(teamExcludesFromPanel(teamWork, teamWork, policy));
    EXPECT_TRUE(teamExcludesFromPanel(teamWork, teamWork.addSecs(window - 1), policy));
    EXPECT_FALSE(teamExcludesFromPanel(teamWork, teamWork.addSecs(window), policy));
    EXPECT_FALSE(teamExcludesFromPanel(QDateTime(), teamWork, policy));
}
