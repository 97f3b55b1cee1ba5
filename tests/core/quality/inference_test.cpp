#include "core/quality/evaluation.h"
#include "core/quality/inference.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

const std::vector<InferenceMethod> &categoricalMethods()
{
    static const std::vector<InferenceMethod> all{InferenceMethod::MajorityVote, InferenceMethod::Wawa,
                                                  InferenceMethod::DawidSkene,   InferenceMethod::OneCoinDawidSkene,
                                                  InferenceMethod::Glad,         InferenceMethod::Mace};
    return all;
}

AnswerSet build(const std::vector<std::array<const char *, 3>> &rows)
{
    AnswerSetBuilder builder(u"test"_s);
    for (const auto &row : rows)
        builder.addAnswer(QString::fromUtf8(row[0]), QString::fromUtf8(row[1]), QString::fromUtf8(row[2]));
    return *builder.build();
}

// A simulated crowd: 300 items with true labels 0..2; seven good workers who are right 75% of the
// time and five spammers who answer at random; every worker answers every item.
struct Simulation {
    AnswerSet answers;
    TruthSet truth;
};

Simulation simulate()
{
    std::mt19937_64 engine(7);
    AnswerSetBuilder builder(u"simulated"_s);
    TruthSet truth;
    for (int i = 0; i < 300; ++i) {
        const int trueLabel = static_cast<int>(engine() % 3);
        const QString item = u"item%1"_s.arg(i);
        truth.add(item, QString::number(trueLabel));
        for (int w = 0; w < 12; ++w) {
            int label = static_cast<int>(engine() % 3);
            if (w < 7 && engine() % 4 != 0)
                label = trueLabel;
            builder.addAnswer(item, u"worker%1"_s.arg(w), QString::number(label));
        }
    }
    return {*builder.build(), truth};
}

} // namespace

TEST(Inference, MethodNamesRoundTrip)
{
    for (InferenceMethod method : categoricalMethods())
        EXPECT_EQ(*parseInferenceMethod(inferenceMethodName(method)), method);
    EXPECT_FALSE(parseInferenceMethod(u"zc"_s).ok());
    EXPECT_EQ(*parseNumericMethod(u"median"_s), NumericMethod::Median);
    EXPECT_FALSE(parseNumericMethod(u"mode"_s).ok());
}

TEST(Inference, MajorityVoteTiesGoToTheLowestLabelCode)
{
    const AnswerSet set =
            build({{"a", "w1", "2"}, {"a", "w2", "10"}, {"b", "w1", "10"}, {"b", "w2", "10"}, {"b", "w3", "2"}});
    const Result<InferenceResult> result = inferLabels(set, InferenceMethod::MajorityVote);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(set.labelNames()[result->labels[0]], u"2"_s); // tie between 2 and 10
    EXPECT_EQ(set.labelNames()[result->labels[1]], u"10"_s);
    EXPECT_DOUBLE_EQ(result->confidence[0], 0.5);
    EXPECT_DOUBLE_EQ(result->confidence[1], 2.0 / 3.0);
    // w1 agrees with both decided labels, w2 with one of two (its 10 lost the tie), w3 with none.
    EXPECT_EQ(result->workerReliability, (std::vector<double>{1.0, 0.5, 0.0}));
}

TEST(Inference, WawaWeighsWorkersByAgreementWithTheMajority)
{
    // w3 disagrees with the majority everywhere, so it loses the tie on item c.
    const AnswerSet set = build({{"a", "w1", "1"},
                                 {"a", "w2", "1"},
                                 {"a", "w3", "0"},
                                 {"b", "w1", "0"},
                                 {"b", "w2", "0"},
                                 {"b", "w3", "1"},
                                 {"c", "w3", "0"},
                                 {"c", "w1", "1"}});
    const Result<InferenceResult> majority = inferLabels(set, InferenceMethod::MajorityVote);
    const Result<InferenceResult> wawa = inferLabels(set, InferenceMethod::Wawa);
    ASSERT_TRUE(majority.ok() && wawa.ok());
    EXPECT_EQ(majority->labels[2], 0);
    EXPECT_EQ(wawa->labels[2], 1);
}

