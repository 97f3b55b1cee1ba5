// Flash teams through the protocol on a real chrysalis-server: many workers racing for the last seat of a
// team task at once (on PostgreSQL through two server processes), the team that forms, as each side
// pulls it, and a rejected delivery judged by a real panel and settled per role, which counts as a lost
// conflict in each member's tier progress.
#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "tests/server/support/marketserver.h"

#include <QDateTime>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

std::string text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

RawRequest through(RawRequest request, const ServerProcess &server)
{
    request.url = server.baseUrl().resolved(QUrl(request.url.path()));
    return request;
}

} // namespace

class TeamsTest : public MarketServerTest
{
protected:
    void SetUp() override
    {
        MarketServerTest::SetUp();
        if (HasFatalFailure())
            return;
        seedDemo();
        m_first = startServer();
        // Two processes share a PostgreSQL database; SQLite serves from one.
        m_second = database().isPostgres() ? startServer() : m_first;
        ASSERT_TRUE(m_first && m_second);
    }

    const ServerProcess &server(qsizetype i) const { return i % 2 == 0 ? *m_first : *m_second; }

    ServerProcess *m_first = nullptr;
    ServerProcess *m_second = nullptr;
};

TEST_P(TeamsTest, ManyWorkersRacingForTheLastSeatLeaveExactlyOneWinnerAndTheLedgerBalanced)
{
    auto ada = signIn(server(0), Demo::Ada);
    ASSERT_TRUE(ada);
    const QString teamId = newId();
    const QJsonObject posted =
            ada->pushOne(u"team.post@1"_s, {{u"team_task_id"_s, teamId},
                                            {u"title"_s, u"Test the checkout flow"_s},
                                            {u"brief"_s, u"Three testers walk the checkout and agree on one report."_s},
                                            {u"slots"_s, QJsonArray{QJsonObject{{u"role"_s, u"tester"_s},
                                                                                {u"skill"_s, u"Software Testing"_s},
                                                                                {u"min_tier"_s, u"bronze"_s},
                                                                                {u"count"_s, 3},
                                                                                {u"pay_cents"_s, 500}}}},
                                            {u"delivery"_s, u"shared"_s},
                                            {u"deadline"_s, wireTime(QDateTime::currentDateTimeUtc().addDays(3))}});
    ASSERT_EQ(statusOf(posted), u"applied"_s) << text(posted);
    const qint64 escrow = posted.value(u"details"_s).toObject().value(u"escrow_cents"_s).toInteger();
    EXPECT_EQ(escrow, 3 * 600); // 500 + the butterfly fee of 20 % per seat
    const qint64 balanceAfterPosting =
            database().count(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry WHERE account = :key"_s,
                             {{u":key"_s, QString(u"balance:"_s + ada->accountId())}});

    std::vector<std::unique_ptr<CspClient>> workers;
    for (qsizetype i = 0; i < Demo::AllWorkers.size(); ++i) {
        auto worker = signIn(server(i), Demo::AllWorkers.at(i));
        ASSERT_TRUE(worker);
        const QJsonObject tagged =
                worker->pushOne(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"software  testing"_s}}});
        ASSERT_EQ(statusOf(tagged), u"applied"_s) << text(tagged);
        workers.push_back(std::move(worker));
    }
    const QJsonObject joinArgs{{u"team_task_id"_s, teamId}, {u"role"_s, u"tester"_s}};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject joined = workers.at(static_cast<size_t>(i))->pushOne(u"team.join@1"_s, joinArgs);
        ASSERT_EQ(statusOf(joined), u"applied"_s) << text(joined);
    }

    // Everyone else at once, through both servers, for the last seat.
    QList<RawRequest> racers;
    QList<qint64> mutationIds;
    for (size_t i = 2; i < workers.size(); ++i) {
        CspClient &worker = *workers.at(i);
        const QJsonObject mutation = worker.mutation(u"team.join@1"_s, joinArgs);
        mutationIds << mutation.value(u"id"_s).toInteger();
        racers << through(worker.pushRequest({mutation}), server(static_cast<qsizetype>(i)));
    }
    const QList<RawReply> replies = sendConcurrently(racers);
    int winners = 0;
    int formed = 0;
    QString winner;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        ASSERT_EQ(replies.at(i).status, 200) << replies.at(i).body.toStdString();
        const QJsonObject result = resultsById(replies.at(i)).value(mutationIds.at(i));
        if (statusOf(result) == u"applied") {
            ++winners;
            formed += result.value(u"details"_s).toObject().value(u"team_formed"_s).toBool() ? 1 : 0;
            winner = Demo::AllWorkers.at(i + 2);
        } else {
            EXPECT_EQ(statusOf(result), u"rejected"_s) << text(result);
            const QString code = result.value(u"code"_s).toString();
            EXPECT_TRUE(code == u"TASK_CLOSED" || code == u"NOT_ELIGIBLE") << text(result);
        }
    }
    EXPECT_EQ(winners, 1);
    EXPECT_EQ(formed, 1);
    EXPECT_EQ(
            database().count(u"SELECT COUNT(*) FROM team_member WHERE team_task_id = :team"_s, {{u":team"_s, teamId}}),
            3);
    // Nobody was charged: joining moves no money, and the escrow is still exactly the posting's.
    EXPECT_EQ(database().count(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry WHERE account = :key"_s,
                               {{u":key"_s, QString(u"balance:"_s + ada->accountId())}}),
              balanceAfterPosting);
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM ledger_event WHERE ref = :team"_s, {{u":team"_s, teamId}}), 1);
    const CommandResult check = database().ledgerCheck();
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.toStdString() << check.standardError.toStdString();

    // The team as its members and its requester pull it; a worker who lost the race no longer sees the task.
    const PullLog mine = workers.at(0)->pullAll();
    const QHash<QString, QJsonObject> latest = mine.latest();
    const QJsonObject team = latest.value(u"team/"_s + teamId).value(u"data"_s).toObject();
    ASSERT_EQ(team.value(u"members"_s).toArray().size(), 3) << text(team);
    EXPECT_EQ(team.value(u"state"_s).toString(), u"formed"_s);
    const PullLog requester = ada->pullAll();
    EXPECT_EQ(requester.latest().value(u"team_task/"_s + teamId).value(u"data"_s).toObject().value(u"state"_s),
              u"formed"_s);
    for (size_t i = 2; i < workers.size(); ++i) {
        if (Demo::AllWorkers.at(static_cast<qsizetype>(i)) == winner)
            continue;
        const QJsonObject seen = workers.at(i)->pullAll().latest().value(u"team_task/"_s + teamId);
        EXPECT_TRUE(seen.isEmpty() || seen.value(u"op"_s).toString() == u"delete") << text(seen);
    }
}

