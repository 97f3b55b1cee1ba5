#include "app/server/httpapi.h"

#include "app/server/problem.h"
#include "core/domain/jsonreader.h"
#include "core/logging.h"
#include "core/market/accountgate.h"
#include "core/market/syncservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

constexpr qsizetype kMaxAuthBodyBytes = 16 * 1024;
constexpr int kMaxUsernameLength = 64;
constexpr qsizetype kMaxThrottledNames = 10'000;

// Both ends of a sync write in pieces: QHttpServer an answer's head, then its body; Qt's HTTP client a
// request in 16 KiB writes. With Nagle's algorithm, a piece waits for the acknowledgement of the one
// before, and a peer that delays its acknowledgements (40 ms on Linux) stalls every request by that
// much — more than the server's own work on most pushes. So every connection sends at once, and
// acknowledges what it received at once: Qt's client keeps Nagle on and offers no way to turn it off.
void sendAndAcknowledgeAtOnce(QAbstractSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef TCP_QUICKACK
    // Quick acknowledgement is not sticky: Linux falls back to delayed ones once the connection looks
    // interactive, so it is asked for again whenever data arrives.
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] {
        const int on = 1;
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#endif
}

class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        sendAndAcknowledgeAtOnce(socket);
        addPendingConnection(socket);
    }
};

