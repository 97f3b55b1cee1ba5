#pragma once

#include "core/result.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/serverprocess.h"
#include "tests/support/qtprinters.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Chrysalis {
class Session;
}

namespace Chrysalis::Testing {

// How long a test waits for a sign-in or a sync cycle against a real server.
constexpr int kDemoWaitMs = 30000;

// Signs `session` in to its embedded demo marketplace (the chrysalis-server under test) and waits.
Status signInLocally(Session &session, const QString &username);
// Signs `session` in to `server` with the demo password and waits.
Status signInToDemo(Session &session, const QUrl &server, const QString &username);
// Runs one sync cycle and waits for it; a failure (and an empty report) when it does not finish.
SyncReport syncOnce(SyncEngine &engine);

// How a desk's engine is set up. By default it syncs only when a test asks, so "offline" is
// simply not asking.
struct DeskOptions {
    QString storeFile = {}; // empty: <username>.db
    std::chrono::milliseconds debounce = std::chrono::hours(1);
    std::chrono::milliseconds requestTimeout{30'000};
    bool syncAfterSignIn = true;
};

// A desk that syncs soon after each change, as the client does, and not at sign-in.
inline DeskOptions syncingSoon(const QString &storeFile = {})
{
    return {.storeFile = storeFile,
            .debounce = std::chrono::milliseconds(50),
            .requestTimeout = std::chrono::milliseconds(5000),
            .syncAfterSignIn = false};
}

// One person at their own desk: a local database and a sync engine signed in to a marketplace.
struct DemoDesk {
    QString name;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine; // after the store: destroyed first
    QString accountId;

    SyncReport sync();
    QList<StoredEntity> entities(const QString &entity) const;
    // The id of the task with this title in the mirror; empty when there is none.
    QString taskId(const QString &title) const;
};

// Opens DIRECTORY/<store file>, signs `username` in to `server` with the demo password and, unless
// the options say otherwise, syncs once. Failures are reported to the running test.
DemoDesk signInDesk(const QUrl &server, const QString &directory, const QString &username,
                    const DeskOptions &options = {});

// A demo marketplace (`chrysalis-server --demo`) in a temporary directory, and desks signed in to it.
class DemoMarket
{
public:
    DemoMarket();
    bool ok() const { return m_server != nullptr; }
    QUrl baseUrl() const;
    // The marketplace's database, as `chrysalis-server admin --db` takes it.
    QString databaseUrl() const;
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    DemoDesk signIn(const QString &username, const DeskOptions &options = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace Chrysalis::Testing
