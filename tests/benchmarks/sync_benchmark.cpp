#include "core/domain/ids.h"
#include "core/market/marketplace.h"
#include "core/store/databaseconfig.h"
#include "core/store/sqlquery.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/benchmarks/postgrescluster.h"
#include "tests/benchmarks/sync_benchmark_support.h"
#include "tests/server/support/serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

// The CSP/1 sync benchmarks of the marketplace server: a real chrysalis-server on 127.0.0.1 over a
// temporary SQLite file and over PostgreSQL, measured over real HTTP on loopback. Prints one table
// per database with the targets. Not a test: it never fails on timing, only when the server
// refuses the work. Usage: sync_benchmark --help

using namespace Qt::StringLiterals;
using namespace Chrysalis;
using namespace Chrysalis::Bench;

namespace {

const QString kPassword = u"benchmark passphrase 1"_s;
constexpr int kClaimMax = 500; // the policy's largest claim
constexpr int kAnswersPerPush = 200; // the protocol's max_mutations_per_push
constexpr qint64 kItemsArgsBudget = 200 * 1024; // under max_mutation_bytes (256 KiB) with room to spare
constexpr qint64 kPushBodyBudget = 1900 * 1024; // under max_push_bytes (2 MiB)
constexpr double kPullTargetRowsPerSecond = 50'000.0;
constexpr double kPushTargetSeconds = 2.0;

struct Options {
    int items = 100'000;
    int answers = 10'000;
    int clients = 50;
    int seconds = 20;
    int writerIntervalMs = 200;
    int idleSeconds = 10;
    int pullLimit = 2000;
    int concurrentWriters = 0; // > 0: the large initial sync under concurrent writes instead
    bool verify = false;
    QStringList scenarios{QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("sustained")};
};

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

QString rate(qint64 count, double secondsTaken)
{
    return secondsTaken > 0.0 ? grouped(qRound64(static_cast<double>(count) / secondsTaken)) : u"∞"_s;
}

QString yesNo(bool met)
{
    return met ? u"yes"_s : u"NO"_s;
}

// Spins the event loop until `done` holds or the timeout passes; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

void sleepWithEvents(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

QString itemText(int index)
{
    static const QStringList reviews{
            u"The blender arrived quickly, but the lid cracked after two weeks of daily use."_s,
            u"Battery life is excellent and the screen is bright enough to read outdoors."_s,
            u"Customer service never answered my emails about the missing charging cable."_s,
            u"Comfortable shoes, true to size, and they still look new after a month of running."_s};
    return u"#%1 %2"_s.arg(index).arg(reviews.at(index % reviews.size()));
}

QJsonObject sentimentRevision()
{
    const QJsonArray form{QJsonObject{
            {u"name"_s, u"label"_s},
            {u"kind"_s, u"single_choice"_s},
            {u"label"_s, u"Sentiment"_s},
            {u"required"_s, true},
            {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                                      QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}}}}};
    return {{u"title"_s, u"Sentiment of product reviews"_s},
            {u"instructions"_s, u"Read the review and pick its overall sentiment."_s},
            {u"form"_s, form},
            {u"pay_cents"_s, 5},
            {u"overlap"_s, 1},
            {u"min_tier"_s, u"bronze"_s},
            {u"estimate_seconds"_s, 20}};
}

NamedMutation answerSubmit(const QString &leaseId)
{
    return {u"answer.submit@1"_s,
            {{u"answer_id"_s, newId()},
             {u"lease_id"_s, leaseId},
             {u"fields"_s, QJsonObject{{u"label"_s, u"positive"_s}}},
             {u"seconds_spent"_s, 17}}};
}

// Groups mutations into push bodies under the protocol's count and byte limits.
QList<QList<NamedMutation>> intoPushes(const QList<NamedMutation> &mutations)
{
    QList<QList<NamedMutation>> pushes;
    QList<NamedMutation> current;
    qint64 bytes = 0;
    for (const NamedMutation &mutation : mutations) {
        const qint64 size = ProtocolClient::mutationBytes(mutation);
        if (!current.isEmpty() && (current.size() >= kAnswersPerPush || bytes + size > kPushBodyBudget)) {
            pushes.append(current);
            current.clear();
            bytes = 0;
        }
        current.append(mutation);
        bytes += size;
    }
    if (!current.isEmpty())
        pushes.append(current);
    return pushes;
}