Result<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return Error::validation(
                u"cannot read the TLS certificate %1: %2"_s.arg(certificatePath, certificateFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::validation(u"%1 holds no PEM certificate"_s.arg(certificatePath));

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::validation(u"cannot read the TLS key %1: %2"_s.arg(keyPath, keyFile.errorString()));
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::validation(u"%1 holds no PEM RSA or EC private key"_s.arg(keyPath));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QHttpServerResponse fromSyncReply(const SyncReply &reply)
{
    if (!reply.isProblem() && !reply.json.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), reply.json);
    if (!reply.isProblem())
        return jsonResponse(reply.body);
    QJsonObject extra = reply.body;
    const QString code = extra.take(u"code"_s).toString();
    const QString detail = extra.take(u"detail"_s).toString();
    const bool retryable = extra.take(u"retryable"_s).toBool();
    extra.remove(u"status"_s);
    return problemResponse(static_cast<HttpStatus>(reply.status), code, detail, retryable, extra);
}

QJsonObject signInJson(const SignIn &signIn)
{
    return {{u"token"_s, signIn.token}, {u"expires_at"_s, wireTime(signIn.expiresAt)}, {u"account"_s, signIn.account}};
}

QHttpServerResponse internalError(const Error &error)
{
    qCWarning(lcServer).noquote() << error.describe();
    return problemResponse(HttpStatus::InternalServerError, u"INTERNAL"_s, u"the server failed; try again"_s, true);
}

QString bearerToken(const QHttpServerRequest &request)
{
    // The scheme name is case-insensitive (RFC 9110).
    const QByteArray header = request.value("Authorization").trimmed();
    if (header.size() < 7 || header.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

} // namespace

HttpApi::HttpApi(QJsonObject info, SyncService &sync, AccountGate &accounts, QObject *parent)
    : QObject(parent), m_info(std::move(info)), m_sync(sync), m_accounts(accounts)
{
    addRoutes();
}

HttpApi::~HttpApi() = default;

Result<quint16> HttpApi::listen(const ListenOptions &options)
{
    const bool wantsTls = !options.tlsCertificatePath.isEmpty() || !options.tlsKeyPath.isEmpty();
    if (wantsTls) {
        if (options.tlsCertificatePath.isEmpty() || options.tlsKeyPath.isEmpty())
            return Error::validation(u"TLS needs both a certificate and a key"_s);
        if (!QSslSocket::supportsSsl())
            return Error::validation(u"this build of Qt has no TLS support"_s);
        auto configuration = loadTls(options.tlsCertificatePath, options.tlsKeyPath);
        if (!configuration)
            return configuration.error();
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*configuration);
        connect(sslServer, &QSslServer::startedEncryptionHandshake, sslServer, &sendAndAcknowledgeAtOnce);
        m_listener = sslServer;
        m_tls = true;
    } else {
        m_listener = new LowDelayTcpServer(this);
    }
    if (!m_listener->listen(options.address, options.port)) {
        return Error{ErrorCode::Network,
                     u"cannot listen on %1:%2: %3"_s.arg(options.address.toString())
                             .arg(options.port)
                             .arg(m_listener->errorString()),
                     {}};
    }
    m_http.bind(m_listener);
    return m_listener->serverPort();
}

std::variant<QJsonObject, QHttpServerResponse> HttpApi::jsonBody(const QHttpServerRequest &request) const
{
    const QByteArray protocol = request.value("CSP-Protocol");
    if (!protocol.isEmpty() && protocol != "1")
        return problemResponse(HttpStatus::UpgradeRequired, u"UPGRADE_REQUIRED"_s, u"this server speaks CSP/1 only"_s);
    const QByteArray body = request.body();
    if (body.size() > m_sync.limits().maxPushBytes)
        return problemResponse(HttpStatus::PayloadTooLarge, u"PAYLOAD_TOO_LARGE"_s,
                               u"requests are limited to %1 bytes"_s.arg(m_sync.limits().maxPushBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return problemResponse(
                HttpStatus::BadRequest, u"MALFORMED_REQUEST"_s,
                u"the body is not valid JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return problemResponse(HttpStatus::BadRequest, u"MALFORMED_REQUEST"_s, u"the body must be a JSON object"_s);
    return document.object();
}

std::variant<QString, QHttpServerResponse> HttpApi::authenticate(const QHttpServerRequest &request)
{
    const QString token = bearerToken(request);
    if (token.isEmpty() || token.size() > 256)
        return problemResponse(HttpStatus::Unauthorized, u"UNAUTHENTICATED"_s, u"sign in first"_s);
    const auto check = m_accounts.checkToken(token);
    if (!check)
        return internalError(check.error());
    switch (check->state) {
    case TokenState::Valid:
        return check->accountId;
    case TokenState::Expired:
        return problemResponse(HttpStatus::Unauthorized, u"TOKEN_EXPIRED"_s,
                               u"the session has expired; sign in again"_s);
    case TokenState::Revoked:
    case TokenState::Unknown:
        break;
    }
    return problemResponse(HttpStatus::Unauthorized, u"UNAUTHENTICATED"_s, u"the token is not valid; sign in again"_s);
}

QHttpServerResponse HttpApi::login(const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxAuthBodyBytes)
        return problemResponse(HttpStatus::PayloadTooLarge, u"PAYLOAD_TOO_LARGE"_s,
                               u"the sign-in request is too large"_s);
    auto parsed = jsonBody(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*problem);
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QJsonValue username = body.value(u"username"_s);
    const QJsonValue password = body.value(u"password"_s);
    if (!username.isString() || !password.isString() || username.toString().isEmpty() ||
        username.toString().size() > kMaxUsernameLength) {
        return problemResponse(HttpStatus::BadRequest, u"MALFORMED_REQUEST"_s,
                               u"username and password must be strings"_s);
    }

    const QString key = username.toString().toLower();
    auto found = m_failedLogins.find(key);
    if (found != m_failedLogins.end() && found->since.elapsed() > kLoginWindowMs)
        found = m_failedLogins.erase(found);
    if (found != m_failedLogins.end() && found->count >= kMaxFailedLogins) {
        const qint64 waitSeconds = (kLoginWindowMs - found->since.elapsed()) / 1000 + 1;
        QHttpServerResponse response = problemResponse(HttpStatus::TooManyRequests, u"RATE_LIMITED"_s,
                                                       u"too many failed sign-ins; wait %1 s"_s.arg(waitSeconds), true);
        response.setHeader("Retry-After", QByteArray::number(waitSeconds));
        return response;
    }

    const auto signIn = m_accounts.login(username.toString(), password.toString());
    if (!signIn) {
        if (signIn.error().code != ErrorCode::Forbidden)
            return internalError(signIn.error());
        if (m_failedLogins.size() >= kMaxThrottledNames) {
            // Guessed names must not grow the table without bound: drop what has expired, and if
            // that is not enough start afresh (the throttle is a brake, not the only defence).
            m_failedLogins.removeIf([](const auto &entry) { return entry.value().since.elapsed() > kLoginWindowMs; });
            if (m_failedLogins.size() >= kMaxThrottledNames)
                m_failedLogins.clear();
        }
        FailedLogins &failed = m_failedLogins[key];
        if (failed.count == 0)
            failed.since.start();
        ++failed.count;
        return problemResponse(HttpStatus::Unauthorized, u"UNAUTHENTICATED"_s, u"wrong username or password"_s);
    }
    m_failedLogins.remove(key);
    return jsonResponse(signInJson(*signIn));
}

QHttpServerResponse HttpApi::refresh(const QHttpServerRequest &request)
{
    auto account = authenticate(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&account))
        return std::move(*problem);
    const auto signIn = m_accounts.refresh(bearerToken(request));
    if (!signIn)
        return internalError(signIn.error());
    return jsonResponse(signInJson(*signIn));
}

QHttpServerResponse HttpApi::logout(const QHttpServerRequest &request)
{
    auto account = authenticate(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&account))
        return std::move(*problem);
    if (auto status = m_accounts.logout(bearerToken(request)); !status)
        return internalError(status.error());
    return jsonResponse({{u"signed_out"_s, true}});
}

QHttpServerResponse HttpApi::push(const QHttpServerRequest &request)
{
    auto account = authenticate(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&account))
        return std::move(*problem);
    auto parsed = jsonBody(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*problem);
    return fromSyncReply(m_sync.push(std::get<QString>(account), std::get<QJsonObject>(parsed)));
}

