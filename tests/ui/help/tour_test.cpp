// The first-run tours: walked step by step over a real main window signed in to the demo marketplace,
// for a bronze worker, a gold worker (who also arbitrates) and a requester.
#include "core/sync/syncengine.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "ui/help/tour.h"
#include "ui/help/tourguide.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/session/session.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kWaitMs = 30000;

class TourTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Seen tours are remembered in QSettings: each test gets its own settings file.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    }

    void TearDown() override { QSettings::setDefaultFormat(QSettings::NativeFormat); }

    // A main window with the standard pages, shown and synced once, for a demo account.
    std::unique_ptr<MainWindow> openWindow(const QString &user)
    {
        m_session = std::make_unique<Session>(m_dir.filePath(user));
        if (!Testing::signInLocally(*m_session, user).ok()) {
            ADD_FAILURE() << "no sign-in for " << user.toStdString();
            return nullptr;
        }
        // Screenshots of the tour in the light and the dark theme.
        if (const QString theme = qEnvironmentVariable("CHRYSALIS_SCREENSHOT_THEME"); !theme.isEmpty())
            applyTheme(*qApp, themeChoiceFromName(theme));
        auto window = std::make_unique<MainWindow>(*m_session);
        window->addStandardPages();
        window->resize(1280, 800);
        QSignalSpy synced(m_session->engine(), &SyncEngine::syncFinished);
        window->show();
        m_session->engine()->syncNow();
        if (!QTest::qWaitFor([&] { return synced.count() > 0; }, kWaitMs))
            ADD_FAILURE() << "no first sync";
        QTest::qWait(50);
        return window;
    }

    // Walks the tour with Next to its end, checking each step's page, highlight and bubble; returns the ids seen.
    QStringList walk(MainWindow &window, Tour *tour, const QString &shotPrefix)
    {
        QStringList seen;
        QPointer<Tour> alive(tour);
        QSignalSpy finished(tour, &Tour::finished);
        const QString shots = shotPrefix.isEmpty() ? QString() : qEnvironmentVariable("CHRYSALIS_SCREENSHOT_DIR");
        for (int guard = 0; alive && guard < 40; ++guard) {
            QTest::qWait(20); // the bubble settles once the page has laid out
            if (!alive)
                break;
            const int index = tour->currentIndex();
            seen.append(tour->currentStepId());
            EXPECT_EQ(tour->progressText(), u"%1 of %2"_s.arg(index + 1).arg(tour->stepCount()));
            EXPECT_FALSE(tour->titleText().isEmpty());
            EXPECT_FALSE(tour->bodyText().isEmpty());
            const QRect bubble = tour->bubble()->geometry();
            EXPECT_TRUE(window.rect().contains(bubble)) << tour->currentStepId().toStdString();
            const QString id = tour->currentStepId();
            // Only the welcome has no target.
            EXPECT_EQ(tour->highlightRect().isEmpty(), id == u"welcome") << id.toStdString();
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                window.grab().save(QDir(shots).filePath(u"%1-%2.png"_s.arg(shotPrefix).arg(index + 1)));
            }
            if (id.startsWith(u"worker.form")) {
                EXPECT_EQ(window.currentPageId(), u"work"_s);
            }
            if (id.startsWith(u"worker.claim")) {
                EXPECT_EQ(window.currentPageId(), u"queue"_s);
            }
            if (id.startsWith(u"requester.editor")) {
                EXPECT_EQ(window.currentPageId(), u"tasks"_s);
            }
            if (id.startsWith(u"arbiter.")) {
                EXPECT_TRUE(window.currentPageId() == u"conflicts" || window.currentPageId() == u"money" ||
                            window.currentPageId() == u"fairwork");
            }
            QTest::keyClick(tour, index % 2 ? Qt::Key_Right : Qt::Key_Return);
        }
        EXPECT_FALSE(alive) << "the tour did not end";
        EXPECT_EQ(finished.count(), 1);
        EXPECT_TRUE(!finished.isEmpty() && finished.first().first().toBool());
        return seen;
    }

    static bool startsWithAny(const QStringList &ids, const QString &prefix)
    {
        return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return id.startsWith(prefix); });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

