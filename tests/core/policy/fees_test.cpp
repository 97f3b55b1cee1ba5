#include "core/policy/fees.h"

#include "tests/core/policy/policytestsupport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

using namespace Chrysalis;
using namespace Chrysalis::PolicyTest;
using namespace Qt::StringLiterals;
using ::testing::UnorderedElementsAre;

namespace {

const QString kRequester = u"req-1"_s;
const QString kWorker = u"wrk-1"_s;

LedgerAccount personal(LedgerBook book, const QString &owner)
{
    return LedgerAccount::personal(book, owner);
}

LedgerAccount platform(LedgerBook book)
{
    return LedgerAccount::platform(book);
}

} // namespace

TEST(Fees, RateFollowsTheRequestersStandingAtPublish)
{
    const Policy policy = Policy::defaults();
    EXPECT_EQ(feeRate(Standing::Butterfly, policy), 2000);
    EXPECT_EQ(feeRate(Standing::Caterpillar, policy), 3000);
    Policy custom = policy;
    custom.fees.butterflyBp = 1500;
    EXPECT_EQ(feeRate(Standing::Butterfly, custom), 1500);
}

TEST(Fees, FeeIsRoundedUpToAWholeCent)
{
    EXPECT_EQ(*shareRoundedUp(100, 2000), 20);
    EXPECT_EQ(*shareRoundedUp(101, 2000), 21); // 20.2 → 21
    EXPECT_EQ(*shareRoundedUp(105, 2000), 21); // exact
    EXPECT_EQ(*shareRoundedUp(1, 3000), 1); // 0.3 → 1
    EXPECT_EQ(*shareRoundedUp(0, 3000), 0);
    EXPECT_EQ(*shareRoundedUp(999, 0), 0);
    EXPECT_EQ(*shareRoundedUp(999, 10000), 999);
    // Exact at the top of the range, where amount × share would overflow 64 bits.
    EXPECT_EQ(*shareRoundedUp(kMaxSafeInteger, 10000), kMaxSafeInteger);
    EXPECT_EQ(*shareRoundedUp(kMaxSafeInteger, 5000), kMaxSafeInteger / 2);
    EXPECT_EQ(*shareRoundedUp(kMaxSafeInteger - 1, 3333), 3002099511605173); // ⌈(2^53 − 1) · 0.3333⌉
    EXPECT_FALSE(shareRoundedUp(-1, 2000).ok());
    EXPECT_FALSE(shareRoundedUp(kMaxSafeInteger + 1, 2000).ok());
    EXPECT_FALSE(shareRoundedUp(100, 10001).ok());
    EXPECT_FALSE(shareRoundedUp(100, -1).ok());
}

