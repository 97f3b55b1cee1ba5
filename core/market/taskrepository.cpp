#include "core/market/taskrepository.h"

#include "core/market/rowhelpers.h"
#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qsizetype kParsedRevisionsKept = 256;
const QString kRevisionTable = u"task_revision"_s;
const QString kItemTable = u"item"_s;

Item readItem(const SqlQuery &query)
{
    return Item{query.text(0), query.text(1), Rows::object(query.text(2))};
}

Result<QList<Item>> readItems(SqlQuery &query)
{
    if (auto status = query.exec(); !status)
        return status.error();
    QList<Item> items;
    while (query.next())
        items.append(readItem(query));
    return items;
}

} // namespace

Status TaskRepository::insertTask(const TaskRecord &record)
{
    const Task &task = record.task;
    return execute(m_db,
                   u"INSERT INTO task (id, requester_id, origin, state, revision_id, version, items_total, "
                   "answers_count, fee_bp, escrow_per_slot_cents, created_at) VALUES (:id, :requester, :origin, "
                   ":state, :revision, :version, 0, 0, 0, 0, :created)"_s,
                   {{u":id"_s, task.id},
                    {u":requester"_s, task.requesterId},
                    {u":origin"_s, taskOriginName(task.origin)},
                    {u":state"_s, taskStateName(task.state)},
                    {u":revision"_s, task.revisionId},
                    {u":version"_s, record.version},
                    {u":created"_s, Rows::toMs(task.createdAt)}});
}

Result<std::optional<TaskRecord>> TaskRepository::find(const QString &id, bool lock)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, requester_id, origin, state, revision_id, version, items_total, "
                                    "answers_count, fee_bp, escrow_per_slot_cents, created_at, published_at "
                                    "FROM task WHERE id = :id"_s +
                                    (lock ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TaskRecord>();
    TaskRecord record;
    Task &task = record.task;
    task.id = query.text(0);
    task.requesterId = query.text(1);
    task.origin = parseTaskOrigin(query.text(2)).valueOr(TaskOrigin::Caterpillar);
    task.state = parseTaskState(query.text(3)).valueOr(TaskState::Draft);
    task.revisionId = query.text(4);
    record.version = query.int64(5);
    task.itemsTotal = static_cast<int>(query.int64(6));
    record.answersCount = static_cast<int>(query.int64(7));
    record.feeBp = query.int64(8);
    record.escrowPerSlot = query.int64(9);
    task.createdAt = Rows::fromMs(query.int64(10));
    if (!query.isNull(11))
        record.publishedAt = Rows::fromMs(query.int64(11));
    query.finish();

    auto revision = this->revision(task.revisionId);
    if (!revision)
        return revision.error();
    if (!revision->has_value())
        return Error::storage(u"task %1 names a missing revision %2"_s.arg(task.id, task.revisionId));
    record.revision = **revision;
    task.title = record.revision.title;
    task.payCents = record.revision.payCents;
    task.overlap = record.revision.overlap;
    task.minTier = record.revision.minTier;
    const qint64 open = record.slots() - record.answersCount;
    task.itemsOpen = static_cast<int>(std::max<qint64>(0, open));
    return std::optional<TaskRecord>(record);
}

Result<QStringList> TaskRepository::taskIdsInState(const QStringList &states)
{
    QStringList names;
    for (qsizetype i = 0; i < states.size(); ++i)
        names << u":s%1"_s.arg(i);
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id FROM task WHERE state IN ("_s + names.join(u", "_s) +
                                    u") ORDER BY created_at, id"_s);
        !status)
        return status.error();
    for (qsizetype i = 0; i < states.size(); ++i)
        query.bind(names.at(i), states.at(i));
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids << query.text(0);
    return ids;
}

Status TaskRepository::saveDraft(const QString &taskId, qint64 version, const TaskRevision &revision)
{
    if (auto status = execute(m_db, u"UPDATE task_revision SET content = :content WHERE id = :id AND frozen = 0"_s,
                              {{u":content"_s, Rows::json(revision.toJson())}, {u":id"_s, revision.id}});
        !status)
        return status;
    return execute(m_db, u"UPDATE task SET version = :version WHERE id = :id"_s,
                   {{u":version"_s, version}, {u":id"_s, taskId}});
}

