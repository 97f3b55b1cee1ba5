// The client's sync database on a real temporary SQLite file.
#include "core/store/database.h"
#include "core/sync/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

const QString kAda = u"01900000-0000-7000-8000-00000000ada0"_s;
const QString kBob = u"01900000-0000-7000-8000-00000000b0b0"_s;

class LocalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
    }

    QString path() const { return m_dir.filePath(u"client.db"_s); }

    void reopen()
    {
        m_store.reset();
        auto store = LocalStore::open(path(), kAda);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(*store);
    }

    qint64 enqueue(const QList<OverlayWrite> &overlay = {}, const QString &name = u"task.draft_save@1"_s)
    {
        auto id = m_store->enqueue(name, {{u"title"_s, u"a draft"_s}}, overlay);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    std::optional<QJsonObject> read(const QString &entity, const QString &id)
    {
        auto row = m_store->read(entity, id);
        EXPECT_TRUE(row.ok());
        return row.ok() ? *row : std::nullopt;
    }

    QString titleOf(const QString &id)
    {
        const auto row = read(u"task"_s, id);
        return row ? row->value(u"title"_s).toString() : u"<none>"_s;
    }

    OutboxEntry entry(qint64 id)
    {
        auto found = m_store->entry(id);
        EXPECT_TRUE(found.ok() && found->has_value()) << "no outbox row " << id;
        return found.ok() && found->has_value() ? **found : OutboxEntry{};
    }

    SyncState state()
    {
        auto current = m_store->state();
        EXPECT_TRUE(current.ok());
        return current.ok() ? *current : SyncState{};
    }

    static EntityChange upsert(const QString &id, qint64 version, const QString &title)
    {
        return {version, u"task"_s, id, EntityOp::Upsert, version, {{u"title"_s, title}}};
    }
    static EntityChange removal(const QString &id, qint64 version)
    {
        return {version, u"task"_s, id, EntityOp::Delete, version, {}};
    }
    static PullPage page(QList<EntityChange> changes, qint64 lastMutationId = 0, bool hasMore = false,
                         const QString &cursor = u"c1"_s)
    {
        PullPage p;
        p.cursor = cursor;
        p.hasMore = hasMore;
        p.changes = std::move(changes);
        p.lastMutationId = lastMutationId;
        return p;
    }
    void apply(const PullPage &p)
    {
        auto applied = m_store->applyPull(p);
        ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

TEST_F(LocalStoreTest, EnqueueNumbersMutationsAndWritesOutboxAndOverlayTogether)
{
    const qint64 first = enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"local"_s}})});
    const qint64 second = enqueue();
    EXPECT_EQ(first, 1);
    EXPECT_EQ(second, 2);
    EXPECT_EQ(state().nextMutationId, 3);

    const OutboxEntry row = entry(first);
    EXPECT_EQ(row.name, u"task.draft_save@1"_s);
    EXPECT_EQ(row.args.value(u"title"_s).toString(), u"a draft"_s);
    EXPECT_EQ(row.state, OutboxState::Pending);
    EXPECT_EQ(row.attempts, 0);
    EXPECT_LE(qAbs(row.createdAt.msecsTo(QDateTime::currentDateTimeUtc())), 60'000);
    EXPECT_EQ(titleOf(u"t1"_s), u"local"_s);
    EXPECT_EQ(m_store->counts()->pending, 2);
}

TEST_F(LocalStoreTest, AFailingOverlayWriteLeavesNoTraceOfTheMutation)
{
    {
        // A second connection installs a trigger that fails one overlay write mid-transaction, after
        // the counter was bumped and the outbox row inserted: what a crash at that point would leave.
        auto db = Database::open(DatabaseConfig::sqlite(path()), LocalStore::migrations());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ASSERT_TRUE((*db)->execute(u"CREATE TRIGGER fail_overlay BEFORE INSERT ON overlay "
                                   "WHEN NEW.entity = 'explode' BEGIN SELECT RAISE(ABORT, 'injected'); END"_s)
                            .ok());
    }
    const SyncState before = state();
    auto failed = m_store->enqueue(u"task.draft_save@1"_s, {{u"title"_s, u"lost"_s}},
                                   {OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"half"_s}}),
                                    OverlayWrite::upsert(u"explode"_s, u"x"_s, {})});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Storage);

    const auto check = [&] {
        EXPECT_EQ(state().nextMutationId, before.nextMutationId);
        EXPECT_FALSE(m_store->entry(before.nextMutationId)->has_value());
        EXPECT_FALSE(read(u"task"_s, u"t1"_s).has_value());
        EXPECT_EQ(m_store->counts()->pending, 0);
    };
    check();
    reopen();
    check();
    EXPECT_EQ(enqueue(), before.nextMutationId);
}

