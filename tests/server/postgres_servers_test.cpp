// The reliability, hostile-input and authorization suites again on the PostgreSQL fixture, and two
// server processes on one PostgreSQL database serving clients at once: duplicate pushes through
// both, workers racing for the slots of one task through both, and the commit-order race of many
// writers against a reader pulling by cursor through alternating servers.
#include "core/domain/ids.h"
#include "tests/server/support/marketserver.h"

#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

INSTANTIATE_TEST_SUITE_P(Postgres, ReliabilityTest, ::testing::Values(postgresServerBackend()), serverBackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, HostileInputTest, ::testing::Values(postgresServerBackend()), serverBackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, AuthorizationTest, ::testing::Values(postgresServerBackend()), serverBackendName);

namespace {

std::string text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QStringList leaseIdsOf(const QJsonObject &details)
{
    QStringList ids;
    for (const QJsonValue &id : details.value(u"lease_ids"_s).toArray())
        ids << id.toString();
    return ids;
}

RawRequest through(RawRequest request, const ServerProcess &server)
{
    request.url = server.baseUrl().resolved(QUrl(request.url.path()));
    return request;
}

QString changeKey(const QJsonObject &change)
{
    return change.value(u"entity"_s).toString() + u'/' + change.value(u"id"_s).toString();
}

// Two chrysalis-server processes on one PostgreSQL database.
class TwoServersTest : public MarketServerTest
{
protected:
    void SetUp() override
    {
        MarketServerTest::SetUp();
        if (HasFatalFailure())
            return;
        seedDemo();
        m_first = startServer();
        m_second = startServer();
        ASSERT_TRUE(m_first && m_second);
    }

    const ServerProcess &server(qsizetype i) const { return i % 2 == 0 ? *m_first : *m_second; }

    ServerProcess *m_first = nullptr;
    ServerProcess *m_second = nullptr;
};

} // namespace

TEST_P(TwoServersTest, DuplicatePushesThroughBothServersApplyEachMutationOnce)
{
    auto ada = signIn(server(0), Demo::Ada);
    ASSERT_TRUE(ada);
    const QString taskId = postTask(*ada, 40);

    // Several devices in turn, so the race covers a client's first push (its row created) as well.
    for (int round = 0; round < 4; ++round) {
        auto bob = signIn(server(round), Demo::Bob);
        ASSERT_TRUE(bob);
        const QJsonArray batch{
                bob->mutation(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}),
                bob->mutation(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"round-%1"_s.arg(round)}}}),
                bob->mutation(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 2}}),
                bob->mutation(u"lease.claim@1"_s, {{u"task_id"_s, newId()}, {u"count"_s, 1}})};
        QList<RawRequest> copies;
        for (qsizetype i = 0; i < 8; ++i)
            copies << through(bob->pushRequest(batch), server(i));
        const QList<RawReply> replies = sendConcurrently(copies);

        QHash<qint64, int> terminal;
        QHash<qint64, QJsonObject> original;
        for (const RawReply &reply : replies) {
            ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
            EXPECT_EQ(reply.json().value(u"last_mutation_id"_s).toInteger(), 4);
            for (const QJsonObject &result : resultsById(reply)) {
                const qint64 id = result.value(u"id"_s).toInteger();
                if (statusOf(result) != u"already_applied") {
                    ++terminal[id];
                    original.insert(id, result);
                }
            }
        }
        for (qint64 id = 1; id <= 4; ++id)
            EXPECT_EQ(terminal.value(id), 1) << "round " << round << ": mutation " << id;
        EXPECT_EQ(statusOf(original.value(4)), u"rejected"_s);
        for (const RawReply &reply : replies) {
            for (const QJsonObject &result : resultsById(reply)) {
                if (statusOf(result) != u"already_applied")
                    continue;
                QJsonObject outcome = result.value(u"outcome"_s).toObject();
                outcome.insert(u"id"_s, result.value(u"id"_s));
                EXPECT_EQ(outcome, original.value(result.value(u"id"_s).toInteger())) << text(result);
            }
        }
        EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                                   {{u":client"_s, bob->clientId()}}),
                  4);
    }
    // Three slots per round, never more.
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE task_id = :task"_s, {{u":task"_s, taskId}}), 12);
}

