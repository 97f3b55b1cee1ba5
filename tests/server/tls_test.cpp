// The server over TLS: a certificate the test makes with openssl, trusted explicitly by the client,
// so the handshake is verified for real (host name included), not waved through.
#include "tests/server/support/serverprocess.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

struct TlsReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

TlsReply getOverTls(const QUrl &url, const QList<QSslCertificate> &trusted)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(trusted);
    request.setSslConfiguration(configuration);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    TlsReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                    reply->readAll()};
    reply->deleteLater();
    return result;
}

} // namespace

TEST(Tls, ServesHttpsWithTheGivenCertificateAndRefusesHalfAConfiguration)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString certificate = dir.filePath(u"server.crt"_s);
    const QString key = dir.filePath(u"server.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                   u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();

    const QString db = u"sqlite:"_s + dir.filePath(u"marketplace.db"_s);
    auto server = ServerProcess::start(db, {u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
    const QUrl base = (*server)->baseUrl();
    EXPECT_EQ(base.scheme(), u"https"_s);

    const auto trusted = QSslCertificate::fromPath(certificate);
    ASSERT_EQ(trusted.size(), 1);
    const TlsReply health = getOverTls(base.resolved(QUrl(u"/v1/health"_s)), trusted);
    EXPECT_EQ(health.status, 200);
    EXPECT_TRUE(health.body.contains("\"ok\""));

    // Without trusting that certificate the client refuses the handshake.
    const TlsReply untrusted = getOverTls(base.resolved(QUrl(u"/v1/health"_s)), {});
    EXPECT_EQ(untrusted.error, QNetworkReply::SslHandshakeFailedError);

    // Plain HTTP to the TLS port gets no HTTP answer.
    QUrl plain = base;
    plain.setScheme(u"http"_s);
    HttpClient http(plain);
    EXPECT_EQ(http.get(u"/v1/health"_s).status, 0);

    // A certificate without its key, or a key that is not a key, is a clear start-up error.
    const CommandResult halfConfigured = runServerCommand(
            {u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, certificate}, {}, 30000);
    EXPECT_EQ(halfConfigured.exitCode, 1);
    EXPECT_TRUE(halfConfigured.standardError.contains(u"certificate and a key"_s))
            << halfConfigured.standardError.toStdString();
    const CommandResult badKey = runServerCommand({u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s,
                                                   u"--tls-cert"_s, certificate, u"--tls-key"_s, certificate},
                                                  {}, 30000);
    EXPECT_EQ(badKey.exitCode, 1);
    EXPECT_TRUE(badKey.standardError.contains(u"private key"_s)) << badKey.standardError.toStdString();
}

} // namespace Chrysalis::Testing
