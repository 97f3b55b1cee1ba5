#include "tests/benchmarks/postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Chrysalis::Bench {

Result<std::unique_ptr<PostgresCluster>> PostgresCluster::start(const QString &stateDir)
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster(stateDir));
    auto output = cluster->script(u"start"_s);
    if (!output)
        return output.error();
    QFile file(QDir(stateDir).filePath(u"url"_s));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(u"postgres.sh wrote no URL"_s);
    cluster->m_url = QString::fromUtf8(file.readAll()).trimmed();
    cluster->m_description = output->trimmed();
    return cluster;
}

PostgresCluster::~PostgresCluster()
{
    if (auto stopped = script(u"stop"_s); !stopped)
        std::fprintf(stderr, "%s\n", stopped.error().describe().toUtf8().constData());
}

Result<QString> PostgresCluster::script(const QString &command) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"CHRYSALIS_PG_SHARED_BUFFERS"_s))
        environment.insert(u"CHRYSALIS_PG_SHARED_BUFFERS"_s, u"4GB"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"bash"_s, {QStringLiteral(CHRYSALIS_POSTGRES_SCRIPT), command, m_stateDir});
    if (!process.waitForFinished(180'000) || process.exitCode() != 0)
        return Error::internal(u"postgres.sh %1 failed: %2"_s.arg(command, QString::fromUtf8(process.readAll())));
    return QString::fromUtf8(process.readAll());
}

} // namespace Chrysalis::Bench
