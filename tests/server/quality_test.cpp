// Gold items, gold contests and a paid qualification task end to end: a real chrysalis-server on
// 127.0.0.1, a requester and two workers speaking CSP/1 over HTTP.
#include "core/domain/ids.h"
#include "tests/server/support/protocoldevice.h"
#include "tests/server/support/serverprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery staple"_s;

QJsonObject goldItem(const QString &text, const QString &label, bool training = false)
{
    QJsonObject item{{u"id"_s, newId()},
                     {u"data"_s, QJsonObject{{u"text"_s, text}}},
                     {u"gold"_s, QJsonObject{{u"label"_s, label}}}};
    if (training)
        item.insert(u"training"_s, true);
    return item;
}

QJsonObject plainItem(const QString &text)
{
    return {{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, text}}}};
}

QString post(ProtocolDevice &requester, const QJsonObject &revision, const QJsonArray &items)
{
    const QString taskId = newId();
    requester.pushApplied(u"task.draft_save@1"_s,
                          {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    requester.pushApplied(u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
    requester.pushApplied(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    return taskId;
}

QJsonObject revisionWith(qint64 pay, int overlap, const QJsonObject &keys)
{
    QJsonObject revision = sentimentRevision(pay);
    revision.insert(u"overlap"_s, overlap);
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
        revision.insert(it.key(), it.value());
    return revision;
}

// Claims every slot the worker may take and answers each; the label comes from `pick` (item id → label).
QHash<QString, QString> answerAll(ProtocolDevice &worker, const QString &taskId, int count,
                                  const std::function<QString(const QString &)> &pick,
                                  QList<QJsonObject> *details = nullptr)
{
    const QJsonObject claimed = worker.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
    worker.pull();
    QHash<QString, QString> answers;
    for (const QJsonValue &lease : claimed.value(u"lease_ids"_s).toArray()) {
        const QString itemId = worker.row(u"lease"_s, lease.toString()).value(u"item_id"_s).toString();
        const QString answerId = newId();
        const QJsonObject applied =
                worker.pushApplied(u"answer.submit@1"_s, {{u"answer_id"_s, answerId},
                                                          {u"lease_id"_s, lease.toString()},
                                                          {u"fields"_s, QJsonObject{{u"label"_s, pick(itemId)}}},
                                                          {u"seconds_spent"_s, 20}});
        if (details)
            details->append(applied);
        answers.insert(itemId, answerId);
    }
    worker.pull();
    return answers;
}

} // namespace

class QualityServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
        addUser(u"ada"_s, u"requester"_s, u"butterfly"_s);
        addUser(u"bob"_s, u"worker"_s);
        addUser(u"cyd"_s, u"worker"_s);
        const CommandResult funded = runServerCommand({u"admin"_s, u"--db"_s, m_db, u"fund"_s, u"ada"_s, u"100000"_s});
        ASSERT_EQ(funded.exitCode, 0) << funded.standardError.toStdString();
        auto server = ServerProcess::start(m_db);
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
    }

    void addUser(const QString &name, const QString &roles, const QString &standing = u"caterpillar"_s)
    {
        const CommandResult result = addServerUser(m_db, name, kPassword, roles, u"bronze"_s, standing);
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(QualityServerTest, QualifyThenWorkGoldIsScoredSilentlyAndAnUpheldContestRescoresEveryone)
{
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ProtocolDevice bob(m_server->baseUrl(), kPassword);
    ProtocolDevice cy(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    ASSERT_TRUE(bob.login(u"bob"_s).ok());
    ASSERT_TRUE(cy.login(u"cyd"_s).ok());

    // A paid test (one training item, two scored), a task gated on it, and a task with gold mixed in.
    const QString testId = post(ada, revisionWith(5, 10, {{u"kind"_s, u"qualification"_s}}),
                                {goldItem(u"Works great."_s, u"positive"_s, true),
                                 goldItem(u"Broke at once."_s, u"negative"_s), goldItem(u"Love it."_s, u"positive"_s)});
    const QString gatedId = post(
            ada,
            revisionWith(10, 1, {{u"qualification"_s, QJsonObject{{u"task_id"_s, testId}, {u"pass_mark"_s, 1.0}}}}),
            {plainItem(u"Fine."_s), plainItem(u"Awful."_s)});
    const QString goldTaskId =
            post(ada,
                 revisionWith(10, 2,
                              {{u"gold_rate"_s, 0.5},
                               {u"aggregation"_s, QJsonObject{{u"method"_s, u"ds"_s}, {u"field"_s, u"label"_s}}}}),
                 {plainItem(u"Meh."_s), plainItem(u"Good value."_s),
                  goldItem(u"The best kettle I ever owned."_s, u"positive"_s),
                  goldItem(u"Cheap plastic, cracked in a day."_s, u"negative"_s)});
    ada.pull();
    QHash<QString, QString> expected; // item id → the key, as only the requester sees it
    for (const QJsonObject &item : ada.rows(u"item"_s)) {
        if (item.contains(u"gold"_s))
            expected.insert(item.value(u"id"_s).toString(),
                            item.value(u"gold"_s).toObject().value(u"label"_s).toString());
    }
    EXPECT_EQ(expected.size(), 5);
    const QString goldRevision = ada.row(u"task"_s, goldTaskId).value(u"revision_id"_s).toString();
    EXPECT_EQ(ada.row(u"task_revision"_s, goldRevision).value(u"aggregation"_s).toObject().value(u"method"_s), u"ds"_s);

    // bob is gated until he passes the test.
    bob.pull();
    EXPECT_TRUE(bob.row(u"task"_s, gatedId).value(u"gate_reasons"_s).toArray().contains(u"qualification"_s));
    const QJsonObject refused = bob.push(u"lease.claim@1"_s, {{u"task_id"_s, gatedId}, {u"count"_s, 1}});
    EXPECT_EQ(refused.value(u"code"_s).toString(), u"NOT_ELIGIBLE"_s);
    EXPECT_EQ(refused.value(u"details"_s).toObject().value(u"reason"_s).toString(), u"qualification"_s);
    QList<QJsonObject> testDetails;
    answerAll(
            bob, testId, 3, [&](const QString &itemId) { return expected.value(itemId); }, &testDetails);
    int trainingShown = 0;
    for (const QJsonObject &details : testDetails)
        trainingShown += details.contains(u"training"_s) ? 1 : 0;
    EXPECT_EQ(trainingShown, 1);
    EXPECT_FALSE(bob.row(u"task"_s, gatedId).value(u"gate_reasons"_s).toArray().contains(u"qualification"_s));
    bob.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, gatedId}, {u"count"_s, 1}});

    // Both workers answer "negative" everywhere on the gold task; the gold items look like any other.
    const auto negative = [](const QString &) { return u"negative"_s; };
    const QHash<QString, QString> bobAnswers = answerAll(bob, goldTaskId, 4, negative);
    const QHash<QString, QString> cyAnswers = answerAll(cy, goldTaskId, 4, negative);
    ASSERT_EQ(bobAnswers.size(), 4);
    for (const QString &answerId : bobAnswers) // the worker learns nothing of gold before the review
        EXPECT_FALSE(bob.row(u"answer"_s, answerId).contains(u"gold"_s));
    for (const QHash<QString, QString> &answers : {bobAnswers, cyAnswers}) {
        for (const QString &answerId : answers)
            ada.pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}});
    }
    bob.pull();
    cy.pull();
    QString wrongGoldItem;
    for (auto it = bobAnswers.constBegin(); it != bobAnswers.constEnd(); ++it) {
        EXPECT_FALSE(bob.row(u"item"_s, it.key()).contains(u"gold"_s));
        const bool wrong = expected.value(it.key()) == u"positive";
        EXPECT_EQ(bob.row(u"answer"_s, it.value()).contains(u"gold"_s), wrong);
        if (wrong)
            wrongGoldItem = it.key();
    }
    ASSERT_FALSE(wrongGoldItem.isEmpty());
    QJsonObject progress = bob.row(
            u"tier_progress"_s, bob.row(u"answer"_s, bobAnswers.value(wrongGoldItem)).value(u"worker_id"_s).toString());
    // The two reviewed gold answers; the test answers still wait for their review.
    EXPECT_EQ(progress.value(u"gold_answered"_s).toInt(), 2);
    EXPECT_EQ(progress.value(u"gold_correct"_s).toInt(), 1);

    // bob contests; ada upholds; bob and cy are both re-scored.
    const QString contestId = newId();
    bob.pushApplied(u"gold.contest@1"_s, {{u"contest_id"_s, contestId},
                                          {u"answer_id"_s, bobAnswers.value(wrongGoldItem)},
                                          {u"reason"_s, u"The review is sarcastic."_s}});
    ada.pull();
    EXPECT_EQ(ada.row(u"gold_contest"_s, contestId).value(u"state"_s).toString(), u"open"_s);
    const QJsonObject upheld = ada.pushApplied(
            u"gold.contest_resolve@1"_s,
            {{u"contest_id"_s, contestId}, {u"decision"_s, u"uphold"_s}, {u"note"_s, u"Agreed, sarcasm."_s}});
    EXPECT_EQ(upheld.value(u"rescored"_s).toInt(), 2);
    bob.pull();
    cy.pull();
    EXPECT_EQ(bob.row(u"gold_contest"_s, contestId).value(u"state"_s).toString(), u"upheld"_s);
    EXPECT_FALSE(bob.row(u"answer"_s, bobAnswers.value(wrongGoldItem)).contains(u"gold"_s));
    EXPECT_FALSE(cy.row(u"answer"_s, cyAnswers.value(wrongGoldItem)).contains(u"gold"_s));
    const QList<QJsonObject> bobProgress = bob.rows(u"tier_progress"_s);
    ASSERT_EQ(bobProgress.size(), 1);
    EXPECT_EQ(bobProgress.constFirst().value(u"gold_correct"_s).toInt(), 2);
    const QList<QJsonObject> cyProgress = cy.rows(u"tier_progress"_s);
    ASSERT_EQ(cyProgress.size(), 1);
    EXPECT_EQ(cyProgress.constFirst().value(u"gold_answered"_s).toInt(), 2);
    EXPECT_EQ(cyProgress.constFirst().value(u"gold_correct"_s).toInt(), 2);

    const CommandResult ledger = runServerCommand({u"admin"_s, u"--db"_s, m_db, u"ledger-check"_s});
    EXPECT_EQ(ledger.exitCode, 0) << ledger.standardError.toStdString();
}

} // namespace Chrysalis::Testing
