#include "app/server/qualitycommand.h"

#include "core/quality/agreement.h"
#include "core/quality/answerset.h"
#include "core/quality/evaluation.h"
#include "core/quality/inference.h"
#include "core/quality/taskresults.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
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
           "  chrysalis-server quality aggregate --method mv|wawa|ds|onecoin|glad|mace|mean|median\n"
           "      --answers FILE [--truth FILE] [--output FILE] [--workers FILE] [--max-iterations N]\n"
           "      [--tolerance X]\n"
           "  chrysalis-server quality agreement --metric cohen|fleiss|alpha --input FILE\n"
           "      [--level nominal|ordinal|interval|ratio] [--weights none|linear|quadratic]\n"
           "\n"
           "aggregate reads item,worker,answer rows and infers one label (or value) per item; with\n"
           "--output it writes item,label,confidence rows (item,value for mean and median), with\n"
           "--workers worker,reliability,answers rows (the model's chance that an answer of the\n"
           "worker is right); with --truth it prints the accuracy (MAE and RMSE for numbers).\n"
           "agreement reads a coders x units matrix, one row per coder, an empty cell or NA where a\n"
           "coder gave no rating.\n"_s;
}

// "--name value" and "--name=value" options, each allowed once, from a fixed set of names.
class Options
{
public:
    static Result<Options> parse(const QStringList &words, const QStringList &known)
    {
        Options options;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &word = words[i];
            if (!word.startsWith(u"--"_s))
                return Error::validation(u"unexpected argument \"%1\""_s.arg(word));
            QString name = word.mid(2);
            QString value;
            const qsizetype equals = name.indexOf(u'=');
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
            } else {
                if (i + 1 >= words.size())
                    return Error::validation(u"option --%1 needs a value"_s.arg(name));
                value = words[++i];
            }
            if (!known.contains(name))
                return Error::validation(u"unknown option --%1"_s.arg(name));
            if (options.m_values.contains(name))
                return Error::validation(u"option --%1 is given twice"_s.arg(name));
            options.m_values.insert(name, value);
        }
        return options;
    }

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.value(name, fallback);
    }
    Status require(const QStringList &names) const
    {
        for (const QString &name : names) {
            if (!has(name))
                return Error::validation(u"option --%1 is required"_s.arg(name));
        }
        return {};
    }

private:
    QHash<QString, QString> m_values;
};

int usageError(QTextStream &err, const QString &message)
{
    err << u"quality: "_s << message << u"\n\n"_s << usage();
    err.flush();
    return kExitUsage;
}

int fileError(QTextStream &err, const Error &error)
{
    err << u"quality: "_s << error.describe() << u"\n"_s;
    err.flush();
    return kExitBadFile;
}

QString csvText(const QString &text)
{
    return QString::fromUtf8(csvCell(text));
}

Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error::storage(u"%1: cannot write the file (%2)"_s.arg(path, file.errorString()));
    return {};
}

QString elapsedText(qint64 nanoseconds)
{
    return u"%1 ms"_s.arg(static_cast<double>(nanoseconds) / 1e6, 0, 'f', 1);
}

