// The Preferences dialog, offscreen: every section loads and saves real settings (an INI file in a
// temporary folder, never the user's), shortcuts rebound on a main window signed in to the demo
// marketplace, the theme switch, and compacting a real SQLite file.
#include "core/policy/policy.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/work/clientsettings.h"
#include "core/work/localdatafiles.h"
#include "tests/support/qtprinters.h"
#include "tests/ui/support/demosession.h"
#include "tests/ui/support/screenshot.h"
#include "ui/help/shortcutsheet.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/preferencessections.h"
#include "ui/preferences/shortcutregistry.h"
#include "ui/profile/profilepage.h"
#include "ui/session/session.h"
#include "ui/session/signindialog.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

constexpr int kWaitMs = 30000;

// Settings in a temporary folder: QSettings() of the code under test reads and writes an INI there.
class PreferencesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"ChrysalisPreferencesTests"_s);
        QCoreApplication::setApplicationName(u"preferences_test"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        applyTheme(*qApp, ThemeChoice::Light);
    }
    void TearDown() override { applyTheme(*qApp, ThemeChoice::Light); }

    QString iniPath() const { return m_dir.filePath(u"prefs.ini"_s); }

    QTemporaryDir m_dir;
};

TEST_F(PreferencesTest, OpensWithEverySectionAndRemembersItsSize)
{
    ClientSettings settings(iniPath());
    {
        PreferencesDialog dialog(settings, {});
        EXPECT_EQ(dialog.sectionIds(), (QStringList{u"servers"_s, u"language"_s, u"appearance"_s, u"keyboard"_s,
                                                    u"offline"_s, u"content"_s, u"data"_s}));
        EXPECT_TRUE(dialog.showSection(u"data"_s));
        EXPECT_EQ(dialog.currentSectionId(), u"data"_s);
        EXPECT_FALSE(dialog.showSection(u"nothing"_s));
        dialog.show();
        dialog.resize(900, 640);
        dialog.reject();
    }
    PreferencesDialog again(settings, {});
    EXPECT_EQ(again.size(), QSize(900, 640));
}

