#pragma once

#include "core/result.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace Chrysalis {

// "Try it locally": a chrysalis-server child process serving a demo marketplace from a file in the
// client's data folder on 127.0.0.1 and an ephemeral port. Stopped when this object goes.
class LocalMarketplace : public QObject
{
    Q_OBJECT

public:
    explicit LocalMarketplace(QObject *parent = nullptr);
    ~LocalMarketplace() override;

    // The server binary installed next to the client.
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    // How long start() waits for the "listening on" line (default 30 s).
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }

    // Starts `serve --db sqlite:DATABASE --listen 127.0.0.1:0 --demo`; `done` gets the address it
    // listens on, or why it did not start (missing binary, exit, timeout).
    void start(const QString &databasePath, std::function<void(const Result<QUrl> &)> done);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }
    QString output() const { return m_output; }

private:
    void finishStart(const Result<QUrl> &result);

    QProcess m_process;
    QString m_program;
    QString m_output;
    QUrl m_url;
    QTimer m_timeout;
    int m_startTimeoutMs = 30'000;
    std::function<void(const Result<QUrl> &)> m_done;
};

} // namespace Chrysalis