TEST(Inference, EveryMethodFindsTheGoodWorkersOnASimulatedCrowd)
{
    const Simulation simulation = simulate();
    const double majority =
            scoreLabels(simulation.answers, inferLabels(simulation.answers, InferenceMethod::MajorityVote)->labels,
                        simulation.truth)
                    ->accuracy;
    EXPECT_GT(majority, 0.8);
    const auto good = simulation.answers.workerIds().indexOf(u"worker0"_s);
    const auto spammer = simulation.answers.workerIds().indexOf(u"worker11"_s);
    for (InferenceMethod method : categoricalMethods()) {
        SCOPED_TRACE(inferenceMethodName(method).toStdString());
        const Result<InferenceResult> result = inferLabels(simulation.answers, method);
        ASSERT_TRUE(result.ok());
        const double accuracy = scoreLabels(simulation.answers, result->labels, simulation.truth)->accuracy;
        if (method != InferenceMethod::MajorityVote) {
            EXPECT_GT(accuracy, majority);
        }
        ASSERT_EQ(result->workerReliability.size(), 12u);
        EXPECT_GT(result->workerReliability[size_t(good)], result->workerReliability[size_t(spammer)] + 0.2);
        for (size_t i = 0; i < result->labels.size(); ++i) {
            const double *row = result->posteriors.data() + i * 3;
            EXPECT_NEAR(row[0] + row[1] + row[2], 1.0, 1e-9);
            EXPECT_DOUBLE_EQ(result->confidence[i], row[result->labels[i]]);
        }
    }
}

TEST(Inference, DawidSkeneReportsConfusionMatricesAndPriors)
{
    const Simulation simulation = simulate();
    const Result<InferenceResult> result = inferLabels(simulation.answers, InferenceMethod::DawidSkene);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->converged);
    EXPECT_GT(result->iterations, 1);
    ASSERT_EQ(result->workerConfusion.size(), 12u * 9u);
    ASSERT_EQ(result->classPriors.size(), 3u);
    EXPECT_NEAR(result->classPriors[0] + result->classPriors[1] + result->classPriors[2], 1.0, 1e-12);
    const auto good = simulation.answers.workerIds().indexOf(u"worker0"_s);
    const auto spammer = simulation.answers.workerIds().indexOf(u"worker11"_s);
    for (int trueLabel = 0; trueLabel < 3; ++trueLabel) {
        const double *goodRow = result->workerConfusion.data() + size_t(good) * 9 + size_t(trueLabel) * 3;
        const double *spamRow = result->workerConfusion.data() + size_t(spammer) * 9 + size_t(trueLabel) * 3;
        EXPECT_NEAR(goodRow[0] + goodRow[1] + goodRow[2], 1.0, 1e-12);
        EXPECT_GT(goodRow[trueLabel], 0.7); // right about 83% of the time (75% + a lucky 25% / 3)
        EXPECT_LT(spamRow[trueLabel], 0.5); // right a third of the time
    }
}

TEST(Inference, IterationCapStopsEarlyAndSaysSo)
{
    const Simulation simulation = simulate();
    InferenceOptions options;
    options.maxIterations = 1;
    for (InferenceMethod method : {InferenceMethod::DawidSkene, InferenceMethod::Glad, InferenceMethod::Mace}) {
        const Result<InferenceResult> result = inferLabels(simulation.answers, method, options);
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(result->iterations, 1);
        EXPECT_FALSE(result->converged);
    }
    options.maxIterations = 0;
    EXPECT_FALSE(inferLabels(simulation.answers, InferenceMethod::DawidSkene, options).ok());
    options = {};
    options.tolerance = -1;
    EXPECT_FALSE(inferLabels(simulation.answers, InferenceMethod::DawidSkene, options).ok());
    options = {};
    options.smoothing = 0;
    EXPECT_FALSE(inferLabels(simulation.answers, InferenceMethod::DawidSkene, options).ok());
    options = {};
    options.restarts = -1;
    EXPECT_FALSE(inferLabels(simulation.answers, InferenceMethod::Mace, options).ok());
}

TEST(Inference, RunsAreDeterministic)
{
    const Simulation simulation = simulate();
    for (InferenceMethod method : categoricalMethods()) {
        SCOPED_TRACE(inferenceMethodName(method).toStdString());
        const Result<InferenceResult> first = inferLabels(simulation.answers, method);
        const Result<InferenceResult> second = inferLabels(simulation.answers, method);
        ASSERT_TRUE(first.ok() && second.ok());
        EXPECT_EQ(first->labels, second->labels);
        EXPECT_EQ(first->posteriors, second->posteriors);
        EXPECT_EQ(first->workerReliability, second->workerReliability);
        EXPECT_EQ(first->iterations, second->iterations);
    }
}

