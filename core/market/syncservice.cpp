#include "core/market/syncservice.h"

#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kMaxMutationNameLength = 100;
constexpr int kMaxCursorLength = 1024;
const QString kOutcomeEntity = u"mutation_outcome"_s;
// Nine values per outcome: far below either database's limit on bound values.
constexpr qsizetype kOutcomesPerInsert = 32;

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString nowText(const QDateTime &now)
{
    return wireTime(now);
}

// A JSON string literal of text, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += kHex[(c >> 4) & 0xf];
                out += kHex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

SyncReply malformed(const QString &detail)
{
    return SyncReply::problem(400, u"MALFORMED_REQUEST"_s, detail);
}

} // namespace

Result<QList<std::optional<QJsonObject>>> SyncHandlers::renderMany(const QString &entity, const QStringList &ids,
                                                                   const Viewer &viewer)
{
    QList<std::optional<QJsonObject>> rendered;
    rendered.reserve(ids.size());
    for (const QString &id : ids) {
        auto one = render(entity, id, viewer);
        if (!one)
            return one.error();
        rendered.append(std::move(*one));
    }
    return rendered;
}

SyncReply SyncReply::problem(int status, const QString &code, const QString &detail, bool retryable, QJsonObject extra)
{
    extra.insert(u"status"_s, status);
    extra.insert(u"code"_s, code);
    extra.insert(u"detail"_s, detail);
    extra.insert(u"retryable"_s, retryable);
    return {status, extra, {}};
}

SyncService::SyncService(Database &db, SyncHandlers &handlers, const Policy &policy, const Clock &clock,
                         SyncLimits limits)
    : m_db(db), m_handlers(handlers), m_policy(policy), m_clock(clock), m_limits(limits)
{ }

Migration SyncService::migration(int version)
{
    return {version,
            u"sync"_s,
            {
                    u"CREATE TABLE sync_client (client_id {text} PRIMARY KEY, account_id {text} NOT NULL, "
                    "last_mutation_id {bigint} NOT NULL DEFAULT 0, created_at {timestamp} NOT NULL)"_s,
                    u"CREATE TABLE mutation_outcome (client_id {text} NOT NULL REFERENCES sync_client(client_id), "
                    "mutation_id {bigint} NOT NULL, name {text} NOT NULL, status {text} NOT NULL, code {text}, "
                    "message {text}, details {text}, args {text} NOT NULL, recorded_at {timestamp} NOT NULL, "
                    "PRIMARY KEY (client_id, mutation_id))"_s,
            }};
}

// ---- push -------------------------------------------------------------------------------------

std::optional<SyncReply> SyncService::parsePush(const QJsonObject &request, QString &clientId,
                                                QList<MutationRequest> &mutations) const
{
    const QJsonValue client = request.value(u"client_id"_s);
    if (!client.isString() || !isValidId(client.toString()))
        return malformed(u"client_id must be a UUID string"_s);
    clientId = client.toString();

    const QJsonValue list = request.value(u"mutations"_s);
    if (!list.isArray())
        return malformed(u"mutations must be an array"_s);
    const QJsonArray array = list.toArray();
    if (array.size() > m_limits.maxMutationsPerPush)
        return SyncReply::problem(413, u"PAYLOAD_TOO_LARGE"_s,
                                  u"at most %1 mutations per push"_s.arg(m_limits.maxMutationsPerPush));

    qint64 previousId = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"mutations[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return malformed(where + u" must be an object"_s);
        const QJsonObject object = array.at(i).toObject();
        const std::optional<qint64> id = jsonInteger(object.value(u"id"_s));
        if (!id || *id <= 0 || *id > kMaxJsonInteger)
            return malformed(where + u".id must be a positive integer of at most 2^53 - 1"_s);
        if (*id <= previousId)
            return malformed(where + u".id must be greater than the id before it"_s);
        previousId = *id;
        const QJsonValue name = object.value(u"name"_s);
        if (!name.isString() || name.toString().isEmpty() || name.toString().size() > kMaxMutationNameLength)
            return malformed(where + u".name must be a mutation name"_s);
        const QJsonValue args = object.value(u"args"_s);
        if (!args.isObject())
            return malformed(where + u".args must be an object"_s);
        const QByteArray argsJson = QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact);
        if (argsJson.size() > m_limits.maxMutationBytes)
            return SyncReply::problem(413, u"PAYLOAD_TOO_LARGE"_s,
                                      where + u" is larger than %1 bytes"_s.arg(m_limits.maxMutationBytes));
        mutations.append({*id, name.toString(), args.toObject(), QString::fromUtf8(argsJson)});
    }
    return std::nullopt;
}

