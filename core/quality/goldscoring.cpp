#include "core/quality/goldscoring.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace Chrysalis {

Status validateGoldPolicy(const GoldPolicy &policy)
{
    QList<FieldError> errors;
    if (!(policy.priorCorrect > 0.0))
        errors.append({u"prior_correct"_s, u"must be positive"_s});
    if (!(policy.priorWrong > 0.0))
        errors.append({u"prior_wrong"_s, u"must be positive"_s});
    if (!(policy.z > 0.0))
        errors.append({u"z"_s, u"must be positive"_s});
    if (policy.minimumAnswers < 0)
        errors.append({u"minimum_answers"_s, u"must not be negative"_s});
    if (!(policy.passAccuracy >= 0.0 && policy.passAccuracy <= 1.0))
        errors.append({u"pass_accuracy"_s, u"must lie between 0 and 1"_s});
    if (!errors.isEmpty())
        return Error::validation(u"invalid gold policy"_s, errors);
    return {};
}

Proportion estimateProportion(int successes, int trials, const GoldPolicy &policy)
{
    Proportion result;
    result.trials = trials;
    result.successes = successes;
    const double a = policy.priorCorrect;
    const double b = policy.priorWrong;
    result.posteriorMean = (successes + a) / (trials + a + b);
    if (trials == 0)
        return result;
    const double n = trials;
    const double p = successes / n;
    const double z2 = policy.z * policy.z;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = policy.z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
    result.observed = p;
    result.lower = std::max(0.0, centre - half);
    result.upper = std::min(1.0, centre + half);
    return result;
}

QString goldStandingName(GoldStanding standing)
{
    switch (standing) {
    case GoldStanding::Unproven:
        return u"unproven"_s;
    case GoldStanding::Meets:
        return u"meets"_s;
    case GoldStanding::Below:
        return u"below"_s;
    }
    return u"unproven"_s;
}

GoldStanding goldStanding(const Proportion &accuracy, const GoldPolicy &policy)
{
    if (accuracy.trials < policy.minimumAnswers || accuracy.trials == 0)
        return GoldStanding::Unproven;
    return accuracy.upper < policy.passAccuracy ? GoldStanding::Below : GoldStanding::Meets;
}

bool sameLabel(const QString &a, const QString &b)
{
    const QString left = a.trimmed();
    const QString right = b.trimmed();
    if (left == right)
        return true;
    bool leftInteger = false;
    bool rightInteger = false;
    const qlonglong leftValue = left.toLongLong(&leftInteger);
    const qlonglong rightValue = right.toLongLong(&rightInteger);
    return leftInteger && rightInteger && leftValue == rightValue;
}

bool GoldKey::accepts(const QString &label) const
{
    return std::any_of(acceptedLabels.begin(), acceptedLabels.end(),
                       [&](const QString &accepted) { return sameLabel(accepted, label); });
}

Result<GoldKeySet> GoldKeySet::fromKeys(std::vector<GoldKey> keys)
{
    QSet<QString> seen;
    for (const GoldKey &key : keys) {
        if (key.itemId.trimmed().isEmpty())
            return Error::validation(u"a gold item has no item id"_s);
        if (seen.contains(key.itemId))
            return Error::validation(u"the gold item %1 is listed twice"_s.arg(key.itemId));
        seen.insert(key.itemId);
        const bool anyLabel = std::any_of(key.acceptedLabels.begin(), key.acceptedLabels.end(),
                                          [](const QString &label) { return !label.trimmed().isEmpty(); });
        if (!anyLabel)
            return Error::validation(u"the gold item %1 has no accepted answer"_s.arg(key.itemId));
    }
    GoldKeySet set;
    set.m_keys = std::move(keys);
    for (size_t k = 0; k < set.m_keys.size(); ++k)
        set.m_index.insert(set.m_keys[k].itemId, static_cast<qsizetype>(k));
    return set;
}

const GoldKey *GoldKeySet::key(const QString &itemId) const
{
    const auto found = m_index.constFind(itemId);
    return found == m_index.constEnd() ? nullptr : &m_keys[static_cast<size_t>(*found)];
}

Result<GoldKeySet> GoldKeySet::corrected(const GoldCorrection &correction) const
{
    const GoldKey *current = key(correction.itemId);
    if (!current)
        return Error::notFound(u"%1 is not a gold item"_s.arg(correction.itemId));
    std::vector<GoldKey> keys = m_keys;
    auto target = std::find_if(keys.begin(), keys.end(),
                               [&](const GoldKey &candidate) { return candidate.itemId == correction.itemId; });
    switch (correction.kind) {
    case GoldCorrectionKind::Retire:
        keys.erase(target);
        return fromKeys(std::move(keys));
    case GoldCorrectionKind::Replace: {
        QStringList labels;
        for (const QString &label : correction.labels) {
            if (!label.trimmed().isEmpty())
                labels.append(label.trimmed());
        }
        if (labels.isEmpty())
            return Error::validation(u"the corrected key of %1 has no accepted answer"_s.arg(correction.itemId));
        const bool same = labels.size() == current->acceptedLabels.size() &&
                          std::all_of(labels.begin(), labels.end(),
                                      [&](const QString &label) { return current->accepts(label); });
        if (same)
            return Error::validation(u"the correction leaves the key of %1 as it was"_s.arg(correction.itemId));
        target->acceptedLabels = labels;
        break;
    }
    case GoldCorrectionKind::Accept: {
        bool added = false;
        for (const QString &label : correction.labels) {
            if (label.trimmed().isEmpty() || target->accepts(label))
                continue;
            target->acceptedLabels.append(label.trimmed());
            added = true;
        }
        if (!added)
            return Error::validation(u"the key of %1 already accepts these answers"_s.arg(correction.itemId));
        break;
    }
    }
    ++target->version;
    return fromKeys(std::move(keys));
}

