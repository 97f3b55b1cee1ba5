#include "core/sync/syncengine.h"

#include "core/domain/jsonreader.h"
#include "core/logging.h"
#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Chrysalis {

namespace {

constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;
constexpr int kMaxResetsPerCycle = 2;

ErrorCode errorCodeForStatus(int status)
{
    if (status == 400)
        return ErrorCode::Validation;
    if (status == 401 || status == 403)
        return ErrorCode::Forbidden;
    if (status == 404)
        return ErrorCode::NotFound;
    if (status == 409 || status == 410)
        return ErrorCode::Conflict;
    if (status == 413 || status == 429)
        return ErrorCode::LimitExceeded;
    return ErrorCode::Network;
}

// https anywhere; http only to this machine, so a password or token never crosses a network in clear.
Status checkServerAddress(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty())
        return Error::validation(QCoreApplication::translate("Chrysalis::SyncEngine", "no server address set"));
    if (server.scheme() == u"https")
        return {};
    const QHostAddress address(server.host());
    const bool loopback = server.host() == u"localhost" || (!address.isNull() && address.isLoopback());
    if (server.scheme() == u"http" && loopback)
        return {};
    return Error::validation(
            QCoreApplication::translate("Chrysalis::SyncEngine", "the server address %1 must use https")
                    .arg(server.toDisplayString()));
}

bool isTransientStatus(int status)
{
    return status == 429 || status >= 500;
}

// Retry-After as delta-seconds or an HTTP date, capped at kMaxRetryAfter; nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    std::chrono::milliseconds delay{0};
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        delay = std::chrono::milliseconds(std::min<qint64>(seconds, 24 * 3600) * 1000);
    } else {
        // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
        QString date = QString::fromLatin1(text);
        if (date.endsWith(u" GMT"_s))
            date = date.chopped(4) + u" +0000"_s;
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        if (!at.isValid())
            return std::nullopt;
        delay = std::chrono::milliseconds(std::max<qint64>(now.msecsTo(at), 0));
    }
    return std::min<std::chrono::milliseconds>(delay, kMaxRetryAfter);
}

qint64 argsBytes(const QJsonObject &args)
{
    return QJsonDocument(args).toJson(QJsonDocument::Compact).size();
}

} // namespace

std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                       QRandomGenerator &random)
{
    qint64 delay = std::max<qint64>(base.count(), 0);
    const qint64 limit = std::max<qint64>(cap.count(), 0);
    for (int i = 1; i < attempt && delay < limit; ++i)
        delay *= 2;
    delay = std::min(delay, limit);
    const qint64 half = delay / 2;
    return std::chrono::milliseconds(half + random.bounded(delay - half + 1));
}

SyncEngine::SyncEngine(LocalStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<Chrysalis::SyncProgress>();
    qRegisterMetaType<Chrysalis::SyncReport>();
    m_backoff = [](int attempt) { return backoffDelay(attempt, 1s, 5min, *QRandomGenerator::global()); };
    m_batchLimit = m_limits.maxMutationsPerPush;
    m_retryTimer.setSingleShot(true);
    m_debounceTimer.setSingleShot(true);
    m_debounceTimer.setInterval(500ms);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_debounceTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (!isSyncing())
            syncNow();
    });
    if (auto state = m_store.state())
        m_serverTimeOffsetMs = state->serverTimeOffsetMs;
}

SyncEngine::~SyncEngine()
{
    // Replies still running must not call back into a half-destroyed engine.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void SyncEngine::setServer(const QUrl &server)
{
    if (server != m_server)
        m_info.reset();
    m_server = server;
}

void SyncEngine::setToken(const QString &token)
{
    m_token = token;
    m_tokenRejected = false;
}

void SyncEngine::setTokenExpiry(const QDateTime &expiresAt, const QDateTime &issuedAt)
{
    m_tokenExpiresAt = expiresAt;
    m_tokenIssuedAt = issuedAt;
}

bool SyncEngine::tokenNeedsRefresh() const
{
    if (m_token.isEmpty() || !m_tokenExpiresAt.isValid())
        return false;
    const qint64 lifetime = m_tokenIssuedAt.isValid() ? m_tokenIssuedAt.msecsTo(m_tokenExpiresAt) : 0;
    qint64 margin = std::chrono::duration_cast<std::chrono::milliseconds>(kTokenRefreshMargin).count();
    if (lifetime > 0)
        margin = std::min(margin, lifetime / 2);
    return serverNow().msecsTo(m_tokenExpiresAt) < margin;
}

void SyncEngine::setBackoff(BackoffFunction backoff)
{
    m_backoff = std::move(backoff);
}

void SyncEngine::setBlockAfterFailures(int failures)
{
    m_blockAfterFailures = std::max(failures, 1);
}

void SyncEngine::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
}