TEST_F(TourTest, BronzeWorkerWalksEveryWorkerStepOnItsTarget)
{
    auto window = openWindow(u"bob"_s);
    ASSERT_NE(window, nullptr);
    Tour *tour = window->startTour();
    ASSERT_NE(tour, nullptr);
    EXPECT_TRUE(tour->isVisible());
    EXPECT_EQ(tour->currentStepId(), u"welcome"_s);
    const QStringList planned = tour->stepIds();

    // The claim step lights the Claim button on the queue page.
    QTest::keyClick(tour, Qt::Key_Right);
    QTest::keyClick(tour, Qt::Key_Right);
    ASSERT_EQ(tour->currentStepId(), u"worker.claim"_s);
    QTest::qWait(20);
    QPushButton *claim = nullptr;
    for (auto *button : window->page(u"queue"_s)->findChildren<QPushButton *>()) {
        if (button->isDefault())
            claim = button;
    }
    ASSERT_NE(claim, nullptr);
    const QPoint claimCentre = tour->mapFromGlobal(claim->mapToGlobal(claim->rect().center()));
    EXPECT_TRUE(tour->highlightRect().contains(claimCentre));
    EXPECT_FALSE(tour->bubble()->geometry().intersects(tour->highlightRect()));
    // The lit target can still be clicked; the dimmed rest of the window cannot.
    EXPECT_EQ(window->childAt(window->mapFromGlobal(claim->mapToGlobal(claim->rect().center()))), claim);
    EXPECT_EQ(window->childAt(QPoint(window->width() / 2, window->height() - 60)), tour);
    // Back and Left go back a step; the first step has nowhere to go back to.
    QTest::keyClick(tour, Qt::Key_Left);
    EXPECT_EQ(tour->currentIndex(), 1);
    QTest::keyClick(tour, Qt::Key_Up);
    QTest::keyClick(tour, Qt::Key_Left);
    EXPECT_EQ(tour->currentIndex(), 0);

    const QStringList seen = walk(*window, tour, u"tour-bob"_s);
    EXPECT_EQ(seen, planned);
    EXPECT_TRUE(seen.contains(u"worker.queue"_s));
    EXPECT_TRUE(seen.contains(u"worker.form"_s));
    EXPECT_TRUE(seen.contains(u"worker.sync"_s));
    EXPECT_TRUE(seen.contains(u"help"_s));
    EXPECT_FALSE(startsWithAny(seen, u"arbiter."_s));
    EXPECT_FALSE(startsWithAny(seen, u"requester."_s));
    EXPECT_EQ(window->tour(), nullptr);
}

TEST_F(TourTest, GoldWorkerGetsTheWorkerAndTheArbiterSteps)
{
    auto window = openWindow(u"gia"_s);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->roles().contains(PageRole::Arbiter));
    Tour *tour = window->startTour();
    ASSERT_NE(tour, nullptr);
    const QStringList seen = walk(*window, tour, u"tour-gia"_s);
    EXPECT_TRUE(startsWithAny(seen, u"worker."_s));
    EXPECT_TRUE(seen.contains(u"arbiter.conflicts"_s));
    EXPECT_TRUE(seen.contains(u"arbiter.panels"_s));
    EXPECT_FALSE(startsWithAny(seen, u"requester."_s));
    // The worker's steps come first, then the arbiter's.
    EXPECT_LT(seen.indexOf(u"worker.queue"_s), seen.indexOf(u"arbiter.conflicts"_s));
}

