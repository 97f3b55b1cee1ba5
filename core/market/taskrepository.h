#pragma once

#include "core/domain/item.h"
#include "core/domain/money.h"
#include "core/domain/task.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// A task as the server stores it. task.requesterId is the real account id; the figures of the
// listing (title, pay, overlap, min tier) come from the current revision.
struct TaskRecord {
    Task task;
    TaskRevision revision; // the current one
    qint64 version = 0; // the draft version a task.draft_save must name as base_version
    int answersCount = 0;
    BasisPoints feeBp = 0; // fixed at publish
    Cents escrowPerSlot = 0; // fixed at publish
    QDateTime publishedAt;

    qint64 slots() const { return static_cast<qint64>(task.itemsTotal) * revision.overlap; }
};

// Storage of tasks, their revisions and their items. A revision is written freely while its task
// is a draft and frozen when the task is published; frozen revisions are never updated.
class TaskRepository
{
public:
    explicit TaskRepository(Database &db) : m_db(db) { }

    Status insertTask(const TaskRecord &record);
    Result<std::optional<TaskRecord>> find(const QString &id, bool lock = false);
    // Ids of tasks in one of the states, oldest first.
    Result<QStringList> taskIdsInState(const QStringList &states);

    Status saveDraft(const QString &taskId, qint64 version, const TaskRevision &revision);
    // Freezes the task's revisions and records the escrow terms of the publish.
    Status markPublished(const QString &taskId, TaskState state, TaskOrigin origin, BasisPoints feeBp,
                         Cents escrowPerSlot, qint64 slots, const QDateTime &at);
    Status setEscrowTerms(const QString &taskId, Cents escrowPerSlot, qint64 slots);
    Status setState(const QString &taskId, TaskState state);
    Status setCurrentRevision(const QString &taskId, const QString &revisionId);
    Status addAnswer(const QString &taskId, const QString &itemId);

    Status insertRevision(const TaskRevision &revision, bool frozen);
    Result<std::optional<TaskRevision>> revision(const QString &id);
    Result<bool> revisionExists(const QString &id);

    // Appends items after the task's last position and raises items_total.
    Status insertItems(const QString &taskId, const QList<Item> &items);
    // The stored items among ids, whatever their task.
    Result<QList<Item>> itemsById(const QStringList &ids);
    Result<std::optional<Item>> item(const QString &id);
    // Items of a task in import order, at most limit (all when limit < 0).
    Result<QList<Item>> items(const QString &taskId, int limit = -1);
    Result<int> itemAnswers(const QString &itemId);

private:
    Database &m_db;
};

} // namespace Chrysalis