TEST_F(LocalStoreTest, ReopeningKeepsTheOutboxTheClientIdAndTheCounter)
{
    const QString clientId = m_store->clientId();
    EXPECT_EQ(clientId.size(), 36);
    enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"local"_s}})});
    enqueue();
    ASSERT_TRUE(m_store->markBlocked(2, u"INTERNAL"_s, u"server failed"_s).ok());
    reopen();
    EXPECT_EQ(m_store->clientId(), clientId);
    EXPECT_EQ(state().nextMutationId, 3);
    EXPECT_EQ(entry(1).state, OutboxState::Pending);
    EXPECT_EQ(entry(2).state, OutboxState::Blocked);
    EXPECT_EQ(entry(2).outcomeMessage(), u"server failed"_s);
    EXPECT_EQ(titleOf(u"t1"_s), u"local"_s);
    EXPECT_EQ(enqueue(), 3);
}

TEST_F(LocalStoreTest, EnqueueRefusesBadInputBeforeWritingAnything)
{
    EXPECT_FALSE(m_store->enqueue(u"Task.Save"_s, {}).ok());
    EXPECT_FALSE(m_store->enqueue(u"task.save@0"_s, {}).ok());
    EXPECT_FALSE(m_store->enqueue(u"task.save@1'; DROP TABLE outbox; --"_s, {}).ok());
    EXPECT_FALSE(m_store->enqueue(u"task.save@1"_s, {}, {OverlayWrite::upsert(u""_s, u"t1"_s, {})}).ok());
    EXPECT_FALSE(
            m_store->enqueue(u"task.save@1"_s, {},
                             {OverlayWrite::upsert(u"task"_s, u"t1"_s, {}), OverlayWrite::remove(u"task"_s, u"t1"_s)})
                    .ok());

    // The args limit, on both sides: {"b":"…"} is 8 bytes of JSON around the string.
    const qint64 limit = SyncLimits{}.maxMutationBytes;
    const QJsonObject atLimit{{u"b"_s, QString(limit - 8, u'x')}};
    const QJsonObject overLimit{{u"b"_s, QString(limit - 7, u'x')}};
    EXPECT_FALSE(m_store->enqueue(u"task.save@1"_s, overLimit).ok());
    EXPECT_EQ(state().nextMutationId, 1);
    auto accepted = m_store->enqueue(u"task.save@1"_s, atLimit);
    EXPECT_TRUE(accepted.ok());
    EXPECT_EQ(state().nextMutationId, 2);
}

TEST_F(LocalStoreTest, ReadShowsTheNewestOverlayOverTheMirror)
{
    apply(page({upsert(u"t1"_s, 5, u"server"_s), upsert(u"t2"_s, 6, u"server two"_s)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"server"_s);
    enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"mine"_s}})});
    enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"mine again"_s}}),
             OverlayWrite::remove(u"task"_s, u"t2"_s),
             OverlayWrite::upsert(u"task"_s, u"t3"_s, {{u"title"_s, u"new"_s}})});
    EXPECT_EQ(titleOf(u"t1"_s), u"mine again"_s);
    EXPECT_EQ(titleOf(u"t2"_s), u"<none>"_s);
    EXPECT_EQ(titleOf(u"t3"_s), u"new"_s);

    auto tasks = m_store->list(u"task"_s);
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 2);
    EXPECT_EQ(tasks->at(0).id, u"t1"_s);
    EXPECT_EQ(tasks->at(0).data.value(u"title"_s).toString(), u"mine again"_s);
    EXPECT_TRUE(tasks->at(0).local);
    EXPECT_EQ(tasks->at(0).version, 5);
    EXPECT_EQ(tasks->at(1).id, u"t3"_s);
    EXPECT_EQ(tasks->at(1).version, 0);
    EXPECT_TRUE(m_store->list(u"lease"_s)->isEmpty());
}

