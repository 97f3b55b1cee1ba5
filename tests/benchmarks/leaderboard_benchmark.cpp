#include "core/market/accountrepository.h"
#include "core/market/changelog.h"
#include "core/market/clock.h"
#include "core/market/leaderboardqueries.h"
#include "core/market/marketengine.h"
#include "core/market/marketplace.h"
#include "core/market/schema.h"
#include "core/market/tierprogressqueries.h"
#include "core/market/workercounters.h"
#include "core/policy/leaderboard.h"
#include "core/policy/tiers.h"
#include "core/store/databaseconfig.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/benchmarks/postgrescluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

// Recomputing the requester leaderboard and every worker's tier progress at marketplace scale, on SQLite and
// PostgreSQL. At --scale 1 (the default): 100,000 requesters (half of them butterflies), 200,000 workers,
// 1,000,000 ratings and 10,000,000 answers (1,000,000 items answered by 10 workers each; a few workers hold
// thousands of answers, most a few dozen), made with bulk INSERT … SELECT over a generated series in one
// transaction per table, the big tables' indexes dropped during the load and rebuilt after it, then the
// per-worker counters backfilled as migration 16 does. Prints the time of (1) a full recompute of every
// worker's tier progress (TierProgressQueries), (2) a full recompute of
// every requester's published rating and points plus the board, and, as medians over many runs rolled back
// each time, (3) one answer approved then that worker's progress as the engine assembles it, (4) one rating
// (task.rate@1, which refreshes the board when points move) and (5) one requester's rank.

using namespace Qt::StringLiterals;
using namespace Chrysalis;
using namespace Chrysalis::Bench;

namespace {

struct Sizes {
    qint64 requesters = 0;
    qint64 workers = 0;
    qint64 ratings = 0;
    qint64 answers = 0;
    qint64 feedback = 0;
};

constexpr qint64 kTasksPerRequester = 2;
constexpr qint64 kOverlap = 10; // answers per item, by distinct workers
constexpr qint64 kEpochMs = 1'700'000'000'000;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// This process's CPU time (user + system) in ms: on SQLite the database work itself, much less dependent
// than the wall time on what else the machine runs meanwhile.
double cpuMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(share * static_cast<double>(values.size() - 1));
    return values.at(index);
}

QString number(qint64 value)
{
    return QString::number(value);
}

// INSERT … SELECT over the integers 0 … count − 1 as n(i), in each driver's fastest way to make them.
QString overSeries(const Database &db, qint64 count, const QString &insert)
{
    if (db.dialect().isSqlite()) {
        return u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "_s.arg(count) +
               insert + u" FROM n"_s;
    }
    return insert + u" FROM generate_series(CAST(0 AS BIGINT), %1) AS n(i)"_s.arg(count - 1);
}

// Row n as a UUID-shaped id (the mutations take only those): 00000000-0000-4000-<kind>-<n in 12 digits>,
// kind 8000 for tasks and 9000 for their revisions.
QString uuidOf(const Database &db, const QString &expression, const QString &kind = u"8000"_s)
{
    const QString digits = db.dialect().isSqlite() ? u"substr('000000000000' || (%1), -12, 12)"_s.arg(expression)
                                                   : u"right('000000000000' || (%1), 12)"_s.arg(expression);
    return u"'00000000-0000-4000-%1-' || "_s.arg(kind) + digits;
}

QString taskIdOf(const Database &db, const QString &expression)
{
    return uuidOf(db, expression);
}

// Every task's one frozen revision, a single-choice sentiment label, as JSON text without its opening brace
// and id, task_id and number, which the statement puts in front.
QString revisionContentTail()
{
    const QJsonArray options{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                             QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}};
    const QJsonArray form{QJsonObject{{u"name"_s, u"label"_s},
                                      {u"kind"_s, u"single_choice"_s},
                                      {u"label"_s, u"Sentiment"_s},
                                      {u"required"_s, true},
                                      {u"options"_s, options}}};
    const QJsonObject revision{{u"title"_s, u"Sentiment of reviews"_s},
                               {u"instructions"_s, u"Pick the sentiment of the review."_s},
                               {u"form"_s, form},
                               {u"pay_cents"_s, 100},
                               {u"overlap"_s, kOverlap},
                               {u"min_tier"_s, u"bronze"_s},
                               {u"estimate_seconds"_s, 60}};
    return QString::fromUtf8(QJsonDocument(revision).toJson(QJsonDocument::Compact)).mid(1);
}

