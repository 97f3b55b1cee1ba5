#include "core/market/changelog.h"
#include "core/market/leaderboardqueries.h"
#include "core/market/marketengine.h"
#include "core/market/schema.h"
#include "core/policy/leaderboard.h"
#include "core/store/databaseconfig.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

// Recomputing the requester leaderboard on SQLite at marketplace scale: 100,000 requesters (half of them
// butterflies) and 10,000,000 ratings by default, made with bulk INSERT … SELECT so setup takes seconds, not
// hours. Prints the time of (1) a full recompute of every published aggregate from the raw ratings plus the
// board, (2) the engine's own leaderboard refresh after one points change (MarketEngine::touchLeaderboard), the
// incremental path every mutation that moves points runs, and (3) one requester's rank. Usage: leaderboard_benchmark
// [requesters [ratings [workers]]]

using namespace Qt::StringLiterals;
using namespace Chrysalis;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

bool check(const Status &status, const char *what)
{
    if (!status)
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(status.error().describe()));
    return status.ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 requesters = args.size() > 1 ? args.at(1).toLongLong() : 100'000;
    const qint64 ratings = args.size() > 2 ? args.at(2).toLongLong() : 10'000'000;
    const qint64 workers = args.size() > 3 ? args.at(3).toLongLong() : 10'000;
    const qint64 tasksPerRequester = 2;

    QTemporaryDir dir;
    auto db = Database::open(
            DatabaseConfig::sqlite(dir.filePath(u"leaderboard.db"_s), DatabaseConfig::Durability::Server),
            serverMigrations());
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().describe()));
        return 1;
    }
    Database &database = **db;

    QElapsedTimer setup;
    setup.start();
    const QString series = u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "_s;
    // Requesters r<i>: even ones butterflies with points spread over 0…9,999; workers w<i>; tasks t<i>
    // (two per requester, the first of a butterfly a butterfly task); ratings spread over tasks and workers.
    const QStringList statements{
            series.arg(requesters) +
                    u"INSERT INTO account (id, username, pseudonym, public_id, password_hash, roles, tier, standing, "
                    "points, created_at) SELECT 'r' || i, 'r' || i, 'requester-' || i, 'pr' || i, '-', "
                    "'[\"requester\"]', 'bronze', CASE WHEN i % 2 = 0 THEN 'butterfly' ELSE 'caterpillar' END, "
                    "(i * 7919) % 10000, 0 FROM n"_s,
            series.arg(workers) +
                    u"INSERT INTO account (id, username, pseudonym, public_id, password_hash, roles, tier, standing, "
                    "points, created_at) SELECT 'w' || i, 'w' || i, 'worker-' || i, 'pw' || i, '-', "
                    "'[\"worker\"]', 'bronze', 'caterpillar', 0, 0 FROM n"_s,
            series.arg(requesters * tasksPerRequester) +
                    u"INSERT INTO task (id, requester_id, origin, state, revision_id, version, created_at) SELECT "
                    "'t' || i, 'r' || (i / 2), CASE WHEN (i / 2) % 2 = 0 AND i % 2 = 0 THEN 'butterfly' ELSE "
                    "'caterpillar' END, 'published', 'v' || i, 1, 0 FROM n"_s,
            series.arg(ratings) +
                    u"INSERT INTO rating (task_id, worker_id, requester_id, rating, rated_at) SELECT "
                    "'t' || (i % "_s +
                    QString::number(requesters * tasksPerRequester) + u"), 'w' || (i / "_s +
                    QString::number(requesters * tasksPerRequester) + u"), 'r' || ((i % "_s +
                    QString::number(requesters * tasksPerRequester) + u") / 2), (i * 2654435761) % 11, 0 FROM n"_s,
    };
    for (const QString &sql : statements) {
        auto txn = Transaction::begin(database);
        if (!txn) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(txn.error().describe()));
            return 1;
        }
        if (!check(database.execute(sql), "bulk insert") || !check(txn->commit(), "commit"))
            return 1;
    }
    std::printf("setup: %lld requesters, %lld workers, %lld tasks, %lld ratings in %.1f s\n",
                static_cast<long long>(requesters), static_cast<long long>(workers),
                static_cast<long long>(requesters * tasksPerRequester), static_cast<long long>(ratings),
                msSince(setup) / 1000.0);

    const Policy policy = Policy::defaults();

    // (1) Full recompute: every requester's totals in one grouped pass, the Bayesian aggregate under the
    // privacy rule, then the board.
    QElapsedTimer full;
    full.start();
    QList<RequesterScore> scores;
    {
        SqlQuery totals(database);
        if (!check(totals.exec(u"SELECT a.id, a.pseudonym, a.standing, a.points, COUNT(r.rating), "
                               "CAST(COALESCE(SUM(r.rating), 0) AS BIGINT) FROM account a LEFT JOIN rating r ON "
                               "r.requester_id = a.id WHERE a.roles LIKE '%requester%' GROUP BY a.id"_s),
                   "totals"))
            return 1;
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
        scores.reserve(rows.size());
        for (const Row &row : std::as_const(rows)) {
            const auto published = updatePublishedRating({}, row.count, row.sum, platformMean, policy);
            scores.append({row.id, row.pseudonym, row.standing, row.points, published.valueOr(PublishedRating())});
        }
    }
    const double scoresMs = msSince(full);
    const QList<LeaderboardEntry> board = buildLeaderboard(scores, policy);
    std::printf("full recompute: %lld requesters scored in %.0f ms, board of %lld built, %.0f ms in all\n",
                static_cast<long long>(scores.size()), scoresMs, static_cast<long long>(board.size()), msSince(full));

    // (2) What one points change costs today: the engine's refresh of the public board.
    ChangeLog changes(database);
    MarketEngine engine(database, policy, QDateTime::currentDateTimeUtc(), changes);
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer incremental;
        incremental.start();
        auto txn = Transaction::begin(database);
        if (!txn) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(txn.error().describe()));
            return 1;
        }
        if (!check(engine.touchLeaderboard(), "touchLeaderboard"))
            return 1;
        changes.discard();
        txn->rollback();
        std::printf("touchLeaderboard after one points change (run %d): %.2f ms\n", run + 1, msSince(incremental));
    }

    // (3) A requester's own rank, as every render of their account asks it, for one below the cutoff.
    QElapsedTimer rank;
    rank.start();
    const auto own = LeaderboardQueries(database).rankOf(u"r%1"_s.arg((requesters - 1) / 2 * 2));
    std::printf("rank of a butterfly below the cutoff: %d in %.2f ms\n", own && *own ? **own : -1, msSince(rank));
    return 0;
}
