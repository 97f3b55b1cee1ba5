#include "core/sync/localstore.h"

#include "core/domain/ids.h"
#include "core/logging.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qsizetype kMaxEntityNameLength = 64;
constexpr qsizetype kMaxEntityIdLength = 256;
constexpr qsizetype kMaxUserIdLength = 256;

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A null QString binds SQL NULL; NOT NULL text columns get "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<OutboxState> parseOutboxState(const QString &text)
{
    if (text == u"pending")
        return OutboxState::Pending;
    if (text == u"applied")
        return OutboxState::Applied;
    if (text == u"rejected")
        return OutboxState::Rejected;
    if (text == u"blocked")
        return OutboxState::Blocked;
    return std::nullopt;
}

SnapshotState parseSnapshotState(const QString &text)
{
    if (text == u"in_progress")
        return SnapshotState::InProgress;
    if (text == u"complete")
        return SnapshotState::Complete;
    return SnapshotState::None;
}

QJsonObject outcomeJson(const QString &message, const QJsonObject &details)
{
    QJsonObject outcome;
    if (!message.isEmpty())
        outcome.insert(u"message"_s, message);
    if (!details.isEmpty())
        outcome.insert(u"details"_s, details);
    return outcome;
}

QString normalisedServer(const QUrl &url)
{
    QUrl normalised = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalised.path() == u"/")
        normalised.setPath(QString());
    return normalised.toString();
}

const QString kOutboxColumns = u"mutation_id, name, args_json, created_at, state, outcome_code, outcome_json, "
                               "attempts, answered_at, dismissed_at"_s;

QDateTime optionalTime(const SqlQuery &query, int column)
{
    return query.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(query.int64(column), Qt::UTC);
}

// The task_queue row of mirror tasks, computed by SQLite from the JSON the mirror keeps; `where`
// picks the mirror rows. Only pull and the migration fill the index.
QString taskQueueFill(const QString &where)
{
    return u"INSERT OR REPLACE INTO task_queue (id, title, state, origin, min_tier, tier_rank, pay_cents, "
           "estimate_seconds, hourly_cents, items_open, items_total, can_take, gate_reasons, content_warnings) "
           "SELECT id, title, state, origin, min_tier, "
           "CASE min_tier WHEN 'gold' THEN 2 WHEN 'silver' THEN 1 ELSE 0 END, pay, estimate, "
           "CASE WHEN estimate > 0 THEN pay * 3600 / estimate ELSE 0 END, items_open, items_total, can_take, "
           "gate_reasons, content_warnings FROM (SELECT id, "
           "COALESCE(json_extract(data_json, '$.title'), '') AS title, "
           "COALESCE(json_extract(data_json, '$.state'), '') AS state, "
           "COALESCE(json_extract(data_json, '$.origin'), '') AS origin, "
           "COALESCE(json_extract(data_json, '$.min_tier'), 'bronze') AS min_tier, "
           "COALESCE(CAST(json_extract(data_json, '$.pay_cents') AS INTEGER), 0) AS pay, "
           "COALESCE(CAST(json_extract(data_json, '$.estimate_seconds') AS INTEGER), 0) AS estimate, "
           "COALESCE(CAST(json_extract(data_json, '$.items_open') AS INTEGER), 0) AS items_open, "
           "COALESCE(CAST(json_extract(data_json, '$.items_total') AS INTEGER), 0) AS items_total, "
           "COALESCE(json_extract(data_json, '$.can_take'), 0) AS can_take, "
           "COALESCE(json_extract(data_json, '$.gate_reasons'), '[]') AS gate_reasons, "
           "COALESCE(json_extract(data_json, '$.content_warnings'), '[]') AS content_warnings "
           "FROM mirror WHERE entity = 'task' AND data_json IS NOT NULL"_s +
           where + u")"_s;
}

constexpr qsizetype kMirrorRowsPerInsert = 64;

// The placeholder names of a mirror upsert's rows, made once.
struct MirrorInsertNames {
    QStringList entity, id, version, data;
    MirrorInsertNames()
    {
        for (qsizetype i = 0; i < kMirrorRowsPerInsert; ++i) {
            entity << u":e%1"_s.arg(i);
            id << u":i%1"_s.arg(i);
            version << u":v%1"_s.arg(i);
            data << u":d%1"_s.arg(i);
        }
    }
};

// An upsert of `rows` mirror rows; its WHERE keeps a row whose stored version is the same or newer (G5).
QString mirrorUpsert(qsizetype rows)
{
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values << u"(:e%1, :i%1, :v%1, :d%1)"_s.arg(i);
    return u"INSERT INTO mirror (entity, id, version, data_json) VALUES "_s + values.join(u", "_s) +
           u" ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, data_json = excluded.data_json "
           "WHERE excluded.version > mirror.version"_s;
}

QStringList stringList(const QString &jsonArrayText)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(jsonArrayText.toUtf8()).array();
    for (const QJsonValue &value : array)
        values.append(value.toString());
    return values;
}

QString taskQueueSortColumn(TaskQueueSort sort)
{
    switch (sort) {
    case TaskQueueSort::Title:
        return u"title COLLATE NOCASE"_s;
    case TaskQueueSort::Standing:
        return u"origin"_s;
    case TaskQueueSort::Pay:
        return u"pay_cents"_s;
    case TaskQueueSort::Estimate:
        return u"estimate_seconds"_s;
    case TaskQueueSort::Hourly:
        return u"hourly_cents"_s;
    case TaskQueueSort::ItemsOpen:
        return u"items_open"_s;
    case TaskQueueSort::Tier:
        return u"tier_rank"_s;
    }
    return u"hourly_cents"_s;
}

QVariant taskQueueSortValue(TaskQueueSort sort, const TaskQueueRow &row)
{
    switch (sort) {
    case TaskQueueSort::Title:
        return row.title;
    case TaskQueueSort::Standing:
        return row.origin;
    case TaskQueueSort::Pay:
        return row.payCents;
    case TaskQueueSort::Estimate:
        return row.estimateSeconds;
    case TaskQueueSort::Hourly:
        return row.hourlyCents;
    case TaskQueueSort::ItemsOpen:
        return row.itemsOpen;
    case TaskQueueSort::Tier:
        return row.tierRank;
    }
    return row.hourlyCents;
}

