#pragma once

#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>

#include <variant>

class QTcpServer;

namespace Chrysalis {

class AccountGate;
class SyncService;

// The HTTP face of the marketplace: routes CSP/1 requests to the sync service and the account
// gate and turns their answers into JSON or problem+json. It holds no marketplace state (only
// the listening socket and a sign-in throttle), so any number of server processes can share one
// database. A client's mistake is always a 4xx, never a 5xx.
class HttpApi : public QObject
{
    Q_OBJECT

public:
    struct ListenOptions {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        QString tlsCertificatePath;
        QString tlsKeyPath;
    };

    // info: the static part of GET /v1/info (protocol, limits, mutations, policy).
    HttpApi(QJsonObject info, SyncService &sync, AccountGate &accounts, QObject *parent = nullptr);
    ~HttpApi() override;

    // Binds and starts serving; returns the port actually bound.
    Result<quint16> listen(const ListenOptions &options);
    bool usesTls() const { return m_tls; }

    // Failed sign-ins allowed per username within the throttle window before 429.
    static constexpr int kMaxFailedLogins = 10;
    static constexpr qint64 kLoginWindowMs = 5 * 60 * 1000;

private:
    struct FailedLogins {
        int count = 0;
        QElapsedTimer since;
    };

    void addRoutes();
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse refresh(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);

    // The request's JSON object after checking size and protocol, or the problem to answer with.
    std::variant<QJsonObject, QHttpServerResponse> jsonBody(const QHttpServerRequest &request) const;
    // The account behind the bearer token, or the 401 to answer with.
    std::variant<QString, QHttpServerResponse> authenticate(const QHttpServerRequest &request);

    QHttpServer m_http;
    QTcpServer *m_listener = nullptr;
    QJsonObject m_info;
    SyncService &m_sync;
    AccountGate &m_accounts;
    QHash<QString, FailedLogins> m_failedLogins;
    bool m_tls = false;
};

} // namespace Chrysalis