TEST(Inference, MaceSeedOnlyMovesTheRandomRestarts)
{
    const Simulation simulation = simulate();
    InferenceOptions options;
    options.restarts = 0;
    options.seed = 1;
    const Result<InferenceResult> first = inferLabels(simulation.answers, InferenceMethod::Mace, options);
    options.seed = 2;
    const Result<InferenceResult> second = inferLabels(simulation.answers, InferenceMethod::Mace, options);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->posteriors, second->posteriors);
    options.restarts = 3;
    const Result<InferenceResult> restarted = inferLabels(simulation.answers, InferenceMethod::Mace, options);
    ASSERT_TRUE(restarted.ok());
    EXPECT_GE(restarted->logLikelihood, first->logLikelihood); // the first start is among the runs
}

TEST(Inference, EveryMaceVariantFindsTheGoodWorkers)
{
    const Simulation simulation = simulate();
    const double majority =
            scoreLabels(simulation.answers, inferLabels(simulation.answers, InferenceMethod::MajorityVote)->labels,
                        simulation.truth)
                    ->accuracy;
    const auto good = simulation.answers.workerIds().indexOf(u"worker0"_s);
    const auto spammer = simulation.answers.workerIds().indexOf(u"worker11"_s);
    for (MaceTraining training : {MaceTraining::VariationalBayes, MaceTraining::ExpectationMaximisation}) {
        for (MaceStrategies strategies : {MaceStrategies::PerWorker, MaceStrategies::Even}) {
            SCOPED_TRACE(static_cast<int>(training) * 2 + static_cast<int>(strategies));
            InferenceOptions options;
            options.maceTraining = training;
            options.maceStrategies = strategies;
            const Result<InferenceResult> result = inferLabels(simulation.answers, InferenceMethod::Mace, options);
            ASSERT_TRUE(result.ok());
            EXPECT_GT(scoreLabels(simulation.answers, result->labels, simulation.truth)->accuracy, majority);
            // Competence θ: the good worker knows the answer far more often than the spammer.
            EXPECT_GT(result->workerAbility[size_t(good)], result->workerAbility[size_t(spammer)] + 0.3);
            EXPECT_EQ(result->classPriors, std::vector<double>(3, 1.0 / 3.0)); // MACE's even prior
        }
    }
}

TEST(Inference, MeanAndMedian)
{
    const AnswerSet set = build({{"a", "w1", "1"},
                                 {"a", "w2", "2"},
                                 {"a", "w3", "10"},
                                 {"b", "w1", "-4"},
                                 {"b", "w2", "2.5"},
                                 {"b", "w3", "3.5"},
                                 {"b", "w4", "100"}});
    const Result<std::vector<double>> mean = inferValues(set, NumericMethod::Mean);
    const Result<std::vector<double>> median = inferValues(set, NumericMethod::Median);
    ASSERT_TRUE(mean.ok() && median.ok());
    EXPECT_DOUBLE_EQ((*mean)[0], 13.0 / 3.0);
    EXPECT_DOUBLE_EQ((*mean)[1], 25.5);
    EXPECT_DOUBLE_EQ((*median)[0], 2.0);
    EXPECT_DOUBLE_EQ((*median)[1], 3.0); // even count: mean of the middle two
}

TEST(Inference, NumericMethodsRejectTextAnswersNamingTheLine)
{
    const Result<AnswerSet> set = parseAnswers("item,worker,answer\na,w1,1\na,w2,lots\n", u"n.csv"_s);
    ASSERT_TRUE(set.ok());
    const Result<std::vector<double>> mean = inferValues(*set, NumericMethod::Mean);
    ASSERT_FALSE(mean.ok());
    EXPECT_EQ(mean.error().message, u"n.csv:3: the answer \"lots\" is not a number"_s);
}

