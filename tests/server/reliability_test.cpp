// Exactly-once and nothing lost: duplicate and gapped pushes, a server killed after its commit and
// in the middle of a batch, rejections and their dependants, a handler that always fails (also seen
// through the real client SyncEngine) and a vote racing a panel's close. Every test talks HTTP to a
// real chrysalis-server; the fixture's TearDown checks the stored outcomes, duplicates and the books.
#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/marketserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Chrysalis::Testing {
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

// The outcome a result carries: the result itself when new, its stored original when a duplicate.
QJsonObject originalOutcome(const QJsonObject &result)
{
    if (statusOf(result) != u"already_applied")
        return result;
    QJsonObject outcome = result.value(u"outcome"_s).toObject();
    outcome.insert(u"id"_s, result.value(u"id"_s));
    return outcome;
}

QJsonObject claimArgs(const QString &taskId, int count)
{
    return {{u"task_id"_s, taskId}, {u"count"_s, count}};
}

QJsonObject skillsArgs(const QStringList &skills)
{
    return {{u"skills"_s, QJsonArray::fromStringList(skills)}};
}

} // namespace

TEST_P(ReliabilityTest, SequentialDuplicatePushesAreAnsweredFromTheStoredOutcomes)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QString taskId = postTask(*ada, 6);

    const QJsonArray batch{bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 2)),
                           bob->mutation(u"profile.update@1"_s, skillsArgs({u"sentiment"_s})),
                           bob->mutation(u"lease.claim@1"_s, claimArgs(newId(), 1))};
    const RawReply first = bob->push(batch);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const auto original = resultsById(first);
    ASSERT_EQ(original.size(), 3);
    EXPECT_EQ(statusOf(original.value(1)), u"applied"_s) << text(original.value(1));
    EXPECT_EQ(statusOf(original.value(2)), u"applied"_s) << text(original.value(2));
    EXPECT_EQ(statusOf(original.value(3)), u"rejected"_s) << text(original.value(3));
    EXPECT_EQ(original.value(3).value(u"code"_s).toString(), u"NOT_FOUND"_s);
    const QStringList leases = leaseIdsOf(original.value(1).value(u"details"_s).toObject());
    ASSERT_EQ(leases.size(), 2);

    for (int repeat = 0; repeat < 3; ++repeat) {
        const RawReply again = bob->push(batch);
        ASSERT_EQ(again.status, 200) << again.body.toStdString();
        EXPECT_EQ(again.json().value(u"last_mutation_id"_s).toInteger(), 3);
        const auto results = resultsById(again);
        ASSERT_EQ(results.size(), 3);
        for (qint64 id = 1; id <= 3; ++id) {
            EXPECT_EQ(statusOf(results.value(id)), u"already_applied"_s) << text(results.value(id));
            EXPECT_EQ(originalOutcome(results.value(id)), original.value(id))
                    << text(results.value(id)) << " vs " << text(original.value(id));
        }
    }

    // The effect happened once: two leases, the ones the first answer named.
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE worker_id = :worker AND task_id = :task"_s,
                               {{u":worker"_s, bob->accountId()}, {u":task"_s, taskId}}),
              2);
    const PullLog pulled = bob->pullAll();
    ASSERT_EQ(pulled.status, 200);
    QStringList pulledLeases;
    for (const QJsonObject &lease : pulled.upserts(u"lease"_s)) {
        if (lease.value(u"task_id"_s).toString() == taskId)
            pulledLeases << lease.value(u"id"_s).toString();
    }
    pulledLeases.sort();
    QStringList expected = leases;
    expected.sort();
    EXPECT_EQ(pulledLeases, expected);
    // Pull delivers the same outcomes (G4).
    EXPECT_EQ(pulled.lastMutationId, 3);
    ASSERT_EQ(pulled.outcomes.size(), 3);
    for (qint64 id = 1; id <= 3; ++id) {
        ASSERT_TRUE(pulled.outcome(id).has_value()) << id;
        EXPECT_EQ(*pulled.outcome(id), original.value(id));
    }
}

