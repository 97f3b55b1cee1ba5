#pragma once

#include "core/domain/answer.h"
#include "core/domain/lease.h"
#include "core/domain/money.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Chrysalis {

struct LeaseRecord {
    Lease lease; // workerId is the real account id
    QString revisionId; // the revision the worker was shown when claiming
    QDateTime endedAt; // when it was released, expired or used
};

struct AnswerRecord {
    Answer answer; // workerId is the real account id
    QString leaseId;
    Cents payCents = 0; // P, the revision's pay when submitted
    Cents heldCents = 0; // what the requester's escrow holds for this answer's slot
    QDateTime reviewedAt;
    QString reasonCode; // of a rejection
    QString reason;
    bool lostConflict = false; // its panel found the worker at fault
};

// Storage of the work done on items: leases on item slots and the answers submitted on them.
// Slot arithmetic (what is still claimable) is written here once, as SQL, and nowhere else.
class WorkRepository
{
public:
    explicit WorkRepository(Database &db) : m_db(db) { }

    // Items of the task with a free slot for this worker, in import order: fewer answers plus running
    // leases than the overlap, not answered by the worker, not held by the worker. At most limit.
    Result<QStringList> claimableItems(const QString &taskId, const QString &workerId, int overlap,
                                       const QDateTime &now, int limit);
    Result<int> countClaimable(const QString &taskId, const QString &workerId, int overlap, const QDateTime &now);
    // Items of the task with a free slot for anyone.
    Result<int> countOpen(const QString &taskId, int overlap, const QDateTime &now);
    // Whether countClaimable / countOpen would be above zero; they stop at the first such item
    // instead of counting every item of the task.
    Result<bool> anyClaimable(const QString &taskId, const QString &workerId, int overlap, const QDateTime &now);
    Result<bool> anyOpen(const QString &taskId, int overlap, const QDateTime &now);
    // Running leases (active and not past expiry) on the item held by others than the worker.
    Result<int> runningLeasesOnItem(const QString &itemId, const QString &exceptWorkerId, const QDateTime &now);
    // Running leases on any item of the task: the slots that are taken but not yet answered.
    Result<int> runningLeasesOnTask(const QString &taskId, const QDateTime &now);

    Status insertLease(const LeaseRecord &record);
    Result<std::optional<LeaseRecord>> lease(const QString &id, bool lock = false);
    // Moves an active lease to state; false when it was no longer active (someone else got there first).
    Result<bool> endLease(const QString &id, LeaseState state, const QDateTime &at);
    // Active leases whose time is up at now, oldest expiry first.
    // Marks a lease used by an answer, from active or expired; false when it was neither.
    Result<bool> useLease(const QString &id, const QDateTime &at);
    Result<QList<LeaseRecord>> leasesPastExpiry(const QDateTime &now, int limit);
    Result<bool> hasLeaseOnItem(const QString &itemId, const QString &workerId);
    // How many items the worker claimed in [from, to), by the revision they were shown; released and
    // expired leases count too (the worker may have seen the items).
    Result<QHash<QString, int>> claimedByRevision(const QString &workerId, const QDateTime &from, const QDateTime &to);

    Status insertAnswer(const AnswerRecord &record);
    Result<std::optional<AnswerRecord>> answer(const QString &id, bool lock = false);
    Result<bool> answerExists(const QString &id);
    Result<bool> hasAnsweredItem(const QString &itemId, const QString &workerId);
    // answerExists(answerId) and hasAnsweredItem(itemId, workerId) in one statement.
    struct AnswerClash {
        bool idTaken = false;
        bool itemAnswered = false;
    };
    Result<AnswerClash> answerClash(const QString &answerId, const QString &itemId, const QString &workerId);
    // Which of the items the worker holds or held a lease on (hasLeaseOnItem for many).
    Result<QSet<QString>> itemsLeasedBy(const QStringList &itemIds, const QString &workerId);
    Result<bool> hasAnsweredTask(const QString &taskId, const QString &workerId);
    // Conditional move between statuses; false when the answer was no longer in `from`.
    Result<bool> moveAnswer(const QString &id, AnswerStatus from, AnswerStatus to, const QDateTime &at,
                            const QString &reasonCode = {}, const QString &reason = {});
    Status setLostConflict(const QString &id, bool lost);
    // Pending answers submitted at or before the cutoff, oldest first.
    Result<QStringList> pendingSubmittedBy(const QDateTime &cutoff, int limit);

    // The lost-conflict flags of the worker's latest answers and lost team deliveries, newest first
    // (WorkerCounters::recentLostFlags).
    Result<QList<bool>> recentLostFlags(const QString &workerId, int latest);

private:
    // The answer's worker and lost flag; an empty worker when there is no such answer.
    Result<std::pair<QString, bool>> ownerOf(const QString &answerId);

    Database &m_db;
};

} // namespace Chrysalis