void SyncEngine::setDebounce(std::chrono::milliseconds debounce)
{
    m_debounceTimer.setInterval(debounce);
}

void SyncEngine::setAutoRetry(bool enabled)
{
    m_autoRetry = enabled;
    if (!enabled)
        m_retryTimer.stop();
}

void SyncEngine::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(interval);
}

QDateTime SyncEngine::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverTimeOffsetMs);
}

QNetworkReply *SyncEngine::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                                bool authenticated, ReplyHandler handler)
{
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_requestTimeout.count()));

    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = method == "GET"
                                   ? m_network.get(request)
                                   : m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxResponseBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, sentAt, handler = std::move(handler)] {
        reply->deleteLater();
        HttpReply result;
        result.sentAtMs = sentAt;
        result.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        const QNetworkReply::NetworkError error = reply->error();
        // Codes below 200 are transport failures (refused, reset, timeout, truncated, TLS, proxy):
        // whatever status line came before them, the answer is incomplete.
        if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) {
            result.networkError = reply->errorString();
        } else {
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.contentType = reply->rawHeader("Content-Type");
            result.body = reply->readAll();
            result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            if (result.status == 0)
                result.networkError = reply->errorString();
        }
        handler(result);
    });
    return reply;
}

void SyncEngine::noteServerTime(const QDateTime &serverTime, const HttpReply &reply)
{
    if (!serverTime.isValid())
        return;
    const qint64 midpoint = reply.sentAtMs + (reply.receivedAtMs - reply.sentAtMs) / 2;
    m_serverTimeOffsetMs = serverTime.toMSecsSinceEpoch() - midpoint;
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "server reachable" : "server unreachable");
    Q_EMIT onlineChanged(online);
}

Error SyncEngine::httpError(const QString &what, const HttpReply &reply) const
{
    if (reply.status == 0)
        return Error{ErrorCode::Network, tr("%1: %2").arg(what, reply.networkError), {}};
    const Problem problem = Problem::fromBody(reply.status, reply.contentType, reply.body);
    return Error{errorCodeForStatus(reply.status), tr("%1: HTTP %2").arg(what, problem.describe()), {}};
}

bool SyncEngine::handleUnauthorized(const HttpReply &reply)
{
    if (reply.status != 401)
        return false;
    m_tokenRejected = true;
    qCInfo(lcSync) << "the server refused the token; waiting for a new one";
    Q_EMIT tokenRejected();
    fail(httpError(tr("the server refused the sign-in token"), reply), Retry::No);
    return true;
}

void SyncEngine::login(const QString &username, const QString &password,
                       std::function<void(const Result<LoginReply> &)> done)
{
    if (auto status = checkServerAddress(m_server); !status) {
        done(status.error());
        return;
    }
    const QJsonObject body{{u"username"_s, username}, {u"password"_s, password}};
    send("POST", u"/v1/auth/login"_s, body, false, [this, done = std::move(done)](const HttpReply &reply) {
        if (reply.status == 0) {
            setOnline(false);
            done(httpError(tr("sign-in failed"), reply));
            return;
        }
        setOnline(true);
        if (reply.status != 200) {
            done(httpError(tr("sign-in refused"), reply));
            return;
        }
        auto object = parseJsonBody(reply.contentType, reply.body, u"sign-in response"_s);
        if (!object) {
            done(object.error());
            return;
        }
        auto login = LoginReply::fromJson(*object);
        if (!login) {
            done(login.error());
            return;
        }
        if (auto status = m_store.bindServer(m_server); !status) {
            done(status.error());
            return;
        }
        if (auto status = m_store.bindUser(login->accountId); !status) {
            done(status.error());
            return;
        }
        setToken(login->token);
        setTokenExpiry(login->expiresAt, serverNow());
        Q_EMIT tokenChanged(login->token, login->expiresAt);
        done(login);
    });
}