Result<std::vector<WorkerGoldScore>> scoreGold(const GoldKeySet &keys, const std::vector<GoldAnswer> &answers,
                                               const GoldPolicy &policy)
{
    if (Status valid = validateGoldPolicy(policy); !valid)
        return valid.error();
    QHash<QString, int> workerIndex;
    QSet<QPair<QString, QString>> answered;
    std::vector<WorkerGoldScore> scores;
    std::vector<int> correct;
    for (const GoldAnswer &answer : answers) {
        const GoldKey *key = keys.key(answer.itemId);
        if (!key)
            continue;
        const QPair<QString, QString> pair{answer.workerId, answer.itemId};
        if (answered.contains(pair))
            continue;
        answered.insert(pair);
        auto found = workerIndex.constFind(answer.workerId);
        if (found == workerIndex.constEnd()) {
            found = workerIndex.insert(answer.workerId, static_cast<int>(scores.size()));
            WorkerGoldScore score;
            score.workerId = answer.workerId;
            scores.push_back(score);
            correct.push_back(0);
        }
        const auto w = static_cast<size_t>(*found);
        ++scores[w].accuracy.trials;
        if (key->accepts(answer.label))
            ++correct[w];
    }
    for (size_t w = 0; w < scores.size(); ++w) {
        scores[w].accuracy = estimateProportion(correct[w], scores[w].accuracy.trials, policy);
        scores[w].standing = goldStanding(scores[w].accuracy, policy);
    }
    return scores;
}

Result<QualificationOutcome> scoreQualification(const GoldKeySet &test, const std::vector<GoldAnswer> &answers,
                                                double passAccuracy)
{
    if (!(passAccuracy >= 0.0 && passAccuracy <= 1.0))
        return Error::validation(u"the pass accuracy must lie between 0 and 1"_s);
    if (test.keys().empty())
        return Error::validation(u"the qualification test has no items"_s);
    QualificationOutcome outcome;
    outcome.items = static_cast<int>(test.keys().size());
    QSet<QString> scored;
    for (const GoldAnswer &answer : answers) {
        const GoldKey *key = test.key(answer.itemId);
        if (!key || scored.contains(answer.itemId))
            continue;
        scored.insert(answer.itemId);
        if (key->accepts(answer.label))
            ++outcome.correct;
    }
    outcome.accuracy = static_cast<double>(outcome.correct) / outcome.items;
    outcome.passed = outcome.accuracy >= passAccuracy;
    return outcome;
}

Result<QStringList> mixGold(const QStringList &regularItems, const QStringList &goldItems, double rate, quint64 seed)
{
    if (!(rate >= 0.0 && rate < 1.0))
        return Error::validation(u"the gold rate must be at least 0 and below 1"_s);
    // gold / (regular + gold) = rate, rounded to the nearest whole item.
    const auto wanted =
            static_cast<qsizetype>(std::llround(rate / (1.0 - rate) * static_cast<double>(regularItems.size())));
    const qsizetype goldCount = std::min(wanted, goldItems.size());
    std::mt19937_64 random(seed);
    QStringList gold = goldItems;
    std::shuffle(gold.begin(), gold.end(), random);
    gold.resize(goldCount);
    std::vector<bool> isGold(static_cast<size_t>(regularItems.size() + goldCount), false);
    std::fill(isGold.begin(), isGold.begin() + goldCount, true);
    std::shuffle(isGold.begin(), isGold.end(), random);
    QStringList queue;
    queue.reserve(static_cast<qsizetype>(isGold.size()));
    qsizetype nextRegular = 0;
    qsizetype nextGold = 0;
    for (bool slotIsGold : isGold)
        queue.append(slotIsGold ? gold[nextGold++] : regularItems[nextRegular++]);
    return queue;
}

GoldCorrection upholdingCorrection(const GoldContest &contest, GoldCorrectionKind kind)
{
    GoldCorrection correction;
    correction.itemId = contest.itemId;
    correction.kind = kind;
    if (kind != GoldCorrectionKind::Retire)
        correction.labels = {contest.proposedLabel};
    return correction;
}

Result<GoldRescore> rescoreAfterCorrection(const GoldKeySet &keys, const GoldCorrection &correction,
                                           const std::vector<GoldAnswer> &answers, const GoldPolicy &policy)
{
    Result<GoldKeySet> corrected = keys.corrected(correction);
    if (!corrected)
        return corrected.error();
    Result<std::vector<WorkerGoldScore>> before = scoreGold(keys, answers, policy);
    if (!before)
        return before.error();
    Result<std::vector<WorkerGoldScore>> after = scoreGold(*corrected, answers, policy);
    if (!after)
        return after.error();

    QSet<QString> affected;
    for (const GoldAnswer &answer : answers) {
        if (answer.itemId == correction.itemId)
            affected.insert(answer.workerId);
    }
    GoldRescore rescore{std::move(*corrected), std::move(*after), {}};
    QHash<QString, size_t> now;
    for (size_t w = 0; w < rescore.scores.size(); ++w)
        now.insert(rescore.scores[w].workerId, w);
    for (const WorkerGoldScore &old : *before) {
        if (!affected.contains(old.workerId))
            continue;
        GoldRescoreChange change{old.workerId, old, {}};
        if (const auto found = now.constFind(old.workerId); found != now.constEnd()) {
            change.after = rescore.scores[*found];
        } else { // every gold answer of this worker was to the retired item
            change.after.workerId = old.workerId;
            change.after.accuracy = estimateProportion(0, 0, policy);
            change.after.standing = goldStanding(change.after.accuracy, policy);
        }
        rescore.changes.push_back(change);
    }
    return rescore;
}

} // namespace Chrysalis
