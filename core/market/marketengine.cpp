#include "core/market/marketengine.h"

#include "core/domain/textrules.h"
#include "core/market/goldwork.h"
#include "core/market/leaderboardqueries.h"
#include "core/market/standinghistory.h"
#include "core/market/teamengine.h"
#include "core/market/workercounters.h"
#include "core/policy/fees.h"
#include "core/policy/leaderboard.h"
#include "core/policy/mistakes.h"
#include "core/policy/settlement.h"
#include "core/policy/standing.h"
#include "core/store/metarepository.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kLeaderboardSizeKey = u"market.leaderboard_size"_s;

} // namespace

ArgsReader::ArgsReader(const QJsonObject &args, std::initializer_list<const char16_t *> allowedKeys) : m_reader(args)
{
    QSet<QString> allowed;
    for (const char16_t *key : allowedKeys)
        allowed.insert(QString::fromUtf16(key));
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            m_reader.addError(excerpt(it.key()), u"is not an argument of this mutation"_s);
        else if (const QString nul = findUnstorableText(it.value(), it.key()); !nul.isEmpty())
            m_reader.addError(nul, u"must be Unicode text without NUL characters, noncharacters or lone "
                                   "surrogates"_s);
    }
}

MutationEffect ArgsReader::rejection(const QString &message) const
{
    return rejectValidation(message.isEmpty() ? u"the mutation's arguments are invalid"_s : message, m_reader.errors());
}

QJsonObject fieldDetails(const QList<FieldError> &errors)
{
    QJsonArray fields;
    for (const FieldError &error : errors)
        fields.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
    return {{u"fields"_s, fields}};
}

MutationEffect rejectValidation(const QString &message, const QList<FieldError> &errors)
{
    return MutationEffect::reject(RejectionCode::ValidationFailed, message, fieldDetails(errors));
}

MutationEffect rejectNotEligible(const QList<GateReason> &reasons, const QString &message)
{
    QJsonArray all;
    for (GateReason reason : reasons)
        all.append(gateReasonCode(reason));
    const QString first = reasons.isEmpty() ? QString() : gateReasonCode(reasons.constFirst());
    return MutationEffect::reject(RejectionCode::NotEligible, message, {{u"reason"_s, first}, {u"reasons"_s, all}});
}

bool isStorableText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t point = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::isNonCharacter(point))
                return false;
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.isNonCharacter() || c.unicode() == 0)
            return false;
    }
    return true;
}

QString findUnstorableText(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return isStorableText(value.toString()) ? QString() : path;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString found = findUnstorableText(array.at(i), JsonReader::elementPath(path, i)); !found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = path + u'.' + excerpt(it.key());
            if (!isStorableText(it.key()))
                return child;
            if (QString found = findUnstorableText(it.value(), child); !found.isEmpty())
                return found;
        }
    }
    return {};
}

QStringList foldedNames(const QStringList &names)
{
    QStringList folded;
    for (const QString &name : names)
        folded << name.toCaseFolded();
    return folded;
}

QStringList normalisedNames(const QStringList &names)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList result;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString clean = name.trimmed().replace(whitespace, u" "_s);
        if (clean.isEmpty())
            continue;
        const QString key = clean.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result << clean;
    }
    return result;
}

MarketEngine::MarketEngine(Database &database, const Policy &marketPolicy, const QDateTime &time, ChangeLog &log)
    : db(database), policy(marketPolicy), now(time.toUTC()), changes(log), accounts(database), tasks(database),
      work(database), feedback(database), conflicts(database), ratings(database), ledger(database), wallets(database)
{ }

