#pragma once

// Internal to core/market: the shared machinery behind Marketplace's mutations, clock work and
// rendering. Callers use core/market/marketplace.h.

#include "core/domain/jsonreader.h"
#include "core/market/accountrepository.h"
#include "core/market/changelog.h"
#include "core/market/conflictrepository.h"
#include "core/market/feedbackrepository.h"
#include "core/market/marketplace.h"
#include "core/market/mutation.h"
#include "core/market/ratingrepository.h"
#include "core/market/taskrepository.h"
#include "core/market/walletrepository.h"
#include "core/market/workrepository.h"
#include "core/policy/gating.h"
#include "core/policy/tiers.h"
#include "core/store/ledgerrepository.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Chrysalis {

// Reads one mutation's arguments: a JsonReader that also refuses keys the mutation does not know
// and strings that are not storable text (see isStorableText).
class ArgsReader
{
public:
    ArgsReader(const QJsonObject &args, std::initializer_list<const char16_t *> allowedKeys);

    JsonReader &read() { return m_reader; }
    bool ok() const { return m_reader.ok(); }
    void addError(const QString &field, const QString &message) { m_reader.addError(field, message); }
    // VALIDATION_FAILED carrying every field error collected.
    MutationEffect rejection(const QString &message = {}) const;

private:
    JsonReader m_reader;
};

// Field errors as a rejection's details: {"fields": [{field, message}]}.
QJsonObject fieldDetails(const QList<FieldError> &errors);
MutationEffect rejectValidation(const QString &message, const QList<FieldError> &errors);
MutationEffect rejectNotEligible(const QList<GateReason> &reasons, const QString &message);
// False for text no column stores faithfully: NUL characters, noncharacters, lone surrogates.
bool isStorableText(const QString &text);
// The path of the first string (or key) in a JSON value that is not storable text; empty when there is none.
QString findUnstorableText(const QJsonValue &value, const QString &path);

// One mutation's or one clock run's view of the marketplace: the repositories over the caller's
// database, the policy, the time, and the change log every write is announced on.
class MarketEngine
{
public:
    MarketEngine(Database &db, const Policy &policy, const QDateTime &now, ChangeLog &changes);

    Database &db;
    const Policy &policy;
    QDateTime now;
    ChangeLog &changes;

    AccountRepository accounts;
    TaskRepository tasks;
    WorkRepository work;
    FeedbackRepository feedback;
    ConflictRepository conflicts;
    RatingRepository ratings;
    LedgerRepository ledger;
    WalletRepository wallets;

    // Appends a ledger event and announces its lines and the wallets they touch to their owners.
    Result<qint64> book(const QString &kind, const LedgerEvent &event, const QString &ref);
    // The same, with the reference every line of the event carries to its owner.
    Result<qint64> book(const QString &kind, const LedgerEvent &event, const QString &ref,
                        const LedgerReference &reference);
    Result<Cents> balanceOf(LedgerBook book, const QString &ownerId);

    // Moves a requester's points, recomputes the standing, announces the account and the leaderboard.
    Status addPoints(const QString &accountId, int delta, const QString &reason, const QString &ref);
    // Announces every leaderboard position (and deletes positions that fell off); after deferLeaderboard(),
    // only notes that the board is due until flushLeaderboard().
    Status touchLeaderboard();
    // One mutation may move the board several times (a publication, then points): Marketplace::apply
    // defers the refresh and makes it once, when the mutation succeeded.
    void deferLeaderboard();
    Status flushLeaderboard();

    Result<WorkerRecord> workerRecord(const AccountRecord &worker);
    // Records what a worker was paid (and what mistakes cost) for the rolling window, then checks
    // the mistake allowance and suspends with the figures when it is exceeded.
    Status recordPay(const QString &workerId, const QString &kind, Cents earned, Cents mistakePay, const QString &ref);
    Status checkMistakeAllowance(const QString &workerId);
    // Demotes one tier when the current tier's lost-conflict limit is exceeded.
    Status checkDemotion(const QString &workerId);
    Status changeTier(const AccountRecord &worker, Tier tier);

