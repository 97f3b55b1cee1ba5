#include "ui/session/localmarketplace.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Chrysalis {

LocalMarketplace::LocalMarketplace(QObject *parent) : QObject(parent), m_program(defaultProgram())
{
    m_timeout.setSingleShot(true);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop();
        finishStart(
                Error{ErrorCode::Network, tr("The local marketplace did not start in time.\n%1").arg(m_output), {}});
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += QString::fromLocal8Bit(m_process.readAllStandardOutput());
        if (!m_done)
            return;
        static const QRegularExpression listening(u"listening on (https?://\\S+)"_s);
        const QRegularExpressionMatch match = listening.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            finishStart(m_url);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finishStart(Error{ErrorCode::Internal,
                              tr("Cannot run the local marketplace %1: %2").arg(m_program, m_process.errorString()),
                              {}});
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        finishStart(Error{ErrorCode::Internal,
                          tr("The local marketplace stopped (exit code %1).\n%2").arg(exitCode).arg(m_output),
                          {}});
    });
}

LocalMarketplace::~LocalMarketplace()
{
    m_done = nullptr;
    stop();
}

QString LocalMarketplace::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"chrysalis-server"_s);
}

void LocalMarketplace::start(const QString &databasePath, std::function<void(const Result<QUrl> &)> done)
{
    if (isRunning()) {
        done(Error{ErrorCode::Internal, tr("The local marketplace is already running."), {}});
        return;
    }
    if (!QFileInfo(m_program).isExecutable()) {
        done(Error{ErrorCode::NotFound,
                   tr("The local marketplace program %1 is missing; reinstall Chrysalis.").arg(m_program),
                   {}});
        return;
    }
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    m_output.clear();
    m_url.clear();
    m_done = std::move(done);
    m_timeout.start(m_startTimeoutMs);
    qCInfo(lcUi).noquote() << "starting the local marketplace" << m_program << "on" << databasePath;
    m_process.start(m_program,
                    {u"serve"_s, u"--db"_s, u"sqlite:"_s + databasePath, u"--listen"_s, u"127.0.0.1:0"_s, u"--demo"_s});
}

void LocalMarketplace::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void LocalMarketplace::finishStart(const Result<QUrl> &result)
{
    m_timeout.stop();
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(result);
}

} // namespace Chrysalis
