#pragma once

#include "core/quality/answerset.h"
#include "core/result.h"

#include <QString>

#include <limits>
#include <vector>

namespace Chrysalis {

// Truth-inference methods for categorical answers.
enum class InferenceMethod {
    MajorityVote, // most answers wins
    Wawa, // majority vote weighted by each worker's agreement with the plain majority
    DawidSkene, // EM over a full confusion matrix per worker (Dawid & Skene 1979)
    OneCoinDawidSkene, // EM with one accuracy per worker, errors spread evenly (ZenCrowd's model)
    Glad, // EM over worker ability and item difficulty (Whitehill et al. 2009)
    Mace, // worker competence and spamming strategy, variational Bayes (Hovy et al. 2013)
};

// Command-line names: mv, wawa, ds, onecoin, glad, mace.
QString inferenceMethodName(InferenceMethod method);
Result<InferenceMethod> parseInferenceMethod(const QString &name);

// How MACE fits its parameters: variational Bayes with MACE's priors (its default, and
// crowd-kit's), or plain EM with MACE's smoothing of the expected counts.
enum class MaceTraining { VariationalBayes, ExpectationMaximisation };

// MACE's spamming strategies: one per worker, as published, or every one even (1/K), which leaves
// only the competences to fit. Even comes close to crowd-kit's MACE, which keeps no worker's own
// strategy (its M-step returns them in sorted-worker order, its E-step reads them in order of first
// appearance); CrowdData's crowd-kit protocol uses it and meets crowd-kit's table.
enum class MaceStrategies { PerWorker, Even };

// Knobs of the iterative methods. Every run is deterministic: the same answers and options give
// the same result, bit for bit.
struct InferenceOptions {
    // EM stops after this many iterations even when not converged (InferenceResult::converged).
    int maxIterations = 100;
    // Converged once an iteration changes the log-likelihood by less than this per answer.
    double tolerance = 1e-5;
    // Pseudo-count added to the expected counts of the Dawid–Skene M-steps and the class priors,
    // so no probability is exactly 0. (MACE uses its own priors, or smooths by 0.01 / K under EM.)
    double smoothing = 1e-10;
    // MACE: runs from seeded random starting points besides the one from an even start; the run
    // with the best likelihood wins, the earliest on a tie.
    int restarts = 10;
    quint64 seed = 0;
    MaceTraining maceTraining = MaceTraining::VariationalBayes;
    MaceStrategies maceStrategies = MaceStrategies::PerWorker;
    // Dawid–Skene as Get-Another-Label (Ipeirotis et al.) runs it: each worker's confusion matrix
    // is estimated from posteriors that leave out that worker's own answers. Not an EM any more;
    // it stops when the log-likelihood settles. Used to reproduce SQUARE's DS figures.
    bool excludeOwnAnswers = false;
};

// The outcome of one inference run. Label codes are AnswerSet label codes.
struct InferenceResult {
    std::vector<int> labels; // per item
    std::vector<double> confidence; // per item: the posterior (or vote share) of its label
    std::vector<double> posteriors; // itemCount × labelCount, row-major
    // Per worker: the model's probability that one of this worker's answers is correct.
    std::vector<double> workerReliability;
    // DawidSkene: workerCount × labelCount × labelCount, [w][true][given], rows sum to 1.
    std::vector<double> workerConfusion;
    // Glad: ability alpha per worker and easiness beta (> 0) per item. Mace: competence theta per worker.
    std::vector<double> workerAbility;
    std::vector<double> itemEasiness;
    std::vector<double> classPriors; // per label, where the model has them
    int iterations = 0;
    bool converged = true;
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
};

// Ties between labels with equal votes or equal posteriors go to the lowest label code, which with
// the fixed order of items, workers and answers keeps every method deterministic. Starting points:
// Dawid–Skene and one-coin from the majority vote's vote shares; GLAD and MACE from all workers
// equal (abilities at the prior mean, competence 0.5), where their first E-step is a sharpened
// majority vote. Model details:
// - DawidSkene: class priors and a confusion matrix per worker.
// - OneCoinDawidSkene: even class prior (ZenCrowd's model); learning it lets one label absorb
//   the items on sparse data.
// - Glad: even class prior, Gaussian priors N(1, 1) on each ability and log-easiness; the M-step
//   takes one Newton step per worker and one damped Newton step per item.
// - Mace: even prior over the true labels, as published; variational Bayes with a Beta(0.5, 0.5)
//   prior on each competence and a Dirichlet(10, …, 10) prior on each spamming strategy. On
//   skewed label sets the even prior lets workers who mostly give the common label pass for
//   spammers (83% on D_Product, where MaceStrategies::Even or Dawid–Skene reach 93%).
// Fails when the options are out of range.
Result<InferenceResult> inferLabels(const AnswerSet &answers, InferenceMethod method,
                                    const InferenceOptions &options = {});

// Aggregates numeric answers per item. Median of an even count is the mean of the two middle values.
enum class NumericMethod { Mean, Median };

QString numericMethodName(NumericMethod method);
Result<NumericMethod> parseNumericMethod(const QString &name);

// Fails, naming the line, when an answer is not a number.
Result<std::vector<double>> inferValues(const AnswerSet &answers, NumericMethod method);

} // namespace Chrysalis
