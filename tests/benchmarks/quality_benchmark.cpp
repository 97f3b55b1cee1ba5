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

// The published figures for a method on a data set, each with our accuracy scored and run the way
// that source did (see CrowdData::protocolOptions and protocolAccuracy).
QString publishedFor(const char *dataset, InferenceMethod method, const AnswerSet &answers, const TruthSet &truth)
{
    QStringList parts;
    for (const PublishedAccuracy &published : publishedAccuracies()) {
        if (QString::fromUtf8(published.dataset) != QString::fromUtf8(dataset) || published.method != method)
            continue;
        const Result<InferenceResult> ours = inferLabels(answers, method, protocolOptions(method, published.source));
        parts.append(QStringLiteral("%1 %2 (ours so scored: %3)")
                             .arg(published.accuracy, 0, 'f', 4)
                             .arg(QString::fromUtf8(sourceName(published.source)))
                             .arg(protocolAccuracy(answers, *ours, truth, published.source), 0, 'f', 4));
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
                double publishedMae = 0.0;
                double publishedRmse = 0.0;
                for (const PublishedError &published : publishedErrors()) {
                    if (published.method == method) {
                        publishedMae = published.meanAbsoluteError;
                        publishedRmse = published.rootMeanSquaredError;
                    }
                }
                std::printf("%-10s %-8s %9s %10.2f %6s  ours MAE %.2f RMSE %.2f; Zheng et al. 2017 MAE %.2f RMSE "
                            "%.2f\n",
                            dataset.name, qPrintable(numericMethodName(method)), "-", milliseconds, "-",
                            score->meanAbsoluteError, score->rootMeanSquaredError, publishedMae, publishedRmse);
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
                        qPrintable(publishedFor(dataset.name, method, *answers, *truth)));
        }
        if (QString::fromUtf8(dataset.name) == QStringLiteral("HCB") && onlyMethod.isEmpty()) {
            const InferenceOptions options = protocolOptions(InferenceMethod::DawidSkene, Source::Square);
            const Timed timed = timeInference(*answers, InferenceMethod::DawidSkene, options, repetitions);
            const Result<LabelScore> score = scoreLabels(*answers, timed.result->labels, *truth);
            std::printf("%-10s %-8s %9.4f %10.2f %6d  %s\n", dataset.name, "ds-gal", score->accuracy,
                        timed.milliseconds, timed.result->iterations,
                        "Dawid-Skene without each worker's own answers in its M-step (Get-Another-Label, "
                        "SQUARE's DS)");
        }
    }
    return 0;
}
