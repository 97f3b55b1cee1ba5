// The journeys the user guide shows, driven as a user would on a real main window over the demo
// marketplace: claiming an item and seeing it on the work page, opening a conflict panel. With
// CHRYSALIS_SCREENSHOT_DIR set, each scene is also saved as guide-<scene>.png for docs/images.
#include "core/sync/leasemodel.h"
#include "core/sync/syncengine.h"
#include "core/sync/taskqueuemodel.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/arbitration/conflictpanelpage.h"
#include "ui/arbitration/conflictqueuepage.h"
#include "ui/arbitration/conflictspage.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepage.h"
#include "ui/session/session.h"
#include "ui/theme/theme.h"
#include "ui/work/workpage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kWaitMs = 30000;

class GuideScenes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    }

    void TearDown() override { QSettings::setDefaultFormat(QSettings::NativeFormat); }

    std::unique_ptr<MainWindow> openWindow(const QString &user)
    {
        m_session = std::make_unique<Session>(m_dir.filePath(user));
        if (!Testing::signInLocally(*m_session, user).ok()) {
            ADD_FAILURE() << "no sign-in for " << user.toStdString();
            return nullptr;
        }
        // The guide's pictures are taken in the client's light theme.
        if (const QString theme = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_THEME"); !theme.isEmpty())
            applyTheme(*qApp, themeChoiceFromName(theme));
        auto window = std::make_unique<MainWindow>(*m_session);
        window->addStandardPages();
        window->resize(1280, 800);
        window->show();
        if (!syncOnce())
            ADD_FAILURE() << "no first sync";
        return window;
    }

    bool syncOnce() { return Testing::syncOnce(*m_session->engine()).ok(); }

    static void save(QWidget &window, const QString &scene)
    {
        const QString shots = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QTest::qWait(50);
        EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"guide-%1.png"_s.arg(scene))));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

TEST_F(GuideScenes, AClaimedItemIsOnTheWorkPageWithItsForm)
{
    auto window = openWindow(u"bob"_s);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->showPage(u"queue"_s));
    auto *queue = qobject_cast<QueuePage *>(window->page(u"queue"_s));
    ASSERT_NE(queue, nullptr);
    ASSERT_GT(queue->queueModel()->rowCount(), 0);
    queue->queueView()->selectRow(0);
    QPushButton *claim = nullptr;
    for (auto *button : queue->findChildren<QPushButton *>()) {
        if (button->isDefault())
            claim = button;
    }
    ASSERT_NE(claim, nullptr);
    ASSERT_TRUE(claim->isEnabled());
    QTest::mouseClick(claim, Qt::LeftButton);
    ASSERT_TRUE(syncOnce());
    auto *work = qobject_cast<WorkPage *>(window->page(u"work"_s));
    ASSERT_NE(work, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return queue->leaseModel()->rowCount() > 0; }, kWaitMs));
    save(*window, u"queue"_s);

    work->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !work->leaseIds().isEmpty(); }, kWaitMs));
    ASSERT_TRUE(window->showPage(u"work"_s));
    work->setCurrentLease(work->leaseIds().constFirst());
    EXPECT_EQ(work->currentLeaseId(), work->leaseIds().constFirst());
    EXPECT_NE(work->headingText(), work->tr("Answer items"));
    save(*window, u"work"_s);
}

TEST_F(GuideScenes, EnterOpensAnOfferedConflictPanel)
{
    auto window = openWindow(u"gwen"_s);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->showPage(u"conflicts"_s));
    auto *conflicts = qobject_cast<ConflictsPage *>(window->page(u"conflicts"_s));
    ASSERT_NE(conflicts, nullptr);
    QTableView *offered = conflicts->queuePage()->offeredTable();
    ASSERT_GT(offered->model()->rowCount(), 0);
    save(*window, u"conflicts"_s);
    offered->setFocus();
    offered->selectRow(0);
    QTest::keyClick(offered, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return conflicts->isShowingPanel(); }, kWaitMs));
    save(*window, u"panel"_s);
    // Escape goes back to the list.
    QTest::keyClick(conflicts->panelPage(), Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !conflicts->isShowingPanel(); }, kWaitMs));
}

TEST_F(GuideScenes, PickingATaskOpensItInTheEditorWithItsPrice)
{
    auto window = openWindow(u"ada"_s);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->showPage(u"tasks"_s));
    auto *editor = qobject_cast<TaskEditorPage *>(window->page(u"tasks"_s));
    ASSERT_NE(editor, nullptr);
    ASSERT_FALSE(editor->taskIds().isEmpty());
    const QString taskId = editor->taskIds().constFirst();
    ASSERT_TRUE(editor->selectTask(taskId));
    EXPECT_EQ(editor->currentTaskId(), taskId);
    EXPECT_FALSE(editor->titleEdit()->text().isEmpty());
    EXPECT_TRUE(editor->rowText(taskId).contains(editor->titleEdit()->text()));
    EXPECT_FALSE(editor->priceText().isEmpty());
    save(*window, u"editor"_s);
}

} // namespace
} // namespace Chrysalis
