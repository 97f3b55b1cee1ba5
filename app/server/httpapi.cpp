#include "app/server/httpapi.h"

#include "app/server/problem.h"
#include "core/logging.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

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

} // namespace

HttpApi::HttpApi(QJsonObject info, QObject *parent) : QObject(parent), m_info(std::move(info))
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
        m_listener = sslServer;
        m_tls = true;
    } else {
        m_listener = new QTcpServer(this);
    }
    if (!m_listener->listen(options.address, options.port)) {
        return Error{ErrorCode::Network,
                     u"cannot listen on %1:%2: %3"_s.arg(options.address.toString())
                             .arg(options.port)
                             .arg(m_listener->errorString()),
                     {}};
    }
    m_http.bind(m_listener);
    qCInfo(lcServer) << "listening on" << options.address << m_listener->serverPort() << (m_tls ? "(TLS)" : "");
    return m_listener->serverPort();
}

void HttpApi::addRoutes()
{
    m_http.route(u"/v1/health"_s, QHttpServerRequest::Method::Get, [] {
        return jsonResponse({{u"status"_s, u"ok"_s}, {u"server_time"_s, nowUtc()}});
    });
    m_http.route(u"/v1/info"_s, QHttpServerRequest::Method::Get, [this] {
        QJsonObject info = m_info;
        info.insert(u"server_time"_s, nowUtc());
        return jsonResponse(info);
    });
}

} // namespace Chrysalis