TEST_P(TwoServersTest, WorkersClaimingOneTaskThroughBothServersNeverShareASlot)
{
    auto ada = signIn(server(0), Demo::Ada);
    ASSERT_TRUE(ada);
    constexpr int kSlots = 13;
    const QString taskId = postTask(*ada, kSlots);

    std::vector<std::unique_ptr<CspClient>> workers;
    QList<RawRequest> claims;
    for (qsizetype i = 0; i < Demo::AllWorkers.size(); ++i) {
        auto worker = signIn(server(i), Demo::AllWorkers.at(i));
        ASSERT_TRUE(worker);
        // Two devices per worker, each claiming three slots at once.
        for (int device = 0; device < 2; ++device) {
            auto copy = std::make_unique<CspClient>(worker->base(), worker->token());
            claims << through(
                    copy->pushRequest({copy->mutation(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 3}})}),
                    server(i + device));
            workers.push_back(std::move(copy));
        }
    }
    const QList<RawReply> replies = sendConcurrently(claims);

    QStringList granted;
    int refused = 0;
    for (const RawReply &reply : replies) {
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject result = resultsById(reply).value(1);
        if (statusOf(result) == u"applied") {
            granted << leaseIdsOf(result.value(u"details"_s).toObject());
        } else {
            EXPECT_EQ(statusOf(result), u"rejected"_s) << text(result);
            EXPECT_EQ(result.value(u"code"_s).toString(), u"NOT_ELIGIBLE"_s) << text(result);
            ++refused;
        }
    }
    EXPECT_EQ(granted.size(), kSlots);
    EXPECT_GT(refused, 0);
    EXPECT_EQ(QSet<QString>(granted.cbegin(), granted.cend()).size(), kSlots);
    EXPECT_EQ(
            database().count(u"SELECT COUNT(DISTINCT item_id) FROM lease WHERE task_id = :task AND state = 'active'"_s,
                             {{u":task"_s, taskId}}),
            kSlots);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE task_id = :task"_s, {{u":task"_s, taskId}}), kSlots);

    // Resent through the other server: answered from the outcomes, nothing more is leased.
    QList<RawRequest> resent;
    for (qsizetype i = 0; i < claims.size(); ++i)
        resent << through(claims.at(i), server(i + 1));
    for (const RawReply &reply : sendConcurrently(resent)) {
        ASSERT_EQ(reply.status, 200);
        EXPECT_EQ(statusOf(resultsById(reply).value(1)), u"already_applied"_s);
    }
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE task_id = :task"_s, {{u":task"_s, taskId}}), kSlots);
}

