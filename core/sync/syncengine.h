#pragma once

#include "core/result.h"
#include "core/sync/localstore.h"
#include "core/sync/syncprotocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace Chrysalis {

// How far a running sync cycle has come; during a first sync (no cursor) the UI shows a progress bar.
struct SyncProgress {
    enum class Phase { Pushing, Pulling };
    Phase phase = Phase::Pushing;
    bool initialSync = false;
    int pushed = 0; // mutations answered so far
    qint64 rows = 0; // changes pulled so far
    int pages = 0;
};

// A token is refreshed before a cycle once less than this is left of it (or less than half its
// lifetime, for servers that hand out short-lived tokens).
inline constexpr std::chrono::hours kTokenRefreshMargin{72};
// The longest Retry-After the engine obeys; a longer one waits this long and asks again.
inline constexpr std::chrono::hours kMaxRetryAfter{1};

// What one sync cycle did. errors is empty when the cycle ran to the end.
struct SyncReport {
    int pushed = 0; // mutations sent in push requests the server answered
    int applied = 0; // terminal outcomes received by push: applied (also through already_applied)
    int rejected = 0; // … and rejected
    int deferred = 0; // answered retry/not_attempted: still pending
    int blocked = 0; // mutations this cycle marked blocked
    qint64 pulledRows = 0;
    int pages = 0;
    int resets = 0; // re-snapshots the server asked for
    std::optional<qint64> gapExpectedId; // the server's expected_id after a 409 MUTATION_GAP
    QList<Error> errors;
    bool retryScheduled = false;
    std::chrono::milliseconds retryDelay{0}; // when retryScheduled: the server's Retry-After or the backoff
    bool tokenRefreshed = false;

    bool ok() const { return errors.isEmpty(); }
};

// Backoff before the n-th consecutive retry (n ≥ 1): exponential from `base`, capped at `cap`, with
// jitter drawing the delay uniformly from its upper half so many clients do not retry in step.
std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                       QRandomGenerator &random);

// The client half of CSP/1: pushes the outbox in id order and pulls the server's changes into the
// LocalStore. One cycle (and so one push) in flight at a time. It never drops, skips or renumbers a
// mutation: errors leave the outbox as it was, and a response it cannot parse changes nothing.
//
// FIFO (G3): a 500 on a batch halves the batch until the mutation at fault is sent alone; one the
// server fails on N times in a row is marked blocked with its reason, as is one the server finds too
// large (413). Every later mutation then waits behind it until the user asks to retry
// (retryBlocked()) — the server would refuse them as a gap anyway. Pulls go on.
// Plain http is refused except on loopback. Callbacks given to login()/fetchInfo() are not called
// once the engine is destroyed.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using BackoffFunction = std::function<std::chrono::milliseconds(int attempt)>;

    // The store must outlive the engine; it is used on the engine's thread only.
    explicit SyncEngine(LocalStore &store, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }
    // The bearer token; setting one clears an earlier tokenRejected state.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    // Tuning, mostly for tests: the delay before the n-th automatic retry (default backoffDelay from
    // 1 s to 5 min), how many 500s on a mutation sent alone block it (default 5), the per-request
    // transfer timeout (default 30 s), the debounce of requestSync() (default 500 ms), whether failed
    // cycles are retried automatically (default on) and the periodic poll (default off).
    void setBackoff(BackoffFunction backoff);
    void setBlockAfterFailures(int failures);
    void setRequestTimeout(std::chrono::milliseconds timeout);
    void setDebounce(std::chrono::milliseconds debounce);
    void setAutoRetry(bool enabled);
    void setPollInterval(std::chrono::milliseconds interval);

    // POST /v1/auth/login. On success binds the store to this server and the account (refusing, with
    // Forbidden, a database that belongs to someone else) and takes the token; `done` gets the reply.
    void login(const QString &username, const QString &password, std::function<void(const Result<LoginReply> &)> done);
    // GET /v1/info: takes the server's limits and clock; refuses a server that does not speak CSP/1.
    // The first cycle after setServer() fetches it by itself.
    void fetchInfo(std::function<void(const Result<ServerInfo> &)> done);
    std::optional<ServerInfo> serverInfo() const { return m_info; }
    // POST /v1/auth/refresh: a new token for the current one, which the server revokes. The engine
    // takes it and emits tokenChanged(); a refused token emits tokenRejected().
    void refreshToken(std::function<void(const Result<LoginReply> &)> done);
    // POST /v1/auth/logout: revokes the token on the server. The engine forgets the token whatever
    // the answer (an unreachable server is reported, the outbox is kept for the next sign-in).
    void logout(std::function<void(const Status &)> done);
    // When the token expires; login() and refreshToken() set it. A cycle refreshes the token first
    // when less than kTokenRefreshMargin (or half its lifetime) is left.
    // issuedAt (when known) lets a short-lived token refresh at half its lifetime.
    void setTokenExpiry(const QDateTime &expiresAt, const QDateTime &issuedAt = {});
    QDateTime tokenExpiry() const { return m_tokenExpiresAt; }
    bool tokenNeedsRefresh() const;

    // LocalStore::enqueue, then outboxChanged() and a debounced sync (requestSync()).
    Result<qint64> enqueue(const QString &name, const QJsonObject &args, const QList<OverlayWrite> &overlay = {});
    // LocalStore::retryBlocked, then outboxChanged() and a sync now.
    Result<int> retryBlocked();
    // LocalStore::dismiss, then outboxChanged().
    Status dismiss(qint64 mutationId);

    SyncLimits limits() const { return m_limits; }
    bool isSyncing() const { return m_phase != Phase::Idle; }
    bool isOnline() const { return m_online; }
    // Now on the server's clock (for lease countdowns), from the offset seen in its responses.
    QDateTime serverNow() const;
    qint64 serverTimeOffsetMs() const { return m_serverTimeOffsetMs; }

