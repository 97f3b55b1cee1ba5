#include "core/store/sqlquery.h"

#include "core/logging.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// What Qt's SQL layer binds as NULL: an empty variant and the null values of its types.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

// Binds as Qt's SQLite driver does: integers and booleans as integers, doubles as reals, byte arrays
// as blobs, date-times as ISO text, anything else as its text.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), static_cast<int>(bytes->size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(u"hh:mm:ss.zzz"));
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString *>(value.constData()));
    default:
        return bindText(statement, index, value.toString());
    }
}

// The driver's message as Qt's driver words it (untranslated: it goes to the log): SQLite's text, then what failed.
QString driverText(sqlite3 *db, const char *what)
{
    return u"%1 %2"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromLatin1(what));
}

// SQLite finds a parameter's index by walking the statement's names: fine for a few, quadratic for
// the multi-row statements with hundreds. Those get their names hashed once, here, for as long as
// the statement lives. A statement lives and dies on its Database's thread.
constexpr int kHashedParameterCount = 16;
thread_local QHash<const sqlite3_stmt *, QHash<QString, int>> t_parameterIndexes;

void finalizeStatement(sqlite3_stmt *statement)
{
    t_parameterIndexes.remove(statement);
    sqlite3_finalize(statement);
}

void hashParameterNames(sqlite3_stmt *statement)
{
    const int count = sqlite3_bind_parameter_count(statement);
    if (count < kHashedParameterCount)
        return;
    QHash<QString, int> indexes;
    indexes.reserve(count);
    for (int index = 1; index <= count; ++index) {
        if (const char *name = sqlite3_bind_parameter_name(statement, index))
            indexes.insert(QString::fromUtf8(name), index);
    }
    t_parameterIndexes.insert(statement, std::move(indexes));
}

int parameterIndex(sqlite3_stmt *statement, const QString &placeholder)
{
    if (sqlite3_bind_parameter_count(statement) >= kHashedParameterCount) {
        const auto hashed = t_parameterIndexes.constFind(statement);
        if (hashed != t_parameterIndexes.constEnd())
            return hashed->value(placeholder, 0);
    }
    QVarLengthArray<char, 64> name(placeholder.size() + 1);
    for (qsizetype i = 0; i < placeholder.size(); ++i) {
        const char16_t c = placeholder.at(i).unicode();
        name[i] = static_cast<char>(c < 0x80 ? c : u'?');
    }
    name[placeholder.size()] = '\0';
    return sqlite3_bind_parameter_index(statement, name.constData());
}

} // namespace

SqlQuery::SqlQuery(Database &db) : m_db(db) { }

SqlQuery::~SqlQuery()
{
    if (m_query)
        m_query->finish();
    if (m_statement)
        resetSqlite();
    if (m_cachedSerial != 0)
        m_db.checkInStatement(m_sql, m_cachedSerial);
}

bool SqlQuery::onSqlite() const
{
    return m_db.m_sqlite != nullptr;
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
    if (m_statement) {
        resetSqlite();
        m_active = false;
        // Our own statement is finalized here; the cache's stays with the cache.
        m_statement.reset();
    }
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
    if (onSqlite())
        return prepareSqlite(sql, u"cannot prepare statement"_s);
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
    if (onSqlite()) {
        bindSqlite(placeholder, value);
        return *this;
    }
    ownQuery().bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (m_db.m_inTransaction)
        m_db.m_readCache.noteStatement(m_sql);
    if (onSqlite())
        return execSqlite();
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
    if (onSqlite()) {
        if (auto status = prepareSqlite(sql, u"statement failed"_s); !status)
            return status;
        return execSqlite();
    }
    if (!ownQuery().exec(sql))
        return error(u"statement failed"_s);
    return {};
}

bool SqlQuery::next()
{
    if (onSqlite())
        return nextSqlite();
    return m_query && m_query->next();
}

QVariant SqlQuery::value(int column) const
{
    if (onSqlite())
        return sqliteValue(column);
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
    if (onSqlite())
        return sqliteValue(column).isNull();
    return !m_query || m_query->isNull(column);
}

int SqlQuery::rowsAffected() const
{
    if (onSqlite())
        return m_active ? sqlite3_changes(m_db.m_sqlite) : -1;
    return m_query ? m_query->numRowsAffected() : -1;
}

void SqlQuery::finish()
{
    if (m_query)
        m_query->finish();
    if (m_statement)
        resetSqlite();
    m_active = false;
}

