#include "core/sync/syncprotocol.h"

#include "core/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qsizetype kMaxCursorLength = 4096;
constexpr qsizetype kMaxEntityNameLength = 64;
constexpr qsizetype kMaxEntityIdLength = 256;

// A wire problem is the server's (or the network's) fault, not the user's input: Network, with the
// field errors kept for the log.
Error wireError(const JsonReader &reader, const QString &what)
{
    Error error = reader.error(what);
    error.code = ErrorCode::Network;
    return error;
}

QDateTime optionalServerTime(JsonReader &reader)
{
    return reader.optionalTime(u"server_time"_s);
}

std::optional<EntityOp> parseEntityOp(const QString &text)
{
    if (text == u"upsert")
        return EntityOp::Upsert;
    if (text == u"delete")
        return EntityOp::Delete;
    return std::nullopt;
}

std::optional<PushStatus> parsePushStatus(const QString &text)
{
    if (text == u"applied")
        return PushStatus::Applied;
    if (text == u"already_applied")
        return PushStatus::AlreadyApplied;
    if (text == u"rejected")
        return PushStatus::Rejected;
    if (text == u"retry")
        return PushStatus::Retry;
    if (text == u"not_attempted")
        return PushStatus::NotAttempted;
    return std::nullopt;
}

QString boundedString(JsonReader &reader, const QString &key, qsizetype maxLength)
{
    const QString text = reader.nonBlankString(key);
    if (text.size() > maxLength)
        reader.addError(key, u"is longer than %1 characters"_s.arg(maxLength));
    return text;
}

Result<EntityChange> changeFromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    EntityChange change;
    if (reader.has(u"seq"_s))
        change.seq = reader.integer64(u"seq"_s, 0, kMaxJsonInteger);
    change.entity = boundedString(reader, u"entity"_s, kMaxEntityNameLength);
    change.id = boundedString(reader, u"id"_s, kMaxEntityIdLength);
    const QString op = reader.string(u"op"_s);
    if (const auto parsed = parseEntityOp(op))
        change.op = *parsed;
    else if (!op.isEmpty())
        reader.addError(u"op"_s, u"must be upsert or delete"_s);
    change.version = reader.integer64(u"version"_s, 0, kMaxJsonInteger);
    if (change.op == EntityOp::Upsert)
        change.data = reader.object(u"data"_s);
    if (!reader.ok())
        return reader.error(u"change"_s);
    return change;
}

} // namespace

QString entityOpName(EntityOp op)
{
    return op == EntityOp::Upsert ? u"upsert"_s : u"delete"_s;
}

bool isValidMutationName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*@[1-9][0-9]{0,5}$"_s);
    return name.size() <= 128 && pattern.match(name).hasMatch();
}

Result<ServerInfo> ServerInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    ServerInfo info;
    if (object.value(u"protocol"_s).isObject()) {
        JsonReader protocol(object.value(u"protocol"_s).toObject());
        info.protocolMin = protocol.integer(u"min"_s, 1);
        info.protocolMax = protocol.integer(u"max"_s, 1);
        if (!protocol.ok())
            reader.absorb(u"protocol"_s, protocol.error(u"protocol"_s));
    } else {
        info.protocolMin = reader.optionalInteger(u"protocol_min"_s, kSyncProtocolVersion, 1);
        info.protocolMax = reader.optionalInteger(u"protocol_max"_s, info.protocolMin, 1);
    }
    if (info.protocolMax < info.protocolMin)
        reader.addError(u"protocol"_s, u"max is below min"_s);
    if (reader.has(u"limits"_s)) {
        JsonReader limits(reader.object(u"limits"_s));
        SyncLimits &l = info.limits;
        l.maxMutationsPerPush = limits.optionalInteger(u"max_mutations_per_push"_s, l.maxMutationsPerPush, 1, 100'000);
        if (limits.has(u"max_push_bytes"_s))
            l.maxPushBytes = limits.integer64(u"max_push_bytes"_s, 1024, qint64(1) << 40);
        if (limits.has(u"max_mutation_bytes"_s))
            l.maxMutationBytes = limits.integer64(u"max_mutation_bytes"_s, 256, qint64(1) << 40);
        l.defaultPullLimit = limits.optionalInteger(u"default_pull_limit"_s, l.defaultPullLimit, 1, 1'000'000);
        for (const FieldError &error : limits.errors())
            reader.addError(u"limits."_s + error.field, error.message);
    }
    info.mutationNames = reader.optionalStringList(u"mutations"_s);
    info.serverTime = optionalServerTime(reader);
    const QJsonValue policyVersion = object.value(u"policy_version"_s);
    if (policyVersion.isString())
        info.policyVersion = policyVersion.toString();
    else if (const auto number = jsonInteger(policyVersion))
        info.policyVersion = QString::number(*number);
    if (object.value(u"policy"_s).isObject())
        info.policy = object.value(u"policy"_s).toObject();
    if (!reader.ok())
        return wireError(reader, u"server info"_s);
    return info;
}

Result<LoginReply> LoginReply::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    LoginReply reply;
    reply.token = reader.nonBlankString(u"token"_s);
    reply.expiresAt = reader.optionalTime(u"expires_at"_s);
    reply.account = reader.object(u"account"_s);
    if (!reply.account.isEmpty()) {
        JsonReader account(reply.account);
        reply.accountId = account.nonBlankString(u"id"_s);
        reply.username = account.optionalString(u"username"_s);
        for (const FieldError &error : account.errors())
            reader.addError(u"account."_s + error.field, error.message);
    }
    if (!reader.ok())
        return wireError(reader, u"login reply"_s);
    return reply;
}

