#include "core/sync/syncengine.h"
#include "core/sync/taskqueuemodel.h"
#include "core/version.h"
#include "core/work/clientsettings.h"
#include "ui/mainwindow/clienttranslations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepage.h"
#include "ui/session/session.h"
#include "ui/session/signindialog.h"
#include "ui/session/tokenvault.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using namespace Chrysalis;

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"chrysalis"_s);
    QCoreApplication::setOrganizationName(u"Chrysalis"_s);
    QCoreApplication::setApplicationVersion(Chrysalis::versionString());
}

// The desktop entry, AppStream metadata and icon share the app id; the window icon is embedded.
void setDesktopIdentity()
{
    const QString appId = QString::fromLatin1(CHRYSALIS_APP_ID);
    QGuiApplication::setDesktopFileName(appId);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/%1x%1/apps/%2.png"_s.arg(size).arg(appId), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

struct Options {
    bool demo = false;
    QString user = u"bob"_s;
    QString screenshot;
    bool everyPage = false;
    bool noTour = false;
    QString page;
    QString dataDirectory;
    bool dataDirectoryGiven = false;
    bool themeGiven = false;
    ThemeChoice theme = ThemeChoice::System;
};

// Reads the command line; --help and --version are answered before any window system is touched,
// so they work on a headless machine.
Options processCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // --help speaks the system's language: the one chosen in Preferences is only known once the data
    // folder, and with it the settings, is.
    installClientTranslations(app, QLocale());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "Chrysalis::CommandLine", "Chrysalis: refereed annotation work, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  QCoreApplication::translate("Chrysalis::CommandLine",
                                                              "Start on the embedded demo marketplace, signed in."));
    const QCommandLineOption user(
            u"user"_s,
            QCoreApplication::translate("Chrysalis::CommandLine", "The demo account for --demo (default bob)."),
            u"name"_s, u"bob"_s);
    const QCommandLineOption screenshot(
            u"screenshot"_s,
            QCoreApplication::translate("Chrysalis::CommandLine",
                                        "Render the main window to a PNG once the first sync finished, "
                                        "then exit."),
            u"path"_s);
    const QCommandLineOption everyPage(u"every-page"_s,
                                       QCoreApplication::translate("Chrysalis::CommandLine",
                                                                   "With --screenshot: also one PNG per page, "
                                                                   "named PATH-<page>.png."));
    const QCommandLineOption page(
            u"page"_s, QCoreApplication::translate("Chrysalis::CommandLine", "The page to show first."), u"id"_s);
    const QCommandLineOption dataDirectory(
            u"data-dir"_s, QCoreApplication::translate("Chrysalis::CommandLine", "Where local databases are kept."),
            u"dir"_s);
    const QCommandLineOption theme(u"theme"_s,
                                   QCoreApplication::translate("Chrysalis::CommandLine", "light, dark or system."),
                                   u"theme"_s, u"system"_s);
    const QCommandLineOption noTour(
            u"no-tour"_s, QCoreApplication::translate("Chrysalis::CommandLine",
                                                      "Do not show the first-run tour (screenshot runs never do)."));
    parser.addOptions({demo, user, screenshot, everyPage, page, dataDirectory, theme, noTour});
    parser.process(app);

    Options options;
    options.demo = parser.isSet(demo);
    options.user = parser.value(user);
    options.screenshot = parser.value(screenshot);
    options.everyPage = parser.isSet(everyPage);
    options.noTour = parser.isSet(noTour);
    options.page = parser.value(page);
    options.dataDirectoryGiven = parser.isSet(dataDirectory);
    options.dataDirectory = parser.isSet(dataDirectory)
                                    ? QFileInfo(parser.value(dataDirectory)).absoluteFilePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    options.theme = themeChoiceFromName(parser.value(theme));
    options.themeGiven = parser.isSet(theme);
    return options;
}

bool savePng(QWidget &widget, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool saved = widget.grab().save(path, "PNG");
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "screenshot" : "cannot write", qPrintable(path));
    return saved;
}

