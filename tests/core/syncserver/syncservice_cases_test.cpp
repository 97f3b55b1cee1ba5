// The server half of CSP/1 on every backend: exactly-once push, per-client order, stored outcomes,
// pulls by audience with signed cursors. Compiled into the SQLite and the PostgreSQL test suites.
#include "core/domain/ids.h"
#include "core/market/changelog.h"
#include "core/market/clock.h"
#include "core/market/syncservice.h"
#include "core/policy/policy.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"
#include "tests/core/store/storetesting.h"
#include "tests/core/syncserver/notehandlers.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kAlice = u"alice"_s;
const QString kBob = u"bob"_s;

QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args)
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}, {u"client_time"_s, u"2026-01-01T00:00:00Z"_s}};
}

QJsonObject put(qint64 id, const QString &noteId, const QString &body)
{
    return mutation(id, u"note.put@1"_s, {{u"note_id"_s, noteId}, {u"body"_s, body}});
}

QJsonObject pushBody(const QString &clientId, const QJsonArray &mutations)
{
    return {{u"client_id"_s, clientId}, {u"mutations"_s, mutations}};
}

QString status(const SyncReply &reply, qsizetype index)
{
    return reply.body.value(u"results"_s).toArray().at(index).toObject().value(u"status"_s).toString();
}

} // namespace

class SyncServiceTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_db = openDatabase(NoteHandlers::migrations());
        ASSERT_TRUE(m_db);
        m_handlers.setDatabase(m_db.get());
        m_service = std::make_unique<SyncService>(*m_db, m_handlers, m_policy, m_clock);
    }
    void TearDown() override
    {
        m_service.reset();
        m_db.reset();
        StoreTest::TearDown();
    }

    QJsonObject pullBody(const QString &clientId, const QJsonValue &cursor, int limit = 2000) const
    {
        return {{u"client_id"_s, clientId}, {u"cursor"_s, cursor}, {u"limit"_s, limit}};
    }

    // Pulls until has_more is false; returns every change seen and the final reply.
    QJsonArray pullAll(const QString &account, const QString &clientId, QJsonValue &cursor, int limit = 2000)
    {
        QJsonArray all;
        for (int page = 0; page < 1000; ++page) {
            const SyncReply reply = m_service->pull(account, pullBody(clientId, cursor, limit));
            EXPECT_EQ(reply.status, 200) << QJsonDocument(reply.body).toJson().toStdString();
            if (reply.status != 200)
                break;
            for (const QJsonValue &change : reply.body.value(u"changes"_s).toArray())
                all.append(change);
            cursor = reply.body.value(u"cursor"_s);
            if (!reply.body.value(u"has_more"_s).toBool())
                break;
        }
        return all;
    }

    std::unique_ptr<Database> m_db;
    NoteHandlers m_handlers;
    Policy m_policy = Policy::defaults();
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SyncService> m_service;
};

TEST_P(SyncServiceTest, PushAppliesInOrderAndStoresEveryOutcome)
{
    const QString client = newId();
    const SyncReply reply =
            m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"first"_s), put(2, u"n2"_s, u"second"_s)}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.value(u"last_mutation_id"_s).toInteger(), 2);
    EXPECT_EQ(status(reply, 0), u"applied"_s);
    EXPECT_EQ(status(reply, 1), u"applied"_s);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 2);
    EXPECT_EQ(countRows(*m_db, u"mutation_outcome"_s), 2);
}

TEST_P(SyncServiceTest, DuplicatePushIsAnsweredFromTheStoredOutcomeWithoutSecondEffect)
{
    const QString client = newId();
    const QJsonObject body =
            pushBody(client, {put(1, u"n1"_s, u"once"_s), mutation(2, u"note.reject@1"_s, {{u"note_id"_s, u"n2"_s}})});
    ASSERT_EQ(m_service->push(kAlice, body).status, 200);
    const SyncReply again = m_service->push(kAlice, body);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(status(again, 0), u"already_applied"_s);
    EXPECT_EQ(status(again, 1), u"already_applied"_s);
    const QJsonObject second = again.body.value(u"results"_s).toArray().at(1).toObject().value(u"outcome"_s).toObject();
    EXPECT_EQ(second.value(u"status"_s).toString(), u"rejected"_s);
    EXPECT_EQ(second.value(u"code"_s).toString(), u"VALIDATION_FAILED"_s);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 1);
    EXPECT_EQ(countRows(*m_db, u"mutation_outcome"_s), 2);
}

