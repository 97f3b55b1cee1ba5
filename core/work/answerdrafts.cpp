#include "core/work/answerdrafts.h"

#include "core/store/database.h"
#include "core/store/sqlquery.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QList<Migration> migrations()
{
    return {{1,
             u"answer drafts"_s,
             {u"CREATE TABLE answer_draft (lease_id TEXT PRIMARY KEY NOT NULL, fields TEXT NOT NULL, "
              "seconds_spent INTEGER NOT NULL, saved_at TEXT NOT NULL)"_s}}};
}

} // namespace

Result<std::unique_ptr<AnswerDrafts>> AnswerDrafts::open(const QString &path)
{
    auto db = Database::open(DatabaseConfig::sqlite(path, DatabaseConfig::Durability::Client), migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<AnswerDrafts>(new AnswerDrafts(std::move(*db)));
}

AnswerDrafts::AnswerDrafts(std::unique_ptr<Database> db) : m_db(std::move(db)) { }

AnswerDrafts::~AnswerDrafts() = default;

Status AnswerDrafts::save(const QString &leaseId, const QJsonObject &fields, int secondsSpent)
{
    if (leaseId.isEmpty())
        return Error::validation(u"a draft needs the id of its lease"_s);
    return execute(*m_db,
                   u"INSERT INTO answer_draft (lease_id, fields, seconds_spent, saved_at) "
                   "VALUES (:lease, :fields, :seconds, :saved) ON CONFLICT (lease_id) DO UPDATE SET "
                   "fields = excluded.fields, seconds_spent = excluded.seconds_spent, saved_at = excluded.saved_at"_s,
                   {{u":lease"_s, leaseId},
                    {u":fields"_s, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))},
                    {u":seconds"_s, std::max(0, secondsSpent)},
                    {u":saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

Result<std::optional<AnswerDraft>> AnswerDrafts::load(const QString &leaseId)
{
    SqlQuery query(*m_db);
    if (auto status =
                query.prepare(u"SELECT fields, seconds_spent, saved_at FROM answer_draft WHERE lease_id = :lease"_s);
        !status)
        return status.error();
    query.bind(u":lease"_s, leaseId);
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<AnswerDraft>();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.text(0).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::storage(u"the saved draft of lease %1 is damaged (%2); discard it to start over"_s.arg(
                leaseId, parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not an object"_s));
    AnswerDraft draft;
    draft.leaseId = leaseId;
    draft.fields = document.object();
    draft.secondsSpent = static_cast<int>(query.int64(1));
    draft.savedAt = QDateTime::fromString(query.text(2), Qt::ISODateWithMs);
    return std::optional<AnswerDraft>(draft);
}

Status AnswerDrafts::remove(const QString &leaseId)
{
    return execute(*m_db, u"DELETE FROM answer_draft WHERE lease_id = :lease"_s, {{u":lease"_s, leaseId}});
}

Result<QStringList> AnswerDrafts::leaseIds()
{
    SqlQuery query(*m_db);
    if (auto status = query.exec(u"SELECT lease_id FROM answer_draft ORDER BY lease_id"_s); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.text(0));
    return ids;
}

} // namespace Chrysalis