TEST_F(PreferencesTest, ServersAreSavedAndAnInvalidAddressIsRefusedWithAMessage)
{
    ClientSettings settings(iniPath());
    PreferencesDialog dialog(settings, {});
    auto *servers = dialog.section<ServersSection>();
    ASSERT_NE(servers, nullptr);
    dialog.showSection(u"servers"_s);
    dialog.show();
    EXPECT_EQ(servers->profileList()->count(), 0);

    QTest::mouseClick(servers->addButton(), Qt::LeftButton);
    ASSERT_EQ(servers->profileList()->count(), 1);
    servers->nameEdit()->clear();
    QTest::keyClicks(servers->nameEdit(), u"Team"_s);
    QTest::keyClicks(servers->urlEdit(), u"ftp://team.example.org"_s);
    EXPECT_TRUE(servers->urlMessage()->isVisible());
    EXPECT_TRUE(servers->urlMessage()->text().contains(u"http"_s)) << servers->urlMessage()->text().toStdString();
    EXPECT_EQ(servers->profileList()->item(0)->text(), u"Team"_s);

    const Status refused = dialog.apply();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(dialog.message()->isVisible());
    EXPECT_TRUE(settings.serverProfiles().isEmpty());

    servers->urlEdit()->clear();
    QTest::keyClicks(servers->urlEdit(), u"https://team.example.org/"_s);
    EXPECT_FALSE(servers->urlMessage()->isVisible());
    QTest::keyClicks(servers->userEdit(), u"bob"_s);
    servers->defaultBox()->setChecked(true);
    Testing::saveShot(dialog, u"preferences-servers-light"_s);
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_FALSE(dialog.message()->isVisible());
    EXPECT_EQ(ClientSettings(iniPath()).serverProfiles(),
              (QList<ServerProfile>{{u"Team"_s, u"https://team.example.org"_s, u"bob"_s}}));
    EXPECT_EQ(ClientSettings(iniPath()).defaultServerProfile(), u"Team"_s);

    // Removing the default leaves no default.
    QTest::mouseClick(servers->removeButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_TRUE(settings.serverProfiles().isEmpty());
    EXPECT_TRUE(settings.defaultServerProfile().isEmpty());
}

TEST_F(PreferencesTest, SignInOffersTheSavedServersStartingWithTheDefault)
{
    ClientSettings settings; // the application's settings, as the sign-in dialog reads them
    ASSERT_TRUE(settings.setServerProfiles({{u"Team"_s, u"https://team.example.org"_s, u"bob"_s},
                                            {u"Lab"_s, u"http://lab.example.org:8080"_s, u"sam"_s}})
                        .ok());
    settings.setDefaultServerProfile(u"Lab"_s);
    settings.sync();
    Session session(m_dir.filePath(u"data"_s));
    SignInDialog dialog(session);
    EXPECT_EQ(dialog.savedServers()->count(), 3);
    EXPECT_EQ(dialog.serverEdit()->text(), u"http://lab.example.org:8080"_s);
    EXPECT_EQ(dialog.userEdit()->text(), u"sam"_s);
    dialog.savedServers()->setCurrentIndex(1);
    EXPECT_EQ(dialog.serverEdit()->text(), u"https://team.example.org"_s);
    EXPECT_EQ(dialog.userEdit()->text(), u"bob"_s);
}

TEST_F(PreferencesTest, LanguageIsSavedForTheNextStartWithAnExampleInItsFormats)
{
    ClientSettings settings(iniPath());
    PreferencesDialog dialog(settings, {});
    auto *language = dialog.section<LanguageSection>();
    ASSERT_NE(language, nullptr);
    QComboBox *box = language->languageBox();
    EXPECT_EQ(box->currentIndex(), 0); // the system's
    EXPECT_EQ(box->itemText(2), u"Deutsch"_s);
    EXPECT_EQ(box->itemText(3), u"Español"_s);
    box->setCurrentIndex(box->findData(u"de"_s));
    // German writes the decimal comma and the day first.
    EXPECT_TRUE(language->example()->text().contains(u"1.234.567,5"_s)) << language->example()->text().toStdString();
    EXPECT_TRUE(language->example()->text().contains(u"23.11.26"_s)) << language->example()->text().toStdString();
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_EQ(ClientSettings(iniPath()).language(), u"de"_s);
    box->setCurrentIndex(0);
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_TRUE(ClientSettings(iniPath()).language().isEmpty());
}

TEST_F(PreferencesTest, TheThemeSwitchChangesThePaletteAtOnce)
{
    ClientSettings settings(iniPath());
    PreferencesDialog dialog(settings, {});
    auto *appearance = dialog.section<AppearanceSection>();
    ASSERT_NE(appearance, nullptr);
    EXPECT_TRUE(appearance->button(u"system"_s)->isChecked());
    appearance->button(u"dark"_s)->click();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    EXPECT_EQ(ClientSettings(iniPath()).theme(), u"dark"_s);
    appearance->button(u"light"_s)->click();
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    EXPECT_EQ(ClientSettings(iniPath()).theme(), u"light"_s);
}

TEST_F(PreferencesTest, OfflineBatchSizeStaysWithinTheLeasePolicy)
{
    ClientSettings settings(iniPath());
    PreferencesDialog dialog(settings, {});
    auto *offline = dialog.section<OfflineSection>();
    ASSERT_NE(offline, nullptr);
    QSpinBox *batch = offline->batchSize();
    EXPECT_EQ(batch->value(), LeasePolicy{}.defaultClaim);
    EXPECT_EQ(batch->minimum(), 1);
    EXPECT_EQ(batch->maximum(), LeasePolicy{}.maxClaim);
    batch->setValue(501);
    EXPECT_EQ(batch->value(), 500);
    batch->setValue(0);
    EXPECT_EQ(batch->value(), 1);
    batch->setValue(120);
    ASSERT_TRUE(dialog.apply().ok());
    EXPECT_EQ(ClientSettings(iniPath()).claimBatchSize(50, 500), 120);
}

TEST_F(PreferencesTest, DataListsTheDatabasesAndVacuumShrinksThemAfterDeletes)
{
    const QString data = m_dir.filePath(u"data"_s);
    ASSERT_TRUE(QDir().mkpath(data + u"/accounts"_s));
    const QString path = data + u"/accounts/worker.db"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, body TEXT)"_s));
        ASSERT_TRUE(db.transaction());
        ASSERT_TRUE(query.prepare(u"INSERT INTO item (body) VALUES (?)"_s));
        for (int i = 0; i < 400; ++i) {
            query.addBindValue(QString(2048, u'x'));
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(db.commit());
        ASSERT_TRUE(query.exec(u"DELETE FROM item"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fill"_s);
    const qint64 before = databaseBytes(path);

    ClientSettings settings(iniPath());
    PreferencesDialog dialog(settings, {nullptr, nullptr, nullptr, data});
    auto *section = dialog.section<DataSection>();
    ASSERT_NE(section, nullptr);
    ASSERT_EQ(section->table()->rowCount(), 1);
    EXPECT_EQ(section->table()->item(0, 0)->text(), u"accounts/worker.db"_s);
    EXPECT_EQ(section->table()->item(0, 2)->text(), QLocale().formattedDataSize(before));

    QSignalSpy finished(section, &DataSection::vacuumFinished);
    QTest::mouseClick(section->vacuumButton(), Qt::LeftButton);
    EXPECT_TRUE(section->isVacuuming() || finished.count() == 1);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(kWaitMs));
    EXPECT_FALSE(section->isVacuuming());
    const qint64 after = databaseBytes(path);
    EXPECT_LT(after, before / 10);
    EXPECT_TRUE(section->result()->text().contains(QLocale().formattedDataSize(before - after)))
            << section->result()->text().toStdString();
    EXPECT_EQ(section->table()->item(0, 2)->text(), QLocale().formattedDataSize(after));
}

// A bronze worker signed in to the demo marketplace, in a main window with the standard pages.
class PreferencesWindowTest : public PreferencesTest
{
protected:
    void SetUp() override
    {
        PreferencesTest::SetUp();
        m_session = std::make_unique<Session>(m_dir.filePath(u"data"_s));
        const Status signedIn = Testing::signInLocally(*m_session, u"bob"_s);
        ASSERT_TRUE(signedIn.ok()) << signedIn.error().message.toStdString();
    }

    bool syncOnce() { return Testing::syncOnce(*m_session->engine()).ok(); }

    static QAction *submitAction(MainWindow &window)
    {
        for (const RegisteredShortcut &shortcut : ShortcutRegistry::collect(window)) {
            if (shortcut.pageId == u"work" && shortcut.description == u"Submit the answer")
                return shortcut.action;
        }
        return nullptr;
    }

    std::unique_ptr<Session> m_session;
};

TEST_F(PreferencesWindowTest, RebindingAShortcutChangesTheActionTheTooltipAndTheCheatSheetAndPersists)
{
    auto window = std::make_unique<MainWindow>(*m_session);
    window->addStandardPages();
    window->resize(1100, 720);
    window->show();
    QAction *submit = submitAction(*window);
    ASSERT_NE(submit, nullptr);
    const QList<QKeySequence> original{QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
    EXPECT_EQ(submit->shortcuts(), original);

    PreferencesDialog *dialog = window->showPreferences(u"keyboard"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->currentSectionId(), u"keyboard"_s);
    auto *keyboard = dialog->section<KeyboardSection>();
    const QString id = u"work/"_s + original.constFirst().toString(QKeySequence::PortableText);
    // The filter narrows the table to matching rows.
    keyboard->filterEdit()->setText(u"submit the"_s);
    int shown = 0;
    for (int row = 0; row < keyboard->table()->rowCount(); ++row)
        shown += keyboard->table()->isRowHidden(row) ? 0 : 1;
    EXPECT_GE(shown, 1);
    EXPECT_LT(shown, keyboard->table()->rowCount());
    ASSERT_TRUE(keyboard->selectShortcut(id));

    // Ctrl+1 opens the first page everywhere: refused, naming that action.
    const Status conflict = keyboard->rebindSelected(QKeySequence(Qt::CTRL | Qt::Key_1));
    ASSERT_FALSE(conflict.ok());
    EXPECT_TRUE(keyboard->keyMessage()->text().contains(u"Go to Task queue"_s))
            << keyboard->keyMessage()->text().toStdString();
    EXPECT_EQ(keyboard->pendingKeys(id), original);
    // Ctrl+J is the queue's, another page: free here.
    keyboard->filterEdit()->clear();
    ASSERT_TRUE(keyboard->selectShortcut(id));
    ASSERT_TRUE(keyboard->rebindSelected(QKeySequence(Qt::CTRL | Qt::Key_J)).ok());
    EXPECT_EQ(keyboard->pendingKeys(id), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_J)});

    // A worker presses the new keys in the key editor.
    QSignalSpy finished(keyboard->keyEdit(), &QKeySequenceEdit::editingFinished);
    keyboard->keyEdit()->setFocus();
    QTest::keyClick(keyboard->keyEdit(), Qt::Key_F7);
    ASSERT_TRUE(finished.count() > 0 || finished.wait(5000));
    EXPECT_EQ(keyboard->pendingKeys(id), QList<QKeySequence>{QKeySequence(Qt::Key_F7)});
    EXPECT_EQ(submit->shortcuts(), original); // not before Apply
    Testing::saveShot(*dialog, u"preferences-keyboard-light"_s);
    ASSERT_TRUE(dialog->apply().ok());

    EXPECT_EQ(submit->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_F7)});
    QWidget *workPage = window->page(u"work"_s);
    QPushButton *submitButton = nullptr;
    for (QPushButton *button : workPage->findChildren<QPushButton *>()) {
        if (button->toolTip().startsWith(u"Submit the answer"_s))
            submitButton = button;
    }
    ASSERT_NE(submitButton, nullptr);
    EXPECT_EQ(submitButton->toolTip(), u"Submit the answer (F7)"_s);
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    ShortcutSheet *sheet = window->showShortcutSheet();
    EXPECT_TRUE(sheet->shownRows(u"Answer items"_s).contains(u"Submit the answer\tF7"_s))
            << sheet->shownRows(u"Answer items"_s).join(u" | "_s).toStdString();
    sheet->close();
    EXPECT_EQ(ClientSettings().shortcutOverrides().value(id), QStringList{u"F7"_s});

    // A new window takes the saved keys; Reset all gives the original ones back.
    window.reset();
    window = std::make_unique<MainWindow>(*m_session);
    window->addStandardPages();
    submit = submitAction(*window);
    ASSERT_NE(submit, nullptr);
    EXPECT_EQ(submit->shortcut(), QKeySequence(Qt::Key_F7));
    dialog = window->showPreferences(u"keyboard"_s);
    keyboard = dialog->section<KeyboardSection>();
    keyboard->resetAll();
    EXPECT_EQ(keyboard->pendingKeys(id), original);
    ASSERT_TRUE(dialog->apply().ok());
    EXPECT_EQ(submit->shortcuts(), original);
    EXPECT_FALSE(ClientSettings().shortcutOverrides().contains(id));
}

