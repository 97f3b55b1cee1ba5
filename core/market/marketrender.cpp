// Per-viewer rendering of every entity a pull carries. Visibility is decided here, row by row: a
// change offered to an audience is still refused to a member who may not see it.
#include "core/domain/jsonreader.h"
#include "core/market/goldwork.h"
#include "core/market/leaderboardqueries.h"
#include "core/market/marketengine.h"
#include "core/market/payoutrepository.h"
#include "core/market/rowhelpers.h"
#include "core/market/standinghistory.h"
#include "core/market/teamengine.h"
#include "core/market/workerboards.h"
#include "core/policy/fees.h"
#include "core/policy/leaderboard.h"
#include "core/policy/mistakes.h"
#include "core/policy/tiers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

using Rendered = Result<std::optional<QJsonObject>>;

Rendered hidden()
{
    return std::optional<QJsonObject>();
}

Rendered shown(const QJsonObject &json)
{
    return std::optional<QJsonObject>(json);
}

QJsonValue meanOrNull(const std::optional<double> &mean)
{
    return mean ? QJsonValue(*mean) : QJsonValue();
}

QJsonObject tierRuleJson(const TierRuleProgress &rule)
{
    QJsonObject json{{u"requirement"_s, tierRequirementName(rule.requirement)},
                     {u"current"_s, rule.current},
                     {u"required"_s, rule.required},
                     {u"at_most"_s, rule.atMost},
                     {u"met"_s, rule.met}};
    if (rule.requirement == TierRequirement::LostConflicts)
        json.insert(u"window_answers"_s, rule.windowAnswers);
    return json;
}

QJsonArray reasonCodes(const QList<GateReason> &reasons)
{
    QJsonArray codes;
    for (GateReason reason : reasons)
        codes.append(gateReasonCode(reason));
    return codes;
}

// Renders for one viewer, caching the accounts it looks up.
class Renderer
{
public:
    Renderer(MarketEngine &engine, const Viewer &viewer) : m_engine(engine), m_viewer(viewer) { }

    Rendered render(const QString &entity, const QString &id);
    // Reads the rows of one kind that a batch of renders will need, in a few statements.
    Status prefetch(const QString &entity, const QStringList &ids);

private:
    Result<std::optional<AccountRecord>> account(const QString &id);
    // Tasks do not change during one pull's snapshot, so each is read once.
    Result<std::optional<TaskRecord>> task(const QString &id);
    bool isViewer(const QString &accountId) const { return accountId == m_viewer.accountId; }
    bool viewerIsAdmin() const { return m_self && m_self->isAdmin(); }
    // The id shown for an account: the real one to itself and admins, the pseudonymous one to others.
    Result<QString> shownId(const QString &accountId);
    Result<QString> pseudonym(const QString &accountId);

    // Whether a worker sees the task at all: published or closed, and not a caterpillar task below silver.
    Result<std::optional<QList<GateReason>>> workerView(const TaskRecord &record);
    // Whether the viewer may sit on the panel (while open) or sat on it (after the close).
    Result<bool> onPanel(const ConflictRecord &conflict);

    Rendered renderAccount(const QString &id);
    Rendered renderWallet(const QString &id);
    Rendered renderTask(const QString &id);
    Rendered renderRevision(const QString &id);
    Rendered renderItem(const QString &id);
    Rendered renderLease(const QString &id);
    Rendered renderAnswer(const QString &id);
    Rendered renderFeedback(const QString &id);
    Rendered renderConflict(const QString &id);
    // A team conflict or one of its votes; hidden when the id names neither.
    Rendered teamPanelEntity(const QString &entity, const QString &id);
    Rendered renderVote(const QString &id);
    Rendered renderLedgerEntry(const QString &id);
    Rendered renderLeaderboardEntry(const QString &id);
    Rendered renderProposal(const QString &id);
    Rendered renderTierProgress(const QString &id);
    Rendered renderPayout(const QString &id);

    // Only the butterflies ranked within the cutoff: what the board is built from.
    Result<QList<RequesterScore>> scores();

