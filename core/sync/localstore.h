#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/sync/syncprotocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QLockFile;

namespace Chrysalis {

// A mutation's place in the outbox. pending: not yet answered for good; applied/rejected: the
// server's terminal outcome (G4); blocked: the server failed on it repeatedly or it can never be
// sent, so it is kept with a visible reason and nothing after it is pushed until retryBlocked().
enum class OutboxState { Pending, Applied, Rejected, Blocked };
QString outboxStateName(OutboxState state);

// One local, not yet acknowledged effect of a mutation on one entity, shown over the mirror. An
// upsert carries the whole entity as the user should see it (not a patch).
struct OverlayWrite {
    QString entity;
    QString id;
    EntityOp op = EntityOp::Upsert;
    QJsonObject data;

    static OverlayWrite upsert(const QString &entity, const QString &id, const QJsonObject &data)
    {
        return {entity, id, EntityOp::Upsert, data};
    }
    static OverlayWrite remove(const QString &entity, const QString &id) { return {entity, id, EntityOp::Delete, {}}; }
};

// One outbox row. For rejected and blocked rows outcomeCode and outcome ({message, details}) say
// why; a pending row may hold the last temporary answer (retry) there. The args are always kept.
struct OutboxEntry {
    qint64 mutationId = 0;
    QString name;
    QJsonObject args;
    QDateTime createdAt;
    OutboxState state = OutboxState::Pending;
    QString outcomeCode;
    QJsonObject outcome;
    int attempts = 0; // consecutive server failures (HTTP 500) while this mutation was sent alone
    QDateTime answeredAt; // when the terminal outcome arrived; invalid while pending or blocked
    QDateTime dismissedAt; // when the user dismissed a rejection; the row is kept

    QString outcomeMessage() const { return outcome.value(QLatin1String("message")).toString(); }
    bool isDismissed() const { return dismissedAt.isValid(); }
};

// How long an applied outbox row is kept after its answer arrived: long enough for "my work" to
// show what happened, short enough that the outbox stays small. Rejected rows are never pruned.
inline constexpr std::chrono::hours kAppliedOutboxRetention{24 * 30};

// One task of the worker's queue, from the task_queue index that pull fills from the mirror.
// hourlyCents is the implied hourly pay (pay × 3600 / estimate, 0 without an estimate).
struct TaskQueueRow {
    QString id;
    QString title;
    QString origin; // the requester's standing at publish: caterpillar or butterfly
    QString minTier;
    qint64 payCents = 0;
    qint64 estimateSeconds = 0;
    qint64 hourlyCents = 0;
    qint64 itemsOpen = 0;
    qint64 itemsTotal = 0;
    int tierRank = 0; // bronze 0, silver 1, gold 2
    bool canTake = false;
    QStringList gateReasons;
    QStringList contentWarnings;
};

enum class TaskQueueSort { Title, Standing, Pay, Estimate, Hourly, ItemsOpen, Tier };

// A title search matching fewer tasks than this is answered from the trigram index and sorted; one
// matching more walks the sort order with the search as a filter (see taskQueuePage).
inline constexpr int kTaskQueueFewMatches = 4000;
// How many queue rows a common search reads in sort order for one page before it turns to the trigram
// index instead (when the sort order puts the matches far back).
inline constexpr int kTaskQueueWalkBudget = 50000;

// What the queue shows: published tasks with open slots, filtered and sorted in SQL.
struct TaskQueueQuery {
    QString search; // part of the title, case-insensitive for ASCII
    bool takeableOnly = false;
    qint64 minPayCents = 0;
    TaskQueueSort sort = TaskQueueSort::Hourly;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// For a status bar.
struct OutboxCounts {
    int pending = 0;
    int blocked = 0;
    int rejected = 0;
};

// One entity as the UI sees it: mirror + overlay. version is the mirror's (0 for a local-only row).
struct StoredEntity {
    QString id;
    qint64 version = 0;
    QJsonObject data;
    bool local = false; // shown from a not yet acknowledged local effect
};

enum class SnapshotState { None, InProgress, Complete };

// The sync_meta row.
struct SyncState {
    QString clientId;
    QString userId; // empty until the first sign-in
    QUrl serverUrl; // empty until the first sign-in
    qint64 nextMutationId = 1;
    qint64 ackedMutationId = 0;
    std::optional<QString> cursor;
    SnapshotState snapshotState = SnapshotState::None;
    int protocol = kSyncProtocolVersion;
    qint64 serverTimeOffsetMs = 0;
    QDateTime lastSyncAt;
};

// What one applyPull() did.
struct PullApplied {
    int written = 0; // upserts and deletes that were newer than the mirror
    int stale = 0; // changes ignored because the mirror already had that version or a newer one
    int outcomes = 0; // outbox rows given a terminal outcome
    int overlayDropped = 0;
};

// What one recordPush() did.
struct PushRecorded {
    int applied = 0;
    int rejected = 0;
};

// The desktop client's local sync database: outbox of named mutations, mirror of the server's view
// (written only by pull), and overlay of local effects. Holds all of the client's sync SQL.
// One process per database file (a lock file beside it) and one user per database: it never lets
// one user's outbox be pushed under another's sign-in. Never drops an outbox row on its own.
class LocalStore
{
public:
    // The schema: append-only, one migration per shipped change.
    static QList<Migration> migrations();