Result<qint64> MarketEngine::book(const QString &kind, const LedgerEvent &event, const QString &ref)
{
    auto eventId = ledger.append(kind, event, ref);
    if (!eventId)
        return eventId.error();
    auto entries = wallets.entriesOfEvent(*eventId);
    if (!entries)
        return entries.error();
    QStringList owners;
    for (const StoredLedgerEntry &entry : std::as_const(*entries)) {
        const auto account = LedgerAccount::fromKey(entry.accountKey);
        if (!account || !isPersonalBook(account->book))
            continue;
        changes.touch(Entity::LedgerEntry, QString::number(entry.id), {Audience::account(account->ownerId)});
        if (!owners.contains(account->ownerId))
            owners << account->ownerId;
    }
    for (const QString &owner : std::as_const(owners))
        changes.touch(Entity::Wallet, owner, {Audience::account(owner)});
    return eventId;
}

Result<qint64> MarketEngine::book(const QString &kind, const LedgerEvent &event, const QString &ref,
                                  const LedgerReference &reference)
{
    auto eventId = book(kind, event, ref);
    if (!eventId)
        return eventId;
    if (auto status = wallets.setReference(*eventId, reference); !status)
        return status.error();
    return eventId;
}

Result<Cents> MarketEngine::balanceOf(LedgerBook book, const QString &ownerId)
{
    return ledger.balance(LedgerAccount::personal(book, ownerId));
}

Status MarketEngine::addPoints(const QString &accountId, int delta, const QString &reason, const QString &ref)
{
    if (delta == 0)
        return {};
    auto before = accounts.find(accountId, true);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(u"no account %1"_s.arg(accountId));
    // The row is locked: the points read with it plus delta are the new total.
    const int points = (*before)->account.points + delta;
    const Standing current = (*before)->account.standing;
    const Standing next = standingAfter(current, points, policy);
    if (auto status = accounts.addPoints(accountId, delta, next); !status)
        return status;
    PointsEventRecord event;
    event.accountId = accountId;
    event.delta = delta;
    event.reason = reason;
    event.ref = ref;
    event.pointsAfter = points;
    event.standingBefore = standingName(current);
    event.standingAfter = standingName(next);
    event.createdAt = now;
    auto eventId = PointsHistory(db).record(event);
    if (!eventId)
        return eventId.error();
    changes.touch(Entity::PointsEvent, QString::number(*eventId), {Audience::account(accountId)});
    touchAccount(accountId);
    if (current == Standing::Butterfly || next == Standing::Butterfly)
        return touchLeaderboard();
    return {};
}

Status MarketEngine::touchLeaderboard()
{
    if (m_leaderboardDeferred) {
        m_leaderboardDue = true;
        return {};
    }
    return refreshLeaderboard();
}

void MarketEngine::deferLeaderboard()
{
    m_leaderboardDeferred = true;
}

Status MarketEngine::flushLeaderboard()
{
    m_leaderboardDeferred = false;
    if (!std::exchange(m_leaderboardDue, false))
        return {};
    return refreshLeaderboard();
}

Status MarketEngine::refreshLeaderboard()
{
    auto scores = LeaderboardQueries(db).topScores(policy.leaderboard.top);
    if (!scores)
        return scores.error();
    const qsizetype size = buildLeaderboard(*scores, policy).size();
    MetaRepository meta(db);
    auto stored = meta.value(kLeaderboardSizeKey);
    if (!stored)
        return stored.error();
    const qsizetype before = stored->has_value() ? (*stored)->toLongLong() : 0;
    for (qsizetype position = 1; position <= std::max(size, before); ++position) {
        changes.touch(Entity::LeaderboardEntry, QString::number(position), {Audience::everyone()},
                      position <= size ? ChangeOp::Upsert : ChangeOp::Delete);
    }
    return meta.setValue(kLeaderboardSizeKey, QString::number(size));
}