Result<std::optional<SyncReply>> SyncService::bindClient(const QString &clientId, const QString &accountId,
                                                         qint64 &lastMutationId, bool createIfMissing)
{
    if (createIfMissing) {
        SqlQuery insert(m_db);
        if (auto status = insert.prepare(u"INSERT INTO sync_client (client_id, account_id, last_mutation_id, "
                                         "created_at) VALUES (:client, :account, 0, :now) "
                                         "ON CONFLICT (client_id) DO NOTHING"_s);
            !status)
            return status.error();
        insert.bind(u":client"_s, clientId)
                .bind(u":account"_s, accountId)
                .bind(u":now"_s, m_clock.now().toMSecsSinceEpoch());
        if (auto status = insert.exec(); !status)
            return status.error();
    }
    SqlQuery select(m_db);
    if (auto status =
                select.prepare(u"SELECT account_id, last_mutation_id FROM sync_client WHERE client_id = :client"_s +
                               (createIfMissing ? m_db.dialect().lockRowsClause() : QString()));
        !status)
        return status.error();
    select.bind(u":client"_s, clientId);
    if (auto status = select.exec(); !status)
        return status.error();
    lastMutationId = 0;
    if (!select.next())
        return std::optional<SyncReply>();
    if (select.text(0) != accountId)
        return std::optional<SyncReply>(
                SyncReply::problem(403, u"CLIENT_FORBIDDEN"_s, u"this client_id belongs to another account"_s));
    lastMutationId = select.int64(1);
    return std::optional<SyncReply>();
}

Result<QJsonObject> SyncService::storedOutcome(const QString &clientId, qint64 mutationId)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT status, code, message, details FROM mutation_outcome "
                                    "WHERE client_id = :client AND mutation_id = :id"_s);
        !status)
        return status.error();
    query.bind(u":client"_s, clientId).bind(u":id"_s, mutationId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"mutation %1 of client %2 has no stored outcome"_s.arg(mutationId).arg(clientId));
    QJsonObject outcome{{u"id"_s, mutationId}, {u"status"_s, query.text(0)}};
    if (!query.isNull(1))
        outcome.insert(u"code"_s, query.text(1));
    if (!query.isNull(2))
        outcome.insert(u"message"_s, query.text(2));
    if (!query.isNull(3))
        outcome.insert(u"details"_s, parseObject(query.text(3)));
    return outcome;
}

