// Through the protocol on a real chrysalis-server: leased slots leave items_open, ledger lines name
// what they settle, daily exposure limits stop a claim, payouts from request to the operator's
// payout-paid, and a reframe proposal adopted by the requester.
#include "core/diff/taskdiff.h"
#include "core/domain/ids.h"
#include "core/domain/task.h"
#include "tests/server/support/protocoldevice.h"
#include "tests/server/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery staple"_s;

QString postTask(ProtocolDevice &requester, int items, const QJsonObject &revision)
{
    const QString taskId = newId();
    requester.pushApplied(u"task.draft_save@1"_s,
                          {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    requester.pushApplied(u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, list}});
    requester.pushApplied(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    return taskId;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &one : value.toArray())
        list << one.toString();
    return list;
}

} // namespace

class WorkerMoneyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
        auto server = ServerProcess::start(m_db);
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
        for (const auto &[name, roles, standing] :
             {std::tuple{u"ada"_s, u"requester"_s, u"butterfly"_s}, std::tuple{u"bob"_s, u"worker"_s, u"caterpillar"_s},
              std::tuple{u"bea"_s, u"worker"_s, u"caterpillar"_s}}) {
            EXPECT_EQ(admin({u"add-user"_s, name, u"--password-file"_s, u"-"_s, u"--roles"_s, roles, u"--standing"_s,
                             standing},
                            kPassword.toUtf8() + '\n')
                              .exitCode,
                      0);
        }
        EXPECT_EQ(admin({u"fund"_s, u"ada"_s, u"100000"_s}).exitCode, 0);
    }

    CommandResult admin(const QStringList &arguments, const QByteArray &input = {})
    {
        return runServerCommand(QStringList{u"admin"_s, u"--db"_s, m_db} + arguments, input);
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(WorkerMoneyTest, ClaimsTakeSlotsOutOfItemsOpenAndExposureLimitsStopAClaim)
{
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ProtocolDevice bob(m_server->baseUrl(), kPassword);
    ProtocolDevice bea(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    ASSERT_TRUE(bob.login(u"bob"_s).ok());
    ASSERT_TRUE(bea.login(u"bea"_s).ok());
    const QString taskId = postTask(ada, 3, sentimentRevision(100, {u"Violence"_s}));
    bea.pull();
    EXPECT_EQ(strings(bea.row(u"task"_s, taskId).value(u"gate_reasons"_s)), QStringList{u"content_filter"_s});
    const QJsonObject filtered = bea.push(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    EXPECT_EQ(filtered.value(u"code"_s).toString(), u"NOT_ELIGIBLE"_s);
    EXPECT_EQ(filtered.value(u"details"_s).toObject().value(u"reason"_s).toString(), u"content_filter"_s);

    bob.pushApplied(u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"Violence"_s}},
                                            {u"limits"_s, QJsonObject{{u"Violence"_s, 2}}}});
    bea.pushApplied(u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"Violence"_s}}});
    const QJsonObject claimed = bob.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 2}});
    EXPECT_TRUE(bea.pull().contains(u"task"_s)); // the claim refreshed the task for other workers
    EXPECT_EQ(bea.row(u"task"_s, taskId).value(u"items_open"_s).toInt(), 1);
    ada.pull();
    EXPECT_EQ(ada.row(u"task"_s, taskId).value(u"items_open"_s).toInt(), 1);

    // Bob's limit of 2 a day is reached: one more is refused with the reason the client translates.
    const QJsonObject over = bob.push(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    EXPECT_EQ(over.value(u"status"_s).toString(), u"rejected"_s);
    EXPECT_EQ(over.value(u"code"_s).toString(), u"NOT_ELIGIBLE"_s);
    EXPECT_EQ(over.value(u"details"_s).toObject().value(u"reason"_s).toString(), u"exposure_limit"_s);
    EXPECT_EQ(over.value(u"details"_s).toObject().value(u"limit"_s).toInt(), 2);

    const QString leaseId = claimed.value(u"lease_ids"_s).toArray().at(0).toString();
    bob.pushApplied(u"lease.release@1"_s, {{u"lease_id"_s, leaseId}});
    EXPECT_TRUE(bea.pull().contains(u"task"_s));
    EXPECT_EQ(bea.row(u"task"_s, taskId).value(u"items_open"_s).toInt(), 2);
}

