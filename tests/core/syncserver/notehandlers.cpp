#include "tests/core/syncserver/notehandlers.h"

#include "core/market/changelog.h"
#include "core/store/ledgerrepository.h"
#include "core/store/metarepository.h"
#include "core/store/sqlquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

QList<Migration> NoteHandlers::migrations()
{
    return {MetaRepository::migration(1), ChangeLog::migration(2), SyncService::migration(3),
            Migration{4,
                      u"notes"_s,
                      {u"CREATE TABLE note (id {text} PRIMARY KEY, owner {text} NOT NULL, body {text} NOT NULL)"_s,
                       u"CREATE TABLE scope (account {text} PRIMARY KEY, epoch {bigint} NOT NULL)"_s}}};
}

bool NoteHandlers::knowsMutation(const QString &name) const
{
    return name == u"note.put@1" || name == u"note.reject@1" || name == u"note.crash@1";
}

Result<MutationEffect> NoteHandlers::apply(const MutationContext &context, const QString &name, const QJsonObject &args)
{
    if (name == u"note.crash@1")
        return Error::internal(u"this handler always fails"_s);

    const QString id = args.value(u"note_id"_s).toString();
    if (id.isEmpty())
        return MutationEffect::reject(u"VALIDATION_FAILED"_s, u"note_id is required"_s);

    SqlQuery owner(context.db);
    if (auto status = owner.prepare(u"SELECT owner FROM note WHERE id = :id"_s); !status)
        return status.error();
    owner.bind(u":id"_s, id);
    if (auto status = owner.exec(); !status)
        return status.error();
    if (owner.next() && owner.text(0) != context.actorId)
        return MutationEffect::reject(u"FORBIDDEN"_s, u"that note is someone else's"_s);
    owner.finish();

    SqlQuery write(context.db);
    if (auto status = write.prepare(u"INSERT INTO note (id, owner, body) VALUES (:id, :owner, COALESCE(:body, '')) "
                                    "ON CONFLICT (id) DO UPDATE SET body = excluded.body"_s);
        !status)
        return status.error();
    write.bind(u":id"_s, id).bind(u":owner"_s, context.actorId).bind(u":body"_s, args.value(u"body"_s).toString());
    if (auto status = write.exec(); !status)
        return status.error();
    context.changes.touch(u"note"_s, id, {Audience::account(context.actorId)});

    if (name == u"note.reject@1")
        return MutationEffect::reject(u"VALIDATION_FAILED"_s, u"rejected after writing"_s,
                                      {{u"fields"_s, QJsonArray{QJsonObject{{u"field"_s, u"body"_s}}}}});
    return MutationEffect::ok({{u"note_id"_s, id}});
}

Status NoteHandlers::advanceTime(MutationContext &)
{
    return {};
}

Result<std::optional<QJsonObject>> NoteHandlers::render(const QString &entity, const QString &id, const Viewer &viewer)
{
    if (entity != u"note" || !m_db)
        return std::optional<QJsonObject>();
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT owner, body FROM note WHERE id = :id"_s); !status)
        return status.error();
    query.bind(u":id"_s, id);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next() || query.text(0) != viewer.accountId)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonObject{{u"id"_s, id}, {u"body"_s, query.text(1)}});
}

QStringList NoteHandlers::audiencesFor(const QString &accountId)
{
    return {Audience::everyone(), Audience::account(accountId)};
}

Result<qint64> NoteHandlers::scopeEpoch(const QString &accountId)
{
    SqlQuery query(*m_db);
    if (auto status = query.prepare(u"SELECT epoch FROM scope WHERE account = :account"_s); !status)
        return status.error();
    query.bind(u":account"_s, accountId);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? query.int64(0) : 0;
}

Status NoteHandlers::bumpScope(Database &db, const QString &accountId)
{
    SqlQuery query(db);
    if (auto status = query.prepare(u"INSERT INTO scope (account, epoch) VALUES (:account, 1) "
                                    "ON CONFLICT (account) DO UPDATE SET epoch = scope.epoch + 1"_s);
        !status)
        return status;
    query.bind(u":account"_s, accountId);
    return query.exec();
}

qint64 NoteHandlers::noteCount(Database &db)
{
    SqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM note"_s) || !query.next())
        return -1;
    return query.int64(0);
}

} // namespace Chrysalis::Testing
