#include "app/server/commands.h"
#include "app/server/labelstudiocommand.h"
#include "app/server/qualitycommand.h"
#include "app/server/resultscommand.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const char kUsage[] = R"(usage: chrysalis-server COMMAND [OPTIONS]

commands:
  serve [--db URL] [--listen HOST:PORT] [--policy FILE] [--tls-cert F --tls-key F] [--demo]
                                  serve the marketplace over HTTP
  admin [--db URL] ACTION …       add-user, fund, reinstate, demo, ledger-check
  quality aggregate|agreement …   truth inference and agreement metrics on files
  labelstudio convert-config|import-tasks|export-config …
                                  move labeling configs and task files to and from Label Studio
  results export --task ID --format csv|jsonl|labelstudio …
                                  a task's results (per item or per answer) from the database
  COMMAND --help                  the options of one command
  --version                       print the version
  --help                          print this help
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chrysalis-server"_s);
    QCoreApplication::setOrganizationName(u"Chrysalis"_s);
    QCoreApplication::setApplicationVersion(Chrysalis::versionString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == u"--version" || command == u"-v") {
        out << "chrysalis-server " << Chrysalis::versionString() << Qt::endl;
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        out << kUsage;
        return 0;
    }
    if (command == u"serve")
        return Chrysalis::runServeCommand(arguments, out, err);
    if (command == u"admin")
        return Chrysalis::runAdminCommand(arguments, out, err);
    if (command == u"quality")
        return Chrysalis::runQualityCommand(arguments, out, err);
    if (command == u"labelstudio")
        return Chrysalis::runLabelStudioCommand(arguments, out, err);
    if (command == u"results")
        return Chrysalis::runResultsCommand(arguments, out, err);
    err << (command.isEmpty() ? u"no command given"_s : u"unknown command: "_s + command) << "\n\n" << kUsage;
    return 2;
}
