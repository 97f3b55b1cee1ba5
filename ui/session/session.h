#pragma once

#include "core/result.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/session/localmarketplace.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Chrysalis {

// One signed-in account on one marketplace: its own LocalStore file (one per user and server, so
// one user's outbox is never pushed under another's sign-in) and its SyncEngine; for "try it
// locally", also the embedded marketplace it runs on. Signing in again closes the previous account.
class Session : public QObject
{
    Q_OBJECT

public:
    // The password of every account of the demo marketplace.
    static QString demoPassword();

    explicit Session(QString dataDirectory, QObject *parent = nullptr);
    ~Session() override;

    QString dataDirectory() const { return m_dataDirectory; }
    // The chrysalis-server binary for "try it locally" (default: next to the client).
    void setServerProgram(const QString &program) { m_serverProgram = program; }
    // The database file of `username` on `server`; the embedded marketplace's files do not depend on
    // its port, which changes every start.
    QString storePath(const QUrl &server, const QString &username, bool embedded) const;

    // Opens the account's store and signs in with a password.
    void signIn(const QUrl &server, const QString &username, const QString &password,
                std::function<void(const Status &)> done);
    // Opens the account's store and takes a saved token (from the keychain); the first sync checks it.
    Status resume(const QUrl &server, const QString &username, const QString &token);
    // Starts the embedded demo marketplace (or reuses it) and signs in as one of its accounts.
    void signInLocally(const QString &username, std::function<void(const Status &)> done);
    // Revokes the token on the server when it answers; the store keeps the outbox for next time.
    void signOut(std::function<void()> done);

    bool isSignedIn() const { return m_engine != nullptr; }
    bool isLocal() const { return m_local != nullptr; }
    QUrl server() const { return m_server; }
    QString username() const { return m_username; }
    LocalStore *store() const { return m_store.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    LocalMarketplace *localMarketplace() const { return m_local.get(); }

    // The account as last pulled (or as the sign-in answered, before the first pull).
    QJsonObject account() const;
    QStringList roles() const;
    QString tier() const;

Q_SIGNALS:
    void signedIn();
    void signedOut();
    // A new token from a sign-in or a refresh: for the keychain.
    void tokenChanged(const QString &token);

private:
    Status open(const QUrl &server, const QString &username, bool embedded);
    void close();

    QString m_dataDirectory;
    QString m_serverProgram;
    std::unique_ptr<LocalMarketplace> m_local;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    QUrl m_server;
    QString m_username;
    QJsonObject m_signInAccount;
};

} // namespace Chrysalis