Status SyncService::recordOutcomes(const QString &clientId, const QList<RecordedOutcome> &outcomes,
                                   qint64 lastMutationId, ChangeLog &changes)
{
    if (outcomes.isEmpty())
        return {};
    const qint64 recordedAt = m_clock.now().toMSecsSinceEpoch();
    // One statement per group of outcomes; groups of 32, 16, …, 1 keep the statement texts few.
    for (qsizetype from = 0; from < outcomes.size();) {
        qsizetype count = kOutcomesPerInsert;
        while (count > outcomes.size() - from)
            count /= 2;
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values << u"(:client%1, :id%1, :name%1, :status%1, :code%1, :message%1, :details%1, :args%1, :now%1)"_s.arg(
                    i);
        SqlQuery insert(m_db);
        if (auto status = insert.prepare(u"INSERT INTO mutation_outcome (client_id, mutation_id, name, status, code, "
                                         "message, details, args, recorded_at) VALUES "_s +
                                         values.join(u", "_s));
            !status)
            return status;
        for (qsizetype i = 0; i < count; ++i) {
            const RecordedOutcome &recorded = outcomes.at(from + i);
            const QJsonObject &outcome = recorded.outcome;
            const QString n = QString::number(i);
            const bool hasDetails = outcome.contains(u"details"_s);
            insert.bind(u":client"_s + n, clientId)
                    .bind(u":now"_s + n, recordedAt)
                    .bind(u":id"_s + n, recorded.mutationId)
                    .bind(u":name"_s + n, recorded.name)
                    .bind(u":status"_s + n, outcome.value(u"status"_s).toString())
                    .bind(u":code"_s + n, outcome.contains(u"code"_s) ? outcome.value(u"code"_s).toString() : QString())
                    .bind(u":message"_s + n,
                          outcome.contains(u"message"_s) ? outcome.value(u"message"_s).toString() : QString())
                    .bind(u":details"_s + n,
                          hasDetails ? compactJson(outcome.value(u"details"_s).toObject()) : QString())
                    .bind(u":args"_s + n, recorded.argsText);
            changes.touch(kOutcomeEntity, QString::number(recorded.mutationId), {Audience::client(clientId)});
        }
        if (auto status = insert.exec(); !status)
            return status;
        from += count;
    }

    SqlQuery advance(m_db);
    if (auto status = advance.prepare(u"UPDATE sync_client SET last_mutation_id = :id WHERE client_id = :client"_s);
        !status)
        return status;
    advance.bind(u":id"_s, lastMutationId).bind(u":client"_s, clientId);
    return advance.exec();
}

SyncReply SyncService::push(const QString &accountId, const QJsonObject &request)
{
    QString clientId;
    QList<MutationRequest> mutations;
    if (auto problem = parsePush(request, clientId, mutations))
        return *problem;

    auto internal = [](const Error &error) {
        qCWarning(lcSync).noquote() << "push failed:" << error.describe();
        return SyncReply::problem(500, u"INTERNAL"_s, u"the server could not apply the batch; try again"_s, true);
    };

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return internal(transaction.error());
    qint64 lastMutationId = 0;
    auto bound = bindClient(clientId, accountId, lastMutationId, true);
    if (!bound)
        return internal(bound.error());
    if (*bound)
        return **bound;

    ChangeLog changes(m_db);
    const QDateTime now = m_clock.now();
    QJsonArray results;
    // Outcomes are stored after the loop, outside every mutation's savepoint, as each was before.
    QList<RecordedOutcome> recorded;
    recorded.reserve(mutations.size());
    bool processedAny = false;
    bool stopped = false;
    for (const MutationRequest &mutation : std::as_const(mutations)) {
        if (stopped) {
            results.append(QJsonObject{{u"id"_s, mutation.id}, {u"status"_s, u"not_attempted"_s}});
            continue;
        }
        if (mutation.id <= lastMutationId) {
            auto original = storedOutcome(clientId, mutation.id);
            if (!original)
                return internal(original.error());
            QJsonObject stored = *original;
            stored.remove(u"id"_s);
            results.append(
                    QJsonObject{{u"id"_s, mutation.id}, {u"status"_s, u"already_applied"_s}, {u"outcome"_s, stored}});
            continue;
        }
        if (mutation.id > lastMutationId + 1) {
            if (!processedAny) {
                return SyncReply::problem(409, u"MUTATION_GAP"_s,
                                          u"mutation %1 arrived before %2"_s.arg(mutation.id).arg(lastMutationId + 1),
                                          false, {{u"expected_id"_s, lastMutationId + 1}});
            }
            stopped = true;
            results.append(QJsonObject{{u"id"_s, mutation.id}, {u"status"_s, u"not_attempted"_s}});
            continue;
        }
        if (!m_handlers.knowsMutation(mutation.name)) {
            // The client may be newer than the server: keep it queued, never advance past it.
            stopped = true;
            results.append(QJsonObject{{u"id"_s, mutation.id},
                                       {u"status"_s, u"retry"_s},
                                       {u"code"_s, u"UNSUPPORTED_MUTATION"_s},
                                       {u"message"_s, u"this server does not know %1"_s.arg(mutation.name)}});
            continue;
        }

        auto savepoint = Savepoint::begin(m_db, u"mutation"_s);
        if (!savepoint)
            return internal(savepoint.error());
        const qsizetype mark = changes.mark();
        const MutationContext context{m_db, changes, m_policy, now, accountId, clientId};
        auto effect = m_handlers.apply(context, mutation.name, mutation.args);
        if (!effect)
            return internal(effect.error());

        QJsonObject outcome{{u"id"_s, mutation.id}};
        if (effect->applied) {
            if (auto status = savepoint->release(); !status)
                return internal(status.error());
            outcome.insert(u"status"_s, u"applied"_s);
            if (!effect->details.isEmpty())
                outcome.insert(u"details"_s, effect->details);
        } else {
            if (auto status = savepoint->rollback(); !status)
                return internal(status.error());
            changes.rollbackTo(mark);
            outcome.insert(u"status"_s, u"rejected"_s);
            outcome.insert(u"code"_s, effect->rejection.code);
            outcome.insert(u"message"_s, effect->rejection.message);
            if (!effect->rejection.details.isEmpty())
                outcome.insert(u"details"_s, effect->rejection.details);
        }
        recorded.append({mutation.id, mutation.name, mutation.argsText, outcome});
        lastMutationId = mutation.id;
        processedAny = true;
        results.append(outcome);
    }

    if (auto status = recordOutcomes(clientId, recorded, lastMutationId, changes); !status)
        return internal(status.error());
    if (auto flushed = changes.flush(); !flushed)
        return internal(flushed.error());
    if (auto status = transaction->commit(); !status)
        return internal(status.error());
    if (m_afterCommit)
        m_afterCommit();
    return SyncReply::ok({{u"last_mutation_id"_s, lastMutationId},
                          {u"results"_s, results},
                          {u"server_time"_s, nowText(m_clock.now())}});
}

