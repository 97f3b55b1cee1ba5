// The profile marks the skills a passed paid qualification test verifies, as the demo marketplace
// sends them: sam passed ada's test, bob did not take it.
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/profile/profilepage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TEST(ProfileVerifiedSkillTest, ShowsTheSkillAPassedQualificationVerifiesAndNamesTheTest)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto sam = market.signIn(u"sam"_s);
    ASSERT_TRUE(sam.engine);

    ProfilePage page(*sam.store, *sam.engine);
    page.resize(900, 640);
    page.show();
    page.reload();
    EXPECT_EQ(page.verifiedSkillLines(),
              QStringList{u"✓ Review Sentiment — verified by passing “Qualification: hotel review sentiment”"_s});
    // The verified skill is on the profile's own list too, beside the ones sam tagged himself.
    EXPECT_TRUE(page.skillsEdit()->text().contains(u"Review Sentiment"_s)) << page.skillsEdit()->text().toStdString();
    EXPECT_TRUE(page.skillsEdit()->text().contains(u"Interface Design"_s));
    Testing::saveShot(page, u"profile-verified-skill"_s);

    auto bob = market.signIn(u"bob"_s);
    ASSERT_TRUE(bob.engine);
    ProfilePage bobPage(*bob.store, *bob.engine);
    bobPage.show();
    bobPage.reload();
    EXPECT_TRUE(bobPage.verifiedSkillLines().isEmpty());
    auto *verified = bobPage.findChild<QLabel *>(u"verifiedSkills"_s);
    ASSERT_NE(verified, nullptr);
    EXPECT_FALSE(verified->isVisibleTo(&bobPage));
}

// The page shows translated role names; whether the tier section applies must not depend on them.
TEST(ProfileTierTest, AWorkersTierRulesShowInEveryLanguage)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto sam = market.signIn(u"sam"_s);
    ASSERT_TRUE(sam.engine);
    for (const QString &language : {u"en"_s, u"de"_s, u"es"_s}) {
        const QList<QTranslator *> translators =
                installClientTranslations(*QCoreApplication::instance(), QLocale(language));
        {
            ProfilePage page(*sam.store, *sam.engine);
            page.reload();
            EXPECT_FALSE(page.ruleLines().isEmpty()) << language.toStdString();
        }
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

} // namespace Chrysalis
