#include "core/quality/agreement.h"

#include "core/quality/delimitedtext.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The squared distance δ² between the c-th and k-th values of the domain.
double levelDistance(MeasurementLevel level, const std::vector<double> &values, const std::vector<double> &marginals,
                     size_t c, size_t k)
{
    if (c == k)
        return 0.0;
    switch (level) {
    case MeasurementLevel::Nominal:
        return 1.0;
    case MeasurementLevel::Interval: {
        const double d = values[c] - values[k];
        return d * d;
    }
    case MeasurementLevel::Ratio: {
        const double sum = values[c] + values[k];
        if (sum == 0.0)
            return 0.0;
        const double d = (values[c] - values[k]) / sum;
        return d * d;
    }
    case MeasurementLevel::Ordinal: {
        const size_t low = std::min(c, k);
        const size_t high = std::max(c, k);
        double between = 0.0;
        for (size_t g = low; g <= high; ++g)
            between += marginals[g];
        const double d = between - (marginals[c] + marginals[k]) / 2.0;
        return d * d;
    }
    }
    return 1.0;
}

Status checkCounts(const std::vector<std::vector<double>> &table, size_t columns, const QString &what)
{
    for (size_t row = 0; row < table.size(); ++row) {
        if (table[row].size() != columns)
            return Error::validation(u"%1 row %2 has %3 cells, the first has %4"_s.arg(what)
                                             .arg(row + 1)
                                             .arg(table[row].size())
                                             .arg(columns));
        for (double count : table[row]) {
            if (!(count >= 0.0) || !std::isfinite(count))
                return Error::validation(
                        u"%1 row %2 holds a count that is negative or not a number"_s.arg(what).arg(row + 1));
        }
    }
    return {};
}

