#include "tests/core/sync/fakesyncserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    default:
        return "OTHER";
    }
}

} // namespace

FakeSyncServer::Reply FakeSyncServer::Reply::json(int status, const QJsonObject &body)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), false, false, {}};
}

FakeSyncServer::Reply FakeSyncServer::Reply::problem(int status, const QString &code, const QString &detail,
                                                     const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"type"_s, QString(u"https://chrysalis.example.org/problems/"_s + code.toLower()));
    body.insert(u"title"_s, code);
    body.insert(u"status"_s, status);
    body.insert(u"detail"_s, detail);
    body.insert(u"code"_s, code);
    body.insert(u"retryable"_s, status >= 500);
    return {status, "application/problem+json", QJsonDocument(body).toJson(QJsonDocument::Compact), false, false, {}};
}

FakeSyncServer::Reply FakeSyncServer::Reply::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    return {status, contentType, body, false, false, {}};
}

FakeSyncServer::FakeSyncServer()
{
    accounts.insert(u"ada"_s, u"01900000-0000-7000-8000-00000000ada0"_s);
    accounts.insert(u"bob"_s, u"01900000-0000-7000-8000-00000000b0b0"_s);
}

FakeSyncServer::~FakeSyncServer() = default;

bool FakeSyncServer::start()
{
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0))
        return false;
    bind(m_listener);
    return true;
}

QUrl FakeSyncServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_listener ? m_listener->serverPort() : 0);
    return url;
}

qint64 FakeSyncServer::upsert(const QString &entity, const QString &id, const QJsonObject &data, qint64 version)
{
    const qint64 seq = m_seq + 1;
    return append(false, {{u"entity"_s, entity},
                          {u"id"_s, id},
                          {u"op"_s, u"upsert"_s},
                          {u"version"_s, version > 0 ? version : seq},
                          {u"data"_s, data}});
}

qint64 FakeSyncServer::remove(const QString &entity, const QString &id, qint64 version)
{
    const qint64 seq = m_seq + 1;
    return append(false, {{u"entity"_s, entity},
                          {u"id"_s, id},
                          {u"op"_s, u"delete"_s},
                          {u"version"_s, version > 0 ? version : seq}});
}

qint64 FakeSyncServer::append(bool isOutcome, QJsonObject json)
{
    ++m_seq;
    if (!isOutcome)
        json.insert(u"seq"_s, m_seq);
    m_log.append({m_seq, isOutcome, json});
    return m_seq;
}

QList<FakeSyncServer::Request> FakeSyncServer::requestsTo(const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

QList<QList<qint64>> FakeSyncServer::pushedBatches() const
{
    QList<QList<qint64>> batches;
    for (const Request &request : requestsTo(u"/v1/sync/push"_s)) {
        QList<qint64> ids;
        for (const QJsonValue &mutation : request.body.value(u"mutations"_s).toArray())
            ids.append(mutation.toObject().value(u"id"_s).toInteger());
        batches.append(ids);
    }
    return batches;
}

int FakeSyncServer::effectsOf(qint64 mutationId) const
{
    return static_cast<int>(std::count_if(m_effects.cbegin(), m_effects.cend(),
                                          [&](const Effect &effect) { return effect.mutationId == mutationId; }));
}

QString FakeSyncServer::serverTime() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(serverClockOffsetMs).toString(Qt::ISODateWithMs);
}

bool FakeSyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request received;
    received.method = methodName(request.method());
    received.path = request.url().path();
    received.authorization = request.value("Authorization");
    received.contentType = request.value("Content-Type");
    received.body = QJsonDocument::fromJson(request.body()).object();
    m_requests.append(received);

    const Reply reply = answer(received);
    const bool held = replyDelayMs > 0 && received.path.startsWith(u"/v1/sync/"_s);
    ++m_holding;
    maxConcurrent = std::max(maxConcurrent, m_holding);
    if (!held) {
        --m_holding;
        send(socket, reply);
        return true;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(replyDelayMs, this, [this, guarded, reply] {
        --m_holding;
        if (guarded)
            send(guarded, reply);
    });
    return true;
}

void FakeSyncServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, Reply::problem(404, u"NOT_FOUND"_s, u"no such endpoint"_s));
}

void FakeSyncServer::send(QTcpSocket *socket, const Reply &reply)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    response += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.hangUpMidBody) {
        socket->write(response + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(response + reply.body);
}

FakeSyncServer::Reply FakeSyncServer::answer(const Request &request)
{
    const bool authenticated = request.path.startsWith(u"/v1/sync/"_s);
    if (authenticated && request.authorization != "Bearer " + token.toUtf8())
        return Reply::problem(401, u"TOKEN_EXPIRED"_s, u"the token expired"_s);

    const auto model = [&]() -> Reply {
        if (request.path == u"/v1/info" && request.method == "GET")
            return info();
        if (request.path == u"/v1/auth/login" && request.method == "POST")
            return login(request.body);
        if (request.path == u"/v1/sync/push" && request.method == "POST")
            return push(request.body);
        if (request.path == u"/v1/sync/pull" && request.method == "POST")
            return pull(request.body);
        return Reply::problem(404, u"NOT_FOUND"_s, u"no such endpoint"_s);
    };
    if (!m_script.value(request.path).isEmpty()) {
        const Reply scripted = m_script[request.path].dequeue();
        if (scripted.applyFirst)
            model();
        return scripted;
    }
    return model();
}

FakeSyncServer::Reply FakeSyncServer::info() const
{
    QJsonObject body{{u"protocol"_s, QJsonObject{{u"min"_s, 1}, {u"max"_s, 1}}},
                     {u"mutations"_s, QJsonArray{u"answer.submit@1"_s, u"lease.claim@1"_s}},
                     {u"policy_version"_s, u"2025-01"_s},
                     {u"server_time"_s, serverTime()}};
    if (!limits.isEmpty())
        body.insert(u"limits"_s, limits);
    return Reply::json(200, body);
}

FakeSyncServer::Reply FakeSyncServer::login(const QJsonObject &body)
{
    const QString username = body.value(u"username"_s).toString();
    if (!accounts.contains(username) || body.value(u"password"_s).toString() != u"secret")
        return Reply::problem(401, u"UNAUTHENTICATED"_s, u"wrong username or password"_s);
    return Reply::json(200,
                       {{u"token"_s, token},
                        {u"expires_at"_s, QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODateWithMs)},
                        {u"account"_s, QJsonObject{{u"id"_s, accounts.value(username)}, {u"username"_s, username}}}});
}

