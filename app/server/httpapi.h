#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>

class QTcpServer;

namespace Chrysalis {

// The HTTP face of the marketplace: routes CSP/1 requests to the engine and turns results into
// JSON or problem+json. Holds no state of its own beyond the listening socket, so any number of
// server processes can run on one database.
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

    explicit HttpApi(QJsonObject info, QObject *parent = nullptr);
    ~HttpApi() override;

    // Binds and starts serving; returns the port actually bound.
    Result<quint16> listen(const ListenOptions &options);
    bool usesTls() const { return m_tls; }

private:
    void addRoutes();

    QHttpServer m_http;
    QTcpServer *m_listener = nullptr;
    QJsonObject m_info;
    bool m_tls = false;
};

} // namespace Chrysalis