void SyncEngine::refreshToken(std::function<void(const Result<LoginReply> &)> done)
{
    if (auto status = checkServerAddress(m_server); !status) {
        done(status.error());
        return;
    }
    if (m_token.isEmpty()) {
        done(Error{ErrorCode::Forbidden, tr("not signed in"), {}});
        return;
    }
    send("POST", u"/v1/auth/refresh"_s, {}, true, [this, done = std::move(done)](const HttpReply &reply) {
        if (reply.status == 0) {
            setOnline(false);
            done(httpError(tr("token refresh failed"), reply));
            return;
        }
        setOnline(true);
        if (reply.status == 401) {
            m_tokenRejected = true;
            Q_EMIT tokenRejected();
            done(httpError(tr("the server refused the sign-in token"), reply));
            return;
        }
        if (reply.status != 200) {
            noteRetryAfter(reply);
            done(httpError(tr("token refresh refused"), reply));
            return;
        }
        auto object = parseJsonBody(reply.contentType, reply.body, u"refresh response"_s);
        if (!object) {
            done(object.error());
            return;
        }
        auto refreshed = LoginReply::fromJson(*object);
        if (!refreshed) {
            done(refreshed.error());
            return;
        }
        setToken(refreshed->token);
        setTokenExpiry(refreshed->expiresAt, serverNow());
        qCInfo(lcSync) << "token refreshed; it expires at" << refreshed->expiresAt;
        Q_EMIT tokenChanged(refreshed->token, refreshed->expiresAt);
        done(refreshed);
    });
}

void SyncEngine::logout(std::function<void(const Status &)> done)
{
    if (m_token.isEmpty()) {
        done(Status{});
        return;
    }
    if (auto status = checkServerAddress(m_server); !status) {
        m_token.clear();
        done(status);
        return;
    }
    send("POST", u"/v1/auth/logout"_s, {}, true, [this, done = std::move(done)](const HttpReply &reply) {
        if (reply.status == 0)
            setOnline(false);
        const bool revoked = reply.status == 200 || reply.status == 401;
        m_token.clear();
        m_tokenExpiresAt = {};
        m_retryTimer.stop();
        if (revoked)
            done(Status{});
        else
            done(httpError(tr("sign-out not confirmed by the server"), reply));
    });
}

void SyncEngine::fetchInfo(std::function<void(const Result<ServerInfo> &)> done)
{
    if (auto status = checkServerAddress(m_server); !status) {
        done(status.error());
        return;
    }
    send("GET", u"/v1/info"_s, {}, false, [this, done = std::move(done)](const HttpReply &reply) {
        if (reply.status == 0) {
            setOnline(false);
            done(httpError(tr("cannot reach the server"), reply));
            return;
        }
        setOnline(true);
        if (reply.status != 200) {
            noteRetryAfter(reply);
            Error error = httpError(tr("server info refused"), reply);
            if (isTransientStatus(reply.status))
                error.code = ErrorCode::Network;
            done(error);
            return;
        }
        auto object = parseJsonBody(reply.contentType, reply.body, u"server info"_s);
        if (!object) {
            done(object.error());
            return;
        }
        auto info = ServerInfo::fromJson(*object);
        if (!info) {
            done(info.error());
            return;
        }
        if (!info->speaksClientProtocol()) {
            done(Error::validation(tr("the server speaks CSP/%1 to CSP/%2 and this client CSP/%3: update the client")
                                           .arg(info->protocolMin)
                                           .arg(info->protocolMax)
                                           .arg(kSyncProtocolVersion)));
            return;
        }
        m_limits = info->limits;
        m_batchLimit = m_limits.maxMutationsPerPush;
        m_info = *info;
        noteServerTime(info->serverTime, reply);
        if (auto status = m_store.setProtocol(kSyncProtocolVersion); !status)
            qCWarning(lcSync).noquote() << status.error().message;
        if (auto status = m_store.setServerTimeOffset(m_serverTimeOffsetMs); !status)
            qCWarning(lcSync).noquote() << status.error().message;
        done(info);
    });
}

