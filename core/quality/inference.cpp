#include "core/quality/inference.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The answers as flat arrays, grouped by item; everything the methods read.
struct Problem {
    int items = 0;
    int workers = 0;
    int labels = 0;
    size_t answers = 0;
    const int *item = nullptr;
    const int *worker = nullptr;
    const int *label = nullptr;
    const qsizetype *offsets = nullptr;
    std::vector<double> workerAnswers; // answers per worker

    explicit Problem(const AnswerSet &set)
        : items(set.itemCount()), workers(set.workerCount()), labels(set.labelCount()),
          answers(static_cast<size_t>(set.answerCount())), item(set.answerItems().data()),
          worker(set.answerWorkers().data()), label(set.answerLabels().data()), offsets(set.itemOffsets().data()),
          workerAnswers(static_cast<size_t>(set.workerCount()), 0.0)
    {
        for (size_t a = 0; a < answers; ++a)
            workerAnswers[static_cast<size_t>(worker[a])] += 1.0;
    }

    size_t begin(int i) const { return static_cast<size_t>(offsets[i]); }
    size_t end(int i) const { return static_cast<size_t>(offsets[i + 1]); }
};

size_t at(int row, int columns, int column)
{
    return static_cast<size_t>(row) * static_cast<size_t>(columns) + static_cast<size_t>(column);
}

// The first index of the largest value: ties go to the lowest label code.
int argmaxLowest(const double *row, int count)
{
    int best = 0;
    for (int k = 1; k < count; ++k) {
        if (row[k] > row[best])
            best = k;
    }
    return best;
}

// Turns log-weights into probabilities in place; returns log Σ exp(row).
double normaliseLogRow(double *row, int count)
{
    double top = row[0];
    for (int k = 1; k < count; ++k)
        top = std::max(top, row[k]);
    double sum = 0.0;
    for (int k = 0; k < count; ++k) {
        row[k] = std::exp(row[k] - top);
        sum += row[k];
    }
    for (int k = 0; k < count; ++k)
        row[k] /= sum;
    return top + std::log(sum);
}

double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

// Weighted vote shares per item (weights per worker, or 1 each when empty).
void voteShares(const Problem &p, const std::vector<double> &weights, std::vector<double> &shares)
{
    const int k = p.labels;
    shares.assign(static_cast<size_t>(p.items) * static_cast<size_t>(k), 0.0);
    for (int i = 0; i < p.items; ++i) {
        double *row = shares.data() + at(i, k, 0);
        double total = 0.0;
        for (size_t a = p.begin(i); a < p.end(i); ++a) {
            const double w = weights.empty() ? 1.0 : weights[static_cast<size_t>(p.worker[a])];
            row[p.label[a]] += w;
            total += w;
        }
        for (int l = 0; l < k; ++l)
            row[l] = total > 0.0 ? row[l] / total : 1.0 / k;
    }
}

// Fills labels and confidence from the posteriors.
void decide(const Problem &p, InferenceResult &result)
{
    result.labels.resize(static_cast<size_t>(p.items));
    result.confidence.resize(static_cast<size_t>(p.items));
    for (int i = 0; i < p.items; ++i) {
        const double *row = result.posteriors.data() + at(i, p.labels, 0);
        const int best = argmaxLowest(row, p.labels);
        result.labels[static_cast<size_t>(i)] = best;
        result.confidence[static_cast<size_t>(i)] = row[best];
    }
}

// Share of each worker's answers that agree with the decided labels.
std::vector<double> agreementWithLabels(const Problem &p, const std::vector<int> &labels)
{
    std::vector<double> agreement(static_cast<size_t>(p.workers), 0.0);
    for (size_t a = 0; a < p.answers; ++a) {
        if (p.label[a] == labels[static_cast<size_t>(p.item[a])])
            agreement[static_cast<size_t>(p.worker[a])] += 1.0;
    }
    for (int w = 0; w < p.workers; ++w)
        agreement[static_cast<size_t>(w)] /= std::max(1.0, p.workerAnswers[static_cast<size_t>(w)]);
    return agreement;
}

InferenceResult majorityVote(const Problem &p)
{
    InferenceResult result;
    voteShares(p, {}, result.posteriors);
    decide(p, result);
    result.workerReliability = agreementWithLabels(p, result.labels);
    return result;
}

InferenceResult wawa(const Problem &p)
{
    const InferenceResult majority = majorityVote(p);
    InferenceResult result;
    voteShares(p, majority.workerReliability, result.posteriors);
    decide(p, result);
    result.workerReliability = majority.workerReliability;
    return result;
}

