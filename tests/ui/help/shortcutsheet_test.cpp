// The keyboard cheat sheet: read from the actions and shortcuts the client really registers, opened
// with F1 from a main window signed in to the demo marketplace.
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/help/shortcutsheet.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepage.h"
#include "ui/session/session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kWaitMs = 30000;

TEST(ShortcutSheet, ActionTextLosesMnemonicsAndEllipsis)
{
    EXPECT_EQ(plainActionText(u"&Keyboard shortcuts…"_s), u"Keyboard shortcuts"_s);
    EXPECT_EQ(plainActionText(u"Save && &quit..."_s), u"Save & quit"_s);
    EXPECT_EQ(plainActionText(u"Plain"_s), u"Plain"_s);
}

TEST(ShortcutSheet, ListsKeyedActionsAndDescribedShortcutsOfAWidgetTree)
{
    QWidget page;
    auto *child = new QWidget(&page);
    auto *keyed = new QAction(u"Do the thing"_s, child);
    keyed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    child->addAction(keyed);
    auto *unkeyed = new QAction(u"No key"_s, &page);
    page.addAction(unkeyed);
    auto *untitled = new QAction(&page);
    untitled->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    page.addAction(untitled);
    auto *hidden = new QAction(u"Hidden"_s, &page);
    hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    hidden->setVisible(false);
    page.addAction(hidden);
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F9), child);
    shortcut->setWhatsThis(u"Shout"_s);
    new QShortcut(QKeySequence(Qt::Key_F10), child); // undescribed: left out

    const QList<ShortcutEntry> entries = shortcutsIn(&page);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).description, u"Do the thing"_s);
    EXPECT_EQ(entries.at(0).keys, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_D)});
    EXPECT_EQ(entries.at(1).description, u"Shout"_s);

    ShortcutSheet sheet({{u"Page"_s, entries}, {u"Empty"_s, {}}});
    EXPECT_EQ(sheet.shownRows(u"Page"_s),
              (QStringList{u"Do the thing\t"_s + QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText),
                           u"Shout\tF9"_s}));
    EXPECT_TRUE(sheet.shownRows(u"Empty"_s).isEmpty());
    sheet.setFilter(u"shout"_s);
    EXPECT_EQ(sheet.shownRows(u"Page"_s), QStringList{u"Shout\tF9"_s});
    sheet.setFilter(u"F9"_s);
    EXPECT_EQ(sheet.shownRows(u"Page"_s), QStringList{u"Shout\tF9"_s});
    sheet.setFilter(u"nothing like it"_s);
    EXPECT_TRUE(sheet.shownRows(u"Page"_s).isEmpty());
}

class ShortcutSheetWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"ChrysalisTests"_s);
        QCoreApplication::setApplicationName(u"shortcutsheet_test"_s);
        m_session = std::make_unique<Session>(m_dir.path());
        const Status signedIn = Testing::signInLocally(*m_session, u"bob"_s);
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

TEST_F(ShortcutSheetWindowTest, F1OpensTheSheetWithTheQueueAndWorkViewKeys)
{
    MainWindow window(*m_session);
    window.addStandardPages();
    window.resize(1100, 720);
    window.show();
    ASSERT_TRUE(window.showPage(u"queue"_s));
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_F1);
    auto *sheet = window.findChild<ShortcutSheet *>();
    ASSERT_NE(sheet, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sheet->isVisible(); }, kWaitMs));

    const auto native = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
    EXPECT_TRUE(sheet->shownRows(u"Task queue"_s)
                        .contains(u"Search task titles\t"_s + native(QKeySequence(QKeySequence::Find))))
            << sheet->shownRows(u"Task queue"_s).join(u" | "_s).toStdString();
    EXPECT_TRUE(sheet->shownRows(u"Answer items"_s)
                        .contains(u"Submit the answer\t"_s + native(QKeySequence(Qt::CTRL | Qt::Key_Return)) +
                                  u" or "_s + native(QKeySequence(Qt::CTRL | Qt::Key_Enter))))
            << sheet->shownRows(u"Answer items"_s).join(u" | "_s).toStdString();
    const QStringList everywhere = sheet->shownRows(u"Everywhere"_s);
    EXPECT_TRUE(everywhere.contains(u"Keyboard shortcuts\tF1 or "_s + native(QKeySequence(Qt::CTRL | Qt::Key_Slash))))
            << everywhere.join(u" | "_s).toStdString();
    // The Go menu names the pages a bronze worker's sidebar shows; no entry for a page that is not there.
    EXPECT_TRUE(everywhere.contains(u"Go to Task queue\t"_s + native(QKeySequence(Qt::CTRL | Qt::Key_1))))
            << everywhere.join(u" | "_s).toStdString();
    const auto goRows = std::count_if(everywhere.cbegin(), everywhere.cend(),
                                      [](const QString &row) { return row.startsWith(u"Go to "_s); });
    EXPECT_EQ(goRows, std::min<qsizetype>(window.pageIds().size(), 9));
    // A requester page is not in a worker's sidebar, so not in the sheet.
    EXPECT_TRUE(sheet->shownRows(u"My tasks"_s).isEmpty());
    if (const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        EXPECT_TRUE(sheet->grab().save(QDir(shots).filePath(u"shortcutsheet.png"_s)));
    }
    sheet->close();

    // What the sheet lists is what the keys do: Ctrl+F on the queue goes to the search field.
    auto *queue = qobject_cast<QueuePage *>(window.page(u"queue"_s));
    ASSERT_NE(queue, nullptr);
    auto *search = queue->findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
}

} // namespace
} // namespace Chrysalis
