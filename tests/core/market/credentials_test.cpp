#include "core/market/credentials.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

TEST(Credentials, PasswordHashIsArgon2idAndVerifies)
{
    const auto hash = Credentials::hashPassword(u"correct horse battery"_s, Credentials::HashCost::Minimum);
    ASSERT_TRUE(hash.ok()) << hash.error().describe().toStdString();
    EXPECT_TRUE(hash->startsWith(u"$argon2id$"_s));
    EXPECT_TRUE(Credentials::verifyPassword(u"correct horse battery"_s, *hash));
    EXPECT_FALSE(Credentials::verifyPassword(u"correct horse batterY"_s, *hash));
    EXPECT_FALSE(Credentials::verifyPassword(u""_s, *hash));
}

TEST(Credentials, SamePasswordHashesDifferently)
{
    const auto first = Credentials::hashPassword(u"pässwörd-✓-long"_s, Credentials::HashCost::Minimum);
    const auto second = Credentials::hashPassword(u"pässwörd-✓-long"_s, Credentials::HashCost::Minimum);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(*first, *second); // salted
    EXPECT_TRUE(Credentials::verifyPassword(u"pässwörd-✓-long"_s, *second));
}

TEST(Credentials, PasswordLengthBounds)
{
    EXPECT_FALSE(Credentials::hashPassword(u"1234567"_s, Credentials::HashCost::Minimum).ok());
    EXPECT_TRUE(Credentials::hashPassword(u"12345678"_s, Credentials::HashCost::Minimum).ok());
    const QString longest(Credentials::kMaxPasswordLength, u'x');
    EXPECT_TRUE(Credentials::hashPassword(longest, Credentials::HashCost::Minimum).ok());
    const auto tooLong = Credentials::hashPassword(longest + u'x', Credentials::HashCost::Minimum);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::Validation);
}

TEST(Credentials, MalformedStoredHashNeverVerifies)
{
    EXPECT_FALSE(Credentials::verifyPassword(u"anything at all"_s, u""_s));
    EXPECT_FALSE(Credentials::verifyPassword(u"anything at all"_s, u"$argon2id$v=19$garbage"_s));
    EXPECT_FALSE(Credentials::verifyPassword(u"anything at all"_s, QString(300, u'$')));
}

TEST(Credentials, TokensAreRandomAndDigestsStable)
{
    QSet<QString> tokens;
    for (int i = 0; i < 200; ++i)
        tokens.insert(Credentials::newToken());
    EXPECT_EQ(tokens.size(), 200);
    const QString token = *tokens.cbegin();
    EXPECT_EQ(token.size(), 43);
    EXPECT_EQ(Credentials::tokenDigest(token), Credentials::tokenDigest(token));
    EXPECT_EQ(Credentials::tokenDigest(token).size(), 64);
    EXPECT_NE(Credentials::tokenDigest(token), Credentials::tokenDigest(token + u'x'));
}