// How a title search reaches its rows. Index: the trigram index lists every match and SQLite
// sorts them, cheap when matches are few. Walk: the sort order's index is walked with the search as a
// plain filter, cheap when matches are many (a page is met after about page × rows / matches rows).
enum class TaskQueueSearchPlan { Index, Walk };

// The search condition on a title (bound by bindTaskQueueFilter).
QString taskQueueTitleLike(const TaskQueueQuery &query)
{
    const QString search = query.search.trimmed();
    // The trigram index serves LIKE only without ESCAPE: use it unless the text needs escaping.
    const bool escaped = search.contains(u'%') || search.contains(u'_') || search.contains(u'\\');
    return u"title LIKE :search"_s + (escaped ? u" ESCAPE '\\'"_s : QString());
}

// The WHERE clause of a queue query (bound by bindTaskQueueFilter); the ORDER BY column and the
// LIKE pattern never come from user text, the search is bound.
QString taskQueueWhere(const TaskQueueQuery &query, TaskQueueSearchPlan plan = TaskQueueSearchPlan::Index)
{
    // "+items_open": nearly every row has open items, so its index serves sorting, never this test
    // (used as a filter it turns a capped count into a random walk over the table).
    QString where = u" WHERE state = 'published' AND +items_open > 0"_s;
    if (!query.search.trimmed().isEmpty()) {
        if (plan == TaskQueueSearchPlan::Walk)
            where += u" AND "_s + taskQueueTitleLike(query);
        else
            where +=
                    u" AND rowid IN (SELECT rowid FROM task_queue_search WHERE "_s + taskQueueTitleLike(query) + u")"_s;
    }
    if (query.takeableOnly)
        where += u" AND can_take = 1"_s;
    if (query.minPayCents > 0)
        where += u" AND pay_cents >= :min_pay"_s;
    return where;
}

void bindTaskQueueFilter(SqlQuery &sql, const TaskQueueQuery &query)
{
    if (!query.search.trimmed().isEmpty()) {
        QString escaped = query.search.trimmed();
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        sql.bind(u":search"_s, QString(u"%"_s + escaped + u"%"_s));
    }
    if (query.minPayCents > 0)
        sql.bind(u":min_pay"_s, query.minPayCents);
}

// Asks the trigram index whether the search matches at least kTaskQueueFewMatches titles; it stops
// counting there, so the question costs at most that many matches however common the text is.
Result<TaskQueueSearchPlan> taskQueueSearchPlan(Database &db, const TaskQueueQuery &query)
{
    if (query.search.trimmed().isEmpty())
        return TaskQueueSearchPlan::Index;
    SqlQuery probe(db);
    if (auto status = probe.prepare(u"SELECT COUNT(*) FROM (SELECT rowid FROM task_queue_search WHERE "_s +
                                    taskQueueTitleLike(query) + u" LIMIT :cap)"_s);
        !status)
        return status.error();
    TaskQueueQuery searchOnly;
    searchOnly.search = query.search;
    bindTaskQueueFilter(probe, searchOnly);
    probe.bind(u":cap"_s, kTaskQueueFewMatches);
    if (auto status = probe.exec(); !status)
        return status.error();
    const qint64 found = probe.next() ? probe.int64(0) : 0;
    return found >= kTaskQueueFewMatches ? TaskQueueSearchPlan::Walk : TaskQueueSearchPlan::Index;
}

// A page of the queue by one plan. A Walk page reads at most `budget` rows of the sort order after
// `after` and keeps those whose title matches; 0 means no budget.
Result<QList<TaskQueueRow>> taskQueueRows(Database &db, const TaskQueueQuery &query,
                                          const std::optional<TaskQueueRow> &after, int limit, TaskQueueSearchPlan plan,
                                          int budget = 0)
{
    const QString column = taskQueueSortColumn(query.sort);
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    const QString order = u" ORDER BY %1 %2, id %2"_s.arg(column, direction);
    const QString keyset =
            after ? u" AND (%1, id) %2 (:after_value, :after_id)"_s.arg(column, ascending ? u">"_s : u"<"_s)
                  : QString();
    const QString columns = u"id, title, origin, min_tier, tier_rank, pay_cents, estimate_seconds, hourly_cents, "
                            "items_open, items_total, can_take, gate_reasons, content_warnings"_s;
    QString sql;
    if (plan == TaskQueueSearchPlan::Walk && budget > 0) {
        TaskQueueQuery unsearched = query;
        unsearched.search.clear();
        // The walk is a co-routine yielding rows in sort order; an outer ORDER BY would make SQLite
        // sort (so read) the whole budget even when the page fills early, so the walk's order stands.
        sql = u"SELECT "_s + columns + u" FROM (SELECT "_s + columns + u" FROM task_queue"_s +
              taskQueueWhere(unsearched) + keyset + order + u" LIMIT :budget) WHERE "_s + taskQueueTitleLike(query) +
              u" LIMIT :limit"_s;
    } else {
        sql = u"SELECT "_s + columns + u" FROM task_queue"_s + taskQueueWhere(query, plan) + keyset + order +
              u" LIMIT :limit"_s;
    }
    SqlQuery rows(db);
    if (auto status = rows.prepare(sql); !status)
        return status.error();
    bindTaskQueueFilter(rows, query);
    if (after)
        rows.bind(u":after_value"_s, taskQueueSortValue(query.sort, *after)).bind(u":after_id"_s, after->id);
    if (plan == TaskQueueSearchPlan::Walk && budget > 0)
        rows.bind(u":budget"_s, budget);
    rows.bind(u":limit"_s, std::max(limit, 0));
    if (auto status = rows.exec(); !status)
        return status.error();
    QList<TaskQueueRow> page;
    while (rows.next()) {
        TaskQueueRow row;
        row.id = rows.text(0);
        row.title = rows.text(1);
        row.origin = rows.text(2);
        row.minTier = rows.text(3);
        row.tierRank = static_cast<int>(rows.int64(4));
        row.payCents = rows.int64(5);
        row.estimateSeconds = rows.int64(6);
        row.hourlyCents = rows.int64(7);
        row.itemsOpen = rows.int64(8);
        row.itemsTotal = rows.int64(9);
        row.canTake = rows.int64(10) != 0;
        row.gateReasons = stringList(rows.text(11));
        row.contentWarnings = stringList(rows.text(12));
        page.append(std::move(row));
    }
    return page;
}

