#include "core/store/metarepository.h"

#include "core/store/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// A null QString would bind SQL NULL, which the NOT NULL columns refuse.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

} // namespace

Migration MetaRepository::migration(int version)
{
    return {version, u"meta"_s, {u"CREATE TABLE meta (key {text} PRIMARY KEY, value {text} NOT NULL)"_s}};
}

Result<std::optional<QString>> MetaRepository::value(const QString &key)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"SELECT value FROM meta WHERE key = :key"_s); !status)
        return status.error();
    query.bind(u":key"_s, nonNull(key));
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.text(0));
}

Status MetaRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        !status)
        return status;
    query.bind(u":key"_s, nonNull(key)).bind(u":value"_s, nonNull(value));
    return query.exec();
}

Result<QString> MetaRepository::valueOrInsert(const QString &key, const QString &value)
{
    {
        SqlQuery query(m_db);
        if (auto status = query.prepare(u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                                        "ON CONFLICT (key) DO NOTHING"_s);
            !status)
            return status.error();
        query.bind(u":key"_s, nonNull(key)).bind(u":value"_s, nonNull(value));
        if (auto status = query.exec(); !status)
            return status.error();
    }
    auto stored = this->value(key);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::storage(u"meta key \"%1\" vanished right after it was written"_s.arg(key));
    return **stored;
}

Status MetaRepository::remove(const QString &key)
{
    SqlQuery query(m_db);
    if (auto status = query.prepare(u"DELETE FROM meta WHERE key = :key"_s); !status)
        return status;
    query.bind(u":key"_s, nonNull(key));
    return query.exec();
}

} // namespace Chrysalis