    // Audiences of a task and its revisions in the task's current state.
    QStringList taskAudiences(const TaskRecord &record) const;
    void touchTask(const TaskRecord &record);
    void touchAccount(const QString &accountId);

    WorkerGateInput gateWorker(const AccountRecord &worker) const;
    TaskGateInput gateTask(const TaskRecord &record) const;
    // Gate reasons of a worker for a normal task, with its slot counts worked out.
    Result<QList<GateReason>> taskGateReasons(const AccountRecord &worker, const TaskRecord &record);
    // Why an arbiter may not sit on this panel; empty when they may.
    Result<QList<GateReason>> panelGateReasons(const AccountRecord &arbiter, const ConflictRecord &conflict);

    // Approves a pending answer (review or auto-approval): pays the worker from escrow. False when
    // the answer was no longer pending.
    Result<bool> approveAnswer(const AnswerRecord &answer, const QString &ref);
    // Closes an open panel with the votes it has and settles the money, points and records. False
    // when someone else closed it first.
    Result<bool> closePanel(const ConflictRecord &conflict);

private:
    Status refreshLeaderboard();

    bool m_leaderboardDeferred = false;
    bool m_leaderboardDue = false;
};

// Reads a marked-up revision of the task (feedback or reframe proposal) from args[key]: its id may be
// given (a fresh UUID) or is made here; task_id must name the task when given; the number is the
// next after the task's current revision. Problems are added to the reader under "key.".
Result<std::optional<TaskRevision>> readMarkupRevision(MarketEngine &engine, ArgsReader &args, const QString &key,
                                                       const TaskRecord &task);

// args["accepted_hunks"]: a list of hunk ids, with its size and each id checked.
QStringList readAcceptedHunks(ArgsReader &args);
// The accepted change hunks of a marked-up revision merged into base (core/diff's applyHunks), as
// feedback.resolve and reframe.resolve take them. A hunk the markup does not have, or a merge that
// fails, adds a field error under "accepted_hunks" and yields nullopt.
std::optional<TaskRevision> mergeAcceptedHunks(ArgsReader &args, const TaskRevision &base, const TaskRevision &markup,
                                               const QStringList &hunks);

// What making a merged revision the task's current one did: the new revision's id, or the rejection
// (the escrow the new terms need is more than the requester has) that stopped it before any write.
struct RevisionAdoption {
    QString revisionId;
    std::optional<MutationEffect> refused;
};
// Makes `merged` the task's next frozen revision, re-reserving escrow when its pay or overlap changes
// what the task's slots hold.
Result<RevisionAdoption> adoptRevision(MarketEngine &engine, const AccountRecord &requester, const TaskRecord &task,
                                       const TaskRevision &merged);

// Lower-cased skill or category names, so matching ignores case as profiles do.
QStringList foldedNames(const QStringList &names);
// Trimmed, inner whitespace collapsed to one space, case-insensitive duplicates dropped (the first
// spelling kept).
QStringList normalisedNames(const QStringList &names);

// The mutation handlers, one per name.
namespace Mutations {
Result<MutationEffect> draftSave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> itemsAdd(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> publish(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> leaseClaim(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> leaseRelease(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> answerSubmit(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> answerReview(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> feedbackSubmit(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> feedbackResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> voteCast(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> taskRate(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> reframePropose(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> tierAccept(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> profileUpdate(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> payoutRequest(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> reframeResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
} // namespace Mutations

// Per-viewer rendering of the entities in SYNC.md's table.
Result<std::optional<QJsonObject>> renderEntity(MarketEngine &engine, const QString &entity, const QString &id,
                                                const Viewer &viewer);
// The same for many entities of one kind, in the order of ids: one renderer, its lookups cached
// and the rows of the kind read in batches.
Result<QList<std::optional<QJsonObject>>> renderEntities(MarketEngine &engine, const QString &entity,
                                                         const QStringList &ids, const Viewer &viewer);

} // namespace Chrysalis
