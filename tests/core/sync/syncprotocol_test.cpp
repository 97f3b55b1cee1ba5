// CSP/1 wire parsing: what the client accepts from a server, and what it refuses.
#include "core/sync/syncengine.h"
#include "core/sync/syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Chrysalis {
namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

TEST(SyncProtocolTest, JsonBodiesNeedAJsonContentTypeAndOneCompleteObject)
{
    EXPECT_TRUE(parseJsonBody("application/json", R"({"a": 1})", u"x"_s).ok());
    EXPECT_TRUE(parseJsonBody("application/json; charset=utf-8", R"({"a": 1})", u"x"_s).ok());
    EXPECT_TRUE(parseJsonBody("Application/Problem+JSON", R"({"a": 1})", u"x"_s).ok());
    for (const QByteArray &type : {QByteArray("text/html"), QByteArray(), QByteArray("application/jsonx")})
        EXPECT_FALSE(parseJsonBody(type, R"({"a": 1})", u"x"_s).ok()) << type.toStdString();
    for (const char *body : {R"({"a": 1)", "", "[1]", "\"text\"", "{\"a\": 1} trailing", "\xff\xfe{}"}) {
        const auto parsed = parseJsonBody("application/json", body, u"x"_s);
        ASSERT_FALSE(parsed.ok()) << body;
        EXPECT_EQ(parsed.error().code, ErrorCode::Network);
    }
}

TEST(SyncProtocolTest, PushReplyReadsEveryStatus)
{
    const auto reply = PushReply::fromJson(json(R"({
        "last_mutation_id": 60, "server_time": "2025-03-01T09:30:00.000Z",
        "results": [
            {"id": 56, "status": "already_applied", "outcome": {"status": "rejected", "code": "TASK_CLOSED"}},
            {"id": 57, "status": "applied", "details": {"lease_ids": ["a"]}},
            {"id": 58, "status": "rejected", "code": "CONFLICT_CLOSED", "message": "closed", "details": {"x": 1}},
            {"id": 59, "status": "retry", "code": "UNSUPPORTED_MUTATION"},
            {"id": 60, "status": "not_attempted"},
            {"id": 61, "status": "already_applied"}
        ]})"));
    ASSERT_TRUE(reply.ok()) << reply.error().describe().toStdString();
    EXPECT_EQ(reply->lastMutationId, 60);
    EXPECT_TRUE(reply->serverTime.isValid());
    ASSERT_EQ(reply->results.size(), 6);

    const auto duplicate = reply->results.at(0).outcome();
    ASSERT_TRUE(duplicate.has_value());
    EXPECT_FALSE(duplicate->applied);
    EXPECT_EQ(duplicate->code, u"TASK_CLOSED"_s);
    EXPECT_EQ(duplicate->mutationId, 56);
    EXPECT_TRUE(reply->results.at(1).outcome()->applied);
    EXPECT_EQ(reply->results.at(2).outcome()->code, u"CONFLICT_CLOSED"_s);
    EXPECT_EQ(reply->results.at(2).outcome()->details.value(u"x"_s).toInt(), 1);
    EXPECT_FALSE(reply->results.at(3).outcome().has_value());
    EXPECT_FALSE(reply->results.at(4).outcome().has_value());
    EXPECT_TRUE(reply->results.at(5).outcome()->applied);
}

TEST(SyncProtocolTest, PushReplyRefusesHostileIdsAndUnknownStatuses)
{
    const char *bad[] = {
            R"({"results": []})",
            R"({"last_mutation_id": 1, "results": [{"id": "1", "status": "applied"}]})",
            R"({"last_mutation_id": 1, "results": [{"id": 0, "status": "applied"}]})",
            R"({"last_mutation_id": 1, "results": [{"id": 1.5, "status": "applied"}]})",
            R"({"last_mutation_id": 1, "results": [{"id": 9223372036854775807, "status": "applied"}]})",
            R"({"last_mutation_id": 1, "results": [{"id": 1, "status": "maybe"}]})",
            R"({"last_mutation_id": 1, "results": [{"id": 1, "status": "rejected"}]})",
            R"({"last_mutation_id": 1, "results": [7]})",
            R"({"last_mutation_id": -1, "results": []})",
    };
    for (const char *text : bad) {
        const auto reply = PushReply::fromJson(json(text));
        ASSERT_FALSE(reply.ok()) << text;
        EXPECT_EQ(reply.error().code, ErrorCode::Network);
    }
    EXPECT_TRUE(PushReply::fromJson(json(R"({"last_mutation_id": 9007199254740991, "results": []})")).ok());
}

TEST(SyncProtocolTest, PullPageReadsChangesAndOutcomes)
{
    const auto page = PullPage::fromJson(json(R"({
        "cursor": "e1:10", "has_more": true, "reset": false, "last_mutation_id": 58,
        "changes": [
            {"seq": 9, "entity": "lease", "id": "l1", "op": "upsert", "version": 9, "data": {"state": "active"}},
            {"seq": 10, "entity": "task", "id": "t1", "op": "delete", "version": 10}
        ],
        "mutation_outcomes": [{"id": 58, "status": "rejected", "code": "LEASE_EXPIRED"}]})"));
    ASSERT_TRUE(page.ok()) << page.error().describe().toStdString();
    EXPECT_EQ(page->cursor, u"e1:10"_s);
    EXPECT_TRUE(page->hasMore);
    ASSERT_EQ(page->changes.size(), 2);
    EXPECT_EQ(page->changes.at(0).data.value(u"state"_s).toString(), u"active"_s);
    EXPECT_EQ(page->changes.at(1).op, EntityOp::Delete);
    EXPECT_EQ(page->changes.at(1).version, 10);
    ASSERT_EQ(page->outcomes.size(), 1);
    EXPECT_FALSE(page->outcomes.at(0).applied);

    const auto reset = PullPage::fromJson(json(R"({"reset": true})"));
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(reset->reset);
}