Status TaskRepository::markPublished(const QString &taskId, TaskState state, TaskOrigin origin, BasisPoints feeBp,
                                     Cents escrowPerSlot, qint64 slots, const QDateTime &at)
{
    if (auto status = execute(m_db,
                              u"UPDATE task SET state = :state, origin = :origin, fee_bp = :fee, "
                              "escrow_per_slot_cents = :escrow, slots = :slots, published_at = :at WHERE id = :id"_s,
                              {{u":state"_s, taskStateName(state)},
                               {u":origin"_s, taskOriginName(origin)},
                               {u":fee"_s, feeBp},
                               {u":escrow"_s, escrowPerSlot},
                               {u":slots"_s, slots},
                               {u":at"_s, Rows::toMs(at)},
                               {u":id"_s, taskId}});
        !status)
        return status;
    return execute(m_db, u"UPDATE task_revision SET frozen = 1 WHERE task_id = :id"_s, {{u":id"_s, taskId}});
}

Status TaskRepository::setEscrowTerms(const QString &taskId, Cents escrowPerSlot, qint64 slots)
{
    return execute(m_db, u"UPDATE task SET escrow_per_slot_cents = :escrow, slots = :slots WHERE id = :id"_s,
                   {{u":escrow"_s, escrowPerSlot}, {u":slots"_s, slots}, {u":id"_s, taskId}});
}

Status TaskRepository::setState(const QString &taskId, TaskState state)
{
    return execute(m_db, u"UPDATE task SET state = :state WHERE id = :id"_s,
                   {{u":state"_s, taskStateName(state)}, {u":id"_s, taskId}});
}

Status TaskRepository::setCurrentRevision(const QString &taskId, const QString &revisionId)
{
    return execute(m_db, u"UPDATE task SET revision_id = :revision WHERE id = :id"_s,
                   {{u":revision"_s, revisionId}, {u":id"_s, taskId}});
}

Status TaskRepository::addAnswer(const QString &taskId, const QString &itemId)
{
    if (auto status = execute(m_db, u"UPDATE task SET answers_count = answers_count + 1 WHERE id = :id"_s,
                              {{u":id"_s, taskId}});
        !status)
        return status;
    return execute(m_db, u"UPDATE item SET answers_count = answers_count + 1 WHERE id = :id"_s, {{u":id"_s, itemId}});
}

Status TaskRepository::insertRevision(const TaskRevision &revision, bool frozen)
{
    return execute(m_db,
                   u"INSERT INTO task_revision (id, task_id, number, content, frozen, created_at) "
                   "VALUES (:id, :task, :number, :content, :frozen, :created)"_s,
                   {{u":id"_s, revision.id},
                    {u":task"_s, revision.taskId},
                    {u":number"_s, revision.number},
                    {u":content"_s, Rows::json(revision.toJson())},
                    {u":frozen"_s, frozen ? 1 : 0},
                    {u":created"_s, Rows::toMs(revision.createdAt)}});
}