Status runInTransaction(Database &db, const QStringList &statements)
{
    auto txn = Transaction::begin(db);
    if (!txn)
        return txn.error();
    for (const QString &sql : statements) {
        if (auto status = db.execute(sql); !status)
            return status;
    }
    return txn->commit();
}

// The CREATE INDEX statements of a table's own indexes (not those behind its primary key or UNIQUE).
Result<QList<QPair<QString, QString>>> ownIndexes(Database &db, const QString &table)
{
    SqlQuery query(db);
    const QString sql = db.dialect().isSqlite()
                                ? u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
                                  "AND sql IS NOT NULL"_s
                                : u"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = :table AND "
                                  "i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                  "WHERE c.conname = i.indexname)"_s;
    if (auto status = query.prepare(sql); !status)
        return status.error();
    query.bind(u":table"_s, table);
    if (auto status = query.exec(); !status)
        return status.error();
    QList<QPair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.text(0), query.text(1)});
    return indexes;
}

// Loads one table with its own indexes dropped, then builds them again: one sort per index instead of
// millions of B-tree inserts at random places.
Status bulkLoad(Database &db, const QString &table, const QString &sql)
{
    auto indexes = ownIndexes(db, table);
    if (!indexes)
        return indexes.error();
    QStringList drops;
    QStringList creates;
    for (const auto &[name, create] : std::as_const(*indexes)) {
        drops << u"DROP INDEX "_s + name;
        creates << create;
    }
    if (auto status = runInTransaction(db, drops + QStringList{sql}); !status)
        return status;
    return runInTransaction(db, creates);
}