Result<qint64> SyncEngine::enqueue(const QString &name, const QJsonObject &args, const QList<OverlayWrite> &overlay)
{
    auto id = m_store.enqueue(name, args, overlay);
    if (id) {
        Q_EMIT outboxChanged();
        requestSync();
    }
    return id;
}

Status SyncEngine::dismiss(qint64 mutationId)
{
    auto status = m_store.dismiss(mutationId);
    if (status)
        Q_EMIT outboxChanged();
    return status;
}

Result<int> SyncEngine::retryBlocked()
{
    auto count = m_store.retryBlocked();
    if (count && *count > 0) {
        Q_EMIT outboxChanged();
        syncNow();
    }
    return count;
}

void SyncEngine::requestSync()
{
    m_debounceTimer.start();
}

void SyncEngine::syncNow()
{
    if (m_phase != Phase::Idle) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_debounceTimer.stop();
    m_report = {};
    m_progress = {};
    m_resetsThisCycle = 0;
    m_retryWanted = false;
    m_retryAfter.reset();
    m_phase = Phase::Pushing;
    Q_EMIT syncStarted();
    if (auto status = checkReady(); !status) {
        fail(status.error(), Retry::No);
        return;
    }
    prepareThenPush();
}

// Before the first push of a session: the server's info (limits, protocol, clock), then a token
// refresh when it is about to expire.
void SyncEngine::prepareThenPush()
{
    if (!m_info) {
        fetchInfo([this](const Result<ServerInfo> &info) {
            if (!info) {
                fail(info.error(), info.error().code == ErrorCode::Network ? Retry::Yes : Retry::No);
                return;
            }
            prepareThenPush();
        });
        return;
    }
    if (tokenNeedsRefresh()) {
        refreshToken([this](const Result<LoginReply> &refreshed) {
            if (!refreshed) {
                fail(refreshed.error(), m_tokenRejected ? Retry::No : Retry::Yes);
                return;
            }
            m_report.tokenRefreshed = true;
            prepareThenPush();
        });
        return;
    }
    pushNext();
}

void SyncEngine::noteRetryAfter(const HttpReply &reply)
{
    if ((reply.status == 429 || reply.status == 503) && reply.retryAfter)
        m_retryAfter = reply.retryAfter;
}

Status SyncEngine::checkReady()
{
    if (auto status = checkServerAddress(m_server); !status)
        return status;
    if (m_token.isEmpty() || m_tokenRejected)
        return Error{ErrorCode::Forbidden, tr("not signed in"), {}};
    auto state = m_store.state();
    if (!state)
        return state.error();
    if (state->userId.isEmpty())
        return Error{ErrorCode::Forbidden, tr("sign in first: the local database belongs to no user yet"), {}};
    return m_store.bindServer(m_server);
}

void SyncEngine::pushNext()
{
    auto pending = m_store.pendingMutations(std::clamp(m_batchLimit, 1, m_limits.maxMutationsPerPush));
    if (!pending) {
        fail(pending.error(), Retry::No);
        return;
    }
    if (pending->isEmpty()) {
        startPull();
        return;
    }

    QJsonArray mutations;
    QList<qint64> sent;
    qint64 bytes = 128; // the envelope: client id and keys
    for (const OutboxEntry &entry : std::as_const(*pending)) {
        const qint64 size = argsBytes(entry.args);
        if (size > m_limits.maxMutationBytes) {
            if (sent.isEmpty()) {
                blockHead(entry.mutationId, u"PAYLOAD_TOO_LARGE"_s,
                          u"its arguments are %1 bytes; the server takes at most %2"_s.arg(size).arg(
                                  m_limits.maxMutationBytes));
                startPull();
                return;
            }
            break;
        }
        const QJsonObject mutation{{u"id"_s, entry.mutationId},
                                   {u"name"_s, entry.name},
                                   {u"args"_s, entry.args},
                                   {u"client_time"_s, wireTime(entry.createdAt)}};
        const qint64 mutationBytes = QJsonDocument(mutation).toJson(QJsonDocument::Compact).size() + 1;
        if (!sent.isEmpty() && bytes + mutationBytes > m_limits.maxPushBytes)
            break;
        bytes += mutationBytes;
        mutations.append(mutation);
        sent.append(entry.mutationId);
    }

    const QJsonObject body{{u"client_id"_s, m_store.clientId()}, {u"mutations"_s, mutations}};
    qCDebug(lcSync) << "pushing" << sent.size() << "mutations from" << sent.constFirst();
    send("POST", u"/v1/sync/push"_s, body, true, [this, sent](const HttpReply &reply) { onPushReply(reply, sent); });
}

