#include "core/quality/evaluation.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

Status checkSize(const AnswerSet &answers, size_t size)
{
    if (size != static_cast<size_t>(answers.itemCount()))
        return Error::validation(
                u"%1 estimates given for %2 items"_s.arg(static_cast<qsizetype>(size)).arg(answers.itemCount()));
    return {};
}

// Accuracy from a per-item credit in [0, 1] for the items that were answered.
template<typename Credit>
Result<LabelScore> score(const AnswerSet &answers, const TruthSet &truth, UnansweredGold unanswered, Credit credit)
{
    LabelScore score;
    score.goldItems = truth.size();
    for (qsizetype g = 0; g < truth.size(); ++g) {
        const int item = answers.itemIndex(truth.itemIds()[g]);
        if (item < 0)
            continue;
        ++score.answeredGoldItems;
        score.correctItems += credit(item, answers.labelCode(truth.values()[g]));
    }
    if (unanswered == UnansweredGold::Skip) {
        if (score.answeredGoldItems == 0)
            return Error::validation(u"no item with a truth value was answered"_s);
        score.accuracy = score.correctItems / static_cast<double>(score.answeredGoldItems);
    } else {
        if (score.goldItems == 0)
            return Error::validation(u"the truth set is empty"_s);
        const double guessed = static_cast<double>(score.goldItems - score.answeredGoldItems) /
                               static_cast<double>(answers.labelCount());
        score.accuracy = (score.correctItems + guessed) / static_cast<double>(score.goldItems);
    }
    return score;
}

} // namespace

Result<LabelScore> scoreLabels(const AnswerSet &answers, const std::vector<int> &labels, const TruthSet &truth,
                               UnansweredGold unanswered)
{
    if (const Status sized = checkSize(answers, labels.size()); !sized)
        return sized.error();
    return score(answers, truth, unanswered,
                 [&](int item, int trueLabel) { return labels[static_cast<size_t>(item)] == trueLabel ? 1.0 : 0.0; });
}

Result<LabelScore> scorePosteriors(const AnswerSet &answers, const std::vector<double> &posteriors,
                                   const TruthSet &truth, UnansweredGold unanswered)
{
    const auto k = static_cast<size_t>(answers.labelCount());
    if (posteriors.size() != static_cast<size_t>(answers.itemCount()) * k)
        return Error::validation(u"%1 posteriors given for %2 items of %3 labels"_s.arg(posteriors.size())
                                         .arg(answers.itemCount())
                                         .arg(k));
    return score(answers, truth, unanswered, [&](int item, int trueLabel) {
        const double *row = posteriors.data() + static_cast<size_t>(item) * k;
        const double top = *std::max_element(row, row + k);
        const auto tied = static_cast<double>(std::count(row, row + k, top));
        return trueLabel >= 0 && row[trueLabel] == top ? 1.0 / tied : 0.0;
    });
}

Result<double> f1Score(const AnswerSet &answers, const std::vector<int> &labels, const TruthSet &truth,
                       const QString &positiveLabel)
{
    if (const Status sized = checkSize(answers, labels.size()); !sized)
        return sized.error();
    const int positive = answers.labelCode(positiveLabel);
    if (positive < 0)
        return Error::validation(u"label \"%1\" does not occur in the answers"_s.arg(positiveLabel));
    qsizetype truePositives = 0;
    qsizetype falsePositives = 0;
    qsizetype falseNegatives = 0;
    for (qsizetype g = 0; g < truth.size(); ++g) {
        const int item = answers.itemIndex(truth.itemIds()[g]);
        if (item < 0)
            continue;
        const bool predicted = labels[static_cast<size_t>(item)] == positive;
        const bool actual = answers.labelCode(truth.values()[g]) == positive;
        truePositives += predicted && actual;
        falsePositives += predicted && !actual;
        falseNegatives += !predicted && actual;
    }
    const qsizetype denominator = 2 * truePositives + falsePositives + falseNegatives;
    if (denominator == 0)
        return Error::validation(u"label \"%1\" is neither predicted nor true for any gold item"_s.arg(positiveLabel));
    return 2.0 * static_cast<double>(truePositives) / static_cast<double>(denominator);
}

Result<ValueScore> scoreValues(const AnswerSet &answers, const std::vector<double> &values, const TruthSet &truth)
{
    if (const Status sized = checkSize(answers, values.size()); !sized)
        return sized.error();
    ValueScore score;
    double absolute = 0.0;
    double squared = 0.0;
    for (qsizetype g = 0; g < truth.size(); ++g) {
        const int item = answers.itemIndex(truth.itemIds()[g]);
        if (item < 0)
            continue;
        bool ok = false;
        const double expected = truth.values()[g].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(expected))
            return Error::validation(
                    u"the truth of item \"%1\" is not a number: \"%2\""_s.arg(truth.itemIds()[g], truth.values()[g]));
        const double error = values[static_cast<size_t>(item)] - expected;
        absolute += std::abs(error);
        squared += error * error;
        ++score.scoredItems;
    }
    if (score.scoredItems == 0)
        return Error::validation(u"no item with a truth value was answered"_s);
    const auto n = static_cast<double>(score.scoredItems);
    score.meanAbsoluteError = absolute / n;
    score.rootMeanSquaredError = std::sqrt(squared / n);
    return score;
}

} // namespace Chrysalis