Result<WorkerRecord> MarketEngine::workerRecord(const AccountRecord &worker)
{
    // The counters TierProgressQueries reads for every worker, so one worker's record equals theirs.
    WorkerRecord record;
    record.tier = worker.account.tier;
    WorkerCounters counters(db);
    auto counts = counters.counts(worker.id());
    if (!counts)
        return counts.error();
    record.approvedAnswers = static_cast<int>(counts->approvedAnswers);
    record.feedbackTasksDone = static_cast<int>(counts->feedbackDone);
    const int window = std::max(policy.tiers.silver.windowAnswers, policy.tiers.gold.windowAnswers);
    auto flags = counters.recentLostFlags(worker.id(), window, *counts);
    if (!flags)
        return flags.error();
    record.recentLostFlags = *flags;
    auto gold = goldTally(*this, worker.id());
    if (!gold)
        return gold.error();
    record.goldAnswered = gold->answered;
    record.goldCorrect = gold->correct;
    record.goldBelow = gold->standing == GoldStanding::Below;
    return record;
}

Status MarketEngine::recordPay(const QString &workerId, const QString &kind, Cents earned, Cents mistakePay,
                               const QString &ref)
{
    if (auto status = accounts.recordPay(workerId, kind, earned, mistakePay, ref, now); !status)
        return status;
    changes.touch(Entity::TierProgress, workerId, {Audience::account(workerId)});
    if (mistakePay > 0)
        return checkMistakeAllowance(workerId);
    return {};
}

