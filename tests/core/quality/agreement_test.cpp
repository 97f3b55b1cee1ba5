#include "core/quality/agreement.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

// Every vector of shared/data/AGREEMENT_VECTORS.md: the value as printed in its source, to the
// precision printed there, and where the file lists a recomputed value to more places, that too.
namespace {

const Rating NA = std::nullopt;

// The precision of a value printed with `places` decimals: half a unit in the last place.
double printed(int places)
{
    return 0.5 * std::pow(10.0, -places);
}

double valueOf(const Result<double> &result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? QString() : result.error().message).toStdString();
    return result.ok() ? *result : std::nan("");
}

// Rows given as units × raters, as the sources print them; returned coders × units.
RatingMatrix transposed(const std::vector<std::vector<double>> &unitsByRaters)
{
    RatingMatrix matrix(unitsByRaters[0].size(), std::vector<Rating>(unitsByRaters.size()));
    for (size_t u = 0; u < unitsByRaters.size(); ++u) {
        for (size_t r = 0; r < unitsByRaters[u].size(); ++r)
            matrix[r][u] = unitsByRaters[u][r];
    }
    return matrix;
}

// V1: Krippendorff (2011), 4 coders × 12 units with missing values.
RatingMatrix krippendorff2011()
{
    return {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
            {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
    };
}

// V2: Wikipedia's computational example, 3 coders × 15 units.
RatingMatrix wikipediaAlpha()
{
    return {
            {NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3},
            {1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA},
            {NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4},
    };
}

// V4: Fleiss (1971) diagnoses, 30 patients × 6 raters.
std::vector<std::vector<double>> diagnoses()
{
    return {{4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
            {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
            {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
            {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
            {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}};
}

// V7: R irr's anxiety data, 20 subjects rated by three raters.
std::vector<Rating> anxiety(int rater)
{
    static const std::vector<std::vector<double>> raters{
            {3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
            {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
            {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2},
    };
    const std::vector<double> &values = raters[static_cast<size_t>(rater - 1)];
    return {values.begin(), values.end()};
}

} // namespace

TEST(KrippendorffAlpha, Krippendorff2011AllFourLevels)
{
    const RatingMatrix data = krippendorff2011();
    const double nominal = valueOf(krippendorffAlpha(data, MeasurementLevel::Nominal));
    const double ordinal = valueOf(krippendorffAlpha(data, MeasurementLevel::Ordinal));
    const double interval = valueOf(krippendorffAlpha(data, MeasurementLevel::Interval));
    const double ratio = valueOf(krippendorffAlpha(data, MeasurementLevel::Ratio));
    EXPECT_NEAR(nominal, 0.743, printed(3));
    EXPECT_NEAR(ordinal, 0.815, printed(3));
    EXPECT_NEAR(interval, 0.849, printed(3));
    EXPECT_NEAR(ratio, 0.797, printed(3));
    EXPECT_NEAR(nominal, 0.7434211, printed(7));
    EXPECT_NEAR(ordinal, 0.8153875, printed(7));
    EXPECT_NEAR(interval, 0.8491071, printed(7));
    EXPECT_NEAR(ratio, 0.7974028, printed(7));
}

TEST(KrippendorffAlpha, NominalOnTextLabelsMatchesNumericCodes)
{
    // The fast-krippendorff doctest codes the same matrix as words; nominal alpha cannot tell.
    RatingTable table;
    table.sourceName = u"words"_s;
    const QStringList words{u"very low"_s, u"low"_s, u"mid"_s, u"high"_s, u"very high"_s};
    for (const std::vector<Rating> &row : krippendorff2011()) {
        std::vector<QString> cells;
        for (const Rating &rating : row)
            cells.push_back(rating ? words[static_cast<qsizetype>(*rating) - 1] : QString());
        table.cells.push_back(cells);
        table.lines.push_back(static_cast<int>(table.lines.size()) + 1);
    }
    const Result<RatingMatrix> coded = toRatingMatrix(table, true);
    ASSERT_TRUE(coded.ok());
    EXPECT_NEAR(valueOf(krippendorffAlpha(*coded, MeasurementLevel::Nominal)), 0.743, printed(3));
    EXPECT_FALSE(toRatingMatrix(table, false).ok());
}

TEST(KrippendorffAlpha, WikipediaExample)
{
    const RatingMatrix data = wikipediaAlpha();
    EXPECT_NEAR(valueOf(krippendorffAlpha(data, MeasurementLevel::Nominal)), 0.691358, printed(6));
    EXPECT_NEAR(valueOf(krippendorffAlpha(data, MeasurementLevel::Interval)), 0.810845, printed(6));
}

TEST(KrippendorffAlpha, WikipediaExampleAsValueCounts)
{
    const std::vector<std::vector<double>> counts{{1, 0, 0, 0}, {0, 0, 0, 0}, {0, 2, 0, 0}, {2, 0, 0, 0}, {0, 0, 2, 0},
                                                  {0, 0, 2, 1}, {0, 0, 0, 3}, {1, 0, 1, 0}, {0, 2, 0, 0}, {2, 0, 0, 0},
                                                  {2, 0, 0, 0}, {0, 0, 2, 0}, {0, 0, 2, 0}, {0, 0, 0, 0}, {0, 0, 1, 1}};
    EXPECT_NEAR(valueOf(krippendorffAlphaFromCounts(counts, {1, 2, 3, 4}, MeasurementLevel::Nominal)), 0.691358,
                printed(6));
    EXPECT_FALSE(krippendorffAlphaFromCounts({{1, 0}, {0, 1, 1}}, {1, 2}, MeasurementLevel::Nominal).ok());
}

TEST(KrippendorffAlpha, CrowdKitLongFormatCases)
{
    // V3a: two workers agree on X and Y; then disagree on Z.
    const RatingMatrix agreeing{{1, 0}, {1, 0}};
    EXPECT_DOUBLE_EQ(valueOf(krippendorffAlpha(agreeing, MeasurementLevel::Nominal)), 1.0);
    const RatingMatrix split{{1, 0, 1}, {1, 0, 0}};
    EXPECT_NEAR(valueOf(krippendorffAlpha(split, MeasurementLevel::Nominal)), 0.4444444444444444, 1e-12);

    // V3b: toy_answers_df, workers w1..w5 × tasks t1..t5 (yes = 1, no = 0).
    const RatingMatrix toy{
            {0, 1, 1, 1, 1}, {1, 1, 0, 1, 0}, {NA, 1, 0, 1, 0}, {1, 0, 1, 1, 0}, {0, 0, 0, 1, 0},
    };
    EXPECT_NEAR(valueOf(krippendorffAlpha(toy, MeasurementLevel::Nominal)), 0.14219114219114215, 1e-12);
}

TEST(KrippendorffAlpha, SetValuedLabelsWithBinaryAndMasiDistance)
{
    using Labels = QSet<QString>;
    const std::vector<std::vector<Labels>> units{
            {{u"dog"_s}, {u"dog"_s}},
            {{u"cat"_s}, {u"cat"_s}},
            {{u"cat"_s}, {u"cat"_s, u"mouse"_s}},
    };
    const auto binary = [](const Labels &a, const Labels &b) { return a == b ? 0.0 : 1.0; };
    EXPECT_NEAR(valueOf(krippendorffAlphaWithDistance(units, binary)), 0.5454545454545454, 1e-12);
    EXPECT_NEAR(valueOf(krippendorffAlphaWithDistance(units, masiDistance)), 0.6673336668334168, 1e-12);
}

TEST(KrippendorffAlpha, MasiDistanceCases)
{
    const QSet<QString> a{u"a"_s, u"b"_s};
    EXPECT_DOUBLE_EQ(masiDistance(a, a), 0.0);
    EXPECT_DOUBLE_EQ(masiDistance(a, {u"a"_s}), 1.0 - 0.5 * 0.67);
    EXPECT_DOUBLE_EQ(masiDistance(a, {u"a"_s, u"c"_s}), 1.0 - (1.0 / 3.0) * 0.33);
    EXPECT_DOUBLE_EQ(masiDistance(a, {u"c"_s}), 1.0);
}

TEST(KrippendorffAlpha, MissingValuesAndUnpairableUnitsAreDropped)
{
    // Adding a unit that only one coder rated changes nothing.
    RatingMatrix data = wikipediaAlpha();
    const double before = valueOf(krippendorffAlpha(data, MeasurementLevel::Interval));
    data[0].push_back(4);
    data[1].push_back(NA);
    data[2].push_back(NA);
    EXPECT_DOUBLE_EQ(valueOf(krippendorffAlpha(data, MeasurementLevel::Interval)), before);
}

TEST(KrippendorffAlpha, RejectsDegenerateInput)
{
    EXPECT_FALSE(krippendorffAlpha({}, MeasurementLevel::Nominal).ok());
    EXPECT_FALSE(krippendorffAlpha({{1, NA}, {NA, 2}}, MeasurementLevel::Nominal).ok()); // nothing pairable
    EXPECT_FALSE(krippendorffAlpha({{2, 2}, {2, 2}}, MeasurementLevel::Interval).ok()); // no variation
    EXPECT_FALSE(krippendorffAlpha({{1, 2}, {1}}, MeasurementLevel::Nominal).ok()); // ragged
    EXPECT_FALSE(krippendorffAlpha({{-1, 2}, {-1, 3}}, MeasurementLevel::Ratio).ok());
    EXPECT_TRUE(krippendorffAlpha({{-1, 2}, {-1, 3}}, MeasurementLevel::Interval).ok());
}

TEST(FleissKappa, Fleiss1971Diagnoses)
{
    const double kappa = valueOf(fleissKappa(transposed(diagnoses())));
    EXPECT_NEAR(kappa, 0.4302445, printed(7));
    EXPECT_NEAR(kappa, 0.430, printed(3));
}

TEST(FleissKappa, WikipediaCountsTable)
{
    const std::vector<std::vector<double>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                                  {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                                  {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    const double kappa = valueOf(fleissKappa(counts));
    EXPECT_NEAR(kappa, 0.210, printed(3));
    EXPECT_NEAR(kappa, 0.2099307, printed(7));
    const Result<FleissKappa> details = fleissKappaDetails(counts);
    ASSERT_TRUE(details.ok());
    EXPECT_DOUBLE_EQ(details->kappa, kappa);
    EXPECT_NEAR(details->observedAgreement, 0.378, printed(3)); // P-bar as Wikipedia prints it
    EXPECT_NEAR(details->chanceAgreement, 0.213, printed(3)); // P-bar-e
    EXPECT_NEAR(details->observedAgreement, 0.3780, printed(4));
    EXPECT_NEAR(details->chanceAgreement, 0.2128, printed(4));
}

TEST(FleissKappa, NeedsTheSameNumberOfRatingsPerSubject)
{
    EXPECT_FALSE(fleissKappa(std::vector<std::vector<double>>{{2, 0}, {1, 0}}).ok());
    EXPECT_FALSE(fleissKappa(RatingMatrix{{1, 2, 1}, {1, NA, 2}}).ok());
    EXPECT_TRUE(fleissKappa(RatingMatrix{{1, 2, 1}, {1, 1, 2}}).ok());
    EXPECT_FALSE(fleissKappa(std::vector<std::vector<double>>{{1, 0}, {0, 1}}).ok()); // one rating each
    EXPECT_FALSE(fleissKappa(std::vector<std::vector<double>>{{2, 0}, {2, 0}}).ok()); // one category only
}

TEST(CohensKappa, SasContingencyTable)
{
    const std::vector<std::vector<double>> table{{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};
    const double plain = valueOf(cohensKappa(table));
    const double linear = valueOf(cohensKappa(table, KappaWeights::Linear));
    EXPECT_NEAR(plain, 0.4842, printed(4));
    EXPECT_NEAR(linear, 0.4701, printed(4));
    EXPECT_NEAR(plain, 0.4841629, printed(7));
    EXPECT_NEAR(linear, 0.4701195, printed(7));
}

TEST(CohensKappa, IrrAnxietyRatersTwoAndThree)
{
    const std::vector<Rating> second = anxiety(2);
    const std::vector<Rating> third = anxiety(3);
    EXPECT_NEAR(valueOf(cohensKappa(second, third)), -0.006289308, printed(9));
    EXPECT_NEAR(valueOf(cohensKappa(second, third, KappaWeights::Linear)), 0.1459075, printed(7));
    EXPECT_NEAR(valueOf(cohensKappa(second, third, KappaWeights::Quadratic)), 0.2520325, printed(7));
}

TEST(CohensKappa, IrrAnxietyWithNumericWeights)
{
    // kappa2(anxiety[,1:2], c(0,0,0,1,1,1)) and c(0,0,1,1,2,2): disagreement scores by rank distance.
    const std::vector<Rating> first = anxiety(1);
    const std::vector<Rating> second = anxiety(2);
    EXPECT_NEAR(valueOf(cohensKappa(first, second, std::vector<double>{0, 0, 0, 1, 1, 1})), 0.1891892, printed(7));
    EXPECT_NEAR(valueOf(cohensKappa(first, second, std::vector<double>{0, 0, 1, 1, 2, 2})), 0.2820513, printed(7));
    EXPECT_FALSE(cohensKappa(first, second, std::vector<double>{0, 1}).ok()); // fewer scores than categories
    EXPECT_FALSE(cohensKappa(first, second, std::vector<double>(6, 1.0)).ok());
}

TEST(CohensKappa, DropsIncompletePairsAndRejectsBadTables)
{
    std::vector<Rating> second = anxiety(2);
    std::vector<Rating> third = anxiety(3);
    const double full = valueOf(cohensKappa(second, third));
    second.push_back(5);
    third.push_back(NA);
    EXPECT_DOUBLE_EQ(valueOf(cohensKappa(second, third)), full);
    EXPECT_FALSE(cohensKappa(second, anxiety(3)).ok()); // lengths differ
    EXPECT_FALSE(cohensKappa({{1, 0}}).ok()); // not square
    EXPECT_FALSE(cohensKappa({{0, 0}, {0, 0}}).ok()); // empty
    EXPECT_FALSE(cohensKappa({{3, 0}, {0, 0}}).ok()); // chance agreement is certain
}

TEST(RatingMatrixFile, ReadsNamedMatrixWithMissingCells)
{
    const QByteArray text = "coder,u1,u2,u3\r\nann,1,,3\r\nbob,1,NA,2\r\n";
    const Result<RatingTable> table = parseRatingMatrix(text, u"m.csv"_s);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->coders, (QStringList{u"ann"_s, u"bob"_s}));
    EXPECT_EQ(table->units, (QStringList{u"u1"_s, u"u2"_s, u"u3"_s}));
    const Result<RatingMatrix> matrix = toRatingMatrix(*table, false);
    ASSERT_TRUE(matrix.ok());
    EXPECT_EQ((*matrix)[0][1], NA);
    EXPECT_EQ((*matrix)[1][1], NA);
    EXPECT_EQ((*matrix)[1][2], Rating(2.0));
}

TEST(RatingMatrixFile, ErrorsNameTheLine)
{
    const Result<RatingTable> ragged = parseRatingMatrix("1,2,3\n1,2\n", u"m.csv"_s);
    ASSERT_FALSE(ragged.ok());
    EXPECT_TRUE(ragged.error().message.startsWith(u"m.csv:2:"_s)) << ragged.error().message.toStdString();

    const Result<RatingTable> table = parseRatingMatrix("1,2\rx,3\r", u"m.csv"_s);
    ASSERT_TRUE(table.ok());
    const Result<RatingMatrix> numbers = toRatingMatrix(*table, false);
    ASSERT_FALSE(numbers.ok());
    EXPECT_TRUE(numbers.error().message.startsWith(u"m.csv:2:"_s)) << numbers.error().message.toStdString();
    EXPECT_FALSE(parseRatingMatrix("", u"m.csv"_s).ok());
    EXPECT_FALSE(parseRatingMatrix("coder,u1\n", u"m.csv"_s).ok());
}