QHttpServerResponse HttpApi::pull(const QHttpServerRequest &request)
{
    auto account = authenticate(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&account))
        return std::move(*problem);
    auto parsed = jsonBody(request);
    if (auto *problem = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*problem);
    return fromSyncReply(m_sync.pullSerialized(std::get<QString>(account), std::get<QJsonObject>(parsed)));
}

void HttpApi::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(u"/v1/health"_s, Method::Get, [this] {
        return jsonResponse({{u"status"_s, u"ok"_s}, {u"server_time"_s, wireTime(m_sync.now())}});
    });
    m_http.route(u"/v1/info"_s, Method::Get, [this] {
        QJsonObject info = m_info;
        info.insert(u"server_time"_s, wireTime(m_sync.now()));
        return jsonResponse(info);
    });
    m_http.route(u"/v1/auth/login"_s, Method::Post, [this](const QHttpServerRequest &r) { return login(r); });
    m_http.route(u"/v1/auth/refresh"_s, Method::Post, [this](const QHttpServerRequest &r) { return refresh(r); });
    m_http.route(u"/v1/auth/logout"_s, Method::Post, [this](const QHttpServerRequest &r) { return logout(r); });
    m_http.route(u"/v1/sync/push"_s, Method::Post, [this](const QHttpServerRequest &r) { return push(r); });
    m_http.route(u"/v1/sync/pull"_s, Method::Post, [this](const QHttpServerRequest &r) { return pull(r); });
    // Known paths with any other method get a 405 rather than the router's bare 404.
    const QHttpServerRequest::Methods every = Method::Get | Method::Put | Method::Delete | Method::Post | Method::Head |
                                              Method::Options | Method::Patch | Method::Connect | Method::Trace;
    const QList<std::pair<QString, Method>> endpoints{
            {u"/v1/health"_s, Method::Get},       {u"/v1/info"_s, Method::Get},
            {u"/v1/auth/login"_s, Method::Post},  {u"/v1/auth/refresh"_s, Method::Post},
            {u"/v1/auth/logout"_s, Method::Post}, {u"/v1/sync/push"_s, Method::Post},
            {u"/v1/sync/pull"_s, Method::Post},
    };
    for (const auto &[path, allowed] : endpoints) {
        QHttpServerRequest::Methods others = every;
        others.setFlag(allowed, false);
        m_http.route(path, others, [allowed = allowed] {
            QHttpServerResponse response = problemResponse(HttpStatus::MethodNotAllowed, u"MALFORMED_REQUEST"_s,
                                                           u"this endpoint does not take that method"_s);
            response.setHeader("Allow", allowed == Method::Get ? "GET" : "POST");
            return response;
        });
    }
}

} // namespace Chrysalis