// A page of a common search by walking the sort order, or nullopt when the walk's budget ran out
// before the page was full (the matches are further on in this order). A short page is final only
// when the walk reached the end of the queue.
Result<std::optional<QList<TaskQueueRow>>> taskQueueWalk(Database &db, const TaskQueueQuery &query,
                                                         const std::optional<TaskQueueRow> &after, int limit,
                                                         int budget)
{
    auto page = taskQueueRows(db, query, after, limit, TaskQueueSearchPlan::Walk, budget);
    if (!page)
        return page.error();
    if (page->size() >= limit)
        return std::optional(*page);
    TaskQueueQuery unsearched = query;
    unsearched.search.clear();
    const QString column = taskQueueSortColumn(query.sort);
    const QString keyset = after ? u" AND (%1, id) %2 (:after_value, :after_id)"_s.arg(
                                           column, query.order == Qt::AscendingOrder ? u">"_s : u"<"_s)
                                 : QString();
    SqlQuery rest(db);
    if (auto status = rest.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM task_queue"_s + taskQueueWhere(unsearched) +
                                   keyset + u" LIMIT :budget)"_s);
        !status)
        return status.error();
    bindTaskQueueFilter(rest, unsearched);
    if (after)
        rest.bind(u":after_value"_s, taskQueueSortValue(query.sort, *after)).bind(u":after_id"_s, after->id);
    rest.bind(u":budget"_s, budget);
    if (auto status = rest.exec(); !status)
        return status.error();
    const qint64 left = rest.next() ? rest.int64(0) : 0;
    if (left < budget)
        return std::optional(*page);
    return std::optional<QList<TaskQueueRow>>();
}

Result<OutboxEntry> readOutboxRow(const SqlQuery &query)
{
    OutboxEntry entry;
    entry.mutationId = query.int64(0);
    entry.name = query.text(1);
    entry.args = fromJsonText(query.text(2));
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.int64(3), Qt::UTC);
    const auto state = parseOutboxState(query.text(4));
    if (!state)
        return Error::storage(u"outbox row %1 has an unknown state \"%2\""_s.arg(entry.mutationId).arg(query.text(4)));
    entry.state = *state;
    entry.outcomeCode = query.isNull(5) ? QString() : query.text(5);
    entry.outcome = query.isNull(6) ? QJsonObject() : fromJsonText(query.text(6));
    entry.attempts = static_cast<int>(query.int64(7));
    entry.answeredAt = optionalTime(query, 8);
    entry.dismissedAt = optionalTime(query, 9);
    return entry;
}

Result<QList<OutboxEntry>> readOutboxRows(SqlQuery &query)
{
    QList<OutboxEntry> entries;
    while (query.next()) {
        auto entry = readOutboxRow(query);
        if (!entry)
            return entry.error();
        entries.append(std::move(*entry));
    }
    return entries;
}

Status validateOverlay(const QList<OverlayWrite> &overlay)
{
    QList<FieldError> errors;
    QSet<QPair<QString, QString>> seen;
    for (qsizetype i = 0; i < overlay.size(); ++i) {
        const OverlayWrite &write = overlay.at(i);
        const QString path = u"overlay[%1]"_s.arg(i);
        if (write.entity.trimmed().isEmpty() || write.entity.size() > kMaxEntityNameLength)
            errors.append(
                    {path + u".entity"_s, u"must be an entity name of 1 to %1 characters"_s.arg(kMaxEntityNameLength)});
        if (write.id.trimmed().isEmpty() || write.id.size() > kMaxEntityIdLength)
            errors.append({path + u".id"_s, u"must be an id of 1 to %1 characters"_s.arg(kMaxEntityIdLength)});
        if (seen.contains({write.entity, write.id}))
            errors.append({path, u"writes %1 %2 a second time in one mutation"_s.arg(write.entity, write.id)});
        seen.insert({write.entity, write.id});
    }
    if (!errors.isEmpty())
        return Error::validation(u"invalid overlay writes"_s, errors);
    return {};
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return u"pending"_s;
    case OutboxState::Applied:
        return u"applied"_s;
    case OutboxState::Rejected:
        return u"rejected"_s;
    case OutboxState::Blocked:
        return u"blocked"_s;
    }
    return u"pending"_s;
}