Status generate(Database &db, const Sizes &sizes)
{
    const qint64 tasks = sizes.requesters * kTasksPerRequester;
    const qint64 items = sizes.answers / kOverlap;
    const QString workerCount = number(sizes.workers);
    // Answer i is slot i % 10 of item i / 10. Its worker: a skewed base per item (squared uniform hash, so
    // low-numbered workers hold thousands of answers and most a few dozen) shifted by a tenth of the workers
    // per slot, so the ten workers of one item are distinct.
    const QString hash = u"(((i / 10) * 2654435761) % 1000003)"_s;
    const QString worker = u"((%1 * %1 * %2 / 1000006000009 + (i % 10) * %3) % %2)"_s.arg(
            hash, workerCount, number(sizes.workers / kOverlap));
    const QString bucket = u"((i * 40503) % 100)"_s;

    if (db.dialect().isSqlite()) {
        if (auto status = db.execute(u"PRAGMA foreign_keys = OFF"_s); !status)
            return status;
    }
    const QList<QPair<QString, QString>> loads{
            {u"account"_s,
             overSeries(db, sizes.requesters,
                        u"INSERT INTO account (id, username, pseudonym, public_id, password_hash, roles, tier, "
                        "standing, points, created_at) SELECT 'r' || i, 'r' || i, 'requester-' || i, 'pr' || i, "
                        "'-', '[\"requester\"]', 'bronze', CASE WHEN i % 2 = 0 THEN 'butterfly' ELSE "
                        "'caterpillar' END, (i * 7919) % 10000, 0"_s)},
            {u"account"_s,
             overSeries(db, sizes.workers,
                        u"INSERT INTO account (id, username, pseudonym, public_id, password_hash, roles, tier, "
                        "standing, points, created_at) SELECT 'w' || i, 'w' || i, 'worker-' || i, 'pw' || i, '-', "
                        "'[\"worker\"]', CASE WHEN i % 50 = 0 THEN 'gold' WHEN i % 10 = 0 THEN 'silver' ELSE "
                        "'bronze' END, 'caterpillar', 0, 0"_s)},
            // Tasks t<i>, two per requester, the first of a butterfly a butterfly task.
            {u"task"_s, overSeries(db, tasks,
                                   u"INSERT INTO task (id, requester_id, origin, state, revision_id, version, "
                                   "created_at) SELECT %1, 'r' || (i / 2), CASE WHEN (i / 2) % 2 = 0 AND i % 2 "
                                   "= 0 THEN 'butterfly' ELSE 'caterpillar' END, 'published', %2, 1, 0"_s.arg(
                                           taskIdOf(db, u"i"_s), uuidOf(db, u"i"_s, u"9000"_s)))},
            {u"task_revision"_s,
             overSeries(db, tasks,
                        u"INSERT INTO task_revision (id, task_id, number, content, frozen, created_at) SELECT %1, %2, "
                        "1, '{\"id\":\"' || %1 || '\",\"task_id\":\"' || %2 || '\",\"number\":1,%3', 1, 0"_s.arg(
                                uuidOf(db, u"i"_s, u"9000"_s), taskIdOf(db, u"i"_s), revisionContentTail()))},
            {u"rating"_s,
             overSeries(
                     db, sizes.ratings,
                     u"INSERT INTO rating (task_id, worker_id, requester_id, rating, rated_at) SELECT %3, 'w' || ((i / %1) % %2), 'r' || ((i % %1) / 2), (i * 2654435761) % 11, 0"_s
                             .arg(number(tasks), workerCount, taskIdOf(db, u"i % "_s + number(tasks))))},
            {u"item"_s,
             overSeries(db, items,
                        u"INSERT INTO item (id, task_id, position, data, answers_count) SELECT 'i' || i, "
                        "%2, i / %1, '{}', 10"_s.arg(number(tasks), taskIdOf(db, u"i % "_s + number(tasks))))},
            // 80 % approved, 8 % settled (one in seven of those lost by the worker: about 1 % of all answers),
            // 8 % pending review, 4 % in conflict; a tenth of a second apart.
            {u"answer"_s,
             overSeries(db, sizes.answers,
                        u"INSERT INTO answer (id, item_id, task_id, worker_id, revision_id, lease_id, fields, status, "
                        "submitted_at, seconds_spent, pay_cents, held_cents, lost_conflict) SELECT 'a' || i, 'i' || "
                        "(i / 10), %1, 'w' || %2, 'v', 'l' || i, '{}', CASE WHEN %3 < 80 THEN "
                        "'approved' WHEN %3 < 88 THEN 'settled' WHEN %3 < 96 THEN 'pending_review' ELSE "
                        "'in_conflict' END, %4 + i * 100, 60, 100, 0, CASE WHEN %3 >= 80 AND %3 < 88 AND i % 7 = 0 "
                        "THEN 1 ELSE 0 END"_s.arg(taskIdOf(db, u"(i / 10) % "_s + number(tasks)), worker, bucket,
                                                  number(kEpochMs)))},
            // Feedback tasks, done by the silver and gold workers (every tenth); one in ten still open.
            {u"feedback"_s,
             overSeries(db, sizes.feedback,
                        u"INSERT INTO feedback (id, task_id, revision_id, state, sample_item_ids, worker_id, "
                        "created_at) SELECT 'f' || i, %1, 'v', CASE WHEN i % 10 = 0 THEN 'open' WHEN "
                        "i % 10 = 1 THEN 'submitted' ELSE 'resolved' END, '[]', CASE WHEN i % 10 = 0 THEN NULL ELSE "
                        "'w' || ((i * 10) % %2) END, 0"_s.arg(taskIdOf(db, u"i % "_s + number(tasks)), workerCount))},
    };
    for (const auto &[table, sql] : loads) {
        if (auto status = bulkLoad(db, table, sql); !status)
            return status;
    }
    if (db.dialect().isSqlite()) {
        if (auto status = db.execute(u"PRAGMA foreign_keys = ON"_s); !status)
            return status;
        return db.execute(u"ANALYZE"_s);
    }
    // Fresh visibility maps let PostgreSQL answer the grouped reads from the indexes alone.
    return db.execute(u"VACUUM ANALYZE account, task, task_revision, rating, item, answer, feedback"_s);
}