void SyncEngine::onPushReply(const HttpReply &reply, const QList<qint64> &sent)
{
    if (reply.status == 0) {
        setOnline(false);
        fail(httpError(tr("push failed"), reply), Retry::Yes);
        return;
    }
    setOnline(true);
    if (handleUnauthorized(reply))
        return;
    const qint64 head = sent.constFirst();

    if (reply.status == 200) {
        auto object = parseJsonBody(reply.contentType, reply.body, u"push response"_s);
        if (!object) {
            fail(object.error(), Retry::Yes);
            return;
        }
        auto parsed = PushReply::fromJson(*object);
        if (!parsed) {
            fail(parsed.error(), Retry::Yes);
            return;
        }
        const QSet<qint64> sentIds(sent.cbegin(), sent.cend());
        QSet<qint64> answered;
        for (const PushResult &result : std::as_const(parsed->results)) {
            if (!sentIds.contains(result.mutationId) || answered.contains(result.mutationId)) {
                fail(Error{ErrorCode::Network,
                           u"the push response answers mutation %1, which was not sent or is answered twice"_s.arg(
                                   result.mutationId),
                           {}},
                     Retry::Yes);
                return;
            }
            answered.insert(result.mutationId);
        }
        noteServerTime(parsed->serverTime, reply);
        auto recorded = m_store.recordPush(parsed->results, parsed->lastMutationId);
        if (!recorded) {
            fail(recorded.error(), Retry::No);
            return;
        }
        const int terminal = recorded->applied + recorded->rejected;
        m_report.pushed += static_cast<int>(sent.size());
        m_report.applied += recorded->applied;
        m_report.rejected += recorded->rejected;
        m_batchLimit = m_limits.maxMutationsPerPush;
        m_consecutiveFailures = 0;
        m_progress.phase = SyncProgress::Phase::Pushing;
        m_progress.pushed += terminal;
        Q_EMIT outboxChanged();
        Q_EMIT syncProgress(m_progress);
        if (terminal == sent.size()) {
            pushNext();
        } else {
            // retry / not_attempted: the server stopped in this batch; what follows must wait (G3).
            m_report.deferred += static_cast<int>(sent.size()) - terminal;
            startPull();
        }
        return;
    }

    const Problem problem = Problem::fromBody(reply.status, reply.contentType, reply.body);
    if (reply.status == 409 && problem.code == u"MUTATION_GAP") {
        const std::optional<qint64> expected = jsonInteger(problem.body.value(u"expected_id"_s));
        if (expected)
            m_report.gapExpectedId = *expected;
        m_report.errors.append(Error{ErrorCode::Conflict,
                                     u"the server expects mutation %1 next but the outbox's next is %2; nothing was "
                                     "skipped or renumbered"_s.arg(expected ? QString::number(*expected) : u"?"_s)
                                             .arg(head),
                                     {}});
        qCWarning(lcSync).noquote() << m_report.errors.constLast().message;
        startPull();
        return;
    }
    if (reply.status == 413) {
        if (sent.size() > 1) {
            m_batchLimit = static_cast<int>(sent.size() / 2);
            pushNext();
        } else {
            blockHead(head, u"PAYLOAD_TOO_LARGE"_s, problem.describe());
            startPull();
        }
        return;
    }
    if (reply.status == 500) {
        // Find the mutation the server fails on: halve the batch until it is sent alone, then count.
        if (sent.size() > 1) {
            m_batchLimit = static_cast<int>(sent.size() / 2);
            fail(httpError(tr("push failed"), reply), Retry::Yes);
            return;
        }
        auto failures = m_store.recordServerFailure(head);
        if (!failures) {
            fail(failures.error(), Retry::No);
            return;
        }
        if (*failures >= m_blockAfterFailures) {
            const QString why =
                    u"the server failed %1 times in a row on it (%2)"_s.arg(*failures).arg(problem.describe());
            blockHead(head, problem.code.isEmpty() ? u"INTERNAL"_s : problem.code, why);
            startPull();
            return;
        }
        fail(httpError(tr("push failed"), reply), Retry::Yes);
        return;
    }
    noteRetryAfter(reply);
    fail(httpError(tr("push refused"), reply), isTransientStatus(reply.status) ? Retry::Yes : Retry::No);
}

