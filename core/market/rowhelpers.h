#pragma once

#include "core/domain/roles.h"
#include "core/store/sqlquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace Chrysalis::Rows {

// Conversions between the marketplace's stored columns and values, shared by its repositories only:
// times are {timestamp} milliseconds since the epoch, lists and objects are compact JSON text.

inline qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A typed SQL NULL for an invalid time, so PostgreSQL knows the parameter's type.
inline QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toMs(time)) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString json(const QStringList &list)
{
    return json(QJsonArray::fromStringList(list));
}

inline QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QJsonArray array(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

inline QStringList stringList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : array(text))
        list << value.toString();
    return list;
}

// IN lists are read in chunks of this many ids, which keeps statements small for any driver and
// lets the few chunk lengths that occur share their prepared statements.
constexpr qsizetype kInListChunk = 500;

// ":p0, :p1, …" for an IN list of count values named after prefix; only the count shapes the SQL.
inline QString inList(const QString &prefix, qsizetype count)
{
    QString names;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            names += u", ";
        names += u':' + prefix + QString::number(i);
    }
    return names;
}

template<typename Query>
void bindList(Query &query, const QString &prefix, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(u':' + prefix + QString::number(i), values.at(i));
}

// Prepares `sql` on `query`, binds `values` and runs it, for the select helpers below.
inline Status execBound(SqlQuery &query, const QString &sql, const SqlBindings &values)
{
    if (auto status = query.prepare(sql); !status)
        return status;
    for (const auto &[name, value] : values)
        query.bind(name, value);
    return query.exec();
}

// Runs one SELECT with its values bound and reads every row with `read(query)`.
template<typename Read>
auto selectAll(Database &db, const QString &sql, const SqlBindings &values, Read read)
        -> Result<QList<std::invoke_result_t<Read, const SqlQuery &>>>
{
    SqlQuery query(db);
    if (auto status = execBound(query, sql, values); !status)
        return status.error();
    QList<std::invoke_result_t<Read, const SqlQuery &>> rows;
    while (query.next())
        rows.append(read(std::as_const(query)));
    return rows;
}

// Runs one SELECT with its values bound and reads its first row with `read(query)`; none when it has no row.
template<typename Read>
auto selectOne(Database &db, const QString &sql, const SqlBindings &values, Read read)
        -> Result<std::optional<std::invoke_result_t<Read, const SqlQuery &>>>
{
    using Row = std::invoke_result_t<Read, const SqlQuery &>;
    SqlQuery query(db);
    if (auto status = execBound(query, sql, values); !status)
        return status.error();
    if (!query.next())
        return std::optional<Row>();
    return std::optional<Row>(read(std::as_const(query)));
}

// The first column of every row as text: the ids a sweep ("due by …") works through.
inline Result<QStringList> selectIds(Database &db, const QString &sql, const SqlBindings &values)
{
    return selectAll(db, sql, values, [](const SqlQuery &query) { return query.text(0); });
}

} // namespace Chrysalis::Rows