TEST_P(ReliabilityTest, ConcurrentDuplicatePushesApplyEachMutationOnce)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QString taskId = postTask(*ada, 10);

    const QJsonArray batch{bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 1)),
                           bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 2)),
                           bob->mutation(u"profile.update@1"_s, skillsArgs({u"reviews"_s})),
                           bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 1))};
    constexpr int kCopies = 6;
    const QList<RawRequest> requests(kCopies, bob->pushRequest(batch));
    const QList<RawReply> replies = sendConcurrently(requests);

    QHash<qint64, int> applied;
    QHash<qint64, QJsonObject> firstOutcome;
    QList<QJsonObject> duplicates;
    for (const RawReply &reply : replies) {
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        EXPECT_EQ(reply.json().value(u"last_mutation_id"_s).toInteger(), 4);
        const auto results = resultsById(reply);
        ASSERT_EQ(results.size(), 4);
        for (const QJsonObject &result : results) {
            const qint64 id = result.value(u"id"_s).toInteger();
            if (statusOf(result) == u"applied") {
                ++applied[id];
                firstOutcome.insert(id, result);
            } else {
                EXPECT_EQ(statusOf(result), u"already_applied"_s) << text(result);
                duplicates << result;
            }
        }
    }
    for (qint64 id = 1; id <= 4; ++id)
        EXPECT_EQ(applied.value(id), 1) << "mutation " << id << " was applied " << applied.value(id) << " times";
    EXPECT_EQ(duplicates.size(), (kCopies - 1) * 4);
    for (const QJsonObject &duplicate : std::as_const(duplicates)) {
        const qint64 id = duplicate.value(u"id"_s).toInteger();
        EXPECT_EQ(originalOutcome(duplicate), firstOutcome.value(id)) << text(duplicate);
    }

    QSet<QString> claimed;
    for (qint64 id : {1, 2, 4}) {
        for (const QString &lease : leaseIdsOf(firstOutcome.value(id).value(u"details"_s).toObject()))
            claimed.insert(lease);
    }
    EXPECT_EQ(claimed.size(), 4);
    const QStringList stored =
            database().column(u"SELECT id FROM lease WHERE worker_id = :worker AND task_id = :task"_s,
                              {{u":worker"_s, bob->accountId()}, {u":task"_s, taskId}});
    EXPECT_EQ(QSet<QString>(stored.cbegin(), stored.cend()), claimed);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                               {{u":client"_s, bob->clientId()}}),
              4);
}