// Products of many probabilities leave the range of a double; rows are rescaled by 2^600 steps
// and the steps counted, so the log of the true product is still known.
constexpr double kTiny = 0x1p-600;
constexpr double kHuge = 0x1p600;
const double kLogHuge = 600.0 * std::log(2.0);

// Keeps a row of positive products within range; returns how many factors of kHuge it took out.
int rescale(double *row, int count)
{
    double top = row[0];
    for (int c = 1; c < count; ++c)
        top = std::max(top, row[c]);
    if (top < kTiny && top > 0.0) {
        for (int c = 0; c < count; ++c)
            row[c] *= kHuge;
        return -1;
    }
    if (top > kHuge) {
        for (int c = 0; c < count; ++c)
            row[c] *= kTiny;
        return 1;
    }
    return 0;
}

// rescale() for rows where only `changed` moved: one comparison in the common case.
int rescaleAfter(double *row, int count, double changed)
{
    return changed > kHuge || changed < kTiny ? rescale(row, count) : 0;
}

// Normalises a row of products to sum to one; returns the sum before normalising.
double normaliseRow(double *row, int count)
{
    double sum = 0.0;
    for (int c = 0; c < count; ++c)
        sum += row[c];
    const double inverse = 1.0 / sum;
    for (int c = 0; c < count; ++c)
        row[c] *= inverse;
    return sum;
}

// The sum of the logs of many positive numbers, taken with one log at the end: the numbers are
// multiplied and the product's binary exponent split off as it goes.
class LogProduct
{
public:
    // Adds log(positive) + steps × log(2^600), steps counted as rescale() returns them.
    void add(double positive, int steps)
    {
        int exponent = 0;
        m_mantissa = std::frexp(m_mantissa * positive, &exponent);
        m_exponent += exponent;
        m_steps += steps;
    }
    double value() const
    {
        return std::log(m_mantissa) + static_cast<double>(m_exponent) * std::log(2.0) +
               static_cast<double>(m_steps) * kLogHuge;
    }

private:
    double m_mantissa = 1.0;
    qint64 m_exponent = 0;
    qint64 m_steps = 0;
};

// The EM loop shared by the methods: runs `step` (an M-step and an E-step, returning the
// log-likelihood) until the log-likelihood moves by less than the tolerance per answer, or the
// iteration cap is reached.
template<typename Step>
void iterate(const Problem &p, const InferenceOptions &options, InferenceResult &result, Step step)
{
    result.converged = false;
    double last = -std::numeric_limits<double>::infinity();
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        const double logLikelihood = step();
        result.iterations = iteration;
        result.logLikelihood = logLikelihood;
        const double gain = (logLikelihood - last) / static_cast<double>(p.answers);
        last = logLikelihood;
        if (std::abs(gain) < options.tolerance) {
            result.converged = true;
            return;
        }
    }
}

// One Dawid–Skene E-step over every item that also gathers the next M-step's counts, for K labels
// known when compiling: each item's posterior then stays in registers while its answers are read.
// confusion and counts are [worker][given][true]. Returns the log-likelihood.
template<int K>
double dawidSkenePass(const Problem &p, const double *confusion, const double *priors, double *posteriors,
                      double *counts, double *priorCounts)
{
    constexpr size_t kk = static_cast<size_t>(K) * K;
    LogProduct likelihood;
    for (int i = 0; i < p.items; ++i) {
        double v[K];
        for (int c = 0; c < K; ++c)
            v[c] = priors[c];
        int scale = 0;
        const size_t first = p.begin(i);
        const size_t last = p.end(i);
        for (size_t a = first; a < last; ++a) {
            const double *row = confusion + static_cast<size_t>(p.worker[a]) * kk + static_cast<size_t>(p.label[a]) * K;
            for (int c = 0; c < K; ++c)
                v[c] *= row[c];
            // Products of probabilities only shrink, and the row's largest entry is at least
            // v[0]: a normal v[0] proves there is nothing to rescale.
            if (v[0] < kTiny)
                scale += rescale(v, K);
        }
        double sum = 0.0;
        for (int c = 0; c < K; ++c)
            sum += v[c];
        const double inverse = 1.0 / sum;
        likelihood.add(sum, scale);
        double *t = posteriors + static_cast<size_t>(i) * K;
        for (int c = 0; c < K; ++c) {
            v[c] *= inverse;
            t[c] = v[c];
            priorCounts[c] += v[c];
        }
        for (size_t a = first; a < last; ++a) {
            double *row = counts + static_cast<size_t>(p.worker[a]) * kk + static_cast<size_t>(p.label[a]) * K;
            for (int c = 0; c < K; ++c)
                row[c] += v[c];
        }
    }
    return likelihood.value();
}

