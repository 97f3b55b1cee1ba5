#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace Chrysalis::Bench {

// A throwaway PostgreSQL cluster from tests/support/postgres.sh, stopped and removed on destruction. Unless
// CHRYSALIS_PG_SHARED_BUFFERS is set, it gets shared_buffers of a server's share of memory (4 GB) rather
// than the tests' 32 MB, so the figures are a configured server's.
class PostgresCluster
{
public:
    static Result<std::unique_ptr<PostgresCluster>> start(const QString &stateDir);
    ~PostgresCluster();

    const QString &url() const { return m_url; }
    // What postgres.sh said when it started the cluster: version, port and data directory.
    const QString &description() const { return m_description; }

private:
    explicit PostgresCluster(QString stateDir) : m_stateDir(std::move(stateDir)) { }
    Result<QString> script(const QString &command) const;

    QString m_stateDir;
    QString m_url;
    QString m_description;
};

} // namespace Chrysalis::Bench