TEST_P(SyncServiceTest, GapIsRefusedWithTheExpectedIdAndChangesNothing)
{
    const QString client = newId();
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"a"_s)})).status, 200);
    const SyncReply gap = m_service->push(kAlice, pushBody(client, {put(3, u"n3"_s, u"c"_s)}));
    EXPECT_EQ(gap.status, 409);
    EXPECT_EQ(gap.body.value(u"code"_s).toString(), u"MUTATION_GAP"_s);
    EXPECT_EQ(gap.body.value(u"expected_id"_s).toInteger(), 2);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 1);
}

TEST_P(SyncServiceTest, RejectionRollsBackItsWritesButLaterMutationsApply)
{
    const QString client = newId();
    const SyncReply reply =
            m_service->push(kAlice, pushBody(client, {mutation(1, u"note.reject@1"_s, {{u"note_id"_s, u"gone"_s}}),
                                                      put(2, u"kept"_s, u"after a rejection"_s)}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(status(reply, 0), u"rejected"_s);
    EXPECT_EQ(status(reply, 1), u"applied"_s);
    EXPECT_EQ(reply.body.value(u"last_mutation_id"_s).toInteger(), 2);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 1);

    // The rejected mutation's change-log touch vanished with it: only "kept" is pulled.
    QJsonValue cursor;
    const QJsonArray changes = pullAll(kAlice, client, cursor);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject().value(u"id"_s).toString(), u"kept"_s);
}

TEST_P(SyncServiceTest, UnknownMutationIsRetriedAndNeverAdvancesTheCounter)
{
    const QString client = newId();
    const SyncReply reply = m_service->push(
            kAlice,
            pushBody(client, {put(1, u"n1"_s, u"a"_s), mutation(2, u"note.future@9"_s, {}), put(3, u"n3"_s, u"c"_s)}));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(status(reply, 1), u"retry"_s);
    EXPECT_EQ(reply.body.value(u"results"_s).toArray().at(1).toObject().value(u"code"_s).toString(),
              u"UNSUPPORTED_MUTATION"_s);
    EXPECT_EQ(status(reply, 2), u"not_attempted"_s);
    EXPECT_EQ(reply.body.value(u"last_mutation_id"_s).toInteger(), 1);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 1);
}

TEST_P(SyncServiceTest, FailingHandlerIsAServerErrorAndTheWholeBatchIsUndone)
{
    const QString client = newId();
    const SyncReply reply =
            m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"a"_s), mutation(2, u"note.crash@1"_s, {})}));
    EXPECT_EQ(reply.status, 500);
    EXPECT_TRUE(reply.body.value(u"retryable"_s).toBool());
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 0);
    EXPECT_EQ(countRows(*m_db, u"mutation_outcome"_s), 0);
    // Nothing was half-applied: the same batch without the crash applies from id 1.
    const SyncReply retry = m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"a"_s)}));
    EXPECT_EQ(status(retry, 0), u"applied"_s);
}

TEST_P(SyncServiceTest, ClientIdBelongsToTheFirstAccountThatPushes)
{
    const QString client = newId();
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"a"_s)})).status, 200);
    const SyncReply stolen = m_service->push(kBob, pushBody(client, {put(2, u"n2"_s, u"b"_s)}));
    EXPECT_EQ(stolen.status, 403);
    EXPECT_EQ(stolen.body.value(u"code"_s).toString(), u"CLIENT_FORBIDDEN"_s);
    EXPECT_EQ(m_service->pull(kBob, pullBody(client, QJsonValue())).status, 403);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 1);
}