    MarketEngine &m_engine;
    const Viewer &m_viewer;
    std::optional<AccountRecord> m_self;
    QHash<QString, std::optional<AccountRecord>> m_accounts;
    QHash<QString, std::optional<TaskRecord>> m_tasks;
    // Filled by prefetch(Item): every item asked for (nullopt when missing), the ones the viewer
    // leased, and the panels of each item.
    bool m_itemsPrefetched = false;
    QHash<QString, std::optional<Item>> m_items;
    QSet<QString> m_leasedItems;
    QHash<QString, QList<ConflictRecord>> m_itemPanels;
    // The gold keys of each task whose items the requester pulls, read once per task.
    QHash<QString, QHash<QString, GoldItemRecord>> m_goldItems;
};

Result<std::optional<TaskRecord>> Renderer::task(const QString &id)
{
    const auto cached = m_tasks.constFind(id);
    if (cached != m_tasks.constEnd())
        return *cached;
    auto found = m_engine.tasks.find(id);
    if (!found)
        return found.error();
    m_tasks.insert(id, *found);
    return found;
}

Status Renderer::prefetch(const QString &entity, const QStringList &ids)
{
    if (entity != Entity::Item || ids.size() < 2)
        return {};
    auto items = m_engine.tasks.itemsById(ids);
    if (!items)
        return items.error();
    m_items.clear();
    for (const QString &id : ids)
        m_items.insert(id, std::nullopt);
    QStringList unseen; // items of tasks the viewer does not own
    const bool admin = m_viewer.accountId.isEmpty() ? false : [this] {
        auto self = account(m_viewer.accountId);
        return self && self->has_value() && (*self)->isAdmin();
    }();
    for (const Item &item : std::as_const(*items)) {
        m_items.insert(item.id, item);
        auto owner = task(item.taskId);
        if (!owner)
            return owner.error();
        if (!admin && !(owner->has_value() && isViewer((*owner)->task.requesterId)))
            unseen.append(item.id);
    }
    m_leasedItems.clear();
    m_itemPanels.clear();
    if (!unseen.isEmpty()) {
        auto leased = m_engine.work.itemsLeasedBy(unseen, m_viewer.accountId);
        if (!leased)
            return leased.error();
        m_leasedItems = *leased;
        auto panels = m_engine.conflicts.forItems(unseen);
        if (!panels)
            return panels.error();
        m_itemPanels = *panels;
    }
    m_itemsPrefetched = true;
    return {};
}

Result<std::optional<AccountRecord>> Renderer::account(const QString &id)
{
    const auto cached = m_accounts.constFind(id);
    if (cached != m_accounts.constEnd())
        return *cached;
    auto found = m_engine.accounts.find(id);
    if (!found)
        return found.error();
    m_accounts.insert(id, *found);
    return found;
}

Result<QString> Renderer::shownId(const QString &accountId)
{
    if (accountId.isEmpty() || isViewer(accountId) || viewerIsAdmin())
        return accountId;
    auto found = account(accountId);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->publicId : QString();
}

Result<QString> Renderer::pseudonym(const QString &accountId)
{
    auto found = account(accountId);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->account.pseudonym : QString();
}

