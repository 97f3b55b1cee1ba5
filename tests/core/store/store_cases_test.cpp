// Store cases written once and run on every backend: SQLite (chrysalis_core_tests) and PostgreSQL
// (chrysalis_store_pg_tests). Each executable instantiates the suites with its own backends.
#include "core/store/database.h"
#include "core/store/ledgerrepository.h"
#include "core/store/metarepository.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/core/store/storetesting.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QList<Migration> ledgerMigrations()
{
    return {MetaRepository::migration(1), LedgerRepository::migration(2)};
}

LedgerAccount balanceOf(const QString &owner)
{
    return LedgerAccount::personal(LedgerBook::Balance, owner);
}

LedgerAccount escrowOf(const QString &owner)
{
    return LedgerAccount::personal(LedgerBook::Escrow, owner);
}

LedgerAccount earningsOf(const QString &owner)
{
    return LedgerAccount::personal(LedgerBook::Earnings, owner);
}

const LedgerAccount kDeposits = LedgerAccount::platform(LedgerBook::Deposits);
const LedgerAccount kFees = LedgerAccount::platform(LedgerBook::PlatformFees);
const LedgerAccount kMistakePay = LedgerAccount::platform(LedgerBook::PlatformMistakePay);

LedgerEvent fund(const QString &requester, Cents amount)
{
    return {{kDeposits, -amount, u"fund"_s}, {balanceOf(requester), amount, u"fund"_s}};
}

bool hasField(const Error &error, const QString &field)
{
    for (const FieldError &fieldError : error.fieldErrors) {
        if (fieldError.field == field)
            return true;
    }
    return false;
}

// Writes a ledger line as a damaged or foreign writer would, bypassing the repository's checks.
Status insertRawEntry(Database &db, qint64 eventId, const QString &account, Cents amount)
{
    SqlQuery query(db);
    if (auto status = query.prepare(u"INSERT INTO ledger_entry (event_id, account, amount_cents, kind) "
                                    "VALUES (:event, :account, :amount, 'raw')"_s);
        !status)
        return status;
    query.bind(u":event"_s, eventId).bind(u":account"_s, account).bind(u":amount"_s, amount);
    return query.exec();
}

Result<qint64> insertRawEvent(Database &db)
{
    SqlQuery query(db);
    if (auto status = query.prepare(u"INSERT INTO ledger_event (kind, created_at, ref) "
                                    "VALUES ('raw', 0, '') RETURNING id"_s);
        !status)
        return status.error();
    if (auto status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::internal(u"no id returned"_s);
    return query.int64(0);
}

} // namespace

// ---- Database and migrations ----------------------------------------------------------------

TEST_P(StoreTest, OpenAppliesEveryMigrationAndRecordsTheVersion)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    const auto version = db->schemaVersion();
    ASSERT_TRUE(version.ok()) << version.error().message.toStdString();
    EXPECT_EQ(*version, 2);
    EXPECT_EQ(countNotes(*db, u"seed"_s), 1);
}

TEST_P(StoreTest, OpenWithoutMigrationsLeavesVersionZero)
{
    auto db = openDatabase({});
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().valueOr(-1), 0);
}

TEST_P(StoreTest, UnknownTypeTokenInMigrationIsAStorageErrorNamingIt)
{
    const QList<Migration> migrations{{1, u"bad_token"_s, {u"CREATE TABLE t (x {money})"_s}}};
    const auto db = Database::open(config(), migrations);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Storage);
    EXPECT_TRUE(db.error().message.contains(u"{money}")) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(u"migration 1 (bad_token)")) << db.error().message.toStdString();
}

TEST_P(StoreTest, ForeignKeysAreEnforced)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    const Status orphan = insertRawEntry(*db, 4242, u"deposits"_s, 1);
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, ErrorCode::Storage);
    EXPECT_EQ(countRows(*db, u"ledger_entry"_s), 0);
}

