#pragma once

#include "core/quality/answerset.h"
#include "core/quality/evaluation.h"
#include "core/quality/inference.h"

#include <QString>

#include <optional>
#include <vector>

// The public crowdsourcing data sets under tests/data/crowd and the accuracy figures published
// for them, shared by the tests and the benchmark. See tests/data/crowd/SOURCES.md.
namespace Chrysalis::CrowdData {

struct Dataset {
    const char *name;
    const char *answers; // relative to tests/data/crowd
    const char *truth;
    bool numeric = false;
};

inline const std::vector<Dataset> &datasets()
{
    static const std::vector<Dataset> all{
            {"D_Product", "D_Product/answer.csv", "D_Product/truth.csv"},
            {"D_PosSent", "D_PosSent/answer.csv", "D_PosSent/truth.csv"},
            {"S_Rel", "S_Rel/answer.csv", "S_Rel/truth.csv"},
            {"S_Adult", "S_Adult/answer.csv", "S_Adult/truth.csv"},
            {"bluebirds", "bluebirds/answer.csv", "bluebirds/truth.csv"},
            {"S_Dog", "S_Dog/answer.csv", "S_Dog/truth.csv"},
            {"S_Face", "S_Face/answer.csv", "S_Face/truth.csv"},
            {"HCB", "HCB/responses_eval.txt", "HCB/responses_gt.txt"},
            {"N_Emotion", "N_Emotion/answer.csv", "N_Emotion/truth.csv", true},
    };
    return all;
}

// Where a figure comes from, and so how it was scored.
enum class Source {
    // Zheng et al., PVLDB 10(5) 2017, Table 6: every gold item counts, an unanswered one as a
    // uniformly random label; ties between labels broken at random (scored as the expectation).
    // Its ZC (ZenCrowd) row is the one-coin model, run for exactly 20 EM iterations.
    Zheng2017,
    // Ustalov et al., crowd-kit, JOSS 9(96) 2024: answered gold items only. Its MACE keeps no
    // per-worker spamming strategy (see MaceStrategies::Even).
    CrowdKit,
    // SQUARE 2.0's committed unsupervised outputs for HCB: all gold items. Its DS column is
    // Get-Another-Label's Dawid–Skene, which excludes each worker's own answers in the M-step.
    Square,
};

inline const char *sourceName(Source source)
{
    switch (source) {
    case Source::Zheng2017:
        return "Zheng et al. 2017";
    case Source::CrowdKit:
        return "crowd-kit";
    case Source::Square:
        return "SQUARE";
    }
    return "";
}

struct PublishedAccuracy {
    const char *dataset;
    InferenceMethod method;
    Source source;
    double accuracy;
};

inline const std::vector<PublishedAccuracy> &publishedAccuracies()
{
    using M = InferenceMethod;
    using S = Source;
    static const std::vector<PublishedAccuracy> all{
            {"D_Product", M::MajorityVote, S::Zheng2017, 0.8966},
            {"D_Product", M::MajorityVote, S::CrowdKit, 0.897},
            {"D_Product", M::Wawa, S::CrowdKit, 0.897},
            {"D_Product", M::DawidSkene, S::Zheng2017, 0.9366},
            {"D_Product", M::DawidSkene, S::CrowdKit, 0.940},
            {"D_Product", M::OneCoinDawidSkene, S::Zheng2017, 0.9280},
            {"D_Product", M::Glad, S::Zheng2017, 0.9220},
            {"D_Product", M::Glad, S::CrowdKit, 0.928},
            {"D_Product", M::Mace, S::CrowdKit, 0.929},

            {"D_PosSent", M::MajorityVote, S::Zheng2017, 0.9331},
            {"D_PosSent", M::MajorityVote, S::CrowdKit, 0.932},
            {"D_PosSent", M::Wawa, S::CrowdKit, 0.951},
            {"D_PosSent", M::DawidSkene, S::Zheng2017, 0.9600},
            {"D_PosSent", M::DawidSkene, S::CrowdKit, 0.960},
            {"D_PosSent", M::OneCoinDawidSkene, S::Zheng2017, 0.9510},
            {"D_PosSent", M::Glad, S::Zheng2017, 0.9520},
            {"D_PosSent", M::Glad, S::CrowdKit, 0.948},
            {"D_PosSent", M::Mace, S::CrowdKit, 0.950},

            {"S_Rel", M::MajorityVote, S::Zheng2017, 0.5419},
            {"S_Rel", M::MajorityVote, S::CrowdKit, 0.536},
            {"S_Rel", M::Wawa, S::CrowdKit, 0.557},
            {"S_Rel", M::DawidSkene, S::Zheng2017, 0.6130},
            {"S_Rel", M::DawidSkene, S::CrowdKit, 0.615},
            {"S_Rel", M::OneCoinDawidSkene, S::Zheng2017, 0.4821},
            {"S_Rel", M::Glad, S::Zheng2017, 0.5359},
            {"S_Rel", M::Glad, S::CrowdKit, 0.511},
            {"S_Rel", M::Mace, S::CrowdKit, 0.501},

            {"S_Adult", M::MajorityVote, S::Zheng2017, 0.3604},
            {"S_Adult", M::MajorityVote, S::CrowdKit, 0.763},
            {"S_Adult", M::Wawa, S::CrowdKit, 0.766},
            {"S_Adult", M::DawidSkene, S::Zheng2017, 0.3605},
            {"S_Adult", M::DawidSkene, S::CrowdKit, 0.748},
            {"S_Adult", M::OneCoinDawidSkene, S::Zheng2017, 0.3534},
            {"S_Adult", M::Glad, S::Zheng2017, 0.3647},
            {"S_Adult", M::Glad, S::CrowdKit, 0.760},
            {"S_Adult", M::Mace, S::CrowdKit, 0.763},

            {"HCB", M::MajorityVote, S::Square, 0.63695},
            {"HCB", M::DawidSkene, S::Square, 0.69191},
            {"HCB", M::OneCoinDawidSkene, S::Square, 0.54198},
            {"HCB", M::Glad, S::Square, 0.56824},
    };
    return all;
}

// The options that reproduce how a source ran a method; our defaults everywhere else.
inline InferenceOptions protocolOptions(InferenceMethod method, Source source)
{
    InferenceOptions options;
    if (source == Source::Zheng2017 && method == InferenceMethod::OneCoinDawidSkene) {
        options.maxIterations = 20;
        options.tolerance = 0.0;
    }
    if (source == Source::Square && method == InferenceMethod::DawidSkene)
        options.excludeOwnAnswers = true;
    if (source == Source::CrowdKit && method == InferenceMethod::Mace)
        options.maceStrategies = MaceStrategies::Even;
    return options;
}

// Accuracy as the source scored it: over every gold item with a uniform guess for unanswered
// ones and the expectation over random tie-breaks (Zheng et al.), or over the answered gold items
// with our own deterministic labels.
inline double protocolAccuracy(const AnswerSet &answers, const InferenceResult &result, const TruthSet &truth,
                               Source source)
{
    if (source == Source::Zheng2017)
        return scorePosteriors(answers, result.posteriors, truth, UnansweredGold::ScoreAsUniformGuess)->accuracy;
    return scoreLabels(answers, result.labels, truth)->accuracy;
}

// Zheng et al. 2017 Table 6 for N_Emotion: mean absolute and root mean squared error.
struct PublishedError {
    NumericMethod method;
    double meanAbsoluteError;
    double rootMeanSquaredError;
};

inline const std::vector<PublishedError> &publishedErrors()
{
    static const std::vector<PublishedError> all{
            {NumericMethod::Mean, 12.02, 17.84},
            {NumericMethod::Median, 13.53, 21.26},
    };
    return all;
}

} // namespace Chrysalis::CrowdData
