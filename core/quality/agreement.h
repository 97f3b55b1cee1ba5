#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Chrysalis {

// One rating; std::nullopt where the coder did not rate the unit.
using Rating = std::optional<double>;
// Ratings laid out coders × units (rows are coders), as Krippendorff writes reliability data.
using RatingMatrix = std::vector<std::vector<Rating>>;

enum class MeasurementLevel { Nominal, Ordinal, Interval, Ratio };

QString measurementLevelName(MeasurementLevel level);
Result<MeasurementLevel> parseMeasurementLevel(const QString &name);

// Krippendorff's alpha by the coincidence matrix. Units with fewer than two ratings are not
// pairable and are dropped; nothing is imputed. Ordinal distances use the ranks of the values
// that occur and the coincidence marginals; ratio distances ((c-k)/(c+k))^2. Fails when fewer
// than two pairable ratings remain, when every rating is the same value (alpha is undefined),
// when the rows differ in length, or when ratio data holds a negative value.
Result<double> krippendorffAlpha(const RatingMatrix &codersByUnits, MeasurementLevel level);

// The same from a units × values table of how many coders gave each value to each unit;
// `values` names the columns (in order, which matters for ordinal data).
Result<double> krippendorffAlphaFromCounts(const std::vector<std::vector<double>> &unitsByValueCounts,
                                           const std::vector<double> &values, MeasurementLevel level);

// Alpha for any kind of value and any distance δ(a, b) >= 0 with δ(a, a) = 0, e.g. label sets
// compared by masiDistance. valuesPerUnit holds, per unit, only the values actually given.
template<typename Value, typename Distance>
Result<double> krippendorffAlphaWithDistance(const std::vector<std::vector<Value>> &valuesPerUnit, Distance distance)
{
    std::vector<const std::vector<Value> *> pairable;
    size_t n = 0;
    for (const std::vector<Value> &unit : valuesPerUnit) {
        if (unit.size() >= 2) {
            pairable.push_back(&unit);
            n += unit.size();
        }
    }
    if (n < 2)
        return Error::validation(QStringLiteral("alpha needs at least one unit with two ratings"));
    double observed = 0.0;
    for (const std::vector<Value> *unit : pairable) {
        double within = 0.0;
        for (size_t i = 0; i < unit->size(); ++i) {
            for (size_t j = 0; j < unit->size(); ++j) {
                if (i != j)
                    within += distance((*unit)[i], (*unit)[j]);
            }
        }
        observed += within / static_cast<double>(unit->size() - 1);
    }
    double expected = 0.0;
    for (const std::vector<Value> *first : pairable) {
        for (const Value &a : *first) {
            for (const std::vector<Value> *second : pairable) {
                for (const Value &b : *second)
                    expected += distance(a, b);
            }
        }
    }
    if (expected <= 0.0)
        return Error::validation(QStringLiteral("alpha is undefined when every rating is the same"));
    return 1.0 - static_cast<double>(n - 1) * observed / expected;
}

// MASI distance between two label sets (Passonneau 2006) with the weights NLTK uses:
// 1 - |A∩B|/|A∪B| × m, m = 1 (equal), 0.67 (one contains the other), 0.33 (overlap), 0 (disjoint).
double masiDistance(const QSet<QString> &first, const QSet<QString> &second);

// How Cohen's kappa credits partial agreement between ordered categories i and j of K:
// none; linear 1 - |i-j|/(K-1); quadratic 1 - (i-j)^2/(K-1)^2.
enum class KappaWeights { None, Linear, Quadratic };

QString kappaWeightsName(KappaWeights weights);
Result<KappaWeights> parseKappaWeights(const QString &name);

// Cohen's kappa from a K × K contingency table (rows: first rater, columns: second rater). The
// table fixes the categories and their order, unused ones included. Fails on a table that is
// not square, has negative or no counts, or leaves kappa undefined (chance agreement of 1).
Result<double> cohensKappa(const std::vector<std::vector<double>> &contingency,
                           KappaWeights weights = KappaWeights::None);

// Cohen's kappa from two raters' ratings of the same units (pairs with a missing rating are
// dropped). The categories are the values either rater used, in numeric order, and weights go by
// rank among them, as R's irr::kappa2 does.
Result<double> cohensKappa(const std::vector<Rating> &first, const std::vector<Rating> &second,
                           KappaWeights weights = KappaWeights::None);

// Cohen's kappa with R irr's numeric weights: scores[d] scores the disagreement of two categories
// d ranks apart and is rescaled to a credit 1 - (scores[d] - min) / (max - min). Needs one score
// per rank distance (at least as many as categories) and scores that are not all equal.
Result<double> cohensKappa(const std::vector<Rating> &first, const std::vector<Rating> &second,
                           const std::vector<double> &disagreementScores);

// Fleiss' kappa with its parts: kappa = (observed - chance) / (1 - chance), where observed is the
// mean agreement per subject (P-bar) and chance the agreement expected by chance (P-bar-e).
struct FleissKappa {
    double kappa = 0.0;
    double observedAgreement = 0.0;
    double chanceAgreement = 0.0;
};

// Fleiss' kappa from a subjects × categories table of how many raters chose each category.
// Every subject must have the same number of ratings (at least two).
Result<FleissKappa> fleissKappaDetails(const std::vector<std::vector<double>> &subjectsByCategoryCounts);
Result<double> fleissKappa(const std::vector<std::vector<double>> &subjectsByCategoryCounts);

// Fleiss' kappa from coders × units ratings (the categories are the values used). Every unit must
// have the same number of ratings; for unequal numbers use Krippendorff's alpha.
Result<double> fleissKappa(const RatingMatrix &codersByUnits);

// A coders × units rating table as read from a file, before it is given numbers.
struct RatingTable {
    QString sourceName;
    QStringList coders; // from the first column when the file has a header row, else "1", "2", …
    QStringList units;
    std::vector<std::vector<QString>> cells; // empty = missing
    std::vector<int> lines; // the file line of each coder's row
};

// Reads a coders × units matrix (comma, tab or whitespace separated; any line endings). An empty
// cell or NA is a missing rating. When the first cell of the file is coder, rater, annotator or
// worker, the first row names the units and the first column names the coders. Every row must
// have the same number of cells; errors name the file and line.
Result<RatingTable> loadRatingMatrixCsv(const QString &path);
Result<RatingTable> parseRatingMatrix(const QByteArray &bytes, const QString &sourceName);

// Gives the table numbers. With allowText (nominal data), cells that are not all numbers are
// coded 0, 1, … in text order; otherwise a cell that is not a number is an error naming its line.
Result<RatingMatrix> toRatingMatrix(const RatingTable &table, bool allowText);

} // namespace Chrysalis