// Distinct values of a rating matrix, sorted, and each rating's index among them.
std::vector<double> distinctValues(const RatingMatrix &matrix)
{
    std::vector<double> values;
    for (const std::vector<Rating> &row : matrix) {
        for (const Rating &rating : row) {
            if (rating)
                values.push_back(*rating);
        }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

size_t indexOf(const std::vector<double> &values, double value)
{
    return static_cast<size_t>(std::lower_bound(values.begin(), values.end(), value) - values.begin());
}

Status checkRectangular(const RatingMatrix &matrix)
{
    if (matrix.empty())
        return Error::validation(u"the rating matrix is empty"_s);
    for (size_t row = 1; row < matrix.size(); ++row) {
        if (matrix[row].size() != matrix[0].size())
            return Error::validation(u"coder %1 has %2 ratings, coder 1 has %3"_s.arg(row + 1)
                                             .arg(matrix[row].size())
                                             .arg(matrix[0].size()));
    }
    return {};
}

// Units × values counts of a coders × units matrix.
std::vector<std::vector<double>> unitCounts(const RatingMatrix &matrix, const std::vector<double> &values)
{
    const size_t units = matrix.empty() ? 0 : matrix[0].size();
    std::vector<std::vector<double>> counts(units, std::vector<double>(values.size(), 0.0));
    for (const std::vector<Rating> &row : matrix) {
        for (size_t u = 0; u < units; ++u) {
            if (row[u])
                counts[u][indexOf(values, *row[u])] += 1.0;
        }
    }
    return counts;
}

// Kappa from a K × K table and the credit agreement(i, j) for rows i and columns j.
template<typename Agreement>
Result<double> kappaFromTable(const std::vector<std::vector<double>> &contingency, Agreement agreement)
{
    const size_t k = contingency.size();
    if (k == 0)
        return Error::validation(u"the contingency table is empty"_s);
    if (const Status checked = checkCounts(contingency, k, u"contingency table"_s); !checked)
        return checked.error();
    double total = 0.0;
    std::vector<double> rows(k, 0.0);
    std::vector<double> columns(k, 0.0);
    for (size_t i = 0; i < k; ++i) {
        for (size_t j = 0; j < k; ++j) {
            rows[i] += contingency[i][j];
            columns[j] += contingency[i][j];
            total += contingency[i][j];
        }
    }
    if (total <= 0.0)
        return Error::validation(u"the contingency table holds no ratings"_s);
    double observed = 0.0;
    double chance = 0.0;
    for (size_t i = 0; i < k; ++i) {
        for (size_t j = 0; j < k; ++j) {
            const double w = agreement(i, j);
            observed += w * contingency[i][j] / total;
            chance += w * rows[i] * columns[j] / (total * total);
        }
    }
    if (chance >= 1.0)
        return Error::validation(u"kappa is undefined when agreement by chance is certain"_s);
    return (observed - chance) / (1.0 - chance);
}

// The contingency table of two raters over the values either used, in numeric order.
Result<std::vector<std::vector<double>>> pairTable(const std::vector<Rating> &first, const std::vector<Rating> &second)
{
    if (first.size() != second.size())
        return Error::validation(
                u"the raters rated %1 and %2 units"_s.arg(static_cast<qsizetype>(first.size())).arg(second.size()));
    std::vector<double> values;
    for (size_t u = 0; u < first.size(); ++u) {
        if (first[u] && second[u]) {
            values.push_back(*first[u]);
            values.push_back(*second[u]);
        }
    }
    if (values.empty())
        return Error::validation(u"no unit was rated by both raters"_s);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<std::vector<double>> table(values.size(), std::vector<double>(values.size(), 0.0));
    for (size_t u = 0; u < first.size(); ++u) {
        if (first[u] && second[u])
            table[indexOf(values, *first[u])][indexOf(values, *second[u])] += 1.0;
    }
    return table;
}

bool isMissingCell(const QString &cell)
{
    return cell.isEmpty() || cell.compare(u"NA"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString measurementLevelName(MeasurementLevel level)
{
    switch (level) {
    case MeasurementLevel::Nominal:
        return u"nominal"_s;
    case MeasurementLevel::Ordinal:
        return u"ordinal"_s;
    case MeasurementLevel::Interval:
        return u"interval"_s;
    case MeasurementLevel::Ratio:
        return u"ratio"_s;
    }
    return u"nominal"_s;
}

Result<MeasurementLevel> parseMeasurementLevel(const QString &name)
{
    for (MeasurementLevel level :
         {MeasurementLevel::Nominal, MeasurementLevel::Ordinal, MeasurementLevel::Interval, MeasurementLevel::Ratio}) {
        if (measurementLevelName(level) == name)
            return level;
    }
    return Error::validation(u"unknown level \"%1\" (expected nominal, ordinal, interval or ratio)"_s.arg(name));
}

Result<double> krippendorffAlphaFromCounts(const std::vector<std::vector<double>> &unitsByValueCounts,
                                           const std::vector<double> &values, MeasurementLevel level)
{
    const size_t k = values.size();
    if (const Status checked = checkCounts(unitsByValueCounts, k, u"unit"_s); !checked)
        return checked.error();
    if (level == MeasurementLevel::Ratio) {
        for (double value : values) {
            if (value < 0.0)
                return Error::validation(u"ratio data cannot hold the negative value %1"_s.arg(value));
        }
    }

    // The coincidence matrix: every ordered pair of ratings within a unit, weighted 1/(m_u - 1).
    std::vector<double> coincidence(k * k, 0.0);
    for (const std::vector<double> &unit : unitsByValueCounts) {
        double m = 0.0;
        for (double count : unit)
            m += count;
        if (m < 2.0)
            continue;
        for (size_t c = 0; c < k; ++c) {
            if (unit[c] == 0.0)
                continue;
            for (size_t j = 0; j < k; ++j)
                coincidence[c * k + j] += unit[c] * (unit[j] - (c == j ? 1.0 : 0.0)) / (m - 1.0);
        }
    }
    std::vector<double> marginals(k, 0.0);
    double n = 0.0;
    for (size_t c = 0; c < k; ++c) {
        for (size_t j = 0; j < k; ++j)
            marginals[c] += coincidence[c * k + j];
        n += marginals[c];
    }
    if (n < 2.0)
        return Error::validation(u"alpha needs at least one unit with two ratings"_s);

    double observed = 0.0;
    double expected = 0.0;
    for (size_t c = 0; c < k; ++c) {
        for (size_t j = 0; j < k; ++j) {
            const double delta = levelDistance(level, values, marginals, c, j);
            observed += coincidence[c * k + j] * delta;
            expected += marginals[c] * marginals[j] * delta;
        }
    }
    if (expected <= 0.0)
        return Error::validation(u"alpha is undefined when every rating is the same"_s);
    return 1.0 - (n - 1.0) * observed / expected;
}

Result<double> krippendorffAlpha(const RatingMatrix &codersByUnits, MeasurementLevel level)
{
    if (const Status checked = checkRectangular(codersByUnits); !checked)
        return checked.error();
    const std::vector<double> values = distinctValues(codersByUnits);
    return krippendorffAlphaFromCounts(unitCounts(codersByUnits, values), values, level);
}

double masiDistance(const QSet<QString> &first, const QSet<QString> &second)
{
    const auto shared = static_cast<double>(QSet<QString>(first).intersect(second).size());
    const auto all = static_cast<double>(QSet<QString>(first).unite(second).size());
    if (all == 0.0)
        return 0.0;
    double monotonicity = 0.0;
    if (first == second)
        monotonicity = 1.0;
    else if (first.contains(second) || second.contains(first))
        monotonicity = 0.67;
    else if (shared > 0.0)
        monotonicity = 0.33;
    return 1.0 - shared / all * monotonicity;
}

QString kappaWeightsName(KappaWeights weights)
{
    switch (weights) {
    case KappaWeights::None:
        return u"none"_s;
    case KappaWeights::Linear:
        return u"linear"_s;
    case KappaWeights::Quadratic:
        return u"quadratic"_s;
    }
    return u"none"_s;
}

Result<KappaWeights> parseKappaWeights(const QString &name)
{
    for (KappaWeights weights : {KappaWeights::None, KappaWeights::Linear, KappaWeights::Quadratic}) {
        if (kappaWeightsName(weights) == name)
            return weights;
    }
    return Error::validation(u"unknown weights \"%1\" (expected none, linear or quadratic)"_s.arg(name));
}

Result<double> cohensKappa(const std::vector<std::vector<double>> &contingency, KappaWeights weights)
{
    const size_t k = contingency.size();
    return kappaFromTable(contingency, [&](size_t i, size_t j) {
        if (i == j)
            return 1.0;
        if (weights == KappaWeights::None || k < 2)
            return 0.0;
        const double d = std::abs(static_cast<double>(i) - static_cast<double>(j)) / static_cast<double>(k - 1);
        return weights == KappaWeights::Linear ? 1.0 - d : 1.0 - d * d;
    });
}

Result<double> cohensKappa(const std::vector<Rating> &first, const std::vector<Rating> &second, KappaWeights weights)
{
    const Result<std::vector<std::vector<double>>> table = pairTable(first, second);
    if (!table)
        return table.error();
    return cohensKappa(*table, weights);
}

Result<double> cohensKappa(const std::vector<Rating> &first, const std::vector<Rating> &second,
                           const std::vector<double> &disagreementScores)
{
    const Result<std::vector<std::vector<double>>> table = pairTable(first, second);
    if (!table)
        return table.error();
    if (disagreementScores.size() < table->size())
        return Error::validation(
                u"%1 weights given for %2 categories"_s.arg(disagreementScores.size()).arg(table->size()));
    const auto [low, high] = std::minmax_element(disagreementScores.begin(), disagreementScores.end());
    if (!(*high > *low))
        return Error::validation(u"the weights must not all be equal"_s);
    return kappaFromTable(*table, [&](size_t i, size_t j) {
        const size_t distance = i > j ? i - j : j - i;
        return 1.0 - (disagreementScores[distance] - *low) / (*high - *low);
    });
}

Result<FleissKappa> fleissKappaDetails(const std::vector<std::vector<double>> &subjectsByCategoryCounts)
{
    if (subjectsByCategoryCounts.empty())
        return Error::validation(u"no subjects to rate"_s);
    const size_t k = subjectsByCategoryCounts[0].size();
    if (const Status checked = checkCounts(subjectsByCategoryCounts, k, u"subject"_s); !checked)
        return checked.error();
    double raters = -1.0;
    const auto subjects = static_cast<double>(subjectsByCategoryCounts.size());
    std::vector<double> categoryTotals(k, 0.0);
    double agreement = 0.0;
    for (size_t s = 0; s < subjectsByCategoryCounts.size(); ++s) {
        const std::vector<double> &counts = subjectsByCategoryCounts[s];
        double n = 0.0;
        double squares = 0.0;
        for (size_t c = 0; c < k; ++c) {
            n += counts[c];
            squares += counts[c] * counts[c];
            categoryTotals[c] += counts[c];
        }
        if (raters < 0.0)
            raters = n;
        if (n != raters)
            return Error::validation(u"subject %1 has %2 ratings, subject 1 has %3: Fleiss' kappa needs the same "
                                     "number for every subject (use Krippendorff's alpha)"_s.arg(s + 1)
                                             .arg(n)
                                             .arg(raters));
        if (n < 2.0)
            return Error::validation(u"Fleiss' kappa needs at least two ratings per subject"_s);
        agreement += (squares - n) / (n * (n - 1.0));
    }
    agreement /= subjects;
    double chance = 0.0;
    for (double total : categoryTotals) {
        const double share = total / (subjects * raters);
        chance += share * share;
    }
    if (chance >= 1.0)
        return Error::validation(u"kappa is undefined when every rating is the same category"_s);
    return FleissKappa{(agreement - chance) / (1.0 - chance), agreement, chance};
}

Result<double> fleissKappa(const std::vector<std::vector<double>> &subjectsByCategoryCounts)
{
    const Result<FleissKappa> details = fleissKappaDetails(subjectsByCategoryCounts);
    if (!details)
        return details.error();
    return details->kappa;
}

Result<double> fleissKappa(const RatingMatrix &codersByUnits)
{
    if (const Status checked = checkRectangular(codersByUnits); !checked)
        return checked.error();
    const std::vector<double> values = distinctValues(codersByUnits);
    return fleissKappa(unitCounts(codersByUnits, values));
}

Result<RatingTable> parseRatingMatrix(const QByteArray &bytes, const QString &sourceName)
{
    const Result<DelimitedText> read = DelimitedText::parse(bytes, sourceName);
    if (!read)
        return read.error();
    const DelimitedText &text = *read;
    if (text.rowCount() == 0)
        return Error::validation(u"%1: the file is empty: expected one row of ratings per coder"_s.arg(sourceName));

    static const QStringList headerWords{u"coder"_s, u"coders"_s, u"rater"_s, u"raters"_s, u"annotator"_s, u"worker"_s};
    const bool named = headerWords.contains(text.fieldText(0, 0).trimmed().toLower());
    RatingTable table;
    table.sourceName = sourceName;
    const qsizetype width = text.fieldCount(0);
    if (named) {
        for (qsizetype c = 1; c < width; ++c)
            table.units.append(text.fieldText(0, c));
    } else {
        for (qsizetype c = 0; c < width; ++c)
            table.units.append(QString::number(c + 1));
    }
    for (qsizetype row = named ? 1 : 0; row < text.rowCount(); ++row) {
        const int line = text.lineNumber(row);
        if (text.fieldCount(row) != width)
            return Error::validation(text.located(
                    line, u"expected %1 cells like the first row but found %2"_s.arg(width).arg(text.fieldCount(row))));
        std::vector<QString> cells;
        for (qsizetype c = named ? 1 : 0; c < width; ++c) {
            const QString cell = text.fieldText(row, c).trimmed();
            cells.push_back(isMissingCell(cell) ? QString() : cell);
        }
        table.coders.append(named ? text.fieldText(row, 0) : QString::number(table.coders.size() + 1));
        table.cells.push_back(std::move(cells));
        table.lines.push_back(line);
    }
    if (table.cells.empty())
        return Error::validation(text.located(text.lineNumber(0), u"a header but no coder rows"_s));
    if (table.units.isEmpty())
        return Error::validation(text.located(text.lineNumber(0), u"no units: every row names only its coder"_s));
    return table;
}

Result<RatingTable> loadRatingMatrixCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(u"%1: cannot open the file (%2)"_s.arg(path, file.errorString()));
    return parseRatingMatrix(file.readAll(), path);
}

Result<RatingMatrix> toRatingMatrix(const RatingTable &table, bool allowText)
{
    bool allNumbers = true;
    for (const std::vector<QString> &row : table.cells) {
        for (const QString &cell : row) {
            bool ok = true;
            if (!cell.isEmpty())
                cell.toDouble(&ok);
            allNumbers = allNumbers && ok;
        }
    }
    std::map<QString, double> codes;
    if (!allNumbers) {
        if (!allowText) {
            for (size_t r = 0; r < table.cells.size(); ++r) {
                for (const QString &cell : table.cells[r]) {
                    bool ok = true;
                    if (!cell.isEmpty())
                        cell.toDouble(&ok);
                    if (!ok)
                        return Error::validation(u"%1:%2: \"%3\" is not a number (only nominal data may use text)"_s
                                                         .arg(table.sourceName)
                                                         .arg(table.lines[r])
                                                         .arg(cell));
                }
            }
        }
        for (const std::vector<QString> &row : table.cells) {
            for (const QString &cell : row) {
                if (!cell.isEmpty())
                    codes.emplace(cell, 0.0);
            }
        }
        double next = 0.0;
        for (auto &[text, code] : codes)
            code = next++;
    }
    RatingMatrix matrix;
    for (const std::vector<QString> &row : table.cells) {
        std::vector<Rating> ratings;
        for (const QString &cell : row) {
            if (cell.isEmpty())
                ratings.push_back(std::nullopt);
            else if (allNumbers)
                ratings.push_back(cell.toDouble());
            else
                ratings.push_back(codes.at(cell));
        }
        matrix.push_back(std::move(ratings));
    }
    return matrix;
}

} // namespace Chrysalis