QList<Migration> LocalStore::migrations()
{
    return {
            {1,
             u"sync client: meta, outbox, mirror, overlay"_s,
             {
                     u"CREATE TABLE sync_meta ("
                     "singleton {integer} PRIMARY KEY CHECK (singleton = 1), "
                     "client_id {text} NOT NULL, "
                     "user_id {text}, "
                     "server_url {text}, "
                     "next_mutation_id {bigint} NOT NULL DEFAULT 1 CHECK (next_mutation_id > 0), "
                     "acked_mutation_id {bigint} NOT NULL DEFAULT 0, "
                     "cursor {text}, "
                     "snapshot_state {text} NOT NULL DEFAULT 'none' "
                     "CHECK (snapshot_state IN ('none', 'in_progress', 'complete')), "
                     "protocol {integer} NOT NULL DEFAULT 1, "
                     "server_time_offset_ms {bigint} NOT NULL DEFAULT 0, "
                     "last_sync_at {timestamp})"_s,
                     u"CREATE TABLE outbox ("
                     "mutation_id {bigint} PRIMARY KEY CHECK (mutation_id > 0), "
                     "name {text} NOT NULL, "
                     "args_json {text} NOT NULL, "
                     "created_at {timestamp} NOT NULL, "
                     "state {text} NOT NULL DEFAULT 'pending' "
                     "CHECK (state IN ('pending', 'applied', 'rejected', 'blocked')), "
                     "outcome_code {text}, "
                     "outcome_json {text}, "
                     "attempts {integer} NOT NULL DEFAULT 0)"_s,
                     u"CREATE INDEX outbox_by_state ON outbox (state, mutation_id)"_s,
                     // A delete keeps its row with NULL data (a tombstone) so an older upsert in a
                     // later page cannot bring the entity back (G5).
                     u"CREATE TABLE mirror ("
                     "entity {text} NOT NULL, "
                     "id {text} NOT NULL, "
                     "version {bigint} NOT NULL, "
                     "data_json {text}, "
                     "PRIMARY KEY (entity, id))"_s,
                     u"CREATE TABLE overlay ("
                     "mutation_id {bigint} NOT NULL REFERENCES outbox (mutation_id), "
                     "entity {text} NOT NULL, "
                     "id {text} NOT NULL, "
                     "op {text} NOT NULL CHECK (op IN ('upsert', 'delete')), "
                     "data_json {text}, "
                     "PRIMARY KEY (mutation_id, entity, id))"_s,
                     u"CREATE INDEX overlay_by_entity ON overlay (entity, id, mutation_id)"_s,
             }},
            {2,
             u"sync client: outbox answer and dismissal times, task queue index"_s,
             {
                     u"ALTER TABLE outbox ADD COLUMN answered_at {timestamp}"_s,
                     u"ALTER TABLE outbox ADD COLUMN dismissed_at {timestamp}"_s,
                     u"UPDATE outbox SET answered_at = created_at WHERE state IN ('applied', 'rejected')"_s,
                     u"CREATE TABLE task_queue ("
                     "id {text} PRIMARY KEY, "
                     "title {text} NOT NULL, "
                     "state {text} NOT NULL, "
                     "origin {text} NOT NULL, "
                     "min_tier {text} NOT NULL, "
                     "tier_rank {integer} NOT NULL, "
                     "pay_cents {bigint} NOT NULL, "
                     "estimate_seconds {bigint} NOT NULL, "
                     "hourly_cents {bigint} NOT NULL, "
                     "items_open {bigint} NOT NULL, "
                     "items_total {bigint} NOT NULL, "
                     "can_take {integer} NOT NULL, "
                     "gate_reasons {text} NOT NULL, "
                     "content_warnings {text} NOT NULL)"_s,
                     u"CREATE INDEX task_queue_by_title ON task_queue (title COLLATE NOCASE, id)"_s,
                     u"CREATE INDEX task_queue_by_origin ON task_queue (origin, id)"_s,
                     u"CREATE INDEX task_queue_by_pay ON task_queue (pay_cents, id)"_s,
                     u"CREATE INDEX task_queue_by_estimate ON task_queue (estimate_seconds, id)"_s,
                     u"CREATE INDEX task_queue_by_hourly ON task_queue (hourly_cents, id)"_s,
                     u"CREATE INDEX task_queue_by_items_open ON task_queue (items_open, id)"_s,
                     u"CREATE INDEX task_queue_by_tier ON task_queue (tier_rank, id)"_s,
                     taskQueueFill(QString()),
             }},
            {3,
             u"sync client: substring search over queue titles"_s,
             {
                     // Trigrams answer LIKE '%text%' from an index instead of reading every title.
                     u"CREATE VIRTUAL TABLE task_queue_search USING fts5(title, tokenize = 'trigram')"_s,
                     u"INSERT INTO task_queue_search (rowid, title) SELECT rowid, title FROM task_queue"_s,
             }},
    };
}

LocalStore::LocalStore(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db)
    : m_path(std::move(path)), m_lock(std::move(lock)), m_db(std::move(db))
{ }

LocalStore::~LocalStore()
{
    m_db.reset();
    if (m_lock)
        m_lock->unlock();
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path, const QString &userId)
{
    if (path.isEmpty() || path == u":memory:")
        return Error::storage(u"the sync database needs a file path"_s);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<QLockFile>(absolute + u".lock"_s);
    // Never stale by age: a live process keeps its lock however long it runs. A lock left by a
    // crashed process is still taken over (QLockFile checks whether its pid is alive).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            return Error::storage(
                    QCoreApplication::translate(
                            "Chrysalis::LocalStore",
                            "the local database %1 is in use by another program (%2, process %3 on %4); close it first")
                            .arg(absolute, application.isEmpty()
                                                   ? QCoreApplication::translate("Chrysalis::LocalStore", "unknown")
                                                   : application)
                            .arg(pid)
                            .arg(host.isEmpty() ? QCoreApplication::translate("Chrysalis::LocalStore", "this computer")
                                                : host));
        }
        return Error::storage(QCoreApplication::translate("Chrysalis::LocalStore",
                                                          "cannot create the lock file %1.lock (no permission?)")
                                      .arg(absolute));
    }

    auto db = Database::open(DatabaseConfig::sqlite(absolute, DatabaseConfig::Durability::Client), migrations());
    if (!db)
        return db.error();
    std::unique_ptr<LocalStore> store(new LocalStore(absolute, std::move(lock), std::move(*db)));
    if (auto status = store->createClientId(); !status)
        return status.error();
    if (!userId.isEmpty()) {
        if (auto status = store->bindUser(userId); !status)
            return status.error();
    }
    return store;
}

Status LocalStore::createClientId()
{
    {
        SqlQuery query(*m_db);
        if (auto status = query.prepare(u"INSERT INTO sync_meta (singleton, client_id) VALUES (1, :client) "
                                        "ON CONFLICT (singleton) DO NOTHING"_s);
            !status)
            return status;
        query.bind(u":client"_s, newId());
        if (auto status = query.exec(); !status)
            return status;
    }
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT client_id FROM sync_meta WHERE singleton = 1"_s); !status)
        return status;
    if (!query.next())
        return Error::storage(u"%1 has no sync_meta row"_s.arg(m_path));
    m_clientId = query.text(0);
    return {};
}