InferenceResult dawidSkene(const Problem &p, const InferenceOptions &options)
{
    const int k = p.labels;
    const size_t kk = static_cast<size_t>(k) * static_cast<size_t>(k);
    const double s = options.smoothing;
    const bool leaveOut = options.excludeOwnAnswers;

    InferenceResult result;
    voteShares(p, {}, result.posteriors);
    // Both stored [worker][given][true], so every step reads contiguous rows over the true label.
    std::vector<double> counts(static_cast<size_t>(p.workers) * kk, s);
    std::vector<double> confusion(counts.size());
    std::vector<double> priorCounts(static_cast<size_t>(k), s);
    std::vector<double> priors(static_cast<size_t>(k));
    std::vector<double> columnSums(static_cast<size_t>(k));
    std::vector<double> own(static_cast<size_t>(k));

    for (int i = 0; i < p.items; ++i) {
        const double *t = result.posteriors.data() + at(i, k, 0);
        for (int c = 0; c < k; ++c)
            priorCounts[static_cast<size_t>(c)] += t[c];
        for (size_t a = p.begin(i); a < p.end(i); ++a) {
            double *row = counts.data() + static_cast<size_t>(p.worker[a]) * kk + at(p.label[a], k, 0);
            for (int c = 0; c < k; ++c)
                row[c] += t[c];
        }
    }

    // M-step from the counts gathered during the previous pass, then the E-step, gathering the
    // counts of the next M-step as each item's posterior is settled.
    auto emStep = [&]() {
        double priorTotal = 0.0;
        for (double value : priorCounts)
            priorTotal += value;
        for (int c = 0; c < k; ++c)
            priors[static_cast<size_t>(c)] = priorCounts[static_cast<size_t>(c)] / priorTotal;
        for (int w = 0; w < p.workers; ++w) {
            const double *from = counts.data() + static_cast<size_t>(w) * kk;
            double *to = confusion.data() + static_cast<size_t>(w) * kk;
            std::fill(columnSums.begin(), columnSums.end(), 0.0);
            for (int given = 0; given < k; ++given) {
                for (int c = 0; c < k; ++c)
                    columnSums[static_cast<size_t>(c)] += from[at(given, k, c)];
            }
            for (int given = 0; given < k; ++given) {
                for (int c = 0; c < k; ++c)
                    to[at(given, k, c)] = from[at(given, k, c)] / columnSums[static_cast<size_t>(c)];
            }
        }
        std::fill(counts.begin(), counts.end(), s);
        std::fill(priorCounts.begin(), priorCounts.end(), s);

        if (!leaveOut && k >= 2 && k <= 4) {
            auto pass = k == 2 ? dawidSkenePass<2> : k == 3 ? dawidSkenePass<3> : dawidSkenePass<4>;
            return pass(p, confusion.data(), priors.data(), result.posteriors.data(), counts.data(),
                        priorCounts.data());
        }
        LogProduct likelihood;
        for (int i = 0; i < p.items; ++i) {
            double *t = result.posteriors.data() + at(i, k, 0);
            std::copy(priors.begin(), priors.end(), t);
            int scale = 0;
            for (size_t a = p.begin(i); a < p.end(i); ++a) {
                const double *row = confusion.data() + static_cast<size_t>(p.worker[a]) * kk + at(p.label[a], k, 0);
                for (int c = 0; c < k; ++c)
                    t[c] *= row[c];
                // Products of probabilities only shrink, and the row's largest entry is at least
                // t[0]: a normal t[0] proves there is nothing to rescale.
                if (t[0] < kTiny)
                    scale += rescale(t, k);
            }
            likelihood.add(normaliseRow(t, k), scale);

            for (int c = 0; c < k; ++c)
                priorCounts[static_cast<size_t>(c)] += t[c];
            for (size_t a = p.begin(i); a < p.end(i); ++a) {
                double *row = counts.data() + static_cast<size_t>(p.worker[a]) * kk + at(p.label[a], k, 0);
                if (!leaveOut) {
                    for (int c = 0; c < k; ++c)
                        row[c] += t[c];
                    continue;
                }
                // The posterior of the item from the other workers' answers alone.
                std::copy(t, t + k, own.begin());
                bool others = false;
                for (size_t b = p.begin(i); b < p.end(i); ++b) {
                    if (p.worker[b] != p.worker[a]) {
                        others = true;
                        continue;
                    }
                    const double *mine =
                            confusion.data() + static_cast<size_t>(p.worker[b]) * kk + at(p.label[b], k, 0);
                    for (int c = 0; c < k; ++c)
                        own[static_cast<size_t>(c)] /= mine[c];
                    rescale(own.data(), k);
                }
                if (!others)
                    continue;
                normaliseRow(own.data(), k);
                for (int c = 0; c < k; ++c)
                    row[c] += own[static_cast<size_t>(c)];
            }
        }
        return likelihood.value();
    };
    iterate(p, options, result, emStep);

    decide(p, result);
    result.classPriors = priors;
    result.workerConfusion.resize(confusion.size());
    result.workerReliability.assign(static_cast<size_t>(p.workers), 0.0);
    for (int w = 0; w < p.workers; ++w) {
        const size_t base = static_cast<size_t>(w) * kk;
        for (int c = 0; c < k; ++c) {
            for (int given = 0; given < k; ++given)
                result.workerConfusion[base + at(c, k, given)] = confusion[base + at(given, k, c)];
            result.workerReliability[static_cast<size_t>(w)] +=
                    priors[static_cast<size_t>(c)] * confusion[base + at(c, k, c)];
        }
    }
    return result;
}

