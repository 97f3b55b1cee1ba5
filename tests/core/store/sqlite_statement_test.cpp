// SqlQuery on SQLite runs statements through the SQLite C API: what it reads, binds and reports must
// be what Qt's QSQLITE driver gives for the same statement on the same connection.
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include "tests/support/qtprinters.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QList<Migration> sampleMigration()
{
    return {{1,
             u"sample"_s,
             {u"CREATE TABLE sample (id INTEGER PRIMARY KEY, label TEXT UNIQUE, amount INTEGER, ratio REAL, "
              "data BLOB, anything)"_s}}};
}

class SqliteStatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        DatabaseConfig config;
        config.driver = DatabaseConfig::Driver::Sqlite;
        config.path = m_dir.filePath(u"sample.db"_s);
        auto db = Database::open(config, sampleMigration());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        m_db = std::move(db).value();
    }

    Status insert(int id, const QString &label, const QVariant &amount, const QVariant &ratio = {},
                  const QVariant &data = {}, const QVariant &anything = {})
    {
        SqlQuery query(*m_db);
        if (auto status = query.prepare(u"INSERT INTO sample (id, label, amount, ratio, data, anything) "
                                        "VALUES (:id, :label, :amount, :ratio, :data, :anything)"_s);
            !status)
            return status;
        query.bind(u":id"_s, id)
                .bind(u":label"_s, label)
                .bind(u":amount"_s, amount)
                .bind(u":ratio"_s, ratio)
                .bind(u":data"_s, data)
                .bind(u":anything"_s, anything);
        return query.exec();
    }

    qint64 count(const QString &where = u"1 = 1"_s)
    {
        SqlQuery query(*m_db);
        EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM sample WHERE "_s + where).ok());
        return query.next() ? query.int64(0) : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

TEST_F(SqliteStatementTest, ValuesReadBackAsQtsSqliteDriverGivesThem)
{
    const QDateTime when(QDate(2026, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
    ASSERT_TRUE(insert(1, u"grüße ✓"_s, qint64(9'007'199'254'740'993), 2.5, QByteArray("\x00\x01\xff", 3), when).ok());
    ASSERT_TRUE(insert(2, u""_s, 42, QVariant(), QByteArray(), true).ok());
    ASSERT_TRUE(
            insert(3, QString(), -7, -0.125, QByteArray(""), QVariant(qulonglong(18'000'000'000'000'000'000ULL))).ok());
    ASSERT_TRUE(insert(4, u"four"_s, QVariant(), 1e300, QVariant(), QVariant(QStringList{u"x"_s})).ok());

    const QString select =
            u"SELECT id, label, amount, ratio, data, anything, typeof(anything) FROM sample ORDER BY id"_s;
    QSqlQuery reference(m_db->connection());
    reference.setForwardOnly(true);
    ASSERT_TRUE(reference.exec(select));
    SqlQuery query(*m_db);
    ASSERT_TRUE(query.exec(select).ok());
    int rows = 0;
    while (reference.next()) {
        ASSERT_TRUE(query.next());
        ++rows;
        for (int column = 0; column < 7; ++column) {
            SCOPED_TRACE(testing::Message() << "row " << rows << " column " << column);
            const QVariant expected = reference.value(column);
            const QVariant actual = query.value(column);
            EXPECT_EQ(actual.metaType(), expected.metaType());
            EXPECT_EQ(actual.isNull(), expected.isNull());
            EXPECT_EQ(actual, expected);
            EXPECT_EQ(query.isNull(column), reference.isNull(column));
            EXPECT_EQ(query.text(column), expected.toString());
            EXPECT_EQ(query.text(column).isNull(), expected.toString().isNull());
        }
        EXPECT_FALSE(query.value(7).isValid()); // past the last column
    }
    EXPECT_EQ(rows, 4);
    EXPECT_FALSE(query.next());
    EXPECT_FALSE(query.value(0).isValid());

    SqlQuery typed(*m_db);
    ASSERT_TRUE(typed.exec(u"SELECT typeof(label), typeof(anything), anything FROM sample ORDER BY id"_s).ok());
    ASSERT_TRUE(typed.next());
    EXPECT_EQ(typed.text(1), u"text"_s); // a date-time is bound as ISO text with milliseconds
    EXPECT_EQ(typed.text(2), u"2026-03-14T15:09:26.535Z"_s);
    ASSERT_TRUE(typed.next());
    EXPECT_EQ(typed.text(0), u"text"_s); // an empty string is not NULL
    EXPECT_EQ(typed.text(1), u"integer"_s);
    ASSERT_TRUE(typed.next());
    EXPECT_EQ(typed.text(0), u"null"_s); // a null QString binds NULL
    EXPECT_EQ(typed.text(1), u"text"_s); // as Qt's driver: an unsigned 64-bit value goes as its text
}

TEST_F(SqliteStatementTest, ErrorsCarryTheDriverTextAndTheSqlButNoValues)
{
    ASSERT_TRUE(insert(1, u"secret-label"_s, 1).ok());
    const Status duplicate = insert(2, u"secret-label"_s, 2);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Storage);
    EXPECT_TRUE(duplicate.error().message.contains(u"UNIQUE constraint failed: sample.label"_s))
            << duplicate.error().message.toStdString();
    EXPECT_TRUE(duplicate.error().message.contains(u"INSERT INTO sample"_s));
    EXPECT_FALSE(duplicate.error().message.contains(u"secret-label"_s));
    EXPECT_EQ(count(), 1);

    SqlQuery broken(*m_db);
    const Status unprepared = broken.prepare(u"SELECT label FROM nowhere"_s);
    ASSERT_FALSE(unprepared.ok());
    EXPECT_TRUE(unprepared.error().message.contains(u"no such table: nowhere"_s))
            << unprepared.error().message.toStdString();
    EXPECT_FALSE(broken.exec().ok());
    EXPECT_FALSE(broken.next());

    SqlQuery two(*m_db);
    EXPECT_FALSE(two.exec(u"DELETE FROM sample; DELETE FROM sample"_s).ok());
    EXPECT_EQ(count(), 1);

    SqlQuery misnamed(*m_db);
    ASSERT_TRUE(misnamed.prepare(u"DELETE FROM sample WHERE id = :id"_s).ok());
    misnamed.bind(u":identifier"_s, 1);
    EXPECT_FALSE(misnamed.exec().ok());
    EXPECT_EQ(count(), 1);
}

TEST_F(SqliteStatementTest, RowsAffectedCountsWhatTheStatementChanged)
{
    for (int id = 1; id <= 3; ++id)
        ASSERT_TRUE(insert(id, u"label %1"_s.arg(id), id * 10).ok());
    SqlQuery update(*m_db);
    ASSERT_TRUE(update.prepare(u"UPDATE sample SET ratio = 1.0 WHERE amount >= :least"_s).ok());
    EXPECT_EQ(update.rowsAffected(), -1); // not run yet
    update.bind(u":least"_s, 20);
    ASSERT_TRUE(update.exec().ok());
    EXPECT_EQ(update.rowsAffected(), 2);
    update.bind(u":least"_s, 31);
    ASSERT_TRUE(update.exec().ok());
    EXPECT_EQ(update.rowsAffected(), 0);
    update.bind(u":least"_s, 30);
    ASSERT_TRUE(update.exec().ok());
    EXPECT_EQ(update.rowsAffected(), 1);

    EXPECT_EQ(changedOne(*m_db, u"DELETE FROM sample WHERE id = :id"_s, {{u":id"_s, 3}}).value(), true);
    EXPECT_EQ(changedOne(*m_db, u"DELETE FROM sample WHERE id = :id"_s, {{u":id"_s, 3}}).value(), false);
}

TEST_F(SqliteStatementTest, BindingsLastAcrossRunsButNotIntoTheNextUserOfACachedStatement)
{
    const QString sql = u"INSERT INTO sample (id, label, amount) VALUES (:id, :label, :amount)"_s;
    {
        SqlQuery query(*m_db);
        ASSERT_TRUE(query.prepare(sql).ok());
        query.bind(u":label"_s, u"kept"_s).bind(u":amount"_s, 5);
        query.bind(u":id"_s, 1);
        ASSERT_TRUE(query.exec().ok());
        query.bind(u":id"_s, 2).bind(u":label"_s, u"other"_s);
        ASSERT_TRUE(query.exec().ok()); // :amount still bound
    }
    EXPECT_EQ(count(u"amount = 5"_s), 2);
    {
        SqlQuery query(*m_db); // the cached statement, its values unbound
        ASSERT_TRUE(query.prepare(sql).ok());
        query.bind(u":id"_s, 3);
        ASSERT_TRUE(query.exec().ok());
    }
    EXPECT_EQ(count(u"id = 3 AND label IS NULL AND amount IS NULL"_s), 1);
}

TEST_F(SqliteStatementTest, WideStatementsBindEveryPlaceholderByName)
{
    // 3 placeholders a row: 5 rows stay under the hashed names, 40 rows use them.
    for (const int rows : {5, 40}) {
        SCOPED_TRACE(rows);
        ASSERT_TRUE(execute(*m_db, u"DELETE FROM sample"_s, {}).ok());
        QStringList values;
        for (int row = 0; row < rows; ++row)
            values << u"(:id%1, :label%1, :amount%1 + :bonus)"_s.arg(row);
        SqlQuery query(*m_db);
        ASSERT_TRUE(query.prepare(u"INSERT INTO sample (id, label, amount) VALUES "_s + values.join(u", "_s)).ok());
        query.bind(u":bonus"_s, 1000); // one name used in every row
        for (int row = rows - 1; row >= 0; --row) {
            query.bind(u":id%1"_s.arg(row), row + 1)
                    .bind(u":label%1"_s.arg(row), u"row %1"_s.arg(row))
                    .bind(u":amount%1"_s.arg(row), row * 2);
        }
        ASSERT_TRUE(query.exec().ok());
        EXPECT_EQ(query.rowsAffected(), rows);
        EXPECT_EQ(count(), rows);
        EXPECT_EQ(count(u"amount = (id - 1) * 2 + 1000 AND label = 'row ' || (id - 1)"_s), rows);

        query.bind(u":id%1"_s.arg(rows), 1); // a name the statement does not have
        EXPECT_FALSE(query.exec().ok());
    }
}

TEST_F(SqliteStatementTest, TheSameStatementNestedRunsAsTwoIndependentStatements)
{
    for (int id = 1; id <= 4; ++id)
        ASSERT_TRUE(insert(id, u"n%1"_s.arg(id), id).ok());
    const QString sql = u"SELECT id, amount FROM sample WHERE id >= :from ORDER BY id"_s;
    SqlQuery outer(*m_db);
    ASSERT_TRUE(outer.prepare(sql).ok());
    outer.bind(u":from"_s, 1);
    ASSERT_TRUE(outer.exec().ok());
    qint64 outerSum = 0;
    qint64 innerRows = 0;
    while (outer.next()) {
        outerSum += outer.int64(1);
        SqlQuery inner(*m_db);
        ASSERT_TRUE(inner.prepare(sql).ok());
        inner.bind(u":from"_s, outer.int64(0) + 1);
        ASSERT_TRUE(inner.exec().ok());
        while (inner.next())
            ++innerRows;
    }
    EXPECT_EQ(outerSum, 1 + 2 + 3 + 4);
    EXPECT_EQ(innerRows, 3 + 2 + 1 + 0);

    // Run again with a new value before the first result is read to its end: the new result only.
    ASSERT_TRUE(outer.exec().ok());
    ASSERT_TRUE(outer.next());
    outer.bind(u":from"_s, 4);
    ASSERT_TRUE(outer.exec().ok());
    ASSERT_TRUE(outer.next());
    EXPECT_EQ(outer.int64(0), 4);
    EXPECT_FALSE(outer.next());
}

TEST_F(SqliteStatementTest, AStatementLeftMidResultNeverBlocksACommitOrAnotherWriter)
{
    for (int id = 1; id <= 3; ++id)
        ASSERT_TRUE(insert(id, u"n%1"_s.arg(id), id).ok());
    {
        auto transaction = Transaction::begin(*m_db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(insert(10, u"ten"_s, 10).ok());
        {
            SqlQuery partial(*m_db);
            ASSERT_TRUE(partial.prepare(u"SELECT id FROM sample ORDER BY id"_s).ok());
            ASSERT_TRUE(partial.exec().ok());
            ASSERT_TRUE(partial.next());
        }
        SqlQuery finished(*m_db);
        ASSERT_TRUE(finished.exec(u"SELECT id FROM sample ORDER BY id"_s).ok());
        ASSERT_TRUE(finished.next());
        finished.finish();
        EXPECT_FALSE(finished.next());
        EXPECT_EQ(finished.rowsAffected(), -1);
        ASSERT_TRUE(transaction->commit().ok());
    }
    // Another connection to the file writes straight away: no read or write lock is left behind.
    DatabaseConfig config = m_db->config();
    config.busyTimeoutMs = 0;
    auto other = Database::open(config, sampleMigration());
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    {
        SqlQuery open(*m_db);
        ASSERT_TRUE(open.exec(u"SELECT id FROM sample ORDER BY id"_s).ok());
        ASSERT_TRUE(open.next()); // a reader in WAL mode does not stop a writer
        EXPECT_TRUE(execute(**other, u"INSERT INTO sample (id, label) VALUES (11, 'eleven')"_s, {}).ok());
    }
    EXPECT_EQ(count(), 5);
    auto write = Transaction::begin(**other);
    ASSERT_TRUE(write.ok()) << write.error().message.toStdString();
    EXPECT_TRUE(write->commit().ok());
}

TEST_F(SqliteStatementTest, SchemaChangesReachCachedStatements)
{
    ASSERT_TRUE(insert(1, u"one"_s, 1).ok());
    const QString sql = u"SELECT * FROM sample"_s;
    {
        SqlQuery query(*m_db);
        ASSERT_TRUE(query.prepare(sql).ok());
        ASSERT_TRUE(query.exec().ok());
        ASSERT_TRUE(query.next());
        EXPECT_FALSE(query.value(6).isValid());
    }
    ASSERT_TRUE(m_db->execute(u"ALTER TABLE sample ADD COLUMN extra TEXT DEFAULT 'added'"_s).ok());
    SqlQuery query(*m_db);
    ASSERT_TRUE(query.prepare(sql).ok());
    ASSERT_TRUE(query.exec().ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.text(6), u"added"_s);
}

} // namespace
} // namespace Chrysalis