Status LocalStore::bindUser(const QString &userId)
{
    if (userId.trimmed().isEmpty() || userId.size() > kMaxUserIdLength)
        return Error::validation(u"a user id of 1 to %1 characters is required"_s.arg(kMaxUserIdLength));
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT user_id FROM sync_meta WHERE singleton = 1"_s); !status)
        return status;
    const QString stored = query.next() && !query.isNull(0) ? query.text(0) : QString();
    query.finish();
    if (!stored.isEmpty()) {
        if (stored == userId)
            return {};
        return Error{ErrorCode::Forbidden,
                     u"the local database %1 belongs to another user; each user signs in with a database of "
                     "their own"_s.arg(m_path),
                     {}};
    }
    if (auto status = query.prepare(u"UPDATE sync_meta SET user_id = :user WHERE singleton = 1"_s); !status)
        return status;
    query.bind(u":user"_s, userId);
    if (auto status = query.exec(); !status)
        return status;
    return transaction->commit();
}

Status LocalStore::bindServer(const QUrl &server)
{
    if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty())
        return Error::validation(u"a server address such as https://example.org is required"_s);
    const QString wanted = normalisedServer(server);
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT server_url FROM sync_meta WHERE singleton = 1"_s); !status)
        return status;
    const QString stored = query.next() && !query.isNull(0) ? query.text(0) : QString();
    query.finish();
    if (!stored.isEmpty()) {
        if (stored == wanted)
            return {};
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("Chrysalis::LocalStore",
                                                 "the local database %1 belongs to the server %2, not %3")
                             .arg(m_path, stored, wanted),
                     {}};
    }
    if (auto status = query.prepare(u"UPDATE sync_meta SET server_url = :server WHERE singleton = 1"_s); !status)
        return status;
    query.bind(u":server"_s, wanted);
    if (auto status = query.exec(); !status)
        return status;
    return transaction->commit();
}

Status LocalStore::moveServer(const QUrl &server)
{
    const auto isLoopback = [](const QUrl &url) {
        const QHostAddress address(url.host());
        return url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
    };
    if (!isLoopback(server))
        return Error::validation(QCoreApplication::translate(
                "Chrysalis::LocalStore", "only a marketplace on this computer can move to a new address"));
    auto current = state();
    if (!current)
        return current.error();
    if (!current->serverUrl.isEmpty() && !isLoopback(current->serverUrl))
        return Error{
                ErrorCode::Forbidden,
                QCoreApplication::translate("Chrysalis::LocalStore", "the local database %1 belongs to the server %2")
                        .arg(m_path, current->serverUrl.toString()),
                {}};
    return setMeta(u"server_url"_s, normalisedServer(server));
}

Result<SyncState> LocalStore::state()
{
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT client_id, user_id, server_url, next_mutation_id, acked_mutation_id, "
                                 "cursor, snapshot_state, protocol, server_time_offset_ms, last_sync_at "
                                 "FROM sync_meta WHERE singleton = 1"_s);
        !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"%1 has no sync_meta row"_s.arg(m_path));
    SyncState state;
    state.clientId = query.text(0);
    state.userId = query.isNull(1) ? QString() : query.text(1);
    state.serverUrl = query.isNull(2) ? QUrl() : QUrl(query.text(2));
    state.nextMutationId = query.int64(3);
    state.ackedMutationId = query.int64(4);
    if (!query.isNull(5))
        state.cursor = query.text(5);
    state.snapshotState = parseSnapshotState(query.text(6));
    state.protocol = static_cast<int>(query.int64(7));
    state.serverTimeOffsetMs = query.int64(8);
    if (!query.isNull(9))
        state.lastSyncAt = QDateTime::fromMSecsSinceEpoch(query.int64(9), Qt::UTC);
    return state;
}

Result<qint64> LocalStore::enqueue(const QString &name, const QJsonObject &args, const QList<OverlayWrite> &overlay)
{
    if (!isValidMutationName(name))
        return Error::validation(u"\"%1\" is not a versioned mutation name such as answer.submit@1"_s.arg(name),
                                 {{u"name"_s, u"must look like answer.submit@1"_s}});
    const QString argsText = toJsonText(args);
    const qint64 argsBytes = argsText.toUtf8().size();
    if (argsBytes > SyncLimits{}.maxMutationBytes)
        return Error::validation(u"%1 is too large to send (%2 bytes; at most %3)"_s.arg(name).arg(argsBytes).arg(
                                         SyncLimits{}.maxMutationBytes),
                                 {{u"args"_s, u"too large"_s}});
    if (auto status = validateOverlay(overlay); !status)
        return status.error();

    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT next_mutation_id FROM sync_meta WHERE singleton = 1"_s); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"%1 has no sync_meta row"_s.arg(m_path));
    const qint64 mutationId = query.int64(0);
    query.finish();

    if (auto status = query.exec(u"UPDATE sync_meta SET next_mutation_id = next_mutation_id + 1 "
                                 "WHERE singleton = 1"_s);
        !status)
        return status.error();
    if (auto status = query.prepare(u"INSERT INTO outbox (mutation_id, name, args_json, created_at, state) "
                                    "VALUES (:id, :name, :args, :created, 'pending')"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, mutationId)
            .bind(u":name"_s, name)
            .bind(u":args"_s, argsText)
            .bind(u":created"_s, QDateTime::currentMSecsSinceEpoch());
    if (auto status = query.exec(); !status)
        return status.error();

    if (!overlay.isEmpty()) {
        if (auto status = query.prepare(u"INSERT INTO overlay (mutation_id, entity, id, op, data_json) "
                                        "VALUES (:mutation, :entity, :id, :op, :data)"_s);
            !status)
            return status.error();
        for (const OverlayWrite &write : overlay) {
            query.bind(u":mutation"_s, mutationId)
                    .bind(u":entity"_s, write.entity)
                    .bind(u":id"_s, write.id)
                    .bind(u":op"_s, entityOpName(write.op))
                    .bind(u":data"_s, write.op == EntityOp::Upsert ? toJsonText(write.data) : QString());
            if (auto status = query.exec(); !status)
                return status.error();
        }
    }
    if (auto status = transaction->commit(); !status)
        return status.error();
    qCDebug(lcSync) << "enqueued mutation" << mutationId << name;
    return mutationId;
}

Result<std::optional<QJsonObject>> LocalStore::read(const QString &entity, const QString &id)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT op, data_json FROM overlay WHERE entity = :entity AND id = :id "
                                    "ORDER BY mutation_id DESC LIMIT 1"_s);
        !status)
        return status.error();
    query.bind(u":entity"_s, nonNull(entity)).bind(u":id"_s, nonNull(id));
    if (auto status = query.exec(); !status)
        return status.error();
    if (query.next()) {
        if (query.text(0) == u"delete")
            return std::optional<QJsonObject>();
        return std::optional<QJsonObject>(fromJsonText(query.text(1)));
    }
    if (auto status = query.prepare(u"SELECT data_json FROM mirror WHERE entity = :entity AND id = :id "
                                    "AND data_json IS NOT NULL"_s);
        !status)
        return status.error();
    query.bind(u":entity"_s, nonNull(entity)).bind(u":id"_s, nonNull(id));
    if (auto status = query.exec(); !status)
        return status.error();
    if (query.next())
        return std::optional<QJsonObject>(fromJsonText(query.text(0)));
    return std::optional<QJsonObject>();
}