TEST_P(StoreTest, QueryErrorCarriesDriverTextAndSql)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    SqlQuery query(*db);
    const Status status = query.exec(u"SELECT missing_column FROM note"_s);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Storage);
    EXPECT_TRUE(status.error().message.contains(u"missing_column")) << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(u"SELECT missing_column FROM note"))
            << status.error().message.toStdString();
}

// ---- Transactions and savepoints ------------------------------------------------------------

TEST_P(StoreTest, TransactionRollsBackOnDestruction)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.ok()) << transaction.error().message.toStdString();
        EXPECT_TRUE(db->inTransaction());
        ASSERT_TRUE(insertNote(*db, u"dropped"_s).ok());
        EXPECT_EQ(countNotes(*db, u"dropped"_s), 1);
    }
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(countNotes(*db, u"dropped"_s), 0);
}

TEST_P(StoreTest, CommittedTransactionKeepsItsWrites)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok()) << transaction.error().message.toStdString();
    ASSERT_TRUE(insertNote(*db, u"kept"_s).ok());
    const Status committed = transaction->commit();
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_FALSE(transaction->isActive());
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(countNotes(*db, u"kept"_s), 1);
    EXPECT_FALSE(transaction->commit().ok());
}

TEST_P(StoreTest, ExplicitRollbackDiscardsWrites)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(insertNote(*db, u"undone"_s).ok());
    transaction->rollback();
    EXPECT_FALSE(db->inTransaction());
    EXPECT_EQ(countNotes(*db, u"undone"_s), 0);
}

TEST_P(StoreTest, SecondTransactionOnOneDatabaseIsRefused)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto outer = Transaction::begin(*db);
    ASSERT_TRUE(outer.ok());
    const auto inner = Transaction::begin(*db);
    ASSERT_FALSE(inner.ok());
    EXPECT_EQ(inner.error().code, ErrorCode::Internal);
    EXPECT_TRUE(db->inTransaction());
}

TEST_P(StoreTest, SavepointNeedsAnOpenTransactionAndAPlainName)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    EXPECT_FALSE(Savepoint::begin(*db, u"outside"_s).ok());
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    EXPECT_FALSE(Savepoint::begin(*db, u"bad name; DROP TABLE note"_s).ok());
    EXPECT_FALSE(Savepoint::begin(*db, u""_s).ok());
    auto good = Savepoint::begin(*db, u"mutation_1"_s);
    ASSERT_TRUE(good.ok()) << good.error().message.toStdString();
    EXPECT_TRUE(good->release().ok());
}

TEST_P(StoreTest, SavepointRollbackKeepsTheOuterTransactionsEarlierWrites)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(insertNote(*db, u"before"_s).ok());
    {
        auto savepoint = Savepoint::begin(*db, u"mutation"_s);
        ASSERT_TRUE(savepoint.ok()) << savepoint.error().message.toStdString();
        ASSERT_TRUE(insertNote(*db, u"inside"_s).ok());
        const Status rolledBack = savepoint->rollback();
        ASSERT_TRUE(rolledBack.ok()) << rolledBack.error().message.toStdString();
    }
    ASSERT_TRUE(insertNote(*db, u"after"_s).ok());
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(countNotes(*db, u"before"_s), 1);
    EXPECT_EQ(countNotes(*db, u"inside"_s), 0);
    EXPECT_EQ(countNotes(*db, u"after"_s), 1);
}

TEST_P(StoreTest, SavepointRollsBackOnDestructionAndReleasedOneIsKept)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    {
        auto released = Savepoint::begin(*db, u"first"_s);
        ASSERT_TRUE(released.ok());
        ASSERT_TRUE(insertNote(*db, u"released"_s).ok());
        ASSERT_TRUE(released->release().ok());
        auto abandoned = Savepoint::begin(*db, u"second"_s);
        ASSERT_TRUE(abandoned.ok());
        ASSERT_TRUE(insertNote(*db, u"abandoned"_s).ok());
    }
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(countNotes(*db, u"released"_s), 1);
    EXPECT_EQ(countNotes(*db, u"abandoned"_s), 0);
}