TEST_P(SyncServiceTest, MalformedPushesAreRefusedWholeAndChangeNothing)
{
    const QString client = newId();
    const QList<QJsonObject> bad{
            {{u"client_id"_s, u"not-a-uuid"_s}, {u"mutations"_s, QJsonArray{put(1, u"n"_s, u"x"_s)}}},
            {{u"client_id"_s, u"'; DROP TABLE note; --"_s}, {u"mutations"_s, QJsonArray{}}},
            {{u"client_id"_s, client}, {u"mutations"_s, u"all of them"_s}},
            pushBody(client, {mutation(0, u"note.put@1"_s, {{u"note_id"_s, u"n"_s}})}),
            pushBody(client, {mutation(-1, u"note.put@1"_s, {{u"note_id"_s, u"n"_s}})}),
            pushBody(client,
                     {QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"note.put@1"_s}, {u"args"_s, QJsonObject{}}}}),
            pushBody(client, {QJsonObject{{u"id"_s, 1.5}, {u"name"_s, u"note.put@1"_s}, {u"args"_s, QJsonObject{}}}}),
            pushBody(client,
                     {QJsonObject{{u"id"_s, 9.3e18}, {u"name"_s, u"note.put@1"_s}, {u"args"_s, QJsonObject{}}}}),
            pushBody(client, {put(1, u"a"_s, u"a"_s), put(1, u"b"_s, u"b"_s)}),
            pushBody(client, {put(2, u"a"_s, u"a"_s), put(1, u"b"_s, u"b"_s)}),
            pushBody(client, {QJsonObject{{u"id"_s, 1}, {u"args"_s, QJsonObject{}}}}),
            pushBody(client, {QJsonObject{{u"id"_s, 1}, {u"name"_s, u"note.put@1"_s}, {u"args"_s, QJsonArray{}}}}),
            pushBody(client, {u"just a string"_s}),
    };
    for (const QJsonObject &body : bad) {
        const SyncReply reply = m_service->push(kAlice, body);
        EXPECT_EQ(reply.status, 400) << QJsonDocument(body).toJson().toStdString();
        EXPECT_EQ(reply.body.value(u"code"_s).toString(), u"MALFORMED_REQUEST"_s);
    }
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 0);
    EXPECT_EQ(countRows(*m_db, u"sync_client"_s), 0);
}

TEST_P(SyncServiceTest, OversizedBatchesAreRefusedWithPayloadTooLarge)
{
    const QString client = newId();
    QJsonArray many;
    for (int i = 1; i <= m_service->limits().maxMutationsPerPush + 1; ++i)
        many.append(put(i, u"n%1"_s.arg(i), u"x"_s));
    EXPECT_EQ(m_service->push(kAlice, pushBody(client, many)).status, 413);
    const QString huge(static_cast<qsizetype>(m_service->limits().maxMutationBytes), u'x');
    EXPECT_EQ(m_service->push(kAlice, pushBody(client, {put(1, u"n"_s, huge)})).status, 413);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), 0);
}

