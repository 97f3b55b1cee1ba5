#include "core/market/marketplace.h"

#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/market/goldwork.h"
#include "core/market/marketengine.h"
#include "core/market/payoutrepository.h"
#include "core/market/teamengine.h"
#include "core/market/teamrepository.h"
#include "core/market/workerboards.h"
#include "core/policy/fees.h"
#include "core/policy/reviewrules.h"
#include "core/policy/settlement.h"
#include "core/store/transaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

using Handler = Result<MutationEffect> (*)(MarketEngine &, const AccountRecord &, const QJsonObject &);

struct NamedHandler {
    const char16_t *name;
    Handler handler;
};

constexpr NamedHandler kHandlers[] = {
        {u"task.draft_save@1", Mutations::draftSave},
        {u"task.items_add@1", Mutations::itemsAdd},
        {u"task.publish@1", Mutations::publish},
        {u"lease.claim@1", Mutations::leaseClaim},
        {u"lease.release@1", Mutations::leaseRelease},
        {u"answer.submit@1", Mutations::answerSubmit},
        {u"answer.review@1", Mutations::answerReview},
        {u"feedback.submit@1", Mutations::feedbackSubmit},
        {u"feedback.resolve@1", Mutations::feedbackResolve},
        {u"vote.cast@1", Mutations::voteCast},
        {u"task.rate@1", Mutations::taskRate},
        {u"reframe.propose@1", Mutations::reframePropose},
        {u"tier.accept@1", Mutations::tierAccept},
        {u"profile.update@1", Mutations::profileUpdate},
        {u"payout.request@1", Mutations::payoutRequest},
        {u"reframe.resolve@1", Mutations::reframeResolve},
        {u"gold.contest@1", Mutations::goldContest},
        {u"gold.contest_resolve@1", Mutations::goldContestResolve},
        {u"team.post@1", Mutations::teamPost},
        {u"team.join@1", Mutations::teamJoin},
        {u"team.leave@1", Mutations::teamLeave},
        {u"team.draft_save@1", Mutations::teamDraftSave},
        {u"team.message@1", Mutations::teamMessage},
        {u"team.sign@1", Mutations::teamSign},
        {u"team.deliver@1", Mutations::teamDeliver},
        {u"team.review@1", Mutations::teamReview},
        {u"team.invite@1", Mutations::teamInvite},
        {u"team.decline@1", Mutations::teamDecline},
};

// How many rows one pass of the clock work reads at a time.
constexpr int kClockBatch = 500;

QString publicIdFor()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QString pseudonymPrefix(Roles roles)
{
    if (roles.testFlag(Role::Worker))
        return u"worker-"_s;
    if (roles.testFlag(Role::Requester))
        return u"requester-"_s;
    return u"member-"_s;
}

Error forbidden(const QString &message)
{
    return {ErrorCode::Forbidden, message, {}};
}

// Runs admin work in a transaction of its own (or a savepoint of the caller's), announcing its writes.
Status inWrite(Database &db, const Policy &policy, const QDateTime &now,
               const std::function<Status(MarketEngine &)> &work)
{
    auto write = AtomicWrite::begin(db, u"market_admin"_s);
    if (!write)
        return write.error();
    ChangeLog changes(db);
    MarketEngine engine(db, policy, now, changes);
    if (auto status = work(engine); !status)
        return status;
    if (auto flushed = changes.flush(); !flushed)
        return flushed.error();
    return write->commit();
}

Status advanceLeases(MarketEngine &engine)
{
    // An unused lease gives its slot back to the task's items_open: each such task is sent again once.
    QSet<QString> freedTasks;
    for (;;) {
        auto due = engine.work.leasesPastExpiry(engine.now, kClockBatch);
        if (!due)
            return due.error();
        for (const LeaseRecord &lease : std::as_const(*due)) {
            auto ended = engine.work.endLease(lease.lease.id, LeaseState::Expired, engine.now);
            if (!ended)
                return ended.error();
            if (!*ended)
                continue;
            engine.changes.touch(Entity::Lease, lease.lease.id, {Audience::account(lease.lease.workerId)});
            freedTasks.insert(lease.lease.taskId);
        }
        if (due->size() < kClockBatch)
            break;
    }
    for (const QString &taskId : std::as_const(freedTasks)) {
        auto task = engine.tasks.find(taskId);
        if (!task)
            return task.error();
        if (task->has_value())
            engine.changes.touch(Entity::Task, taskId, engine.taskAudiences(**task));
    }
    return {};
}