TEST_P(StoreTest, SavepointRecoversTheTransactionAfterAFailedStatement)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(insertNote(*db, u"first"_s, 100).ok());
    {
        auto savepoint = Savepoint::begin(*db, u"mutation"_s);
        ASSERT_TRUE(savepoint.ok());
        const Status duplicate = insertNote(*db, u"duplicate id"_s, 100);
        ASSERT_FALSE(duplicate.ok());
        EXPECT_EQ(duplicate.error().code, ErrorCode::Storage);
        ASSERT_TRUE(savepoint->rollback().ok());
    }
    ASSERT_TRUE(insertNote(*db, u"after"_s).ok());
    const Status committed = transaction->commit();
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_EQ(countNotes(*db, u"first"_s), 1);
    EXPECT_EQ(countNotes(*db, u"duplicate id"_s), 0);
    EXPECT_EQ(countNotes(*db, u"after"_s), 1);
}

// ---- Ledger ---------------------------------------------------------------------------------

TEST_P(StoreTest, LedgerAppendsEventsAndSumsAccounts)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);

    const auto funded = ledger.append(u"fund"_s, fund(u"r1"_s, 1000), u"deposit-1"_s);
    ASSERT_TRUE(funded.ok()) << funded.error().message.toStdString();
    // MECHANISM.md: publish one butterfly slot at P = 100, then approve it.
    const auto published = ledger.append(
            u"publish"_s, {{balanceOf(u"r1"_s), -120, u"publish"_s}, {escrowOf(u"r1"_s), 120, u"publish"_s}});
    ASSERT_TRUE(published.ok()) << published.error().message.toStdString();
    const auto approved = ledger.append(
            u"approve"_s,
            {{escrowOf(u"r1"_s), -120, u"approve"_s}, {earningsOf(u"w1"_s), 100, u"approve"_s}, {kFees, 20, u"fee"_s}},
            u"answer-7"_s);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_LT(*funded, *published);
    EXPECT_LT(*published, *approved);

    EXPECT_EQ(ledger.balance(balanceOf(u"r1"_s)).valueOr(-1), 880);
    EXPECT_EQ(ledger.balance(escrowOf(u"r1"_s)).valueOr(-1), 0);
    EXPECT_EQ(ledger.balance(earningsOf(u"w1"_s)).valueOr(-1), 100);
    EXPECT_EQ(ledger.balance(kFees).valueOr(-1), 20);
    EXPECT_EQ(ledger.balance(kDeposits).valueOr(0), -1000);
    EXPECT_EQ(ledger.balance(earningsOf(u"nobody"_s)).valueOr(-1), 0);
    EXPECT_EQ(ledger.total().valueOr(-1), 0);

    const auto escrowLines = ledger.entriesFor(escrowOf(u"r1"_s));
    ASSERT_TRUE(escrowLines.ok());
    const QList<LedgerEntry> expected{{escrowOf(u"r1"_s), 120, u"publish"_s}, {escrowOf(u"r1"_s), -120, u"approve"_s}};
    EXPECT_EQ(*escrowLines, expected);
    EXPECT_TRUE(ledger.entriesFor(earningsOf(u"nobody"_s)).valueOr(QList<LedgerEntry>{{}}).isEmpty());

    const auto problems = ledger.check();
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u"\n").toStdString();
}