// ---- pull -------------------------------------------------------------------------------------

Result<QByteArray> SyncService::cursorKey()
{
    QByteArray fresh(crypto_auth_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(fresh.data(), static_cast<size_t>(fresh.size()));
    MetaRepository meta(m_db);
    auto stored = meta.valueOrInsert(u"cursor_key"_s, QString::fromLatin1(fresh.toHex()));
    if (!stored)
        return stored.error();
    const QByteArray key = QByteArray::fromHex(stored->toLatin1());
    if (key.size() != crypto_auth_KEYBYTES)
        return Error::storage(u"the stored cursor key is damaged"_s);
    return key;
}

Result<QString> SyncService::serverEpoch()
{
    MetaRepository meta(m_db);
    return meta.valueOrInsert(u"server_epoch"_s, newId());
}

QString SyncService::encodeCursor(const Cursor &cursor, const QByteArray &key) const
{
    const QByteArray payload = QJsonDocument(QJsonObject{{u"v"_s, 1},
                                                         {u"e"_s, cursor.serverEpoch},
                                                         {u"s"_s, cursor.scopeEpoch},
                                                         {u"a"_s, cursor.accountId},
                                                         {u"q"_s, cursor.seq}})
                                       .toJson(QJsonDocument::Compact);
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char *>(payload.constData()),
                static_cast<unsigned long long>(payload.size()),
                reinterpret_cast<const unsigned char *>(key.constData()));
    const auto encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(payload.toBase64(encoding) + '.' +
                               QByteArray(reinterpret_cast<const char *>(mac), crypto_auth_BYTES).toBase64(encoding));
}

std::optional<SyncService::Cursor> SyncService::decodeCursor(const QString &text, const QByteArray &key) const
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 2)
        return std::nullopt;
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(0).toLatin1(), options);
    const auto mac = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), options);
    if (!payload || !mac || mac.decoded.size() != crypto_auth_BYTES)
        return std::nullopt;
    if (crypto_auth_verify(reinterpret_cast<const unsigned char *>(mac.decoded.constData()),
                           reinterpret_cast<const unsigned char *>(payload.decoded.constData()),
                           static_cast<unsigned long long>(payload.decoded.size()),
                           reinterpret_cast<const unsigned char *>(key.constData())) != 0) {
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(payload.decoded).object();
    const auto seq = jsonInteger(object.value(u"q"_s));
    const auto scope = jsonInteger(object.value(u"s"_s));
    if (object.value(u"v"_s).toInt() != 1 || !seq || *seq < 0 || !scope)
        return std::nullopt;
    return Cursor{object.value(u"e"_s).toString(), *scope, object.value(u"a"_s).toString(), *seq};
}