TEST_F(PreferencesWindowTest, MenuKeysAreRefusedOnEveryPageAndShowInTheMenu)
{
    MainWindow window(*m_session);
    window.addStandardPages();
    PreferencesDialog *dialog = window.showPreferences(u"keyboard"_s);
    auto *keyboard = dialog->section<KeyboardSection>();
    ASSERT_TRUE(keyboard->selectShortcut(u"syncNow"_s));
    // The queue's Ctrl+J would answer on the queue page too.
    EXPECT_FALSE(keyboard->rebindSelected(QKeySequence(Qt::CTRL | Qt::Key_J)).ok());
    EXPECT_TRUE(keyboard->keyMessage()->text().contains(u"Go to the task list"_s))
            << keyboard->keyMessage()->text().toStdString();
    ASSERT_TRUE(keyboard->rebindSelected(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)).ok());
    ASSERT_TRUE(dialog->apply().ok());
    auto *sync = window.findChild<QAction *>(u"syncNow"_s);
    ASSERT_NE(sync, nullptr);
    EXPECT_EQ(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // No key at all is allowed, and stays so.
    ASSERT_TRUE(keyboard->selectShortcut(u"syncNow"_s));
    ASSERT_TRUE(keyboard->rebindSelected(QKeySequence()).ok());
    ASSERT_TRUE(dialog->apply().ok());
    EXPECT_TRUE(sync->shortcuts().isEmpty());
    EXPECT_EQ(ClientSettings().shortcutOverrides().value(u"syncNow"_s), QStringList());
}