TEST_P(SyncServiceTest, LargePushStoresEveryOutcomeAndChangeInOrder)
{
    // 150 mutations: more than one group of the batched outcome and change-log writes, with a
    // rejection every seventh mutation.
    constexpr int kCount = 150;
    const QString client = newId();
    QJsonArray batch;
    int applied = 0;
    for (int i = 1; i <= kCount; ++i) {
        if (i % 7 == 0) {
            batch.append(mutation(i, u"note.reject@1"_s, {{u"note_id"_s, u"r%1"_s.arg(i)}}));
        } else {
            batch.append(put(i, u"n%1"_s.arg(i), u"body %1"_s.arg(i)));
            ++applied;
        }
    }
    const SyncReply reply = m_service->push(kAlice, pushBody(client, batch));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body.value(u"last_mutation_id"_s).toInteger(), kCount);
    EXPECT_EQ(NoteHandlers::noteCount(*m_db), applied);
    EXPECT_EQ(countRows(*m_db, u"mutation_outcome"_s), kCount);

    // Replayed, every mutation is answered from its own stored outcome.
    const SyncReply again = m_service->push(kAlice, pushBody(client, batch));
    ASSERT_EQ(again.status, 200);
    const QJsonArray results = again.body.value(u"results"_s).toArray();
    ASSERT_EQ(results.size(), kCount);
    for (int i = 1; i <= kCount; ++i) {
        const QJsonObject result = results.at(i - 1).toObject();
        EXPECT_EQ(result.value(u"id"_s).toInteger(), i);
        EXPECT_EQ(result.value(u"status"_s).toString(), u"already_applied"_s);
        const QJsonObject outcome = result.value(u"outcome"_s).toObject();
        EXPECT_EQ(outcome.value(u"status"_s).toString(), i % 7 == 0 ? u"rejected"_s : u"applied"_s) << i;
        if (i % 7 != 0) {
            EXPECT_EQ(outcome.value(u"details"_s).toObject().value(u"note_id"_s).toString(), u"n%1"_s.arg(i));
        }
    }
    EXPECT_EQ(countRows(*m_db, u"mutation_outcome"_s), kCount);

    // One pull gives each applied note once, in push order, and every outcome.
    const SyncReply pulled = m_service->pull(kAlice, pullBody(client, QJsonValue()));
    ASSERT_EQ(pulled.status, 200);
    const QJsonArray changes = pulled.body.value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), applied);
    qint64 previousSeq = 0;
    int expected = 1;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        if (expected % 7 == 0)
            ++expected;
        EXPECT_EQ(change.value(u"id"_s).toString(), u"n%1"_s.arg(expected));
        EXPECT_GT(change.value(u"seq"_s).toInteger(), previousSeq);
        previousSeq = change.value(u"seq"_s).toInteger();
        ++expected;
    }
    EXPECT_EQ(pulled.body.value(u"mutation_outcomes"_s).toArray().size(), kCount);
    EXPECT_FALSE(pulled.body.value(u"has_more"_s).toBool());
}

TEST_P(SyncServiceTest, PullShowsOnlyTheViewersEntitiesAndTheirOutcomes)
{
    const QString aliceClient = newId();
    const QString bobClient = newId();
    ASSERT_EQ(m_service->push(kAlice, pushBody(aliceClient, {put(1, u"a1"_s, u"alice's"_s)})).status, 200);
    ASSERT_EQ(m_service->push(kBob, pushBody(bobClient, {put(1, u"b1"_s, u"bob's"_s)})).status, 200);

    const SyncReply reply = m_service->pull(kAlice, pullBody(aliceClient, QJsonValue()));
    ASSERT_EQ(reply.status, 200);
    const QJsonArray changes = reply.body.value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject().value(u"id"_s).toString(), u"a1"_s);
    EXPECT_EQ(changes.at(0).toObject().value(u"data"_s).toObject().value(u"body"_s).toString(), u"alice's"_s);
    EXPECT_EQ(reply.body.value(u"last_mutation_id"_s).toInteger(), 1);
    const QJsonArray outcomes = reply.body.value(u"mutation_outcomes"_s).toArray();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
    EXPECT_FALSE(reply.body.value(u"reset"_s).toBool());
    EXPECT_FALSE(reply.body.value(u"has_more"_s).toBool());
}

