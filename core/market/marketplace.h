#pragma once

#include "core/domain/account.h"
#include "core/domain/money.h"
#include "core/domain/roles.h"
#include "core/market/clock.h"
#include "core/market/credentials.h"
#include "core/market/mutation.h"
#include "core/policy/policy.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// The rejection codes of SYNC.md, as MutationEffect::rejection.code carries them.
namespace RejectionCode {
inline const QString ValidationFailed = QStringLiteral("VALIDATION_FAILED");
inline const QString Forbidden = QStringLiteral("FORBIDDEN");
inline const QString NotFound = QStringLiteral("NOT_FOUND");
inline const QString NotEligible = QStringLiteral("NOT_ELIGIBLE");
inline const QString LeaseExpired = QStringLiteral("LEASE_EXPIRED");
inline const QString TaskClosed = QStringLiteral("TASK_CLOSED");
inline const QString AlreadyAnswered = QStringLiteral("ALREADY_ANSWERED");
inline const QString ConflictClosed = QStringLiteral("CONFLICT_CLOSED");
inline const QString NotOnPanel = QStringLiteral("NOT_ON_PANEL");
inline const QString VersionConflict = QStringLiteral("VERSION_CONFLICT");
inline const QString InsufficientFunds = QStringLiteral("INSUFFICIENT_FUNDS");
inline const QString LimitExceeded = QStringLiteral("LIMIT_EXCEEDED");
inline const QString UnsupportedMutation = QStringLiteral("UNSUPPORTED_MUTATION");
} // namespace RejectionCode

// Entity names of pulls (SYNC.md), as Marketplace touches and renders them.
namespace Entity {
inline const QString Account = QStringLiteral("account");
inline const QString Wallet = QStringLiteral("wallet");
inline const QString Task = QStringLiteral("task");
inline const QString TaskRevision = QStringLiteral("task_revision");
inline const QString Item = QStringLiteral("item");
inline const QString Lease = QStringLiteral("lease");
inline const QString Answer = QStringLiteral("answer");
inline const QString Feedback = QStringLiteral("feedback");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString Vote = QStringLiteral("vote");
inline const QString LedgerEntry = QStringLiteral("ledger_entry");
inline const QString LeaderboardEntry = QStringLiteral("leaderboard_entry");
inline const QString ReframeProposal = QStringLiteral("reframe_proposal");
inline const QString TierProgress = QStringLiteral("tier_progress");
inline const QString Payout = QStringLiteral("payout");
inline const QString GoldContest = QStringLiteral("gold_contest");
} // namespace Entity

// Limits of the marketplace's mutations, advertised next to the protocol's own.
inline constexpr int kMaxItemsPerCall = 10'000;
inline constexpr int kMaxItemsPerTask = 100'000;
inline constexpr int kMaxInstructionsLength = 50'000; // code points
inline constexpr int kMaxSkills = 50;
inline constexpr int kMaxSkillLength = 64; // code points
inline constexpr int kMaxCommentsPerFeedback = 500;
inline constexpr int kMaxCommentLength = 4'000;
inline constexpr int kMaxAcceptedHunks = 1'000;
inline constexpr int kMaxSecondsSpent = 7 * 86'400;
inline constexpr qint64 kMaxTokenTtlSeconds = 365LL * 86'400;

struct IssuedToken {
    QString token; // shown once; the server keeps only its digest
    QDateTime expiresAt;
};

// The account behind a bearer token, or why there is none: problem is "UNAUTHENTICATED" (unknown
// or revoked) or "TOKEN_EXPIRED", the protocol's codes; empty when the token is good.
struct TokenLookup {
    QString problem;
    Account account;

    bool valid() const { return problem.isEmpty(); }
};

// A payout a worker requested and an admin has yet to pay, as the operator's list shows it.
struct PendingPayout {
    QString id;
    QString username;
    Cents amountCents = 0;
    QDateTime requestedAt;
};