// One accuracy per worker, errors spread evenly over the other labels, and an even prior over the
// true labels (ZenCrowd's model). Learning the class priors as well lets one label absorb the
// items on sparse data (S_Rel falls to 26%), so they stay even.
InferenceResult oneCoinDawidSkene(const Problem &p, const InferenceOptions &options)
{
    const int k = p.labels;
    const double s = options.smoothing;
    const auto others = static_cast<double>(std::max(1, k - 1));

    InferenceResult result;
    voteShares(p, {}, result.posteriors);
    std::vector<double> correct(static_cast<size_t>(p.workers), 0.0);
    std::vector<double> accuracy(static_cast<size_t>(p.workers));
    std::vector<double> ratio(static_cast<size_t>(p.workers));
    std::vector<double> logWrong(static_cast<size_t>(p.workers));
    const double logPrior = -std::log(static_cast<double>(k));

    for (int i = 0; i < p.items; ++i) {
        const double *t = result.posteriors.data() + at(i, k, 0);
        for (size_t a = p.begin(i); a < p.end(i); ++a)
            correct[static_cast<size_t>(p.worker[a])] += t[p.label[a]];
    }

    auto emStep = [&]() {
        for (int w = 0; w < p.workers; ++w) {
            const auto ww = static_cast<size_t>(w);
            accuracy[ww] = (correct[ww] + s) / (p.workerAnswers[ww] + 2.0 * s);
            const double wrong = (1.0 - accuracy[ww]) / others;
            ratio[ww] = accuracy[ww] / wrong;
            logWrong[ww] = std::log(wrong);
        }
        std::fill(correct.begin(), correct.end(), 0.0);

        double logLikelihood = static_cast<double>(p.items) * logPrior;
        LogProduct likelihood;
        for (int i = 0; i < p.items; ++i) {
            double *t = result.posteriors.data() + at(i, k, 0);
            std::fill(t, t + k, 1.0);
            int scale = 0;
            for (size_t a = p.begin(i); a < p.end(i); ++a) {
                const auto w = static_cast<size_t>(p.worker[a]);
                double &entry = t[p.label[a]];
                entry *= ratio[w];
                logLikelihood += logWrong[w];
                scale += rescaleAfter(t, k, entry);
            }
            likelihood.add(normaliseRow(t, k), scale);
            for (size_t a = p.begin(i); a < p.end(i); ++a)
                correct[static_cast<size_t>(p.worker[a])] += t[p.label[a]];
        }
        return logLikelihood + likelihood.value();
    };
    iterate(p, options, result, emStep);

    decide(p, result);
    result.workerReliability = accuracy;
    result.classPriors.assign(static_cast<size_t>(k), 1.0 / k);
    return result;
}