// A desktop client: the real SyncEngine over its own LocalStore file, driven synchronously.
class EngineClient
{
public:
    static Result<std::unique_ptr<EngineClient>> open(const QString &path, const QUrl &server, const QString &username)
    {
        auto store = LocalStore::open(path);
        if (!store)
            return store.error();
        std::unique_ptr<EngineClient> client(new EngineClient(std::move(*store)));
        client->m_engine->setServer(server);
        client->m_engine->setAutoRetry(false);
        client->m_engine->setRequestTimeout(std::chrono::minutes(5));
        std::optional<Status> signedIn;
        client->m_engine->login(username, kPassword, [&signedIn](const Result<LoginReply> &reply) {
            signedIn = reply ? Status() : Status(reply.error());
        });
        if (!waitFor([&] { return signedIn.has_value(); }, 60'000))
            return Error::internal(u"sign-in of %1 timed out"_s.arg(username));
        if (!*signedIn)
            return signedIn->error();
        std::optional<Status> informed;
        client->m_engine->fetchInfo(
                [&informed](const Result<ServerInfo> &info) { informed = info ? Status() : Status(info.error()); });
        if (!waitFor([&] { return informed.has_value(); }, 60'000))
            return Error::internal(u"GET /v1/info timed out"_s);
        if (!*informed)
            return informed->error();
        return client;
    }

    LocalStore &store() { return *m_store; }

    struct Cycle {
        SyncReport report;
        double seconds = 0.0;
        double pushSeconds = -1.0; // when `pushTarget` mutations had their outcome; -1 if never
    };

    // One sync cycle (push until drained, pull until done); errors in the report fail it.
    Result<Cycle> sync(int pushTarget = 0)
    {
        Cycle cycle;
        std::optional<SyncReport> finished;
        QElapsedTimer timer;
        const auto progress =
                QObject::connect(m_engine.get(), &SyncEngine::syncProgress, [&](const SyncProgress &state) {
                    if (state.phase == SyncProgress::Phase::Pushing && pushTarget > 0 && state.pushed >= pushTarget &&
                        cycle.pushSeconds < 0.0)
                        cycle.pushSeconds = seconds(timer);
                });
        const auto done = QObject::connect(m_engine.get(), &SyncEngine::syncFinished,
                                           [&](const SyncReport &report) { finished = report; });
        timer.start();
        m_engine->syncNow();
        const bool ended = waitFor([&] { return finished.has_value(); }, 30 * 60'000);
        cycle.seconds = seconds(timer);
        QObject::disconnect(progress);
        QObject::disconnect(done);
        if (!ended)
            return Error::internal(u"the sync cycle did not finish"_s);
        cycle.report = *finished;
        if (!cycle.report.ok())
            return Error::internal(u"the sync cycle failed: "_s + cycle.report.errors.constFirst().describe());
        return cycle;
    }

private:
    explicit EngineClient(std::unique_ptr<LocalStore> store)
        : m_store(std::move(store)), m_engine(std::make_unique<SyncEngine>(*m_store))
    { }

    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

// Every page of one full pull, fetched raw.
struct RawPull {
    QList<RawPage> pages;
    qint64 rows = 0;
    qint64 bytes = 0;
    double requestMs = 0.0;
    double parseMs = 0.0;
    double wallSeconds = 0.0;
};

Result<RawPull> pullEverything(ProtocolClient &client, int limit)
{
    RawPull pull;
    std::optional<QString> cursor;
    QElapsedTimer wall;
    wall.start();
    for (;;) {
        auto page = client.pull(cursor, limit);
        if (!page)
            return page.error();
        pull.rows += page->changes;
        pull.bytes += page->bytes;
        pull.requestMs += page->requestMs;
        pull.parseMs += page->parseMs;
        cursor = page->cursor;
        const bool more = page->hasMore;
        pull.pages.append(std::move(*page));
        if (!more)
            break;
    }
    pull.wallSeconds = seconds(wall);
    return pull;
}

// One of the concurrent pulling clients of the sustained-load figure.
struct PullerResult {
    qint64 snapshotRows = 0;
    qint64 pulls = 0;
    qint64 rows = 0;
    qint64 errors = 0;
    QString firstError;
    Latencies latencies;
};

// The benchmark on one marketplace database: accounts made with `admin`, a server process, then the
// three figures. Accounts and the server are set up once; the scenarios run in order on the same data.
class SyncBenchmark
{
public:
    // sqlite: whether the SQLite-only push target applies.
    SyncBenchmark(Options options, QString label, QString databaseUrl, QString workDir, bool sqlite)
        : m_options(std::move(options)), m_label(std::move(label)), m_databaseUrl(std::move(databaseUrl)),
          m_workDir(std::move(workDir)), m_sqlite(sqlite)
    { }

    Result<QList<Figure>> run()
    {
        std::printf("\n== %s ==\n", m_label.toUtf8().constData());
        std::fflush(stdout);
        m_clock.start();
        QList<Status (SyncBenchmark::*)()> steps{&SyncBenchmark::makeAccounts, &SyncBenchmark::startServer,
                                                 &SyncBenchmark::seedTask};
        if (m_options.concurrentWriters > 0)
            steps.append(&SyncBenchmark::initialSyncUnderWrites);
        else if (m_options.scenarios.contains(u"pull"_s))
            steps.append(&SyncBenchmark::initialPull);
        if (m_options.concurrentWriters == 0 && m_options.scenarios.contains(u"push"_s))
            steps << &SyncBenchmark::pushAnswersRaw << &SyncBenchmark::workerPull << &SyncBenchmark::pushAnswersEngine;
        if (m_options.concurrentWriters == 0 && m_options.scenarios.contains(u"sustained"_s))
            steps.append(&SyncBenchmark::sustainedPulls);
        for (const auto step : steps) {
            if (auto status = (this->*step)(); !status) {
                if (m_server && !m_server->isRunning())
                    return Error::internal(status.error().describe() + u"\nserver output:\n"_s + m_server->output());
                return status.error();
            }
        }
        return m_figures;
    }

private:
    void note(const QString &text)
    {
        std::printf("  [%7.1f s] %s\n", seconds(m_clock), text.toUtf8().constData());
        std::fflush(stdout);
    }

    void figure(Figure figure)
    {
        note(figure.name + u": "_s + figure.value);
        m_figures.append(std::move(figure));
    }

    Status admin(const QStringList &arguments)
    {
        const Testing::CommandResult result =
                Testing::runServerCommand(QStringList{u"admin"_s} + arguments + QStringList{u"--db"_s, m_databaseUrl});
        if (result.exitCode != 0)
            return Error::internal(u"admin %1 failed (%2): %3%4"_s.arg(arguments.join(u' '))
                                           .arg(result.exitCode)
                                           .arg(result.standardOutput, result.standardError));
        return {};
    }

    Status addUser(const QString &name, const QStringList &extra)
    {
        return admin(QStringList{u"add-user"_s, name, u"--password-file"_s, m_passwordFile} + extra);
    }

    QString pullerName(int index) const { return u"puller%1"_s.arg(index, 2, 10, QChar(u'0')); }
    QString writerName(int index) const { return u"bigwriter%1"_s.arg(index, 2, 10, QChar(u'0')); }

    Status makeAccounts()
    {
        m_passwordFile = QDir(m_workDir).filePath(u"password.txt"_s);
        QFile file(m_passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(kPassword.toUtf8() + '\n') < 0)
            return Error::internal(u"cannot write "_s + m_passwordFile);
        file.close();

        QElapsedTimer timer;
        timer.start();
        const QStringList worker{u"--roles"_s, u"worker"_s};
        if (auto status = addUser(u"requester"_s, {u"--roles"_s, u"requester"_s, u"--standing"_s, u"butterfly"_s});
            !status)
            return status;
        // Escrow for every slot (pay 5 × items × 1.2) with room to spare.
        if (auto status = admin({u"fund"_s, u"requester"_s, QString::number(qint64{m_options.items} * 10 + 100'000)});
            !status)
            return status;
        for (const QString &name : {u"pusher"_s, u"engineworker"_s, u"writer"_s}) {
            if (auto status = addUser(name, worker); !status)
                return status;
        }
        for (int i = 0; i < m_options.clients; ++i) {
            if (auto status = addUser(pullerName(i), worker); !status)
                return status;
        }
        for (int i = 0; i < m_options.concurrentWriters; ++i) {
            if (auto status = addUser(writerName(i), worker); !status)
                return status;
        }
        note(u"setup: %1 accounts made with `admin add-user` (interactive Argon2id) in %2 s"_s
                     .arg(4 + m_options.clients)
                     .arg(fixed(seconds(timer), 1)));
        return {};
    }

    Status startServer()
    {
        auto server = Testing::ServerProcess::start(m_databaseUrl);
        if (!server)
            return server.error();
        m_server = std::move(*server);
        m_requester = std::make_unique<ProtocolClient>(m_server->baseUrl());
        return m_requester->login(u"requester"_s, kPassword);
    }

    // The requester drafts one task, adds every item in batches within the protocol's limits, publishes.
    // More items than one task may hold are spread over several tasks of at most kMaxItemsPerTask.
    Status seedTask()
    {
        QElapsedTimer timer;
        timer.start();
        for (int seeded = 0; seeded < m_options.items; seeded += kMaxItemsPerTask) {
            if (auto status = seedOneTask(seeded, std::min(kMaxItemsPerTask, m_options.items - seeded)); !status)
                return status;
            m_taskIds.append(m_taskId);
        }
        if (m_taskIds.size() > 1)
            figure({u"seed: %1 items in %2 tasks"_s.arg(grouped(m_options.items)).arg(m_taskIds.size()),
                    u"%1 s (%2 items/s)"_s.arg(fixed(seconds(timer), 1), rate(m_options.items, seconds(timer))),
                    {},
                    {}});
        return {};
    }

    Status seedOneTask(int firstItem, int itemCount)
    {
        m_taskId = newId();
        QList<NamedMutation> mutations{
                {u"task.draft_save@1"_s,
                 {{u"task_id"_s, m_taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}}}};
        QJsonArray items;
        qint64 bytes = 0;
        auto flush = [&] {
            mutations.append({u"task.items_add@1"_s, {{u"task_id"_s, m_taskId}, {u"items"_s, items}}});
            items = {};
            bytes = 0;
        };
        for (int i = firstItem; i < firstItem + itemCount; ++i) {
            const QJsonObject item{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, itemText(i)}}}};
            const qint64 size = QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1;
            if (!items.isEmpty() && (items.size() >= kMaxItemsPerCall || bytes + size > kItemsArgsBudget))
                flush();
            items.append(item);
            bytes += size;
        }
        if (!items.isEmpty())
            flush();
        const qsizetype itemCalls = mutations.size() - 1;
        mutations.append({u"task.publish@1"_s, {{u"task_id"_s, m_taskId}}});

        const QList<QList<NamedMutation>> pushes = intoPushes(mutations);
        QElapsedTimer timer;
        timer.start();
        double publishSeconds = 0.0;
        for (const QList<NamedMutation> &push : pushes) {
            QElapsedTimer one;
            one.start();
            if (auto results = m_requester->push(push); !results)
                return results.error();
            if (push.constLast().name == u"task.publish@1")
                publishSeconds = seconds(one);
        }
        if (m_options.items > kMaxItemsPerTask)
            return {};
        figure({u"seed: draft + %1 items in %2 task.items_add@1 calls + publish (%3 pushes)"_s.arg(grouped(itemCount))
                        .arg(itemCalls)
                        .arg(pushes.size()),
                u"%1 s (last push, with the publish: %2 s)"_s.arg(fixed(seconds(timer), 2), fixed(publishSeconds, 2)),
                {},
                {}});
        return {};
    }

    // Figure 4: a fresh desktop client (LocalStore + SyncEngine) makes its whole initial sync of every
    // task while `concurrentWriters` workers keep claiming and answering on those tasks; then, with
    // the writers stopped, one more cycle catches up and (with --verify) the client's mirror is
    // compared entity by entity with what the server shows this user, and the client's file with
    // PRAGMA integrity_check.
    Status initialSyncUnderWrites()
    {
        const int writers = m_options.concurrentWriters;
        QStringList tokens;
        for (int i = 0; i < writers; ++i) {
            ProtocolClient client(m_server->baseUrl());
            if (auto status = client.login(writerName(i), kPassword); !status)
                return status;
            tokens.append(client.token());
        }
        struct WriterResult {
            qint64 pushes = 0;
            qint64 answers = 0;
            QString error;
        };
        std::vector<WriterResult> results(static_cast<std::size_t>(writers));
        std::atomic<bool> stop{false};
        std::vector<std::unique_ptr<QThread>> threads;
        const QUrl base = m_server->baseUrl();
        for (int i = 0; i < writers; ++i) {
            WriterResult &result = results[static_cast<std::size_t>(i)];
            const QString token = tokens.at(i);
            const QStringList tasks = m_taskIds;
            threads.emplace_back(QThread::create([&result, &stop, base, token, tasks, i] {
                ProtocolClient client(base);
                client.setToken(token);
                for (qsizetype round = i; !stop.load(); ++round) {
                    const QString task = tasks.at(round % tasks.size());
                    auto claimed = client.push({{u"lease.claim@1"_s, {{u"task_id"_s, task}, {u"count"_s, 20}}}});
                    if (!claimed) {
                        result.error = claimed.error().describe();
                        return;
                    }
                    ++result.pushes;
                    QList<NamedMutation> answers;
                    const QJsonObject details = claimed->first().toObject().value(u"details"_s).toObject();
                    for (const QJsonValue &lease : details.value(u"lease_ids"_s).toArray())
                        answers.append(answerSubmit(lease.toString()));
                    if (answers.isEmpty())
                        continue;
                    auto pushed = client.push(answers);
                    if (!pushed) {
                        result.error = pushed.error().describe();
                        return;
                    }
                    ++result.pushes;
                    result.answers += answers.size();
                }
            }));
            threads.back()->start();
        }
        auto stopWriters = [&] {
            stop = true;
            waitFor(
                    [&threads] {
                        return std::all_of(threads.begin(), threads.end(),
                                           [](const std::unique_ptr<QThread> &thread) { return thread->isFinished(); });
                    },
                    10 * 60'000);
            for (const auto &thread : threads)
                thread->wait();
        };

        const QString path = QDir(m_workDir).filePath(u"requester-big-client.db"_s);
        auto client = EngineClient::open(path, m_server->baseUrl(), u"requester"_s);
        if (!client) {
            stopWriters();
            return client.error();
        }
        auto cycle = (*client)->sync();
        stopWriters();
        if (!cycle)
            return cycle.error();
        qint64 pushes = 0;
        qint64 answers = 0;
        for (const WriterResult &result : results) {
            if (!result.error.isEmpty())
                return Error::internal(u"a writer failed: "_s + result.error);
            pushes += result.pushes;
            answers += result.answers;
        }
        figure({u"4. initial sync of %1 items (%2 tasks), SyncEngine → fresh LocalStore, %3 writers meanwhile"_s
                        .arg(grouped(m_options.items))
                        .arg(m_taskIds.size())
                        .arg(writers),
                u"%1 rows/s (%2 rows, %3 pages, %4 s); writers: %5 pushes, %6 answers"_s
                        .arg(rate(cycle->report.pulledRows, cycle->seconds), grouped(cycle->report.pulledRows))
                        .arg(cycle->report.pages)
                        .arg(fixed(cycle->seconds, 1))
                        .arg(grouped(pushes), grouped(answers)),
                {},
                {}});

        auto caughtUp = (*client)->sync();
        if (!caughtUp)
            return caughtUp.error();
        note(u"catch-up cycle after the writers stopped: %1 rows in %2 s"_s.arg(grouped(caughtUp->report.pulledRows))
                     .arg(fixed(caughtUp->seconds, 2)));
        if (!m_options.verify)
            return {};

        QElapsedTimer timer;
        timer.start();
        auto view = serverView(u"requester"_s);
        if (!view)
            return view.error();
        qint64 compared = 0;
        for (auto kind = view->constBegin(); kind != view->constEnd(); ++kind) {
            auto mirrored = (*client)->store().list(kind.key());
            if (!mirrored)
                return mirrored.error();
            if (mirrored->size() != kind->size())
                return Error::internal(
                        u"verify: the client holds %1 %2 rows, the server shows %3"_s.arg(mirrored->size())
                                .arg(kind.key())
                                .arg(kind->size()));
            for (const StoredEntity &entity : std::as_const(*mirrored)) {
                const auto expected = kind->constFind(entity.id);
                if (expected == kind->constEnd() || *expected != entity.data)
                    return Error::internal(
                            u"verify: %1 %2 differs from the server's view"_s.arg(kind.key(), entity.id));
                ++compared;
            }
        }
        if (auto status = integrityCheck(path); !status)
            return status;
        figure({u"4. verify: mirror == server view for the requester, PRAGMA integrity_check"_s,
                u"ok: %1 rows in %2 kinds equal, integrity ok (%3 s)"_s.arg(grouped(compared))
                        .arg(view->size())
                        .arg(fixed(seconds(timer), 1)),
                {},
                {}});
        return {};
    }

    // What the server shows `username` now: a full pull from no cursor, deletes dropped, by kind and id.
    Result<QHash<QString, QHash<QString, QJsonObject>>> serverView(const QString &username)
    {
        ProtocolClient raw(m_server->baseUrl());
        if (auto status = raw.login(username, kPassword); !status)
            return status.error();
        auto pulled = pullEverything(raw, 5000);
        if (!pulled)
            return pulled.error();
        QHash<QString, QHash<QString, QJsonObject>> view;
        for (const RawPage &page : std::as_const(pulled->pages)) {
            for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
                const QJsonObject change = value.toObject();
                const QString kind = change.value(u"entity"_s).toString();
                const QString id = change.value(u"id"_s).toString();
                if (change.value(u"op"_s).toString() == u"upsert")
                    view[kind].insert(id, change.value(u"data"_s).toObject());
                else if (view.contains(kind))
                    view[kind].remove(id);
            }
        }
        return view;
    }

    static Status integrityCheck(const QString &path)
    {
        const QString name = u"sync-benchmark-integrity"_s;
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(u"PRAGMA integrity_check"_s) || !query.next())
                problem = u"cannot run PRAGMA integrity_check on "_s + path;
            else if (query.value(0).toString() != u"ok")
                problem = u"PRAGMA integrity_check on %1: %2"_s.arg(path, query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return problem.isEmpty() ? Status() : Status(Error::internal(problem));
    }

    // Figure 1: the requester's initial pull of their task. Workers only see items through leases; the
    // requester sees every item of their own task, so this is the real 100,000-item pull.
    Status initialPull()
    {
        auto client = EngineClient::open(QDir(m_workDir).filePath(u"requester-client.db"_s), m_server->baseUrl(),
                                         u"requester"_s);
        if (!client)
            return client.error();
        auto cycle = (*client)->sync();
        if (!cycle)
            return cycle.error();
        auto mirrored = (*client)->store().list(Entity::Item);
        if (!mirrored)
            return mirrored.error();
        if (mirrored->size() != m_options.items)
            return Error::internal(u"the client mirrored %1 items of %2"_s.arg(mirrored->size()).arg(m_options.items));
        const double engineRate = static_cast<double>(cycle->report.pulledRows) / cycle->seconds;
        figure({u"1. initial pull, SyncEngine → fresh LocalStore (requester: %1 items + other rows)"_s.arg(
                        grouped(m_options.items)),
                u"%1 rows/s (%2 rows, %3 pages of %4, %5 s)"_s.arg(rate(cycle->report.pulledRows, cycle->seconds))
                        .arg(grouped(cycle->report.pulledRows))
                        .arg(cycle->report.pages)
                        .arg(m_options.pullLimit)
                        .arg(fixed(cycle->seconds, 2)),
                u"≥ 50,000 rows/s"_s, yesNo(engineRate >= kPullTargetRowsPerSecond)});

        // The same pull raw: the request's wall time alone is the server's share.
        RawPull defaultPages;
        for (const int limit : {m_options.pullLimit, 5000}) {
            ProtocolClient raw(m_server->baseUrl());
            raw.setToken(m_requester->token());
            const double cpuBefore = m_server->cpuSeconds();
            auto pulled = pullEverything(raw, limit);
            if (!pulled)
                return pulled.error();
            const double serverCpu = m_server->cpuSeconds() - cpuBefore;
            const double serverSeconds = pulled->requestMs / 1000.0;
            figure({u"1. … the server's own CPU time for that pull (limit %1)"_s.arg(limit),
                    u"%1 s → %2 rows per CPU-second"_s.arg(fixed(serverCpu, 2), rate(pulled->rows, serverCpu)),
                    {},
                    {}});
            figure({u"1. initial pull, raw HTTP, limit %1 (server + loopback, client parse excluded)"_s.arg(limit),
                    u"%1 rows/s (%2 rows, %3 pages, %4 s; %5 MB; client JSON parse %6 s more)"_s
                            .arg(rate(pulled->rows, serverSeconds), grouped(pulled->rows))
                            .arg(pulled->pages.size())
                            .arg(fixed(serverSeconds, 2))
                            .arg(fixed(static_cast<double>(pulled->bytes) / 1e6, 1))
                            .arg(fixed(pulled->parseMs / 1000.0, 2)),
                    u"≥ 50,000 rows/s"_s,
                    yesNo(static_cast<double>(pulled->rows) / serverSeconds >= kPullTargetRowsPerSecond)});
            if (limit == m_options.pullLimit)
                defaultPages = std::move(*pulled);
        }

        // The client's share: the same pages parsed and applied to another fresh LocalStore.
        auto store = LocalStore::open(QDir(m_workDir).filePath(u"requester-replay.db"_s));
        if (!store)
            return store.error();
        double parseSeconds = 0.0;
        double applySeconds = 0.0;
        for (const RawPage &raw : std::as_const(defaultPages.pages)) {
            QElapsedTimer timer;
            timer.start();
            auto page = PullPage::fromJson(raw.json);
            if (!page)
                return page.error();
            parseSeconds += seconds(timer);
            timer.restart();
            if (auto applied = (*store)->applyPull(*page); !applied)
                return applied.error();
            applySeconds += seconds(timer);
        }
        const double clientSeconds = defaultPages.parseMs / 1000.0 + parseSeconds + applySeconds;
        figure({u"1. client side alone: JSON parse + PullPage::fromJson + LocalStore::applyPull"_s,
                u"%1 rows/s (%2 s = parse %3 + decode %4 + apply %5)"_s.arg(rate(defaultPages.rows, clientSeconds))
                        .arg(fixed(clientSeconds, 2))
                        .arg(fixed(defaultPages.parseMs / 1000.0, 2))
                        .arg(fixed(parseSeconds, 2))
                        .arg(fixed(applySeconds, 2)),
                {},
                {}});
        return {};
    }

    // Claims `count` leases on the task, one lease.claim@1 of at most 500 per push (a claim of 500
    // takes seconds on PostgreSQL, so a push of many would outlast the client's timeout).
    Result<QStringList> claimLeases(ProtocolClient &worker, int count, double *secondsTaken = nullptr)
    {
        QStringList leases;
        QElapsedTimer timer;
        timer.start();
        for (int left = count; left > 0; left -= kClaimMax) {
            auto results = worker.push(
                    {{u"lease.claim@1"_s, {{u"task_id"_s, m_taskId}, {u"count"_s, std::min(left, kClaimMax)}}}});
            if (!results)
                return results.error();
            const QJsonObject details = results->first().toObject().value(u"details"_s).toObject();
            for (const QJsonValue &lease : details.value(u"lease_ids"_s).toArray())
                leases.append(lease.toString());
        }
        if (secondsTaken)
            *secondsTaken = seconds(timer);
        if (leases.size() != count)
            return Error::internal(u"claimed %1 leases of %2"_s.arg(leases.size()).arg(count));
        return leases;
    }

    // Figure 2, raw: a worker pushes answer.submit@1 in batches of 200.
    Status pushAnswersRaw()
    {
        ProtocolClient worker(m_server->baseUrl());
        if (auto status = worker.login(u"pusher"_s, kPassword); !status)
            return status;
        double claimSeconds = 0.0;
        auto leases = claimLeases(worker, m_options.answers, &claimSeconds);
        if (!leases)
            return leases.error();
        note(u"claimed %1 leases in %2 pushes of one lease.claim@1 in %3 s"_s.arg(grouped(leases->size()))
                     .arg((m_options.answers + kClaimMax - 1) / kClaimMax)
                     .arg(fixed(claimSeconds, 2)));

        QList<NamedMutation> answers;
        for (const QString &lease : std::as_const(*leases))
            answers.append(answerSubmit(lease));
        Latencies perPush;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = m_server->cpuSeconds();
        for (qsizetype from = 0; from < answers.size(); from += kAnswersPerPush) {
            QElapsedTimer one;
            one.start();
            if (auto results = worker.push(answers.mid(from, kAnswersPerPush)); !results)
                return results.error();
            perPush.add(static_cast<double>(one.nsecsElapsed()) / 1e6);
        }
        const double total = seconds(timer);
        const double serverCpu = m_server->cpuSeconds() - cpuBefore;
        figure({u"2. … the server's own CPU time for that push"_s,
                u"%1 s → %2 answers per CPU-second"_s.arg(fixed(serverCpu, 2), rate(answers.size(), serverCpu)),
                {},
                {}});
        figure({u"2. push %1 answer.submit@1, raw HTTP, %2 per push"_s.arg(grouped(m_options.answers))
                        .arg(kAnswersPerPush),
                u"%1 s (%2 answers/s; per push p50 %3 ms, p95 %4 ms)"_s
                        .arg(fixed(total, 2), rate(answers.size(), total))
                        .arg(fixed(perPush.percentile(0.5), 0), fixed(perPush.percentile(0.95), 0)),
                m_sqlite ? u"≤ 2 s"_s : u"(≤ 2 s on SQLite)"_s,
                m_sqlite ? yesNo(total <= kPushTargetSeconds) : u"—"_s});
        return {};
    }

    // A worker's device syncing afresh after the raw push: its leases, their items and its answers.
    Status workerPull()
    {
        ProtocolClient device(m_server->baseUrl());
        if (auto status = device.login(u"pusher"_s, kPassword); !status)
            return status;
        auto pulled = pullEverything(device, m_options.pullLimit);
        if (!pulled)
            return pulled.error();
        const double serverSeconds = pulled->requestMs / 1000.0;
        figure({u"2. the pushing worker's initial pull afterwards, raw HTTP (%1 leases, items and answers)"_s.arg(
                        grouped(m_options.answers)),
                u"%1 rows/s (%2 rows, %3 pages, %4 s)"_s.arg(rate(pulled->rows, serverSeconds), grouped(pulled->rows))
                        .arg(pulled->pages.size())
                        .arg(fixed(serverSeconds, 2)),
                {},
                {}});
        return {};
    }

    // Figure 2 through the desktop client: claims and answers go through the outbox.
    Status pushAnswersEngine()
    {
        auto client = EngineClient::open(QDir(m_workDir).filePath(u"worker-client.db"_s), m_server->baseUrl(),
                                         u"engineworker"_s);
        if (!client)
            return client.error();
        LocalStore &store = (*client)->store();
        for (int left = m_options.answers; left > 0; left -= kClaimMax) {
            if (auto id = store.enqueue(u"lease.claim@1"_s,
                                        {{u"task_id"_s, m_taskId}, {u"count"_s, std::min(left, kClaimMax)}});
                !id)
                return id.error();
        }
        auto claimed = (*client)->sync();
        if (!claimed)
            return claimed.error();
        auto leases = store.list(Entity::Lease);
        if (!leases)
            return leases.error();
        QStringList active;
        for (const StoredEntity &lease : std::as_const(*leases)) {
            if (lease.data.value(u"state"_s).toString() == u"active")
                active.append(lease.id);
        }
        if (active.size() != m_options.answers)
            return Error::internal(
                    u"the client sees %1 active leases, not %2"_s.arg(active.size()).arg(m_options.answers));
        note(u"SyncEngine claim cycle: %1 claims pushed, %2 rows pulled back in %3 s"_s.arg(claimed->report.pushed)
                     .arg(grouped(claimed->report.pulledRows))
                     .arg(fixed(claimed->seconds, 2)));

        QElapsedTimer timer;
        timer.start();
        for (const QString &lease : std::as_const(active)) {
            const NamedMutation answer = answerSubmit(lease);
            if (auto id = store.enqueue(answer.name, answer.args); !id)
                return id.error();
        }
        const double enqueueSeconds = seconds(timer);

        auto cycle = (*client)->sync(m_options.answers);
        if (!cycle)
            return cycle.error();
        if (cycle->report.applied != m_options.answers || cycle->pushSeconds < 0.0)
            return Error::internal(
                    u"the client saw %1 answers applied and %2 rejected of %3"_s.arg(cycle->report.applied)
                            .arg(cycle->report.rejected)
                            .arg(m_options.answers));
        figure({u"2. push %1 answers, SyncEngine: outbox → server → outcomes recorded locally"_s.arg(
                        grouped(m_options.answers)),
                u"%1 s (%2 answers/s); the whole cycle with pulling back %3 rows: %4 s"_s
                        .arg(fixed(cycle->pushSeconds, 2), rate(m_options.answers, cycle->pushSeconds))
                        .arg(grouped(cycle->report.pulledRows))
                        .arg(fixed(cycle->seconds, 2)),
                m_sqlite ? u"≤ 2 s"_s : u"(≤ 2 s on SQLite)"_s,
                m_sqlite ? yesNo(cycle->pushSeconds <= kPushTargetSeconds) : u"—"_s});
        figure({u"2. (client side) enqueue %1 answers into the outbox, one transaction each"_s.arg(
                        grouped(m_options.answers)),
                u"%1 s (%2 answers/s)"_s.arg(fixed(enqueueSeconds, 2), rate(m_options.answers, enqueueSeconds)),
                {},
                {}});
        return {};
    }

    // Figure 3: N signed-in workers pull with their cursors in a loop: first an idle window with no
    // writes, then a window while one worker answers every writerIntervalMs, each answer a change of
    // the task that every worker receives (and the server renders for each of them).
    Status sustainedPulls()
    {
        const int clients = m_options.clients;
        ProtocolClient writer(m_server->baseUrl());
        if (auto status = writer.login(u"writer"_s, kPassword); !status)
            return status;
        auto leases = claimLeases(writer, kClaimMax);
        if (!leases)
            return leases.error();

        QStringList tokens;
        QElapsedTimer signIn;
        signIn.start();
        for (int i = 0; i < clients; ++i) {
            ProtocolClient client(m_server->baseUrl());
            if (auto status = client.login(pullerName(i), kPassword); !status)
                return status;
            tokens.append(client.token());
        }
        note(u"%1 sign-ins in %2 s"_s.arg(clients).arg(fixed(seconds(signIn), 1)));

        using Clock = std::chrono::steady_clock;
        std::vector<PullerResult> idle(static_cast<std::size_t>(clients));
        std::vector<PullerResult> busy(static_cast<std::size_t>(clients));
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        std::atomic<qint64> idleEndNs{0};
        std::atomic<qint64> busyEndNs{0};
        const QUrl base = m_server->baseUrl();
        const int limit = m_options.pullLimit;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < clients; ++i) {
            PullerResult &idleResult = idle[static_cast<std::size_t>(i)];
            PullerResult &busyResult = busy[static_cast<std::size_t>(i)];
            const QString token = tokens.at(i);
            threads.emplace_back(QThread::create(
                    [&idleResult, &busyResult, &ready, &go, &idleEndNs, &busyEndNs, base, token, limit] {
                        ProtocolClient client(base);
                        client.setToken(token);
                        std::optional<QString> cursor;
                        for (bool more = true; more;) {
                            auto page = client.pull(cursor, limit);
                            if (!page) {
                                idleResult.firstError = page.error().describe();
                                ++idleResult.errors;
                                ready.fetch_add(1);
                                return;
                            }
                            idleResult.snapshotRows += page->changes;
                            cursor = page->cursor;
                            more = page->hasMore;
                        }
                        ready.fetch_add(1);
                        while (!go.load())
                            QThread::msleep(1);
                        const Clock::time_point idleEnd{std::chrono::nanoseconds(idleEndNs.load())};
                        const Clock::time_point busyEnd{std::chrono::nanoseconds(busyEndNs.load())};
                        while (Clock::now() < busyEnd) {
                            const auto started = Clock::now();
                            auto page = client.pull(cursor, limit);
                            const auto ended = Clock::now();
                            // A pull counts for the window it lies in whole; one straddling a boundary for neither.
                            PullerResult *window = ended < idleEnd                         ? &idleResult
                                                   : started >= idleEnd && ended < busyEnd ? &busyResult
                                                                                           : nullptr;
                            if (!page) {
                                if (window && window->firstError.isEmpty())
                                    window->firstError = page.error().describe();
                                if (window)
                                    ++window->errors;
                                QThread::msleep(10);
                                continue;
                            }
                            cursor = page->cursor;
                            if (!window)
                                continue;
                            ++window->pulls;
                            window->rows += page->changes;
                            window->latencies.add(page->requestMs);
                        }
                    }));
            threads.back()->start();
        }
        auto joinAll = [&threads] {
            waitFor(
                    [&threads] {
                        return std::all_of(threads.begin(), threads.end(),
                                           [](const std::unique_ptr<QThread> &thread) { return thread->isFinished(); });
                    },
                    10 * 60'000);
            for (const auto &thread : threads)
                thread->wait();
        };
        if (!waitFor([&] { return ready.load() == clients; }, 10 * 60'000)) {
            go = true;
            joinAll();
            return Error::internal(u"the clients' initial pulls did not finish"_s);
        }
        qint64 snapshotRows = 0;
        for (const PullerResult &result : idle) {
            if (!result.firstError.isEmpty()) {
                go = true;
                joinAll();
                return Error::internal(u"a client's initial pull failed: "_s + result.firstError);
            }
            snapshotRows += result.snapshotRows;
        }
        note(u"%1 clients pulled their snapshots (%2 rows)"_s.arg(clients).arg(grouped(snapshotRows)));

        auto nanos = [](Clock::time_point point) {
            return std::chrono::duration_cast<std::chrono::nanoseconds>(point.time_since_epoch()).count();
        };
        const auto start = Clock::now();
        const auto idleEnd = start + std::chrono::seconds(m_options.idleSeconds);
        const auto busyEnd = idleEnd + std::chrono::seconds(m_options.seconds);
        idleEndNs = nanos(idleEnd);
        busyEndNs = nanos(busyEnd);
        go = true;
        sleepWithEvents(static_cast<int>(m_options.idleSeconds * 1000));

        Latencies writes;
        qsizetype nextLease = 0;
        QString writerError;
        auto nextWrite = Clock::now();
        while (Clock::now() < busyEnd && nextLease < leases->size()) {
            QElapsedTimer one;
            one.start();
            if (auto pushed = writer.push({answerSubmit(leases->at(nextLease++))}); !pushed) {
                writerError = pushed.error().describe();
                break;
            }
            writes.add(static_cast<double>(one.nsecsElapsed()) / 1e6);
            nextWrite += std::chrono::milliseconds(m_options.writerIntervalMs);
            const auto wait =
                    std::chrono::duration_cast<std::chrono::milliseconds>(std::min(nextWrite, busyEnd) - Clock::now());
            if (wait.count() > 0)
                sleepWithEvents(static_cast<int>(wait.count()));
        }
        joinAll();
        if (!writerError.isEmpty())
            return Error::internal(u"the writer failed: "_s + writerError);

        struct Summary {
            Latencies latencies;
            qint64 pulls = 0;
            qint64 rows = 0;
            qint64 errors = 0;
            QString firstError;
        };
        auto summarise = [](const std::vector<PullerResult> &results) {
            Summary summary;
            for (const PullerResult &result : results) {
                summary.latencies.append(result.latencies);
                summary.pulls += result.pulls;
                summary.rows += result.rows;
                summary.errors += result.errors;
                if (summary.firstError.isEmpty())
                    summary.firstError = result.firstError;
            }
            return summary;
        };
        const Summary quiet = summarise(idle);
        const Summary loaded = summarise(busy);
        if (m_options.idleSeconds > 0) {
            figure({u"3. sustained pulls, %1 clients, %2 s with no writes"_s.arg(clients).arg(m_options.idleSeconds),
                    u"%1 pulls/s (%2 pulls, %3 failed); latency p50 %4 / p95 %5 ms"_s
                            .arg(rate(quiet.pulls, m_options.idleSeconds), grouped(quiet.pulls))
                            .arg(quiet.errors)
                            .arg(fixed(quiet.latencies.percentile(0.5), 1), fixed(quiet.latencies.percentile(0.95), 1)),
                    {},
                    {}});
        }
        figure({u"3. sustained pulls, %1 clients, %2 s, a writer answering every %3 ms"_s.arg(clients)
                        .arg(m_options.seconds)
                        .arg(m_options.writerIntervalMs),
                u"%1 pulls/s (%2 pulls, %3 failed)"_s.arg(rate(loaded.pulls, m_options.seconds), grouped(loaded.pulls))
                        .arg(loaded.errors),
                {},
                {}});
        figure({u"3. … pull latency p50 / p95 / p99"_s,
                u"%1 / %2 / %3 ms"_s.arg(fixed(loaded.latencies.percentile(0.5), 1),
                                         fixed(loaded.latencies.percentile(0.95), 1),
                                         fixed(loaded.latencies.percentile(0.99), 1)),
                {},
                {}});
        figure({u"3. … writes done, rows delivered (a write is a task change for every client)"_s,
                u"%1 of %2 planned writes (push p50 %3 / p95 %4 ms); %5 rows delivered"_s.arg(writes.count())
                        .arg(m_options.seconds * 1000 / m_options.writerIntervalMs)
                        .arg(fixed(writes.percentile(0.5), 1), fixed(writes.percentile(0.95), 1))
                        .arg(grouped(loaded.rows)),
                {},
                {}});
        for (const Summary *summary : {&quiet, &loaded}) {
            if (summary->errors > 0)
                note(u"first pull error: "_s + summary->firstError);
        }
        return {};
    }

private:
    Options m_options;
    QString m_label;
    QString m_databaseUrl;
    QString m_workDir;
    QString m_passwordFile;
    bool m_sqlite = true;
    std::unique_ptr<Testing::ServerProcess> m_server;
    std::unique_ptr<ProtocolClient> m_requester;
    QString m_taskId;
    QStringList m_taskIds;
    QList<Figure> m_figures;
    QElapsedTimer m_clock;
};

// The PostgreSQL server's version and the settings that matter for these figures.
QString describePostgres(const DatabaseConfig &config)
{
    const QString name = u"sync-benchmark-describe"_s;
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT version()"_s) && query.next())
                text = query.value(0).toString().section(u',', 0, 0);
            QStringList settings;
            for (const QString &setting :
                 {u"fsync"_s, u"synchronous_commit"_s, u"shared_buffers"_s, u"max_connections"_s}) {
                if (query.exec(u"SHOW "_s + setting) && query.next())
                    settings.append(setting + u"="_s + query.value(0).toString());
            }
            text += u" (" + settings.join(u", "_s) + u")";
        } else {
            text = u"PostgreSQL (cannot connect to describe it: %1)"_s.arg(db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

void dropPostgresSchema(const DatabaseConfig &config)
{
    const QString name = u"sync-benchmark-cleanup"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"SET client_min_messages = warning"_s) ||
            !query.exec(u"DROP SCHEMA IF EXISTS "_s + Dialect::quoteIdentifier(config.schema) + u" CASCADE"_s))
            std::fprintf(stderr, "cannot drop the benchmark schema %s\n", config.schema.toUtf8().constData());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sync_benchmark"_s);
    QLoggingCategory::setFilterRules(u"chrysalis.*.debug=false\nchrysalis.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"CSP/1 sync benchmarks against a real chrysalis-server on 127.0.0.1: initial pull, answer push and "
            "sustained concurrent pulls, on SQLite and on PostgreSQL."_s);
    parser.addHelpOption();
    parser.addOption({u"postgres"_s,
                      u"Also run on this PostgreSQL database (postgres://USER:PASS@HOST:PORT/DB); a "
                      "fresh schema is made and dropped."_s,
                      u"url"_s});
    parser.addOption({u"start-postgres"_s, u"Also run on a throwaway PostgreSQL cluster started with "
                                           "tests/support/postgres.sh."_s});
    parser.addOption({u"no-sqlite"_s, u"Skip the SQLite run."_s});
    parser.addOption({u"keep"_s, u"Keep the work directory (databases, client files) for a look afterwards."_s});
    parser.addOption(
            {u"items"_s,
             u"Items of the task the requester pulls (default 100000, at most 100000; 1000000 with --concurrent-writers)."_s,
             u"n"_s, u"100000"_s});
    parser.addOption({u"answers"_s, u"Answers pushed (default 10000)."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"clients"_s, u"Concurrent pulling clients (default 50)."_s, u"n"_s, u"50"_s});
    parser.addOption({u"seconds"_s, u"Length of the sustained-pull window (default 20)."_s, u"s"_s, u"20"_s});
    parser.addOption({u"idle-seconds"_s, u"Sustained pulls with no writes before the writer starts (default 10)."_s,
                      u"s"_s, u"10"_s});
    parser.addOption({u"scenarios"_s, u"Which figures to measure after seeding: pull, push, sustained (default all)."_s,
                      u"list"_s, u"pull,push,sustained"_s});
    parser.addOption({u"concurrent-writers"_s,
                      u"Instead of the three figures: one fresh client's initial sync of every item (up to "
                      "1000000, spread over tasks of 100000) while this many workers keep claiming and answering."_s,
                      u"n"_s, u"0"_s});
    parser.addOption({u"verify"_s, u"With --concurrent-writers: check afterwards that the client's mirror equals "
                                   "the server's view and that its file passes PRAGMA integrity_check."_s});
    parser.addOption(
            {u"writer-interval-ms"_s, u"Pause between the writer's answers (default 200)."_s, u"ms"_s, u"200"_s});
    parser.process(app);

    Options options;
    bool ok = true;
    auto number = [&](const QString &name, int low, int high) {
        bool parsed = false;
        const int value = parser.value(name).toInt(&parsed);
        if (!parsed || value < low || value > high) {
            std::fprintf(stderr, "--%s takes %d to %d\n", name.toUtf8().constData(), low, high);
            ok = false;
        }
        return value;
    };
    options.concurrentWriters = number(u"concurrent-writers"_s, 0, 64);
    options.verify = parser.isSet(u"verify"_s);
    options.items = number(u"items"_s, 1, options.concurrentWriters > 0 ? 10 * kMaxItemsPerTask : kMaxItemsPerTask);
    options.answers = number(u"answers"_s, 1, 40'000);
    options.clients = number(u"clients"_s, 1, 200);
    options.seconds = number(u"seconds"_s, 1, 3600);
    options.writerIntervalMs = number(u"writer-interval-ms"_s, 1, 60'000);
    options.idleSeconds = number(u"idle-seconds"_s, 0, 3600);
    options.scenarios = parser.value(u"scenarios"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &scenario : std::as_const(options.scenarios)) {
        if (scenario != u"pull" && scenario != u"push" && scenario != u"sustained") {
            std::fprintf(stderr, "--scenarios takes pull, push and sustained, not %s\n", scenario.toUtf8().constData());
            ok = false;
        }
    }
    if (!ok)
        return 2;
    if (options.concurrentWriters == 0 && options.items < 2 * options.answers + kClaimMax) {
        std::fprintf(stderr, "--items must leave room for two workers' answers and the writer's leases\n");
        return 2;
    }

    const MachineInfo machine = MachineInfo::current();
    std::printf("sync_benchmark on %s\n", machine.describe().toUtf8().constData());
    std::printf("server: %s\n", Testing::serverBinary().toUtf8().constData());
    std::fflush(stdout);

    QTemporaryDir work(QDir::temp().filePath(u"chrysalis-sync-benchmark-XXXXXX"_s));
    if (!work.isValid()) {
        std::fprintf(stderr, "cannot make a temporary directory\n");
        return 1;
    }
    if (parser.isSet(u"keep"_s)) {
        work.setAutoRemove(false);
        std::printf("work directory (kept): %s\n", work.path().toUtf8().constData());
    }

    struct Run {
        QString title;
        Result<QList<Figure>> figures = Error::internal(u"not run"_s);
    };
    QList<Run> runs;

    if (!parser.isSet(u"no-sqlite"_s)) {
        const QString dir = work.filePath(u"sqlite"_s);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(u"marketplace.db"_s);
        SyncBenchmark benchmark(options, u"SQLite (server file %1, WAL, synchronous=NORMAL)"_s.arg(path),
                                u"sqlite:"_s + path, dir, true);
        runs.append({u"SQLite — %1"_s.arg(machine.describe()), benchmark.run()});
    }

    std::unique_ptr<PostgresCluster> cluster;
    QString postgresUrl = parser.value(u"postgres"_s);
    if (postgresUrl.isEmpty() && parser.isSet(u"start-postgres"_s)) {
        auto started = PostgresCluster::start(work.filePath(u"postgres-state"_s));
        if (!started) {
            std::fprintf(stderr, "%s\n", started.error().describe().toUtf8().constData());
            return 1;
        }
        cluster = std::move(*started);
        std::printf("%s\n", cluster->description().toUtf8().constData());
        postgresUrl = cluster->url();
    }
    if (!postgresUrl.isEmpty()) {
        auto config = DatabaseConfig::parse(postgresUrl);
        if (!config || config->driver != DatabaseConfig::Driver::Postgres || !config->schema.isEmpty()) {
            std::fprintf(stderr, "--postgres takes postgres://USER:PASS@HOST:PORT/DB without a schema\n");
            return 2;
        }
        config->schema = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QString dir = work.filePath(u"postgres"_s);
        QDir().mkpath(dir);
        const QString description = describePostgres(*config);
        SyncBenchmark benchmark(options, u"PostgreSQL: %1, schema %2"_s.arg(description, config->schema),
                                postgresUrl + u"?schema="_s + config->schema, dir, false);
        runs.append({u"PostgreSQL — %1 — %2"_s.arg(description, machine.describe()), benchmark.run()});
        dropPostgresSchema(*config);
    }

    int exitCode = 0;
    for (const Run &run : std::as_const(runs)) {
        if (!run.figures) {
            std::printf("\n%s\n\nFAILED: %s\n", run.title.toUtf8().constData(),
                        run.figures.error().describe().toUtf8().constData());
            exitCode = 1;
            continue;
        }
        printFigures(run.title, *run.figures);
    }
    return exitCode;
}