TEST_P(TwoServersTest, AReaderPullingThroughBothServersSeesEveryCommitOnceWhileManyWrite)
{
    auto reader = signIn(server(0), Demo::Ada);
    ASSERT_TRUE(reader);
    struct Writer {
        std::unique_ptr<CspClient> client;
        qsizetype server = 0;
        int pushesLeft = 0;
        int failures = 0;
    };
    std::vector<Writer> writers;
    const QList<std::pair<QString, qsizetype>> who{
            {Demo::Ada, 0}, {Demo::Ada, 1}, {Demo::Ada, 1}, {Demo::Grace, 0}, {Demo::Bob, 1}};
    for (const auto &[name, at] : who) {
        auto client = signIn(server(at), name);
        ASSERT_TRUE(client);
        writers.push_back({std::move(client), at, 12, 0});
    }

    AsyncSender sender;
    bool stopped = false; // set before the answers still in flight are drained on the way out
    int writing = static_cast<int>(writers.size());
    std::function<void(Writer &)> write = [&](Writer &writer) {
        if (stopped)
            return;
        if (writer.pushesLeft-- == 0) {
            --writing;
            return;
        }
        QJsonArray batch;
        const bool requester = writer.client->account().value(u"roles"_s).toArray().contains(u"requester"_s);
        for (int i = 0; i < 4; ++i) {
            if (requester) {
                const QString taskId = newId();
                batch.append(writer.client->mutation(u"task.draft_save@1"_s,
                                                     draftSaveArgs(taskId, sentimentRevision(u"Race %1"_s.arg(i)))));
            } else {
                batch.append(writer.client->mutation(u"profile.update@1"_s,
                                                     {{u"skills"_s, QJsonArray{u"race-%1"_s.arg(i)}}}));
            }
        }
        // Alternate servers per push as a load balancer would.
        writer.server += 1;
        sender.send(through(writer.client->pushRequest(batch), server(writer.server)), [&](const RawReply &reply) {
            if (reply.status != 200)
                ++writer.failures;
            write(writer);
        });
    };

    // The reader pulls by cursor, alternating servers, until the writers are done and it has caught up.
    QList<QJsonObject> seen;
    QList<qint64> pageSeqs;
    QJsonValue cursor = QJsonValue::Null;
    int pulls = 0;
    bool readerDone = false;
    bool readerFailed = false;
    bool caughtUpAfterWriters = false;
    std::function<void()> read = [&] {
        if (stopped)
            return;
        const bool writersDone = writing == 0;
        sender.send(through(reader->pullRequest(cursor, 50), server(pulls++)), [&, writersDone](const RawReply &reply) {
            if (stopped)
                return;
            if (reply.status != 200) {
                ADD_FAILURE() << "pull answered " << reply.status << ": " << reply.body.toStdString();
                readerFailed = readerDone = true;
                return;
            }
            const QJsonObject page = reply.json();
            EXPECT_FALSE(page.value(u"reset"_s).toBool());
            for (const QJsonValue &change : page.value(u"changes"_s).toArray()) {
                seen << change.toObject();
                pageSeqs << change.toObject().value(u"seq"_s).toInteger();
            }
            cursor = page.value(u"cursor"_s);
            const bool more = page.value(u"has_more"_s).toBool();
            if (writersDone && !more) {
                caughtUpAfterWriters = true;
                readerDone = true;
                return;
            }
            read();
        });
    };
    // Whatever happens below, nothing in flight outlives the state its answer would touch.
    struct Drain {
        bool &stopped;
        AsyncSender &sender;
        ~Drain()
        {
            stopped = true;
            waitUntil([this] { return sender.inFlight() == 0; }, 60000);
        }
    } drain{stopped, sender};
    for (Writer &writer : writers)
        write(writer);
    read();
    ASSERT_TRUE(waitUntil([&] { return readerDone && writing == 0; }, 120000)) << "the race did not finish";
    ASSERT_FALSE(readerFailed);
    ASSERT_TRUE(caughtUpAfterWriters);
    for (const Writer &writer : writers)
        EXPECT_EQ(writer.failures, 0);
    EXPECT_GT(pulls, 3);

    // Each change was delivered once, in seq order, never going back.
    for (qsizetype i = 1; i < pageSeqs.size(); ++i)
        ASSERT_LT(pageSeqs.at(i - 1), pageSeqs.at(i)) << "seq went back or repeated at change " << i;

    // What the cursor walk saw equals a fresh snapshot: no late commit was skipped.
    QHash<QString, qint64> walked;
    for (const QJsonObject &change : std::as_const(seen))
        walked.insert(changeKey(change), change.value(u"version"_s).toInteger());
    const PullLog snapshot = reader->pullAll();
    ASSERT_EQ(snapshot.status, 200);
    QHash<QString, qint64> fresh;
    for (const QJsonObject &change : snapshot.latest())
        fresh.insert(changeKey(change), change.value(u"version"_s).toInteger());
    QStringList missing;
    QStringList differ;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        if (!walked.contains(it.key()))
            missing << it.key();
        else if (walked.value(it.key()) != it.value())
            differ << u"%1 (%2 vs %3)"_s.arg(it.key()).arg(walked.value(it.key())).arg(it.value());
    }
    EXPECT_TRUE(missing.isEmpty()) << "skipped by the cursor walk: " << missing.join(u", "_s).toStdString();
    EXPECT_TRUE(differ.isEmpty()) << "older versions kept: " << differ.join(u", "_s).toStdString();
    EXPECT_EQ(walked.size(), fresh.size());

    // Every draft of the reader's own account is there.
    const qint64 drafts = database().count(
            u"SELECT COUNT(*) FROM task t JOIN account a ON a.id = t.requester_id WHERE a.username = 'ada' "
            "AND t.state = 'draft'"_s);
    EXPECT_EQ(drafts, 3 * 12 * 4);
    qsizetype tasksWalked = 0;
    for (auto it = walked.constBegin(); it != walked.constEnd(); ++it)
        tasksWalked += it.key().startsWith(u"task/"_s) ? 1 : 0;
    EXPECT_GE(tasksWalked, drafts);
}

INSTANTIATE_TEST_SUITE_P(Postgres, TwoServersTest, ::testing::Values(postgresServerBackend()), serverBackendName);

} // namespace Chrysalis::Testing
