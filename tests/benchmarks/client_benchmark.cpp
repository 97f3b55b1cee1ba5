#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/taskqueuemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

// The desktop client's queue over a big local cache: a client database holding N task rows (one
// million by default, written through the real pull path), then time to first rows, resident
// memory, scroll, sort and filter latency of the queue model, and submit-to-outbox latency.
// Not a test: prints figures against the targets and never fails on timing. Usage: client_benchmark --help

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

struct Stats {
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples[static_cast<size_t>(q * static_cast<double>(samples.size() - 1))]; };
    return {at(0.5), at(0.99), samples.back()};
}

void row(const char *what, double value, const char *unit, const char *target)
{
    std::printf("%-44s %12.2f %-4s %s\n", what, value, unit, target);
}

QJsonObject taskData(qint64 n, const QString &id)
{
    static const QStringList words{u"Sentiment"_s, u"Headlines"_s, u"Entities"_s,  u"Grammar"_s,  u"Compare"_s,
                                   u"Translate"_s, u"Classify"_s,  u"Summaries"_s, u"Toxicity"_s, u"Receipts"_s};
    const bool gated = n % 7 == 0;
    return {{u"id"_s, id},
            {u"title"_s, u"%1 batch %2"_s.arg(words.at(n % words.size())).arg(n)},
            {u"state"_s, u"published"_s},
            {u"origin"_s, n % 3 == 0 ? u"caterpillar"_s : u"butterfly"_s},
            {u"min_tier"_s, gated ? u"silver"_s : u"bronze"_s},
            {u"pay_cents"_s, 5 + (n * 37) % 200},
            {u"estimate_seconds"_s, 20 + (n * 13) % 300},
            {u"items_open"_s, 1 + n % 50},
            {u"items_total"_s, 50},
            {u"skills"_s, QJsonArray{}},
            {u"content_warnings"_s, n % 11 == 0 ? QJsonArray{u"violence"_s} : QJsonArray{}},
            {u"gate_reasons"_s, gated ? QJsonArray{u"tier"_s} : QJsonArray{}},
            {u"can_take"_s, !gated}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"chrysalis.*.debug=false\nchrysalis.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Queue benchmarks of the desktop client over a large local cache."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Task rows in the cache (default 1000000)."_s, u"n"_s,
                                        u"1000000"_s);
    parser.addOption(rowsOption);
    parser.process(app);
    const qint64 rows = std::max<qint64>(parser.value(rowsOption).toLongLong(), 1000);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"client.db"_s);
    const QString worker = newId();

    // The cache, filled through the real pull path (mirror upsert plus queue index) in pages.
    {
        auto store = LocalStore::open(path, worker);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        constexpr int kPage = 5000;
        for (qint64 first = 0; first < rows; first += kPage) {
            PullPage page;
            page.cursor = u"c%1"_s.arg(first);
            page.hasMore = first + kPage < rows;
            for (qint64 n = first; n < std::min(rows, first + kPage); ++n) {
                const QString id = newId();
                page.changes.append({n + 1, u"task"_s, id, EntityOp::Upsert, 1, taskData(n, id)});
            }
            if (auto applied = (*store)->applyPull(page); !applied) {
                std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
                return 1;
            }
        }
        std::printf("client_benchmark: %lld task rows written through applyPull in %.1f s (%.0f rows/s)\n\n",
                    static_cast<long long>(rows), msSince(fill) / 1000,
                    static_cast<double>(rows) / (msSince(fill) / 1000));
    }

    std::printf("%-44s %12s %-4s %s\n", "figure", "value", "", "target");
    const qint64 rssBefore = residentKiB();
    QElapsedTimer open;
    open.start();
    auto store = LocalStore::open(path, worker);
    if (!store)
        return 1;
    TaskQueueModel model(**store);
    const double firstRows = msSince(open);
    row("open the cache and show the first rows", firstRows, "ms", "<= 100 ms");
    row("  rows in the first page", model.rowCount(), "", "");
    row("resident memory with the queue open", static_cast<double>(residentKiB()) / 1024, "MiB", "<= 300 MiB");
    row("  of which the open cache and model", static_cast<double>(residentKiB() - rssBefore) / 1024, "MiB", "");

    std::vector<double> scroll;
    for (int i = 0; i < 200 && model.canFetchMore({}); ++i) {
        QElapsedTimer page;
        page.start();
        model.fetchMore({});
        scroll.push_back(msSince(page));
    }
    const Stats scrolled = statsOf(scroll);
    row("scroll: next page of 200 rows, median", scrolled.median, "ms", "one frame (16 ms)");
    row("scroll: next page of 200 rows, p99", scrolled.p99, "ms", "");
    row("  rows loaded after scrolling", model.rowCount(), "", "");
    row("resident memory after scrolling", static_cast<double>(residentKiB()) / 1024, "MiB", "<= 300 MiB");

    const auto timed = [](auto &&work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return msSince(timer);
    };
    row("sort by title", timed([&] { model.sort(TaskQueueModel::Title, Qt::AscendingOrder); }), "ms", "<= 100 ms");
    row("sort by pay, descending", timed([&] { model.sort(TaskQueueModel::Pay, Qt::DescendingOrder); }), "ms",
        "<= 100 ms");
    row("sort by time per item", timed([&] { model.sort(TaskQueueModel::Estimate, Qt::AscendingOrder); }), "ms",
        "<= 100 ms");
    row("filter: only tasks I can take", timed([&] { model.setTakeableOnly(true); }), "ms", "<= 100 ms");
    row("filter: search a common word", timed([&] { model.setSearch(u"Grammar"_s); }), "ms", "<= 100 ms");
    row("  its next page", timed([&] { model.fetchMore({}); }), "ms", "one frame (16 ms)");
    // The first search reads pages no query read before; the same search again shows the warm cost.
    model.setSearch({});
    row("  the same search again", timed([&] { model.setSearch(u"Grammar"_s); }), "ms", "<= 100 ms");
    row("  its count for the label, capped at 1,000", timed([&] { model.matchingCount(1000); }), "ms", "");
    // The worst order for a walk: by title, 80 % of the tasks come before the first "Toxicity" one,
    // so the walk's budget runs out and the trigram index answers.
    model.sort(TaskQueueModel::Title, Qt::AscendingOrder);
    row("filter: a common word far back in the order", timed([&] { model.setSearch(u"Toxicity"_s); }), "ms", "");
    model.setSearch(u"Grammar"_s);
    model.sort(TaskQueueModel::Estimate, Qt::AscendingOrder);
    row("filter: search a rare title", timed([&] { model.setSearch(u"batch 999983"_s); }), "ms", "");
    row("  rows matching the rare title", model.rowCount(), "", "");
    row("count of tasks matching the search", timed([&] { model.matchingCount(); }), "ms", "");
    model.setSearch({});
    model.setTakeableOnly(false);

    std::vector<double> submits;
    for (int i = 0; i < 500; ++i) {
        const QString answerId = newId();
        const QJsonObject fields{{u"label"_s, u"yes"_s}, {u"note"_s, u"looks right"_s}};
        const QJsonObject args{
                {u"answer_id"_s, answerId}, {u"lease_id"_s, newId()}, {u"fields"_s, fields}, {u"seconds_spent"_s, 42}};
        const QJsonObject answer{{u"id"_s, answerId}, {u"fields"_s, fields}, {u"status"_s, u"pending_review"_s}};
        QElapsedTimer submit;
        submit.start();
        auto id = (*store)->enqueue(u"answer.submit@1"_s, args, {OverlayWrite::upsert(u"answer"_s, answerId, answer)});
        submits.push_back(msSince(submit));
        if (!id)
            return 1;
    }
    const Stats submitted = statsOf(submits);
    row("submit to outbox (durable), median", submitted.median, "ms", "");
    row("submit to outbox (durable), p99", submitted.p99, "ms", "");
    return 0;
}