TEST_F(LocalStoreTest, ThePullNeverTakesARowBackToAnOlderVersion)
{
    apply(page({upsert(u"t1"_s, 10, u"v10"_s)}));
    auto applied = m_store->applyPull(page({upsert(u"t1"_s, 9, u"v9"_s), upsert(u"t1"_s, 10, u"v10 again"_s)}));
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->written, 0);
    EXPECT_EQ(applied->stale, 2);
    EXPECT_EQ(titleOf(u"t1"_s), u"v10"_s);

    apply(page({upsert(u"t1"_s, 11, u"v11"_s)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"v11"_s);

    apply(page({removal(u"t1"_s, 11)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"v11"_s);
    apply(page({removal(u"t1"_s, 12)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"<none>"_s);
    // The deletion keeps its version: an older upsert arriving later does not bring the row back.
    apply(page({upsert(u"t1"_s, 12, u"resurrected"_s)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"<none>"_s);
    apply(page({upsert(u"t1"_s, 13, u"recreated"_s)}));
    EXPECT_EQ(titleOf(u"t1"_s), u"recreated"_s);
}

TEST_F(LocalStoreTest, AnOverlayIsDroppedOnlyOnceTheServersLastMutationIdPassesIt)
{
    const qint64 first = enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"mine 1"_s}})});
    const qint64 second = enqueue({OverlayWrite::upsert(u"task"_s, u"t2"_s, {{u"title"_s, u"mine 2"_s}})});

    apply(page({upsert(u"t1"_s, 1, u"server 1"_s)}, first - 1));
    EXPECT_EQ(titleOf(u"t1"_s), u"mine 1"_s);

    apply(page({}, first));
    EXPECT_EQ(titleOf(u"t1"_s), u"server 1"_s);
    EXPECT_EQ(titleOf(u"t2"_s), u"mine 2"_s);

    // While more pages follow, the effects of `second` may still be on their way: keep its overlay.
    apply(page({}, second, true, u"c2"_s));
    EXPECT_EQ(titleOf(u"t2"_s), u"mine 2"_s);
    EXPECT_EQ(state().ackedMutationId, second);
    apply(page({upsert(u"t2"_s, 2, u"server 2"_s)}, second, false, u"c3"_s));
    EXPECT_EQ(titleOf(u"t2"_s), u"server 2"_s);
    EXPECT_EQ(state().cursor, u"c3"_s);
}

TEST_F(LocalStoreTest, PullOutcomesAreRecordedAndTheAcknowledgedIdNeverGoesBack)
{
    const qint64 applied = enqueue();
    const qint64 rejected = enqueue();
    const qint64 waiting = enqueue();
    PullPage p = page({}, rejected);
    p.outcomes = {{applied, true, {}, {}, {}},
                  {rejected, false, u"NOT_ELIGIBLE"_s, u"tier too low"_s, {{u"reason"_s, u"tier"_s}}}};
    apply(p);
    EXPECT_EQ(entry(applied).state, OutboxState::Applied);
    const OutboxEntry refusal = entry(rejected);
    EXPECT_EQ(refusal.state, OutboxState::Rejected);
    EXPECT_EQ(refusal.outcomeCode, u"NOT_ELIGIBLE"_s);
    EXPECT_EQ(refusal.outcome.value(u"details"_s).toObject().value(u"reason"_s).toString(), u"tier"_s);
    EXPECT_EQ(refusal.args.value(u"title"_s).toString(), u"a draft"_s);
    EXPECT_EQ(entry(waiting).state, OutboxState::Pending);
    EXPECT_EQ(state().ackedMutationId, rejected);

    apply(page({}, applied, false, u"c2"_s));
    EXPECT_EQ(state().ackedMutationId, rejected);

    auto attention = m_store->needsAttention();
    ASSERT_TRUE(attention.ok());
    ASSERT_EQ(attention->size(), 1);
    EXPECT_EQ(attention->constFirst().mutationId, rejected);
    const OutboxCounts counts = *m_store->counts();
    EXPECT_EQ(counts.pending, 1);
    EXPECT_EQ(counts.rejected, 1);
    EXPECT_EQ(counts.blocked, 0);
}

TEST_F(LocalStoreTest, SnapshotStateFollowsThePages)
{
    EXPECT_EQ(state().snapshotState, SnapshotState::None);
    EXPECT_FALSE(state().cursor.has_value());
    apply(page({upsert(u"t1"_s, 1, u"a"_s)}, 0, true, u"c1"_s));
    EXPECT_EQ(state().snapshotState, SnapshotState::InProgress);
    apply(page({}, 0, false, u"c2"_s));
    EXPECT_EQ(state().snapshotState, SnapshotState::Complete);
    apply(page({}, 0, true, u"c3"_s));
    EXPECT_EQ(state().snapshotState, SnapshotState::Complete);

    PullPage reset;
    reset.reset = true;
    EXPECT_FALSE(m_store->applyPull(reset).ok());
    EXPECT_EQ(state().cursor, u"c3"_s);
}

TEST_F(LocalStoreTest, ResetClearsTheMirrorAndKeepsTheOutboxAndPendingOverlay)
{
    apply(page({upsert(u"t1"_s, 1, u"server"_s)}, 0, false, u"c1"_s));
    const qint64 answered = enqueue({OverlayWrite::upsert(u"task"_s, u"t2"_s, {{u"title"_s, u"answered"_s}})});
    const qint64 blocked = enqueue({OverlayWrite::upsert(u"task"_s, u"t3"_s, {{u"title"_s, u"blocked"_s}})});
    const qint64 pending = enqueue({OverlayWrite::upsert(u"task"_s, u"t4"_s, {{u"title"_s, u"pending"_s}})});
    PushResult result;
    result.mutationId = answered;
    ASSERT_TRUE(m_store->recordPush({result}, answered).ok());
    ASSERT_TRUE(m_store->markBlocked(blocked, u"INTERNAL"_s, u"crash"_s).ok());

    ASSERT_TRUE(m_store->reset().ok());
    const SyncState after = state();
    EXPECT_FALSE(after.cursor.has_value());
    EXPECT_EQ(after.snapshotState, SnapshotState::None);
    EXPECT_EQ(after.nextMutationId, pending + 1);
    EXPECT_EQ(titleOf(u"t1"_s), u"<none>"_s);
    EXPECT_EQ(titleOf(u"t2"_s), u"<none>"_s);
    EXPECT_EQ(titleOf(u"t3"_s), u"blocked"_s);
    EXPECT_EQ(titleOf(u"t4"_s), u"pending"_s);
    EXPECT_EQ(entry(answered).state, OutboxState::Applied);
    EXPECT_EQ(entry(blocked).state, OutboxState::Blocked);
    EXPECT_EQ(entry(pending).state, OutboxState::Pending);
}

TEST_F(LocalStoreTest, RecordPushStoresOutcomesAndKeepsRetriesPending)
{
    const qint64 a = enqueue();
    const qint64 b = enqueue();
    const qint64 c = enqueue();
    const qint64 d = enqueue();
    QList<PushResult> results(4);
    results[0].mutationId = a;
    results[0].status = PushStatus::AlreadyApplied;
    results[0].original = MutationOutcome{0, false, u"TASK_CLOSED"_s, u"closed"_s, {}};
    results[1].mutationId = b;
    results[1].status = PushStatus::Rejected;
    results[1].code = u"FORBIDDEN"_s;
    results[2].mutationId = c;
    results[2].status = PushStatus::Retry;
    results[2].code = u"UNSUPPORTED_MUTATION"_s;
    results[3].mutationId = d;
    results[3].status = PushStatus::NotAttempted;
    ASSERT_TRUE(m_store->recordServerFailure(c).ok());

    auto recorded = m_store->recordPush(results, b);
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(recorded->applied, 0);
    EXPECT_EQ(recorded->rejected, 2);
    EXPECT_EQ(entry(a).state, OutboxState::Rejected);
    EXPECT_EQ(entry(a).outcomeCode, u"TASK_CLOSED"_s);
    EXPECT_EQ(entry(b).state, OutboxState::Rejected);
    EXPECT_EQ(entry(c).state, OutboxState::Pending);
    EXPECT_EQ(entry(c).outcomeCode, u"UNSUPPORTED_MUTATION"_s);
    EXPECT_EQ(entry(c).attempts, 0);
    EXPECT_EQ(entry(d).state, OutboxState::Pending);
    EXPECT_TRUE(entry(d).outcomeCode.isEmpty());
    EXPECT_EQ(state().ackedMutationId, b);
}

TEST_F(LocalStoreTest, PendingMutationsStopAtTheFirstBlockedOne)
{
    for (int i = 0; i < 4; ++i)
        enqueue();
    auto limited = m_store->pendingMutations(2);
    ASSERT_TRUE(limited.ok());
    ASSERT_EQ(limited->size(), 2);
    EXPECT_EQ(limited->at(0).mutationId, 1);
    EXPECT_EQ(limited->at(1).mutationId, 2);

    EXPECT_EQ(*m_store->recordServerFailure(2), 1);
    EXPECT_EQ(*m_store->recordServerFailure(2), 2);
    ASSERT_TRUE(m_store->markBlocked(2, u"INTERNAL"_s, u"crash"_s).ok());
    EXPECT_FALSE(m_store->markBlocked(2, u"INTERNAL"_s, u"again"_s).ok());
    EXPECT_FALSE(m_store->recordServerFailure(2).ok());
    auto pushable = m_store->pendingMutations(10);
    ASSERT_TRUE(pushable.ok());
    ASSERT_EQ(pushable->size(), 1);
    EXPECT_EQ(pushable->at(0).mutationId, 1);
    EXPECT_EQ(m_store->counts()->blocked, 1);
    EXPECT_EQ(m_store->counts()->pending, 3);
    EXPECT_EQ(entry(2).attempts, 2);

    EXPECT_EQ(*m_store->retryBlocked(), 1);
    EXPECT_EQ(m_store->pendingMutations(10)->size(), 4);
    EXPECT_EQ(entry(2).attempts, 0);
    EXPECT_TRUE(entry(2).outcomeCode.isEmpty());
}

TEST_F(LocalStoreTest, ASecondOpenerIsRefusedWhileTheLockIsHeld)
{
    auto second = LocalStore::open(path(), kAda);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Storage);
    EXPECT_TRUE(second.error().message.contains(u"in use"_s)) << second.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path() + u".lock"_s));

    m_store.reset();
    auto third = LocalStore::open(path(), kAda);
    EXPECT_TRUE(third.ok());
}