TEST_P(StoreTest, LedgerRefusesAnEventThatDoesNotSumToZeroAndWritesNothing)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);

    const auto offByOne = ledger.append(
            u"publish"_s, {{balanceOf(u"r1"_s), -120, u"publish"_s}, {escrowOf(u"r1"_s), 121, u"publish"_s}});
    ASSERT_FALSE(offByOne.ok());
    EXPECT_EQ(offByOne.error().code, ErrorCode::Validation);
    EXPECT_TRUE(hasField(offByOne.error(), u"entries"_s));
    EXPECT_EQ(countRows(*db, u"ledger_event"_s), 0);
    EXPECT_EQ(countRows(*db, u"ledger_entry"_s), 0);
    EXPECT_EQ(ledger.balance(escrowOf(u"r1"_s)).valueOr(-1), 0);

    const auto balanced = ledger.append(
            u"publish"_s, {{balanceOf(u"r1"_s), -121, u"publish"_s}, {escrowOf(u"r1"_s), 121, u"publish"_s}});
    ASSERT_TRUE(balanced.ok()) << balanced.error().message.toStdString();
    EXPECT_EQ(countRows(*db, u"ledger_event"_s), 1);
    EXPECT_EQ(countRows(*db, u"ledger_entry"_s), 2);
}

TEST_P(StoreTest, LedgerRefusesEmptyAndMalformedEvents)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);

    const auto empty = ledger.append(u"nothing"_s, {});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Validation);

    const auto noOwner = ledger.append(
            u"fund"_s, {{kDeposits, -5, u"fund"_s}, {LedgerAccount::personal(LedgerBook::Balance, {}), 5, u"fund"_s}});
    ASSERT_FALSE(noOwner.ok());
    EXPECT_TRUE(hasField(noOwner.error(), u"entries[1].account"_s));

    const auto noLineKind = ledger.append(u"fund"_s, {{kDeposits, -5, u"fund"_s}, {balanceOf(u"r"_s), 5, {}}});
    ASSERT_FALSE(noLineKind.ok());
    EXPECT_TRUE(hasField(noLineKind.error(), u"entries[1].kind"_s));

    const auto noEventKind = ledger.append({}, fund(u"r"_s, 5));
    ASSERT_FALSE(noEventKind.ok());
    EXPECT_TRUE(hasField(noEventKind.error(), u"kind"_s));

    const auto overflow =
            ledger.append(u"fund"_s, {{kDeposits, std::numeric_limits<Cents>::max(), u"x"_s}, {kDeposits, 1, u"x"_s}});
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.error().code, ErrorCode::Validation);

    EXPECT_EQ(countRows(*db, u"ledger_event"_s), 0);
    EXPECT_EQ(countRows(*db, u"ledger_entry"_s), 0);
}

TEST_P(StoreTest, LedgerStoresSqlMetacharactersVerbatim)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);

    const QString hostile = u"o'; DROP TABLE ledger_entry; --"_s;
    const QString wildcard = u"%_\\\"$1 :account"_s;
    const QString kind = u"it's \"quoted\" ; -- :kind $1 ünïcødé"_s;
    ASSERT_TRUE(ledger.append(u"fund'--"_s, fund(hostile, 700), u"ref'); --"_s).ok());
    ASSERT_TRUE(ledger.append(kind, {{kDeposits, -30, kind}, {balanceOf(wildcard), 30, kind}}).ok());
    ASSERT_TRUE(ledger.append(u"fund"_s, fund(u"o"_s, 1)).ok());

    EXPECT_EQ(ledger.balance(balanceOf(hostile)).valueOr(-1), 700);
    EXPECT_EQ(ledger.balance(balanceOf(wildcard)).valueOr(-1), 30);
    EXPECT_EQ(ledger.balance(balanceOf(u"o"_s)).valueOr(-1), 1);
    EXPECT_EQ(ledger.balance(balanceOf(u"%"_s)).valueOr(-1), 0);
    const auto lines = ledger.entriesFor(balanceOf(wildcard));
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_EQ(lines->first().kind, kind);
    EXPECT_EQ(lines->first().account.ownerId, wildcard);
    EXPECT_EQ(countRows(*db, u"ledger_entry"_s), 6);
    EXPECT_TRUE(ledger.check().valueOr(QStringList{u"failed"_s}).isEmpty());
}