TEST_F(PreferencesWindowTest, ContentOptInsAndLimitsAreQueuedAsAProfileUpdate)
{
    ASSERT_TRUE(syncOnce());
    MainWindow window(*m_session);
    window.addStandardPages();
    PreferencesDialog *dialog = window.showPreferences(u"content"_s);
    auto *content = dialog->section<ContentSection>();
    ASSERT_NE(content, nullptr);
    QTableWidget *table = content->table();
    // bob's tasks carry no content warning: the worker opts in ahead of time.
    const int rowsBefore = table->rowCount();
    for (const QString &name : {u"customer complaints"_s, u"medical images"_s}) {
        content->newCategoryEdit()->setText(name);
        QTest::mouseClick(content->addButton(), Qt::LeftButton);
    }
    ASSERT_EQ(table->rowCount(), rowsBefore + 2);
    const int complaints = rowsBefore;
    EXPECT_EQ(table->item(complaints, 0)->text(), u"customer complaints"_s);
    auto *box = table->cellWidget(complaints, 1)->findChild<QCheckBox *>();
    auto *limit = qobject_cast<QSpinBox *>(table->cellWidget(complaints, 2));
    ASSERT_TRUE(box && limit);
    EXPECT_TRUE(box->isChecked());
    EXPECT_TRUE(limit->isEnabled());
    EXPECT_EQ(limit->text(), u"No limit"_s);
    box->setChecked(false);
    EXPECT_FALSE(limit->isEnabled());
    box->setChecked(true);
    limit->setValue(40);
    // Adding a listed category again adds no row.
    content->newCategoryEdit()->setText(u"Customer Complaints"_s);
    QTest::mouseClick(content->addButton(), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), rowsBefore + 2);
    ASSERT_TRUE(dialog->apply().ok());

    auto queued = m_session->store()->entriesNamed(u"profile.update@1"_s);
    ASSERT_TRUE(queued.ok());
    ASSERT_EQ(queued->size(), 1);
    const QJsonObject args = queued->constFirst().args;
    EXPECT_EQ(args.value(u"content_opt_ins"_s).toArray().size(), 2);
    EXPECT_EQ(args.value(u"limits"_s).toObject().value(u"customer complaints"_s).toInt(), 40);
    EXPECT_FALSE(args.contains(u"skills"_s));

    // The marketplace takes it, and the next load shows it.
    ASSERT_TRUE(syncOnce());
    ContentPreferencesStore preferences(*m_session->store(), *m_session->engine());
    EXPECT_EQ(preferences.load().dailyLimits.value(u"customer complaints"_s), 40);
    EXPECT_TRUE(preferences.load().optIns.contains(u"medical images"_s));
    content->load();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == u"customer complaints") {
            EXPECT_EQ(qobject_cast<QSpinBox *>(table->cellWidget(row, 2))->value(), 40);
        }
    }

    // The profile page points here instead of editing the list itself.
    auto *profile = qobject_cast<ProfilePage *>(window.page(u"profile"_s));
    ASSERT_NE(profile, nullptr);
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_EQ(window.findChild<PreferencesDialog *>(), nullptr);
    QTest::mouseClick(profile->contentButton(), Qt::LeftButton);
    auto *opened = window.findChild<PreferencesDialog *>();
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->currentSectionId(), u"content"_s);
}