void SyncEngine::blockHead(qint64 mutationId, const QString &code, const QString &message)
{
    if (auto status = m_store.markBlocked(mutationId, code, message); !status) {
        m_report.errors.append(status.error());
        return;
    }
    ++m_report.blocked;
    m_report.errors.append(Error{ErrorCode::Network, u"mutation %1 is blocked: %2"_s.arg(mutationId).arg(message), {}});
    Q_EMIT outboxChanged();
}

void SyncEngine::startPull()
{
    m_phase = Phase::Pulling;
    auto state = m_store.state();
    if (!state) {
        fail(state.error(), Retry::No);
        return;
    }
    m_progress.phase = SyncProgress::Phase::Pulling;
    m_progress.initialSync = !state->cursor.has_value();
    requestPage(state->cursor);
}

QNetworkReply *SyncEngine::requestPage(const std::optional<QString> &cursor, bool ahead)
{
    const QJsonObject body{{u"client_id"_s, m_store.clientId()},
                           {u"cursor"_s, cursor ? QJsonValue(*cursor) : QJsonValue(QJsonValue::Null)},
                           {u"limit"_s, m_limits.defaultPullLimit}};
    return send("POST", u"/v1/sync/pull"_s, body, true,
                [this, cursor, cycle = m_pullCycle, ahead](const HttpReply &reply) {
                    onPullReply(reply, cursor, cycle, ahead);
                });
}

void SyncEngine::takeParkedPage()
{
    if (auto page = std::exchange(m_parkedPage, nullptr))
        page();
}

void SyncEngine::onPullReply(const HttpReply &reply, const std::optional<QString> &requested, quint64 cycle, bool ahead)
{
    // Pages are applied in order: one still parked goes before the reply that follows it.
    takeParkedPage();
    if (cycle != m_pullCycle || m_phase != Phase::Pulling)
        return;
    if (reply.status == 0) {
        setOnline(false);
        fail(httpError(tr("pull failed"), reply), Retry::Yes);
        return;
    }
    setOnline(true);
    if (handleUnauthorized(reply))
        return;
    if (reply.status == 410) {
        restartSnapshot();
        return;
    }
    if (reply.status != 200) {
        noteRetryAfter(reply);
        fail(httpError(tr("pull refused"), reply), isTransientStatus(reply.status) ? Retry::Yes : Retry::No);
        return;
    }
    auto object = parseJsonBody(reply.contentType, reply.body, u"pull response"_s);
    if (!object) {
        fail(object.error(), Retry::Yes);
        return;
    }
    // The next page is asked for as soon as its cursor is known, before this page is decoded and
    // applied. Its cursor is only stored with that page, in the page's own transaction; a reply to it
    // that arrives after this cycle failed is ignored.
    const QJsonValue nextCursor = object->value(u"cursor"_s);
    const bool askedAhead = object->value(u"has_more"_s).toBool() && !object->value(u"reset"_s).toBool() &&
                            nextCursor.isString() && !nextCursor.toString().isEmpty() &&
                            (!requested || nextCursor.toString() != *requested);
    if (askedAhead) {
        // The network access manager writes a request out over several turns of the event loop. The
        // page is parked until the request for the next one has left, so the server renders that one
        // while this one is applied (applied at the latest when the next reply arrives, whatever it is).
        QNetworkReply *next = requestPage(nextCursor.toString(), true);
        m_parkedPage = [this, object = std::move(*object), reply, requested, cycle, ahead] {
            if (cycle == m_pullCycle && m_phase == Phase::Pulling)
                takePullPage(object, reply, requested, ahead, true);
        };
        connect(next, &QNetworkReply::requestSent, this, &SyncEngine::takeParkedPage, Qt::SingleShotConnection);
        return;
    }
    takePullPage(*object, reply, requested, ahead, false);
}