namespace {

Result<std::optional<TaskRevision>> readRevision(Database &db, const QString &id)
{
    SqlQuery query(db);
    if (auto status = query.prepare(u"SELECT content FROM task_revision WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<TaskRevision>();
    // Every answer reads its task's revision: a draft's revision may still change, so the cache is
    // keyed by the stored text itself, and a parse is only skipped when that text is unchanged.
    thread_local QHash<QString, std::pair<QString, TaskRevision>> parsed;
    const QString content = query.text(0);
    if (const auto hit = parsed.constFind(id); hit != parsed.constEnd() && hit->first == content)
        return std::optional<TaskRevision>(hit->second);
    auto revision = TaskRevision::fromJson(Rows::object(content));
    if (!revision)
        return Error::storage(u"stored revision %1 is unreadable: %2"_s.arg(id, revision.error().describe()));
    if (parsed.size() >= kParsedRevisionsKept)
        parsed.clear();
    parsed.insert(id, {content, *revision});
    return std::optional<TaskRevision>(*revision);
}

} // namespace

Result<std::optional<TaskRevision>> TaskRepository::revision(const QString &id)
{
    // Kept for the rest of the transaction: every answer of a push reads its task's revision.
    ReadCache *cache = m_db.readCache();
    if (cache) {
        if (auto kept = cache->find<TaskRevision>(kRevisionTable, id))
            return std::optional<TaskRevision>(std::move(*kept));
    }
    auto read = readRevision(m_db, id);
    if (cache && read && read->has_value())
        cache->insert(kRevisionTable, id, **read);
    return read;
}

Result<bool> TaskRepository::revisionExists(const QString &id)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT COUNT(*) FROM task_revision WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() && query.int64(0) > 0;
}

Status TaskRepository::insertItems(const QString &taskId, const QList<Item> &items)
{
    SqlQuery last(m_db);
    if (auto status = last.prepare(u"SELECT COALESCE(MAX(position), 0) FROM item WHERE task_id = :task"_s); !status)
        return status;
    last.bind(u":task"_s, taskId);
    if (auto status = last.exec(); !status)
        return status;
    qint64 position = last.next() ? last.int64(0) : 0;
    last.finish();

    SqlQuery insert(m_db);
    if (auto status = insert.prepare(u"INSERT INTO item (id, task_id, position, data, answers_count) "
                                     "VALUES (:id, :task, :position, :data, 0)"_s);
        !status)
        return status;
    for (const Item &item : items) {
        insert.bind(u":id"_s, item.id)
                .bind(u":task"_s, taskId)
                .bind(u":position"_s, ++position)
                .bind(u":data"_s, Rows::json(item.data));
        if (auto status = insert.exec(); !status)
            return status;
    }
    return execute(m_db, u"UPDATE task SET items_total = items_total + :count WHERE id = :id"_s,
                   {{u":count"_s, static_cast<qint64>(items.size())}, {u":id"_s, taskId}});
}

Result<QList<Item>> TaskRepository::itemsById(const QStringList &ids)
{
    QList<Item> found;
    // Bounded IN lists keep statements small for any driver.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList names;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            names << u":i%1"_s.arg(i);
        SqlQuery query(m_db);
        if (auto status =
                    query.prepare(u"SELECT id, task_id, data FROM item WHERE id IN ("_s + names.join(u", "_s) + u")"_s);
            !status)
            return status.error();
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bind(names.at(i), chunk.at(i));
        auto items = readItems(query);
        if (!items)
            return items.error();
        found.append(*items);
    }
    return found;
}

Result<std::optional<Item>> TaskRepository::item(const QString &id)
{
    ReadCache *cache = m_db.readCache();
    if (cache) {
        if (auto kept = cache->find<Item>(kItemTable, id))
            return std::optional<Item>(std::move(*kept));
    }
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, task_id, data FROM item WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    auto items = readItems(query);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<Item>();
    return std::optional<Item>(items->constFirst());
}

Result<QList<Item>> TaskRepository::items(const QString &taskId, int limit)
{
    SqlQuery query(m_db);
    const QString sql = u"SELECT id, task_id, data FROM item WHERE task_id = :task ORDER BY position"_s;
    if (auto status = query.prepare(limit >= 0 ? sql + u" LIMIT :limit"_s : sql); !status)
        return status.error();
    query.bind(u":task"_s, taskId);
    if (limit >= 0)
        query.bind(u":limit"_s, limit);
    return readItems(query);
}

Result<int> TaskRepository::itemAnswers(const QString &itemId)
{
    // The item itself comes along and is kept for the transaction: whoever counts an item's answers
    // (an answer being submitted) reads the item next.
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT id, task_id, data, answers_count FROM item WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, itemId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return 0;
    if (ReadCache *cache = m_db.readCache())
        cache->insert(kItemTable, itemId, readItem(query));
    return static_cast<int>(query.int64(3));
}

} // namespace Chrysalis