// GLAD: P(answer correct) = σ(α_w β_i) with ability α_w of the worker and easiness β_i > 0 of the
// item, errors spread evenly; even class prior; Gaussian priors N(1, 1) on α and on log β as in
// Whitehill et al. The first E-step runs at the prior means, where it is a sharpened majority vote.
InferenceResult glad(const Problem &p, const InferenceOptions &options)
{
    const int k = p.labels;
    const double logOthers = std::log(std::max(1, k - 1));
    const double logPrior = -std::log(static_cast<double>(k));
    const double abilityMean = 1.0;
    const double easinessMean = 1.0; // of log β

    InferenceResult result;
    result.posteriors.assign(static_cast<size_t>(p.items) * static_cast<size_t>(k), 0.0);
    std::vector<double> ability(static_cast<size_t>(p.workers), abilityMean);
    std::vector<double> logEasiness(static_cast<size_t>(p.items), easinessMean);
    std::vector<double> easiness(static_cast<size_t>(p.items), std::exp(easinessMean));
    std::vector<double> gradient(static_cast<size_t>(p.workers));
    std::vector<double> curvature(static_cast<size_t>(p.workers));
    std::vector<double> sigmas(p.answers); // σ(α β) of every answer, kept from the last E-step

    // Raw pointers: these loops run over every answer several times per iteration.
    double *const alpha = ability.data();
    double *const logBeta = logEasiness.data();
    double *const beta = easiness.data();
    double *const sigma = sigmas.data();
    double *const posteriors = result.posteriors.data();
    const int *const workerOf = p.worker;
    const int *const labelOf = p.label;
    const qsizetype *const offsets = p.offsets;

    // M-step: one Newton step per worker on α (the objective is concave in each α), then one
    // damped Newton step per item on log β (not concave there: the curvature is padded with the
    // size of the gradient terms). Steps are clipped to ±2 so a poor start cannot run away.
    auto mStep = [&]() {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        std::fill(curvature.begin(), curvature.end(), 0.0);
        double *const g = gradient.data();
        double *const h = curvature.data();
        for (int i = 0; i < p.items; ++i) {
            const double *t = posteriors + static_cast<size_t>(i) * static_cast<size_t>(k);
            const double b = beta[i];
            for (qsizetype a = offsets[i]; a < offsets[i + 1]; ++a) {
                const int w = workerOf[a];
                g[w] += (t[labelOf[a]] - sigma[a]) * b;
                h[w] += sigma[a] * (1.0 - sigma[a]) * b * b;
            }
        }
        for (int w = 0; w < p.workers; ++w)
            alpha[w] += std::clamp((g[w] - (alpha[w] - abilityMean)) / (h[w] + 1.0), -2.0, 2.0);
        for (int i = 0; i < p.items; ++i) {
            const double *t = posteriors + static_cast<size_t>(i) * static_cast<size_t>(k);
            double slope = -(logBeta[i] - easinessMean);
            double bend = 1.0;
            for (qsizetype a = offsets[i]; a < offsets[i + 1]; ++a) {
                const double x = alpha[workerOf[a]] * beta[i];
                const double s = sigmoid(x);
                const double term = (t[labelOf[a]] - s) * x;
                slope += term;
                bend += s * (1.0 - s) * x * x + std::abs(term);
            }
            logBeta[i] += std::clamp(slope / bend, -2.0, 2.0);
            beta[i] = std::exp(logBeta[i]);
        }
    };

    auto eStep = [&]() {
        double logLikelihood = 0.0;
        for (int i = 0; i < p.items; ++i) {
            double *t = posteriors + static_cast<size_t>(i) * static_cast<size_t>(k);
            double base = logPrior;
            std::fill(t, t + k, 0.0);
            for (qsizetype a = offsets[i]; a < offsets[i + 1]; ++a) {
                const double x = alpha[workerOf[a]] * beta[i];
                // σ(x) and log σ(x) from one exponential.
                const double e = std::exp(-std::abs(x));
                const double logOnePlus = std::log1p(e);
                sigma[a] = x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                const double right = x >= 0 ? -logOnePlus : x - logOnePlus;
                const double wrong = right - x - logOthers; // log(1 - σ(x)) - log(K - 1)
                base += wrong;
                t[labelOf[a]] += right - wrong;
            }
            for (int c = 0; c < k; ++c)
                t[c] += base;
            logLikelihood += normaliseLogRow(t, k);
        }
        return logLikelihood;
    };
    eStep();
    iterate(p, options, result, [&]() {
        mStep();
        return eStep();
    });

    decide(p, result);
    result.workerAbility = ability;
    result.itemEasiness = easiness;
    result.classPriors.assign(static_cast<size_t>(k), 1.0 / k);
    result.workerReliability.assign(static_cast<size_t>(p.workers), 0.0);
    for (size_t a = 0; a < p.answers; ++a) {
        const auto w = static_cast<size_t>(p.worker[a]);
        result.workerReliability[w] += sigmoid(ability[w] * easiness[static_cast<size_t>(p.item[a])]);
    }
    for (int w = 0; w < p.workers; ++w)
        result.workerReliability[static_cast<size_t>(w)] /= std::max(1.0, p.workerAnswers[static_cast<size_t>(w)]);
    return result;
}