public Q_SLOTS:
    // Runs a cycle now: push until drained, blocked or refused, then pull until has_more is false.
    // While one runs, another is queued to follow it.
    void syncNow();
    // For local changes: a cycle after the debounce, however many calls come before it.
    void requestSync();

Q_SIGNALS:
    void syncStarted();
    void syncProgress(const Chrysalis::SyncProgress &progress);
    void syncFinished(const Chrysalis::SyncReport &report);
    void outboxChanged();
    // 401: the token expired or was revoked. Nothing is dropped; sync waits for setToken().
    void tokenRejected();
    // A new token from login() or refreshToken(), to keep in the keychain.
    void tokenChanged(const QString &token, const QDateTime &expiresAt);
    void onlineChanged(bool online);

private:
    enum class Phase { Idle, Pushing, Pulling };
    enum class Retry { No, Yes };

    struct HttpReply {
        int status = 0; // 0 when no HTTP answer arrived
        QString networkError;
        QByteArray contentType;
        QByteArray body;
        qint64 sentAtMs = 0;
        qint64 receivedAtMs = 0;
        std::optional<std::chrono::milliseconds> retryAfter;
    };
    using ReplyHandler = std::function<void(const HttpReply &)>;

    // The reply is the engine's until it finished: for watching it (requestSent), never for deleting it.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body, bool authenticated,
                        ReplyHandler handler);
    void noteServerTime(const QDateTime &serverTime, const HttpReply &reply);
    void setOnline(bool online);

    Status checkReady();
    void prepareThenPush();
    void noteRetryAfter(const HttpReply &reply);
    void pushNext();
    void onPushReply(const HttpReply &reply, const QList<qint64> &sent);
    void blockHead(qint64 mutationId, const QString &code, const QString &message);
    void startPull();
    QNetworkReply *requestPage(const std::optional<QString> &cursor, bool ahead = false);
    void onPullReply(const HttpReply &reply, const std::optional<QString> &requested, quint64 cycle, bool ahead);
    // Decodes and applies one parsed pull page (the second half of onPullReply).
    void takePullPage(const QJsonObject &object, const HttpReply &reply, const std::optional<QString> &requested,
                      bool ahead, bool askedAhead);
    // Applies the page parked while the request for the next one was on its way, if any.
    void takeParkedPage();
    void restartSnapshot();
    void fail(const Error &error, Retry retry);
    void finish();
    Error httpError(const QString &what, const HttpReply &reply) const;
    bool handleUnauthorized(const HttpReply &reply);

    LocalStore &m_store;
    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    bool m_tokenRejected = false;
    QDateTime m_tokenExpiresAt;
    QDateTime m_tokenIssuedAt;
    std::optional<ServerInfo> m_info;
    std::optional<std::chrono::milliseconds> m_retryAfter;

    BackoffFunction m_backoff;
    int m_blockAfterFailures = 5;
    std::chrono::milliseconds m_requestTimeout{30'000};
    bool m_autoRetry = true;
    QTimer m_retryTimer;
    QTimer m_debounceTimer;
    QTimer m_pollTimer;

    SyncLimits m_limits;
    int m_batchLimit = 0; // halved after a 500 or 413 on a batch, back to the limit after a good push

    Phase m_phase = Phase::Idle;
    bool m_again = false;
    bool m_retryWanted = false;
    int m_consecutiveFailures = 0;
    SyncReport m_report;
    SyncProgress m_progress;
    int m_resetsThisCycle = 0;
    quint64 m_pullCycle = 0; // a page requested ahead by an abandoned cycle is dropped on arrival
    std::function<void()> m_parkedPage; // a parsed page waiting for the next page's request to leave

    bool m_online = false;
    qint64 m_serverTimeOffsetMs = 0;
};

} // namespace Chrysalis

Q_DECLARE_METATYPE(Chrysalis::SyncProgress)
Q_DECLARE_METATYPE(Chrysalis::SyncReport)