void SyncEngine::takePullPage(const QJsonObject &object, const HttpReply &reply,
                              const std::optional<QString> &requested, bool ahead, bool askedAhead)
{
    auto page = PullPage::fromJson(object);
    if (!page) {
        fail(page.error(), Retry::Yes);
        return;
    }
    // A page asked for ahead waited for the page before it to be applied: its round trip says
    // nothing about the clock.
    if (!ahead)
        noteServerTime(page->serverTime, reply);
    if (page->reset) {
        restartSnapshot();
        return;
    }
    if (page->hasMore && requested && page->cursor == *requested) {
        fail(Error{ErrorCode::Network,
                   u"the server answered a pull with the cursor it was given and more to come"_s,
                   {}},
             Retry::Yes);
        return;
    }
    if (page->hasMore && !askedAhead)
        requestPage(page->cursor, true);
    auto applied = m_store.applyPull(*page);
    if (!applied) {
        fail(applied.error(), Retry::No);
        return;
    }
    m_report.pulledRows += page->changes.size();
    ++m_report.pages;
    m_progress.rows += page->changes.size();
    ++m_progress.pages;
    if (applied->outcomes > 0 || applied->overlayDropped > 0)
        Q_EMIT outboxChanged();
    Q_EMIT syncProgress(m_progress);
    if (!page->hasMore)
        finish();
}

void SyncEngine::restartSnapshot()
{
    if (++m_resetsThisCycle > kMaxResetsPerCycle) {
        fail(Error{ErrorCode::Network, u"the server asked for a new snapshot again and again"_s, {}}, Retry::Yes);
        return;
    }
    if (auto status = m_store.reset(); !status) {
        fail(status.error(), Retry::No);
        return;
    }
    ++m_report.resets;
    m_progress.initialSync = true;
    m_progress.rows = 0;
    m_progress.pages = 0;
    Q_EMIT outboxChanged();
    requestPage(std::nullopt);
}

void SyncEngine::fail(const Error &error, Retry retry)
{
    qCInfo(lcSync).noquote() << "sync cycle failed:" << error.describe();
    m_report.errors.append(error);
    m_retryWanted = retry == Retry::Yes;
    finish();
}

void SyncEngine::finish()
{
    m_phase = Phase::Idle;
    ++m_pullCycle;
    m_parkedPage = nullptr;
    if (auto status = m_store.setServerTimeOffset(m_serverTimeOffsetMs); !status)
        qCWarning(lcSync).noquote() << status.error().message;
    if (m_report.ok()) {
        if (auto status = m_store.setLastSyncAt(QDateTime::currentDateTimeUtc()); !status)
            qCWarning(lcSync).noquote() << status.error().message;
        if (auto pruned = m_store.pruneApplied(); !pruned)
            qCWarning(lcSync).noquote() << pruned.error().message;
    }
    if (m_retryWanted && m_autoRetry && !m_tokenRejected) {
        ++m_consecutiveFailures;
        // The server said when to come back (429, 503): that replaces the backoff.
        const std::chrono::milliseconds delay = m_retryAfter ? *m_retryAfter : m_backoff(m_consecutiveFailures);
        m_retryTimer.start(delay);
        m_report.retryScheduled = true;
        m_report.retryDelay = delay;
    } else if (!m_retryWanted) {
        m_consecutiveFailures = 0;
    }
    const SyncReport report = m_report;
    Q_EMIT syncFinished(report);
    if (m_again) {
        m_again = false;
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
    }
}

} // namespace Chrysalis
