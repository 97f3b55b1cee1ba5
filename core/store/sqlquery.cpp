#include "core/store/sqlquery.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Chrysalis {

SqlQuery::SqlQuery(Database &db) : m_db(db) { }

SqlQuery::~SqlQuery()
{
    if (m_query)
        m_query->finish();
    if (m_cachedSerial != 0)
        m_db.checkInStatement(m_sql, m_cachedSerial);
}

QSqlQuery &SqlQuery::ownQuery()
{
    if (!m_query) {
        m_query = std::make_shared<QSqlQuery>(m_db.connection());
        m_query->setForwardOnly(true);
    }
    return *m_query;
}

void SqlQuery::checkIn()
{
    if (m_query)
        m_query->finish();
    if (m_cachedSerial == 0)
        return;
    m_db.checkInStatement(m_sql, m_cachedSerial);
    m_cachedSerial = 0;
    // A statement of our own from here on (made when needed), so exec(sql) or prepare() never touch
    // the cached one.
    m_query.reset();
}

Status SqlQuery::prepare(const QString &sql)
{
    checkIn();
    m_sql = sql;
    quint64 serial = 0;
    QStringList placeholders;
    if (auto cached = m_db.checkOutStatement(sql, serial, placeholders)) {
        m_query = std::move(cached);
        m_cachedSerial = serial;
        for (const QString &name : std::as_const(placeholders))
            m_query->bindValue(name, QVariant());
        return {};
    }
    if (!ownQuery().prepare(sql))
        return error(u"cannot prepare statement"_s);
    if (m_db.adoptStatement(sql, m_query, serial))
        m_cachedSerial = serial;
    return {};
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    ownQuery().bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (m_db.m_inTransaction)
        m_db.m_readCache.noteStatement(m_sql);
    if (!ownQuery().exec())
        return error(u"statement failed"_s);
    return {};
}

Status SqlQuery::exec(const QString &sql)
{
    checkIn();
    m_sql = sql;
    if (m_db.m_inTransaction)
        m_db.m_readCache.noteStatement(m_sql);
    if (!ownQuery().exec(sql))
        return error(u"statement failed"_s);
    return {};
}

bool SqlQuery::next()
{
    return m_query && m_query->next();
}

QVariant SqlQuery::value(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

qint64 SqlQuery::int64(int column) const
{
    return value(column).toLongLong();
}

QString SqlQuery::text(int column) const
{
    return value(column).toString();
}

bool SqlQuery::isNull(int column) const
{
    return !m_query || m_query->isNull(column);
}

int SqlQuery::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : -1;
}

void SqlQuery::finish()
{
    if (m_query)
        m_query->finish();
}

Error SqlQuery::error(const QString &what) const
{
    const QSqlError sqlError = m_query ? m_query->lastError() : QSqlError();
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
