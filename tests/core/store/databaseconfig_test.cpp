#include "core/store/databaseconfig.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

TEST(DatabaseConfigTest, ParsesSqlitePathsAndMemory)
{
    const auto file = DatabaseConfig::parse(u"sqlite:/var/lib/chrysalis/server.db"_s);
    ASSERT_TRUE(file.ok()) << file.error().message.toStdString();
    EXPECT_EQ(file->driver, DatabaseConfig::Driver::Sqlite);
    EXPECT_EQ(file->path, u"/var/lib/chrysalis/server.db"_s);
    EXPECT_FALSE(file->isInMemory());

    const auto relative = DatabaseConfig::parse(u"sqlite:data/client.db"_s);
    ASSERT_TRUE(relative.ok());
    EXPECT_EQ(relative->path, u"data/client.db"_s);

    const auto memory = DatabaseConfig::parse(u"sqlite::memory:"_s);
    ASSERT_TRUE(memory.ok());
    EXPECT_EQ(memory->path, u":memory:"_s);
    EXPECT_TRUE(memory->isInMemory());
}

TEST(DatabaseConfigTest, ParsesPostgresUrlAndPercentDecodesCredentials)
{
    const auto config = DatabaseConfig::parse(u"postgres://us%40er:p%3Aa%2Fs%40s%25@db.example.org:6543/market"_s);
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->driver, DatabaseConfig::Driver::Postgres);
    EXPECT_EQ(config->user, u"us@er"_s);
    EXPECT_EQ(config->password, u"p:a/s@s%"_s);
    EXPECT_EQ(config->host, u"db.example.org"_s);
    EXPECT_EQ(config->port, 6543);
    EXPECT_EQ(config->databaseName, u"market"_s);
    EXPECT_TRUE(config->schema.isEmpty());

    const auto withSchema = DatabaseConfig::parse(u"postgresql://u:p@127.0.0.1:5432/db?schema=tenant_1"_s);
    ASSERT_TRUE(withSchema.ok()) << withSchema.error().message.toStdString();
    EXPECT_EQ(withSchema->schema, u"tenant_1"_s);

    const auto noPassword = DatabaseConfig::parse(u"postgres://u@localhost:5432/db"_s);
    ASSERT_TRUE(noPassword.ok());
    EXPECT_TRUE(noPassword->password.isEmpty());
}

TEST(DatabaseConfigTest, PortBoundaries)
{
    EXPECT_EQ(DatabaseConfig::parse(u"postgres://u:p@h:1/db"_s).valueOr(DatabaseConfig{}).port, 1);
    EXPECT_EQ(DatabaseConfig::parse(u"postgres://u:p@h:65535/db"_s).valueOr(DatabaseConfig{}).port, 65535);
    EXPECT_FALSE(DatabaseConfig::parse(u"postgres://u:p@h:0/db"_s).ok());
    EXPECT_FALSE(DatabaseConfig::parse(u"postgres://u:p@h:65536/db"_s).ok());
}

TEST(DatabaseConfigTest, RefusesMalformedUrlsWithAReason)
{
    const struct {
        QString url;
        QString reason;
    } cases[] = {
            {u""_s, u"empty"_s},
            {u"mysql://u:p@h:3306/db"_s, u"unknown scheme"_s},
            {u"/var/lib/server.db"_s, u"unknown scheme"_s},
            {u"sqlite:"_s, u"no path"_s},
            {u"sqlite:///var/lib/server.db"_s, u"sqlite:PATH"_s},
            {u"postgres://u:p@h/db"_s, u"missing port"_s},
            {u"postgres://u:p@h:/db"_s, u"missing port"_s},
            {u"postgres://u:p@h:port/db"_s, u"malformed"_s},
            {u"postgres://u:p@h:5432"_s, u"database name"_s},
            {u"postgres://u:p@h:5432/"_s, u"database name"_s},
            {u"postgres://u:p@h:5432/a/b"_s, u"database name"_s},
            {u"postgres://h:5432/db"_s, u"missing user"_s},
            {u"postgres://u:p@:5432/db"_s, u"missing host"_s},
            {u"postgres://u:p@h:5432/db?sslmode=require"_s, u"unknown parameter"_s},
            {u"postgres://u:p@h:5432/db?schema=Bad-Name"_s, u"schema"_s},
            {u"postgres://u:p@h:5432/db#frag"_s, u"fragment"_s},
    };
    for (const auto &[url, reason] : cases) {
        const auto config = DatabaseConfig::parse(url);
        ASSERT_FALSE(config.ok()) << url.toStdString();
        EXPECT_EQ(config.error().code, ErrorCode::Validation) << url.toStdString();
        EXPECT_TRUE(config.error().message.contains(reason))
                << url.toStdString() << " -> " << config.error().message.toStdString();
    }
}

TEST(DatabaseConfigTest, NeverShowsThePassword)
{
    const auto config = DatabaseConfig::parse(u"postgres://u:s3cr%21t@h:5432/db"_s);
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->password, u"s3cr!t"_s);
    EXPECT_EQ(config->describe(), u"postgres://u:***@h:5432/db"_s);

    const auto bad = DatabaseConfig::parse(u"postgres://u:s3cr3t@h/db"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_FALSE(bad.error().message.contains(u"s3cr3t"_s)) << bad.error().message.toStdString();
}

} // namespace
} // namespace Chrysalis