int aggregate(const QStringList &words, QTextStream &out, QTextStream &err)
{
    const Result<Options> parsed = Options::parse(words, {u"method"_s, u"answers"_s, u"truth"_s, u"output"_s,
                                                          u"workers"_s, u"max-iterations"_s, u"tolerance"_s});
    if (!parsed)
        return usageError(err, parsed.error().message);
    const Options &options = *parsed;
    if (const Status required = options.require({u"method"_s, u"answers"_s}); !required)
        return usageError(err, required.error().message);

    const QString methodName = options.value(u"method"_s);
    const Result<InferenceMethod> categorical = parseInferenceMethod(methodName);
    const Result<NumericMethod> numeric = parseNumericMethod(methodName);
    if (!categorical && !numeric)
        return usageError(err,
                          u"unknown method \"%1\" (expected mv, wawa, ds, onecoin, glad, mace, mean or median)"_s.arg(
                                  methodName));
    if (numeric && options.has(u"workers"_s))
        return usageError(err, u"--workers needs a categorical method: mean and median rate no workers"_s);

    InferenceOptions inference;
    if (options.has(u"max-iterations"_s)) {
        bool ok = false;
        inference.maxIterations = options.value(u"max-iterations"_s).toInt(&ok);
        if (!ok || inference.maxIterations < 1)
            return usageError(err, u"--max-iterations needs a whole number of at least 1"_s);
    }
    if (options.has(u"tolerance"_s)) {
        bool ok = false;
        inference.tolerance = options.value(u"tolerance"_s).toDouble(&ok);
        if (!ok || inference.tolerance < 0.0)
            return usageError(err, u"--tolerance needs a number of at least 0"_s);
    }

    const Result<AnswerSet> answers = loadAnswersCsv(options.value(u"answers"_s));
    if (!answers)
        return fileError(err, answers.error());
    std::optional<TruthSet> truth;
    if (options.has(u"truth"_s)) {
        Result<TruthSet> loaded = loadTruthCsv(options.value(u"truth"_s));
        if (!loaded)
            return fileError(err, loaded.error());
        truth = std::move(*loaded);
    }

    QString table;
    QString workerTable;
    QString summary;
    QElapsedTimer timer;
    qint64 elapsed = 0;
    if (categorical) {
        timer.start();
        const Result<InferenceResult> result = inferLabels(*answers, *categorical, inference);
        elapsed = timer.nsecsElapsed();
        if (!result)
            return usageError(err, result.error().message);
        table = u"item,label,confidence\n"_s;
        for (int i = 0; i < answers->itemCount(); ++i) {
            table += csvText(answers->itemIds()[i]) + u',' + csvText(answers->labelNames()[result->labels[size_t(i)]]) +
                     u',' + QString::number(result->confidence[size_t(i)], 'g', 6) + u'\n';
        }
        std::vector<int> answersPerWorker(static_cast<size_t>(answers->workerCount()), 0);
        for (int worker : answers->answerWorkers())
            ++answersPerWorker[static_cast<size_t>(worker)];
        workerTable = u"worker,reliability,answers\n"_s;
        for (int w = 0; w < answers->workerCount(); ++w) {
            workerTable += csvText(answers->workerIds()[w]) + u',' +
                           QString::number(result->workerReliability[size_t(w)], 'g', 6) + u',' +
                           QString::number(answersPerWorker[size_t(w)]) + u'\n';
        }
        summary = u"%1 iterations%2"_s.arg(result->iterations).arg(result->converged ? u""_s : u" (not converged)"_s);
        if (truth) {
            const Result<LabelScore> score = scoreLabels(*answers, result->labels, *truth);
            if (!score)
                return fileError(err,
                                 Error::validation(u"%1: %2"_s.arg(options.value(u"truth"_s), score.error().message)));
            out << u"accuracy: %1 (%2 of %3 answered gold items; %4 gold items had no answer)\n"_s
                            .arg(score->accuracy, 0, 'f', 4)
                            .arg(score->correctItems)
                            .arg(score->answeredGoldItems)
                            .arg(score->goldItems - score->answeredGoldItems);
        }
    } else {
        timer.start();
        const Result<std::vector<double>> values = inferValues(*answers, *numeric);
        elapsed = timer.nsecsElapsed();
        if (!values)
            return fileError(err, values.error());
        table = u"item,value\n"_s;
        for (int i = 0; i < answers->itemCount(); ++i)
            table += csvText(answers->itemIds()[i]) + u',' + QString::number((*values)[size_t(i)], 'g', 10) + u'\n';
        if (truth) {
            const Result<ValueScore> score = scoreValues(*answers, *values, *truth);
            if (!score)
                return fileError(err,
                                 Error::validation(u"%1: %2"_s.arg(options.value(u"truth"_s), score.error().message)));
            out << u"mean absolute error: %1, root mean squared error: %2 (%3 gold items)\n"_s
                            .arg(score->meanAbsoluteError, 0, 'f', 4)
                            .arg(score->rootMeanSquaredError, 0, 'f', 4)
                            .arg(score->scoredItems);
        }
    }
    if (options.has(u"output"_s)) {
        if (const Status written = writeText(options.value(u"output"_s), table); !written)
            return fileError(err, written.error());
    }
    if (options.has(u"workers"_s)) {
        if (const Status written = writeText(options.value(u"workers"_s), workerTable); !written)
            return fileError(err, written.error());
    }
    out << u"method %1: %2 items, %3 workers, %4 answers"_s.arg(methodName)
                    .arg(answers->itemCount())
                    .arg(answers->workerCount())
                    .arg(answers->answerCount());
    if (!summary.isEmpty())
        out << u", "_s << summary;
    out << u"\nelapsed: "_s << elapsedText(elapsed) << u"\n"_s;
    out.flush();
    return kExitOk;
}

