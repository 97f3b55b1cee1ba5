#pragma once

#include "core/quality/answerset.h"
#include "core/result.h"

#include <vector>

namespace Chrysalis {

// What to do with gold items that no worker answered (S_Adult has 1,184 of 1,517).
enum class UnansweredGold {
    Skip, // score only the answered gold items (crowd-kit's protocol)
    ScoreAsUniformGuess, // count each as 1/K correct: the expectation of a uniformly random label
};

// How inferred labels compare with the truth. A truth value that is not one of the answer set's
// labels can never be matched and counts as wrong.
struct LabelScore {
    qsizetype goldItems = 0;
    qsizetype answeredGoldItems = 0;
    double correctItems = 0.0; // an expectation with scorePosteriors, so not always whole
    double accuracy = 0.0; // over the answered gold items, or over all with ScoreAsUniformGuess
};

// labels: one label code per item of `answers` (as InferenceResult::labels).
// Fails when the sizes disagree or no gold item can be scored.
Result<LabelScore> scoreLabels(const AnswerSet &answers, const std::vector<int> &labels, const TruthSet &truth,
                               UnansweredGold unanswered = UnansweredGold::Skip);

// The expected accuracy when ties between an item's most probable labels are broken uniformly at
// random (Zheng et al.'s protocol): an item whose t top labels tie, the truth among them, counts
// 1/t. Labels tie only when their posteriors are exactly equal, as equal vote shares are.
// posteriors: itemCount × labelCount, as InferenceResult::posteriors.
Result<LabelScore> scorePosteriors(const AnswerSet &answers, const std::vector<double> &posteriors,
                                   const TruthSet &truth, UnansweredGold unanswered = UnansweredGold::Skip);

// F1 of one class over the answered gold items (precision and recall of `positiveLabel`).
Result<double> f1Score(const AnswerSet &answers, const std::vector<int> &labels, const TruthSet &truth,
                       const QString &positiveLabel);

struct ValueScore {
    qsizetype scoredItems = 0;
    double meanAbsoluteError = 0.0;
    double rootMeanSquaredError = 0.0;
};

// values: one estimate per item. Fails on a truth value that is not a number (naming the item).
Result<ValueScore> scoreValues(const AnswerSet &answers, const std::vector<double> &values, const TruthSet &truth);

} // namespace Chrysalis