Status MarketEngine::checkMistakeAllowance(const QString &workerId)
{
    auto worker = accounts.find(workerId, true);
    if (!worker)
        return worker.error();
    if (!worker->has_value() || (*worker)->account.suspended)
        return {};
    auto window = accounts.payWindow(workerId, mistakeWindowStart(now, policy), now);
    if (!window)
        return window.error();
    const Cents allowance = mistakeAllowance(window->earned, policy);
    if (!exceedsAllowance(window->mistakePay, allowance))
        return {};
    const QString reason = u"mistake pay of %1 cents in the last %2 days exceeds the allowance of %3 cents "
                           "(pay earned in the window: %4 cents)"_s.arg(window->mistakePay)
                                   .arg(policy.mistakes.windowSeconds / 86'400)
                                   .arg(allowance)
                                   .arg(window->earned);
    if (auto status = accounts.suspend(workerId, reason, now); !status)
        return status;
    touchAccount(workerId);
    changes.touch(Entity::Wallet, workerId, {Audience::account(workerId)});
    return {};
}

Status MarketEngine::checkDemotion(const QString &workerId)
{
    auto worker = accounts.find(workerId, true);
    if (!worker)
        return worker.error();
    if (!worker->has_value() || !(*worker)->isWorker() || (*worker)->account.tier == Tier::Bronze)
        return {};
    auto record = workerRecord(**worker);
    if (!record)
        return record.error();
    if (!shouldDemote(*record, policy))
        return {};
    return changeTier(**worker, static_cast<Tier>(static_cast<int>((*worker)->account.tier) - 1));
}

Status MarketEngine::changeTier(const AccountRecord &worker, Tier tier)
{
    if (auto status = accounts.setTier(worker.id(), tier); !status)
        return status;
    if (auto status = accounts.bumpScopeEpoch(worker.id()); !status)
        return status;
    touchAccount(worker.id());
    changes.touch(Entity::TierProgress, worker.id(), {Audience::account(worker.id())});
    return {};
}

QStringList MarketEngine::taskAudiences(const TaskRecord &record) const
{
    QStringList audiences{Audience::account(record.task.requesterId)};
    if (record.task.state == TaskState::Published || record.task.state == TaskState::Closed) {
        const Tier lowest = record.task.origin == TaskOrigin::Butterfly ? Tier::Bronze : Tier::Silver;
        audiences << Audience::workersFrom(tierName(lowest));
    }
    return audiences;
}

void MarketEngine::touchTask(const TaskRecord &record)
{
    const QStringList audiences = taskAudiences(record);
    changes.touch(Entity::Task, record.task.id, audiences);
    changes.touch(Entity::TaskRevision, record.task.revisionId, audiences);
}

void MarketEngine::touchAccount(const QString &accountId)
{
    changes.touch(Entity::Account, accountId, {Audience::account(accountId)});
}

WorkerGateInput MarketEngine::gateWorker(const AccountRecord &worker) const
{
    WorkerGateInput input;
    input.workerId = worker.id();
    input.tier = worker.isWorker() ? worker.account.tier : Tier::Bronze;
    input.skills = foldedNames(worker.account.skills);
    input.suspended = worker.account.suspended;
    input.contentOptIns = foldedNames(worker.contentOptIns);
    return input;
}

TaskGateInput MarketEngine::gateTask(const TaskRecord &record) const
{
    TaskGateInput input;
    input.requesterId = record.task.requesterId;
    input.origin = record.task.origin == TaskOrigin::Butterfly ? Standing::Butterfly : Standing::Caterpillar;
    input.published = record.task.state == TaskState::Published;
    input.minTier = record.revision.minTier;
    input.requiredSkills = foldedNames(record.revision.skills);
    input.contentWarnings = foldedNames(record.revision.contentWarnings);
    input.kind = GateTaskKind::Normal;
    return input;
}

Result<QList<GateReason>> MarketEngine::taskGateReasons(const AccountRecord &worker, const TaskRecord &record)
{
    TaskGateInput input = gateTask(record);
    if (input.published) {
        // Gating only asks whether a slot is free, so the checks stop at the first free item.
        auto claimable = work.anyClaimable(record.task.id, worker.id(), record.revision.overlap, now);
        if (!claimable)
            return claimable.error();
        input.openSlots = *claimable ? 1 : 0;
        if (!*claimable) {
            auto open = work.anyOpen(record.task.id, record.revision.overlap, now);
            if (!open)
                return open.error();
            auto answered = work.hasAnsweredTask(record.task.id, worker.id());
            if (!answered)
                return answered.error();
            input.alreadyAnsweredByWorker = *open && *answered;
        }
    }
    auto unqualified = qualificationMissing(*this, worker.id(), record);
    if (!unqualified)
        return unqualified.error();
    input.qualificationMissing = *unqualified;
    return allGateReasons(gateWorker(worker), input, policy);
}

Result<QList<GateReason>> MarketEngine::panelGateReasons(const AccountRecord &arbiter, const ConflictRecord &conflict)
{
    auto answered = work.hasAnsweredItem(conflict.itemId, arbiter.id());
    if (!answered)
        return answered.error();
    auto answer = work.answer(conflict.panel.answerId);
    if (!answer)
        return answer.error();
    TaskGateInput input;
    input.requesterId = conflict.requesterId;
    input.published = conflict.panel.state == ConflictState::Open;
    input.openSlots = conflict.panel.seats - conflict.panel.votesCast;
    // Teammates of the worker (on the team or within the exclusion after it ended) count as having a
    // stake in the answer.
    auto teammate = areRecentTeammates(*this, arbiter.id(), conflict.workerId);
    if (!teammate)
        return teammate.error();
    input.alreadyAnsweredByWorker = *answered || arbiter.id() == conflict.workerId || *teammate;
    input.kind = GateTaskKind::Conflict;
    if (answer->has_value()) {
        auto revision = tasks.revision((*answer)->answer.revisionId);
        if (!revision)
            return revision.error();
        if (revision->has_value())
            input.contentWarnings = foldedNames((*revision)->contentWarnings);
    }
    return allGateReasons(gateWorker(arbiter), input, policy);
}

Result<bool> MarketEngine::approveAnswer(const AnswerRecord &answer, const QString &ref)
{
    auto task = tasks.find(answer.answer.taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"answer %1 names a missing task"_s.arg(answer.answer.id));
    const QString requesterId = (*task)->task.requesterId;
    const QString workerId = answer.answer.workerId;
    auto moved = work.moveAnswer(answer.answer.id, AnswerStatus::PendingReview, AnswerStatus::Approved, now);
    if (!moved || !*moved)
        return moved;
    auto event = approvalEvent(requesterId, workerId, answer.payCents, answer.heldCents);
    if (!event)
        return event.error();
    if (auto booked = book(u"approve"_s, *event, ref, {{}, answer.answer.taskId, answer.answer.id, {}}); !booked)
        return booked.error();
    if (auto status = recordPay(workerId, u"answer"_s, answer.payCents, 0, answer.answer.id); !status)
        return status.error();
    changes.touch(Entity::Answer, answer.answer.id, {Audience::account(workerId), Audience::account(requesterId)});
    return true;
}

Result<bool> MarketEngine::closePanel(const ConflictRecord &openConflict)
{
    auto locked = conflicts.find(openConflict.panel.id, true);
    if (!locked)
        return locked.error();
    if (!locked->has_value() || (*locked)->panel.state != ConflictState::Open)
        return false;
    const ConflictRecord &conflict = **locked;
    auto votes = conflicts.votes(conflict.panel.id);
    if (!votes)
        return votes.error();
    auto answer = work.answer(conflict.panel.answerId, true);
    if (!answer)
        return answer.error();
    if (!answer->has_value())
        return Error::storage(u"conflict %1 names a missing answer"_s.arg(conflict.panel.id));

    SettlementInput input;
    input.price = (*answer)->payCents;
    input.heldEscrow = (*answer)->heldCents;
    input.workerId = conflict.workerId;
    input.requesterId = conflict.requesterId;
    for (const Vote &vote : std::as_const(*votes)) {
        ++(vote.fault == Fault::Worker ? input.workerFaultVotes : input.requesterFaultVotes);
        input.arbiterIds << vote.arbiterId;
    }
    auto settlement = settleConflict(input, policy);
    if (!settlement)
        return settlement.error();

    ConflictOutcome outcome{input.workerFaultVotes, input.requesterFaultVotes, settlement->requesterCharge,
                            settlement->arbitrationFee, settlement->mistakePay};
    auto closed = conflicts.close(conflict.panel.id, outcome, now);
    if (!closed || !*closed)
        return closed;
    if (auto moved = work.moveAnswer(conflict.panel.answerId, AnswerStatus::InConflict, AnswerStatus::Settled, now);
        !moved)
        return moved.error();
    if (auto status = work.setLostConflict(conflict.panel.answerId, settlement->workerLost); !status)
        return status.error();
    if (auto booked = book(u"settlement"_s, settlement->ledger, conflict.panel.id,
                           {conflict.panel.id, conflict.taskId, conflict.panel.answerId, {}});
        !booked)
        return booked.error();
    if (auto status = recordPay(conflict.workerId, u"settlement"_s, settlement->workerPay, settlement->mistakePay,
                                conflict.panel.id);
        !status)
        return status.error();
    for (const QString &arbiterId : std::as_const(input.arbiterIds)) {
        if (auto status = recordPay(arbiterId, u"arbitration"_s, settlement->arbiterPayEach, 0, conflict.panel.id);
            !status)
            return status.error();
    }
    if (settlement->requesterLost) {
        if (auto status = addPoints(conflict.requesterId, pointsForLostConflict(policy), u"lost_conflict"_s,
                                    conflict.panel.id);
            !status)
            return status.error();
    }
    if (auto status = checkDemotion(conflict.workerId); !status)
        return status.error();

    // After the close: the parties and the panel see the outcome and the anonymised votes; other
    // arbiters are told again so their copy of the open panel goes away.
    QStringList audiences{Audience::account(conflict.workerId), Audience::account(conflict.requesterId),
                          Audience::arbiters()};
    for (const QString &arbiterId : std::as_const(input.arbiterIds))
        audiences << Audience::account(arbiterId);
    changes.touch(Entity::Conflict, conflict.panel.id, audiences);
    changes.touch(Entity::Answer, conflict.panel.answerId, audiences);
    changes.touch(Entity::Item, conflict.itemId, {Audience::arbiters()});
    audiences.removeAll(Audience::arbiters());
    for (const Vote &vote : std::as_const(*votes))
        changes.touch(Entity::Vote, vote.id, audiences);
    return true;
}

} // namespace Chrysalis