Result<QList<StoredEntity>> LocalStore::list(const QString &entity)
{
    QMap<QString, StoredEntity> rows;
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT id, version, data_json FROM mirror WHERE entity = :entity "
                                    "AND data_json IS NOT NULL"_s);
        !status)
        return status.error();
    query.bind(u":entity"_s, nonNull(entity));
    if (auto status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        const QString id = query.text(0);
        rows.insert(id, StoredEntity{id, query.int64(1), fromJsonText(query.text(2)), false});
    }
    if (auto status = query.prepare(u"SELECT id, op, data_json FROM overlay WHERE entity = :entity "
                                    "ORDER BY mutation_id"_s);
        !status)
        return status.error();
    query.bind(u":entity"_s, nonNull(entity));
    if (auto status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        const QString id = query.text(0);
        if (query.text(1) == u"delete") {
            rows.remove(id);
            continue;
        }
        StoredEntity &row = rows[id];
        row.id = id;
        row.data = fromJsonText(query.text(2));
        row.local = true;
    }
    return rows.values();
}

Result<PullApplied> LocalStore::applyPull(const PullPage &page)
{
    if (page.reset)
        return Error::internal(u"a reset page carries no changes to apply; reset() the store and pull again"_s);
    if (page.cursor.isEmpty())
        return Error::validation(u"a pull page without a cursor cannot be applied"_s);

    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    PullApplied applied;
    // Rows go in groups of 64, 32, …, 1 per statement, so a page is a few dozen statements, each
    // prepared once per connection. A group's rows are applied in order, as one by one would be.
    static const MirrorInsertNames names;
    for (qsizetype from = 0, count = 0; from < page.changes.size(); from += count) {
        count = kMirrorRowsPerInsert;
        while (count > page.changes.size() - from)
            count /= 2;
        SqlQuery insert(*m_db);
        if (auto status = insert.prepare(mirrorUpsert(count)); !status)
            return status.error();
        for (qsizetype i = 0; i < count; ++i) {
            const EntityChange &change = page.changes.at(from + i);
            insert.bind(names.entity.at(i), change.entity)
                    .bind(names.id.at(i), change.id)
                    .bind(names.version.at(i), change.version)
                    .bind(names.data.at(i), change.op == EntityOp::Upsert ? toJsonText(change.data) : QString());
        }
        if (auto status = insert.exec(); !status)
            return status.error();
        const int written = std::max(insert.rowsAffected(), 0);
        applied.written += written;
        applied.stale += static_cast<int>(count) - written;
    }
    // Every task of the page is filed again: a stale one is filed from the same mirror row.
    QStringList changedTasks;
    for (const EntityChange &change : page.changes) {
        if (change.entity == u"task" && !changedTasks.contains(change.id))
            changedTasks.append(change.id);
    }
    SqlQuery query(*m_db);
    if (!changedTasks.isEmpty()) {
        SqlQuery unindex(*m_db);
        SqlQuery remove(*m_db);
        SqlQuery fill(*m_db);
        SqlQuery index(*m_db);
        if (auto status = unindex.prepare(u"DELETE FROM task_queue_search WHERE rowid IN "
                                          "(SELECT rowid FROM task_queue WHERE id = :id)"_s);
            !status)
            return status.error();
        if (auto status = remove.prepare(u"DELETE FROM task_queue WHERE id = :id"_s); !status)
            return status.error();
        if (auto status = fill.prepare(taskQueueFill(u" AND id = :id"_s)); !status)
            return status.error();
        if (auto status = index.prepare(u"INSERT INTO task_queue_search (rowid, title) "
                                        "SELECT rowid, title FROM task_queue WHERE id = :id"_s);
            !status)
            return status.error();
        for (const QString &id : std::as_const(changedTasks)) {
            for (SqlQuery *step : {&unindex, &remove, &fill, &index}) {
                step->bind(u":id"_s, id);
                if (auto status = step->exec(); !status)
                    return status.error();
            }
        }
    }

    if (!page.outcomes.isEmpty()) {
        if (auto status = query.prepare(u"UPDATE outbox SET state = :state, outcome_code = :code, "
                                        "outcome_json = :outcome, answered_at = COALESCE(answered_at, :now) "
                                        "WHERE mutation_id = :id"_s);
            !status)
            return status.error();
        for (const MutationOutcome &outcome : page.outcomes) {
            query.bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
            query.bind(u":state"_s, outcome.applied ? u"applied"_s : u"rejected"_s)
                    .bind(u":code"_s, nullableText(outcome.code))
                    .bind(u":outcome"_s, toJsonText(outcomeJson(outcome.message, outcome.details)))
                    .bind(u":id"_s, outcome.mutationId);
            if (auto status = query.exec(); !status)
                return status.error();
            applied.outcomes += query.rowsAffected();
        }
    }

    // The server's last_mutation_id is as of this page, but the effects of those mutations may sit
    // in the pages that follow: the overlay goes once the pull has caught up.
    if (!page.hasMore) {
        if (auto status = query.prepare(u"DELETE FROM overlay WHERE mutation_id <= :last"_s); !status)
            return status.error();
        query.bind(u":last"_s, page.lastMutationId);
        if (auto status = query.exec(); !status)
            return status.error();
        applied.overlayDropped = query.rowsAffected();
    }

    if (auto status = query.prepare(u"UPDATE sync_meta SET cursor = :cursor, "
                                    "acked_mutation_id = MAX(acked_mutation_id, :last), "
                                    "snapshot_state = CASE WHEN :more = 0 THEN 'complete' "
                                    "WHEN snapshot_state = 'complete' THEN 'complete' ELSE 'in_progress' END "
                                    "WHERE singleton = 1"_s);
        !status)
        return status.error();
    query.bind(u":cursor"_s, page.cursor).bind(u":last"_s, page.lastMutationId).bind(u":more"_s, page.hasMore ? 1 : 0);
    if (auto status = query.exec(); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return applied;
}

Status LocalStore::reset()
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"DELETE FROM mirror"_s); !status)
        return status;
    if (auto status = query.exec(u"DELETE FROM task_queue"_s); !status)
        return status;
    if (auto status = query.exec(u"DELETE FROM task_queue_search"_s); !status)
        return status;
    if (auto status = query.exec(u"UPDATE sync_meta SET cursor = NULL, snapshot_state = 'none' "
                                 "WHERE singleton = 1"_s);
        !status)
        return status;
    // The new snapshot carries the effects of answered mutations; their overlay would only repeat
    // them (applied) or show what never happened (rejected).
    if (auto status = query.exec(u"DELETE FROM overlay WHERE mutation_id IN "
                                 "(SELECT mutation_id FROM outbox WHERE state IN ('applied', 'rejected'))"_s);
        !status)
        return status;
    if (auto status = transaction->commit(); !status)
        return status;
    qCInfo(lcSync).noquote() << m_path << "reset for a new snapshot; the outbox is kept";
    return {};
}

