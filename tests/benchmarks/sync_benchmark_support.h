#pragma once

#include "core/result.h"
#include "tests/server/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace Chrysalis::Bench {

// The machine a benchmark ran on, for the report: CPU model, cores, memory, kernel, Qt.
struct MachineInfo {
    QString cpuModel;
    int cores = 0;
    double memoryGiB = 0.0;
    QString kernel;
    QString qtVersion;

    static MachineInfo current();
    QString describe() const;
};

// One named mutation of a push batch.
struct NamedMutation {
    QString name;
    QJsonObject args;
};

// One raw pull page: the request's wall time (send to last byte: server work and loopback transfer),
// then the client's JSON parse time, kept apart so server throughput can be read without the client.
struct RawPage {
    QJsonObject json;
    qint64 bytes = 0;
    int changes = 0;
    QString cursor;
    bool hasMore = false;
    bool reset = false;
    double requestMs = 0.0;
    double parseMs = 0.0;
};

// A CSP/1 client without the LocalStore: one client id, mutation ids counted up from 1, blocking
// calls. It treats anything but a 200 with every mutation applied as a failure, so a benchmark never
// times work the server refused.
class ProtocolClient
{
public:
    explicit ProtocolClient(const QUrl &server);

    Status login(const QString &username, const QString &password);
    const QString &token() const { return m_http.token(); }
    void setToken(const QString &token) { m_http.setToken(token); }
    const QString &clientId() const { return m_clientId; }

    // One push request; returns the results in order (each with its details).
    Result<QJsonArray> push(const QList<NamedMutation> &mutations);
    Result<RawPage> pull(const std::optional<QString> &cursor, int limit);

    // The compact JSON size a mutation adds to a push body (with its envelope keys).
    static qint64 mutationBytes(const NamedMutation &mutation);

private:
    Testing::HttpClient m_http;
    QString m_clientId;
    qint64 m_nextMutationId = 1;
};

// Latency samples in milliseconds, summarised by nearest-rank percentiles.
class Latencies
{
public:
    void add(double milliseconds) { m_samples.push_back(milliseconds); }
    void append(const Latencies &other);
    qsizetype count() const { return static_cast<qsizetype>(m_samples.size()); }
    double percentile(double fraction) const; // 0 when empty
    double total() const;

private:
    std::vector<double> m_samples;
};

// One line of a figures table: what was measured, its value, the target and whether it is met
// (empty target: none set).
struct Figure {
    QString name;
    QString value;
    QString target;
    QString met;
};

// Prints a titled table of figures on stdout.
void printFigures(const QString &title, const QList<Figure> &figures);

// "123,456"
QString grouped(qint64 value);
QString fixed(double value, int decimals);

} // namespace Chrysalis::Bench