TEST_P(StoreTest, LedgerAppendInsideCallersTransactionFollowsItsOutcome)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(ledger.append(u"fund"_s, fund(u"r1"_s, 50)).ok());
        EXPECT_TRUE(db->inTransaction());
        EXPECT_EQ(ledger.balance(balanceOf(u"r1"_s)).valueOr(-1), 50);
    }
    EXPECT_EQ(ledger.balance(balanceOf(u"r1"_s)).valueOr(-1), 0);
    EXPECT_EQ(countRows(*db, u"ledger_event"_s), 0);

    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(ledger.append(u"fund"_s, fund(u"r1"_s, 50)).ok());
    EXPECT_FALSE(ledger.append(u"fund"_s, {{kDeposits, -1, u"fund"_s}}).ok());
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(ledger.balance(balanceOf(u"r1"_s)).valueOr(-1), 50);
}

TEST_P(StoreTest, LedgerCheckReportsBrokenBooks)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);
    // Legitimately negative: platform books and deposits.
    ASSERT_TRUE(
            ledger.append(u"conflict"_s, {{kMistakePay, -800, u"mistake_pay"_s}, {earningsOf(u"w1"_s), 800, u"x"_s}})
                    .ok());
    ASSERT_TRUE(
            ledger.append(u"payout"_s, {{earningsOf(u"w1"_s), -800, u"payout"_s}, {kDeposits, 800, u"payout"_s}}).ok());
    ASSERT_TRUE(ledger.check().valueOr(QStringList{u"failed"_s}).isEmpty());

    const auto unbalanced = insertRawEvent(*db);
    ASSERT_TRUE(unbalanced.ok());
    ASSERT_TRUE(insertRawEntry(*db, *unbalanced, u"platform:fees"_s, 5).ok());
    const auto overdrawn = insertRawEvent(*db);
    ASSERT_TRUE(overdrawn.ok());
    ASSERT_TRUE(insertRawEntry(*db, *overdrawn, u"escrow:r9"_s, -1).ok());
    ASSERT_TRUE(insertRawEntry(*db, *overdrawn, u"bogus:key"_s, 1).ok());
    const auto lineless = insertRawEvent(*db);
    ASSERT_TRUE(lineless.ok());

    const auto problems = ledger.check();
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    const QString report = problems->join(u"\n");
    EXPECT_EQ(problems->size(), 5) << report.toStdString();
    EXPECT_TRUE(report.contains(u"event %1 sums to 5"_s.arg(*unbalanced))) << report.toStdString();
    EXPECT_TRUE(report.contains(u"event %1 has no lines"_s.arg(*lineless))) << report.toStdString();
    EXPECT_TRUE(report.contains(u"escrow:r9 is negative"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"\"bogus:key\""_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"total is 5"_s)) << report.toStdString();
    EXPECT_FALSE(report.contains(u"earnings:w1"_s)) << report.toStdString();
    EXPECT_FALSE(report.contains(u"mistake_pay"_s)) << report.toStdString();
    EXPECT_EQ(ledger.total().valueOr(0), 5);
}

// ---- Meta -----------------------------------------------------------------------------------

TEST_P(StoreTest, MetaStoresReplacesAndRemovesValues)
{
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    MetaRepository meta(*db);

    EXPECT_FALSE(meta.value(u"epoch"_s).valueOr(u"failed"_s).has_value());
    ASSERT_TRUE(meta.setValue(u"epoch"_s, u"1"_s).ok());
    EXPECT_EQ(meta.value(u"epoch"_s).valueOr(std::nullopt), std::optional<QString>(u"1"_s));
    ASSERT_TRUE(meta.setValue(u"epoch"_s, u"2'; --"_s).ok());
    EXPECT_EQ(meta.value(u"epoch"_s).valueOr(std::nullopt), std::optional<QString>(u"2'; --"_s));
    ASSERT_TRUE(meta.setValue(u"empty"_s, QString()).ok());
    EXPECT_EQ(meta.value(u"empty"_s).valueOr(std::nullopt), std::optional<QString>(u""_s));

    EXPECT_EQ(meta.valueOrInsert(u"epoch"_s, u"3"_s).valueOr(QString()), u"2'; --"_s);
    EXPECT_EQ(meta.valueOrInsert(u"client"_s, u"abc"_s).valueOr(QString()), u"abc"_s);
    EXPECT_EQ(meta.valueOrInsert(u"client"_s, u"xyz"_s).valueOr(QString()), u"abc"_s);

    ASSERT_TRUE(meta.remove(u"epoch"_s).ok());
    EXPECT_FALSE(meta.value(u"epoch"_s).valueOr(u"failed"_s).has_value());
    EXPECT_EQ(meta.value(u"client"_s).valueOr(std::nullopt), std::optional<QString>(u"abc"_s));
}