TEST(Evaluation, ScoresAgainstTruthWithBothProtocols)
{
    const AnswerSet set = build({{"a", "w1", "1"}, {"a", "w2", "0"}, {"b", "w1", "1"}, {"b", "w2", "1"}});
    TruthSet truth;
    truth.add(u"a"_s, u"1"_s);
    truth.add(u"b"_s, u"1"_s);
    truth.add(u"c"_s, u"0"_s); // never answered
    truth.add(u"d"_s, u"0"_s);
    const Result<InferenceResult> result = inferLabels(set, InferenceMethod::MajorityVote);
    ASSERT_TRUE(result.ok());
    // Item a ties and goes to 0: wrong as decided, half right with random tie-breaking.
    const Result<LabelScore> answered = scoreLabels(set, result->labels, truth);
    ASSERT_TRUE(answered.ok());
    EXPECT_EQ(answered->answeredGoldItems, 2);
    EXPECT_DOUBLE_EQ(answered->accuracy, 0.5);
    const Result<LabelScore> guessed = scoreLabels(set, result->labels, truth, UnansweredGold::ScoreAsUniformGuess);
    EXPECT_DOUBLE_EQ(guessed->accuracy, (1.0 + 2 * 0.5) / 4.0);
    const Result<LabelScore> expected = scorePosteriors(set, result->posteriors, truth);
    EXPECT_DOUBLE_EQ(expected->accuracy, 0.75);
    EXPECT_DOUBLE_EQ(*f1Score(set, result->labels, truth, u"1"_s), 2.0 / 3.0);
    EXPECT_FALSE(scoreLabels(set, {0}, truth).ok());
    EXPECT_FALSE(scoreLabels(set, result->labels, TruthSet()).ok());
    EXPECT_FALSE(f1Score(set, result->labels, truth, u"7"_s).ok());
}

TEST(Evaluation, NumericErrors)
{
    const AnswerSet set = build({{"a", "w1", "1"}, {"b", "w1", "5"}});
    TruthSet truth;
    truth.add(u"a"_s, u"2"_s);
    truth.add(u"b"_s, u"2"_s);
    const Result<ValueScore> score = scoreValues(set, {1.0, 5.0}, truth);
    ASSERT_TRUE(score.ok());
    EXPECT_DOUBLE_EQ(score->meanAbsoluteError, 2.0);
    EXPECT_DOUBLE_EQ(score->rootMeanSquaredError, std::sqrt(5.0));
    truth.add(u"a2"_s, u"x"_s);
    TruthSet bad;
    bad.add(u"a"_s, u"x"_s);
    EXPECT_FALSE(scoreValues(set, {1.0, 5.0}, bad).ok());
}

TEST(Inference, DegenerateAnswerSetsStillGiveLabels)
{
    // One label only, and a single answer: every method returns it with certainty.
    const AnswerSet single = build({{"a", "w1", "yes"}});
    const AnswerSet oneLabel = build({{"a", "w1", "yes"}, {"a", "w2", "yes"}, {"b", "w1", "yes"}});
    for (const AnswerSet *set : {&single, &oneLabel}) {
        for (InferenceMethod method : categoricalMethods()) {
            SCOPED_TRACE(inferenceMethodName(method).toStdString());
            const Result<InferenceResult> result = inferLabels(*set, method);
            ASSERT_TRUE(result.ok());
            for (size_t i = 0; i < result->labels.size(); ++i) {
                EXPECT_EQ(result->labels[i], 0);
                EXPECT_NEAR(result->confidence[i], 1.0, 1e-9);
            }
        }
    }
}

TEST(Inference, DawidSkeneWithoutOwnAnswersStillFindsTheGoodWorkers)
{
    const Simulation simulation = simulate();
    InferenceOptions options;
    options.excludeOwnAnswers = true;
    const Result<InferenceResult> excluded = inferLabels(simulation.answers, InferenceMethod::DawidSkene, options);
    const Result<InferenceResult> plain = inferLabels(simulation.answers, InferenceMethod::DawidSkene);
    ASSERT_TRUE(excluded.ok() && plain.ok());
    EXPECT_NE(excluded->workerConfusion, plain->workerConfusion);
    const auto good = simulation.answers.workerIds().indexOf(u"worker0"_s);
    const auto spammer = simulation.answers.workerIds().indexOf(u"worker11"_s);
    EXPECT_GT(excluded->workerReliability[size_t(good)], excluded->workerReliability[size_t(spammer)] + 0.2);
    EXPECT_GT(scoreLabels(simulation.answers, excluded->labels, simulation.truth)->accuracy, 0.9);
}
