// G1 with a real kill -9: every mutation the store acknowledged survives, and nothing is half
// written (an outbox row without its overlay, a counter behind its rows, a damaged file).
#include "core/store/database.h"
#include "core/store/sqlquery.h"
#include "core/sync/localstore.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

qint64 scalarOf(Database &db, const QString &sql)
{
    auto value = scalar(db, sql, {});
    EXPECT_TRUE(value.ok()) << sql.toStdString();
    return value.valueOr(-1);
}

} // namespace

TEST(LocalStoreKill, AcknowledgedMutationsSurviveKillNineAndNothingIsHalfWritten)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"client.db"_s);

    for (int round = 1; round <= 3; ++round) {
        QProcess target;
        target.start(QStringLiteral(CHRYSALIS_ENQUEUE_KILL_TARGET), {path});
        ASSERT_TRUE(target.waitForStarted(10000));
        qint64 acknowledged = 0;
        QByteArray pending;
        // Let it commit a while (and be in the middle of the next transaction), then kill it.
        while (acknowledged < 40 * round && target.waitForReadyRead(10000)) {
            pending += target.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = pending.indexOf('\n')) >= 0) {
                acknowledged = pending.left(newline).toLongLong();
                pending.remove(0, newline + 1);
            }
        }
        ASSERT_GE(acknowledged, 40 * round) << target.readAllStandardError().toStdString();
        target.kill();
        target.waitForFinished();

        // The stale lock of the dead process does not keep the database closed.
        auto store = LocalStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        const auto state = (*store)->state();
        ASSERT_TRUE(state.ok());
        const auto counts = (*store)->counts();
        ASSERT_TRUE(counts.ok());
        EXPECT_GE(counts->pending, acknowledged);
        store.value().reset(); // closes the store and releases its lock

        auto db = Database::open(DatabaseConfig::sqlite(path), LocalStore::migrations());
        ASSERT_TRUE(db.ok());
        EXPECT_TRUE((*db)->integrityCheck().ok());
        const qint64 rows = scalarOf(**db, u"SELECT COUNT(*) FROM outbox"_s);
        const qint64 highest = scalarOf(**db, u"SELECT COALESCE(MAX(mutation_id), 0) FROM outbox"_s);
        EXPECT_GE(highest, acknowledged);
        EXPECT_EQ(rows, highest); // ids 1..n with no hole
        EXPECT_EQ(state->nextMutationId, highest + 1);
        EXPECT_EQ(scalarOf(**db, u"SELECT COUNT(*) FROM outbox WHERE mutation_id NOT IN "
                                 "(SELECT mutation_id FROM overlay)"_s),
                  0);
        EXPECT_EQ(scalarOf(**db, u"SELECT COUNT(*) FROM overlay WHERE mutation_id NOT IN "
                                 "(SELECT mutation_id FROM outbox)"_s),
                  0);
    }
}

} // namespace Chrysalis
