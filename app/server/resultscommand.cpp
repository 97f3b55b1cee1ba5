#include "app/server/resultscommand.h"

#include "core/io/resultsexport.h"
#include "core/market/resultsqueries.h"
#include "core/market/schema.h"
#include "core/store/database.h"
#include "core/store/databaseconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

QString usage()
{
    return u"usage: chrysalis-server results export [--db URL] --task ID --format csv|jsonl|labelstudio\n"
           "                                        [--answers] [--spreadsheet-safe] [--output FILE]\n"
           "\n"
           "Writes the results of one task from the marketplace database. By default one row per answered\n"
           "item: the final label under the aggregation the task's revision names (majority vote on its\n"
           "first single-choice or rating field when it names none), its confidence, the method, how many\n"
           "answers it rests on and whether it was single, unanimous, aggregated or decided by a panel.\n"
           "\n"
           "  --db URL            sqlite:PATH or postgres://USER:PASS@HOST:PORT/DB (default: the embedded\n"
           "                      SQLite file of `serve`)\n"
           "  --task ID           the task\n"
           "  --format F          csv, jsonl or labelstudio (Label Studio's JSON task list)\n"
           "  --answers           every answer with its provenance instead of one row per item\n"
           "  --spreadsheet-safe  CSV: write cells a spreadsheet would run as formulas with a leading '\n"
           "  --output FILE       write FILE (whole or not at all) instead of standard output\n"_s;
}

int usageError(QTextStream &err, const QString &message)
{
    err << u"results: "_s << message << u"\n\n"_s << usage();
    return kExitUsage;
}

int failure(QTextStream &err, const QString &message)
{
    err << u"results: "_s << message << u'\n';
    return kExitFailed;
}

Result<DatabaseConfig> databaseConfig(const QString &url)
{
    if (!url.isEmpty())
        return DatabaseConfig::parse(url);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return DatabaseConfig::sqlite(QDir(folder).filePath(u"marketplace.db"_s));
}

} // namespace

int runResultsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        if (arguments.isEmpty())
            return usageError(err, u"no action given"_s);
        out << usage();
        return kExitOk;
    }
    if (arguments.first() != u"export")
        return usageError(err, u"unknown action %1"_s.arg(arguments.first()));

    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, QString(), u"url"_s);
    const QCommandLineOption task(u"task"_s, QString(), u"id"_s);
    const QCommandLineOption format(u"format"_s, QString(), u"format"_s);
    const QCommandLineOption answers(u"answers"_s);
    const QCommandLineOption spreadsheetSafe(u"spreadsheet-safe"_s);
    const QCommandLineOption output(u"output"_s, QString(), u"file"_s);
    const QCommandLineOption help(u"help"_s);
    parser.addOptions({db, task, format, answers, spreadsheetSafe, output, help});
    if (!parser.parse(QStringList{u"chrysalis-server results export"_s} + arguments.mid(1)))
        return usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        out << usage();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));
    for (const QCommandLineOption &option : {db, task, format, output}) {
        if (parser.values(option).size() > 1)
            return usageError(err, u"option --%1 is given twice"_s.arg(option.names().first()));
    }
    if (!parser.isSet(task) || parser.value(task).trimmed().isEmpty())
        return usageError(err, u"export needs --task ID"_s);
    if (!parser.isSet(format))
        return usageError(err, u"export needs --format csv, jsonl or labelstudio"_s);
    const Result<ResultsFormat> chosen = parseResultsFormat(parser.value(format));
    if (!chosen)
        return usageError(err, chosen.error().message);
    if (parser.isSet(spreadsheetSafe) && *chosen != ResultsFormat::Csv)
        return usageError(err, u"--spreadsheet-safe applies to CSV only"_s);

    const Result<DatabaseConfig> config = databaseConfig(parser.value(db));
    if (!config)
        return usageError(err, config.error().message);
    // An export never creates a marketplace: opening a missing SQLite file would make an empty one.
    if (config->driver == DatabaseConfig::Driver::Sqlite && !config->isInMemory() && !QFileInfo::exists(config->path))
        return failure(err, u"no marketplace database at %1"_s.arg(config->path));
    const auto database = Database::open(*config, serverMigrations());
    if (!database)
        return failure(err, database.error().message);

    const Result<ResultsSource> source = ResultsQueries(**database).taskResults(parser.value(task).trimmed());
    if (!source)
        return failure(err, source.error().message);
    ResultsExportOptions options;
    options.scope = parser.isSet(answers) ? ResultsScope::PerAnswer : ResultsScope::PerItem;
    options.format = *chosen;
    options.cells = parser.isSet(spreadsheetSafe) ? CsvCells::SpreadsheetSafe : CsvCells::Exact;
    const Result<QByteArray> bytes = exportResults(*source, options);
    if (!bytes)
        return failure(err, u"task %1: %2"_s.arg(source->taskId, bytes.error().message));

    if (!parser.isSet(output)) {
        out << QString::fromUtf8(*bytes);
        out.flush();
        return kExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return failure(err, u"cannot write %1: %2"_s.arg(parser.value(output), file.errorString()));
    return kExitOk;
}

} // namespace Chrysalis