Rendered Renderer::render(const QString &entity, const QString &id)
{
    if (!m_viewer.accountId.isEmpty()) {
        auto self = account(m_viewer.accountId);
        if (!self)
            return self.error();
        m_self = *self;
    }
    if (entity == Entity::LeaderboardEntry)
        return renderLeaderboardEntry(id);
    if (!m_self)
        return hidden();
    if (entity == Entity::Account)
        return renderAccount(id);
    if (entity == Entity::Wallet)
        return renderWallet(id);
    if (entity == Entity::Task)
        return renderTask(id);
    if (entity == Entity::TaskRevision)
        return renderRevision(id);
    if (entity == Entity::Item)
        return renderItem(id);
    if (entity == Entity::Lease)
        return renderLease(id);
    if (entity == Entity::Answer)
        return renderAnswer(id);
    if (entity == Entity::Feedback)
        return renderFeedback(id);
    if (entity == Entity::Conflict)
        return renderConflict(id);
    if (entity == Entity::Vote)
        return renderVote(id);
    if (entity == Entity::LedgerEntry)
        return renderLedgerEntry(id);
    if (entity == Entity::ReframeProposal)
        return renderProposal(id);
    if (entity == Entity::TierProgress)
        return renderTierProgress(id);
    if (entity == Entity::PointsEvent)
        return renderPointsEvent(m_engine.db, id, m_viewer.accountId, viewerIsAdmin());
    if (entity == Entity::WorkerBoardEntry)
        return renderWorkerBoardEntry(m_engine.db, id);
    if (entity == Entity::GoldContest)
        return renderGoldContest(m_engine, id, m_viewer.accountId, viewerIsAdmin());
    if (entity == Entity::Payout)
        return renderPayout(id);
    auto team = renderTeamEntity(m_engine, entity, id, m_viewer);
    if (!team)
        return team.error();
    return team->has_value() ? **team : hidden();
}

Result<QList<RequesterScore>> Renderer::scores()
{
    return LeaderboardQueries(m_engine.db).topScores(m_engine.policy.leaderboard.top);
}