TEST_P(ReliabilityTest, AGappedBatchIsRefusedWholeAndALaterGapStopsTheBatch)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(bob);
    auto skills = [](int id) { return skillsArgs({u"skill-%1"_s.arg(id)}); };
    auto at = [&](qint64 id) {
        return CspClient::mutationWithId(id, u"profile.update@1"_s, skills(static_cast<int>(id)));
    };

    const RawReply start = bob->push({at(1), at(2)});
    ASSERT_EQ(start.status, 200) << start.body.toStdString();
    EXPECT_EQ(start.json().value(u"last_mutation_id"_s).toInteger(), 2);

    const QString before = database().fingerprint();
    for (const QJsonArray &gapped : {QJsonArray{at(4), at(5)}, QJsonArray{at(2), at(4)}, QJsonArray{at(7)}}) {
        const RawReply refused = bob->push(gapped);
        EXPECT_EQ(refused.status, 409) << refused.body.toStdString();
        EXPECT_TRUE(refused.header("Content-Type").startsWith("application/problem+json"))
                << refused.header("Content-Type").toStdString();
        EXPECT_EQ(refused.json().value(u"code"_s).toString(), u"MUTATION_GAP"_s);
        EXPECT_EQ(refused.json().value(u"expected_id"_s).toInteger(), 3);
        EXPECT_FALSE(refused.json().value(u"retryable"_s).toBool());
    }
    EXPECT_EQ(database().fingerprint(), before) << "a refused batch changed something";

    // A gap after the first new mutation: that one is applied, the rest is not attempted.
    const RawReply partial = bob->push({at(3), at(5), at(6)});
    ASSERT_EQ(partial.status, 200) << partial.body.toStdString();
    EXPECT_EQ(partial.json().value(u"last_mutation_id"_s).toInteger(), 3);
    const auto results = resultsById(partial);
    EXPECT_EQ(statusOf(results.value(3)), u"applied"_s);
    EXPECT_EQ(statusOf(results.value(5)), u"not_attempted"_s);
    EXPECT_EQ(statusOf(results.value(6)), u"not_attempted"_s);

    const RawReply rest = bob->push({at(4), at(5), at(6)});
    ASSERT_EQ(rest.status, 200) << rest.body.toStdString();
    EXPECT_EQ(rest.json().value(u"last_mutation_id"_s).toInteger(), 6);
    for (const QJsonObject &result : resultsById(rest))
        EXPECT_EQ(statusOf(result), u"applied"_s) << text(result);

    // Applied in id order: the last profile wins.
    const PullLog pulled = bob->pullAll();
    ASSERT_EQ(pulled.status, 200);
    const QList<QJsonObject> accounts = pulled.upserts(u"account"_s);
    ASSERT_EQ(accounts.size(), 1);
    EXPECT_EQ(accounts.constFirst().value(u"skills"_s).toArray(), QJsonArray{u"skill-6"_s});
    EXPECT_EQ(pulled.lastMutationId, 6);
}

TEST_P(ReliabilityTest, AServerKilledAfterCommitAnswersTheResentBatchFromItsOutcomes)
{
    seedDemo();
    ServerProcess *setup = startServer();
    ASSERT_NE(setup, nullptr);
    auto ada = signIn(*setup, Demo::Ada);
    auto bob = signIn(*setup, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QString taskId = postTask(*ada, 5);
    setup->kill();

    ServerProcess *faulty = startServer({u"--fault-exit-after-commit"_s});
    ASSERT_NE(faulty, nullptr);
    bob->setBase(faulty->baseUrl());
    const QJsonArray batch{bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 2)),
                           bob->mutation(u"profile.update@1"_s, skillsArgs({u"after-commit"_s}))};
    const RawReply lost = bob->push(batch);
    EXPECT_EQ(lost.status, 0) << "the push was answered: " << lost.body.toStdString();
    EXPECT_TRUE(waitUntil([faulty] { return !faulty->isRunning(); }, 10000));

    // The commit survived the crash: the leases are there although no client heard of them.
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE worker_id = :worker AND task_id = :task"_s,
                               {{u":worker"_s, bob->accountId()}, {u":task"_s, taskId}}),
              2);

    ServerProcess *restarted = startServer();
    ASSERT_NE(restarted, nullptr);
    bob->setBase(restarted->baseUrl());
    const RawReply resent = bob->push(batch);
    ASSERT_EQ(resent.status, 200) << resent.body.toStdString();
    EXPECT_EQ(resent.json().value(u"last_mutation_id"_s).toInteger(), 2);
    const auto results = resultsById(resent);
    ASSERT_EQ(results.size(), 2);
    for (const QJsonObject &result : results) {
        EXPECT_EQ(statusOf(result), u"already_applied"_s) << text(result);
        EXPECT_EQ(result.value(u"outcome"_s).toObject().value(u"status"_s).toString(), u"applied"_s);
    }
    QStringList named = leaseIdsOf(results.value(1).value(u"outcome"_s).toObject().value(u"details"_s).toObject());
    QStringList stored =
            database().column(u"SELECT id FROM lease WHERE worker_id = :worker AND task_id = :task ORDER BY id"_s,
                              {{u":worker"_s, bob->accountId()}, {u":task"_s, taskId}});
    named.sort();
    EXPECT_EQ(named, stored);

    const PullLog pulled = bob->pullAll();
    ASSERT_EQ(pulled.status, 200);
    EXPECT_EQ(pulled.lastMutationId, 2);
    qsizetype pulledLeases = 0;
    for (const QJsonObject &lease : pulled.upserts(u"lease"_s))
        pulledLeases += lease.value(u"task_id"_s).toString() == taskId ? 1 : 0;
    EXPECT_EQ(pulledLeases, 2);
    EXPECT_EQ(pulled.outcomes.size(), 2);
}

