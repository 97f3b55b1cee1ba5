#pragma once

#include "core/result.h"
#include "tests/support/qtprinters.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Chrysalis::Testing {

// The path of the chrysalis-server binary under test (from CHRYSALIS_SERVER_BINARY).
QString serverBinary();

// Runs `chrysalis-server ARGS…` to completion (admin commands); returns exit code and output.
struct CommandResult {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};
CommandResult runServerCommand(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000);
// `admin add-user` on the database: the account, its password (given on standard input), roles, tier and standing.
CommandResult addServerUser(const QString &databaseUrl, const QString &name, const QString &password,
                            const QString &roles, const QString &tier = QStringLiteral("bronze"),
                            const QString &standing = QStringLiteral("caterpillar"));

// A real chrysalis-server process serving on 127.0.0.1 with an ephemeral port. Killed on
// destruction; kill() is the abrupt kill -9 the reliability tests need.
class ServerProcess
{
public:
    // Starts `serve --db DB --listen 127.0.0.1:0 EXTRA…` and waits for its "listening on" line.
    static Result<std::unique_ptr<ServerProcess>> start(const QString &databaseUrl, const QStringList &extra = {});
    ~ServerProcess();

    QUrl baseUrl() const { return m_baseUrl; }
    void kill();
    bool isRunning() const;
    // CPU time (user + system) the server process has used so far, from /proc; -1 when unknown.
    double cpuSeconds() const;
    QString output() const;

private:
    ServerProcess() = default;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_output;
};

// A blocking HTTP client for tests (the event loop spins while a request is in flight).
struct HttpReply {
    int status = 0; // 0: no response at all (connection refused, reset, timeout)
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const;
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base) : m_base(std::move(base)) { }
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }

    HttpReply get(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply postRaw(const QString &path, const QByteArray &body,
                      const QByteArray &contentType = QByteArrayLiteral("application/json"));
    // Signs in and keeps the token; returns the account JSON.
    Result<QJsonObject> login(const QString &username, const QString &password);

private:
    HttpReply send(const QString &method, const QString &path, const QByteArray &body, const QByteArray &contentType);

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace Chrysalis::Testing