Status advanceReviews(MarketEngine &engine)
{
    const QDateTime cutoff = engine.now.addSecs(-engine.policy.review.autoApproveSeconds);
    for (;;) {
        auto due = engine.work.pendingSubmittedBy(cutoff, kClockBatch);
        if (!due)
            return due.error();
        for (const QString &id : std::as_const(*due)) {
            auto answer = engine.work.answer(id, true);
            if (!answer)
                return answer.error();
            if (!answer->has_value() || !isDueForAutoApproval((*answer)->answer.submittedAt, engine.now, engine.policy))
                continue;
            if (auto approved = engine.approveAnswer(**answer, id); !approved)
                return approved.error();
        }
        if (due->size() < kClockBatch)
            return {};
    }
}

Status advancePanels(MarketEngine &engine)
{
    auto due = engine.conflicts.openDueBy(engine.now, std::numeric_limits<int>::max());
    if (!due)
        return due.error();
    for (const QString &id : std::as_const(*due)) {
        // An extension runs from the old deadline, so one run may extend and then close a panel.
        for (int step = 0; step <= engine.policy.panel.extensions + 1; ++step) {
            auto conflict = engine.conflicts.find(id, true);
            if (!conflict)
                return conflict.error();
            if (!conflict->has_value() || (*conflict)->panel.state != ConflictState::Open)
                break;
            const ConflictRecord &record = **conflict;
            const PanelDecision decision =
                    panelStatusAt(record.panel.seats, record.panel.votesCast, record.panel.deadline,
                                  record.extensionsUsed, engine.now, engine.policy);
            if (decision.status == PanelStatus::Open)
                break;
            if (decision.closes()) {
                if (auto closed = engine.closePanel(record); !closed)
                    return closed.error();
                break;
            }
            auto extended = engine.conflicts.extend(id, record.panel.deadline, decision.deadline);
            if (!extended)
                return extended.error();
            engine.changes.touch(
                    Entity::Conflict, id,
                    {Audience::account(record.workerId), Audience::account(record.requesterId), Audience::arbiters()});
        }
    }
    return {};
}

Status advanceTiers(MarketEngine &engine)
{
    auto workers = engine.accounts.workersAboveBronze();
    if (!workers)
        return workers.error();
    for (const AccountRecord &worker : std::as_const(*workers)) {
        if (auto status = engine.checkDemotion(worker.id()); !status)
            return status;
    }
    return {};
}

} // namespace

Marketplace::Marketplace(Database &db, const Policy &policy, const Clock &clock)
    : m_db(db), m_policy(policy), m_clock(clock)
{ }

QStringList Marketplace::mutationNames()
{
    QStringList names;
    for (const NamedHandler &handler : kHandlers)
        names << QString::fromUtf16(handler.name);
    return names;
}

Result<MutationEffect> Marketplace::apply(const MutationContext &ctx, const QString &name, const QJsonObject &args)
{
    Handler handler = nullptr;
    for (const NamedHandler &candidate : kHandlers) {
        if (name == QStringView(candidate.name))
            handler = candidate.handler;
    }
    if (!handler)
        return MutationEffect::reject(RejectionCode::UnsupportedMutation,
                                      u"this server does not know the mutation \"%1\""_s.arg(name.left(64)));
    MarketEngine engine(ctx.db, ctx.policy, ctx.now, ctx.changes);
    auto actor = engine.accounts.find(ctx.actorId);
    if (!actor)
        return actor.error();
    if (!actor->has_value())
        return MutationEffect::reject(RejectionCode::Forbidden, u"unknown account"_s);
    engine.deferLeaderboard();
    auto effect = handler(engine, **actor, args);
    if (effect && effect->applied) {
        if (auto status = engine.flushLeaderboard(); !status)
            return status.error();
    }
    return effect;
}

Status Marketplace::advanceTime(MutationContext &ctx)
{
    MarketEngine engine(ctx.db, ctx.policy, ctx.now, ctx.changes);
    if (auto status = advanceLeases(engine); !status)
        return status;
    if (auto status = advanceReviews(engine); !status)
        return status;
    if (auto status = advancePanels(engine); !status)
        return status;
    if (auto status = advanceTiers(engine); !status)
        return status;
    if (auto status = advanceTeams(engine); !status)
        return status;
    return WorkerBoards(ctx.db).refresh(engine);
}