TEST_P(TeamsTest, ARejectedDeliveryIsJudgedByARealPanelAndSettledPerRole)
{
    auto ada = signIn(server(0), Demo::Ada);
    ASSERT_TRUE(ada);
    const QString teamId = newId();
    const QJsonObject posted =
            ada->pushOne(u"team.post@1"_s, {{u"team_task_id"_s, teamId},
                                            {u"title"_s, u"Proofread the release notes"_s},
                                            {u"brief"_s, u"Two proofreaders agree on one corrected text."_s},
                                            {u"slots"_s, QJsonArray{QJsonObject{{u"role"_s, u"proofreader"_s},
                                                                                {u"skill"_s, u"Proofreading"_s},
                                                                                {u"min_tier"_s, u"bronze"_s},
                                                                                {u"count"_s, 2},
                                                                                {u"pay_cents"_s, 500}}}},
                                            {u"delivery"_s, u"shared"_s},
                                            {u"deadline"_s, wireTime(QDateTime::currentDateTimeUtc().addDays(3))}});
    ASSERT_EQ(statusOf(posted), u"applied"_s) << text(posted);
    const qint64 escrow = posted.value(u"details"_s).toObject().value(u"escrow_cents"_s).toInteger();

    std::vector<std::unique_ptr<CspClient>> members;
    for (const QString &name : {Demo::Bob, Demo::Sam}) {
        auto member = signIn(server(static_cast<qsizetype>(members.size())), name);
        ASSERT_TRUE(member);
        ASSERT_EQ(statusOf(member->pushOne(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"Proofreading"_s}}})),
                  u"applied"_s);
        const QJsonObject joined =
                member->pushOne(u"team.join@1"_s, {{u"team_task_id"_s, teamId}, {u"role"_s, u"proofreader"_s}});
        ASSERT_EQ(statusOf(joined), u"applied"_s) << text(joined);
        members.push_back(std::move(member));
    }
    const QJsonObject saved = members.at(0)->pushOne(
            u"team.draft_save@1"_s,
            {{u"team_task_id"_s, teamId}, {u"base_version"_s, 0}, {u"text"_s, u"Release notes, corrected."_s}});
    ASSERT_EQ(statusOf(saved), u"applied"_s) << text(saved);
    for (const auto &member : members) {
        const QJsonObject signedDraft =
                member->pushOne(u"team.sign@1"_s, {{u"team_task_id"_s, teamId}, {u"draft_version"_s, 1}});
        ASSERT_EQ(statusOf(signedDraft), u"applied"_s) << text(signedDraft);
    }

    // Each member's lost conflicts in the window their tier is judged by, before and after the team loses.
    const auto lostConflicts = [](CspClient &member) {
        const QJsonObject progress =
                member.pullAll().latest().value(u"tier_progress/"_s + member.accountId()).value(u"data"_s).toObject();
        QJsonArray rules = progress.value(u"next_rules"_s).toArray();
        rules.append(progress.value(u"keep_rule"_s));
        QList<int> counts;
        for (const QJsonValue &rule : std::as_const(rules)) {
            if (rule.toObject().value(u"requirement"_s).toString() == u"lost_conflicts")
                counts << rule.toObject().value(u"current"_s).toInt();
        }
        return counts;
    };
    QList<QList<int>> lostBefore;
    for (const auto &member : members)
        lostBefore << lostConflicts(*member);

    const QJsonObject rejected =
            ada->pushOne(u"team.review@1"_s, {{u"team_task_id"_s, teamId},
                                              {u"decision"_s, u"reject"_s},
                                              {u"reason_code"_s, u"low_effort"_s},
                                              {u"reason"_s, u"Half the typos are still there."_s}});
    ASSERT_EQ(statusOf(rejected), u"applied"_s) << text(rejected);
    const QString conflictId = rejected.value(u"details"_s).toObject().value(u"conflict_id"_s).toString();
    ASSERT_FALSE(conflictId.isEmpty());

    // Five gold arbiters pull the panel (the delivered text, no member ids) and vote 4–1 against the team.
    for (qsizetype i = 0; i < 5; ++i) {
        auto arbiter = signIn(server(i), Demo::Gold.at(i));
        ASSERT_TRUE(arbiter);
        const QJsonObject conflict =
                arbiter->pullAll().latest().value(u"conflict/"_s + conflictId).value(u"data"_s).toObject();
        ASSERT_EQ(conflict.value(u"kind"_s).toString(), u"team"_s) << text(conflict);
        EXPECT_EQ(conflict.value(u"text"_s).toString(), u"Release notes, corrected."_s);
        for (const auto &member : members)
            EXPECT_FALSE(QString::fromUtf8(QJsonDocument(conflict).toJson()).contains(member->accountId()));
        const QJsonObject voted =
                arbiter->pushOne(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                                    {u"conflict_id"_s, conflictId},
                                                    {u"fault"_s, i < 4 ? u"worker"_s : u"requester"_s},
                                                    {u"rationale"_s, u"Compared the text with the brief."_s}});
        ASSERT_EQ(statusOf(voted), u"applied"_s) << text(voted);
        EXPECT_EQ(voted.value(u"details"_s).toObject().value(u"closed"_s).toBool(), i == 4);
    }

    // w = 4/5: each proofreader is paid 500 and the platform covers 400 of each as mistake pay; ada pays
    // 2 × 100 plus an arbitration fee of 100 and gets the rest of the escrow back.
    const auto settled = [&](const QString &key) {
        return database().count(u"SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry WHERE account = :key "
                                "AND conflict_id = :conflict AND task_id = :team"_s,
                                {{u":key"_s, key}, {u":conflict"_s, conflictId}, {u":team"_s, teamId}});
    };
    for (const auto &member : members)
        EXPECT_EQ(settled(u"earnings:"_s + member->accountId()), 500);
    EXPECT_EQ(settled(u"platform:mistake_pay"_s), -800);
    EXPECT_EQ(settled(u"balance:"_s + ada->accountId()), escrow - 200 - 100);
    EXPECT_EQ(settled(u"escrow:"_s + ada->accountId()), -escrow);
    const CommandResult check = database().ledgerCheck();
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.toStdString() << check.standardError.toStdString();

    const QHash<QString, QJsonObject> seen = members.at(1)->pullAll().latest();
    const QJsonObject closed = seen.value(u"conflict/"_s + conflictId).value(u"data"_s).toObject();
    EXPECT_EQ(closed.value(u"state"_s).toString(), u"closed"_s) << text(closed);
    EXPECT_EQ(closed.value(u"worker_fault_votes"_s).toInt(), 4);
    EXPECT_EQ(seen.value(u"team_task/"_s + teamId).value(u"data"_s).toObject().value(u"state"_s).toString(),
              u"settled"_s);

    // The lost delivery is a lost conflict of each member: in bob's rule for silver, and in sam's rule for
    // gold and in the limit that keeps sam silver (the figure the demotion warning reads).
    for (std::size_t i = 0; i < members.size(); ++i) {
        const QList<int> before = lostBefore.at(static_cast<qsizetype>(i));
        const QList<int> after = lostConflicts(*members.at(i));
        ASSERT_FALSE(before.isEmpty());
        ASSERT_EQ(after.size(), before.size());
        for (qsizetype rule = 0; rule < before.size(); ++rule)
            EXPECT_EQ(after.at(rule), before.at(rule) + 1) << "member " << i << ", rule " << rule;
    }
    EXPECT_EQ(lostBefore.at(1).size(), 2); // sam: gold's rule and silver's keep rule
}

INSTANTIATE_TEST_SUITE_P(Sqlite, TeamsTest, ::testing::Values(sqliteServerBackend()), serverBackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, TeamsTest, ::testing::Values(postgresServerBackend()), serverBackendName);

} // namespace Chrysalis::Testing