TEST_P(ReliabilityTest, AServerKilledInTheMiddleOfABatchLeavesEveryMutationOneOutcome)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QString taskId = postTask(*ada, 400);

    // 200 claims of one slot each, with long (valid) skill lists in between to make the batch heavy.
    QJsonArray batch;
    for (int i = 0; i < 200; ++i) {
        if (i % 2 == 0) {
            batch.append(bob->mutation(u"lease.claim@1"_s, claimArgs(taskId, 1)));
        } else {
            QStringList skills;
            for (int s = 0; s < 40; ++s)
                skills << u"skill-%1-%2"_s.arg(i).arg(s);
            batch.append(bob->mutation(u"profile.update@1"_s, skillsArgs(skills)));
        }
    }

    // Time one identical-sized batch of another worker to aim the kill at the middle of the work.
    auto bea = signIn(*server, Demo::Bea);
    ASSERT_TRUE(bea);
    QJsonArray probe;
    for (int i = 0; i < 200; ++i)
        probe.append(bea->mutation(u"profile.update@1"_s, skillsArgs({u"probe-%1"_s.arg(i)})));
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(bea->push(probe).status, 200);
    const qint64 batchMs = timer.elapsed();

    AsyncSender sender;
    RawReply inFlight;
    bool answered = false;
    sender.send(bob->pushRequest(batch), [&](const RawReply &reply) {
        inFlight = reply;
        answered = true;
    });
    waitUntil([&] { return answered; }, static_cast<int>(std::max<qint64>(batchMs / 2, 5)));
    server->kill();
    ASSERT_TRUE(waitUntil([&] { return answered; }, 30000));
    if (inFlight.status == 200) {
        GTEST_LOG_(INFO) << "the batch finished before the kill (" << batchMs << " ms per batch)";
    } else {
        EXPECT_EQ(inFlight.status, 0) << inFlight.body.toStdString();
    }

    // Either all of the batch committed or none of it.
    const qint64 storedBefore = database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                                                 {{u":client"_s, bob->clientId()}});
    EXPECT_TRUE(storedBefore == 0 || storedBefore == 200) << storedBefore;

    ServerProcess *restarted = startServer();
    ASSERT_NE(restarted, nullptr);
    bob->setBase(restarted->baseUrl());
    const RawReply resent = bob->push(batch);
    ASSERT_EQ(resent.status, 200) << resent.body.toStdString();
    EXPECT_EQ(resent.json().value(u"last_mutation_id"_s).toInteger(), 200);
    const auto results = resultsById(resent);
    ASSERT_EQ(results.size(), 200);
    QSet<QString> claimed;
    int appliedClaims = 0;
    for (const QJsonObject &result : results) {
        const QJsonObject outcome = originalOutcome(result);
        EXPECT_TRUE(statusOf(outcome) == u"applied" || statusOf(outcome) == u"rejected") << text(result);
        if (storedBefore == 200) {
            EXPECT_EQ(statusOf(result), u"already_applied"_s);
        } else {
            EXPECT_NE(statusOf(result), u"already_applied"_s);
        }
        for (const QString &lease : leaseIdsOf(outcome.value(u"details"_s).toObject())) {
            claimed.insert(lease);
            ++appliedClaims;
        }
    }
    EXPECT_EQ(appliedClaims, 100);
    EXPECT_EQ(claimed.size(), 100);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM lease WHERE worker_id = :worker AND task_id = :task"_s,
                               {{u":worker"_s, bob->accountId()}, {u":task"_s, taskId}}),
              100);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                               {{u":client"_s, bob->clientId()}}),
              200);
}

