// A desktop client without a desktop: LocalStore + SyncEngine against a server URL, run as its own
// process so the server tests can kill it (SIGKILL) at any point of a sync and start it again.
// Signs in, enqueues the mutations of --mutations (a JSON array of {name, args}), then syncs until
// the outbox holds nothing pending. Prints one line per pulled page ("progress pull pages=N
// rows=M snapshot=1") and a last line "done pulled=N" on success; exits 1 with "error: …" otherwise.
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int fail(const QString &why)
{
    say(u"error: "_s + why);
    return 1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs LocalStore + SyncEngine against a chrysalis-server."_s);
    parser.addHelpOption();
    parser.addOption({u"server"_s, u"Base URL of the server."_s, u"url"_s});
    parser.addOption({u"store"_s, u"The client's database file."_s, u"path"_s});
    parser.addOption({u"user"_s, u"Username to sign in as."_s, u"name"_s});
    parser.addOption({u"password"_s, u"Password of the user."_s, u"password"_s});
    parser.addOption({u"mutations"_s, u"JSON file: [{name, args}] to enqueue before syncing."_s, u"file"_s});
    parser.addOption(
            {u"page-pause-ms"_s, u"Sleep this long after each pulled page (a slow client)."_s, u"ms"_s, u"0"_s});
    parser.process(app);
    const int pauseMs = parser.value(u"page-pause-ms"_s).toInt();

    auto store = LocalStore::open(parser.value(u"store"_s));
    if (!store)
        return fail(store.error().describe());
    SyncEngine engine(**store);
    engine.setServer(QUrl(parser.value(u"server"_s)));
    engine.setAutoRetry(false);
    engine.setDebounce(std::chrono::milliseconds(0));
    engine.setRequestTimeout(std::chrono::minutes(2));

    std::optional<Status> signedIn;
    engine.login(parser.value(u"user"_s), parser.value(u"password"_s),
                 [&signedIn](const Result<LoginReply> &reply) { signedIn = reply ? Status() : Status(reply.error()); });
    if (!waitFor([&] { return signedIn.has_value(); }, 60'000))
        return fail(u"sign-in timed out"_s);
    if (!*signedIn)
        return fail(signedIn->error().describe());
    std::optional<Status> informed;
    engine.fetchInfo(
            [&informed](const Result<ServerInfo> &info) { informed = info ? Status() : Status(info.error()); });
    if (!waitFor([&] { return informed.has_value(); }, 60'000) || !*informed)
        return fail(u"GET /v1/info failed"_s);

    if (parser.isSet(u"mutations"_s)) {
        QFile file(parser.value(u"mutations"_s));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot read "_s + file.fileName());
        const QJsonArray mutations = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : mutations) {
            const QJsonObject mutation = value.toObject();
            auto id = engine.enqueue(mutation.value(u"name"_s).toString(), mutation.value(u"args"_s).toObject());
            if (!id)
                return fail(id.error().describe());
            say(u"enqueued %1 %2"_s.arg(*id).arg(mutation.value(u"name"_s).toString()));
        }
    }

    QObject::connect(&engine, &SyncEngine::syncProgress, [pauseMs](const SyncProgress &progress) {
        if (progress.phase != SyncProgress::Phase::Pulling)
            return;
        say(u"progress pull pages=%1 rows=%2 snapshot=%3"_s.arg(progress.pages)
                    .arg(progress.rows)
                    .arg(progress.initialSync ? 1 : 0));
        if (pauseMs > 0)
            QThread::msleep(static_cast<unsigned long>(pauseMs));
    });

    qint64 pulled = 0;
    for (int cycle = 0; cycle < 10; ++cycle) {
        std::optional<SyncReport> finished;
        const auto connection = QObject::connect(&engine, &SyncEngine::syncFinished,
                                                 [&finished](const SyncReport &report) { finished = report; });
        engine.syncNow();
        const bool ended = waitFor([&] { return finished.has_value(); }, 10 * 60'000);
        QObject::disconnect(connection);
        if (!ended)
            return fail(u"the sync cycle did not finish"_s);
        if (!finished->ok())
            return fail(finished->errors.constFirst().describe());
        pulled += finished->pulledRows;
        const auto counts = (*store)->counts();
        if (!counts)
            return fail(counts.error().describe());
        if (counts->pending == 0) {
            say(u"done pulled=%1"_s.arg(pulled));
            return 0;
        }
    }
    return fail(u"mutations still pending after 10 cycles"_s);
}