// A deterministic uniform number in [0, 1) from a seeded 64-bit Mersenne Twister, whose sequence
// (unlike std::uniform_real_distribution's) is fixed by the standard.
class UniformSource
{
public:
    explicit UniformSource(quint64 seed) : m_engine(seed) { }
    double next() { return static_cast<double>(m_engine() >> 11) * 0x1p-53; }

private:
    std::mt19937_64 m_engine;
};

// ψ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 6, then the asymptotic series.
double digamma(double x)
{
    double result = 0.0;
    while (x < 6.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double f = 1.0 / (x * x);
    return result + std::log(x) - 0.5 / x -
           f * (1.0 / 12.0 - f * (1.0 / 120.0 - f * (1.0 / 252.0 - f * (1.0 / 240.0 - f * (1.0 / 132.0)))));
}

// MACE (Hovy et al. 2013): each worker knows the true label with probability θ_w and otherwise
// answers from a spamming strategy ξ_w, so P(answer l | truth z) = θ_w [l = z] + (1 − θ_w) ξ_w(l),
// under an even prior over the true labels. Trained as MACE trains by default: variational Bayes
// with a Beta(0.5, 0.5) prior on θ_w and a symmetric Dirichlet(10) prior on ξ_w, whose pull towards
// an even strategy keeps workers who mostly give the common label from passing for spammers
// (InferenceOptions::maceTraining selects plain EM with MACE's 0.01 / K smoothing instead; with
// MaceStrategies::Even every spamming strategy stays at 1/K and only the competences are fitted).
// One run starts from an even competence of 0.5, `restarts` more from seeded random points; the
// run with the best marginal log-likelihood wins, the earliest on a tie.
InferenceResult mace(const Problem &p, const InferenceOptions &options)
{
    const int k = p.labels;
    const size_t wk = static_cast<size_t>(p.workers) * static_cast<size_t>(k);
    const double smoothing = 0.01 / k;
    constexpr double kCompetencePrior = 0.5; // Beta(a, b) on θ, a = b
    constexpr double kStrategyPrior = 10.0; // Dirichlet on ξ, every label alike
    const bool variational = options.maceTraining == MaceTraining::VariationalBayes;

    // know and spam are θ and 1 − θ under EM; under variational Bayes their geometric means
    // exp E[log θ] and exp E[log(1 − θ)], which sum to less than one (likewise the strategy).
    std::vector<double> know(static_cast<size_t>(p.workers));
    std::vector<double> spam(static_cast<size_t>(p.workers));
    std::vector<double> strategy(wk);
    std::vector<double> boost(wk); // 1 + know / (spam ξ(l))
    std::vector<double> logSpam(wk); // log(spam ξ(l))
    std::vector<double> knowCounts(static_cast<size_t>(p.workers));
    std::vector<double> spamCounts(wk);
    std::vector<double> posteriors(static_cast<size_t>(p.items) * static_cast<size_t>(k));
    const double evenPrior = 1.0 / k;
    const bool evenStrategies = options.maceStrategies == MaceStrategies::Even;

    auto prepare = [&]() {
        for (size_t n = 0; n < wk; ++n) {
            const size_t w = n / static_cast<size_t>(k);
            const double spamming = std::max(spam[w] * strategy[n], 1e-300);
            boost[n] = 1.0 + know[w] / spamming;
            logSpam[n] = std::log(spamming);
        }
    };
    auto mStep = [&]() {
        for (int w = 0; w < p.workers; ++w) {
            const auto ww = static_cast<size_t>(w);
            double spamTotal = 0.0;
            for (int l = 0; l < k; ++l)
                spamTotal += spamCounts[at(w, k, l)];
            if (variational) {
                const double all = digamma(knowCounts[ww] + spamTotal + 2.0 * kCompetencePrior);
                know[ww] = std::exp(digamma(knowCounts[ww] + kCompetencePrior) - all);
                spam[ww] = std::exp(digamma(spamTotal + kCompetencePrior) - all);
                if (evenStrategies)
                    continue;
                const double strategyAll = digamma(spamTotal + k * kStrategyPrior);
                for (int l = 0; l < k; ++l)
                    strategy[at(w, k, l)] = std::exp(digamma(spamCounts[at(w, k, l)] + kStrategyPrior) - strategyAll);
            } else {
                know[ww] = (knowCounts[ww] + smoothing) / (knowCounts[ww] + spamTotal + 2.0 * smoothing);
                spam[ww] = 1.0 - know[ww];
                if (evenStrategies)
                    continue;
                for (int l = 0; l < k; ++l)
                    strategy[at(w, k, l)] = (spamCounts[at(w, k, l)] + smoothing) / (spamTotal + k * smoothing);
            }
        }
        prepare();
    };
    // E-step over all items, gathering the next M-step's expected counts: an answer equal to the
    // true label was known with probability know / (know + spam ξ(l)); any other answer was spam.
    auto eStep = [&]() {
        std::fill(knowCounts.begin(), knowCounts.end(), 0.0);
        std::fill(spamCounts.begin(), spamCounts.end(), 0.0);
        double logLikelihood = 0.0;
        LogProduct likelihood;
        const int *workerOf = p.worker;
        const int *labelOf = p.label;
        const double *boosts = boost.data();
        const double *logSpams = logSpam.data();
        double *knows = knowCounts.data();
        double *spams = spamCounts.data();
        for (int i = 0; i < p.items; ++i) {
            double *t = posteriors.data() + at(i, k, 0);
            std::fill(t, t + k, evenPrior);
            int scale = 0;
            const size_t first = p.begin(i);
            const size_t last = p.end(i);
            for (size_t a = first; a < last; ++a) {
                const int l = labelOf[a];
                const size_t n = static_cast<size_t>(workerOf[a]) * static_cast<size_t>(k) + static_cast<size_t>(l);
                t[l] *= boosts[n];
                logLikelihood += logSpams[n];
                if (t[l] > kHuge) // every boost is at least 1: entries only grow
                    scale += rescale(t, k);
            }
            likelihood.add(normaliseRow(t, k), scale);
            for (size_t a = first; a < last; ++a) {
                const int l = labelOf[a];
                const size_t n = static_cast<size_t>(workerOf[a]) * static_cast<size_t>(k) + static_cast<size_t>(l);
                const double knew = t[l] * (1.0 - 1.0 / boosts[n]);
                knows[workerOf[a]] += knew;
                spams[n] += 1.0 - knew;
            }
        }
        return logLikelihood + likelihood.value();
    };

    InferenceResult best;
    UniformSource random(options.seed);
    for (int run = 0; run <= options.restarts; ++run) {
        if (run == 0) {
            std::fill(know.begin(), know.end(), 0.5);
            std::fill(spam.begin(), spam.end(), 0.5);
            std::fill(strategy.begin(), strategy.end(), 1.0 / k);
        } else {
            // As MACE and crowd-kit: every weight drawn from [1, 2.5), then normalised.
            for (int w = 0; w < p.workers; ++w) {
                const double knowing = 1.0 + 1.5 * random.next();
                const double spamming = 1.0 + 1.5 * random.next();
                know[static_cast<size_t>(w)] = knowing / (knowing + spamming);
                spam[static_cast<size_t>(w)] = spamming / (knowing + spamming);
                if (evenStrategies)
                    continue;
                double total = 0.0;
                for (int l = 0; l < k; ++l) {
                    strategy[at(w, k, l)] = 1.0 + 1.5 * random.next();
                    total += strategy[at(w, k, l)];
                }
                for (int l = 0; l < k; ++l)
                    strategy[at(w, k, l)] /= total;
            }
        }
        prepare();
        eStep();
        InferenceResult attempt;
        iterate(p, options, attempt, [&]() {
            mStep();
            return eStep();
        });
        if (run > 0 && !(attempt.logLikelihood > best.logLikelihood))
            continue;
        best.logLikelihood = attempt.logLikelihood;
        best.iterations = attempt.iterations;
        best.converged = attempt.converged;
        best.posteriors = posteriors;
        best.classPriors.assign(static_cast<size_t>(k), evenPrior);
        best.workerAbility.resize(static_cast<size_t>(p.workers));
        best.workerReliability.resize(static_cast<size_t>(p.workers));
        for (int w = 0; w < p.workers; ++w) {
            const auto ww = static_cast<size_t>(w);
            // P(correct) = θ + (1 − θ) Σ_z prior(z) ξ(z), which the even prior makes θ + (1 − θ) / K.
            const double theta = know[ww] / (know[ww] + spam[ww]);
            best.workerAbility[ww] = theta;
            best.workerReliability[ww] = theta + (1.0 - theta) * evenPrior;
        }
    }
    decide(p, best);
    return best;
}

} // namespace

