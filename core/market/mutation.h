#pragma once

#include "core/domain/roles.h"
#include "core/market/changelog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

class Database;
struct Policy;

// A mutation refused by a business rule. The code is one of SYNC.md's rejection codes
// (VALIDATION_FAILED, FORBIDDEN, NOT_FOUND, NOT_ELIGIBLE, LEASE_EXPIRED, TASK_CLOSED,
// ALREADY_ANSWERED, CONFLICT_CLOSED, NOT_ON_PANEL, VERSION_CONFLICT, INSUFFICIENT_FUNDS,
// LIMIT_EXCEEDED); details carry field errors ("fields": [{field, message}]) or the reason.
struct Rejection {
    QString code;
    QString message;
    QJsonObject details;
};

// What applying one mutation did: applied (with optional details for the client, e.g. the ids
// of what it created) or rejected. Infrastructure failures are not outcomes: they travel as an
// Error in Result<MutationEffect> and become a 500, never a rejection.
struct MutationEffect {
    bool applied = true;
    Rejection rejection;
    QJsonObject details;

    static MutationEffect ok(QJsonObject details = {}) { return {true, {}, std::move(details)}; }
    static MutationEffect reject(const QString &code, const QString &message, QJsonObject details = {})
    {
        return {false, {code, message, std::move(details)}, {}};
    }
};

// Everything a handler may use while applying one mutation, inside the caller's savepoint.
// The actor comes from the bearer token, never from the mutation's arguments.
struct MutationContext {
    Database &db;
    ChangeLog &changes;
    const Policy &policy;
    QDateTime now;
    QString actorId;
    QString clientId;
};

// Who is pulling, for per-user rendering of entities.
struct Viewer {
    QString accountId;
    QStringList audiences; // Audience keys this account receives
};

} // namespace Chrysalis