TEST_P(SyncServiceTest, PullTextKeepsEveryCharacterOfIdsAndData)
{
    const QString client = newId();
    const QStringList ids{u"quote\" back\\slash"_s, u"line\nbreak\ttab\u0001\u001f"_s, u"caf\u00e9 \U0001F98B"_s,
                          u"</script>"_s};
    QJsonArray puts;
    for (qsizetype i = 0; i < ids.size(); ++i)
        puts.append(put(i + 1, ids.at(i), ids.at(i) + u" body"_s));
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, puts)).status, 200);

    const SyncReply text = m_service->pullSerialized(kAlice, pullBody(client, QJsonValue()));
    ASSERT_EQ(text.status, 200);
    EXPECT_TRUE(text.body.isEmpty());
    QJsonParseError error;
    const QJsonObject page = QJsonDocument::fromJson(text.json, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << text.json.toStdString();
    QStringList seen;
    for (const QJsonValue &value : page.value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        seen << change.value(u"id"_s).toString();
        EXPECT_EQ(change.value(u"data"_s).toObject().value(u"body"_s).toString(),
                  change.value(u"id"_s).toString() + u" body"_s);
        EXPECT_EQ(change.value(u"op"_s).toString(), u"upsert"_s);
        EXPECT_EQ(change.value(u"version"_s).toInteger(), change.value(u"seq"_s).toInteger());
    }
    EXPECT_EQ(seen, ids);
    // Written as QJsonDocument would write the same page.
    EXPECT_EQ(text.json, QJsonDocument(page).toJson(QJsonDocument::Compact));

    // pull() gives the same page as objects.
    const SyncReply objects = m_service->pull(kAlice, pullBody(client, QJsonValue()));
    ASSERT_EQ(objects.status, 200);
    EXPECT_TRUE(objects.json.isEmpty());
    EXPECT_EQ(objects.body.value(u"changes"_s), page.value(u"changes"_s));
    EXPECT_EQ(objects.body.value(u"mutation_outcomes"_s).toArray().size(), ids.size());
}

TEST_P(SyncServiceTest, CursorResumesAndVersionsOnlyGrow)
{
    const QString client = newId();
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"v1"_s)})).status, 200);
    QJsonValue cursor;
    const QJsonArray first = pullAll(kAlice, client, cursor);
    ASSERT_EQ(first.size(), 1);
    const qint64 firstVersion = first.at(0).toObject().value(u"version"_s).toInteger();

    EXPECT_EQ(pullAll(kAlice, client, cursor).size(), 0); // nothing new
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(2, u"n1"_s, u"v2"_s)})).status, 200);
    const QJsonArray second = pullAll(kAlice, client, cursor);
    ASSERT_EQ(second.size(), 1);
    EXPECT_GT(second.at(0).toObject().value(u"version"_s).toInteger(), firstVersion);
    EXPECT_EQ(second.at(0).toObject().value(u"data"_s).toObject().value(u"body"_s).toString(), u"v2"_s);
}

TEST_P(SyncServiceTest, PagesFollowTheLimitButNeverSplitATransaction)
{
    const QString client = newId();
    QJsonArray batch;
    for (int i = 1; i <= 7; ++i)
        batch.append(put(i, u"n%1"_s.arg(i), u"x"_s));
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, batch)).status, 200); // one transaction
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(8, u"n8"_s, u"y"_s)})).status, 200);

    const SyncReply first = m_service->pull(kAlice, pullBody(client, QJsonValue(), 3));
    ASSERT_EQ(first.status, 200);
    // The first push wrote 7 notes and 7 outcomes in one transaction: the page holds all of it.
    EXPECT_EQ(first.body.value(u"changes"_s).toArray().size(), 7);
    EXPECT_EQ(first.body.value(u"mutation_outcomes"_s).toArray().size(), 7);
    EXPECT_TRUE(first.body.value(u"has_more"_s).toBool());
    const SyncReply second = m_service->pull(kAlice, pullBody(client, first.body.value(u"cursor"_s), 3));
    EXPECT_EQ(second.body.value(u"changes"_s).toArray().size(), 1);
    EXPECT_FALSE(second.body.value(u"has_more"_s).toBool());
}

