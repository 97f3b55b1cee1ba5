#include "core/domain/ledger.h"
#include "core/domain/roles.h"
#include "core/result.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

TEST(Result, CarriesValueOrError)
{
    Result<int> good = 7;
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 7);

    Result<int> bad = Error::validation(u"no"_s, {{u"pay_cents"_s, u"must be positive"_s}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_EQ(bad.valueOr(3), 3);
    EXPECT_EQ(bad.error().describe(), u"no\n  pay_cents: must be positive"_s);
}

TEST(Roles, NamesRoundTripAndUnknownNamesAreErrors)
{
    for (Tier tier : {Tier::Bronze, Tier::Silver, Tier::Gold})
        EXPECT_EQ(*parseTier(tierName(tier)), tier);
    EXPECT_FALSE(parseTier(u"platinum"_s).ok());
    EXPECT_EQ(*parseStanding(u"butterfly"_s), Standing::Butterfly);
    EXPECT_FALSE(parseStanding(u"Butterfly"_s).ok());
    const auto roles = parseRoles({u"worker"_s, u"admin"_s});
    ASSERT_TRUE(roles.ok());
    EXPECT_TRUE(roles->testFlag(Role::Worker));
    EXPECT_FALSE(roles->testFlag(Role::Requester));
    EXPECT_EQ(roleNames(*roles), (QStringList{u"worker"_s, u"admin"_s}));
    EXPECT_FALSE(parseRoles({u"worker"_s, u"root"_s}).ok());
}

TEST(Ledger, AccountKeysRoundTrip)
{
    const LedgerAccount escrow = LedgerAccount::personal(LedgerBook::Escrow, u"acc-42"_s);
    EXPECT_EQ(escrow.key(), u"escrow:acc-42"_s);
    EXPECT_EQ(*LedgerAccount::fromKey(escrow.key()), escrow);
    const LedgerAccount fees = LedgerAccount::platform(LedgerBook::PlatformFees);
    EXPECT_EQ(fees.key(), u"platform:fees"_s);
    EXPECT_EQ(*LedgerAccount::fromKey(fees.key()), fees);
    EXPECT_FALSE(LedgerAccount::fromKey(u"escrow:"_s).ok());
    EXPECT_FALSE(LedgerAccount::fromKey(u"wallet:1"_s).ok());
}

TEST(Ledger, SumsAndNetPerAccount)
{
    const LedgerAccount balance = LedgerAccount::personal(LedgerBook::Balance, u"r"_s);
    const LedgerAccount escrow = LedgerAccount::personal(LedgerBook::Escrow, u"r"_s);
    const LedgerEvent publish{{balance, -120, u"publish"_s}, {escrow, 120, u"publish"_s}};
    EXPECT_EQ(ledgerSum(publish), 0);
    EXPECT_EQ(ledgerNetFor(publish, escrow), 120);
    EXPECT_EQ(ledgerNetFor(publish, balance), -120);
}

TEST(Money, ShareRounding)
{
    EXPECT_EQ(applyShareRoundingUp(1000, 2000), 200);
    EXPECT_EQ(applyShareRoundingUp(1001, 2000), 201); // 200.2 → 201
    EXPECT_EQ(applyShareRoundingDown(1001, 2000), 200);
    EXPECT_EQ(applyShareRoundingUp(0, 2000), 0);
}
