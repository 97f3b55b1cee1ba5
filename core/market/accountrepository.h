#pragma once

#include "core/domain/account.h"
#include "core/domain/money.h"
#include "core/domain/roles.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// An account as the server stores it: the domain Account plus what only the server knows.
struct AccountRecord {
    Account account;
    QString publicId; // the pseudonymous id others see instead of account.id
    QString passwordHash; // Argon2id string, never sent anywhere
    QString suspendedReason;
    QDateTime suspendedAt;
    QStringList contentOptIns;
    QJsonObject limits; // daily exposure limits per content category
    qint64 scopeEpoch = 1; // bumped whenever the account's audiences change
    QDateTime createdAt;

    const QString &id() const { return account.id; }
    bool isWorker() const { return account.roles.testFlag(Role::Worker); }
    bool isRequester() const { return account.roles.testFlag(Role::Requester); }
    bool isAdmin() const { return account.roles.testFlag(Role::Admin); }
};

struct TokenRecord {
    QString accountId;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt; // invalid while not revoked
};

// What a worker earned and what their lost conflicts cost the platform within a window.
struct PayWindow {
    Cents earned = 0;
    Cents mistakePay = 0;
};

// Storage of accounts and what hangs off them alone: bearer tokens, the points history and the
// worker pay record. Holds all of that SQL; decides nothing.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db) : m_db(db) { }

    Status insert(const AccountRecord &record);
    // With lock, the row stays locked until the transaction ends (PostgreSQL).
    Result<std::optional<AccountRecord>> find(const QString &id, bool lock = false);
    Result<std::optional<AccountRecord>> findByUsername(const QString &username);
    Result<bool> pseudonymTaken(const QString &pseudonym);
    // Accounts with the worker role above bronze, for the demotion sweep.
    Result<QList<AccountRecord>> workersAboveBronze();
    // Requesters at butterfly standing, for the leaderboard.
    Result<QList<AccountRecord>> butterflyRequesters();

    Status setTier(const QString &id, Tier tier);
    Status setStanding(const QString &id, Standing standing);
    Status bumpScopeEpoch(const QString &id);
    Status suspend(const QString &id, const QString &reason, const QDateTime &at);
    Status reinstate(const QString &id);
    Status updateProfile(const QString &id, const QStringList &skills, const QStringList &contentOptIns,
                         const QJsonObject &limits);
    // Adds delta to the points and sets the standing they lead to (MarketEngine::addPoints, which records
    // the points event, is the one caller).
    Status addPoints(const QString &id, int delta, Standing standing);
    // The points booked so far for one reason ("rating", "feedback", …).
    Result<qint64> pointsBooked(const QString &id, const QString &reason);

    Status insertToken(const QString &digest, const QString &accountId, const QDateTime &createdAt,
                       const QDateTime &expiresAt);
    Result<std::optional<TokenRecord>> token(const QString &digest);
    // True when a live token was revoked by this call.
    Result<bool> revokeToken(const QString &digest, const QDateTime &at);

    Status recordPay(const QString &workerId, const QString &kind, Cents earned, Cents mistakePay, const QString &ref,
                     const QDateTime &at);
    // Sums over booked_at in (after, until].
    Result<PayWindow> payWindow(const QString &workerId, const QDateTime &after, const QDateTime &until);
    // Everything each worker was ever paid, by worker id.
    Result<QHash<QString, Cents>> earnedTotals();

private:
    Result<QList<AccountRecord>> select(const QString &where, const QString &key, const QVariant &value, bool lock);

    Database &m_db;
};

} // namespace Chrysalis
