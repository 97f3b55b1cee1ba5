#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Chrysalis {

// How gold answers are judged. MECHANISM.md names gold-question accuracy as part of a worker's
// execution reliability but fixes no numbers; these defaults are ours, and the marketplace may
// override them per task.
struct GoldPolicy {
    // Beta(priorCorrect, priorWrong) prior on a worker's accuracy: the estimate a worker starts from.
    double priorCorrect = 1.0;
    double priorWrong = 1.0;
    double z = 1.96; // width of the Wilson score interval: 1.96 is 95 % two-sided
    int minimumAnswers = 10; // fewer scored gold answers give no standing either way
    double passAccuracy = 0.7; // the accuracy a worker's gold answers are held to

    bool operator==(const GoldPolicy &) const = default;
};

// Fails, naming the field, when a prior is not positive, z is not positive, the minimum is
// negative or the pass accuracy lies outside [0, 1].
Status validateGoldPolicy(const GoldPolicy &policy);

// A share of successes out of trials, and what so few trials can tell of it.
struct Proportion {
    int trials = 0;
    int successes = 0;
    double observed = 0.0; // successes / trials; 0 without trials
    double posteriorMean = 0.0; // (successes + a) / (trials + a + b) under the policy's Beta prior
    double lower = 0.0; // Wilson score interval at the policy's z; [0, 1] without trials
    double upper = 1.0;

    bool operator==(const Proportion &) const = default;
};

// Precondition: 0 ≤ successes ≤ trials and a valid policy.
Proportion estimateProportion(int successes, int trials, const GoldPolicy &policy);

// Where a worker stands on gold. Doubt favours the worker: Below only when even the upper end of
// the interval is under the pass accuracy, so a short unlucky run is no verdict.
enum class GoldStanding { Unproven, Meets, Below };
QString goldStandingName(GoldStanding standing); // "unproven", "meets", "below"
GoldStanding goldStanding(const Proportion &accuracy, const GoldPolicy &policy);

// The answer key of one gold item: the labels that count as correct (usually one). Labels match
// as trimmed text, integer labels by value ("07" matches "7"), as AnswerSet codes them.
struct GoldKey {
    QString itemId;
    QStringList acceptedLabels;
    int version = 1; // raised by every correction, so a re-score can say which key it used

    bool accepts(const QString &label) const;
    bool operator==(const GoldKey &) const = default;
};

// True when two answer labels are the same label under the rule above.
bool sameLabel(const QString &a, const QString &b);

// How an upheld gold contest corrects a key: replace the accepted labels, accept one more, or
// retire the item from gold (its answers then count for no one).
enum class GoldCorrectionKind { Replace, Accept, Retire };

struct GoldCorrection {
    QString itemId;
    GoldCorrectionKind kind = GoldCorrectionKind::Replace;
    QStringList labels; // Replace: the new key; Accept: the labels to add; Retire: empty
};

// The gold items of a task and their answer keys, checked once so scoring cannot fail on them.
class GoldKeySet
{
public:
    // Fails on an empty item id, an item listed twice or a key without an accepted label.
    static Result<GoldKeySet> fromKeys(std::vector<GoldKey> keys);

    const std::vector<GoldKey> &keys() const { return m_keys; }
    // nullptr when the item is not gold (or was retired).
    const GoldKey *key(const QString &itemId) const;
    bool isGold(const QString &itemId) const { return key(itemId) != nullptr; }

    // The key set after a correction; the corrected key's version goes up by one. Fails when the
    // item is not gold, the correction would leave no accepted label, or it changes nothing.
    Result<GoldKeySet> corrected(const GoldCorrection &correction) const;

private:
    std::vector<GoldKey> m_keys;
    QHash<QString, qsizetype> m_index; // item id → position in m_keys
};

// One worker's answer to an item, as scoring sees it (answers to items that are not gold are ignored).
struct GoldAnswer {
    QString workerId;
    QString itemId;
    QString label;
};

struct WorkerGoldScore {
    QString workerId;
    Proportion accuracy;
    GoldStanding standing = GoldStanding::Unproven;

    bool operator==(const WorkerGoldScore &) const = default;
};

// Silent scoring: each worker's answers to gold items against the keys, workers in the order of
// their first gold answer. Only a worker's first answer to a gold item counts (a repeat is no
// second chance). Fails only on an invalid policy.
Result<std::vector<WorkerGoldScore>> scoreGold(const GoldKeySet &keys, const std::vector<GoldAnswer> &answers,
                                               const GoldPolicy &policy = {});

// A qualification test: passed when the share of the test's gold items answered correctly reaches
// passAccuracy. Unanswered test items count as wrong, so skipping is no way to pass.
struct QualificationOutcome {
    int items = 0;
    int correct = 0;
    double accuracy = 0.0;
    bool passed = false;
};

// answers: one worker's answers; those to items outside the test are ignored.
Result<QualificationOutcome> scoreQualification(const GoldKeySet &test, const std::vector<GoldAnswer> &answers,
                                                double passAccuracy);

// A worker's queue with gold items mixed in silently: `rate` is the share of gold in the result,
// rounded to whole items and capped by the gold there is; which gold items and where are drawn
// from `seed`, and the regular items keep their order. The same arguments give the same queue,
// so a server can rebuild it instead of storing it. Fails unless 0 ≤ rate < 1.
Result<QStringList> mixGold(const QStringList &regularItems, const QStringList &goldItems, double rate, quint64 seed);

// A worker's claim that a gold item's key is wrong.
struct GoldContest {
    QString itemId;
    QString workerId;
    QString proposedLabel; // what the worker believes is right
    QString reason;
};

// The correction that upholds a contest by accepting the proposed label beside the old key
// (Replace drops the old key, for when it was plainly wrong).
GoldCorrection upholdingCorrection(const GoldContest &contest, GoldCorrectionKind kind = GoldCorrectionKind::Accept);

// One worker whose gold answer a correction re-judged, with the scores before and after.
struct GoldRescoreChange {
    QString workerId;
    WorkerGoldScore before;
    WorkerGoldScore after;
};

struct GoldRescore {
    GoldKeySet keys; // the corrected keys
    std::vector<WorkerGoldScore> scores; // everyone, under the corrected keys
    std::vector<GoldRescoreChange> changes; // everyone who answered the corrected item, in score order
};

// Applies an upheld contest's correction and re-scores everyone who answered the item, in either
// direction: an answer the old key marked wrong may now count, and one it marked right may not.
Result<GoldRescore> rescoreAfterCorrection(const GoldKeySet &keys, const GoldCorrection &correction,
                                           const std::vector<GoldAnswer> &answers, const GoldPolicy &policy = {});

} // namespace Chrysalis