QString inferenceMethodName(InferenceMethod method)
{
    switch (method) {
    case InferenceMethod::MajorityVote:
        return u"mv"_s;
    case InferenceMethod::Wawa:
        return u"wawa"_s;
    case InferenceMethod::DawidSkene:
        return u"ds"_s;
    case InferenceMethod::OneCoinDawidSkene:
        return u"onecoin"_s;
    case InferenceMethod::Glad:
        return u"glad"_s;
    case InferenceMethod::Mace:
        return u"mace"_s;
    }
    return u"mv"_s;
}

Result<InferenceMethod> parseInferenceMethod(const QString &name)
{
    for (InferenceMethod method : {InferenceMethod::MajorityVote, InferenceMethod::Wawa, InferenceMethod::DawidSkene,
                                   InferenceMethod::OneCoinDawidSkene, InferenceMethod::Glad, InferenceMethod::Mace}) {
        if (inferenceMethodName(method) == name)
            return method;
    }
    return Error::validation(u"unknown method \"%1\" (expected mv, wawa, ds, onecoin, glad or mace)"_s.arg(name));
}

Result<InferenceResult> inferLabels(const AnswerSet &answers, InferenceMethod method, const InferenceOptions &options)
{
    if (options.maxIterations < 1)
        return Error::validation(u"the iteration cap must be at least 1"_s);
    if (!(options.tolerance >= 0.0))
        return Error::validation(u"the convergence tolerance must not be negative"_s);
    if (!(options.smoothing > 0.0))
        return Error::validation(u"the smoothing must be positive"_s);
    if (options.restarts < 0)
        return Error::validation(u"the number of restarts must not be negative"_s);

    const Problem problem(answers);
    switch (method) {
    case InferenceMethod::MajorityVote:
        return majorityVote(problem);
    case InferenceMethod::Wawa:
        return wawa(problem);
    case InferenceMethod::DawidSkene:
        return dawidSkene(problem, options);
    case InferenceMethod::OneCoinDawidSkene:
        return oneCoinDawidSkene(problem, options);
    case InferenceMethod::Glad:
        return glad(problem, options);
    case InferenceMethod::Mace:
        return mace(problem, options);
    }
    return Error::internal(u"unknown inference method"_s);
}

