#include "tests/benchmarks/sync_benchmark_support.h"

#include "core/domain/ids.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Chrysalis::Bench {

namespace {

QString firstMatchingLine(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report a size of 0: read them whole rather than testing atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(key)) {
            const qsizetype colon = line.indexOf(u':');
            return colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

MachineInfo MachineInfo::current()
{
    MachineInfo info;
    info.cpuModel = firstMatchingLine(u"/proc/cpuinfo"_s, u"model name"_s);
    const QString mhz = firstMatchingLine(u"/proc/cpuinfo"_s, u"cpu MHz"_s);
    if (!mhz.isEmpty())
        info.cpuModel += u" @ %1 MHz"_s.arg(qRound(mhz.toDouble()));
    info.cores = QThread::idealThreadCount();
    const QString memory = firstMatchingLine(u"/proc/meminfo"_s, u"MemTotal"_s); // "24684096 kB"
    info.memoryGiB = memory.section(u' ', 0, 0).toDouble() / (1024.0 * 1024.0);
    info.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    info.qtVersion = QString::fromLatin1(qVersion());
    return info;
}

QString MachineInfo::describe() const
{
    return u"%1, %2 cores (nproc), %3 GiB RAM, %4, Qt %5"_s.arg(cpuModel)
            .arg(cores)
            .arg(memoryGiB, 0, 'f', 1)
            .arg(kernel, qtVersion);
}

ProtocolClient::ProtocolClient(const QUrl &server) : m_http(server), m_clientId(newId()) { }

Status ProtocolClient::login(const QString &username, const QString &password)
{
    auto account = m_http.login(username, password);
    if (!account)
        return account.error();
    return {};
}

qint64 ProtocolClient::mutationBytes(const NamedMutation &mutation)
{
    const QJsonObject wire{{u"id"_s, 9'007'199'254'740'991LL},
                           {u"name"_s, mutation.name},
                           {u"args"_s, mutation.args},
                           {u"client_time"_s, u"2026-03-01T09:00:00.000Z"_s}};
    return QJsonDocument(wire).toJson(QJsonDocument::Compact).size() + 1;
}

Result<QJsonArray> ProtocolClient::push(const QList<NamedMutation> &mutations)
{
    QJsonArray wire;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qint64 first = m_nextMutationId;
    for (const NamedMutation &mutation : mutations) {
        wire.append(QJsonObject{{u"id"_s, m_nextMutationId + (wire.size())},
                                {u"name"_s, mutation.name},
                                {u"args"_s, mutation.args},
                                {u"client_time"_s, now}});
    }
    const Testing::HttpReply reply =
            m_http.post(u"/v1/sync/push"_s, {{u"client_id"_s, m_clientId}, {u"mutations"_s, wire}});
    if (reply.status != 200)
        return Error::internal(u"push of %1 mutations from id %2 answered %3: %4"_s.arg(mutations.size())
                                       .arg(first)
                                       .arg(reply.status)
                                       .arg(QString::fromUtf8(reply.body.left(600))));
    const QJsonArray results = reply.json().value(u"results"_s).toArray();
    if (results.size() != mutations.size())
        return Error::internal(
                u"push answered %1 results for %2 mutations"_s.arg(results.size()).arg(mutations.size()));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        if (result.value(u"status"_s).toString() != u"applied") {
            return Error::internal(
                    u"%1 (mutation %2) was not applied: %3"_s.arg(mutations.at(i).name)
                            .arg(first + i)
                            .arg(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
        }
    }
    m_nextMutationId += mutations.size();
    return results;
}

Result<RawPage> ProtocolClient::pull(const std::optional<QString> &cursor, int limit)
{
    const QJsonObject body{{u"client_id"_s, m_clientId},
                           {u"cursor"_s, cursor ? QJsonValue(*cursor) : QJsonValue(QJsonValue::Null)},
                           {u"limit"_s, limit}};
    QElapsedTimer timer;
    timer.start();
    const Testing::HttpReply reply = m_http.post(u"/v1/sync/pull"_s, body);
    RawPage page;
    page.requestMs = elapsedMs(timer);
    if (reply.status != 200)
        return Error::internal(
                u"pull answered %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(600))));
    timer.restart();
    page.json = reply.json();
    page.parseMs = elapsedMs(timer);
    page.bytes = reply.body.size();
    page.changes = static_cast<int>(page.json.value(u"changes"_s).toArray().size());
    page.cursor = page.json.value(u"cursor"_s).toString();
    page.hasMore = page.json.value(u"has_more"_s).toBool();
    page.reset = page.json.value(u"reset"_s).toBool();
    if (page.cursor.isEmpty())
        return Error::internal(u"pull answered without a cursor"_s);
    return page;
}

void Latencies::append(const Latencies &other)
{
    m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
}

double Latencies::percentile(double fraction) const
{
    if (m_samples.empty())
        return 0.0;
    std::vector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double rank = std::ceil(fraction * static_cast<double>(sorted.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(sorted.size()))) - 1;
    return sorted[index];
}

double Latencies::total() const
{
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0);
}

void printFigures(const QString &title, const QList<Figure> &figures)
{
    qsizetype nameWidth = 6;
    qsizetype valueWidth = 5;
    qsizetype targetWidth = 6;
    for (const Figure &figure : figures) {
        nameWidth = std::max(nameWidth, figure.name.size());
        valueWidth = std::max(valueWidth, figure.value.size());
        targetWidth = std::max(targetWidth, figure.target.size());
    }
    auto line = [&](const QString &name, const QString &value, const QString &target, const QString &met) {
        const QString text = u"| %1 | %2 | %3 | %4 |"_s.arg(name, -static_cast<int>(nameWidth))
                                     .arg(value, -static_cast<int>(valueWidth))
                                     .arg(target, -static_cast<int>(targetWidth))
                                     .arg(met, -4);
        std::printf("%s\n", text.toUtf8().constData());
    };
    std::printf("\n%s\n\n", title.toUtf8().constData());
    line(u"figure"_s, u"value"_s, u"target"_s, u"met?"_s);
    line(QString(nameWidth, u'-'), QString(valueWidth, u'-'), QString(targetWidth, u'-'), u"----"_s);
    for (const Figure &figure : figures)
        line(figure.name, figure.value, figure.target, figure.met);
    std::fflush(stdout);
}

QString grouped(qint64 value)
{
    QLocale locale(QLocale::English);
    return locale.toString(value);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace Chrysalis::Bench