QStringList Marketplace::audiencesFor(const QString &accountId)
{
    QStringList audiences{Audience::everyone()};
    AccountRepository accounts(m_db);
    auto found = accounts.find(accountId);
    if (!found) {
        qCWarning(lcMarket) << "audiences of" << accountId << "unavailable:" << found.error().message;
        return audiences;
    }
    if (!found->has_value())
        return audiences;
    const AccountRecord &record = **found;
    audiences << Audience::account(accountId);
    if (record.isWorker()) {
        for (Tier tier : {Tier::Bronze, Tier::Silver, Tier::Gold}) {
            if (tier <= record.account.tier)
                audiences << Audience::workersFrom(tierName(tier));
        }
        if (record.account.tier == Tier::Gold)
            audiences << Audience::arbiters();
    }
    return audiences;
}

Result<qint64> Marketplace::scopeEpoch(const QString &accountId)
{
    AccountRepository accounts(m_db);
    auto found = accounts.find(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(u"no account %1"_s.arg(accountId));
    return (*found)->scopeEpoch;
}

std::optional<QJsonObject> Marketplace::render(const QString &entity, const QString &id, const Viewer &viewer)
{
    auto rendered = renderChecked(entity, id, viewer);
    if (!rendered) {
        qCWarning(lcMarket) << "cannot render" << entity << id << ":" << rendered.error().message;
        return std::nullopt;
    }
    return *rendered;
}

Result<std::optional<QJsonObject>> Marketplace::renderChecked(const QString &entity, const QString &id,
                                                              const Viewer &viewer)
{
    ChangeLog unused(m_db);
    MarketEngine engine(m_db, m_policy, m_clock.now(), unused);
    return renderEntity(engine, entity, id, viewer);
}

Result<QList<std::optional<QJsonObject>>> Marketplace::renderMany(const QString &entity, const QStringList &ids,
                                                                  const Viewer &viewer)
{
    ChangeLog unused(m_db);
    MarketEngine engine(m_db, m_policy, m_clock.now(), unused);
    return renderEntities(engine, entity, ids, viewer);
}

Result<Account> Marketplace::addUser(const QString &username, const QString &password, Roles roles, Tier tier,
                                     Standing standing)
{
    if (auto valid = validateUsername(username); !valid)
        return valid.error();
    if (password.size() < Credentials::kMinPasswordLength || password.size() > Credentials::kMaxPasswordLength)
        return Error::validation(u"invalid password"_s,
                                 {{u"password"_s, u"must be %1 to %2 characters"_s.arg(Credentials::kMinPasswordLength)
                                                          .arg(Credentials::kMaxPasswordLength)}});
    if (!roles)
        return Error::validation(u"an account needs a role"_s, {{u"roles"_s, u"must name at least one role"_s}});
    auto hash = Credentials::hashPassword(password, m_hashCost);
    if (!hash)
        return hash.error();

    AccountRecord record;
    record.account.id = newId();
    record.account.username = username;
    record.account.roles = roles;
    record.account.tier = roles.testFlag(Role::Worker) ? tier : Tier::Bronze;
    record.account.standing = standing;
    // An account created at butterfly standing starts with the points the standing needs, so the first
    // points it gains or loses does not drop it below the caterpillar threshold at once.
    if (standing == Standing::Butterfly)
        record.account.points = m_policy.standing.butterflyAtPoints;
    record.publicId = publicIdFor();
    record.passwordHash = *hash;
    record.createdAt = m_clock.now();
    Status status = inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        auto existing = engine.accounts.findByUsername(username);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{ErrorCode::Conflict, u"the username %1 is taken"_s.arg(username), {}};
        for (;;) {
            record.account.pseudonym =
                    pseudonymPrefix(roles) +
                    QString::number(QRandomGenerator::system()->bounded(0x1000000), 16).rightJustified(6, u'0');
            auto taken = engine.accounts.pseudonymTaken(record.account.pseudonym);
            if (!taken)
                return taken.error();
            if (!*taken)
                break;
        }
        if (auto inserted = engine.accounts.insert(record); !inserted)
            return inserted;
        engine.touchAccount(record.id());
        engine.changes.touch(Entity::Wallet, record.id(), {Audience::account(record.id())});
        if (record.isWorker())
            engine.changes.touch(Entity::TierProgress, record.id(), {Audience::account(record.id())});
        if (record.isRequester() && standing == Standing::Butterfly)
            return engine.touchLeaderboard();
        return {};
    });
    if (!status)
        return status.error();
    return record.account;
}