TEST_F(PreferencesWindowTest, TheClaimStartsAtTheOfflineBatchSize)
{
    ClientSettings().setClaimBatchSize(7);
    MainWindow window(*m_session);
    window.addStandardPages();
    QSpinBox *claim = nullptr;
    for (QSpinBox *spin : window.page(u"queue"_s)->findChildren<QSpinBox *>()) {
        if (spin->accessibleName() == u"Items to claim")
            claim = spin;
    }
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->value(), 7);
    PreferencesDialog *dialog = window.showPreferences(u"offline"_s);
    dialog->section<OfflineSection>()->batchSize()->setValue(12);
    ASSERT_TRUE(dialog->apply().ok());
    EXPECT_EQ(claim->value(), 12);
}

// Every section at the default size, light and dark, for a person to look at.
TEST_F(PreferencesWindowTest, ScreenshotsOfEverySection)
{
    if (qEnvironmentVariableIsEmpty("CHRYSALIS_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set CHRYSALIS_SCREENSHOT_DIR to take them";
    ASSERT_TRUE(syncOnce());
    ASSERT_TRUE(ClientSettings()
                        .setServerProfiles({{u"Team marketplace"_s, u"https://market.example.org"_s, u"bob"_s},
                                            {u"Lab"_s, u"http://lab.example.org:8080"_s, QString()}})
                        .ok());
    ClientSettings().setDefaultServerProfile(u"Team marketplace"_s);
    MainWindow window(*m_session);
    window.addStandardPages();
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        applyTheme(*qApp, theme);
        PreferencesDialog *dialog = window.showPreferences();
        dialog->resize(820, 580);
        auto *keyboard = dialog->section<KeyboardSection>();
        ASSERT_TRUE(keyboard->selectShortcut(u"syncNow"_s));
        EXPECT_FALSE(keyboard->rebindSelected(QKeySequence(Qt::CTRL | Qt::Key_J)).ok());
        auto *content = dialog->section<ContentSection>();
        content->addCategory(u"customer complaints"_s);
        content->addCategory(u"medical images"_s);
        for (const QString &id : dialog->sectionIds()) {
            dialog->showSection(id);
            QCoreApplication::processEvents();
            Testing::saveShot(*dialog,
                              u"preferences-%1-%2"_s.arg(id, theme == ThemeChoice::Dark ? u"dark"_s : u"light"_s));
        }
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

} // namespace
} // namespace Chrysalis
