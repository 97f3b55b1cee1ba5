#include "app/server/labelstudiocommand.h"

#include "core/io/labelstudio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadFile = 1;
constexpr int kExitUsage = 2;

QString usage()
{
    return u"usage:\n"
           "  chrysalis-server labelstudio convert-config CONFIG\n"
           "  chrysalis-server labelstudio import-tasks TASKS --output FILE\n"
           "  chrysalis-server labelstudio export-config FORM --show KEY[,KEY...]\n"
           "\n"
           "convert-config reads a Label Studio labeling config (its XML, or a template with a config:\n"
           "key) and prints the Chrysalis answer form as JSON; when the config has tags Chrysalis\n"
           "cannot take (Ranker, Image, per-region answers, ...) it lists them and exits with 1.\n"
           "import-tasks reads a Label Studio task file (a task list, a single task or bare data\n"
           "objects) and writes the data of each task as one JSON line, the item file the client imports.\n"
           "export-config reads a Chrysalis answer form (its JSON) and prints the Label Studio labeling\n"
           "config that shows the given keys of the item data and asks for the same fields; a pairwise\n"
           "field compares the last two keys.\n"_s;
}

int usageError(QTextStream &err, const QString &message)
{
    err << u"labelstudio: "_s << message << u"\n\n"_s << usage();
    return kExitUsage;
}

int fileError(QTextStream &err, const QString &path, const Error &error)
{
    err << u"labelstudio: "_s << path << u": "_s << error.message << u'\n';
    for (qsizetype i = 1; i < error.fieldErrors.size(); ++i)
        err << u"  "_s << error.fieldErrors.at(i).field << u": "_s << error.fieldErrors.at(i).message << u'\n';
    return kExitBadFile;
}

// The words of a subcommand that takes one file and one option with a value (`--name VALUE` or
// `--name=VALUE`), given at most once; a usage message for anything else. Either may be missing.
struct FileAndOption {
    QString file;
    QString value;
};

Result<FileAndOption> fileAndOption(const QStringList &arguments, const QString &option)
{
    const QString flag = u"--"_s + option;
    FileAndOption parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == flag || word.startsWith(flag + u'=')) {
            if (!parsed.value.isEmpty())
                return Error::validation(u"option %1 is given twice"_s.arg(flag));
            if (word.contains(u'='))
                parsed.value = word.mid(word.indexOf(u'=') + 1);
            else if (i + 1 < arguments.size())
                parsed.value = arguments.at(++i);
            if (parsed.value.isEmpty())
                return Error::validation(u"option %1 needs a value"_s.arg(flag));
        } else if (word.startsWith(u"--"_s)) {
            return Error::validation(u"unknown option %1"_s.arg(word));
        } else if (parsed.file.isEmpty()) {
            parsed.file = word;
        } else {
            return Error::validation(u"unexpected argument \"%1\""_s.arg(word));
        }
    }
    return parsed;
}

int convertConfig(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1 || arguments.first().startsWith(u"--"_s))
        return usageError(err, u"convert-config takes one file: the labeling config"_s);
    const QString path = arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(err, path, Error::notFound(file.errorString()));
    if (file.size() > kMaxLabelStudioConfigChars * 4)
        return fileError(err, path, Error::validation(u"the file is too large for a labeling config"_s));
    const auto config = LabelStudioConfig::parse(QString::fromUtf8(file.readAll()));
    if (!config)
        return fileError(err, path, config.error());
    if (!config->unsupportedTags().isEmpty()) {
        err << u"labelstudio: "_s << path << u": the labeling config has tags Chrysalis cannot take:\n"_s;
        for (const LabelStudioUnsupportedTag &tag : config->unsupportedTags())
            err << u"  "_s << tag.describe() << u'\n';
        return kExitBadFile;
    }
    if (const Status supported = config->requireSupported(); !supported)
        return fileError(err, path, supported.error());
    out << QString::fromUtf8(QJsonDocument(config->form().toJson()).toJson(QJsonDocument::Indented));
    return kExitOk;
}

int importTasks(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto parsed = fileAndOption(arguments, u"output"_s);
    if (!parsed)
        return usageError(err, parsed.error().message);
    const QString &input = parsed->file;
    const QString &output = parsed->value;
    if (input.isEmpty())
        return usageError(err, u"import-tasks needs the task file"_s);
    if (output.isEmpty())
        return usageError(err, u"import-tasks needs --output FILE"_s);

    const auto tasks = LabelStudioTasks::readFile(input);
    if (!tasks)
        return fileError(err, input, tasks.error());
    QByteArray lines;
    qsizetype annotations = 0;
    qsizetype predictions = 0;
    for (const LabelStudioTask &task : *tasks) {
        lines += QJsonDocument(task.data).toJson(QJsonDocument::Compact) + '\n';
        annotations += task.annotations.size();
        predictions += task.predictions.size();
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size() || !file.commit())
        return fileError(err, output, Error::storage(file.errorString()));
    out << u"wrote %1 items to %2"_s.arg(tasks->size()).arg(output);
    if (annotations + predictions > 0)
        out << u" (their %1 annotations and %2 predictions are not items and were not written)"_s.arg(annotations)
                        .arg(predictions);
    out << u'\n';
    return kExitOk;
}

int exportConfig(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto parsed = fileAndOption(arguments, u"show"_s);
    if (!parsed)
        return usageError(err, parsed.error().message);
    const QString &input = parsed->file;
    const QString &shown = parsed->value;
    if (input.isEmpty() || shown.isEmpty())
        return usageError(err, u"export-config needs the form file and --show KEY[,KEY...]"_s);

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(err, input, Error::notFound(file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxLabelStudioConfigChars), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return fileError(err, input, Error::validation(u"not a JSON array of form fields"_s));
    const auto form = AnswerForm::fromJson(document.array());
    if (!form)
        return fileError(err, input, form.error());
    const auto config = LabelStudioConfig::fromForm(*form, shown.split(u',', Qt::SkipEmptyParts));
    if (!config)
        return fileError(err, input, config.error());
    out << config->xml() << u'\n';
    return kExitOk;
}

} // namespace

int runLabelStudioCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return usageError(err, u"a subcommand is required: convert-config, import-tasks or export-config"_s);
    const QString command = arguments.first();
    if (command == u"--help" || command == u"-h") {
        out << usage();
        return kExitOk;
    }
    if (command == u"convert-config")
        return convertConfig(arguments.mid(1), out, err);
    if (command == u"import-tasks")
        return importTasks(arguments.mid(1), out, err);
    if (command == u"export-config")
        return exportConfig(arguments.mid(1), out, err);
    return usageError(
            err, u"unknown subcommand \"%1\" (expected convert-config, import-tasks or export-config)"_s.arg(command));
}

} // namespace Chrysalis
