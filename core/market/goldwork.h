#pragma once

// Internal to core/market: gold items, qualification and calibration as the marketplace's
// mutations, claims, gates and renders use them. Callers use core/market/marketplace.h.

#include "core/market/goldrepository.h"
#include "core/market/marketengine.h"
#include "core/quality/arbitercalibration.h"
#include "core/quality/goldscoring.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// The policy's gold numbers as core/quality's GoldPolicy.
GoldPolicy goldPolicy(const Policy &policy);

// Reads an item's optional "gold" (expected answer fields) and "training" (bool) keys of
// task.items_add@1; errors are added under path. nullopt for an item that is not gold.
std::optional<GoldItemRecord> readItemGold(ArgsReader &args, const QJsonObject &element, const QString &path,
                                           const QString &itemId, const QString &taskId);

// The items a worker's claim takes, in order: with no gold in the task, the first claimable slots;
// otherwise the worker's claimable regular items with gold mixed in by mixGold at the revision's
// gold_rate, seeded by the worker and the task (so the same state gives the same claim), then the
// gold items left over once the regular ones run out.
Result<QStringList> claimQueue(MarketEngine &engine, const TaskRecord &record, const QString &workerId, int count);

// Whether the task requires a qualification the worker has not passed.
Result<bool> qualificationMissing(MarketEngine &engine, const QString &workerId, const TaskRecord &record);

// What keeps the task's quality settings and gold keys from publishing, named like publishProblems'.
Result<QList<FieldError>> qualityPublishProblems(MarketEngine &engine, const TaskRecord &record);

// The share right a pass of a qualification task needs to verify its skill ("verifies_skill"):
// the policy's quality.gold_pass_bp, the accuracy gold answers are held to everywhere.
double verificationPassMark(const Policy &policy);
// Re-decides whether the worker's answers on a qualification task that verifies a skill pass it, and
// records or withdraws the verification. A new verification also tags the skill on the worker's
// profile (when it has room); the worker's skill (and account, if tagged) are re-sent.
Status refreshSkillVerification(MarketEngine &engine, const QString &workerId, const QString &taskId);
// At publish: the skill a qualification task verifies joins the shared vocabulary.
Status addVerifiedSkillToVocabulary(MarketEngine &engine, const TaskRecord &record);

// Scores a just-stored answer if its item is gold; the details answer.submit@1 adds (the expected
// answer of a training item), empty otherwise.
Result<QJsonObject> scoreGoldAnswer(MarketEngine &engine, const AnswerRecord &answer);

// A worker's gold record: scored answers to gold items that are not training items, once reviewed
// (before that a change would tell the worker which answer was gold). An answer with a contest still
// open past the review window counts for nothing.
struct GoldTally {
    int answered = 0;
    int correct = 0;
    Proportion accuracy;
    GoldStanding standing = GoldStanding::Unproven;
};
Result<GoldTally> goldTally(MarketEngine &engine, const QString &workerId);
// The tally of one worker's gold answers and contests, as of `now`: training, unreviewed and lapsed
// answers (a contest left open, or dismissed, more than `lapseSeconds` after it was made) do not count.
GoldTally tallyGold(const QList<GoldAnswerRecord> &answers, const QList<GoldContestRecord> &contests,
                    const QDateTime &now, qint64 lapseSeconds, const GoldPolicy &policy);
// gold_answered, gold_correct, gold_accuracy (posterior mean; null without answers), gold_standing.
void insertGoldTally(QJsonObject &json, const GoldTally &tally);

// The arbiter's agreement with the closed panels they sat on; nullopt when they never voted on one.
Result<std::optional<ArbiterCalibration>> arbiterCalibration(MarketEngine &engine, const QString &arbiterId);
QJsonObject calibrationJson(const ArbiterCalibration &calibration);

// Per-viewer additions to rendered entities.
Status insertRevisionQuality(MarketEngine &engine, const QString &revisionId, QJsonObject &json);
// The gold keys of a task by item id, read in one statement for a page of items.
Result<QHash<QString, GoldItemRecord>> goldItemsOf(MarketEngine &engine, const QString &taskId);
// The item's key for its requester (and admins): "gold", "gold_accepted" and "training".
void insertItemGold(const GoldItemRecord &item, QJsonObject &json);
// A gold answer's outcome: to the requester "gold": {"correct", "training"}; to its worker only
// "gold": {"correct": false}, once the answer was reviewed and only when it was scored wrong (how a
// worker learns an item was gold).
Status insertAnswerGold(MarketEngine &engine, const QString &answerId, bool toRequester, bool toWorker,
                        QJsonObject &json);
// A gold contest, for its worker, its requester and admins.
Result<std::optional<QJsonObject>> renderGoldContest(MarketEngine &engine, const QString &id, const QString &viewerId,
                                                     bool viewerIsAdmin);

namespace Mutations {
Result<MutationEffect> goldContest(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> goldContestResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
} // namespace Mutations

} // namespace Chrysalis
