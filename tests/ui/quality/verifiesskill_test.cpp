// The task editor's "Verifies skill" field: offered for a paid qualification test only, completed from
// the shared vocabulary, and sent as the revision's verifies_skill key.
#include "tests/ui/support/demosession.h"
#include "ui/editor/qualitysettings.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/profile/skillcompleter.h"

#include <QCheckBox>
#include <QLineEdit>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TEST(VerifiesSkillSettingTest, AQualificationTestNamesTheSkillItVerifies)
{
    Testing::DemoMarket market;
    ASSERT_TRUE(market.ok());
    auto ada = market.signIn(u"ada"_s);
    ASSERT_TRUE(ada.engine);

    TaskEditorPage page(*ada.store, *ada.engine);
    page.resize(1280, 800);
    page.show();
    page.reload();
    page.newTask();
    QualitySettings *quality = page.qualitySettings();
    QLineEdit *skill = quality->verifiesSkillEdit();
    EXPECT_FALSE(skill->isVisibleTo(quality)) << "a regular task verifies no skill";

    quality->qualificationCheck()->setChecked(true);
    EXPECT_TRUE(skill->isVisibleTo(quality));
    EXPECT_FALSE(quality->keys().contains(u"verifies_skill"_s)) << "the field is optional";
    // The vocabulary the demo's workers tag is offered.
    EXPECT_TRUE(quality->skillCompleter()->names().contains(u"Software Testing"_s));
    EXPECT_TRUE(quality->skillCompleter()->names().contains(u"Review Sentiment"_s));
    skill->setText(u"  Medical   German "_s);
    EXPECT_EQ(quality->keys().value(u"verifies_skill"_s).toString(), u"Medical German"_s);
    EXPECT_EQ(quality->keys().value(u"kind"_s).toString(), u"qualification"_s);
    // Grabbed at once: saveShot's event processing would let the late first sync reload the editor.
    if (const QString dir = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(quality->grab().save(dir + u"/quality-verifies-skill.png"_s));
    }

    // Unchecked, the task is no test and the skill is not sent.
    quality->qualificationCheck()->setChecked(false);
    EXPECT_FALSE(skill->isVisibleTo(quality));
    EXPECT_FALSE(quality->keys().contains(u"verifies_skill"_s));

    // The demo's test shows the skill it verifies when opened.
    quality->load({{u"kind"_s, u"qualification"_s}, {u"verifies_skill"_s, u"Review Sentiment"_s}});
    EXPECT_TRUE(skill->isVisibleTo(quality));
    EXPECT_EQ(skill->text(), u"Review Sentiment"_s);
    quality->load({});
    EXPECT_TRUE(skill->text().isEmpty());
    EXPECT_FALSE(skill->isVisibleTo(quality));
}

} // namespace Chrysalis
