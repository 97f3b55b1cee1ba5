#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Chrysalis {

// Keeps sign-in tokens in the system keychain (QtKeychain). Without a keychain service (a bare
// session, offscreen, CI) it falls back to memory for this run and says so: the token is never
// written to a plain file.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    explicit TokenVault(QObject *parent = nullptr);

    // The key of one account on one marketplace.
    static QString keyFor(const QString &server, const QString &username);

    // `done` gets {} when the keychain holds it, or a Storage error saying it is kept for this run only.
    void store(const QString &key, const QString &token, std::function<void(const Status &)> done);
    // NotFound when there is none.
    void load(const QString &key, std::function<void(const Result<QString> &)> done);
    void remove(const QString &key);
    bool keychainAvailable() const { return m_keychainAvailable; }

private:
    QHash<QString, QString> m_memory;
    bool m_keychainAvailable = true;
};

} // namespace Chrysalis