int agreement(const QStringList &words, QTextStream &out, QTextStream &err)
{
    const Result<Options> parsed = Options::parse(words, {u"metric"_s, u"input"_s, u"level"_s, u"weights"_s});
    if (!parsed)
        return usageError(err, parsed.error().message);
    const Options &options = *parsed;
    if (const Status required = options.require({u"metric"_s, u"input"_s}); !required)
        return usageError(err, required.error().message);
    const QString metric = options.value(u"metric"_s);
    if (metric != u"cohen" && metric != u"fleiss" && metric != u"alpha")
        return usageError(err, u"unknown metric \"%1\" (expected cohen, fleiss or alpha)"_s.arg(metric));
    const Result<MeasurementLevel> level = parseMeasurementLevel(options.value(u"level"_s, u"nominal"_s));
    if (!level)
        return usageError(err, level.error().message);
    const Result<KappaWeights> weights = parseKappaWeights(options.value(u"weights"_s, u"none"_s));
    if (!weights)
        return usageError(err, weights.error().message);
    if (options.has(u"level"_s) && metric != u"alpha")
        return usageError(err, u"--level applies to --metric alpha only"_s);
    if (options.has(u"weights"_s) && metric != u"cohen")
        return usageError(err, u"--weights applies to --metric cohen only"_s);

    const QString path = options.value(u"input"_s);
    const Result<RatingTable> table = loadRatingMatrixCsv(path);
    if (!table)
        return fileError(err, table.error());
    const bool nominal = metric != u"alpha" || *level == MeasurementLevel::Nominal;
    const Result<RatingMatrix> matrix = toRatingMatrix(*table, nominal);
    if (!matrix)
        return fileError(err, matrix.error());

    Result<double> value = 0.0;
    QString label;
    if (metric == u"alpha") {
        value = krippendorffAlpha(*matrix, *level);
        label = u"Krippendorff's alpha (%1)"_s.arg(measurementLevelName(*level));
    } else if (metric == u"fleiss") {
        value = fleissKappa(*matrix);
        label = u"Fleiss' kappa"_s;
    } else {
        if (matrix->size() != 2)
            return fileError(
                    err,
                    Error::validation(u"%1: Cohen's kappa compares two coders but the file has %2 rows"_s.arg(path).arg(
                            matrix->size())));
        value = cohensKappa((*matrix)[0], (*matrix)[1], *weights);
        label = u"Cohen's kappa (%1 weights)"_s.arg(kappaWeightsName(*weights));
    }
    if (!value)
        return fileError(err, Error::validation(u"%1: %2"_s.arg(path, value.error().message)));
    out << label << u": "_s << QString::number(*value, 'f', 7) << u" ("_s << table->coders.size() << u" coders, "_s
        << table->units.size() << u" units)\n"_s;
    out.flush();
    return kExitOk;
}

} // namespace

int runQualityCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return usageError(err, u"a subcommand is required: aggregate or agreement"_s);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        out.flush();
        return kExitOk;
    }
    if (command == u"aggregate")
        return aggregate(rest, out, err);
    if (command == u"agreement")
        return agreement(rest, out, err);
    return usageError(err, u"unknown subcommand \"%1\" (expected aggregate or agreement)"_s.arg(command));
}

} // namespace Chrysalis
