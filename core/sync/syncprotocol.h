#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// The wire shapes of CSP/1 (spec/SYNC.md) as the desktop client reads and writes them. Parsing is
// defensive: anything malformed is a Network error naming what was wrong, never a partial value.

inline constexpr int kSyncProtocolVersion = 1;

// Limits of one server; the defaults are the spec's starting values, replaced by /v1/info when known.
// The protocol's limits, shared by both sides: the server enforces and advertises them in
// /v1/info ("limits": {max_mutations_per_push, max_push_bytes, max_mutation_bytes,
// default_pull_limit, max_pull_limit}); the client reads them from there.
struct SyncLimits {
    int maxMutationsPerPush = 200;
    qint64 maxPushBytes = 2 * 1024 * 1024;
    qint64 maxMutationBytes = 256 * 1024;
    int defaultPullLimit = 2000;
    int maxPullLimit = 5000;

    QJsonObject toJson() const;
};

// GET /v1/info. Reads protocol {min, max} (or protocol_min/protocol_max), limits {push_max_mutations,
// push_max_bytes, mutation_max_bytes, pull_page_size}, mutations [names], server_time, policy, policy_version;
// a missing limit keeps its default, a present but malformed one is an error.
struct ServerInfo {
    int protocolMin = kSyncProtocolVersion;
    int protocolMax = kSyncProtocolVersion;
    SyncLimits limits;
    QStringList mutationNames;
    QDateTime serverTime;
    QString policyVersion;
    QJsonObject policy; // the policy in force, as Policy::toJson writes it; empty when not sent

    bool speaksClientProtocol() const
    {
        return protocolMin <= kSyncProtocolVersion && kSyncProtocolVersion <= protocolMax;
    }
    static Result<ServerInfo> fromJson(const QJsonObject &object);
};

// POST /v1/auth/login → {token, expires_at, account}; account.id is required.
struct LoginReply {
    QString token;
    QDateTime expiresAt;
    QString accountId;
    QString username;
    QJsonObject account;

    static Result<LoginReply> fromJson(const QJsonObject &object);
};

enum class EntityOp { Upsert, Delete };
QString entityOpName(EntityOp op);

// One change of a pull page. Deletes carry no data.
struct EntityChange {
    qint64 seq = 0;
    QString entity;
    QString id;
    EntityOp op = EntityOp::Upsert;
    qint64 version = 0;
    QJsonObject data;
};

// The terminal outcome of one mutation as the server stored it (G4).
struct MutationOutcome {
    qint64 mutationId = 0;
    bool applied = true;
    QString code; // rejection code; empty when applied
    QString message;
    QJsonObject details;

    // {id, status: applied|rejected, code?, message?, details?}. With requireId false the id may be
    // absent (the stored original inside an already_applied result).
    static Result<MutationOutcome> fromJson(const QJsonObject &object, bool requireId = true);
};

// One page of POST /v1/sync/pull.
struct PullPage {
    QString cursor;
    bool hasMore = false;
    bool reset = false;
    QList<EntityChange> changes;
    qint64 lastMutationId = 0;
    QList<MutationOutcome> outcomes;
    QDateTime serverTime;

    static Result<PullPage> fromJson(const QJsonObject &object);
};

enum class PushStatus { Applied, AlreadyApplied, Rejected, Retry, NotAttempted };

// The server's answer for one mutation of a push batch. An already_applied result carries the
// stored original outcome in `original` ({status, code, message, details} under "outcome", or the
// same keys flat); without one it counts as applied.
struct PushResult {
    qint64 mutationId = 0;
    PushStatus status = PushStatus::Applied;
    QString code;
    QString message;
    QJsonObject details;
    std::optional<MutationOutcome> original;

    // The terminal outcome this result delivers, or nothing for retry and not_attempted.
    std::optional<MutationOutcome> outcome() const;
};

// 200 answer of POST /v1/sync/push.
struct PushReply {
    qint64 lastMutationId = 0;
    QList<PushResult> results;
    QDateTime serverTime;

    static Result<PushReply> fromJson(const QJsonObject &object);
};

// A request-level error (application/problem+json); fields are empty when the body was not one.
struct Problem {
    int status = 0;
    QString code;
    QString title;
    QString detail;
    bool retryable = false;
    QJsonObject body;

    static Problem fromBody(int status, const QByteArray &contentType, const QByteArray &body);
    // "409 MUTATION_GAP: detail" for reports and logs.
    QString describe() const;
};

// The JSON object a response carries: its Content-Type must be application/json or
// application/problem+json and the whole body one valid JSON object. `what` names the request
// in the error ("push response").
Result<QJsonObject> parseJsonBody(const QByteArray &contentType, const QByteArray &body, const QString &what);

// A mutation name as CSP/1 versions them: dotted lowercase words and "@<version>" ("answer.submit@1").
bool isValidMutationName(const QString &name);

} // namespace Chrysalis