// Every requester's totals in one grouped pass, the Bayesian aggregate under the privacy rule, then the board.
Result<qsizetype> fullLeaderboard(Database &db, const Policy &policy, qsizetype &scored)
{
    SqlQuery totals(db);
    if (auto status = totals.exec(u"SELECT a.id, a.pseudonym, a.standing, a.points, COUNT(r.rating), "
                                  "CAST(COALESCE(SUM(r.rating), 0) AS BIGINT) FROM account a LEFT JOIN rating r ON "
                                  "r.requester_id = a.id WHERE a.roles LIKE '%requester%' GROUP BY a.id"_s);
        !status)
        return status.error();
    struct Row {
        QString id, pseudonym;
        Standing standing;
        int points;
        int count;
        qint64 sum;
    };
    QList<Row> rows;
    qint64 platformCount = 0;
    qint64 platformSum = 0;
    while (totals.next()) {
        rows.append({totals.text(0), totals.text(1),
                     totals.text(2) == u"butterfly" ? Standing::Butterfly : Standing::Caterpillar,
                     static_cast<int>(totals.int64(3)), static_cast<int>(totals.int64(4)), totals.int64(5)});
        platformCount += rows.last().count;
        platformSum += rows.last().sum;
    }
    const double platformMean =
            platformCount > 0 ? static_cast<double>(platformSum) / static_cast<double>(platformCount) : 5.0;
    QList<RequesterScore> scores;
    scores.reserve(rows.size());
    for (const Row &row : std::as_const(rows)) {
        const auto published = updatePublishedRating({}, row.count, row.sum, platformMean, policy);
        scores.append({row.id, row.pseudonym, row.standing, row.points, published.valueOr(PublishedRating())});
    }
    scored = scores.size();
    return buildLeaderboard(scores, policy).size();
}

// Runs `step` inside a transaction that is rolled back, `runs` times; the wall time of each run in ms.
Result<QList<double>> rolledBack(Database &db, int runs, const std::function<Status(int)> &step)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto txn = Transaction::begin(db);
        if (!txn)
            return txn.error();
        if (auto status = step(run); !status)
            return status.error();
        times.append(msSince(timer));
        txn->rollback();
    }
    return times;
}

// Rows of up to `limit` (bound as :limit), each as its `columns` values joined by tabs.
Result<QStringList> rowsOf(Database &db, const QString &sql, int limit, int columns)
{
    SqlQuery query(db);
    if (auto status = query.prepare(sql); !status)
        return status.error();
    query.bind(u":limit"_s, limit);
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList values;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << query.text(i);
        values << row.join(u'\t');
    }
    return values;
}

void printTimes(const char *what, const QList<double> &times)
{
    std::printf("  %s: median %.2f ms, p90 %.2f ms, max %.2f ms over %lld runs\n", what, median(times),
                percentile(times, 0.9), percentile(times, 1.0), static_cast<long long>(times.size()));
}

