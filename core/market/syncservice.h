#pragma once

#include "core/market/changelog.h"
#include "core/market/clock.h"
#include "core/market/mutation.h"
#include "core/result.h"
#include "core/sync/syncprotocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Chrysalis {

class Database;
struct Policy;

// What the sync service needs from the marketplace: apply a named mutation, advance time, and
// render an entity for one viewer. The marketplace engine implements it; the service holds the
// protocol (ordering, exactly-once, outcomes, cursors) and nothing of the business rules.
class SyncHandlers
{
public:
    virtual ~SyncHandlers() = default;
    virtual bool knowsMutation(const QString &name) const = 0;
    // Runs inside the service's transaction and savepoint; an Error is an infrastructure failure.
    virtual Result<MutationEffect> apply(const MutationContext &context, const QString &name,
                                         const QJsonObject &args) = 0;
    virtual Status advanceTime(MutationContext &context) = 0;
    // The entity as this viewer may see it, or nullopt when they may not (the pull then tells the
    // viewer to drop any copy it holds). An Error is a storage failure.
    virtual Result<std::optional<QJsonObject>> render(const QString &entity, const QString &id,
                                                      const Viewer &viewer) = 0;
    // Many entities of one kind for one viewer, in the order of ids (a page of a pull). The default
    // renders them one by one; implementations batch their reads.
    virtual Result<QList<std::optional<QJsonObject>>> renderMany(const QString &entity, const QStringList &ids,
                                                                 const Viewer &viewer);
    virtual QStringList audiencesFor(const QString &accountId) = 0;
    // Changes whenever the account's audiences change, which resets its pull cursor.
    virtual Result<qint64> scopeEpoch(const QString &accountId) = 0;
};

// An HTTP-level answer: a JSON body with its status, or a problem (status ≥ 400) whose body is
// application/problem+json. The HTTP layer only serialises it.
struct SyncReply {
    int status = 200;
    QJsonObject body;
    // The body already serialised as compact JSON (a pull page from pullSerialized), sent as is;
    // body is then empty.
    QByteArray json;

    bool isProblem() const { return status >= 400; }
    static SyncReply ok(QJsonObject body) { return {200, std::move(body), {}}; }
    static SyncReply problem(int status, const QString &code, const QString &detail, bool retryable = false,
                             QJsonObject extra = {});
};

// CSP/1 push and pull on the server (SYNC.md). Push: one transaction per request, the client's row
// locked, each mutation in id order inside a savepoint, every outcome stored, one commit. Pull: one
// snapshot, the compacted change log filtered by the viewer's audiences, entities rendered for the
// viewer, pages completed to whole transactions, signed opaque cursors.
class SyncService
{
public:
    SyncService(Database &db, SyncHandlers &handlers, const Policy &policy, const Clock &clock, SyncLimits limits = {});

    // The protocol's own tables (sync_client, mutation_outcome), for the server's migration list.
    static Migration migration(int version);

    SyncReply push(const QString &accountId, const QJsonObject &request);
    SyncReply pull(const QString &accountId, const QJsonObject &request);
    // The same page with its body written straight to JSON text (SyncReply::json), without building
    // it as objects first: what the HTTP layer sends. Problems come in body, as from pull().
    SyncReply pullSerialized(const QString &accountId, const QJsonObject &request);
    // Expiries, auto-approvals and panel deadlines up to now, in one transaction.
    Status advanceTime();

    // Fault injection for the reliability tests: runs right after a push commits and before its
    // response is built (a test makes it kill the process).
    void setAfterCommitHook(std::function<void()> hook) { m_afterCommit = std::move(hook); }

    const SyncLimits &limits() const { return m_limits; }
    // The server's time, as every reply's server_time reports it.
    QDateTime now() const { return m_clock.now(); }

private:
    struct MutationRequest {
        qint64 id = 0;
        QString name;
        QJsonObject args;
        QString argsText; // args as compact JSON, as the outcome stores them
    };
    // A processed mutation's outcome, kept until the push stores them all in one go.
    struct RecordedOutcome {
        qint64 mutationId = 0;
        QString name;
        QString argsText;
        QJsonObject outcome;
    };
    struct Cursor {
        QString serverEpoch;
        qint64 scopeEpoch = 0;
        QString accountId;
        qint64 seq = 0;
    };

    std::optional<SyncReply> parsePush(const QJsonObject &request, QString &clientId,
                                       QList<MutationRequest> &mutations) const;
    Result<std::optional<SyncReply>> bindClient(const QString &clientId, const QString &accountId,
                                                qint64 &lastMutationId, bool createIfMissing);
    Result<QJsonObject> storedOutcome(const QString &clientId, qint64 mutationId);
    Status recordOutcomes(const QString &clientId, const QList<RecordedOutcome> &outcomes, qint64 lastMutationId,
                          ChangeLog &changes);
    Result<QList<QJsonObject>> outcomesFor(const QString &clientId, const QStringList &outcomeIds);

    Result<QByteArray> cursorKey();
    Result<QString> serverEpoch();
    QString encodeCursor(const Cursor &cursor, const QByteArray &key) const;
    std::optional<Cursor> decodeCursor(const QString &text, const QByteArray &key) const;

    Database &m_db;
    SyncHandlers &m_handlers;
    const Policy &m_policy;
    const Clock &m_clock;
    SyncLimits m_limits;
    std::function<void()> m_afterCommit;
};

} // namespace Chrysalis
