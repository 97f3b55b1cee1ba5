#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

enum class LeaseState { Active, Released, Expired, Used };
QString leaseStateName(LeaseState state); // "active", "released", "expired", "used"
Result<LeaseState> parseLeaseState(const QString &name);

// A worker's time-limited claim on one item slot, so the item can be worked offline. The state is
// what the server last recorded; whether time is up is a question of the clock (isExpiredAt).
struct Lease {
    QString id;
    QString itemId;
    QString taskId;
    QString workerId;
    QDateTime claimedAt;
    QDateTime expiresAt;
    LeaseState state = LeaseState::Active;

    // Time is up from expiresAt on (the instant itself included). A lease without a valid
    // expiresAt counts as expired.
    bool isExpiredAt(const QDateTime &now) const;
    // Whole seconds left, rounded up, so it is 0 exactly when isExpiredAt(now).
    qint64 secondsLeftAt(const QDateTime &now) const;

    QJsonObject toJson() const;
    static Result<Lease> fromJson(const QJsonObject &json);

    bool operator==(const Lease &) const = default;
};

} // namespace Chrysalis