QString numericMethodName(NumericMethod method)
{
    return method == NumericMethod::Mean ? u"mean"_s : u"median"_s;
}

Result<NumericMethod> parseNumericMethod(const QString &name)
{
    if (name == u"mean")
        return NumericMethod::Mean;
    if (name == u"median")
        return NumericMethod::Median;
    return Error::validation(u"unknown numeric method \"%1\" (expected mean or median)"_s.arg(name));
}

Result<std::vector<double>> inferValues(const AnswerSet &answers, NumericMethod method)
{
    if (!answers.isNumeric())
        return Error::validation(u"%1:%2: the answer \"%3\" is not a number"_s.arg(answers.sourceName())
                                         .arg(answers.firstNonNumericLine())
                                         .arg(answers.firstNonNumericAnswer()));
    const std::vector<double> &values = answers.answerValues();
    const std::vector<qsizetype> &offsets = answers.itemOffsets();
    std::vector<double> estimates(static_cast<size_t>(answers.itemCount()));
    std::vector<double> scratch;
    for (int i = 0; i < answers.itemCount(); ++i) {
        const auto first = values.begin() + offsets[static_cast<size_t>(i)];
        const auto last = values.begin() + offsets[static_cast<size_t>(i) + 1];
        if (method == NumericMethod::Mean) {
            double sum = 0.0;
            for (auto v = first; v != last; ++v)
                sum += *v;
            estimates[static_cast<size_t>(i)] = sum / static_cast<double>(last - first);
        } else {
            scratch.assign(first, last);
            std::sort(scratch.begin(), scratch.end());
            const size_t n = scratch.size();
            estimates[static_cast<size_t>(i)] =
                    n % 2 == 1 ? scratch[n / 2] : (scratch[n / 2 - 1] + scratch[n / 2]) / 2.0;
        }
    }
    return estimates;
}

} // namespace Chrysalis