TEST_P(ReliabilityTest, AnAnswerOnAReleasedLeaseIsRejectedAndItsPayloadKept)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QString taskId = postTask(*ada, 3);

    const QJsonObject claimed = bob->pushOne(u"lease.claim@1"_s, claimArgs(taskId, 1));
    ASSERT_EQ(statusOf(claimed), u"applied"_s) << text(claimed);
    const QString leaseId = leaseIdsOf(claimed.value(u"details"_s).toObject()).value(0);
    ASSERT_FALSE(leaseId.isEmpty());

    const QJsonObject answer = answerArgs(leaseId);
    const QJsonArray batch{bob->mutation(u"lease.release@1"_s, {{u"lease_id"_s, leaseId}}),
                           bob->mutation(u"answer.submit@1"_s, answer)};
    const RawReply reply = bob->push(batch);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const auto results = resultsById(reply);
    EXPECT_EQ(statusOf(results.value(2)), u"applied"_s) << text(results.value(2));
    const QJsonObject rejected = results.value(3);
    EXPECT_EQ(statusOf(rejected), u"rejected"_s) << text(rejected);
    EXPECT_EQ(rejected.value(u"code"_s).toString(), u"LEASE_EXPIRED"_s) << text(rejected);
    EXPECT_FALSE(rejected.value(u"message"_s).toString().isEmpty());

    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM answer WHERE lease_id = :lease"_s, {{u":lease"_s, leaseId}}), 0);
    EXPECT_EQ(database().column(u"SELECT state FROM lease WHERE id = :lease"_s, {{u":lease"_s, leaseId}}),
              QStringList{u"released"_s});
    // The refused work is kept with its outcome, and told again on a resend and in pull.
    const QStringList kept =
            database().column(u"SELECT args FROM mutation_outcome WHERE client_id = :client AND mutation_id = 3"_s,
                              {{u":client"_s, bob->clientId()}});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(kept.constFirst().toUtf8()).object(), answer);
    const auto again = resultsById(bob->push(batch));
    EXPECT_EQ(originalOutcome(again.value(3)), rejected);
    const PullLog pulled = bob->pullAll();
    ASSERT_TRUE(pulled.outcome(3).has_value());
    EXPECT_EQ(*pulled.outcome(3), rejected);
    bool leaseReleased = false;
    for (const QJsonObject &lease : pulled.upserts(u"lease"_s))
        leaseReleased = leaseReleased || (lease.value(u"id"_s).toString() == leaseId &&
                                          lease.value(u"state"_s).toString() == u"released");
    EXPECT_TRUE(leaseReleased);
}

