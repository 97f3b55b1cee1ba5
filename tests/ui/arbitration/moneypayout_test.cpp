// The money page's payout request: disabled with the threshold spelled out below it, one click queues
// payout.request@1 for what is available, and requested payouts hold their amount back.
#include "core/domain/ids.h"
#include "core/sync/syncengine.h"
#include "tests/ui/arbitration/arbitrationtesting.h"
#include "ui/arbitration/moneypage.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QJsonObject workerAccount(const QString &id)
{
    return {{u"id"_s, id}, {u"roles"_s, QJsonArray{u"worker"_s}}, {u"tier"_s, u"bronze"_s}, {u"suspended"_s, false}};
}

QJsonObject walletWith(const QString &id, qint64 earnings)
{
    return {{u"account_id"_s, id},
            {u"balance_cents"_s, 0},
            {u"escrow_cents"_s, 0},
            {u"earnings_cents"_s, earnings},
            {u"earned_window_cents"_s, earnings},
            {u"mistake_pay_window_cents"_s, 0},
            {u"mistake_allowance_cents"_s, 9'000},
            {u"payout_eligible"_s, earnings >= 10'000}};
}

QJsonObject payout(const QString &id, qint64 amount, const QString &state)
{
    return {{u"id"_s, id}, {u"amount_cents"_s, amount}, {u"state"_s, state}};
}

} // namespace

class MoneyPayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_mirror = std::make_unique<MirrorFixture>(m_dir.filePath(u"client.db"_s), m_me);
        m_engine = std::make_unique<SyncEngine>(m_mirror->store());
    }

    QList<OutboxEntry> requests()
    {
        const auto entries = m_mirror->store().entriesNamed(u"payout.request@1"_s);
        EXPECT_TRUE(entries.ok());
        return entries.valueOr(QList<OutboxEntry>());
    }

    QTemporaryDir m_dir;
    QString m_me = newId();
    std::unique_ptr<MirrorFixture> m_mirror;
    std::unique_ptr<SyncEngine> m_engine;
};

TEST_F(MoneyPayoutTest, BelowTheThresholdTheButtonIsOffAndSaysWhereItOpens)
{
    m_mirror->pull({{u"account"_s, m_me, workerAccount(m_me)}, {u"wallet"_s, m_me, walletWith(m_me, 9'999)}});
    MoneyPage page(m_mirror->store(), *m_engine);
    page.resize(900, 640);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *button = page.findChild<QPushButton *>(u"requestPayout"_s);
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(page.shownText().contains(u"Payouts open once $100.00 of earnings is available; you have $99.99."_s))
            << page.shownText().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(requests().isEmpty());

    // A cent more opens it.
    m_mirror->pull({{u"wallet"_s, m_me, walletWith(m_me, 10'000)}});
    page.reload();
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), u"Request payout of $100.00"_s);
}

TEST_F(MoneyPayoutTest, ClickingQueuesARequestForWhatIsAvailableAndHoldsItBack)
{
    const QString paidEarlier = newId();
    m_mirror->pull({{u"account"_s, m_me, workerAccount(m_me)},
                    {u"wallet"_s, m_me, walletWith(m_me, 12'345)},
                    {u"payout"_s, paidEarlier, payout(paidEarlier, 50'000, u"paid"_s)}});
    MoneyPage page(m_mirror->store(), *m_engine);
    page.resize(900, 640);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *button = page.findChild<QPushButton *>(u"requestPayout"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    EXPECT_EQ(button->text(), u"Request payout of $123.45"_s);
    if (qEnvironmentVariableIsSet("CHRYSALIS_SCREENSHOTS"))
        page.grab().save(qEnvironmentVariable("CHRYSALIS_SCREENSHOTS") + u"/money-payout-open.png"_s);

    QTest::mouseClick(button, Qt::LeftButton);
    const QList<OutboxEntry> queued = requests();
    ASSERT_EQ(queued.size(), 1);
    EXPECT_EQ(queued.at(0).args.value(u"amount_cents"_s).toInteger(), 12'345);
    EXPECT_TRUE(isValidId(queued.at(0).args.value(u"payout_id"_s).toString()));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(page.shownText().contains(u"Requested and waiting for an administrator to pay: $123.45."_s))
            << page.shownText().toStdString();
    EXPECT_TRUE(page.shownText().contains(u"you have $0.00"_s)) << page.shownText().toStdString();
    if (qEnvironmentVariableIsSet("CHRYSALIS_SCREENSHOTS"))
        page.grab().save(qEnvironmentVariable("CHRYSALIS_SCREENSHOTS") + u"/money-payout-requested.png"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(requests().size(), 1);
}

} // namespace Chrysalis::Testing
