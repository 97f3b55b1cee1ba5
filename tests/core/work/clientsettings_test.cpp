// Client preferences in an INI file of their own: server profiles with their address checks, the
// language and theme choices, rebound shortcuts and the offline batch size.
#include "core/work/clientsettings.h"
#include "tests/support/qtprinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

class ClientSettingsTest : public ::testing::Test
{
protected:
    QString iniPath() const { return m_dir.filePath(u"chrysalis.ini"_s); }
    QTemporaryDir m_dir;
};

TEST(ClientSettingsUrl, AcceptsHttpAndHttpsWithAHostAndReadsABareHostAsHttps)
{
    const auto text = [](const QString &typed) { return ClientSettings::parseServerUrl(typed).value().toString(); };
    EXPECT_EQ(text(u"https://market.example.org/"_s), u"https://market.example.org"_s);
    EXPECT_EQ(text(u" http://127.0.0.1:8080 "_s), u"http://127.0.0.1:8080"_s);
    EXPECT_EQ(text(u"HTTPS://market.example.org/api/"_s), u"https://market.example.org/api"_s);
    EXPECT_EQ(text(u"market.example.org"_s), u"https://market.example.org"_s);
}

TEST(ClientSettingsUrl, RefusesOtherSchemesMissingHostsAndExtras)
{
    for (const QString &bad :
         {u""_s, u"   "_s, u"ftp://market.example.org"_s, u"file:///tmp/x"_s, u"https://"_s,
          u"http://user:pw@market.example.org"_s, u"https://market.example.org/?a=1"_s, u"https://exa mple.org"_s}) {
        const auto url = ClientSettings::parseServerUrl(bad);
        ASSERT_FALSE(url.ok()) << bad.toStdString();
        EXPECT_EQ(url.error().code, ErrorCode::Validation);
        EXPECT_FALSE(url.error().message.isEmpty());
    }
}

TEST_F(ClientSettingsTest, ServerProfilesRoundTripAndInvalidOnesAreRefusedWhole)
{
    const QList<ServerProfile> profiles{{u"Team"_s, u"https://team.example.org"_s, u"bob"_s},
                                        {u"Home"_s, u"http://127.0.0.1:8080/"_s, QString()}};
    {
        ClientSettings settings(iniPath());
        ASSERT_TRUE(settings.setServerProfiles(profiles).ok());
        settings.setDefaultServerProfile(u"Home"_s);
    }
    ClientSettings settings(iniPath());
    const QList<ServerProfile> read = settings.serverProfiles();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read.at(0), profiles.at(0));
    EXPECT_EQ(read.at(1).url, u"http://127.0.0.1:8080"_s); // normalised
    EXPECT_EQ(settings.defaultServerProfile(), u"Home"_s);

    const Status refused = settings.setServerProfiles({{u"Bad"_s, u"gopher://x.org"_s, {}}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().fieldErrors.value(0).field, u"url"_s);
    EXPECT_EQ(settings.serverProfiles().size(), 2);
    EXPECT_FALSE(settings.setServerProfiles({{u"A"_s, u"https://a.org"_s, {}}, {u"a"_s, u"https://b.org"_s, {}}}).ok());
    EXPECT_FALSE(settings.setServerProfiles({{u" "_s, u"https://a.org"_s, {}}}).ok());

    // A default that no longer names a profile is no default.
    ASSERT_TRUE(settings.setServerProfiles({profiles.at(0)}).ok());
    EXPECT_TRUE(settings.defaultServerProfile().isEmpty());
}

TEST_F(ClientSettingsTest, LanguageIsOneOfTheTranslationsOrTheSystems)
{
    ClientSettings settings(iniPath());
    EXPECT_TRUE(settings.language().isEmpty());
    settings.setLanguage(u"de"_s);
    EXPECT_EQ(ClientSettings(iniPath()).language(), u"de"_s);
    EXPECT_EQ(ClientSettings::localeFor(u"de"_s).language(), QLocale::German);
    EXPECT_EQ(ClientSettings::localeFor(u"es"_s).language(), QLocale::Spanish);
    EXPECT_EQ(ClientSettings::localeFor(QString()), QLocale::system());
    settings.setLanguage(u"tlh"_s); // no such translation: back to the system's
    EXPECT_TRUE(settings.language().isEmpty());
}

TEST_F(ClientSettingsTest, ThemeIsLightDarkOrSystem)
{
    ClientSettings settings(iniPath());
    EXPECT_EQ(settings.theme(), u"system"_s);
    settings.setTheme(u"dark"_s);
    EXPECT_EQ(ClientSettings(iniPath()).theme(), u"dark"_s);
    settings.setTheme(u"purple"_s);
    EXPECT_EQ(settings.theme(), u"system"_s);
}

TEST_F(ClientSettingsTest, ShortcutOverridesKeepOneManyAndNoKeys)
{
    const QHash<QString, QStringList> overrides{
            {u"work/Ctrl+Return"_s, {u"Ctrl+S"_s}}, {u"showShortcuts"_s, {u"F2"_s, u"Ctrl+H"_s}}, {u"quit"_s, {}}};
    {
        ClientSettings settings(iniPath());
        settings.setShortcutOverrides(overrides);
    }
    EXPECT_EQ(ClientSettings(iniPath()).shortcutOverrides(), overrides);
    ClientSettings settings(iniPath());
    settings.setShortcutOverrides({});
    EXPECT_TRUE(settings.shortcutOverrides().isEmpty());
}

TEST_F(ClientSettingsTest, ClaimBatchSizeDefaultsToThePolicyAndStaysInItsRange)
{
    ClientSettings settings(iniPath());
    EXPECT_EQ(settings.claimBatchSize(50, 500), 50);
    settings.setClaimBatchSize(200);
    EXPECT_EQ(ClientSettings(iniPath()).claimBatchSize(50, 500), 200);
    EXPECT_EQ(settings.claimBatchSize(50, 200), 200);
    EXPECT_EQ(settings.claimBatchSize(50, 199), 199);
    settings.setClaimBatchSize(0);
    EXPECT_EQ(settings.claimBatchSize(50, 500), 1);
}

} // namespace
} // namespace Chrysalis
