#include "core/store/sqlquery.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Chrysalis {

SqlQuery::SqlQuery(Database &db) : m_db(db), m_query(db.connection())
{
    m_query.setForwardOnly(true);
}

SqlQuery::~SqlQuery()
{
    m_query.finish();
}

Status SqlQuery::prepare(const QString &sql)
{
    m_query.finish();
    m_sql = sql;
    if (!m_query.prepare(sql))
        return error(u"cannot prepare statement"_s);
    return {};
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_query.exec())
        return error(u"statement failed"_s);
    return {};
}

Status SqlQuery::exec(const QString &sql)
{
    m_query.finish();
    m_sql = sql;
    if (!m_query.exec(sql))
        return error(u"statement failed"_s);
    return {};
}

bool SqlQuery::next()
{
    return m_query.next();
}

QVariant SqlQuery::value(int column) const
{
    return m_query.value(column);
}

qint64 SqlQuery::int64(int column) const
{
    return m_query.value(column).toLongLong();
}

QString SqlQuery::text(int column) const
{
    return m_query.value(column).toString();
}

bool SqlQuery::isNull(int column) const
{
    return m_query.isNull(column);
}

int SqlQuery::rowsAffected() const
{
    return m_query.numRowsAffected();
}

void SqlQuery::finish()
{
    m_query.finish();
}

Error SqlQuery::error(const QString &what) const
{
    const QSqlError sqlError = m_query.lastError();
    const Error result = Error::storage(
            u"%1 on %2: %3 (SQL: %4)"_s.arg(what, m_db.config().describe(), sqlError.text().trimmed(), m_sql));
    qCDebug(lcStore).noquote() << result.message;
    return result;
}

Status execute(Database &db, const QString &sql, const SqlBindings &values)
{
    SqlQuery query(db);
    if (auto status = query.prepare(sql); !status)
        return status;
    for (const auto &[name, value] : values)
        query.bind(name, value);
    return query.exec();
}

Result<qint64> scalar(Database &db, const QString &sql, const SqlBindings &values)
{
    SqlQuery query(db);
    if (auto status = query.prepare(sql); !status)
        return status.error();
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.next() ? query.int64(0) : 0;
}

Result<bool> changedOne(Database &db, const QString &sql, const SqlBindings &values)
{
    SqlQuery query(db);
    if (auto status = query.prepare(sql); !status)
        return status.error();
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto status = query.exec(); !status)
        return status.error();
    return query.rowsAffected() > 0;
}

} // namespace Chrysalis