Result<Account> Marketplace::authenticate(const QString &username, const QString &password)
{
    AccountRepository accounts(m_db);
    auto found = username.size() <= 64 ? accounts.findByUsername(username)
                                       : Result<std::optional<AccountRecord>>(std::optional<AccountRecord>());
    if (!found)
        return found.error();
    if (password.size() > Credentials::kMaxPasswordLength)
        return forbidden(u"invalid username or password"_s);
    if (!found->has_value()) {
        // Spend the same work on an unknown user, so timing does not tell which usernames exist.
        static const QString dummy = Credentials::hashPassword(u"chrysalis-dummy"_s, m_hashCost).valueOr(QString());
        Credentials::verifyPassword(password, dummy);
        return forbidden(u"invalid username or password"_s);
    }
    if (!Credentials::verifyPassword(password, (*found)->passwordHash))
        return forbidden(u"invalid username or password"_s);
    return (*found)->account;
}

Result<IssuedToken> Marketplace::issueToken(const QString &accountId, qint64 ttlSeconds)
{
    if (ttlSeconds < 1 || ttlSeconds > kMaxTokenTtlSeconds)
        return Error::validation(u"invalid token lifetime"_s,
                                 {{u"ttl"_s, u"must be 1 to %1 seconds"_s.arg(kMaxTokenTtlSeconds)}});
    IssuedToken issued{Credentials::newToken(), m_clock.now().addSecs(ttlSeconds)};
    Status status = inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        auto account = engine.accounts.find(accountId);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::notFound(u"no account %1"_s.arg(accountId));
        return engine.accounts.insertToken(Credentials::tokenDigest(issued.token), accountId, engine.now,
                                           issued.expiresAt);
    });
    if (!status)
        return status.error();
    return issued;
}

Result<TokenLookup> Marketplace::accountForToken(const QString &token)
{
    TokenLookup lookup{u"UNAUTHENTICATED"_s, {}};
    if (token.isEmpty() || token.size() > 256)
        return lookup;
    AccountRepository accounts(m_db);
    auto record = accounts.token(Credentials::tokenDigest(token));
    if (!record)
        return record.error();
    if (!record->has_value() || (*record)->revokedAt.isValid())
        return lookup;
    if ((*record)->expiresAt <= m_clock.now()) {
        lookup.problem = u"TOKEN_EXPIRED"_s;
        return lookup;
    }
    auto account = accounts.find((*record)->accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return lookup;
    lookup.problem.clear();
    lookup.account = (*account)->account;
    return lookup;
}

Status Marketplace::revokeToken(const QString &token)
{
    return inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        auto revoked = engine.accounts.revokeToken(Credentials::tokenDigest(token), engine.now);
        if (!revoked)
            return revoked.error();
        return {};
    });
}

Result<Cents> Marketplace::fund(const QString &username, Cents cents)
{
    Cents balance = 0;
    Status status = inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        auto account = engine.accounts.findByUsername(username);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::notFound(u"no account named %1"_s.arg(username));
        if (!(*account)->isRequester())
            return Error::validation(u"only requesters are funded"_s, {{u"username"_s, u"is not a requester"_s}});
        auto event = fundingEvent((*account)->id(), cents);
        if (!event)
            return event.error();
        if (auto booked = engine.book(u"fund"_s, *event, username); !booked)
            return booked.error();
        auto now = engine.balanceOf(LedgerBook::Balance, (*account)->id());
        if (!now)
            return now.error();
        balance = *now;
        return {};
    });
    if (!status)
        return status.error();
    return balance;
}

Result<QList<PendingPayout>> Marketplace::pendingPayouts()
{
    PayoutRepository payouts(m_db);
    AccountRepository accounts(m_db);
    auto pending = payouts.pending();
    if (!pending)
        return pending.error();
    QList<PendingPayout> list;
    for (const PayoutRecord &record : std::as_const(*pending)) {
        auto worker = accounts.find(record.workerId);
        if (!worker)
            return worker.error();
        list.append({record.id, worker->has_value() ? (*worker)->account.username : record.workerId, record.amountCents,
                     record.requestedAt});
    }
    return list;
}