// ---- Reopening the same database ------------------------------------------------------------

TEST_P(PersistentStoreTest, ReopenKeepsDataAndVersionWithoutRerunningMigrations)
{
    {
        auto db = openDatabase(noteMigrations());
        ASSERT_TRUE(db);
        ASSERT_TRUE(insertNote(*db, u"written"_s).ok());
    }
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().valueOr(-1), 2);
    EXPECT_EQ(countNotes(*db, u"seed"_s), 1);
    EXPECT_EQ(countNotes(*db, u"written"_s), 1);
}

TEST_P(PersistentStoreTest, ReopenWithANewMigrationRunsOnlyThatOne)
{
    {
        auto db = openDatabase(noteMigrations());
        ASSERT_TRUE(db);
    }
    QList<Migration> migrations = noteMigrations();
    migrations.append({3, u"third"_s, {u"INSERT INTO note (body) VALUES ('third')"_s}});
    auto db = openDatabase(migrations);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().valueOr(-1), 3);
    EXPECT_EQ(countNotes(*db, u"seed"_s), 1);
    EXPECT_EQ(countNotes(*db, u"third"_s), 1);
}

TEST_P(PersistentStoreTest, FailingMigrationRollsBackEntirelyAndKeepsTheVersion)
{
    {
        auto db = openDatabase(noteMigrations());
        ASSERT_TRUE(db);
    }
    QList<Migration> broken = noteMigrations();
    broken.append({3,
                   u"tags"_s,
                   {u"CREATE TABLE tag (id {id_pk}, name {text} NOT NULL)"_s,
                    u"INSERT INTO note (body) VALUES ('from broken')"_s, u"INSERT INTO no_such_table VALUES (1)"_s}});
    const auto failed = Database::open(config(), broken);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Storage);
    const QString message = failed.error().message;
    EXPECT_TRUE(message.contains(u"migration 3 (tags) failed at statement 3 of 3")) << message.toStdString();
    EXPECT_TRUE(message.contains(u"no_such_table")) << message.toStdString();

    {
        auto db = openDatabase(noteMigrations());
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion().valueOr(-1), 2);
        EXPECT_EQ(countNotes(*db, u"from broken"_s), 0);
        EXPECT_FALSE(db->execute(u"SELECT 1 FROM tag"_s).ok());
    }
    // The repaired migration applies cleanly: nothing of the failed attempt was left behind.
    QList<Migration> fixed = broken;
    fixed.last().statements.removeLast();
    auto db = openDatabase(fixed);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().valueOr(-1), 3);
    EXPECT_EQ(countNotes(*db, u"from broken"_s), 1);
}

TEST_P(PersistentStoreTest, DatabaseFromANewerSchemaIsRefusedAndNotDowngraded)
{
    {
        auto db = openDatabase(noteMigrations());
        ASSERT_TRUE(db);
    }
    const auto older = Database::open(config(), noteMigrations().mid(0, 1));
    ASSERT_FALSE(older.ok());
    EXPECT_EQ(older.error().code, ErrorCode::Storage);
    EXPECT_TRUE(older.error().message.contains(u"newer"_s)) << older.error().message.toStdString();

    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().valueOr(-1), 2);
}