Status runBenchmark(const QString &title, const DatabaseConfig &config, const Sizes &sizes, int runs, int repeats)
{
    std::printf("\n== %s ==\n", qPrintable(title));
    auto opened = Database::open(config, serverMigrations());
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (db.dialect().isSqlite()) {
        // A server's page cache of 1 GiB: the answer indexes stay in memory as they would on a server.
        if (auto status = db.execute(u"PRAGMA cache_size = -1048576"_s); !status)
            return status;
    }

    QElapsedTimer setup;
    setup.start();
    if (auto status = generate(db, sizes); !status)
        return status;
    std::printf("data generation: %lld requesters, %lld workers, %lld tasks, %lld ratings, %lld items, %lld answers, "
                "%lld feedback tasks in %.1f s\n",
                static_cast<long long>(sizes.requesters), static_cast<long long>(sizes.workers),
                static_cast<long long>(sizes.requesters * kTasksPerRequester), static_cast<long long>(sizes.ratings),
                static_cast<long long>(sizes.answers / kOverlap), static_cast<long long>(sizes.answers),
                static_cast<long long>(sizes.feedback), msSince(setup) / 1000.0);

    // The per-worker counters as schema migration 16 backfills them for an existing marketplace; from here
    // on the mutations keep them.
    QElapsedTimer backfill;
    backfill.start();
    const double backfillCpu = cpuMs();
    if (auto status = runInTransaction(db, WorkerCounters::recountStatements()); !status)
        return status;
    if (auto status = db.execute(db.dialect().isSqlite() ? u"ANALYZE worker_progress"_s
                                                         : u"VACUUM ANALYZE worker_progress"_s);
        !status)
        return status;
    std::printf("worker counters backfilled (migration 16's statement) in %.1f s (CPU time of this process %.1f s)\n",
                msSince(backfill) / 1000.0, (cpuMs() - backfillCpu) / 1000.0);

    const Policy policy = Policy::defaults();
    for (int repeat = 1; repeat <= repeats; ++repeat) {
        // (1) Every worker's record in the grouped reads, then the one policy function per worker.
        QElapsedTimer full;
        full.start();
        const double fullCpu = cpuMs();
        auto records = TierProgressQueries(db).workerRecords(policy, QDateTime::currentDateTimeUtc());
        if (!records)
            return records.error();
        const double readMs = msSince(full);
        qint64 eligible = 0;
        qint64 atRisk = 0;
        for (auto it = records->cbegin(); it != records->cend(); ++it) {
            const TierProgress progress = tierProgress(it.value(), policy);
            eligible += progress.eligibleForNext ? 1 : 0;
            atRisk += progress.keepRule && !progress.keepRule->met ? 1 : 0;
        }
        std::printf("full tier progress recompute (run %d): %lld workers in %.0f ms (records read %.0f ms; CPU time "
                    "of this process %.0f ms); %lld eligible for the next tier, %lld over their tier's lost-conflict "
                    "limit\n",
                    repeat, static_cast<long long>(records->size()), msSince(full), readMs, cpuMs() - fullCpu,
                    static_cast<long long>(eligible), static_cast<long long>(atRisk));

        // (2) The leaderboard from the raw ratings.
        QElapsedTimer board;
        board.start();
        const double boardCpu = cpuMs();
        qsizetype scored = 0;
        auto size = fullLeaderboard(db, policy, scored);
        if (!size)
            return size.error();
        std::printf("full leaderboard recompute (run %d): %lld requesters scored, board of %lld, %.0f ms (CPU time "
                    "of this process %.0f ms)\n",
                    repeat, static_cast<long long>(scored), static_cast<long long>(*size), msSince(board),
                    cpuMs() - boardCpu);
    }

    // (3) One answer approved, then that worker's progress as the engine assembles it for tier_progress.
    auto pending = rowsOf(db,
                          u"SELECT id, worker_id FROM answer WHERE status = 'pending_review' ORDER BY "
                          "submitted_at DESC LIMIT :limit"_s,
                          runs, 2);
    if (!pending)
        return pending.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ChangeLog changes(db);
    MarketEngine engine(db, policy, now, changes);
    qint64 eligibleSeen = 0; // keeps the evaluation's result in use
    const auto progressOf = [&](const QString &workerId) -> Status {
        auto account = engine.accounts.find(workerId);
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::internal(u"no worker %1"_s.arg(workerId));
        auto record = engine.workerRecord(**account);
        if (!record)
            return record.error();
        eligibleSeen += tierProgress(*record, policy).eligibleForNext ? 1 : 0;
        return {};
    };
    auto approved = rolledBack(db, static_cast<int>(pending->size()), [&](int run) -> Status {
        const QStringList row = pending->at(run).split(u'\t');
        auto moved = engine.work.moveAnswer(row.at(0), AnswerStatus::PendingReview, AnswerStatus::Approved, now);
        if (!moved)
            return moved.error();
        return progressOf(row.at(1));
    });
    if (!approved)
        return approved.error();
    std::printf("incremental:\n");
    printTimes("one answer approved, then that worker's progress", *approved);
    std::printf("  (%lld of those workers eligible for their next tier)\n", static_cast<long long>(eligibleSeen));
    // The worker with the most answers, whose window and counts are the longest to read.
    auto busiest =
            rowsOf(db, u"SELECT worker_id FROM answer GROUP BY worker_id ORDER BY COUNT(*) DESC LIMIT :limit"_s, 1, 1);
    if (!busiest)
        return busiest.error();
    if (!busiest->isEmpty()) {
        auto heavy = rolledBack(db, runs, [&](int) { return progressOf(busiest->constFirst()); });
        if (!heavy)
            return heavy.error();
        printTimes("progress of the worker with the most answers", *heavy);
    }

    // (4) One rating of a butterfly task by a worker who answered it: task.rate@1, which publishes the
    // requester's aggregate when due and refreshes the board when points move.
    auto unrated = rowsOf(db,
                          u"SELECT a.task_id, a.worker_id FROM answer a JOIN task t ON t.id = a.task_id WHERE "
                          "t.origin = 'butterfly' AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.task_id = a.task_id "
                          "AND r.worker_id = a.worker_id) LIMIT :limit"_s,
                          runs, 2);
    if (!unrated)
        return unrated.error();
    SystemClock clock;
    Marketplace market(db, policy, clock);
    auto rated = rolledBack(db, static_cast<int>(unrated->size()), [&](int run) -> Status {
        const QStringList row = unrated->at(run).split(u'\t');
        ChangeLog log(db);
        MutationContext ctx{db, log, policy, now, row.at(1), {}};
        auto effect = market.apply(ctx, u"task.rate@1"_s, {{u"task_id"_s, row.at(0)}, {u"rating"_s, 2 + run % 9}});
        if (!effect)
            return effect.error();
        if (!effect->applied)
            return Error::internal(u"task.rate@1 rejected: %1"_s.arg(effect->rejection.message));
        log.discard();
        return {};
    });
    if (!rated)
        return rated.error();
    printTimes("one rating (task.rate@1 with the board's refresh)", *rated);
    auto touched = rolledBack(db, runs, [&](int) {
        auto status = engine.touchLeaderboard();
        changes.discard();
        return status;
    });
    if (!touched)
        return touched.error();
    printTimes("the engine's board refresh alone (touchLeaderboard)", *touched);

    // (5) A butterfly's own rank below the cutoff, as every render of their account asks it.
    QList<double> ranks;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer rank;
        rank.start();
        const qint64 requester = (sizes.requesters - 1 - 2 * run) / 2 * 2;
        if (auto own = LeaderboardQueries(db).rankOf(u"r%1"_s.arg(requester)); !own)
            return own.error();
        ranks.append(msSince(rank));
    }
    printTimes("a butterfly's rank", ranks);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Leaderboard and tier-progress recompute benchmark."_s);
    parser.addHelpOption();
    parser.addOption({u"scale"_s,
                      u"Multiplies every size: 1 is 100,000 requesters, 200,000 workers, 1,000,000 ratings and "
                      "10,000,000 answers (default 1)."_s,
                      u"factor"_s, u"1"_s});
    parser.addOption({u"requesters"_s, u"Requesters (overrides --scale)."_s, u"n"_s});
    parser.addOption({u"workers"_s, u"Workers, at least 10 (overrides --scale)."_s, u"n"_s});
    parser.addOption({u"ratings"_s, u"Ratings (overrides --scale)."_s, u"n"_s});
    parser.addOption({u"answers"_s, u"Answers (overrides --scale)."_s, u"n"_s});
    parser.addOption({u"runs"_s, u"Runs of each incremental measurement (default 101)."_s, u"n"_s, u"101"_s});
    parser.addOption({u"repeats"_s, u"Runs of each full recompute (default 2)."_s, u"n"_s, u"2"_s});
    parser.addOption({u"postgres"_s,
                      u"Also run on this PostgreSQL database (postgres://USER:PASS@HOST:PORT/DB), "
                      "in a schema of its own dropped afterwards."_s,
                      u"url"_s});
    parser.addOption(
            {u"start-postgres"_s, u"Also run on a throwaway PostgreSQL cluster (tests/support/postgres.sh)."_s});
    parser.addOption({u"keep-schema"_s,
                      u"Keep the PostgreSQL schema the benchmark built (its name is printed), to study its "
                      "statements afterwards."_s});
    parser.addOption({u"no-sqlite"_s, u"Skip the SQLite run."_s});
    parser.addOption({u"sqlite-file"_s,
                      u"Build the SQLite marketplace in this new file and keep it (default: a "
                      "temporary file)."_s,
                      u"path"_s});
    parser.process(app);

    const double scale = parser.value(u"scale"_s).toDouble();
    const auto scaled = [&](const QString &option, qint64 full) {
        return parser.isSet(option) ? parser.value(option).toLongLong()
                                    : std::max<qint64>(1, static_cast<qint64>(static_cast<double>(full) * scale));
    };
    Sizes sizes;
    sizes.requesters = std::max<qint64>(2, scaled(u"requesters"_s, 100'000));
    sizes.workers = std::max<qint64>(kOverlap, scaled(u"workers"_s, 200'000));
    sizes.ratings = scaled(u"ratings"_s, 1'000'000);
    sizes.answers = std::max<qint64>(kOverlap, scaled(u"answers"_s, 10'000'000));
    sizes.feedback = sizes.workers / 2;
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int repeats = std::max(1, parser.value(u"repeats"_s).toInt());

    QTemporaryDir work;
    int exitCode = 0;
    const auto report = [&](const Status &status) {
        if (!status) {
            std::fprintf(stderr, "FAILED: %s\n", qPrintable(status.error().describe()));
            exitCode = 1;
        }
    };
    if (!parser.isSet(u"no-sqlite"_s)) {
        const QString path =
                parser.isSet(u"sqlite-file"_s) ? parser.value(u"sqlite-file"_s) : work.filePath(u"marketplace.db"_s);
        report(runBenchmark(u"SQLite (%1, WAL, synchronous=NORMAL)"_s.arg(path),
                            DatabaseConfig::sqlite(path, DatabaseConfig::Durability::Server), sizes, runs, repeats));
    }

    std::unique_ptr<PostgresCluster> cluster;
    QString url = parser.value(u"postgres"_s);
    if (url.isEmpty() && parser.isSet(u"start-postgres"_s)) {
        auto started = PostgresCluster::start(work.filePath(u"postgres-state"_s));
        if (!started) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error().describe()));
            return 1;
        }
        cluster = std::move(*started);
        url = cluster->url();
    }
    if (!url.isEmpty()) {
        auto config = DatabaseConfig::parse(url);
        if (!config || config->driver != DatabaseConfig::Driver::Postgres || !config->schema.isEmpty()) {
            std::fprintf(stderr, "--postgres takes postgres://USER:PASS@HOST:PORT/DB without a schema\n");
            return 2;
        }
        config->schema = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128);
        report(runBenchmark(u"PostgreSQL (%1:%2/%3, schema %4)"_s.arg(config->host)
                                    .arg(config->port)
                                    .arg(config->databaseName, config->schema),
                            *config, sizes, runs, repeats));
        if (parser.isSet(u"keep-schema"_s))
            std::printf("schema %s kept\n", qPrintable(config->schema));
        else if (auto cleanup = Database::open(*config); cleanup)
            report((*cleanup)->execute(u"DROP SCHEMA "_s + Dialect::quoteIdentifier(config->schema) + u" CASCADE"_s));
    }
    return exitCode;
}