TEST_P(ReliabilityTest, MutationsAfterARejectionEachGetTheirOwnOutcome)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);

    QJsonObject broken = sentimentRevision(u"Refused draft"_s);
    broken.insert(u"reward"_s, u"not a field of a revision"_s);
    const QString refusedTask = newId();
    const QString goodTask = newId();
    const QJsonArray requesterBatch{
            ada->mutation(u"task.draft_save@1"_s, draftSaveArgs(refusedTask, broken)),
            ada->mutation(u"task.items_add@1"_s, itemsAddArgs(refusedTask, 3)),
            ada->mutation(u"task.publish@1"_s, {{u"task_id"_s, refusedTask}}),
            ada->mutation(u"task.draft_save@1"_s, draftSaveArgs(goodTask, sentimentRevision(u"Accepted draft"_s))),
            ada->mutation(u"task.items_add@1"_s, itemsAddArgs(goodTask, 2)),
            ada->mutation(u"task.publish@1"_s, {{u"task_id"_s, goodTask}})};
    const RawReply requesterReply = ada->push(requesterBatch);
    ASSERT_EQ(requesterReply.status, 200) << requesterReply.body.toStdString();
    EXPECT_EQ(requesterReply.json().value(u"last_mutation_id"_s).toInteger(), 6);
    const auto requesterResults = resultsById(requesterReply);
    const QStringList expectedRequester{u"VALIDATION_FAILED"_s, u"NOT_FOUND"_s, u"NOT_FOUND"_s,
                                        u"applied"_s,           u"applied"_s,   u"applied"_s};
    for (qint64 id = 1; id <= 6; ++id) {
        const QJsonObject result = requesterResults.value(id);
        const QString seen = statusOf(result) == u"rejected" ? result.value(u"code"_s).toString() : statusOf(result);
        EXPECT_EQ(seen, expectedRequester.at(id - 1)) << id << ": " << text(result);
    }

    // The worker claims every slot of the good task; a second claim is refused, and the answer
    // and release that depended on it name a lease the server never granted.
    const QString phantomLease = newId();
    const QJsonArray workerBatch{bob->mutation(u"lease.claim@1"_s, claimArgs(goodTask, 2)),
                                 bob->mutation(u"lease.claim@1"_s, claimArgs(goodTask, 1)),
                                 bob->mutation(u"answer.submit@1"_s, answerArgs(phantomLease)),
                                 bob->mutation(u"lease.release@1"_s, {{u"lease_id"_s, phantomLease}}),
                                 bob->mutation(u"profile.update@1"_s, skillsArgs({u"after-rejections"_s}))};
    const RawReply workerReply = bob->push(workerBatch);
    ASSERT_EQ(workerReply.status, 200) << workerReply.body.toStdString();
    const auto workerResults = resultsById(workerReply);
    const QStringList expectedWorker{u"applied"_s, u"NOT_ELIGIBLE"_s, u"NOT_FOUND"_s, u"NOT_FOUND"_s, u"applied"_s};
    for (qint64 id = 1; id <= 5; ++id) {
        const QJsonObject result = workerResults.value(id);
        const QString seen = statusOf(result) == u"rejected" ? result.value(u"code"_s).toString() : statusOf(result);
        EXPECT_EQ(seen, expectedWorker.at(id - 1)) << id << ": " << text(result);
    }

    // Rejected payloads are kept; nothing of the refused draft exists.
    const QStringList kept =
            database().column(u"SELECT args FROM mutation_outcome WHERE client_id = :client AND mutation_id = 1"_s,
                              {{u":client"_s, ada->clientId()}});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(kept.constFirst().toUtf8()).object(), draftSaveArgs(refusedTask, broken));
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM task WHERE id = :task"_s, {{u":task"_s, refusedTask}}), 0);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM item WHERE task_id = :task"_s, {{u":task"_s, goodTask}}), 2);

    const PullLog requesterPull = ada->pullAll();
    ASSERT_EQ(requesterPull.status, 200);
    EXPECT_EQ(requesterPull.outcomes.size(), 6);
    const PullLog workerPull = bob->pullAll();
    ASSERT_EQ(workerPull.status, 200);
    EXPECT_EQ(workerPull.outcomes.size(), 5);
    EXPECT_EQ(workerPull.lastMutationId, 5);
}