// --screenshot: the current page (and with --every-page each page) once the first sync is done.
bool takeScreenshots(MainWindow &window, const Options &options)
{
    bool ok = true;
    const auto selectFirstTask = [&window] {
        if (auto *queue = qobject_cast<QueuePage *>(window.page(u"queue"_s)); queue && queue->queueModel()->rowCount())
            queue->queueView()->selectRow(0);
    };
    selectFirstTask();
    ok = savePng(window, options.screenshot) && ok;
    if (options.everyPage) {
        const QFileInfo base(options.screenshot);
        for (const QString &id : window.pageIds()) {
            window.showPage(id);
            QCoreApplication::processEvents();
            ok = savePng(window, base.dir().filePath(u"%1-%2.png"_s.arg(base.completeBaseName(), id))) && ok;
        }
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = processCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Chrysalis"_s);
    setDesktopIdentity();

    if (options.dataDirectoryGiven) {
        // A data folder of its own (tests, screenshots) keeps its settings there too.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, options.dataDirectory);
    }
    // The language chosen in Preferences, else the system's; dates and numbers follow it.
    const ClientSettings preferences;
    if (const QString language = preferences.language(); !language.isEmpty())
        QLocale::setDefault(ClientSettings::localeFor(language));
    installClientTranslations(app, QLocale());
    applyTheme(app, options.themeGiven ? options.theme : themeChoiceFromName(preferences.theme()));
    Session session(options.dataDirectory);
    TokenVault vault;
    std::unique_ptr<MainWindow> window;
    QObject::connect(&session, &Session::tokenChanged, &vault, [&](const QString &token) {
        if (session.isLocal())
            return;
        vault.store(TokenVault::keyFor(session.server().toString(), session.username()), token,
                    [&](const Status &status) {
                        if (!status && window)
                            window->statusBar()->showMessage(status.error().message, 15000);
                    });
    });

    std::function<bool()> askToSignIn;
    const auto openWindow = [&] {
        window = std::make_unique<MainWindow>(session);
        QObject::connect(window.get(), &MainWindow::switchAccountRequested, &app, [&] {
            // Out of the window's own signal before it goes.
            QTimer::singleShot(0, &app, [&] {
                window->close();
                window.reset();
                session.signOut([] {});
                if (!askToSignIn())
                    QCoreApplication::exit(0);
            });
        });
        window->addStandardPages();
        window->restoreLayout();
        window->setFirstRunTour(!options.noTour && options.screenshot.isEmpty());
        if (!options.page.isEmpty())
            window->showPage(options.page);
        else if (!options.screenshot.isEmpty())
            window->showPage(u"queue"_s);
        if (!options.screenshot.isEmpty()) {
            window->resize(1280, 800);
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(session.engine(), &SyncEngine::syncFinished, &app,
                                     [&, once](const SyncReport &report) {
                                         QObject::disconnect(*once);
                                         if (!report.ok())
                                             std::fprintf(stderr, "first sync failed: %s\n",
                                                          qPrintable(report.errors.constFirst().describe()));
                                         // Let the pages lay out what the sync brought.
                                         QTimer::singleShot(300, &app, [&, ok = report.ok()] {
                                             const bool saved = takeScreenshots(*window, options);
                                             QCoreApplication::exit(saved && ok ? 0 : 1);
                                         });
                                     });
        }
        window->show();
        session.engine()->syncNow();
    };
    askToSignIn = [&] {
        SignInDialog dialog(session);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        openWindow();
        return true;
    };
    const auto signInFailed = [&](const Status &status) {
        std::fprintf(stderr, "chrysalis: %s\n", qPrintable(status.error().message));
        QCoreApplication::exit(1);
    };

    if (options.demo) {
        // From the event loop, so a failure that is known at once can still end it.
        QTimer::singleShot(0, &app, [&] {
            session.signInLocally(options.user, [&](const Status &status) {
                if (!status) {
                    signInFailed(status);
                    return;
                }
                openWindow();
            });
        });
        const int code = app.exec();
        window.reset();
        return code;
    }

    QSettings settings;
    const QString server = settings.value(u"signin/server"_s).toString();
    const QString user = settings.value(u"signin/user"_s).toString();
    if (!settings.value(u"signin/local"_s).toBool() && !server.isEmpty() && !user.isEmpty()) {
        // A saved sign-in: straight to work, the keychain's token checked by the first sync.
        vault.load(TokenVault::keyFor(server, user), [&](const Result<QString> &token) {
            if (token && session.resume(QUrl(server), user, *token)) {
                openWindow();
                return;
            }
            if (!askToSignIn())
                QCoreApplication::exit(0);
        });
    } else {
        QTimer::singleShot(0, &app, [&] {
            if (!askToSignIn())
                QCoreApplication::exit(0);
        });
    }
    QObject::connect(&app, &QApplication::aboutToQuit, [&] { window.reset(); });
    return app.exec();
}
