#include "core/market/workrepository.h"

#include "core/market/rowhelpers.h"
#include "core/market/workercounters.h"
#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// An item with a free slot: answers plus running leases below the overlap.
const QString kOpenItem = u"i.task_id = :task AND i.answers_count < :overlap AND i.answers_count + "
                          "(SELECT COUNT(*) FROM lease l WHERE l.item_id = i.id AND l.state = 'active' "
                          "AND l.expires_at > :now) < :overlap"_s;
// ... that this worker has not answered and does not hold.
const QString kFreeForWorker = u" AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.item_id = i.id AND a.worker_id = "
                               ":worker) AND NOT EXISTS (SELECT 1 FROM lease m WHERE m.item_id = i.id AND "
                               "m.worker_id = :worker AND m.state = 'active' AND m.expires_at > :now)"_s;

const QString kLeaseColumns = u"SELECT id, item_id, task_id, worker_id, revision_id, claimed_at, expires_at, state, "
                              "ended_at FROM lease "_s;

const QString kAnswerColumns = u"SELECT id, item_id, task_id, worker_id, revision_id, lease_id, fields, status, "
                               "submitted_at, seconds_spent, pay_cents, held_cents, reviewed_at, reason_code, reason, "
                               "lost_conflict FROM answer "_s;

LeaseRecord readLease(const SqlQuery &query)
{
    LeaseRecord record;
    Lease &lease = record.lease;
    lease.id = query.text(0);
    lease.itemId = query.text(1);
    lease.taskId = query.text(2);
    lease.workerId = query.text(3);
    record.revisionId = query.text(4);
    lease.claimedAt = Rows::fromMs(query.int64(5));
    lease.expiresAt = Rows::fromMs(query.int64(6));
    lease.state = parseLeaseState(query.text(7)).valueOr(LeaseState::Expired);
    if (!query.isNull(8))
        record.endedAt = Rows::fromMs(query.int64(8));
    return record;
}

AnswerRecord readAnswer(const SqlQuery &query)
{
    AnswerRecord record;
    Answer &answer = record.answer;
    answer.id = query.text(0);
    answer.itemId = query.text(1);
    answer.taskId = query.text(2);
    answer.workerId = query.text(3);
    answer.revisionId = query.text(4);
    record.leaseId = query.text(5);
    answer.fields = Rows::object(query.text(6));
    answer.status = parseAnswerStatus(query.text(7)).valueOr(AnswerStatus::PendingReview);
    answer.submittedAt = Rows::fromMs(query.int64(8));
    answer.secondsSpent = static_cast<int>(query.int64(9));
    record.payCents = query.int64(10);
    record.heldCents = query.int64(11);
    if (!query.isNull(12))
        record.reviewedAt = Rows::fromMs(query.int64(12));
    record.reasonCode = query.text(13);
    record.reason = query.text(14);
    record.lostConflict = query.int64(15) != 0;
    return record;
}

} // namespace

Result<QStringList> WorkRepository::claimableItems(const QString &taskId, const QString &workerId, int overlap,
                                                   const QDateTime &now, int limit)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT i.id FROM item i WHERE "_s + kOpenItem + kFreeForWorker +
                                    u" ORDER BY i.position LIMIT :limit"_s);
        !status)
        return status.error();
    query.bind(u":task"_s, taskId)
            .bind(u":overlap"_s, overlap)
            .bind(u":now"_s, Rows::toMs(now))
            .bind(u":worker"_s, workerId)
            .bind(u":limit"_s, limit);
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