TEST_P(ReliabilityTest, AHandlerThatAlwaysFailsIsA500AndAppliesNothingOfTheBatch)
{
    seedDemo();
    ServerProcess *setup = startServer();
    ASSERT_NE(setup, nullptr);
    auto ada = signIn(*setup, Demo::Ada);
    ASSERT_TRUE(ada);
    const QString taskId = postTask(*ada, 4);
    setup->kill();

    ServerProcess *server = startServer({u"--fault-mutation"_s, u"answer.submit@1"_s});
    ASSERT_NE(server, nullptr);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(bob);
    const QJsonObject claimed = bob->pushOne(u"lease.claim@1"_s, claimArgs(taskId, 1));
    ASSERT_EQ(statusOf(claimed), u"applied"_s) << text(claimed);
    const QString leaseId = leaseIdsOf(claimed.value(u"details"_s).toObject()).value(0);

    const QJsonArray batch{bob->mutation(u"profile.update@1"_s, skillsArgs({u"before-the-fault"_s})),
                           bob->mutation(u"answer.submit@1"_s, answerArgs(leaseId)),
                           bob->mutation(u"profile.update@1"_s, skillsArgs({u"after-the-fault"_s}))};
    const QString before = database().fingerprint();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const RawReply failed = bob->push(batch);
        EXPECT_EQ(failed.status, 500) << failed.body.toStdString();
        EXPECT_TRUE(failed.header("Content-Type").startsWith("application/problem+json"));
        EXPECT_EQ(failed.json().value(u"code"_s).toString(), u"INTERNAL"_s);
        EXPECT_TRUE(failed.json().value(u"retryable"_s).toBool());
        EXPECT_EQ(database().fingerprint(), before) << "a failed batch left a write behind";
    }
    const PullLog pulled = bob->pullAll();
    ASSERT_EQ(pulled.status, 200);
    EXPECT_EQ(pulled.lastMutationId, 1);
    EXPECT_EQ(pulled.upserts(u"account"_s).constFirst().value(u"skills"_s).toArray(), QJsonArray());

    // The real client: the batch is halved down to the failing mutation, which is blocked after three
    // failures and kept; what came before it is applied and what comes after it waits.
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    auto store = LocalStore::open(folder.filePath(u"client.db"_s));
    ASSERT_TRUE(store.ok()) << store.error().describe().toStdString();
    SyncEngine engine(**store);
    engine.setServer(server->baseUrl());
    engine.setBackoff([](int) { return 0ms; });
    engine.setBlockAfterFailures(3);
    engine.setDebounce(0ms);
    std::optional<Result<LoginReply>> login;
    engine.login(Demo::Bob, demoPassword(), [&login](const Result<LoginReply> &reply) { login = reply; });
    ASSERT_TRUE(waitUntil([&login] { return login.has_value(); }, 30000));
    ASSERT_TRUE(login->ok()) << login->error().describe().toStdString();

    const QJsonObject failingArgs = answerArgs(leaseId);
    const auto first = engine.enqueue(u"profile.update@1"_s, skillsArgs({u"engine-before"_s}));
    const auto failing = engine.enqueue(u"answer.submit@1"_s, failingArgs);
    const auto after = engine.enqueue(u"profile.update@1"_s, skillsArgs({u"engine-after"_s}));
    ASSERT_TRUE(first.ok() && failing.ok() && after.ok());
    engine.syncNow();
    const bool blocked = waitUntil(
            [&] {
                const auto counts = (*store)->counts();
                return counts.ok() && counts->blocked == 1 && !engine.isSyncing();
            },
            60000);
    ASSERT_TRUE(blocked) << "the failing mutation was never blocked";

    const auto firstEntry = (*store)->entry(*first);
    const auto failingEntry = (*store)->entry(*failing);
    const auto afterEntry = (*store)->entry(*after);
    ASSERT_TRUE(firstEntry.ok() && failingEntry.ok() && afterEntry.ok());
    ASSERT_TRUE(firstEntry->has_value() && failingEntry->has_value() && afterEntry->has_value());
    EXPECT_EQ((*firstEntry)->state, OutboxState::Applied);
    EXPECT_EQ((*failingEntry)->state, OutboxState::Blocked);
    EXPECT_EQ((*failingEntry)->outcomeCode, u"INTERNAL"_s);
    EXPECT_EQ((*failingEntry)->args, failingArgs);
    EXPECT_GE((*failingEntry)->attempts, 3);
    EXPECT_EQ((*afterEntry)->state, OutboxState::Pending);

    // The server saw the first mutation once and nothing of the failing one or what followed it.
    const QString clientId = (*store)->clientId();
    EXPECT_EQ(database().column(u"SELECT last_mutation_id FROM sync_client WHERE client_id = :client"_s,
                                {{u":client"_s, clientId}}),
              QStringList{QString::number(*first)});
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client"_s,
                               {{u":client"_s, clientId}}),
              1);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM answer WHERE lease_id = :lease"_s, {{u":lease"_s, leaseId}}), 0);
}