Result<MutationOutcome> MutationOutcome::fromJson(const QJsonObject &object, bool requireId)
{
    JsonReader reader(object);
    MutationOutcome outcome;
    if (requireId || reader.has(u"id"_s))
        outcome.mutationId = reader.integer64(u"id"_s, 1, kMaxJsonInteger);
    const QString status = reader.string(u"status"_s);
    if (status == u"rejected") {
        outcome.applied = false;
        outcome.code = reader.nonBlankString(u"code"_s);
    } else if (status != u"applied" && !status.isEmpty()) {
        reader.addError(u"status"_s, u"must be applied or rejected"_s);
    }
    outcome.message = reader.optionalString(u"message"_s);
    if (reader.has(u"details"_s))
        outcome.details = reader.object(u"details"_s);
    if (!reader.ok())
        return reader.error(u"mutation outcome"_s);
    return outcome;
}

Result<PullPage> PullPage::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    PullPage page;
    page.reset = reader.optionalBoolean(u"reset"_s, false);
    if (!page.reset) {
        page.cursor = boundedString(reader, u"cursor"_s, kMaxCursorLength);
        page.hasMore = reader.boolean(u"has_more"_s);
        page.changes = reader.objectList<EntityChange>(u"changes"_s, changeFromJson, true);
        page.lastMutationId = reader.integer64(u"last_mutation_id"_s, 0, kMaxJsonInteger);
        page.outcomes = reader.objectList<MutationOutcome>(
                u"mutation_outcomes"_s, [](const QJsonObject &o) { return MutationOutcome::fromJson(o); }, false);
    }
    page.serverTime = optionalServerTime(reader);
    if (!reader.ok())
        return wireError(reader, u"pull response"_s);
    return page;
}

std::optional<MutationOutcome> PushResult::outcome() const
{
    switch (status) {
    case PushStatus::Applied:
        return MutationOutcome{mutationId, true, {}, message, details};
    case PushStatus::Rejected:
        return MutationOutcome{mutationId, false, code, message, details};
    case PushStatus::AlreadyApplied:
        if (original) {
            MutationOutcome stored = *original;
            stored.mutationId = mutationId;
            return stored;
        }
        return MutationOutcome{mutationId, true, {}, message, details};
    case PushStatus::Retry:
    case PushStatus::NotAttempted:
        break;
    }
    return std::nullopt;
}

Result<PushReply> PushReply::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    PushReply reply;
    reply.lastMutationId = reader.integer64(u"last_mutation_id"_s, 0, kMaxJsonInteger);
    reply.serverTime = optionalServerTime(reader);
    const auto readResult = [](const QJsonObject &element) -> Result<PushResult> {
        JsonReader r(element);
        PushResult result;
        result.mutationId = r.integer64(u"id"_s, 1, kMaxJsonInteger);
        const QString status = r.string(u"status"_s);
        if (const auto parsed = parsePushStatus(status))
            result.status = *parsed;
        else if (!status.isEmpty())
            r.addError(u"status"_s, u"is not a push status"_s);
        result.code = r.optionalString(u"code"_s);
        result.message = r.optionalString(u"message"_s);
        if (r.has(u"details"_s))
            result.details = r.object(u"details"_s);
        if (result.status == PushStatus::Rejected && result.code.isEmpty())
            r.addError(u"code"_s, u"is required for a rejection"_s);
        if (result.status == PushStatus::AlreadyApplied) {
            if (r.has(u"outcome"_s)) {
                auto original = MutationOutcome::fromJson(r.object(u"outcome"_s), false);
                if (original)
                    result.original = *original;
                else
                    r.absorb(u"outcome"_s, original.error());
            } else if (!result.code.isEmpty()) {
                result.original =
                        MutationOutcome{result.mutationId, false, result.code, result.message, result.details};
            }
        }
        if (!r.ok())
            return r.error(u"push result"_s);
        return result;
    };
    reply.results = reader.objectList<PushResult>(u"results"_s, readResult, true);
    if (!reader.ok())
        return wireError(reader, u"push response"_s);
    return reply;
}

Problem Problem::fromBody(int status, const QByteArray &contentType, const QByteArray &body)
{
    Problem problem;
    problem.status = status;
    auto object = parseJsonBody(contentType, body, u"problem"_s);
    if (!object)
        return problem;
    problem.body = *object;
    problem.code = object->value(u"code"_s).toString();
    problem.title = object->value(u"title"_s).toString();
    problem.detail = object->value(u"detail"_s).toString();
    problem.retryable = object->value(u"retryable"_s).toBool();
    return problem;
}

QString Problem::describe() const
{
    QString text = QString::number(status);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!detail.isEmpty())
        text += u": "_s + detail;
    else if (!title.isEmpty())
        text += u": "_s + title;
    return text;
}

Result<QJsonObject> parseJsonBody(const QByteArray &contentType, const QByteArray &body, const QString &what)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json" && mediaType != "application/problem+json") {
        return Error{ErrorCode::Network,
                     u"the %1 is not JSON (Content-Type \"%2\")"_s.arg(what, QString::fromLatin1(mediaType)),
                     {}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::Network,
                     u"the %1 is not valid JSON (%2 at byte %3 of %4)"_s.arg(what, parseError.errorString())
                             .arg(parseError.offset)
                             .arg(body.size()),
                     {}};
    }
    if (!document.isObject())
        return Error{ErrorCode::Network, u"the %1 is not a JSON object"_s.arg(what), {}};
    return document.object();
}

QJsonObject SyncLimits::toJson() const
{
    return {{u"max_mutations_per_push"_s, maxMutationsPerPush},
            {u"max_push_bytes"_s, maxPushBytes},
            {u"max_mutation_bytes"_s, maxMutationBytes},
            {u"default_pull_limit"_s, defaultPullLimit},
            {u"max_pull_limit"_s, maxPullLimit}};
}

} // namespace Chrysalis