Result<int> WorkRepository::countClaimable(const QString &taskId, const QString &workerId, int overlap,
                                           const QDateTime &now)
{
    auto count = scalar(
            m_db, u"SELECT COUNT(*) FROM item i WHERE "_s + kOpenItem + kFreeForWorker,
            {{u":task"_s, taskId}, {u":overlap"_s, overlap}, {u":now"_s, Rows::toMs(now)}, {u":worker"_s, workerId}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<int> WorkRepository::countOpen(const QString &taskId, int overlap, const QDateTime &now)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM item i WHERE "_s + kOpenItem,
                        {{u":task"_s, taskId}, {u":overlap"_s, overlap}, {u":now"_s, Rows::toMs(now)}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<bool> WorkRepository::anyClaimable(const QString &taskId, const QString &workerId, int overlap,
                                          const QDateTime &now)
{
    auto found = scalar(
            m_db, u"SELECT 1 FROM item i WHERE "_s + kOpenItem + kFreeForWorker + u" LIMIT 1"_s,
            {{u":task"_s, taskId}, {u":overlap"_s, overlap}, {u":now"_s, Rows::toMs(now)}, {u":worker"_s, workerId}});
    if (!found)
        return found.error();
    return *found == 1;
}

Result<bool> WorkRepository::anyOpen(const QString &taskId, int overlap, const QDateTime &now)
{
    auto found = scalar(m_db, u"SELECT 1 FROM item i WHERE "_s + kOpenItem + u" LIMIT 1"_s,
                        {{u":task"_s, taskId}, {u":overlap"_s, overlap}, {u":now"_s, Rows::toMs(now)}});
    if (!found)
        return found.error();
    return *found == 1;
}

Result<int> WorkRepository::runningLeasesOnItem(const QString &itemId, const QString &exceptWorkerId,
                                                const QDateTime &now)
{
    auto count = scalar(m_db,
                        u"SELECT COUNT(*) FROM lease WHERE item_id = :item AND state = 'active' AND expires_at > :now "
                        "AND worker_id <> :worker"_s,
                        {{u":item"_s, itemId}, {u":now"_s, Rows::toMs(now)}, {u":worker"_s, exceptWorkerId}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<int> WorkRepository::runningLeasesOnTask(const QString &taskId, const QDateTime &now)
{
    auto count = scalar(
            m_db, u"SELECT COUNT(*) FROM lease WHERE task_id = :task AND state = 'active' AND expires_at > :now"_s,
            {{u":task"_s, taskId}, {u":now"_s, Rows::toMs(now)}});
    if (!count)
        return count.error();
    return static_cast<int>(*count);
}

Result<QHash<QString, int>> WorkRepository::claimedByRevision(const QString &workerId, const QDateTime &from,
                                                              const QDateTime &to)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT revision_id, COUNT(*) FROM lease WHERE worker_id = :worker AND "
                                    "claimed_at >= :from AND claimed_at < :to GROUP BY revision_id"_s);
        !status)
        return status.error();
    query.bind(u":worker"_s, workerId).bind(u":from"_s, Rows::toMs(from)).bind(u":to"_s, Rows::toMs(to));
    if (auto status = query.exec(); !status)
        return status.error();
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.text(0), static_cast<int>(query.int64(1)));
    return counts;
}

Status WorkRepository::insertLease(const LeaseRecord &record)
{
    const Lease &lease = record.lease;
    return execute(m_db,
                   u"INSERT INTO lease (id, item_id, task_id, worker_id, revision_id, claimed_at, expires_at, state) "
                   "VALUES (:id, :item, :task, :worker, :revision, :claimed, :expires, :state)"_s,
                   {{u":id"_s, lease.id},
                    {u":item"_s, lease.itemId},
                    {u":task"_s, lease.taskId},
                    {u":worker"_s, lease.workerId},
                    {u":revision"_s, record.revisionId},
                    {u":claimed"_s, Rows::toMs(lease.claimedAt)},
                    {u":expires"_s, Rows::toMs(lease.expiresAt)},
                    {u":state"_s, leaseStateName(lease.state)}});
}

Result<std::optional<LeaseRecord>> WorkRepository::lease(const QString &id, bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kLeaseColumns + u"WHERE id = :id"_s +
                                    (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<LeaseRecord>();
    return std::optional<LeaseRecord>(readLease(query));
}

Result<bool> WorkRepository::endLease(const QString &id, LeaseState state, const QDateTime &at)
{
    return changedOne(m_db, u"UPDATE lease SET state = :state, ended_at = :at WHERE id = :id AND state = 'active'"_s,
                      {{u":state"_s, leaseStateName(state)}, {u":at"_s, Rows::toMs(at)}, {u":id"_s, id}});
}

Result<bool> WorkRepository::useLease(const QString &id, const QDateTime &at)
{
    return changedOne(m_db,
                      u"UPDATE lease SET state = 'used', ended_at = :at WHERE id = :id AND state IN ('active', "
                      "'expired')"_s,
                      {{u":at"_s, Rows::toMs(at)}, {u":id"_s, id}});
}

Result<QList<LeaseRecord>> WorkRepository::leasesPastExpiry(const QDateTime &now, int limit)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(kLeaseColumns + u"WHERE state = 'active' AND expires_at <= :now ORDER BY expires_at, id "
                                              "LIMIT :limit"_s);
        !status)
        return status.error();
    query.bind(u":now"_s, Rows::toMs(now)).bind(u":limit"_s, limit);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<LeaseRecord> leases;
    while (query.next())
        leases.append(readLease(query));
    return leases;
}

Result<bool> WorkRepository::hasLeaseOnItem(const QString &itemId, const QString &workerId)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM lease WHERE item_id = :item AND worker_id = :worker"_s,
                        {{u":item"_s, itemId}, {u":worker"_s, workerId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<QSet<QString>> WorkRepository::itemsLeasedBy(const QStringList &itemIds, const QString &workerId)
{
    QSet<QString> leased;
    for (qsizetype start = 0; start < itemIds.size(); start += Rows::kInListChunk) {
        const QStringList chunk = itemIds.mid(start, Rows::kInListChunk);
        SqlQuery query(m_db);
        if (auto status =
                    query.prepare(u"SELECT DISTINCT item_id FROM lease WHERE worker_id = :worker AND item_id IN ("_s +
                                  Rows::inList(u"i"_s, chunk.size()) + u")"_s);
            !status)
            return status.error();
        query.bind(u":worker"_s, workerId);
        Rows::bindList(query, u"i"_s, chunk);
        if (auto status = query.exec(); !status)
            return status.error();
        while (query.next())
            leased.insert(query.text(0));
    }
    return leased;
}

Status WorkRepository::insertAnswer(const AnswerRecord &record)
{
    const Answer &answer = record.answer;
    auto inserted =
            execute(m_db,
                    u"INSERT INTO answer (id, item_id, task_id, worker_id, revision_id, lease_id, fields, status, "
                    "submitted_at, seconds_spent, pay_cents, held_cents, lost_conflict) VALUES (:id, :item, :task, "
                    ":worker, :revision, :lease, :fields, :status, :submitted, :seconds, :pay, :held, 0)"_s,
                    {{u":id"_s, answer.id},
                     {u":item"_s, answer.itemId},
                     {u":task"_s, answer.taskId},
                     {u":worker"_s, answer.workerId},
                     {u":revision"_s, answer.revisionId},
                     {u":lease"_s, record.leaseId},
                     {u":fields"_s, Rows::json(answer.fields)},
                     {u":status"_s, answerStatusName(answer.status)},
                     {u":submitted"_s, Rows::toMs(answer.submittedAt)},
                     {u":seconds"_s, answer.secondsSpent},
                     {u":pay"_s, record.payCents},
                     {u":held"_s, record.heldCents}});
    if (!inserted)
        return inserted;
    return WorkerCounters(m_db).answerAdded(answer.workerId, answer.status);
}

Result<std::optional<AnswerRecord>> WorkRepository::answer(const QString &id, bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(kAnswerColumns + u"WHERE id = :id"_s +
                                    (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<AnswerRecord>();
    return std::optional<AnswerRecord>(readAnswer(query));
}

Result<bool> WorkRepository::answerExists(const QString &id)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM answer WHERE id = :id"_s, {{u":id"_s, id}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<bool> WorkRepository::hasAnsweredItem(const QString &itemId, const QString &workerId)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM answer WHERE item_id = :item AND worker_id = :worker"_s,
                        {{u":item"_s, itemId}, {u":worker"_s, workerId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<WorkRepository::AnswerClash> WorkRepository::answerClash(const QString &answerId, const QString &itemId,
                                                                const QString &workerId)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(u"SELECT (SELECT COUNT(*) FROM answer WHERE id = :id), (SELECT COUNT(*) FROM answer "
                              "WHERE item_id = :item AND worker_id = :worker)"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, answerId).bind(u":item"_s, itemId).bind(u":worker"_s, workerId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"the answer check returned no row"_s);
    return AnswerClash{query.int64(0) > 0, query.int64(1) > 0};
}

Result<bool> WorkRepository::hasAnsweredTask(const QString &taskId, const QString &workerId)
{
    auto count = scalar(m_db, u"SELECT COUNT(*) FROM answer WHERE task_id = :task AND worker_id = :worker"_s,
                        {{u":task"_s, taskId}, {u":worker"_s, workerId}});
    if (!count)
        return count.error();
    return *count > 0;
}

Result<bool> WorkRepository::moveAnswer(const QString &id, AnswerStatus from, AnswerStatus to, const QDateTime &at,
                                        const QString &reasonCode, const QString &reason)
{
    // Only the worker and lost flag of an answer whose approval changes are needed by its counters.
    const bool countsChange = WorkerCounters::approved(from, false) != WorkerCounters::approved(to, false) ||
                              WorkerCounters::approved(from, true) != WorkerCounters::approved(to, true);
    std::optional<std::pair<QString, bool>> owner;
    if (countsChange) {
        auto found = ownerOf(id);
        if (!found)
            return found.error();
        owner = *found;
    }
    auto moved = changedOne(m_db,
                            u"UPDATE answer SET status = :to, reviewed_at = COALESCE(reviewed_at, :at), "
                            "reason_code = COALESCE(:code, reason_code), reason = COALESCE(:reason, reason) "
                            "WHERE id = :id AND status = :from"_s,
                            {{u":to"_s, answerStatusName(to)},
                             {u":at"_s, Rows::toMs(at)},
                             {u":code"_s, Rows::textOrNull(reasonCode)},
                             {u":reason"_s, Rows::textOrNull(reason)},
                             {u":id"_s, id},
                             {u":from"_s, answerStatusName(from)}});
    if (!moved || !*moved || !owner || owner->first.isEmpty())
        return moved;
    if (auto status = WorkerCounters(m_db).answerChanged(owner->first, from, owner->second, to, owner->second); !status)
        return status.error();
    return true;
}

Status WorkRepository::setLostConflict(const QString &id, bool lost)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT worker_id, status, lost_conflict FROM answer WHERE id = :id"_s); !status)
        return status;
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status;
    if (!query.next())
        return {};
    const QString workerId = query.text(0);
    const AnswerStatus current = parseAnswerStatus(query.text(1)).valueOr(AnswerStatus::PendingReview);
    const bool wasLost = query.int64(2) != 0;
    query.finish();
    if (wasLost == lost)
        return {};
    if (auto status = execute(m_db, u"UPDATE answer SET lost_conflict = :lost WHERE id = :id"_s,
                              {{u":lost"_s, lost ? 1 : 0}, {u":id"_s, id}});
        !status)
        return status;
    return WorkerCounters(m_db).answerChanged(workerId, current, wasLost, current, lost);
}

Result<std::pair<QString, bool>> WorkRepository::ownerOf(const QString &answerId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT worker_id, lost_conflict FROM answer WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, answerId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::pair<QString, bool>();
    return std::pair<QString, bool>(query.text(0), query.int64(1) != 0);
}

Result<QStringList> WorkRepository::pendingSubmittedBy(const QDateTime &cutoff, int limit)
{
    SqlQuery query(m_db);
    if (auto status =
                query.prepare(u"SELECT id FROM answer WHERE status = 'pending_review' AND submitted_at <= :cutoff "
                              "ORDER BY submitted_at, id LIMIT :limit"_s);
        !status)
        return status.error();
    query.bind(u":cutoff"_s, Rows::toMs(cutoff)).bind(u":limit"_s, limit);
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

Result<QList<bool>> WorkRepository::recentLostFlags(const QString &workerId, int latest)
{
    WorkerCounters counters(m_db);
    auto counts = counters.counts(workerId);
    if (!counts)
        return counts.error();
    return counters.recentLostFlags(workerId, latest, *counts);
}

} // namespace Chrysalis
