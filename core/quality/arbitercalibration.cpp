#include "core/quality/arbitercalibration.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

struct Tally {
    int workerFault = 0;
    int requesterFault = 0;
};

struct Counts {
    int panelVotes = 0;
    int panelAgreements = 0;
    int goldVotes = 0;
    int goldAgreements = 0;
};

} // namespace

Fault goldConflictFault(const GoldKey &key, const QString &rejectedLabel)
{
    return key.accepts(rejectedLabel) ? Fault::Requester : Fault::Worker;
}

Result<std::vector<ArbiterCalibration>> calibrateArbiters(const std::vector<CalibrationVote> &votes,
                                                          const std::vector<GoldConflict> &goldConflicts,
                                                          const GoldPolicy &policy)
{
    if (Status valid = validateGoldPolicy(policy); !valid)
        return valid.error();
    QHash<QString, Tally> tallies;
    QSet<QPair<QString, QString>> seen;
    for (const CalibrationVote &vote : votes) {
        if (vote.conflictId.isEmpty() || vote.arbiterId.isEmpty())
            return Error::validation(u"a vote lacks its conflict or its arbiter"_s);
        const QPair<QString, QString> pair{vote.conflictId, vote.arbiterId};
        if (seen.contains(pair))
            return Error::validation(u"an arbiter voted twice on conflict %1"_s.arg(vote.conflictId));
        seen.insert(pair);
        Tally &tally = tallies[vote.conflictId];
        ++(vote.fault == Fault::Worker ? tally.workerFault : tally.requesterFault);
    }
    QHash<QString, Fault> gold;
    for (const GoldConflict &conflict : goldConflicts)
        gold.insert(conflict.conflictId, conflict.correctFault);

    QHash<QString, int> index;
    std::vector<ArbiterCalibration> calibrations;
    std::vector<Counts> counts;
    for (const CalibrationVote &vote : votes) {
        auto found = index.constFind(vote.arbiterId);
        if (found == index.constEnd()) {
            found = index.insert(vote.arbiterId, static_cast<int>(calibrations.size()));
            calibrations.push_back({vote.arbiterId, {}, {}});
            counts.push_back({});
        }
        Counts &count = counts[static_cast<size_t>(*found)];
        Tally others = tallies.value(vote.conflictId);
        --(vote.fault == Fault::Worker ? others.workerFault : others.requesterFault);
        if (others.workerFault != others.requesterFault) {
            const Fault outcome = others.workerFault > others.requesterFault ? Fault::Worker : Fault::Requester;
            ++count.panelVotes;
            if (outcome == vote.fault)
                ++count.panelAgreements;
        }
        if (const auto truth = gold.constFind(vote.conflictId); truth != gold.constEnd()) {
            ++count.goldVotes;
            if (*truth == vote.fault)
                ++count.goldAgreements;
        }
    }
    for (size_t a = 0; a < calibrations.size(); ++a) {
        calibrations[a].panelAgreement = estimateProportion(counts[a].panelAgreements, counts[a].panelVotes, policy);
        calibrations[a].goldAgreement = estimateProportion(counts[a].goldAgreements, counts[a].goldVotes, policy);
    }
    return calibrations;
}

} // namespace Chrysalis
