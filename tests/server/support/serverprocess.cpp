#include "tests/server/support/serverprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

QString serverBinary()
{
    return qEnvironmentVariable("CHRYSALIS_SERVER_BINARY", QStringLiteral(CHRYSALIS_SERVER_BINARY));
}

CommandResult runServerCommand(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(serverBinary(), arguments);
    CommandResult result;
    if (!process.waitForStarted(10000)) {
        result.standardError = u"cannot start "_s + serverBinary();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.standardError = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CommandResult addServerUser(const QString &databaseUrl, const QString &name, const QString &password,
                            const QString &roles, const QString &tier, const QString &standing)
{
    return runServerCommand({u"admin"_s, u"--db"_s, databaseUrl, u"add-user"_s, name, u"--password-file"_s, u"-"_s,
                             u"--roles"_s, roles, u"--tier"_s, tier, u"--standing"_s, standing},
                            password.toUtf8() + '\n');
}

Result<std::unique_ptr<ServerProcess>> ServerProcess::start(const QString &databaseUrl, const QStringList &extra)
{
    std::unique_ptr<ServerProcess> server(new ServerProcess);
    server->m_process = std::make_unique<QProcess>();
    server->m_process->setProcessChannelMode(QProcess::MergedChannels);
    server->m_process->start(serverBinary(),
                             QStringList{u"serve"_s, u"--db"_s, databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
    if (!server->m_process->waitForStarted(10000))
        return Error::internal(u"cannot start "_s + serverBinary());

    static const QRegularExpression listening(u"listening on (https?://127\\.0\\.0\\.1:\\d+)"_s);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!server->m_process->waitForReadyRead(200) && server->m_process->state() == QProcess::NotRunning)
            break;
        server->m_output += QString::fromUtf8(server->m_process->readAll());
        const auto match = listening.match(server->m_output);
        if (match.hasMatch()) {
            server->m_baseUrl = QUrl(match.captured(1));
            return server;
        }
    }
    return Error::internal(u"the server did not start:\n"_s + server->m_output);
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
}

void ServerProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

double ServerProcess::cpuSeconds() const
{
    if (!isRunning())
        return -1.0;
    QFile stat(u"/proc/%1/stat"_s.arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1.0;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1.0;
    const double ticks = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

QString ServerProcess::output() const
{
    return m_output + QString::fromUtf8(m_process->readAll());
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply HttpClient::get(const QString &path)
{
    return send(u"GET"_s, path, {}, {});
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return send(u"POST"_s, path, body, contentType);
}

Result<QJsonObject> HttpClient::login(const QString &username, const QString &password)
{
    const HttpReply reply = post(u"/v1/auth/login"_s, {{u"username"_s, username}, {u"password"_s, password}});
    if (reply.status != 200)
        return Error::validation(
                u"login of %1 failed with %2: %3"_s.arg(username).arg(reply.status).arg(QString::fromUtf8(reply.body)));
    m_token = reply.json().value(u"token"_s).toString();
    return reply.json().value(u"account"_s).toObject();
}

HttpReply HttpClient::send(const QString &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

} // namespace Chrysalis::Testing