TEST_F(WorkerMoneyTest, PayoutFromRequestToTheOperatorMarkingItPaidKeepsTheLedgerAtZero)
{
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ProtocolDevice bob(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    ASSERT_TRUE(bob.login(u"bob"_s).ok());
    const QString taskId = postTask(ada, 10, sentimentRevision(1'000));
    const QJsonObject claimed = bob.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 10}});
    const QJsonArray leases = claimed.value(u"lease_ids"_s).toArray();
    ASSERT_EQ(leases.size(), 10);
    QStringList answers;
    for (const QJsonValue &lease : leases) {
        answers << newId();
        bob.pushApplied(u"answer.submit@1"_s, {{u"answer_id"_s, answers.last()},
                                               {u"lease_id"_s, lease},
                                               {u"fields"_s, QJsonObject{{u"label"_s, u"negative"_s}}},
                                               {u"seconds_spent"_s, 30}});
    }
    const QString early = newId();
    EXPECT_EQ(bob.push(u"payout.request@1"_s, {{u"payout_id"_s, early}, {u"amount_cents"_s, 1'000}})
                      .value(u"code"_s)
                      .toString(),
              u"NOT_ELIGIBLE"_s);
    for (const QString &answer : std::as_const(answers))
        ada.pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, answer}, {u"decision"_s, u"approve"_s}});

    bob.pull();
    const QList<QJsonObject> lines = bob.rows(u"ledger_entry"_s);
    ASSERT_EQ(lines.size(), 10);
    for (const QJsonObject &line : lines) {
        EXPECT_EQ(line.value(u"task_id"_s).toString(), taskId);
        EXPECT_TRUE(answers.contains(line.value(u"answer_id"_s).toString()));
        EXPECT_TRUE(line.value(u"conflict_id"_s).isNull());
    }
    const QString walletId = bob.rows(u"wallet"_s).value(0).value(u"account_id"_s).toString();
    EXPECT_TRUE(bob.row(u"wallet"_s, walletId).value(u"payout_eligible"_s).toBool());
    EXPECT_EQ(bob.push(u"payout.request@1"_s, {{u"payout_id"_s, newId()}, {u"amount_cents"_s, 10'001}})
                      .value(u"code"_s)
                      .toString(),
              u"INSUFFICIENT_FUNDS"_s);
    const QString payoutId = newId();
    bob.pushApplied(u"payout.request@1"_s, {{u"payout_id"_s, payoutId}, {u"amount_cents"_s, 10'000}});
    EXPECT_TRUE(bob.pull().contains(u"payout"_s));
    EXPECT_EQ(bob.row(u"payout"_s, payoutId).value(u"state"_s).toString(), u"requested"_s);
    EXPECT_EQ(bob.row(u"wallet"_s, walletId).value(u"payout_pending_cents"_s).toInteger(), 10'000);
    ada.pull();
    EXPECT_TRUE(ada.rows(u"payout"_s).isEmpty());

    const CommandResult listed = admin({u"payouts"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.standardError.toStdString();
    const QStringList fields = listed.standardOutput.trimmed().split(u'\t');
    ASSERT_EQ(fields.size(), 4) << listed.standardOutput.toStdString();
    EXPECT_EQ(fields.at(0), payoutId);
    EXPECT_EQ(fields.at(1), u"bob"_s);
    EXPECT_EQ(fields.at(2), u"10000"_s);

    const CommandResult paid = admin({u"payout-paid"_s, payoutId});
    EXPECT_EQ(paid.exitCode, 0) << paid.standardError.toStdString();
    EXPECT_NE(admin({u"payout-paid"_s, payoutId}).exitCode, 0);
    EXPECT_NE(admin({u"payout-paid"_s, newId()}).exitCode, 0);
    EXPECT_TRUE(admin({u"payouts"_s}).standardOutput.trimmed().isEmpty());
    bob.pull();
    EXPECT_EQ(bob.row(u"payout"_s, payoutId).value(u"state"_s).toString(), u"paid"_s);
    EXPECT_EQ(bob.row(u"wallet"_s, walletId).value(u"earnings_cents"_s).toInteger(), 0);
    bool booked = false;
    for (const QJsonObject &line : bob.rows(u"ledger_entry"_s))
        booked = booked || (line.value(u"payout_id"_s).toString() == payoutId &&
                            line.value(u"amount_cents"_s).toInteger() == -10'000);
    EXPECT_TRUE(booked);
    const CommandResult check = admin({u"ledger-check"_s});
    EXPECT_EQ(check.exitCode, 0) << check.standardError.toStdString();
}

TEST_F(WorkerMoneyTest, AdoptedReframeProposalPublishesTheMergedRevisionAndCreditsItsAuthor)
{
    ProtocolDevice ada(m_server->baseUrl(), kPassword);
    ProtocolDevice bob(m_server->baseUrl(), kPassword);
    ASSERT_TRUE(ada.login(u"ada"_s).ok());
    ASSERT_TRUE(bob.login(u"bob"_s).ok());
    const QString taskId = postTask(ada, 2, sentimentRevision(100));
    QJsonObject markup = sentimentRevision(100);
    markup.insert(u"title"_s, u"Sentiment about the product, not the delivery"_s);
    const QString proposalId = newId();
    bob.pushApplied(u"reframe.propose@1"_s, {{u"proposal_id"_s, proposalId},
                                             {u"task_id"_s, taskId},
                                             {u"markup_revision"_s, markup},
                                             {u"rationale"_s, u"Reviews mix delivery and product."_s}});
    ada.pull();
    const QJsonObject task = ada.row(u"task"_s, taskId);
    const auto base = TaskRevision::fromJson(ada.row(u"task_revision"_s, task.value(u"revision_id"_s).toString()));
    const auto marked =
            TaskRevision::fromJson(ada.row(u"reframe_proposal"_s, proposalId).value(u"markup_revision"_s).toObject());
    ASSERT_TRUE(base.ok() && marked.ok());
    QJsonArray hunks;
    for (const DiffHunk &hunk : diffRevisions(*base, *marked))
        hunks.append(hunk.id);
    ASSERT_FALSE(hunks.isEmpty());

    bob.pull();
    EXPECT_EQ(bob.rows(u"account"_s).value(0).value(u"adopted_proposals"_s).toInt(-1), 0);
    const QJsonObject refused =
            bob.push(u"reframe.resolve@1"_s,
                     {{u"proposal_id"_s, proposalId}, {u"decision"_s, u"adopt"_s}, {u"accepted_hunks"_s, hunks}});
    EXPECT_EQ(refused.value(u"code"_s).toString(), u"FORBIDDEN"_s);
    const QJsonObject adopted = ada.pushApplied(
            u"reframe.resolve@1"_s,
            {{u"proposal_id"_s, proposalId}, {u"decision"_s, u"adopt"_s}, {u"accepted_hunks"_s, hunks}});
    const QString revisionId = adopted.value(u"revision_id"_s).toString();

    const QSet<QString> changed = bob.pull();
    EXPECT_TRUE(changed.contains(u"reframe_proposal"_s) && changed.contains(u"account"_s));
    EXPECT_EQ(bob.row(u"reframe_proposal"_s, proposalId).value(u"state"_s).toString(), u"adopted"_s);
    EXPECT_EQ(bob.rows(u"account"_s).value(0).value(u"adopted_proposals"_s).toInt(), 1);
    EXPECT_EQ(bob.row(u"task"_s, taskId).value(u"revision_id"_s).toString(), revisionId);
    EXPECT_EQ(bob.row(u"task"_s, taskId).value(u"title"_s).toString(), markup.value(u"title"_s).toString());
    ada.pull();
    EXPECT_EQ(ada.row(u"reframe_proposal"_s, proposalId).value(u"adopted_revision_id"_s).toString(), revisionId);
}

} // namespace Chrysalis::Testing
