#include "core/market/changelog.h"

#include "core/store/sqlquery.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace Audience {
QString everyone()
{
    return u"public"_s;
}
QString account(const QString &accountId)
{
    return u"account:"_s + accountId;
}
QString workersFrom(const QString &tierName)
{
    return u"workers:"_s + tierName;
}
QString arbiters()
{
    return u"arbiters"_s;
}
QString client(const QString &clientId)
{
    return u"client:"_s + clientId;
}
} // namespace Audience

namespace {

// Large enough to make a push's hundreds of rows a handful of statements, small enough to stay far
// below either database's limit on bound values (5 per row).
constexpr qsizetype kRowsPerInsert = 64;

// Groups of 64, 32, …, 1 rows: a handful of statement texts, each prepared once per connection.
qsizetype groupSize(qsizetype remaining)
{
    qsizetype size = kRowsPerInsert;
    while (size > remaining)
        size /= 2;
    return size;
}

QString opName(ChangeOp op)
{
    return op == ChangeOp::Delete ? u"delete"_s : u"upsert"_s;
}

// ":a0, :a1, …" for an IN list; only the count shapes the SQL, the values are bound.
QString placeholders(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << u":a%1"_s.arg(i);
    return names.join(u", "_s);
}

void bindAudiences(SqlQuery &query, const QStringList &audiences)
{
    for (qsizetype i = 0; i < audiences.size(); ++i)
        query.bind(u":a%1"_s.arg(i), audiences.at(i));
}

Result<QList<Change>> readChanges(SqlQuery &query)
{
    if (auto status = query.exec(); !status)
        return status.error();
    QList<Change> changes;
    while (query.next()) {
        Change change;
        change.seq = query.int64(0);
        change.entity = query.text(1);
        change.entityId = query.text(2);
        change.op = query.text(3) == u"delete" ? ChangeOp::Delete : ChangeOp::Upsert;
        change.audience = query.text(4);
        change.txn = query.int64(5);
        changes.append(change);
    }
    return changes;
}

} // namespace

ChangeLog::ChangeLog(Database &db) : m_db(db) { }

Migration ChangeLog::migration(int version)
{
    return {version,
            u"change_log"_s,
            {
                    u"CREATE TABLE change_seq (id {integer} PRIMARY KEY, value {bigint} NOT NULL)"_s,
                    u"INSERT INTO change_seq (id, value) VALUES (1, 0)"_s,
                    u"CREATE TABLE change_log (entity {text} NOT NULL, entity_id {text} NOT NULL, "
                    "audience {text} NOT NULL, seq {bigint} NOT NULL, txn {bigint} NOT NULL, op {text} NOT NULL, "
                    "PRIMARY KEY (entity, entity_id, audience))"_s,
                    u"CREATE UNIQUE INDEX change_log_seq ON change_log (seq)"_s,
                    u"CREATE INDEX change_log_audience_seq ON change_log (audience, seq)"_s,
            }};
}

void ChangeLog::touch(const QString &entity, const QString &entityId, const QStringList &audiences, ChangeOp op)
{
    for (const QString &audience : audiences)
        m_pending.append({entity, entityId, op, audience});
}

void ChangeLog::rollbackTo(qsizetype mark)
{
    if (mark >= 0 && mark < m_pending.size())
        m_pending.resize(mark);
}

Result<qint64> ChangeLog::flush()
{
    if (m_pending.isEmpty())
        return currentSeq();

    // Later touches of the same row win; the order of first appearance is kept.
    QList<Pending> rows;
    QHash<QString, qsizetype> indexOf;
    for (const Pending &pending : std::as_const(m_pending)) {
        const QString key = pending.entity + u'\x1f' + pending.entityId + u'\x1f' + pending.audience;
        const auto found = indexOf.constFind(key);
        if (found != indexOf.constEnd()) {
            rows[*found].op = pending.op;
        } else {
            indexOf.insert(key, rows.size());
            rows.append(pending);
        }
    }

    // Taking the counter row's lock is the transaction's last act before COMMIT, so seqs are
    // handed out in commit order.
    SqlQuery bump(m_db);
    if (auto status = bump.prepare(u"UPDATE change_seq SET value = value + :count WHERE id = 1"_s); !status)
        return status.error();
    bump.bind(u":count"_s, static_cast<qint64>(rows.size()));
    if (auto status = bump.exec(); !status)
        return status.error();
    const auto last = currentSeq();
    if (!last)
        return last.error();
    const qint64 first = *last - rows.size() + 1;

    // One statement per group of rows: a push touches hundreds. No placeholder repeats, so the
    // driver binds by position instead of looking every name up.
    qint64 seq = first;
    for (qsizetype from = 0, count = 0; from < rows.size(); from += count) {
        count = groupSize(rows.size() - from);
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values << u"(:e%1, :i%1, :a%1, :s%1, :t%1, :o%1)"_s.arg(i);
        SqlQuery insert(m_db);
        if (auto status =
                    insert.prepare(u"INSERT INTO change_log (entity, entity_id, audience, seq, txn, op) VALUES "_s +
                                   values.join(u", "_s) +
                                   u" ON CONFLICT (entity, entity_id, audience) DO UPDATE SET seq = "
                                   "excluded.seq, txn = excluded.txn, op = excluded.op"_s);
            !status) {
            return status.error();
        }
        for (qsizetype i = 0; i < count; ++i) {
            const Pending &row = rows.at(from + i);
            const QString n = QString::number(i);
            insert.bind(u":e"_s + n, row.entity)
                    .bind(u":i"_s + n, row.entityId)
                    .bind(u":a"_s + n, row.audience)
                    .bind(u":s"_s + n, seq++)
                    .bind(u":t"_s + n, first)
                    .bind(u":o"_s + n, opName(row.op));
        }
        if (auto status = insert.exec(); !status)
            return status.error();
    }
    m_pending.clear();
    return *last;
}

Result<qint64> ChangeLog::currentSeq()
{
    SqlQuery query(m_db);
    if (auto status = query.exec(u"SELECT value FROM change_seq WHERE id = 1"_s); !status)
        return status.error();
    if (!query.next())
        return Error::storage(u"the change log's counter row is missing"_s);
    return query.int64(0);
}

Result<QList<Change>> ChangeLog::since(qint64 after, const QStringList &audiences, int limit)
{
    if (audiences.isEmpty() || limit <= 0)
        return QList<Change>();
    const QString columns = u"SELECT seq, entity, entity_id, op, audience, txn FROM change_log "_s;
    const QString inAudiences = u"audience IN ("_s + placeholders(audiences.size()) + u")"_s;

    SqlQuery page(m_db);
    if (auto status =
                page.prepare(columns + u"WHERE seq > :after AND "_s + inAudiences + u" ORDER BY seq LIMIT :limit"_s);
        !status) {
        return status.error();
    }
    page.bind(u":after"_s, after).bind(u":limit"_s, limit);
    bindAudiences(page, audiences);
    auto changes = readChanges(page);
    if (!changes || changes->size() < limit)
        return changes;

    // Complete the last transaction so a page never splits one.
    SqlQuery rest(m_db);
    if (auto status =
                rest.prepare(columns + u"WHERE seq > :after AND txn = :txn AND "_s + inAudiences + u" ORDER BY seq"_s);
        !status) {
        return status.error();
    }
    rest.bind(u":after"_s, changes->constLast().seq).bind(u":txn"_s, changes->constLast().txn);
    bindAudiences(rest, audiences);
    auto tail = readChanges(rest);
    if (!tail)
        return tail.error();
    changes->append(*tail);
    return changes;
}

} // namespace Chrysalis