TEST_P(SyncServiceTest, ForgedForeignOrStaleCursorsReset)
{
    const QString client = newId();
    ASSERT_EQ(m_service->push(kAlice, pushBody(client, {put(1, u"n1"_s, u"x"_s)})).status, 200);
    QJsonValue cursor;
    ASSERT_EQ(pullAll(kAlice, client, cursor).size(), 1);
    const QString good = cursor.toString();

    QString tampered = good;
    tampered[2] = tampered[2] == u'A' ? u'B' : u'A';
    const QStringList forged{u"garbage"_s, tampered, u"e30.AAAA"_s, good + u"x"_s, QString(1000, u'.')};
    for (const QString &text : forged) {
        const SyncReply reply = m_service->pull(kAlice, pullBody(client, text));
        ASSERT_EQ(reply.status, 200) << text.toStdString();
        EXPECT_TRUE(reply.body.value(u"reset"_s).toBool()) << text.toStdString();
        EXPECT_EQ(reply.body.value(u"changes"_s).toArray().size(), 1); // a full snapshot again
    }
    // Another account's cursor is no use to Bob.
    const QString bobClient = newId();
    EXPECT_TRUE(m_service->pull(kBob, pullBody(bobClient, good)).body.value(u"reset"_s).toBool());
    // A change of Alice's audiences (e.g. a new tier) invalidates her cursor.
    ASSERT_TRUE(NoteHandlers::bumpScope(*m_db, kAlice).ok());
    EXPECT_TRUE(m_service->pull(kAlice, pullBody(client, good)).body.value(u"reset"_s).toBool());
    // A cursor string that is not a string at all is a malformed request.
    EXPECT_EQ(m_service->pull(kAlice, {{u"client_id"_s, client}, {u"cursor"_s, 42}}).status, 400);
    EXPECT_EQ(m_service->pull(kAlice, pullBody(client, QJsonValue(), 0)).status, 400);
}

TEST_P(SyncServiceTest, ConcurrentWritersNeverLetAReaderSkipACommit)
{
    // Writers on their own connections commit touches while a reader follows the log by cursor
    // seq. Every row must be seen exactly once: seqs follow commit order.
    if (config().isInMemory())
        GTEST_FAIL() << "needs a shared database";
    constexpr int kWriters = 3;
    constexpr int kTransactions = 40;
    std::atomic<int> failures{0};
    std::atomic<int> writersDone{0};
    const DatabaseConfig shared = config();

    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            auto db = Database::open(shared, NoteHandlers::migrations());
            if (!db) {
                ++failures;
                ++writersDone;
                return;
            }
            for (int t = 0; t < kTransactions; ++t) {
                auto transaction = Transaction::begin(**db);
                ChangeLog log(**db);
                log.touch(u"note"_s, u"w%1-%2"_s.arg(w).arg(t), {Audience::account(kAlice)});
                if (!transaction || !log.flush() || !transaction->commit())
                    ++failures;
            }
            ++writersDone;
        });
    }
    QSet<QString> seen;
    qint64 cursor = 0;
    {
        auto reader = Database::open(shared, NoteHandlers::migrations());
        ASSERT_TRUE(reader.ok());
        ChangeLog log(**reader);
        // Bounded by time, not by rounds: a fast reader on a loaded machine may poll many times
        // before the writers finish.
        const QDeadlineTimer deadline(std::chrono::seconds(60));
        while (!deadline.hasExpired() && seen.size() < kWriters * kTransactions) {
            const bool finished = writersDone.load() == kWriters;
            auto transaction = Transaction::beginRead(**reader);
            ASSERT_TRUE(transaction.ok());
            auto rows = log.since(cursor, {Audience::account(kAlice)}, 7);
            ASSERT_TRUE(rows.ok());
            transaction->rollback();
            for (const Change &row : *rows) {
                EXPECT_FALSE(seen.contains(row.entityId)) << row.entityId.toStdString();
                seen.insert(row.entityId);
                cursor = row.seq;
            }
            if (finished && rows->isEmpty())
                break;
        }
    }
    for (std::thread &writer : writers)
        writer.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(seen.size(), kWriters * kTransactions);
}

} // namespace Chrysalis::Testing

namespace Chrysalis::Testing {
#ifdef CHRYSALIS_TEST_ON_POSTGRES
INSTANTIATE_TEST_SUITE_P(Postgres, SyncServiceTest, ::testing::Values(postgresBackend()), backendName);
#else
INSTANTIATE_TEST_SUITE_P(Sqlite, SyncServiceTest, ::testing::Values(sqliteFileBackend()), backendName);
#endif
} // namespace Chrysalis::Testing