FakeSyncServer::Reply FakeSyncServer::push(const QJsonObject &body)
{
    if (!body.value(u"client_id"_s).isString() || !body.value(u"mutations"_s).isArray())
        return Reply::problem(400, u"MALFORMED_REQUEST"_s, u"client_id and mutations are required"_s);

    // One transaction per request: a 500 rolls everything back.
    const qint64 savedLast = lastMutationId;
    const auto savedEffects = m_effects;
    const auto savedOutcomes = m_outcomes;
    const auto savedLog = m_log;
    const qint64 savedSeq = m_seq;

    QJsonArray results;
    bool processed = false;
    bool stopped = false;
    for (const QJsonValue &value : body.value(u"mutations"_s).toArray()) {
        const QJsonObject mutation = value.toObject();
        const qint64 id = mutation.value(u"id"_s).toInteger(0);
        const QString name = mutation.value(u"name"_s).toString();
        if (id <= 0)
            return Reply::problem(400, u"MALFORMED_REQUEST"_s, u"mutation ids are positive integers"_s);
        if (stopped) {
            results.append(QJsonObject{{u"id"_s, id}, {u"status"_s, u"not_attempted"_s}});
            continue;
        }
        if (id <= lastMutationId) {
            QJsonObject original = m_outcomes.value(id);
            original.remove(u"id"_s);
            results.append(QJsonObject{{u"id"_s, id}, {u"status"_s, u"already_applied"_s}, {u"outcome"_s, original}});
            processed = true;
            continue;
        }
        if (id > lastMutationId + 1) {
            if (!processed) {
                return Reply::problem(409, u"MUTATION_GAP"_s, u"mutations must arrive without gaps"_s,
                                      {{u"expected_id"_s, lastMutationId + 1}});
            }
            stopped = true;
            results.append(QJsonObject{{u"id"_s, id}, {u"status"_s, u"not_attempted"_s}});
            continue;
        }
        if (crashOn.contains(id)) {
            lastMutationId = savedLast;
            m_effects = savedEffects;
            m_outcomes = savedOutcomes;
            m_log = savedLog;
            m_seq = savedSeq;
            return Reply::problem(500, u"INTERNAL"_s, u"the handler crashed"_s);
        }
        if (retryNames.contains(name)) {
            results.append(QJsonObject{{u"id"_s, id},
                                       {u"status"_s, u"retry"_s},
                                       {u"code"_s, u"UNSUPPORTED_MUTATION"_s},
                                       {u"message"_s, QString(u"this server does not know "_s + name)}});
            stopped = true;
            continue;
        }
        QJsonObject outcome{{u"id"_s, id}};
        if (rejectByName.contains(name)) {
            const Rejection &rejection = rejectByName[name];
            outcome.insert(u"status"_s, u"rejected"_s);
            outcome.insert(u"code"_s, rejection.code);
            outcome.insert(u"message"_s, rejection.message);
            outcome.insert(u"details"_s, rejection.details);
        } else {
            outcome.insert(u"status"_s, u"applied"_s);
            const QJsonObject args = mutation.value(u"args"_s).toObject();
            m_effects.append({id, name, args});
            // A test handler: args {entity, id, data} upsert that entity.
            if (args.contains(u"entity"_s))
                upsert(args.value(u"entity"_s).toString(), args.value(u"id"_s).toString(),
                       args.value(u"data"_s).toObject());
        }
        m_outcomes.insert(id, outcome);
        append(true, outcome);
        lastMutationId = id;
        results.append(outcome);
        processed = true;
    }
    return Reply::json(
            200, {{u"last_mutation_id"_s, lastMutationId}, {u"results"_s, results}, {u"server_time"_s, serverTime()}});
}

FakeSyncServer::Reply FakeSyncServer::pull(const QJsonObject &body)
{
    qint64 from = 0;
    const QJsonValue cursor = body.value(u"cursor"_s);
    if (cursor.isString()) {
        const QStringList parts = cursor.toString().split(u':');
        bool epochOk = false;
        bool seqOk = false;
        const int epoch = parts.size() == 2 ? parts.at(0).mid(1).toInt(&epochOk) : 0;
        from = parts.size() == 2 ? parts.at(1).toLongLong(&seqOk) : 0;
        if (!epochOk || !seqOk || epoch != m_epoch)
            return Reply::json(200, {{u"reset"_s, true}, {u"server_time"_s, serverTime()}});
    } else if (!cursor.isNull()) {
        return Reply::problem(400, u"MALFORMED_REQUEST"_s, u"cursor must be a string or null"_s);
    }
    int limit = body.value(u"limit"_s).toInt(2000);
    if (pageSize > 0)
        limit = std::min(limit, pageSize);

    QJsonArray changes;
    QJsonArray outcomes;
    qint64 next = from;
    int taken = 0;
    bool hasMore = false;
    for (const LogEntry &entry : std::as_const(m_log)) {
        if (entry.seq <= from)
            continue;
        if (taken == limit) {
            hasMore = true;
            break;
        }
        (entry.isOutcome ? outcomes : changes).append(entry.json);
        next = entry.seq;
        ++taken;
    }
    return Reply::json(200, {{u"cursor"_s, u"e%1:%2"_s.arg(m_epoch).arg(next)},
                             {u"has_more"_s, hasMore},
                             {u"reset"_s, false},
                             {u"changes"_s, changes},
                             {u"last_mutation_id"_s, lastMutationId},
                             {u"mutation_outcomes"_s, outcomes},
                             {u"server_time"_s, serverTime()}});
}

} // namespace Chrysalis::Testing