TEST(Fees, RoundedUpFeeMatchesExactArithmeticOnRandomInputs)
{
    std::mt19937_64 random(20240611);
    std::uniform_int_distribution<qint64> amounts(0, 1'000'000'000);
    std::uniform_int_distribution<qint64> shares(0, 10000);
    for (int i = 0; i < 5000; ++i) {
        const qint64 amount = amounts(random);
        const qint64 share = shares(random);
        const qint64 fee = *shareRoundedUp(amount, share);
        // The smallest whole number of cents not below amount × share / 10000.
        EXPECT_GE(fee * 10000, amount * share);
        EXPECT_LT((fee - 1) * 10000, amount * share);
    }
}

TEST(Fees, EscrowQuoteForTheWorkedExample)
{
    const Policy policy = Policy::defaults();
    const Result<EscrowQuote> butterfly = quoteEscrow(100, 1, 1, Standing::Butterfly, policy);
    ASSERT_TRUE(butterfly.ok());
    EXPECT_EQ(butterfly->escrowPerSlot, 120);
    EXPECT_EQ(butterfly->feePerSlot, 20);
    EXPECT_EQ(butterfly->total, 120);

    const Result<EscrowQuote> caterpillar = quoteEscrow(101, 40, 3, Standing::Caterpillar, policy);
    ASSERT_TRUE(caterpillar.ok());
    EXPECT_EQ(caterpillar->feeBp, 3000);
    EXPECT_EQ(caterpillar->feePerSlot, 31); // 30.3 rounded up
    EXPECT_EQ(caterpillar->escrowPerSlot, 132);
    EXPECT_EQ(caterpillar->slots, 120);
    EXPECT_EQ(caterpillar->total, 120 * 132);
}

TEST(Fees, EscrowRejectsBadAndAbsurdInput)
{
    const Policy policy = Policy::defaults();
    const Result<EscrowQuote> bad = quoteEscrow(0, 0, -1, Standing::Butterfly, policy);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_THAT(fieldsOf(bad.error()), UnorderedElementsAre(u"pay_cents"_s, u"items"_s, u"overlap"_s));

    // The largest task that fits, and one cent more per slot that does not.
    const qint64 slots = 1'000'000;
    const Cents payAtLimit = kMaxSafeInteger / slots * 10 / 12; // 20 % fee: slot escrow = 1.2 × pay
    const Result<EscrowQuote> atLimit = quoteEscrow(payAtLimit, 1000, 1000, Standing::Butterfly, policy);
    ASSERT_TRUE(atLimit.ok());
    EXPECT_LE(atLimit->total, kMaxSafeInteger);
    const Result<EscrowQuote> beyond = quoteEscrow(payAtLimit * 2, 1000, 1000, Standing::Butterfly, policy);
    ASSERT_FALSE(beyond.ok());
    EXPECT_EQ(beyond.error().code, ErrorCode::LimitExceeded);

    const Result<EscrowQuote> hugePay = quoteEscrow(kMaxSafeInteger, 1, 1, Standing::Butterfly, policy);
    ASSERT_FALSE(hugePay.ok());
    EXPECT_EQ(hugePay.error().code, ErrorCode::LimitExceeded);
    const Result<EscrowQuote> maxInts =
            quoteEscrow(kMaxSafeInteger / 2, 2147483647, 2147483647, Standing::Caterpillar, policy);
    ASSERT_FALSE(maxInts.ok());
    EXPECT_EQ(maxInts.error().code, ErrorCode::LimitExceeded);
}

TEST(Fees, PublishMovesTheQuoteFromBalanceToEscrow)
{
    const Policy policy = Policy::defaults();
    const EscrowQuote quote = *quoteEscrow(100, 1, 1, Standing::Butterfly, policy);
    const Result<LedgerEvent> event = publishEvent(kRequester, quote, 120);
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(ledgerSum(*event), 0);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Balance, kRequester)), -120);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Escrow, kRequester)), 120);

    const Result<LedgerEvent> poor = publishEvent(kRequester, quote, 119);
    ASSERT_FALSE(poor.ok());
    EXPECT_EQ(poor.error().code, ErrorCode::InsufficientFunds);

    EscrowQuote forged = quote;
    forged.total = 1;
    EXPECT_FALSE(publishEvent(kRequester, forged, 1000).ok());
    EXPECT_FALSE(publishEvent(QString(), quote, 1000).ok());
}

TEST(Fees, ApprovalPaysTheWorkerAndTheFeeToThePlatform)
{
    const Result<LedgerEvent> event = approvalEvent(kRequester, kWorker, 100, 120);
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(ledgerSum(*event), 0);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Escrow, kRequester)), -120);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Earnings, kWorker)), 100);
    EXPECT_EQ(ledgerNetFor(*event, platform(LedgerBook::PlatformFees)), 20);

    EXPECT_TRUE(approvalEvent(kRequester, kWorker, 120, 120).ok());
    EXPECT_FALSE(approvalEvent(kRequester, kWorker, 121, 120).ok());
    EXPECT_FALSE(approvalEvent(kRequester, kWorker, 0, 120).ok());
    EXPECT_FALSE(approvalEvent(kRequester, QString(), 100, 120).ok());
}