TEST(SyncProtocolTest, PullPageRefusesMalformedChanges)
{
    const char *bad[] = {
            R"({"has_more": false, "changes": [], "last_mutation_id": 0})",
            R"({"cursor": "", "has_more": false, "changes": [], "last_mutation_id": 0})",
            R"({"cursor": "c", "has_more": "no", "changes": [], "last_mutation_id": 0})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0})",
            R"({"cursor": "c", "has_more": false, "changes": [], "last_mutation_id": "5"})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0,
                "changes": [{"entity": "task", "id": "t", "op": "upsert", "data": {}}]})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0,
                "changes": [{"entity": "task", "id": "t", "op": "upsert", "version": 1}]})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0,
                "changes": [{"entity": "task", "id": "t", "op": "merge", "version": 1}]})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0,
                "changes": [{"entity": "", "id": "t", "op": "delete", "version": 1}]})",
            R"({"cursor": "c", "has_more": false, "last_mutation_id": 0, "changes": [],
                "mutation_outcomes": [{"id": 1, "status": "pending"}]})",
    };
    for (const char *text : bad)
        EXPECT_FALSE(PullPage::fromJson(json(text)).ok()) << text;
}

TEST(SyncProtocolTest, ServerInfoReadsLimitsAndProtocolRange)
{
    const auto info = ServerInfo::fromJson(json(R"({
        "protocol": {"min": 1, "max": 2}, "limits": {"max_mutations_per_push": 50, "max_push_bytes": 1048576},
        "mutations": ["answer.submit@1"], "server_time": "2025-03-01T09:30:00Z", "policy_version": 3})"));
    ASSERT_TRUE(info.ok()) << info.error().describe().toStdString();
    EXPECT_TRUE(info->speaksClientProtocol());
    EXPECT_EQ(info->limits.maxMutationsPerPush, 50);
    EXPECT_EQ(info->limits.maxPushBytes, 1048576);
    EXPECT_EQ(info->limits.defaultPullLimit, SyncLimits{}.defaultPullLimit);
    EXPECT_EQ(info->policyVersion, u"3"_s);

    const auto newer = ServerInfo::fromJson(json(R"({"protocol_min": 2, "protocol_max": 3})"));
    ASSERT_TRUE(newer.ok());
    EXPECT_FALSE(newer->speaksClientProtocol());
    EXPECT_FALSE(ServerInfo::fromJson(json(R"({"limits": {"max_mutations_per_push": 0}})")).ok());
    EXPECT_FALSE(ServerInfo::fromJson(json(R"({"protocol": {"min": 2, "max": 1}})")).ok());
}

TEST(SyncProtocolTest, ProblemBodiesAreReadWhenTheyAreProblems)
{
    const Problem gap = Problem::fromBody(409, "application/problem+json",
                                          R"({"code": "MUTATION_GAP", "detail": "gap", "expected_id": 4})");
    EXPECT_EQ(gap.code, u"MUTATION_GAP"_s);
    EXPECT_EQ(gap.body.value(u"expected_id"_s).toInt(), 4);
    EXPECT_EQ(gap.describe(), u"409 MUTATION_GAP: gap"_s);
    const Problem html = Problem::fromBody(502, "text/html", "<h1>bad gateway</h1>");
    EXPECT_TRUE(html.code.isEmpty());
    EXPECT_EQ(html.describe(), u"502"_s);
}

TEST(SyncProtocolTest, MutationNamesAreVersioned)
{
    EXPECT_TRUE(isValidMutationName(u"answer.submit@1"_s));
    EXPECT_TRUE(isValidMutationName(u"task.draft_save@12"_s));
    EXPECT_FALSE(isValidMutationName(u"answer.submit"_s));
    EXPECT_FALSE(isValidMutationName(u"answer.submit@0"_s));
    EXPECT_FALSE(isValidMutationName(u"Answer.submit@1"_s));
    EXPECT_FALSE(isValidMutationName(u"answer..submit@1"_s));
    EXPECT_FALSE(isValidMutationName(u"answer.submit@1 "_s));
}

TEST(SyncBackoffTest, DelaysGrowExponentiallyWithJitterUpToTheCap)
{
    QRandomGenerator random(42);
    for (int sample = 0; sample < 200; ++sample) {
        const auto first = backoffDelay(1, 1000ms, 60s, random);
        EXPECT_GE(first, 500ms);
        EXPECT_LE(first, 1000ms);
        const auto third = backoffDelay(3, 1000ms, 60s, random);
        EXPECT_GE(third, 2000ms);
        EXPECT_LE(third, 4000ms);
        const auto capped = backoffDelay(40, 1000ms, 60s, random);
        EXPECT_GE(capped, 30s);
        EXPECT_LE(capped, 60s);
    }
    // The jitter really spreads the delays.
    QSet<qint64> seen;
    for (int sample = 0; sample < 50; ++sample)
        seen.insert(backoffDelay(5, 1000ms, 60s, random).count());
    EXPECT_GT(seen.size(), 10);
    EXPECT_EQ(backoffDelay(1, 0ms, 60s, random), 0ms);
}

} // namespace
} // namespace Chrysalis