// The authoritative marketplace: applies the protocol's named mutations under the mechanism's
// rules (core/policy), moves time-driven state on (leases, auto-approval, panels, demotion),
// and renders each entity for one viewer. It never opens a transaction around a mutation: the
// caller (the sync service) owns the transaction and savepoint and rolls back a rejection; the
// engine checks before it writes anyway. Every write is announced on the caller's ChangeLog with
// the audiences that may see it. Account, token and admin calls run in a transaction of their own
// (or a savepoint inside the caller's).
class Marketplace
{
public:
    Marketplace(Database &db, const Policy &policy, const Clock &clock);

    // Tests and the demo choose the cheapest Argon2id cost; servers keep the interactive one.
    void setPasswordHashCost(Credentials::HashCost cost) { m_hashCost = cost; }

    // "task.draft_save@1", … in the order of SYNC.md.
    static QStringList mutationNames();

    // One mutation, inside the caller's transaction and savepoint, acted by ctx.actorId at ctx.now.
    // A broken business rule or bad input is a rejected MutationEffect with a SYNC.md code; an Error
    // means the storage failed. An unknown name is rejected with UNSUPPORTED_MUTATION.
    Result<MutationEffect> apply(const MutationContext &ctx, const QString &name, const QJsonObject &args);

    // Moves everything that happens by the clock up to ctx.now: expires leases, auto-approves
    // answers past the review window, extends or closes panels at their deadlines, demotes workers
    // over their tier's lost-conflict limit. Idempotent; two server processes may run it at once
    // (each step is a conditional update that only one of them wins).
    Status advanceTime(MutationContext &ctx);

    // Audience keys the account receives: public, its own, workers:<tier> for every tier up to its
    // own (workers only), arbiters (gold workers). Only "public" for an unknown account.
    QStringList audiencesFor(const QString &accountId);
    // Changes whenever audiencesFor() may change (tier, roles), so pull cursors reset.
    Result<qint64> scopeEpoch(const QString &accountId);

    // The entity's JSON as this viewer may see it (SYNC.md's entity table), or nullopt when they may
    // not see it (or it does not exist): a pull then treats the change as a delete for them.
    std::optional<QJsonObject> render(const QString &entity, const QString &id, const Viewer &viewer);
    // The same, with storage failures reported instead of logged.
    Result<std::optional<QJsonObject>> renderChecked(const QString &entity, const QString &id, const Viewer &viewer);
    // Many entities of one kind for one viewer, in the order of ids, with their reads batched (a
    // pull's page); the same answers as renderChecked() one by one.
    Result<QList<std::optional<QJsonObject>>> renderMany(const QString &entity, const QStringList &ids,
                                                         const Viewer &viewer);

    // Accounts and admin.
    Result<Account> addUser(const QString &username, const QString &password, Roles roles, Tier tier = Tier::Bronze,
                            Standing standing = Standing::Caterpillar);
    // Forbidden with one message for an unknown user and a wrong password alike.
    Result<Account> authenticate(const QString &username, const QString &password);
    Result<IssuedToken> issueToken(const QString &accountId, qint64 ttlSeconds);
    Result<TokenLookup> accountForToken(const QString &token);
    Status revokeToken(const QString &token);
    // Admin funding of a requester's balance; returns the new balance.
    Result<Cents> fund(const QString &username, Cents cents);
    // Requested payouts of every worker, oldest first.
    Result<QList<PendingPayout>> pendingPayouts();
    // Books a requested payout as paid (worker earnings −amount, deposits +amount, one event summing to
    // zero) and returns the worker's earnings left. NotFound for an unknown id; Conflict when it was
    // paid already; InsufficientFunds when the earnings no longer cover it.
    Result<Cents> markPayoutPaid(const QString &payoutId);
    // Lifts a suspension (an admin's decision after reading the figures).
    Status reinstate(const QString &username);
    // Problems in the books, one sentence each; empty when healthy: the ledger's own check, plus
    // every requester's escrow equal to what their open slots still hold.
    Result<QStringList> ledgerCheck();
    // A small believable marketplace built through apply(): accounts of every kind, tasks using every
    // field kind, answers approved and rejected, an open panel and an open feedback task. Returns
    // {password, accounts: [...], tasks: [...], notes}.
    Result<QJsonObject> seedDemo();

private:
    Database &m_db;
    const Policy &m_policy;
    const Clock &m_clock;
    Credentials::HashCost m_hashCost = Credentials::HashCost::Interactive;
};

} // namespace Chrysalis
