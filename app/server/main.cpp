#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chrysalis-server"_s);
    QCoreApplication::setOrganizationName(u"Chrysalis"_s);
    QCoreApplication::setApplicationVersion(Chrysalis::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Chrysalis marketplace server"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
