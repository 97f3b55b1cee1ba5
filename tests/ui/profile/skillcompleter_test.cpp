// The profile's skill entry completes from the shared vocabulary the marketplace sends as `skill`
// entities: most widely tagged first, by any part of a name, and only the entry being typed.
#include "core/domain/ids.h"
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/arbitration/arbitrationtesting.h"
#include "ui/profile/profilepage.h"
#include "ui/profile/skillcompleter.h"

#include <QAbstractItemView>
#include <QJsonArray>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

std::tuple<QString, QString, QJsonObject> skill(const QString &name, int workers)
{
    const QString id = newId();
    return {u"skill"_s, id, QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"workers"_s, workers}}};
}

} // namespace

TEST(SkillCompleterTest, OffersTheVocabularyMostTaggedFirstForTheEntryBeingTyped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString me = newId();
    MirrorFixture mirror(dir.filePath(u"client.db"_s), me);
    SyncEngine engine(mirror.store());
    mirror.pull({{u"account"_s, me, QJsonObject{{u"id"_s, me}, {u"roles"_s, QJsonArray{u"worker"_s}}}},
                 skill(u"German"_s, 2),
                 skill(u"Software Testing"_s, 5),
                 skill(u"Interface Design"_s, 2),
                 skill(u"  "_s, 9)});

    ProfilePage page(mirror.store(), engine);
    page.reload();
    SkillCompleter *completer = page.skillCompleter();
    ASSERT_NE(completer, nullptr);
    EXPECT_EQ(page.skillsEdit()->completer(), completer);
    // Most tagged first, ties by name; a blank name is no skill.
    EXPECT_EQ(completer->names(), (QStringList{u"Software Testing"_s, u"German"_s, u"Interface Design"_s}));

    // Only what follows the last comma is looked up, and it may be any part of a name.
    EXPECT_EQ(completer->splitPath(u"German, desi"_s), QStringList{u"desi"_s});
    EXPECT_EQ(completer->splitPath(u"test"_s), QStringList{u"test"_s});
    page.skillsEdit()->setText(u"German, desi"_s);
    completer->setCompletionPrefix(u"desi"_s);
    ASSERT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentIndex().data().toString(), u"Interface Design"_s);
    EXPECT_EQ(completer->currentCompletion(), u"German, Interface Design"_s); // the earlier entries stay
    // Without a comma the choice replaces the whole text.
    page.skillsEdit()->setText(u"soft"_s);
    completer->setCompletionPrefix(u"soft"_s);
    ASSERT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->pathFromIndex(completer->currentIndex()), u"Software Testing"_s);

    // A new entry in the vocabulary is offered after the next pull.
    mirror.pull({skill(u"Medical German"_s, 1)});
    page.reload();
    completer->setCompletionPrefix(u"german"_s);
    EXPECT_EQ(completer->completionCount(), 2);
}

} // namespace Chrysalis::Testing