TEST_F(TourTest, RequesterWalksTheEditorFeedbackAndReviewSteps)
{
    auto window = openWindow(u"grace"_s);
    ASSERT_NE(window, nullptr);
    Tour *tour = window->startTour();
    ASSERT_NE(tour, nullptr);
    const QStringList seen = walk(*window, tour, u"tour-grace"_s);
    for (const QString &id : {u"requester.tasks"_s, u"requester.editor"_s, u"requester.feedback"_s,
                              u"requester.review"_s, u"requester.standing"_s})
        EXPECT_TRUE(seen.contains(id)) << id.toStdString();
    EXPECT_FALSE(startsWithAny(seen, u"worker."_s));
    EXPECT_FALSE(startsWithAny(seen, u"arbiter."_s));
}

TEST_F(TourTest, AHiddenTargetIsLeftOutAndTheCountFollows)
{
    auto window = openWindow(u"bob"_s);
    ASSERT_NE(window, nullptr);
    window->statusBar()->findChild<QLabel *>(u"outboxIndicator"_s)->hide();
    window->statusBar()->findChild<QLabel *>(u"lastSyncIndicator"_s)->hide();
    window->statusBar()->findChild<QLabel *>(u"onlineIndicator"_s)->hide();
    Tour *tour = window->startTour();
    ASSERT_NE(tour, nullptr);
    const qsizetype planned = tour->stepCount();
    ASSERT_TRUE(tour->stepIds().contains(u"worker.sync"_s));

    const QStringList seen = walk(*window, tour, u"tour-hidden"_s);
    EXPECT_FALSE(seen.contains(u"worker.sync"_s));
    EXPECT_EQ(seen.size(), planned - 1);

    // With the indicators back the step is there again.
    window->statusBar()->findChild<QLabel *>(u"outboxIndicator"_s)->show();
    tour = window->startTour();
    ASSERT_NE(tour, nullptr);
    EXPECT_TRUE(walk(*window, tour, {}).contains(u"worker.sync"_s));
}

TEST_F(TourTest, AStepWithoutAWidgetNeverCrashesTheTour)
{
    QWidget window;
    window.resize(600, 400);
    auto *shown = new QPushButton(u"Here"_s, &window);
    shown->setGeometry(20, 20, 100, 30);
    QPointer<QWidget> gone = new QWidget(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    delete gone.data();
    auto *tour = new Tour({{u"gone"_s, u"Gone"_s, u"A widget that was deleted."_s, nullptr,
                            [gone] {
                                return TourTarget{gone, {}};
                            }},
                           {u"refused"_s, u"Refused"_s, u"Its page cannot be shown."_s, [] { return false; },
                            [shown] {
                                return TourTarget{shown, {}};
                            }},
                           {u"here"_s, u"Here"_s, u"A visible button."_s, nullptr,
                            [shown] {
                                return TourTarget{shown, {}};
                            }}},
                          &window);
    QSignalSpy finished(tour, &Tour::finished);
    tour->start();
    EXPECT_EQ(tour->stepIds(), QStringList{u"here"_s});
    EXPECT_EQ(tour->progressText(), u"1 of 1"_s);
    EXPECT_TRUE(tour->highlightRect().contains(shown->geometry()));
    QTest::keyClick(tour, Qt::Key_Enter);
    EXPECT_EQ(finished.count(), 1);

    // A tour with nothing left to show ends at once.
    auto *empty = new Tour({{u"refused"_s, u"Refused"_s, u"Never shown."_s, [] { return false; }, nullptr}}, &window);
    QSignalSpy emptyFinished(empty, &Tour::finished);
    empty->start();
    EXPECT_EQ(emptyFinished.count(), 1);
}

TEST_F(TourTest, ShownOnceAfterTheFirstSyncAndAgainFromTheHelpMenu)
{
    auto window = openWindow(u"bob"_s);
    ASSERT_NE(window, nullptr);
    const QString account = window->tourAccount();
    EXPECT_FALSE(TourMemory(account).hasSeen(TourRole::Worker));

    window->setFirstRunTour(true);
    m_session->engine()->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->tour() != nullptr; }, kWaitMs));
    Tour *tour = window->tour();
    EXPECT_TRUE(tour->isVisible());
    QSignalSpy finished(tour, &Tour::finished);
    QTest::keyClick(tour, Qt::Key_Right);
    // Esc ends the tour wherever it is; a skipped tour counts as seen.
    QTest::keyClick(tour, Qt::Key_Escape);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->tour() == nullptr; }, kWaitMs));
    EXPECT_TRUE(TourMemory(account).hasSeen(TourRole::Worker));
    EXPECT_FALSE(TourMemory(account).hasSeen(TourRole::Requester));

    // A second window for the same account: no tour after its sync.
    window.reset();
    window = std::make_unique<MainWindow>(*m_session);
    window->addStandardPages();
    window->resize(1280, 800);
    window->setFirstRunTour(true);
    window->show();
    QSignalSpy synced(m_session->engine(), &SyncEngine::syncFinished);
    m_session->engine()->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return synced.count() > 0; }, kWaitMs));
    QTest::qWait(50);
    EXPECT_EQ(window->tour(), nullptr);

    // Help → Take the tour shows it again, from the first step.
    auto *takeTour = window->findChild<QAction *>(u"takeTour"_s);
    ASSERT_NE(takeTour, nullptr);
    takeTour->trigger();
    ASSERT_NE(window->tour(), nullptr);
    EXPECT_EQ(window->tour()->currentIndex(), 0);
    EXPECT_TRUE(window->tour()->isVisible());
    window->tour()->skip();

    // Another account on the same computer has its own memory.
    EXPECT_FALSE(TourMemory(u"sam@local"_s).hasSeen(TourRole::Worker));
    TourMemory(account).forget();
    EXPECT_FALSE(TourMemory(account).hasSeen(TourRole::Worker));
}

