#pragma once

#include "core/domain/conflict.h"
#include "core/quality/goldscoring.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Chrysalis {

// One arbiter's vote on a closed conflict panel.
struct CalibrationVote {
    QString conflictId;
    QString arbiterId;
    Fault fault = Fault::Worker;
};

// What is known about a closed panel beyond its votes: when the rejected answer was to a gold item,
// the key says whose fault it was (an answer the key accepts was wrongly rejected).
struct GoldConflict {
    QString conflictId;
    Fault correctFault = Fault::Worker;
};

// How well one arbiter's judgement agrees with the panels they sat on, and with the gold truth.
struct ArbiterCalibration {
    QString arbiterId;
    // Against the outcome of the other arbiters of each panel (the arbiter's own vote left out, so
    // no one agrees with themselves); panels where the others tied, or that had no other vote, are
    // not counted.
    Proportion panelAgreement;
    Proportion goldAgreement; // against the gold truth, on gold conflicts only
};

// The calibration of every arbiter who voted, in order of their first vote. The policy supplies
// the prior and the interval width (its pass accuracy is not used). Fails on a vote without a
// conflict or an arbiter id, an arbiter voting twice on one panel, or an invalid policy.
Result<std::vector<ArbiterCalibration>> calibrateArbiters(const std::vector<CalibrationVote> &votes,
                                                          const std::vector<GoldConflict> &goldConflicts = {},
                                                          const GoldPolicy &policy = {});

// Whose fault a gold conflict was: the requester's when the key accepts the rejected answer.
Fault goldConflictFault(const GoldKey &key, const QString &rejectedLabel);

} // namespace Chrysalis