Error SqlQuery::error(const QString &what) const
{
    const QSqlError sqlError = m_query ? m_query->lastError() : QSqlError();
    const Error result = Error::storage(
            u"%1 on %2: %3 (SQL: %4)"_s.arg(what, m_db.config().describe(), sqlError.text().trimmed(), m_sql));
    qCDebug(lcStore).noquote() << result.message;
    return result;
}

Status SqlQuery::prepareSqlite(const QString &sql, const QString &what)
{
    m_active = false;
    m_unknownPlaceholder = false;
    quint64 serial = 0;
    if (auto cached = m_db.checkOutSqliteStatement(sql, serial)) {
        m_statement = std::move(cached);
        m_cachedSerial = serial;
        return {};
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const char *tail = nullptr;
    const int result = sqlite3_prepare_v3(m_db.m_sqlite, utf8.constData(), static_cast<int>(utf8.size()) + 1,
                                          SQLITE_PREPARE_PERSISTENT, &raw, &tail);
    std::shared_ptr<sqlite3_stmt> statement(raw, finalizeStatement);
    if (raw)
        hashParameterNames(raw);
    if (result != SQLITE_OK)
        return sqliteError(what, driverText(m_db.m_sqlite, "Unable to execute statement"));
    if (tail && !QByteArrayView(tail).trimmed().isEmpty()) {
        return sqliteError(what, u"Unable to execute multiple statements at a time"_s);
    }
    m_statement = std::move(statement);
    // A text of only comments or white space gives no statement: kept uncached, it fails to run.
    if (m_statement.get() && m_db.adoptSqliteStatement(sql, m_statement, serial))
        m_cachedSerial = serial;
    return {};
}

void SqlQuery::bindSqlite(const QString &placeholder, const QVariant &value)
{
    if (!m_statement)
        return;
    if (m_running)
        resetSqlite();
    m_active = false;
    const int index = parameterIndex(m_statement.get(), placeholder);
    if (index == 0) {
        m_unknownPlaceholder = true; // as Qt's driver: the statement then refuses to run
        return;
    }
    bindValue(m_statement.get(), index, value);
}

Status SqlQuery::execSqlite()
{
    if (m_running)
        resetSqlite();
    m_active = false;
    m_onRow = false;
    m_firstRowWaiting = false;
    if (!m_statement.get())
        return sqliteError(u"statement failed"_s, u"No query Unable to fetch row"_s);
    if (m_unknownPlaceholder) {
        return sqliteError(u"statement failed"_s, u"Parameter count mismatch"_s);
    }
    m_running = true;
    const int result = sqlite3_step(m_statement.get());
    if (result == SQLITE_ROW) {
        m_firstRowWaiting = true;
    } else if (result == SQLITE_DONE) {
        resetSqlite();
    } else {
        const QString text = driverText(m_db.m_sqlite, "Unable to fetch row");
        resetSqlite();
        return sqliteError(u"statement failed"_s, text);
    }
    m_active = true;
    return {};
}

bool SqlQuery::nextSqlite()
{
    if (!m_active || !m_statement || sqlite3_column_count(m_statement.get()) == 0)
        return false;
    if (m_firstRowWaiting) {
        m_firstRowWaiting = false;
        m_onRow = true;
        return true;
    }
    if (!m_running) {
        m_onRow = false;
        return false;
    }
    const int result = sqlite3_step(m_statement.get());
    if (result == SQLITE_ROW) {
        m_onRow = true;
        return true;
    }
    if (result != SQLITE_DONE)
        sqliteError(u"fetching a row failed"_s, driverText(m_db.m_sqlite, "Unable to fetch row"));
    resetSqlite();
    m_onRow = false;
    return false;
}

QVariant SqlQuery::sqliteValue(int column) const
{
    if (!m_onRow || column < 0 || column >= sqlite3_column_count(m_statement.get()))
        return QVariant();
    sqlite3_stmt *statement = m_statement.get();
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL:
        // Qt's driver gives NULL as a null QString variant: text() is a null string, isNull() true.
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(statement, column);
        return QVariant(QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(statement, column)));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        if (size == 0)
            return QVariant(QString(u""_s)); // empty, not null: a stored '' is not NULL
        return QVariant(QString::fromUtf8(text, size));
    }
    }
}

void SqlQuery::resetSqlite()
{
    sqlite3_reset(m_statement.get());
    m_running = false;
    m_onRow = false;
    m_firstRowWaiting = false;
}

Error SqlQuery::sqliteError(const QString &what, const QString &driverText) const
{
    const Error result = Error::storage(
            u"%1 on %2: %3 (SQL: %4)"_s.arg(what, m_db.config().describe(), driverText.trimmed(), m_sql));
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