TEST_P(ReliabilityTest, AVoteRacingThePanelsCloseIsRejectedAndItsRationaleKept)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    const QStringList open = database().column(u"SELECT id FROM conflict WHERE state = 'open'"_s);
    ASSERT_EQ(open.size(), 1);
    const QString conflictId = open.constFirst();
    ASSERT_EQ(database().column(u"SELECT votes_cast FROM conflict WHERE id = :id"_s, {{u":id"_s, conflictId}}),
              QStringList{u"2"_s});

    // Four gold arbiters race for the last three seats.
    std::vector<std::unique_ptr<CspClient>> arbiters;
    QList<RawRequest> votes;
    QHash<QString, QString> rationaleByClient;
    for (const QString &name : Demo::Gold.mid(2)) {
        auto arbiter = signIn(*server, name);
        ASSERT_TRUE(arbiter);
        const QString rationale = u"%1 read the instructions: sarcasm counts as what the writer means."_s.arg(name);
        const QJsonObject vote = arbiter->mutation(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                                                      {u"conflict_id"_s, conflictId},
                                                                      {u"fault"_s, u"worker"_s},
                                                                      {u"rationale"_s, rationale}});
        votes << arbiter->pushRequest({vote});
        rationaleByClient.insert(arbiter->clientId(), rationale);
        arbiters.push_back(std::move(arbiter));
    }
    const QList<RawReply> replies = sendConcurrently(votes);

    int applied = 0;
    QList<qsizetype> late;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        ASSERT_EQ(replies.at(i).status, 200) << replies.at(i).body.toStdString();
        const QJsonObject result = resultsById(replies.at(i)).value(1);
        if (statusOf(result) == u"applied") {
            ++applied;
        } else {
            EXPECT_EQ(statusOf(result), u"rejected"_s) << text(result);
            EXPECT_EQ(result.value(u"code"_s).toString(), u"CONFLICT_CLOSED"_s) << text(result);
            late << i;
        }
    }
    EXPECT_EQ(applied, 3);
    ASSERT_EQ(late.size(), 1);

    const CspClient &loser = *arbiters.at(static_cast<size_t>(late.constFirst()));
    const QStringList kept =
            database().column(u"SELECT args FROM mutation_outcome WHERE client_id = :client AND mutation_id = 1"_s,
                              {{u":client"_s, loser.clientId()}});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(kept.constFirst().toUtf8()).object().value(u"rationale"_s).toString(),
              rationaleByClient.value(loser.clientId()));
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM vote WHERE arbiter_id = :arbiter"_s,
                               {{u":arbiter"_s, loser.accountId()}}),
              0);
    EXPECT_EQ(database().column(u"SELECT state FROM conflict WHERE id = :id"_s, {{u":id"_s, conflictId}}),
              QStringList{u"closed"_s});
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM vote WHERE conflict_id = :id"_s, {{u":id"_s, conflictId}}), 5);

    // The loser's pull tells the same outcome.
    const PullLog pulled = loser.pullAll();
    ASSERT_TRUE(pulled.outcome(1).has_value());
    EXPECT_EQ(pulled.outcome(1)->value(u"code"_s).toString(), u"CONFLICT_CLOSED"_s);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ReliabilityTest, ::testing::Values(sqliteServerBackend()), serverBackendName);

} // namespace Chrysalis::Testing