Result<PushRecorded> LocalStore::recordPush(const QList<PushResult> &results, qint64 lastMutationId)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    PushRecorded recorded;
    SqlQuery query(*m_db);
    for (const PushResult &result : results) {
        if (const auto outcome = result.outcome()) {
            if (auto status = query.prepare(u"UPDATE outbox SET state = :state, outcome_code = :code, "
                                            "outcome_json = :outcome, answered_at = COALESCE(answered_at, :now) "
                                            "WHERE mutation_id = :id"_s);
                !status)
                return status.error();
            query.bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
            query.bind(u":state"_s, outcome->applied ? u"applied"_s : u"rejected"_s)
                    .bind(u":code"_s, nullableText(outcome->code))
                    .bind(u":outcome"_s, toJsonText(outcomeJson(outcome->message, outcome->details)))
                    .bind(u":id"_s, result.mutationId);
            if (auto status = query.exec(); !status)
                return status.error();
            if (query.rowsAffected() > 0)
                ++(outcome->applied ? recorded.applied : recorded.rejected);
        } else if (result.status == PushStatus::Retry) {
            // A temporary answer: the row stays pending, its reason visible, its failure count reset.
            if (auto status = query.prepare(u"UPDATE outbox SET outcome_code = :code, outcome_json = :outcome, "
                                            "attempts = 0 WHERE mutation_id = :id AND state = 'pending'"_s);
                !status)
                return status.error();
            query.bind(u":code"_s, nullableText(result.code))
                    .bind(u":outcome"_s, toJsonText(outcomeJson(result.message, result.details)))
                    .bind(u":id"_s, result.mutationId);
            if (auto status = query.exec(); !status)
                return status.error();
        }
    }
    if (auto status = query.prepare(u"UPDATE sync_meta SET acked_mutation_id = MAX(acked_mutation_id, :last) "
                                    "WHERE singleton = 1"_s);
        !status)
        return status.error();
    query.bind(u":last"_s, lastMutationId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return recorded;
}

Result<QList<OutboxEntry>> LocalStore::pendingMutations(int limit)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT "_s + kOutboxColumns +
                                    u" FROM outbox WHERE state = 'pending' AND mutation_id < COALESCE("
                                    "(SELECT MIN(mutation_id) FROM outbox WHERE state = 'blocked'), :max) "
                                    "ORDER BY mutation_id LIMIT :limit"_s);
        !status)
        return status.error();
    query.bind(u":max"_s, std::numeric_limits<qint64>::max()).bind(u":limit"_s, std::max(limit, 0));
    if (auto status = query.exec(); !status)
        return status.error();
    return readOutboxRows(query);
}

Result<std::optional<OutboxEntry>> LocalStore::entry(qint64 mutationId)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT "_s + kOutboxColumns + u" FROM outbox WHERE mutation_id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, mutationId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<OutboxEntry>();
    auto row = readOutboxRow(query);
    if (!row)
        return row.error();
    return std::optional<OutboxEntry>(std::move(*row));
}

Result<int> LocalStore::recordServerFailure(qint64 mutationId)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"UPDATE outbox SET attempts = attempts + 1 "
                                    "WHERE mutation_id = :id AND state = 'pending'"_s);
        !status)
        return status.error();
    query.bind(u":id"_s, mutationId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (query.rowsAffected() == 0)
        return Error::notFound(u"no pending mutation %1 in the outbox"_s.arg(mutationId));
    if (auto status = query.prepare(u"SELECT attempts FROM outbox WHERE mutation_id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, mutationId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(u"no mutation %1 in the outbox"_s.arg(mutationId));
    return static_cast<int>(query.int64(0));
}

Status LocalStore::markBlocked(qint64 mutationId, const QString &code, const QString &message)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"UPDATE outbox SET state = 'blocked', outcome_code = :code, "
                                    "outcome_json = :outcome WHERE mutation_id = :id AND state = 'pending'"_s);
        !status)
        return status;
    query.bind(u":code"_s, nullableText(code))
            .bind(u":outcome"_s, toJsonText(outcomeJson(message, {})))
            .bind(u":id"_s, mutationId);
    if (auto status = query.exec(); !status)
        return status;
    if (query.rowsAffected() == 0)
        return Error::notFound(u"no pending mutation %1 to block"_s.arg(mutationId));
    qCWarning(lcSync).noquote() << "mutation" << mutationId << "blocked:" << code << message;
    return {};
}