Rendered Renderer::renderAccount(const QString &id)
{
    if (!isViewer(id) && !viewerIsAdmin())
        return hidden();
    auto found = account(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return hidden();
    const AccountRecord &record = **found;
    QJsonObject json = record.account.toJson();
    json.insert(u"pseudonym"_s, record.account.pseudonym);
    json.insert(u"public_id"_s, record.publicId);
    json.insert(u"suspended_reason"_s, record.account.suspended ? QJsonValue(record.suspendedReason) : QJsonValue());
    json.insert(u"content_opt_ins"_s, QJsonArray::fromStringList(record.contentOptIns));
    json.insert(u"limits"_s, record.limits);
    json.insert(u"scope_epoch"_s, record.scopeEpoch);
    if (record.isWorker()) {
        auto onBoards = WorkerBoards(m_engine.db).optedIn(id);
        if (!onBoards)
            return onBoards.error();
        json.insert(u"worker_board_opt_in"_s, *onBoards);
        auto adopted = m_engine.feedback.adoptedProposals(id);
        if (!adopted)
            return adopted.error();
        json.insert(u"adopted_proposals"_s, *adopted);
    }
    if (record.isRequester()) {
        auto rating = m_engine.ratings.published(id);
        if (!rating)
            return rating.error();
        json.insert(u"rating"_s, meanOrNull(rating->publishedMean));
        json.insert(u"rating_count"_s, rating->publishedCount);
        if (auto status = insertRatingDistribution(m_engine, id, json); !status)
            return status.error();
        auto rank = LeaderboardQueries(m_engine.db).rankOf(id);
        if (!rank)
            return rank.error();
        json.insert(u"leaderboard_rank"_s, *rank ? QJsonValue(**rank) : QJsonValue());
    }
    return shown(json);
}

Rendered Renderer::renderWallet(const QString &id)
{
    if (!isViewer(id) && !viewerIsAdmin())
        return hidden();
    auto balance = m_engine.balanceOf(LedgerBook::Balance, id);
    auto escrow = m_engine.balanceOf(LedgerBook::Escrow, id);
    auto earnings = m_engine.balanceOf(LedgerBook::Earnings, id);
    auto window = m_engine.accounts.payWindow(id, mistakeWindowStart(m_engine.now, m_engine.policy), m_engine.now);
    if (!balance || !escrow || !earnings)
        return (!balance ? balance : !escrow ? escrow : earnings).error();
    if (!window)
        return window.error();
    // Requested payouts hold their amount back until an admin pays them.
    auto pending = PayoutRepository(m_engine.db).pendingCents(id);
    if (!pending)
        return pending.error();
    const Cents available = *earnings - *pending;
    return shown({{u"account_id"_s, id},
                  {u"balance_cents"_s, *balance},
                  {u"escrow_cents"_s, *escrow},
                  {u"earnings_cents"_s, *earnings},
                  {u"earned_window_cents"_s, window->earned},
                  {u"mistake_pay_window_cents"_s, window->mistakePay},
                  {u"mistake_allowance_cents"_s, mistakeAllowance(window->earned, m_engine.policy)},
                  {u"payout_eligible"_s, mayRequestPayout(available, m_engine.policy)},
                  {u"payout_pending_cents"_s, *pending},
                  {u"payout_available_cents"_s, available}});
}

Result<std::optional<QList<GateReason>>> Renderer::workerView(const TaskRecord &record)
{
    using View = std::optional<QList<GateReason>>;
    if (!m_self->isWorker())
        return View();
    if (record.task.state != TaskState::Published && record.task.state != TaskState::Closed)
        return View();
    auto reasons = m_engine.taskGateReasons(*m_self, record);
    if (!reasons)
        return reasons.error();
    if (reasons->contains(GateReason::CaterpillarTaskNeedsSilver))
        return View();
    return View(*reasons);
}

Rendered Renderer::renderTask(const QString &id)
{
    auto found = task(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return hidden();
    const TaskRecord &record = **found;
    Task task = record.task;
    // A leased slot is not open: it comes back when its lease is released or expires unused.
    if (task.itemsOpen > 0) {
        auto leased = m_engine.work.runningLeasesOnTask(task.id, m_engine.now);
        if (!leased)
            return leased.error();
        task.itemsOpen = std::max(0, task.itemsOpen - *leased);
    }
    QJsonObject extra;
    if (isViewer(task.requesterId) || viewerIsAdmin()) {
        extra.insert(u"version"_s, record.version);
        extra.insert(u"fee_bp"_s, record.feeBp);
        extra.insert(u"escrow_per_slot_cents"_s, record.escrowPerSlot);
        extra.insert(u"answers_count"_s, record.answersCount);
    } else {
        auto view = workerView(record);
        if (!view)
            return view.error();
        if (!view->has_value())
            return hidden();
        extra.insert(u"gate_reasons"_s, reasonCodes(**view));
        extra.insert(u"can_take"_s, (*view)->isEmpty());
    }
    auto requester = shownId(task.requesterId);
    auto name = pseudonym(task.requesterId);
    if (!requester || !name)
        return (!requester ? requester : name).error();
    task.requesterId = *requester;
    QJsonObject json = task.toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        json.insert(it.key(), it.value());
    json.insert(u"requester_pseudonym"_s, *name);
    json.insert(u"estimate_seconds"_s, record.revision.estimateSeconds);
    json.insert(u"skills"_s, QJsonArray::fromStringList(record.revision.skills));
    json.insert(u"content_warnings"_s, QJsonArray::fromStringList(record.revision.contentWarnings));
    return shown(json);
}

Rendered Renderer::renderRevision(const QString &id)
{
    auto revision = m_engine.tasks.revision(id);
    if (!revision)
        return revision.error();
    if (!revision->has_value())
        return hidden();
    auto found = task((*revision)->taskId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return hidden();
    const TaskRecord &record = **found;
    if (!isViewer(record.task.requesterId) && !viewerIsAdmin()) {
        auto view = workerView(record);
        if (!view)
            return view.error();
        if (!view->has_value())
            return hidden();
    }
    QJsonObject json = (*revision)->toJson();
    if (auto status = insertRevisionQuality(m_engine, id, json); !status)
        return status.error();
    return shown(json);
}

Result<bool> Renderer::onPanel(const ConflictRecord &conflict)
{
    if (conflict.panel.state == ConflictState::Closed)
        return m_engine.conflicts.hasVoted(conflict.panel.id, m_viewer.accountId);
    auto reasons = m_engine.panelGateReasons(*m_self, conflict);
    if (!reasons)
        return reasons.error();
    if (reasons->isEmpty())
        return true;
    return m_engine.conflicts.hasVoted(conflict.panel.id, m_viewer.accountId);
}

Rendered Renderer::renderItem(const QString &id)
{
    const bool prefetched = m_itemsPrefetched && m_items.contains(id);
    auto item = prefetched ? Result<std::optional<Item>>(m_items.value(id)) : m_engine.tasks.item(id);
    if (!item)
        return item.error();
    if (!item->has_value())
        return hidden();
    auto owner = task((*item)->taskId);
    if (!owner)
        return owner.error();
    bool visible = owner->has_value() && (isViewer((*owner)->task.requesterId) || viewerIsAdmin());
    // Only the requester learns which items are gold: a worker's item is the same either way.
    if (visible) {
        QJsonObject json = (*item)->toJson();
        auto gold = m_goldItems.constFind((*item)->taskId);
        if (gold == m_goldItems.constEnd()) {
            auto loaded = goldItemsOf(m_engine, (*item)->taskId);
            if (!loaded)
                return loaded.error();
            gold = m_goldItems.insert((*item)->taskId, *loaded);
        }
        if (const auto key = gold->constFind(id); key != gold->constEnd())
            insertItemGold(*key, json);
        return shown(json);
    }
    if (!visible) {
        auto leased = prefetched ? Result<bool>(m_leasedItems.contains(id))
                                 : m_engine.work.hasLeaseOnItem(id, m_viewer.accountId);
        if (!leased)
            return leased.error();
        visible = *leased;
    }
    if (!visible) {
        auto panels =
                prefetched ? Result<QList<ConflictRecord>>(m_itemPanels.value(id)) : m_engine.conflicts.forItem(id);
        if (!panels)
            return panels.error();
        for (const ConflictRecord &conflict : std::as_const(*panels)) {
            auto seat = onPanel(conflict);
            if (!seat)
                return seat.error();
            if (*seat) {
                visible = true;
                break;
            }
        }
    }
    if (!visible)
        return hidden();
    return shown((*item)->toJson());
}

Rendered Renderer::renderLease(const QString &id)
{
    auto lease = m_engine.work.lease(id);
    if (!lease)
        return lease.error();
    if (!lease->has_value() || !isViewer((*lease)->lease.workerId))
        return hidden();
    QJsonObject json = (*lease)->lease.toJson();
    json.insert(u"claimed_at"_s, wireTime((*lease)->lease.claimedAt));
    json.insert(u"revision_id"_s, (*lease)->revisionId);
    return shown(json);
}

Rendered Renderer::renderAnswer(const QString &id)
{
    auto found = m_engine.work.answer(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return hidden();
    const AnswerRecord &record = **found;
    auto owner = task(record.answer.taskId);
    if (!owner)
        return owner.error();
    const bool party = isViewer(record.answer.workerId) ||
                       (owner->has_value() && isViewer((*owner)->task.requesterId)) || viewerIsAdmin();
    auto conflict = m_engine.conflicts.findByAnswer(id);
    if (!conflict)
        return conflict.error();
    if (!party) {
        if (!conflict->has_value())
            return hidden();
        auto seat = onPanel(**conflict);
        if (!seat)
            return seat.error();
        if (!*seat)
            return hidden();
    }
    Answer answer = record.answer;
    auto worker = shownId(answer.workerId);
    auto name = pseudonym(answer.workerId);
    if (!worker || !name)
        return (!worker ? worker : name).error();
    answer.workerId = *worker;
    QJsonObject json = answer.toJson();
    json.insert(u"worker_pseudonym"_s, *name);
    json.insert(u"pay_cents"_s, record.payCents);
    json.insert(u"reason_code"_s, record.reasonCode.isEmpty() ? QJsonValue() : QJsonValue(record.reasonCode));
    json.insert(u"reason"_s, record.reasonCode.isEmpty() ? QJsonValue() : QJsonValue(record.reason));
    json.insert(u"conflict_id"_s, conflict->has_value() ? QJsonValue((*conflict)->panel.id) : QJsonValue());
    const bool toRequester = (owner->has_value() && isViewer((*owner)->task.requesterId)) || viewerIsAdmin();
    if (auto status = insertAnswerGold(m_engine, id, toRequester, isViewer(record.answer.workerId), json); !status)
        return status.error();
    return shown(json);
}

Rendered Renderer::renderFeedback(const QString &id)
{
    auto found = m_engine.feedback.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return hidden();
    const FeedbackRecord &record = **found;
    auto owner = task(record.feedback.taskId);
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return hidden();
    const bool requester = isViewer((*owner)->task.requesterId) || viewerIsAdmin();
    const bool assigned = !record.feedback.workerId.isEmpty() && isViewer(record.feedback.workerId);
    QJsonArray reasons;
    if (!requester && !assigned) {
        if (record.feedback.state != FeedbackState::Open || !m_self->isWorker() || m_self->account.tier < Tier::Silver)
            return hidden();
        TaskGateInput gate = m_engine.gateTask(**owner);
        gate.published = true;
        gate.minTier = Tier::Bronze;
        gate.requiredSkills.clear();
        gate.openSlots = 1;
        gate.kind = GateTaskKind::Feedback;
        reasons = reasonCodes(allGateReasons(m_engine.gateWorker(*m_self), gate, m_engine.policy));
    }
    FeedbackTask feedback = record.feedback;
    auto worker = shownId(feedback.workerId);
    if (!worker)
        return worker.error();
    feedback.workerId = *worker;
    QJsonObject json = feedback.toJson();
    json.insert(u"pay_cents"_s, m_engine.policy.feedback.payCents);
    json.insert(u"gate_reasons"_s, reasons);
    auto revision = m_engine.tasks.revision(record.feedback.revisionId);
    if (!revision)
        return revision.error();
    if (revision->has_value())
        json.insert(u"revision"_s, (*revision)->toJson());
    auto samples = m_engine.tasks.itemsById(record.sampleItemIds);
    if (!samples)
        return samples.error();
    json.insert(u"sample_items"_s, toJsonArray(*samples));
    json.insert(u"accepted_hunks"_s, QJsonArray::fromStringList(record.acceptedHunks));
    json.insert(u"adopted_revision_id"_s,
                record.adoptedRevisionId.isEmpty() ? QJsonValue() : QJsonValue(record.adoptedRevisionId));
    return shown(json);
}

Rendered Renderer::renderConflict(const QString &id)
{
    auto found = m_engine.conflicts.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return teamPanelEntity(Entity::Conflict, id);
    const ConflictRecord &record = **found;
    const bool party = isViewer(record.workerId) || isViewer(record.requesterId) || viewerIsAdmin();
    if (!party) {
        auto seat = onPanel(record);
        if (!seat)
            return seat.error();
        if (!*seat)
            return hidden();
    }
    QJsonObject json = record.panel.toJson();
    if (record.panel.state == ConflictState::Closed)
        json.insert(u"arbitration_fee_cents"_s, record.arbitrationFeeCents);
    auto answer = m_engine.work.answer(record.panel.answerId);
    if (!answer)
        return answer.error();
    if (answer->has_value()) {
        json.insert(u"reason_code"_s, (*answer)->reasonCode);
        json.insert(u"reason"_s, (*answer)->reason);
        json.insert(u"answer_fields"_s, (*answer)->answer.fields);
        json.insert(u"revision_id"_s, (*answer)->answer.revisionId);
        json.insert(u"pay_cents"_s, (*answer)->payCents);
        auto revision = m_engine.tasks.revision((*answer)->answer.revisionId);
        if (!revision)
            return revision.error();
        if (revision->has_value())
            json.insert(u"revision"_s, (*revision)->toJson());
    }
    auto item = m_engine.tasks.item(record.itemId);
    if (!item)
        return item.error();
    if (item->has_value())
        json.insert(u"item"_s, (*item)->toJson());
    auto worker = shownId(record.workerId);
    auto requester = shownId(record.requesterId);
    if (!worker || !requester)
        return (!worker ? worker : requester).error();
    json.insert(u"worker_id"_s, *worker);
    json.insert(u"requester_id"_s, *requester);
    return shown(json);
}

Rendered Renderer::teamPanelEntity(const QString &entity, const QString &id)
{
    auto rendered = renderTeamConflictEntity(m_engine, entity, id, m_viewer);
    if (!rendered)
        return rendered.error();
    return rendered->has_value() ? **rendered : hidden();
}

Rendered Renderer::renderVote(const QString &id)
{
    auto vote = m_engine.conflicts.vote(id);
    if (!vote)
        return vote.error();
    if (!vote->has_value())
        return teamPanelEntity(Entity::Vote, id);
    Vote shownVote = **vote;
    if (isViewer(shownVote.arbiterId))
        return shown(shownVote.toJson());
    auto conflict = m_engine.conflicts.find(shownVote.conflictId);
    if (!conflict)
        return conflict.error();
    if (!conflict->has_value() || (*conflict)->panel.state != ConflictState::Closed)
        return hidden();
    const ConflictRecord &record = **conflict;
    bool allowed = isViewer(record.workerId) || isViewer(record.requesterId) || viewerIsAdmin();
    if (!allowed) {
        auto voted = m_engine.conflicts.hasVoted(record.panel.id, m_viewer.accountId);
        if (!voted)
            return voted.error();
        allowed = *voted;
    }
    if (!allowed)
        return hidden();
    shownVote.arbiterId.clear();
    return shown(shownVote.toJson());
}

Rendered Renderer::renderLedgerEntry(const QString &id)
{
    bool numeric = false;
    const qint64 entryId = id.toLongLong(&numeric);
    if (!numeric)
        return hidden();
    auto entry = m_engine.wallets.entry(entryId);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return hidden();
    const auto account = LedgerAccount::fromKey((*entry)->accountKey);
    if (!account || (!isViewer(account->ownerId) && !viewerIsAdmin()))
        return hidden();
    auto reference = m_engine.wallets.reference(entryId);
    if (!reference)
        return reference.error();
    const auto idOrNull = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return shown({{u"id"_s, id},
                  {u"event_id"_s, QString::number((*entry)->eventId)},
                  {u"account"_s, (*entry)->accountKey},
                  {u"amount_cents"_s, (*entry)->amountCents},
                  {u"kind"_s, (*entry)->kind},
                  {u"conflict_id"_s, idOrNull(reference->conflictId)},
                  {u"task_id"_s, idOrNull(reference->taskId)},
                  {u"answer_id"_s, idOrNull(reference->answerId)},
                  {u"payout_id"_s, idOrNull(reference->payoutId)}});
}

Rendered Renderer::renderLeaderboardEntry(const QString &id)
{
    bool numeric = false;
    const qsizetype position = id.toLongLong(&numeric);
    if (!numeric || position < 1)
        return hidden();
    auto all = scores();
    if (!all)
        return all.error();
    const QList<LeaderboardEntry> board = buildLeaderboard(*all, m_engine.policy);
    if (position > board.size())
        return hidden();
    const LeaderboardEntry &entry = board.at(position - 1);
    return shown({{u"position"_s, position},
                  {u"rank"_s, entry.rank},
                  {u"requester_pseudonym"_s, entry.pseudonym},
                  {u"points"_s, entry.points},
                  {u"rating"_s, meanOrNull(entry.rating)},
                  {u"rating_count"_s, entry.ratingCount}});
}

Rendered Renderer::renderProposal(const QString &id)
{
    auto proposal = m_engine.feedback.proposal(id);
    if (!proposal)
        return proposal.error();
    if (!proposal->has_value())
        return hidden();
    const ReframeRecord &record = **proposal;
    auto owner = task(record.taskId);
    if (!owner)
        return owner.error();
    const bool requester = owner->has_value() && isViewer((*owner)->task.requesterId);
    if (!isViewer(record.workerId) && !requester && !viewerIsAdmin())
        return hidden();
    auto worker = shownId(record.workerId);
    auto name = pseudonym(record.workerId);
    if (!worker || !name)
        return (!worker ? worker : name).error();
    auto resolution = m_engine.feedback.proposalResolution(record.id);
    if (!resolution)
        return resolution.error();
    const bool resolved = resolution->contains(u"resolved_at"_s);
    return shown({{u"id"_s, record.id},
                  {u"task_id"_s, record.taskId},
                  {u"worker_id"_s, *worker},
                  {u"worker_pseudonym"_s, *name},
                  {u"markup_revision"_s, record.markupRevision},
                  {u"rationale"_s, record.rationale},
                  {u"state"_s, record.state},
                  {u"created_at"_s, wireTime(record.createdAt)},
                  {u"accepted_hunks"_s, resolution->value(u"accepted_hunks"_s).toArray()},
                  {u"adopted_revision_id"_s, resolved ? resolution->value(u"adopted_revision_id"_s) : QJsonValue()},
                  {u"resolved_at"_s,
                   resolved ? QJsonValue(wireTime(Rows::fromMs(resolution->value(u"resolved_at"_s).toInteger())))
                            : QJsonValue()}});
}

Rendered Renderer::renderTierProgress(const QString &id)
{
    if ((!isViewer(id) && !viewerIsAdmin()))
        return hidden();
    auto found = account(id);
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->isWorker())
        return hidden();
    auto record = m_engine.workerRecord(**found);
    if (!record)
        return record.error();
    const TierProgress progress = tierProgress(*record, m_engine.policy);
    QJsonArray rules;
    for (const TierRuleProgress &rule : progress.nextRules)
        rules.append(tierRuleJson(rule));
    QJsonObject json{{u"account_id"_s, id},
                     {u"current"_s, tierName(progress.current)},
                     {u"next"_s, progress.next ? QJsonValue(tierName(*progress.next)) : QJsonValue()},
                     {u"eligible_for_next"_s, progress.eligibleForNext},
                     {u"next_rules"_s, rules},
                     {u"keep_rule"_s, progress.keepRule ? QJsonValue(tierRuleJson(*progress.keepRule)) : QJsonValue()},
                     {u"approved_answers"_s, record->approvedAnswers},
                     {u"feedback_tasks_done"_s, record->feedbackTasksDone}};
    auto gold = goldTally(m_engine, id);
    if (!gold)
        return gold.error();
    insertGoldTally(json, *gold);
    auto calibration = arbiterCalibration(m_engine, id);
    if (!calibration)
        return calibration.error();
    json.insert(u"arbiter_calibration"_s, *calibration ? QJsonValue(calibrationJson(**calibration)) : QJsonValue());
    return shown(json);
}

Rendered Renderer::renderPayout(const QString &id)
{
    auto payout = PayoutRepository(m_engine.db).find(id);
    if (!payout)
        return payout.error();
    if (!payout->has_value() || !isViewer((*payout)->workerId))
        return hidden();
    const PayoutRecord &record = **payout;
    return shown({{u"id"_s, record.id},
                  {u"worker_id"_s, record.workerId},
                  {u"amount_cents"_s, record.amountCents},
                  {u"state"_s, payoutStateName(record.state)},
                  {u"requested_at"_s, wireTime(record.requestedAt)},
                  {u"paid_at"_s, record.paidAt.isValid() ? QJsonValue(wireTime(record.paidAt)) : QJsonValue()}});
}

} // namespace

Result<std::optional<QJsonObject>> renderEntity(MarketEngine &engine, const QString &entity, const QString &id,
                                                const Viewer &viewer)
{
    return Renderer(engine, viewer).render(entity, id);
}

Result<QList<std::optional<QJsonObject>>> renderEntities(MarketEngine &engine, const QString &entity,
                                                         const QStringList &ids, const Viewer &viewer)
{
    Renderer renderer(engine, viewer);
    if (auto status = renderer.prefetch(entity, ids); !status)
        return status.error();
    QList<std::optional<QJsonObject>> rendered;
    rendered.reserve(ids.size());
    for (const QString &id : ids) {
        auto one = renderer.render(entity, id);
        if (!one)
            return one.error();
        rendered.append(std::move(*one));
    }
    return rendered;
}

} // namespace Chrysalis