TEST(Fees, ApprovalBalancesForRandomPayAndEscrow)
{
    std::mt19937_64 random(42);
    std::uniform_int_distribution<Cents> pays(1, 10'000'000);
    std::uniform_int_distribution<Cents> extra(0, 3);
    std::uniform_int_distribution<BasisPoints> shares(0, 10000);
    for (int i = 0; i < 2000; ++i) {
        const Cents pay = pays(random);
        const Cents held = i % 2 == 0 ? pay + extra(random) : *escrowPerSlot(pay, shares(random));
        const Result<LedgerEvent> event = approvalEvent(kRequester, kWorker, pay, held);
        ASSERT_TRUE(event.ok());
        EXPECT_EQ(ledgerSum(*event), 0) << pay << " " << held;
        EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Earnings, kWorker)), pay);
        EXPECT_EQ(ledgerNetFor(*event, platform(LedgerBook::PlatformFees)), held - pay);
    }
}

TEST(Fees, ApprovalsOfEverySlotEmptyTheTasksEscrow)
{
    const Policy policy = Policy::defaults();
    const EscrowQuote quote = *quoteEscrow(33, 7, 3, Standing::Caterpillar, policy);
    LedgerEvent all = *publishEvent(kRequester, quote, quote.total);
    for (qint64 slot = 0; slot < quote.slots; ++slot)
        all += *approvalEvent(kRequester, kWorker, quote.payPerAnswer, quote.escrowPerSlot);
    EXPECT_EQ(ledgerSum(all), 0);
    EXPECT_EQ(ledgerNetFor(all, personal(LedgerBook::Escrow, kRequester)), 0);
    EXPECT_EQ(ledgerNetFor(all, personal(LedgerBook::Earnings, kWorker)), 33 * 21);
    EXPECT_EQ(ledgerNetFor(all, platform(LedgerBook::PlatformFees)), 10 * 21); // ⌈9.9⌉ per slot
}

TEST(Fees, FeedbackPayComesFromThePlatform)
{
    Policy policy = Policy::defaults();
    const Result<LedgerEvent> event = feedbackPayEvent(kWorker, policy);
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(ledgerSum(*event), 0);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Earnings, kWorker)), 150);
    EXPECT_EQ(ledgerNetFor(*event, platform(LedgerBook::PlatformFeedbackPay)), -150);
    policy.feedback.payCents = 275;
    EXPECT_EQ(ledgerNetFor(*feedbackPayEvent(kWorker, policy), personal(LedgerBook::Earnings, kWorker)), 275);
    EXPECT_FALSE(feedbackPayEvent(QString(), policy).ok());
}

TEST(Fees, PayoutNeedsTheThresholdAndCoveringEarnings)
{
    const Policy policy = Policy::defaults();
    EXPECT_FALSE(mayRequestPayout(9999, policy));
    EXPECT_TRUE(mayRequestPayout(10000, policy));

    const Result<LedgerEvent> below = payoutEvent(kWorker, 5000, 9999, policy);
    ASSERT_FALSE(below.ok());
    EXPECT_EQ(below.error().code, ErrorCode::NotEligible);

    const Result<LedgerEvent> event = payoutEvent(kWorker, 10000, 10000, policy);
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(ledgerSum(*event), 0);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Earnings, kWorker)), -10000);
    EXPECT_EQ(ledgerNetFor(*event, platform(LedgerBook::Deposits)), 10000);

    const Result<LedgerEvent> tooMuch = payoutEvent(kWorker, 10001, 10000, policy);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, ErrorCode::InsufficientFunds);
    EXPECT_FALSE(payoutEvent(kWorker, 0, 10000, policy).ok());
}

TEST(Fees, FundingMovesMoneyFromDepositsToTheBalance)
{
    const Result<LedgerEvent> event = fundingEvent(kRequester, 50000);
    ASSERT_TRUE(event.ok());
    EXPECT_EQ(ledgerSum(*event), 0);
    EXPECT_EQ(ledgerNetFor(*event, personal(LedgerBook::Balance, kRequester)), 50000);
    EXPECT_EQ(ledgerNetFor(*event, platform(LedgerBook::Deposits)), -50000);
    EXPECT_FALSE(fundingEvent(kRequester, -5).ok());
    EXPECT_TRUE(fundingEvent(kRequester, kMaxSafeInteger).ok());
    const Result<LedgerEvent> absurd = fundingEvent(kRequester, kMaxSafeInteger + 1);
    ASSERT_FALSE(absurd.ok());
    EXPECT_EQ(absurd.error().code, ErrorCode::LimitExceeded);
}