    // Locks `path`.lock (a Storage error naming the holder when another process has it), opens the
    // SQLite file with client durability (WAL, synchronous=FULL), migrates it and creates the client
    // id once. With a userId, also bindUser(userId): a database of another user is refused.
    static Result<std::unique_ptr<LocalStore>> open(const QString &path, const QString &userId = {});
    ~LocalStore();

    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    QString path() const { return m_path; }
    QString clientId() const { return m_clientId; }

    // Sets the owner on first sign-in; Forbidden when the database already belongs to someone else.
    Status bindUser(const QString &userId);
    // Likewise for the server: the client id and its mutation ids mean something on one server only.
    Status bindServer(const QUrl &server);
    // The same marketplace at a new address: only for the embedded local marketplace, which keeps
    // its database and listens on a new port each time it starts. Both addresses must be loopback.
    Status moveServer(const QUrl &server);

    Result<SyncState> state();

    // G1: one transaction bumps the counter, inserts the outbox row and writes the overlay; the id is
    // returned only after COMMIT, and on any failure nothing of it remains. Validation errors for a
    // bad name, args over the size limit, or overlay writes without entity/id or repeating one.
    Result<qint64> enqueue(const QString &name, const QJsonObject &args, const QList<OverlayWrite> &overlay = {});

    // Mirror + overlay: the newest overlay write of the entity wins; an overlay delete hides it.
    Result<std::optional<QJsonObject>> read(const QString &entity, const QString &id);
    // Every visible entity of one kind, ordered by id.
    Result<QList<StoredEntity>> list(const QString &entity);

    // One transaction per page (G6): mirror rows written only when the incoming version is newer
    // (G5), the cursor stored, outcomes recorded into the outbox and the acknowledged id raised. On
    // the last page (has_more false) the overlay of every mutation up to last_mutation_id is dropped:
    // earlier, their effects may still be in the pages to come. A reset page is refused: call reset().
    Result<PullApplied> applyPull(const PullPage &page);

    // For a re-snapshot: clears the mirror and the cursor. Never touches the outbox, nor the overlay
    // of mutations still waiting (pending or blocked).
    Status reset();

    // Push answers in one transaction: terminal outcomes recorded, a retry's code kept on its still
    // pending row, the acknowledged id raised to lastMutationId.
    Result<PushRecorded> recordPush(const QList<PushResult> &results, qint64 lastMutationId);

    // Pending mutations that may be pushed now, in id order: per-client FIFO (G3) means only those
    // below the first blocked one.
    Result<QList<OutboxEntry>> pendingMutations(int limit);
    Result<std::optional<OutboxEntry>> entry(qint64 mutationId);

    // Counts a server failure of a pending mutation sent alone; returns the new count.
    Result<int> recordServerFailure(qint64 mutationId);
    Status markBlocked(qint64 mutationId, const QString &code, const QString &message);
    // Puts every blocked mutation back to pending with a fresh failure count; returns how many.
    Result<int> retryBlocked();

    // Pending, blocked and rejected (not dismissed) rows.
    Result<OutboxCounts> counts();
    // Rejected (not dismissed) and blocked mutations with their reason and kept args, oldest first.
    Result<QList<OutboxEntry>> needsAttention();
    // Every outbox row of one mutation name, oldest first (dismissed ones too).
    Result<QList<OutboxEntry>> entriesNamed(const QString &name);

    // Takes a rejected mutation off "needs attention"; the row, its args and its reason stay.
    // NotFound for no such row; Validation for a row that is not rejected (a blocked one must be
    // retried: dismissing it would hide what every later mutation waits for).
    Status dismiss(qint64 mutationId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes applied rows answered more than kAppliedOutboxRetention before `now` (a row exactly
    // that old is kept) whose overlay is gone; returns how many. Never touches other states.
    Result<int> pruneApplied(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The queue index: one page after `after` (the last row of the previous page, or none for the
    // first) in the query's order, ties broken by id, so paging stays fast however deep it goes.
    Result<QList<TaskQueueRow>> taskQueuePage(const TaskQueueQuery &query, const std::optional<TaskQueueRow> &after,
                                              int limit);
    Result<qint64> taskQueueCount(const TaskQueueQuery &query);
    // The matching tasks counted up to `cap` (cap when at least that many match): bounded work for a
    // "1,000+ tasks" label however big the cache is.
    Result<qint64> taskQueueCount(const TaskQueueQuery &query, qint64 cap);
    // How many rows a common search reads in sort order for a page before it turns to the trigram
    // index (kTaskQueueWalkBudget unless set): a tuning knob; pages hold the same rows either way.
    void setTaskQueueWalkBudget(int rows);

    Status setServerTimeOffset(qint64 offsetMs);
    Status setLastSyncAt(const QDateTime &time);
    Status setProtocol(int protocol);

private:
    LocalStore(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);
    Status createClientId();
    Status setMeta(const QString &column, const QVariant &value);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    QString m_clientId;
    int m_taskQueueWalkBudget = kTaskQueueWalkBudget;
};

} // namespace Chrysalis
