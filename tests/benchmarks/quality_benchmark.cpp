#include "tests/core/quality/crowddatasets.h"

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

// Every truth-inference method on every crowd data set: accuracy and wall time, one table.
// Accuracy is over the answered gold items (crowd-kit's protocol); the published column lists the
// figures tests/core/quality checks, with their source. Time is the best of several runs of the
// inference alone (loading excluded). Usage: quality_benchmark [repetitions [dataset [method]]]

using namespace Chrysalis;
using namespace Chrysalis::CrowdData;

namespace {

struct Timed {
    Result<InferenceResult> result = Error::internal(QStringLiteral("not run"));
    double milliseconds = 0.0;
};

Timed timeInference(const AnswerSet &answers, InferenceMethod method, const InferenceOptions &options, int repetitions)
{
    Timed timed;
    double best = 1e300;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        timed.result = inferLabels(answers, method, options);
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    timed.milliseconds = best;
    return timed;
}

QString publishedFor(const char *dataset, InferenceMethod method, const AnswerSet &answers, const InferenceResult &ours,
                     const TruthSet &truth)
{
    QStringList parts;
    for (const PublishedAccuracy &published : publishedAccuracies()) {
        if (QString::fromUtf8(published.dataset) != QString::fromUtf8(dataset) || published.method != method)
            continue;
        QString entry = QStringLiteral("%1 %2")
                                .arg(published.accuracy, 0, 'f', 4)
                                .arg(QString::fromUtf8(sourceName(published.source)));
        if (published.source == Source::Zheng2017)
            entry += QStringLiteral(" [ours by its protocol: %1]")
                             .arg(protocolAccuracy(answers, ours, truth, published.source), 0, 'f', 4);
        parts.append(entry);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

int main(int argc, char **argv)
{
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const QString onlyDataset = argc > 2 ? QString::fromUtf8(argv[2]) : QString();
    const QString onlyMethod = argc > 3 ? QString::fromUtf8(argv[3]) : QString();
    const QString root = QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/crowd/");
    const std::vector<InferenceMethod> methods{InferenceMethod::MajorityVote, InferenceMethod::Wawa,
                                               InferenceMethod::DawidSkene,   InferenceMethod::OneCoinDawidSkene,
                                               InferenceMethod::Glad,         InferenceMethod::Mace};

    std::printf("%-10s %-8s %9s %10s %6s  %s\n", "dataset", "method", "accuracy", "time (ms)", "iters", "published");
    for (const Dataset &dataset : datasets()) {
        if (!onlyDataset.isEmpty() && onlyDataset != QString::fromUtf8(dataset.name))
            continue;
        const Result<AnswerSet> answers = loadAnswersCsv(root + QString::fromUtf8(dataset.answers));
        const Result<TruthSet> truth = loadTruthCsv(root + QString::fromUtf8(dataset.truth));
        if (!answers || !truth) {
            std::fprintf(stderr, "cannot load %s\n", dataset.name);
            return 1;
        }
        if (dataset.numeric) {
            for (NumericMethod method : {NumericMethod::Mean, NumericMethod::Median}) {
                QElapsedTimer timer;
                timer.start();
                const Result<std::vector<double>> values = inferValues(*answers, method);
                const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                const Result<ValueScore> score = scoreValues(*answers, *values, *truth);
                std::printf("%-10s %-8s %9s %10.2f %6s  MAE %.2f RMSE %.2f (Zheng et al. 2017: see SOURCES.md)\n",
                            dataset.name, qPrintable(numericMethodName(method)), "-", milliseconds, "-",
                            score->meanAbsoluteError, score->rootMeanSquaredError);
            }
            continue;
        }
        for (InferenceMethod method : methods) {
            if (!onlyMethod.isEmpty() && onlyMethod != inferenceMethodName(method))
                continue;
            const Timed timed = timeInference(*answers, method, InferenceOptions(), repetitions);
            const Result<LabelScore> score = scoreLabels(*answers, timed.result->labels, *truth);
            std::printf("%-10s %-8s %9.4f %10.2f %6d  %s\n", dataset.name, qPrintable(inferenceMethodName(method)),
                        score->accuracy, timed.milliseconds, timed.result->iterations,
                        qPrintable(publishedFor(dataset.name, method, *answers, *timed.result, *truth)));
        }
        if (QString::fromUtf8(dataset.name) == QStringLiteral("HCB") && onlyMethod.isEmpty()) {
            const InferenceOptions options = protocolOptions(InferenceMethod::DawidSkene, Source::Square);
            const Timed timed = timeInference(*answers, InferenceMethod::DawidSkene, options, repetitions);
            const Result<LabelScore> score = scoreLabels(*answers, timed.result->labels, *truth);
            std::printf("%-10s %-8s %9.4f %10.2f %6d  %s\n", dataset.name, "ds-gal", score->accuracy,
                        timed.milliseconds, timed.result->iterations,
                        "0.69191 SQUARE (Get-Another-Label's DS: own answers left out of each worker's M-step)");
        }
    }
    return 0;
}