TEST_F(LocalStoreTest, TheDatabaseBelongsToOneUserAndOneServer)
{
    EXPECT_EQ(state().userId, kAda);
    EXPECT_TRUE(m_store->bindUser(kAda).ok());
    const Status other = m_store->bindUser(kBob);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(state().userId, kAda);

    m_store.reset();
    auto asBob = LocalStore::open(path(), kBob);
    ASSERT_FALSE(asBob.ok());
    EXPECT_EQ(asBob.error().code, ErrorCode::Forbidden);
    reopen(); // the refused opener released the lock

    EXPECT_TRUE(state().serverUrl.isEmpty());
    EXPECT_TRUE(m_store->bindServer(QUrl(u"https://market.example.org/"_s)).ok());
    EXPECT_TRUE(m_store->bindServer(QUrl(u"https://market.example.org"_s)).ok());
    EXPECT_EQ(m_store->bindServer(QUrl(u"https://other.example.org"_s)).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(m_store->bindServer(QUrl(u"not a url"_s)).ok());
}

TEST_F(LocalStoreTest, AFreshDatabaseIsBoundOnFirstSignIn)
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(u"fresh.db"_s));
    ASSERT_TRUE(store.ok());
    EXPECT_TRUE((*store)->state()->userId.isEmpty());
    EXPECT_FALSE((*store)->bindUser(u""_s).ok());
    EXPECT_TRUE((*store)->bindUser(kBob).ok());
    EXPECT_EQ((*store)->state()->userId, kBob);
    EXPECT_NE((*store)->clientId(), m_store->clientId());
}

TEST_F(LocalStoreTest, TheDatabasePassesTheIntegrityCheckAfterUse)
{
    enqueue({OverlayWrite::upsert(u"task"_s, u"t1"_s, {{u"title"_s, u"x"_s}})});
    apply(page({upsert(u"t1"_s, 1, u"a"_s), removal(u"t2"_s, 2)}, 1));
    ASSERT_TRUE(m_store->reset().ok());
    m_store.reset();
    auto db = Database::open(DatabaseConfig::sqlite(path()), LocalStore::migrations());
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE((*db)->integrityCheck().ok());
    EXPECT_EQ(*(*db)->schemaVersion(), LocalStore::migrations().size());
}

} // namespace
} // namespace Chrysalis
