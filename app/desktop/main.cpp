#include "core/version.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"chrysalis"_s);
    QCoreApplication::setOrganizationName(u"Chrysalis"_s);
    QCoreApplication::setApplicationVersion(Chrysalis::versionString());
}

// Handles --help and --version without a display: they are answered before any window system
// is touched, so they work on a headless machine.
void processCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Chrysalis: refereed annotation work, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
}

} // namespace

int main(int argc, char **argv)
{
    processCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Chrysalis"_s);
    Chrysalis::applyTheme(app, Chrysalis::ThemeChoice::System);

    QMainWindow window;
    auto *welcome = new QLabel(QApplication::translate("main", "Welcome to Chrysalis."), &window);
    welcome->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(welcome);
    window.statusBar()->showMessage(QApplication::translate("main", "Not connected"));
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