Result<int> LocalStore::retryBlocked()
{
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"UPDATE outbox SET state = 'pending', attempts = 0, outcome_code = NULL, "
                                 "outcome_json = NULL WHERE state = 'blocked'"_s);
        !status)
        return status.error();
    return query.rowsAffected();
}

Result<OutboxCounts> LocalStore::counts()
{
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT state, COUNT(*) FROM outbox WHERE state <> 'applied' "
                                 "AND dismissed_at IS NULL GROUP BY state"_s);
        !status)
        return status.error();
    OutboxCounts counts;
    while (query.next()) {
        const int count = static_cast<int>(query.int64(1));
        const auto state = parseOutboxState(query.text(0));
        if (state == OutboxState::Pending)
            counts.pending = count;
        else if (state == OutboxState::Blocked)
            counts.blocked = count;
        else if (state == OutboxState::Rejected)
            counts.rejected = count;
    }
    return counts;
}

Result<QList<OutboxEntry>> LocalStore::needsAttention()
{
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT "_s + kOutboxColumns +
                                 u" FROM outbox WHERE state IN ('rejected', 'blocked') AND dismissed_at IS NULL "
                                 "ORDER BY mutation_id"_s);
        !status)
        return status.error();
    return readOutboxRows(query);
}

Result<QList<OutboxEntry>> LocalStore::entriesNamed(const QString &name)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT "_s + kOutboxColumns +
                                    u" FROM outbox WHERE name = :name "
                                    "ORDER BY mutation_id"_s);
        !status)
        return status.error();
    query.bind(u":name"_s, nonNull(name));
    if (auto status = query.exec(); !status)
        return status.error();
    return readOutboxRows(query);
}

Status LocalStore::dismiss(qint64 mutationId, const QDateTime &now)
{
    auto found = entry(mutationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(u"no mutation %1 in the outbox"_s.arg(mutationId));
    if ((*found)->state != OutboxState::Rejected)
        return Error::validation(u"only a rejected mutation can be dismissed; mutation %1 is %2"_s.arg(mutationId)
                                         .arg(outboxStateName((*found)->state)));
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"UPDATE outbox SET dismissed_at = COALESCE(dismissed_at, :now) "
                                    "WHERE mutation_id = :id AND state = 'rejected'"_s);
        !status)
        return status;
    query.bind(u":now"_s, now.toMSecsSinceEpoch()).bind(u":id"_s, mutationId);
    return query.exec();
}

Result<int> LocalStore::pruneApplied(const QDateTime &now)
{
    const qint64 cutoff = now.toMSecsSinceEpoch() -
                          std::chrono::duration_cast<std::chrono::milliseconds>(kAppliedOutboxRetention).count();
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"DELETE FROM outbox WHERE state = 'applied' AND answered_at < :cutoff "
                                    "AND NOT EXISTS (SELECT 1 FROM overlay WHERE overlay.mutation_id = "
                                    "outbox.mutation_id)"_s);
        !status)
        return status.error();
    query.bind(u":cutoff"_s, cutoff);
    if (auto status = query.exec(); !status)
        return status.error();
    const int pruned = query.rowsAffected();
    if (pruned > 0)
        qCDebug(lcSync) << "pruned" << pruned << "applied outbox rows";
    return pruned;
}

Result<QList<TaskQueueRow>> LocalStore::taskQueuePage(const TaskQueueQuery &query,
                                                      const std::optional<TaskQueueRow> &after, int limit)
{
    auto plan = taskQueueSearchPlan(*m_db, query);
    if (!plan)
        return plan.error();
    if (*plan == TaskQueueSearchPlan::Walk) {
        auto walked = taskQueueWalk(*m_db, query, after, limit, m_taskQueueWalkBudget);
        if (!walked)
            return walked.error();
        if (*walked)
            return **walked;
        // The matches lie beyond the walk's budget in this order (the sort key goes with the title):
        // the index plan finds them at the cost of every match, as before.
    }
    return taskQueueRows(*m_db, query, after, limit, TaskQueueSearchPlan::Index);
}

Result<qint64> LocalStore::taskQueueCount(const TaskQueueQuery &query)
{
    SqlQuery rows(*m_db);
    if (auto status = rows.prepare(u"SELECT COUNT(*) FROM task_queue"_s + taskQueueWhere(query)); !status)
        return status.error();
    bindTaskQueueFilter(rows, query);
    if (auto status = rows.exec(); !status)
        return status.error();
    return rows.next() ? rows.int64(0) : 0;
}

void LocalStore::setTaskQueueWalkBudget(int rows)
{
    m_taskQueueWalkBudget = std::max(rows, 1);
}

Result<qint64> LocalStore::taskQueueCount(const TaskQueueQuery &query, qint64 cap)
{
    if (cap <= 0)
        return qint64(0);
    auto plan = taskQueueSearchPlan(*m_db, query);
    if (!plan)
        return plan.error();
    SqlQuery rows(*m_db);
    if (auto status = rows.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM task_queue"_s + taskQueueWhere(query, *plan) +
                                   u" LIMIT :cap)"_s);
        !status)
        return status.error();
    bindTaskQueueFilter(rows, query);
    rows.bind(u":cap"_s, cap);
    if (auto status = rows.exec(); !status)
        return status.error();
    return rows.next() ? rows.int64(0) : 0;
}

Status LocalStore::setMeta(const QString &column, const QVariant &value)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"UPDATE sync_meta SET "_s + column + u" = :value WHERE singleton = 1"_s); !status)
        return status;
    query.bind(u":value"_s, value);
    return query.exec();
}

Status LocalStore::setServerTimeOffset(qint64 offsetMs)
{
    return setMeta(u"server_time_offset_ms"_s, offsetMs);
}

Status LocalStore::setLastSyncAt(const QDateTime &time)
{
    return setMeta(u"last_sync_at"_s, time.toMSecsSinceEpoch());
}

Status LocalStore::setProtocol(int protocol)
{
    return setMeta(u"protocol"_s, protocol);
}

} // namespace Chrysalis