Result<Cents> Marketplace::markPayoutPaid(const QString &payoutId)
{
    Cents left = 0;
    Status status = inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        PayoutRepository payouts(engine.db);
        auto payout = payouts.find(payoutId, true);
        if (!payout)
            return payout.error();
        if (!payout->has_value())
            return Error::notFound(u"no payout %1"_s.arg(payoutId));
        const PayoutRecord &record = **payout;
        if (record.state != PayoutState::Requested)
            return Error{ErrorCode::Conflict, u"payout %1 was paid already"_s.arg(payoutId), {}};
        auto earnings = engine.balanceOf(LedgerBook::Earnings, record.workerId);
        if (!earnings)
            return earnings.error();
        // The threshold was met when the worker asked; paying checks only that the earnings cover it.
        Policy paying = engine.policy;
        paying.payout.thresholdCents = 0;
        auto event = payoutEvent(record.workerId, record.amountCents, *earnings, paying);
        if (!event)
            return event.error();
        auto paid = payouts.markPaid(payoutId, engine.now);
        if (!paid)
            return paid.error();
        if (!*paid)
            return Error{ErrorCode::Conflict, u"payout %1 was paid already"_s.arg(payoutId), {}};
        if (auto booked = engine.book(u"payout"_s, *event, payoutId, {{}, {}, {}, payoutId}); !booked)
            return booked.error();
        engine.changes.touch(Entity::Payout, payoutId, {Audience::account(record.workerId)});
        left = *earnings - record.amountCents;
        return {};
    });
    if (!status)
        return status.error();
    return left;
}

Status Marketplace::reinstate(const QString &username)
{
    return inWrite(m_db, m_policy, m_clock.now(), [&](MarketEngine &engine) -> Status {
        auto account = engine.accounts.findByUsername(username);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::notFound(u"no account named %1"_s.arg(username));
        if (auto status = engine.accounts.reinstate((*account)->id()); !status)
            return status;
        engine.touchAccount((*account)->id());
        return {};
    });
}

Result<QStringList> Marketplace::ledgerCheck()
{
    LedgerRepository ledger(m_db);
    auto problems = ledger.check();
    if (!problems)
        return problems.error();
    WalletRepository wallets(m_db);
    auto balances = wallets.balances();
    if (!balances)
        return balances.error();
    auto expected = wallets.expectedEscrow();
    if (!expected)
        return expected.error();
    auto teamEscrow = TeamRepository(m_db).heldEscrow();
    if (!teamEscrow)
        return teamEscrow.error();
    for (auto it = teamEscrow->cbegin(); it != teamEscrow->cend(); ++it)
        (*expected)[it.key()] += it.value();
    QStringList requesters = expected->keys();
    for (auto it = balances->cbegin(); it != balances->cend(); ++it) {
        const auto account = LedgerAccount::fromKey(it.key());
        if (account && account->book == LedgerBook::Escrow && !requesters.contains(account->ownerId))
            requesters << account->ownerId;
    }
    requesters.sort();
    for (const QString &requester : std::as_const(requesters)) {
        const Cents held = balances->value(LedgerAccount::personal(LedgerBook::Escrow, requester).key());
        const Cents owed = expected->value(requester);
        if (held != owed)
            *problems << u"escrow of %1 holds %2 cents but its open slots hold %3 cents"_s.arg(requester).arg(held).arg(
                    owed);
    }
    AccountRepository accounts(m_db);
    auto earned = accounts.earnedTotals();
    if (!earned)
        return earned.error();
    // What was paid out left the earnings book but stays in the pay record.
    auto paidOut = PayoutRepository(m_db).paidTotals();
    if (!paidOut)
        return paidOut.error();
    QStringList workers = earned->keys();
    for (auto it = balances->cbegin(); it != balances->cend(); ++it) {
        const auto account = LedgerAccount::fromKey(it.key());
        if (account && account->book == LedgerBook::Earnings && !workers.contains(account->ownerId))
            workers << account->ownerId;
    }
    workers.sort();
    for (const QString &worker : std::as_const(workers)) {
        const Cents booked = balances->value(LedgerAccount::personal(LedgerBook::Earnings, worker).key());
        if (booked + paidOut->value(worker) != earned->value(worker))
            *problems << u"earnings of %1 are %2 cents (and %3 paid out) but the pay record says %4 cents"_s.arg(worker)
                                 .arg(booked)
                                 .arg(paidOut->value(worker))
                                 .arg(earned->value(worker));
    }
    return problems;
}

} // namespace Chrysalis