Result<QList<QJsonObject>> SyncService::outcomesFor(const QString &clientId, const QStringList &outcomeIds)
{
    QList<QJsonObject> outcomes;
    for (const QString &id : outcomeIds) {
        auto outcome = storedOutcome(clientId, id.toLongLong());
        if (!outcome)
            return outcome.error();
        outcomes.append(*outcome);
    }
    return outcomes;
}

SyncReply SyncService::pull(const QString &accountId, const QJsonObject &request)
{
    SyncReply reply = pullSerialized(accountId, request);
    if (!reply.json.isEmpty())
        reply.body = QJsonDocument::fromJson(std::exchange(reply.json, {})).object();
    return reply;
}

SyncReply SyncService::pullSerialized(const QString &accountId, const QJsonObject &request)
{
    const QJsonValue client = request.value(u"client_id"_s);
    if (!client.isString() || !isValidId(client.toString()))
        return malformed(u"client_id must be a UUID string"_s);
    const QString clientId = client.toString();
    const QJsonValue cursorValue = request.value(u"cursor"_s);
    if (!cursorValue.isNull() && !cursorValue.isUndefined() &&
        (!cursorValue.isString() || cursorValue.toString().size() > kMaxCursorLength)) {
        return malformed(u"cursor must be null or a cursor string"_s);
    }
    int limit = m_limits.defaultPullLimit;
    if (request.contains(u"limit"_s)) {
        const auto requested = jsonInteger(request.value(u"limit"_s));
        if (!requested || *requested < 1 || *requested > m_limits.maxPullLimit)
            return malformed(u"limit must be an integer from 1 to %1"_s.arg(m_limits.maxPullLimit));
        limit = static_cast<int>(*requested);
    }

    auto internal = [](const Error &error) {
        qCWarning(lcSync).noquote() << "pull failed:" << error.describe();
        return SyncReply::problem(500, u"INTERNAL"_s, u"the server could not read changes; try again"_s, true);
    };

    // Created once, before the read-only snapshot begins.
    const auto key = cursorKey();
    if (!key)
        return internal(key.error());
    const auto epoch = serverEpoch();
    if (!epoch)
        return internal(epoch.error());

    auto transaction = Transaction::beginRead(m_db);
    if (!transaction)
        return internal(transaction.error());
    qint64 lastMutationId = 0;
    auto bound = bindClient(clientId, accountId, lastMutationId, false);
    if (!bound)
        return internal(bound.error());
    if (*bound)
        return **bound;

    const auto scope = m_handlers.scopeEpoch(accountId);
    if (!scope)
        return internal(scope.error());
    ChangeLog log(m_db);
    const auto currentSeq = log.currentSeq();
    if (!currentSeq)
        return internal(currentSeq.error());

    qint64 after = 0;
    bool reset = false;
    if (cursorValue.isString()) {
        const auto cursor = decodeCursor(cursorValue.toString(), *key);
        if (cursor && cursor->serverEpoch == *epoch && cursor->accountId == accountId && cursor->scopeEpoch == *scope &&
            cursor->seq <= *currentSeq) {
            after = cursor->seq;
        } else {
            reset = true; // stale, foreign or forged: start again from a snapshot
        }
    }

    QStringList audiences = m_handlers.audiencesFor(accountId);
    audiences.append(Audience::client(clientId));
    auto rows = log.since(after, audiences, limit);
    if (!rows)
        return internal(rows.error());

    // One entry per entity, at the highest seq this viewer has for it.
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < rows->size(); ++i)
        latest.insert(rows->at(i).entity + u'\x1f' + rows->at(i).entityId, i);

    const Viewer viewer{accountId, audiences};
    // Upserts are rendered per entity kind, one batch each, then put back in seq order.
    QHash<QString, QStringList> upsertIds;
    QStringList kinds;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const Change &row = rows->at(i);
        if (row.op != ChangeOp::Upsert || row.entity == kOutcomeEntity ||
            latest.value(row.entity + u'\x1f' + row.entityId) != i)
            continue;
        if (!upsertIds.contains(row.entity))
            kinds.append(row.entity);
        upsertIds[row.entity].append(row.entityId);
    }
    QHash<QString, QList<std::optional<QJsonObject>>> renderedByKind;
    for (const QString &kind : std::as_const(kinds)) {
        auto rendered = m_handlers.renderMany(kind, upsertIds.value(kind), viewer);
        if (!rendered)
            return internal(rendered.error());
        if (rendered->size() != upsertIds.value(kind).size())
            return internal(Error::internal(
                    u"%1 rendered %2 of %3 rows"_s.arg(kind).arg(rendered->size()).arg(upsertIds.value(kind).size())));
        renderedByKind.insert(kind, std::move(*rendered));
    }
    QHash<QString, qsizetype> nextOfKind;

    // The changes are written as JSON text as they are put in order: a page is thousands of rows,
    // and building them as objects first cost as much again as writing them.
    QByteArray changes;
    changes.reserve(rows->size() * 256);
    changes += '[';
    QStringList outcomeIds;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const Change &row = rows->at(i);
        if (latest.value(row.entity + u'\x1f' + row.entityId) != i)
            continue;
        if (row.entity == kOutcomeEntity) {
            outcomeIds.append(row.entityId);
            continue;
        }
        std::optional<QJsonObject> data;
        if (row.op == ChangeOp::Upsert) {
            qsizetype &next = nextOfKind[row.entity];
            data = std::move(renderedByKind[row.entity][next++]);
        }
        if (changes.size() > 1)
            changes += ',';
        // Keys in the order QJsonDocument writes them. What this viewer may no longer see is a
        // delete for them.
        changes += '{';
        if (data) {
            changes += "\"data\":";
            changes += QJsonDocument(*data).toJson(QJsonDocument::Compact);
            changes += ',';
        }
        changes += "\"entity\":";
        appendJsonString(changes, row.entity);
        changes += ",\"id\":";
        appendJsonString(changes, row.entityId);
        changes += data ? ",\"op\":\"upsert\",\"seq\":" : ",\"op\":\"delete\",\"seq\":";
        changes += QByteArray::number(row.seq);
        changes += ",\"version\":";
        changes += QByteArray::number(row.seq);
        changes += '}';
    }
    changes += ']';
    auto outcomes = outcomesFor(clientId, outcomeIds);
    if (!outcomes)
        return internal(outcomes.error());

    const qint64 reached = rows->isEmpty() ? after : rows->constLast().seq;
    bool hasMore = false;
    if (rows->size() >= limit) {
        auto next = log.since(reached, audiences, 1);
        if (!next)
            return internal(next.error());
        hasMore = !next->isEmpty();
    }
    transaction->rollback(); // read-only: nothing to keep

    QJsonArray outcomeArray;
    for (const QJsonObject &outcome : std::as_const(*outcomes))
        outcomeArray.append(outcome);
    // The rest of the page as QJsonDocument writes it, with the changes spliced in first.
    const QByteArray rest =
            QJsonDocument(QJsonObject{{u"cursor"_s, encodeCursor({*epoch, *scope, accountId, reached}, *key)},
                                      {u"has_more"_s, hasMore},
                                      {u"reset"_s, reset},
                                      {u"last_mutation_id"_s, lastMutationId},
                                      {u"mutation_outcomes"_s, outcomeArray},
                                      {u"server_time"_s, nowText(m_clock.now())}})
                    .toJson(QJsonDocument::Compact);
    SyncReply reply;
    reply.json.reserve(changes.size() + rest.size() + 16);
    reply.json += "{\"changes\":";
    reply.json += changes;
    reply.json += ',';
    reply.json.append(QByteArrayView(rest).sliced(1)); // past its "{"
    return reply;
}

Status SyncService::advanceTime()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ChangeLog changes(m_db);
    MutationContext context{m_db, changes, m_policy, m_clock.now(), QString(), QString()};
    if (auto status = m_handlers.advanceTime(context); !status)
        return status;
    if (auto flushed = changes.flush(); !flushed)
        return flushed.error();
    return transaction->commit();
}

} // namespace Chrysalis
