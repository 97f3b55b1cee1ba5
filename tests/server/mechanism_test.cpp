// The mechanism end to end through the protocol: a real chrysalis-server on 127.0.0.1, requesters and
// arbiters speaking plain HTTP, and a worker on the real desktop sync engine who works offline.
#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "tests/server/support/protocoldevice.h"
#include "tests/server/support/serverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery staple"_s;

QString postTask(ProtocolDevice &requester, int items, qint64 payCents)
{
    const QString taskId = newId();
    requester.pushApplied(
            u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision(payCents)}});
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QJsonObject{{u"id"_s, newId()},
                                {u"data"_s, QJsonObject{{u"text"_s, u"Review %1: it broke after a week."_s.arg(i)}}}});
    requester.pushApplied(u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, list}});
    requester.pushApplied(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    return taskId;
}

// Runs one sync cycle of the engine to its end.
SyncReport syncOnce(SyncEngine &engine)
{
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    if (finished.isEmpty()) { // a cycle refused at once finishes inside syncNow()
        EXPECT_TRUE(finished.wait(30000));
    }
    return finished.isEmpty() ? SyncReport{} : finished.constLast().at(0).value<SyncReport>();
}

qint64 cents(const QJsonObject &wallet, const char16_t *field)
{
    return wallet.value(QString::fromUtf16(field)).toInteger();
}

QJsonObject onlyOne(const QHash<QString, QJsonObject> &rows)
{
    EXPECT_EQ(rows.size(), 1);
    return rows.isEmpty() ? QJsonObject() : *rows.cbegin();
}

} // namespace

class MechanismTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
        auto server = ServerProcess::start(m_db);
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
    }

    void addUser(const QString &name, const QString &roles, const QString &tier = u"bronze"_s,
                 const QString &standing = u"caterpillar"_s)
    {
        const CommandResult result = addServerUser(m_db, name, kPassword, roles, tier, standing);
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }
    void fund(const QString &name, qint64 amount)
    {
        const CommandResult result =
                runServerCommand({u"admin"_s, u"--db"_s, m_db, u"fund"_s, name, QString::number(amount)});
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }
    void expectLedgerClean()
    {
        const CommandResult result = runServerCommand({u"admin"_s, u"--db"_s, m_db, u"ledger-check"_s});
        EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(MechanismTest, OfflineWorkRejectionPanelAndSettlementBalanceToTheCent)
{
    addUser(u"ada"_s, u"requester"_s, u"bronze"_s, u"butterfly"_s);
    addUser(u"bob"_s, u"worker"_s);
    const QStringList arbiters{u"gia"_s, u"gus"_s, u"gil"_s, u"gwen"_s, u"gene"_s};
    for (const QString &name : arbiters)
        addUser(name, u"worker"_s, u"gold"_s);
    fund(u"ada"_s, 100'000);

    // A butterfly requester publishes two items at 1000 cents: escrow 2 × 1200.
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    const QString taskId = postTask(ada, 2, 1'000);
    EXPECT_EQ(cents(onlyOne(ada.snapshot().value(u"wallet"_s)), u"balance_cents"), 100'000 - 2'400);

    // The worker signs in on the desktop engine and claims both items.
    auto store = LocalStore::open(m_dir.filePath(u"bob.db"_s));
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    SyncEngine engine(**store);
    engine.setAutoRetry(false);
    engine.setServer(m_server->baseUrl());
    bool loggedIn = false;
    QEventLoop loop;
    engine.login(u"bob"_s, kPassword, [&](const Result<LoginReply> &reply) {
        loggedIn = reply.ok();
        loop.quit();
    });
    loop.exec();
    ASSERT_TRUE(loggedIn);
    ASSERT_TRUE(engine.enqueue(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 2}}).ok());
    ASSERT_TRUE(syncOnce(engine).ok());
    const auto leases = (*store)->list(u"lease"_s);
    ASSERT_TRUE(leases.ok());
    ASSERT_EQ(leases->size(), 2);

    // Offline: the server is down, the answers wait in the outbox.
    const QUrl base = m_server->baseUrl();
    m_server->kill();
    QStringList answerIds;
    for (const StoredEntity &lease : *leases) {
        answerIds << newId();
        ASSERT_TRUE(engine.enqueue(u"answer.submit@1"_s, {{u"answer_id"_s, answerIds.constLast()},
                                                          {u"lease_id"_s, lease.id},
                                                          {u"fields"_s, QJsonObject{{u"label"_s, u"negative"_s}}},
                                                          {u"seconds_spent"_s, 41}})
                            .ok());
    }
    EXPECT_FALSE(syncOnce(engine).ok());
    EXPECT_EQ((*store)->counts()->pending, 2);

    // Back online (the same server on the same port): both answers arrive exactly once.
    auto restarted = ServerProcess::start(m_db, {u"--listen"_s, u"127.0.0.1:%1"_s.arg(base.port())});
    ASSERT_TRUE(restarted.ok()) << restarted.error().message.toStdString();
    m_server = std::move(*restarted);
    ASSERT_EQ(m_server->baseUrl(), base);
    const SyncReport online = syncOnce(engine);
    EXPECT_TRUE(online.ok());
    EXPECT_EQ(online.applied, 2);
    EXPECT_EQ((*store)->counts()->pending, 0);
    for (const QString &answerId : answerIds) {
        const auto answer = (*store)->read(u"answer"_s, answerId);
        ASSERT_TRUE(answer.ok() && answer->has_value());
        EXPECT_EQ((*answer)->value(u"status"_s).toString(), u"pending_review"_s);
    }

    // The requester approves one and rejects the other with a reason.
    ada.pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, answerIds.at(0)}, {u"decision"_s, u"approve"_s}});
    ada.pushApplied(u"answer.review@1"_s,
                    {{u"answer_id"_s, answerIds.at(1)},
                     {u"decision"_s, u"reject"_s},
                     {u"reason_code"_s, u"wrong_answer"_s},
                     {u"reason"_s, u"The instructions say to judge the overall sentiment; this review is mixed."_s}});
    const QJsonObject conflict = onlyOne(ada.snapshot().value(u"conflict"_s));
    const QString conflictId = conflict.value(u"id"_s).toString();
    EXPECT_EQ(conflict.value(u"state"_s).toString(), u"open"_s);

    // Five gold arbiters vote 4–1 worker fault; each sees the panel before voting.
    for (qsizetype i = 0; i < arbiters.size(); ++i) {
        ProtocolDevice arbiter(m_server->baseUrl(), kPassword);
        ASSERT_TRUE(arbiter.login(arbiters.at(i)).ok());
        EXPECT_TRUE(arbiter.snapshot().value(u"conflict"_s).contains(conflictId)) << arbiters.at(i).toStdString();
        arbiter.pushApplied(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                               {u"conflict_id"_s, conflictId},
                                               {u"fault"_s, i < 4 ? u"worker"_s : u"requester"_s},
                                               {u"rationale"_s, u"Judged against instruction 1."_s}});
    }

    // Settlement (MECHANISM.md): P = 1000, w = 0.8. The worker is paid in full twice (approval and
    // panel), the requester pays r × P + 10 % × P for the rejected slot, mistake pay is 800.
    const auto adaView = ada.snapshot();
    const QJsonObject closed = adaView.value(u"conflict"_s).value(conflictId);
    EXPECT_EQ(closed.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(closed.value(u"worker_fault_votes"_s).toInt(), 4);
    EXPECT_EQ(closed.value(u"requester_fault_votes"_s).toInt(), 1);
    EXPECT_EQ(closed.value(u"requester_charge_cents"_s).toInteger(), 200);
    EXPECT_EQ(closed.value(u"mistake_pay_cents"_s).toInteger(), 800);
    const QJsonObject adaWallet = onlyOne(adaView.value(u"wallet"_s));
    EXPECT_EQ(cents(adaWallet, u"balance_cents"), 100'000 - 2'400 + (1'200 - 200 - 100));
    EXPECT_EQ(cents(adaWallet, u"escrow_cents"), 0);

    ASSERT_TRUE(syncOnce(engine).ok());
    const auto bobWallet = (*store)->list(u"wallet"_s);
    ASSERT_TRUE(bobWallet.ok());
    ASSERT_EQ(bobWallet->size(), 1);
    EXPECT_EQ(cents(bobWallet->at(0).data, u"earnings_cents"), 2'000);
    EXPECT_EQ(cents(bobWallet->at(0).data, u"mistake_pay_window_cents"), 800);
    EXPECT_EQ((*(*store)->read(u"answer"_s, answerIds.at(0)))->value(u"status"_s).toString(), u"approved"_s);
    EXPECT_EQ((*(*store)->read(u"answer"_s, answerIds.at(1)))->value(u"status"_s).toString(), u"settled"_s);

    for (const QString &name : arbiters) {
        ProtocolDevice arbiter(m_server->baseUrl(), kPassword);
        ASSERT_TRUE(arbiter.login(name).ok());
        EXPECT_EQ(cents(onlyOne(arbiter.snapshot().value(u"wallet"_s)), u"earnings_cents"), 40);
    }
    expectLedgerClean();
}

TEST_F(MechanismTest, CaterpillarTaskWaitsForFeedbackAndBronzeNeverSeesIt)
{
    addUser(u"cleo"_s, u"requester"_s);
    addUser(u"bob"_s, u"worker"_s);
    addUser(u"sam"_s, u"worker"_s, u"silver"_s);
    fund(u"cleo"_s, 50'000);

    ProtocolDevice cleo(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(cleo.login(u"cleo"_s).ok());
    const QString taskId = postTask(cleo, 3, 500);
    ProtocolDevice bob(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(bob.login(u"bob"_s).ok());
    ProtocolDevice sam(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(sam.login(u"sam"_s).ok());

    EXPECT_EQ(cleo.snapshot().value(u"task"_s).value(taskId).value(u"state"_s).toString(), u"in_feedback"_s);
    EXPECT_FALSE(bob.snapshot().value(u"task"_s).contains(taskId));
    auto samView = sam.snapshot();
    EXPECT_FALSE(samView.value(u"task"_s).contains(taskId));
    EXPECT_TRUE(bob.snapshot().value(u"feedback"_s).isEmpty());
    const QJsonObject feedback = onlyOne(samView.value(u"feedback"_s));
    const QJsonArray samples = feedback.value(u"sample_items"_s).toArray();
    ASSERT_EQ(samples.size(), 3);

    // The silver worker answers the samples as instructed and approves the task as it stands.
    QJsonObject unchanged = feedback.value(u"revision"_s).toObject();
    unchanged.remove(u"id"_s);
    unchanged.remove(u"number"_s);
    QJsonArray sampleAnswers;
    for (const QJsonValue &item : samples)
        sampleAnswers.append(QJsonObject{{u"item_id"_s, item.toObject().value(u"id"_s)},
                                         {u"fields"_s, QJsonObject{{u"label"_s, u"negative"_s}}},
                                         {u"seconds_spent"_s, 35}});
    sam.pushApplied(u"feedback.submit@1"_s, {{u"feedback_id"_s, feedback.value(u"id"_s)},
                                             {u"sample_answers"_s, sampleAnswers},
                                             {u"markup_revision"_s, unchanged},
                                             {u"comments"_s, QJsonArray{}},
                                             {u"verdict"_s, u"approve"_s}});
    EXPECT_EQ(cents(onlyOne(sam.snapshot().value(u"wallet"_s)), u"earnings_cents"), 150);
    EXPECT_FALSE(bob.snapshot().value(u"task"_s).contains(taskId));

    cleo.pushApplied(u"feedback.resolve@1"_s,
                     {{u"feedback_id"_s, feedback.value(u"id"_s)}, {u"accepted_hunks"_s, QJsonArray{}}});
    const auto cleoView = cleo.snapshot();
    EXPECT_EQ(cleoView.value(u"task"_s).value(taskId).value(u"state"_s).toString(), u"published"_s);
    EXPECT_EQ(onlyOne(cleoView.value(u"account"_s)).value(u"points"_s).toInt(), 10);
    EXPECT_TRUE(sam.snapshot().value(u"task"_s).contains(taskId));
    EXPECT_FALSE(bob.snapshot().value(u"task"_s).contains(taskId));
    expectLedgerClean();
}

} // namespace Chrysalis::Testing