TEST(UserGuide, EveryImageItLinksExists)
{
    const QFileInfo guide(QString::fromUtf8(CHRYSALIS_USER_GUIDE));
    QFile file(guide.filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << guide.filePath().toStdString();
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)\s]+)\))"_s);
    int images = 0;
    qint64 bytes = 0;
    for (auto match = image.globalMatch(text); match.hasNext();) {
        const QString link = match.next().captured(1);
        const QFileInfo target(guide.dir().filePath(link));
        EXPECT_TRUE(target.isFile()) << link.toStdString();
        EXPECT_TRUE(link.endsWith(u".png"_s)) << link.toStdString();
        bytes += target.size();
        ++images;
    }
    EXPECT_GE(images, 8);
    // The guide's pictures stay light enough to ship with the package.
    EXPECT_LT(bytes, 3 * 1024 * 1024);
}

TEST(UserGuide, HelpOpensTheInstalledGuideOrElseTheOnlineOne)
{
    // Installed, the guide sits in share/doc/chrysalis beside the bin folder of the executable.
    const QDir prefix(QCoreApplication::applicationDirPath() + u"/.."_s);
    const QString installed = prefix.filePath(u"share/doc/chrysalis/user-guide.md"_s);
    ASSERT_FALSE(QFileInfo::exists(installed)) << "left over: " << installed.toStdString();
    // A machine with the package installed finds the system's copy instead of the online one.
    const QString system =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"doc/chrysalis/user-guide.md"_s);
    const QUrl without = userGuideUrl();
    if (system.isEmpty()) {
        EXPECT_EQ(without.scheme(), u"https"_s);
        EXPECT_TRUE(without.path().contains(u"user-guide"_s));
    } else {
        EXPECT_EQ(without, QUrl::fromLocalFile(QFileInfo(system).canonicalFilePath()));
    }

    ASSERT_TRUE(QDir().mkpath(QFileInfo(installed).absolutePath()));
    {
        QFile file(installed);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("# Chrysalis user guide\n");
    }
    const QUrl local = userGuideUrl();
    QDir(prefix.filePath(u"share"_s)).removeRecursively();
    ASSERT_TRUE(local.isLocalFile());
    EXPECT_EQ(QFileInfo(local.toLocalFile()).fileName(), u"user-guide.md"_s);
    EXPECT_TRUE(local.toLocalFile().endsWith(u"share/doc/chrysalis/user-guide.md"_s));
}

} // namespace
} // namespace Chrysalis