TEST_P(PersistentStoreTest, LedgerSurvivesReopen)
{
    {
        auto db = openDatabase(ledgerMigrations());
        ASSERT_TRUE(db);
        LedgerRepository ledger(*db);
        ASSERT_TRUE(ledger.append(u"fund"_s, fund(u"r1"_s, 250)).ok());
    }
    auto db = openDatabase(ledgerMigrations());
    ASSERT_TRUE(db);
    LedgerRepository ledger(*db);
    EXPECT_EQ(ledger.balance(balanceOf(u"r1"_s)).valueOr(-1), 250);
    EXPECT_EQ(ledger.total().valueOr(-1), 0);
}

// ---- prepared statements reused through the Database's statement cache ----------------------

TEST_P(StoreTest, AReusedStatementForgetsTheValuesItsLastUserBound)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    const QString sql = u"SELECT COUNT(*) FROM note WHERE body = :body OR id = :id"_s;
    {
        SqlQuery first(*db);
        ASSERT_TRUE(first.prepare(sql).ok());
        first.bind(u":body"_s, u"seed"_s).bind(u":id"_s, -1);
        ASSERT_TRUE(first.exec().ok());
        ASSERT_TRUE(first.next());
        EXPECT_EQ(first.int64(0), 1);
    }
    SqlQuery second(*db);
    ASSERT_TRUE(second.prepare(sql).ok());
    second.bind(u":id"_s, -1); // :body left unbound: NULL, never the "seed" bound before
    ASSERT_TRUE(second.exec().ok());
    ASSERT_TRUE(second.next());
    EXPECT_EQ(second.int64(0), 0);
}

// Two live queries of the same SQL never share one prepared statement: each keeps its own bindings.
// (Results are read before the other query runs: QPSQL drops a forward-only result on the next query.)
TEST_P(StoreTest, TwoLiveQueriesOfTheSameStatementKeepTheirOwnBindings)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    ASSERT_TRUE(insertNote(*db, u"second"_s).ok());
    const QString sql = u"SELECT body FROM note WHERE body <> :skip ORDER BY id"_s;
    auto bodies = [](SqlQuery &query) {
        QStringList read;
        if (!query.exec().ok())
            return QStringList{u"(failed)"_s};
        while (query.next())
            read << query.text(0);
        return read;
    };
    SqlQuery outer(*db);
    ASSERT_TRUE(outer.prepare(sql).ok());
    outer.bind(u":skip"_s, u"nothing"_s);
    EXPECT_EQ(bodies(outer), (QStringList{u"seed"_s, u"second"_s}));

    SqlQuery inner(*db);
    ASSERT_TRUE(inner.prepare(sql).ok());
    inner.bind(u":skip"_s, u"seed"_s);
    EXPECT_EQ(bodies(inner), QStringList{u"second"_s});
    // Run again with the bindings it was given, not the ones the other query set.
    EXPECT_EQ(bodies(outer), (QStringList{u"seed"_s, u"second"_s}));
}

TEST_P(StoreTest, AStatementPreparedBeforeASchemaChangeSeesTheNewSchema)
{
    auto db = openDatabase(noteMigrations());
    ASSERT_TRUE(db);
    const QString sql = u"SELECT * FROM note WHERE id > :after"_s;
    {
        SqlQuery before(*db);
        ASSERT_TRUE(before.prepare(sql).ok());
        before.bind(u":after"_s, 0);
        ASSERT_TRUE(before.exec().ok());
        ASSERT_TRUE(before.next());
    }
    ASSERT_TRUE(db->execute(u"ALTER TABLE note ADD COLUMN mood {text} NOT NULL DEFAULT 'calm'"_s).ok());
    SqlQuery after(*db);
    ASSERT_TRUE(after.prepare(sql).ok());
    after.bind(u":after"_s, 0);
    const Status ran = after.exec();
    ASSERT_TRUE(ran.ok()) << ran.error().message.toStdString();
    ASSERT_TRUE(after.next());
    EXPECT_EQ(after.text(2), u"calm"_s);
}

} // namespace Chrysalis::Testing
