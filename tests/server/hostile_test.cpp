// Bad input never yields a 5xx or a state change, and a pull shows each account only what is its
// own: malformed and oversized requests, hostile ids, unknown mutations, foreign client ids and
// cursors, forged tokens, wrong methods and paths, the sign-in throttle, every naughty string in
// the string fields of mutations, and what workers, requesters and arbiters receive in a pull.
#include "core/domain/ids.h"
#include "tests/server/support/marketserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {
namespace {

std::string describe(const RawRequest &request, const RawReply &reply)
{
    const QByteArray text = request.method + ' ' + request.url.path().toLatin1() + " body " + request.body.left(120) +
                            " -> " + QByteArray::number(reply.status) + ' ' + reply.body.left(300);
    return text.toStdString();
}

const QStringList &blnsStrings()
{
    static const QStringList strings = [] {
        QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
        QStringList list;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
                list << value.toString();
        }
        return list;
    }();
    return strings;
}

// Strings aimed at SQL built by concatenation, at LIKE patterns and at C strings.
QStringList sqlMetacharacters()
{
    return {u"'; DROP TABLE account; --"_s,
            u"\" OR \"1\"=\"1"_s,
            u"' OR 1=1 --"_s,
            u"1; DELETE FROM ledger_entry WHERE 1=1"_s,
            u"%_%\\%"_s,
            u"Robert'); DROP TABLE task;--"_s,
            u"$1 $$ ?; :account"_s,
            u"before\u0000after"_s,
            u"\\x27\\x00 E'\\''"_s,
            u"/* */ UNION SELECT password_hash FROM account --"_s};
}

QJsonObject spansRevision(const QString &text)
{
    const QJsonArray form{QJsonObject{{u"name"_s, u"entities"_s},
                                      {u"kind"_s, u"spans"_s},
                                      {u"label"_s, text},
                                      {u"required"_s, true},
                                      {u"labels"_s, QJsonArray{text, u"ORG"_s}}}};
    return {{u"title"_s, text}, {u"instructions"_s, text},    {u"form"_s, form},          {u"pay_cents"_s, 10},
            {u"overlap"_s, 1},  {u"min_tier"_s, u"bronze"_s}, {u"estimate_seconds"_s, 60}};
}

// A request against `base` with the body given as raw bytes.
RawRequest rawPost(const QUrl &base, const QString &path, const QByteArray &body, const QString &token)
{
    RawRequest request;
    request.url = base.resolved(QUrl(path));
    request.body = body;
    request.token = token;
    return request;
}

QByteArray pushWithMutationJson(const QString &clientId, const QByteArray &mutations)
{
    return "{\"client_id\": \"" + clientId.toLatin1() + "\", \"mutations\": " + mutations + "}";
}

// Every value the JSON holds under `key`, at any depth.
void collect(const QJsonValue &value, const QString &key, QStringList &found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == key && it.value().isString())
                found << it.value().toString();
            collect(it.value(), key, found);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collect(element, key, found);
    }
}

QStringList valuesOf(const PullLog &log, const QString &key)
{
    QStringList found;
    for (const QJsonObject &change : log.changes)
        collect(change.value(u"data"_s), key, found);
    return found;
}

QSet<QString> entitiesOf(const PullLog &log, const QString &entity)
{
    QSet<QString> ids;
    for (const QJsonObject &change : log.changes) {
        if (change.value(u"entity"_s).toString() == entity && change.value(u"op"_s).toString() == u"upsert")
            ids.insert(change.value(u"id"_s).toString());
    }
    return ids;
}

QByteArray wholeText(const PullLog &log)
{
    QJsonArray changes;
    for (const QJsonObject &change : log.changes)
        changes.append(change);
    return QJsonDocument(changes).toJson(QJsonDocument::Compact);
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TEST_P(HostileInputTest, MalformedRequestsAreRefusedWithA4xxAndChangeNothing)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    const QUrl base = server->baseUrl();
    auto bob = signIn(*server, Demo::Bob);
    auto bea = signIn(*server, Demo::Bea);
    ASSERT_TRUE(bob && bea);
    ASSERT_EQ(statusOf(bob->pushOne(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"first"_s}}})), u"applied"_s);
    const QJsonObject firstPull = bob->pull(QJsonValue::Null, 5).json();
    ASSERT_FALSE(firstPull.isEmpty());
    const QString before = database().fingerprint();

    const QString token = bob->token();
    const QString client = bob->clientId();
    auto push = [&](const QByteArray &body) { return rawPost(base, u"/v1/sync/push"_s, body, token); };
    auto pull = [&](const QByteArray &body) { return rawPost(base, u"/v1/sync/pull"_s, body, token); };
    auto pushOf = [&](const QByteArray &mutations) { return push(pushWithMutationJson(client, mutations)); };
    auto pullOf = [&](const QByteArray &rest) {
        return pull("{\"client_id\": \"" + client.toLatin1() + "\"" + rest + "}");
    };
    const QByteArray good = R"({"id": 2, "name": "profile.update@1", "args": {"skills": ["x"]}})";
    auto withId = [](const QByteArray &id) -> QByteArray {
        return "[{\"id\": " + id + R"(, "name": "profile.update@1", "args": {"skills": ["x"]}}])";
    };

    struct Case {
        RawRequest request;
        int status;
        QString code;
    };
    QList<Case> cases{
            // Not JSON, not UTF-8, not an object.
            {push("{not json"), 400, u"MALFORMED_REQUEST"_s},
            {push(""), 400, u"MALFORMED_REQUEST"_s},
            {push("{\"client_id\": \"\xff\xfe\", \"mutations\": []}"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf("[{\"id\": 2, \"name\": \"profile.update@1\", \"args\": {\"skills\": [\"\xc3\x28\"]}}]"), 400,
             u"MALFORMED_REQUEST"_s},
            {pushOf("[{\"id\": 2, \"name\": \"profile.update@1\xed\xa0\x80\", \"args\": {}}]"), 400,
             u"MALFORMED_REQUEST"_s},
            {push("[" + good + "]"), 400, u"MALFORMED_REQUEST"_s},
            {push("42"), 400, u"MALFORMED_REQUEST"_s},
            {push("\"push\""), 400, u"MALFORMED_REQUEST"_s},
            {push("null"), 400, u"MALFORMED_REQUEST"_s},
            {push("{\"client_id\": \"" + client.toLatin1() + "\", \"mutations\": [" + good + "]} trailing"), 400,
             u"MALFORMED_REQUEST"_s},
            // Breaks the request's shape.
            {push("{\"mutations\": [" + good + "]}"), 400, u"MALFORMED_REQUEST"_s},
            {push("{\"client_id\": \"" + client.toUpper().toLatin1() + "\", \"mutations\": [" + good + "]}"), 400,
             u"MALFORMED_REQUEST"_s},
            {push("{\"client_id\": \"'; DROP TABLE sync_client; --\", \"mutations\": []}"), 400,
             u"MALFORMED_REQUEST"_s},
            {push("{\"client_id\": 7, \"mutations\": []}"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf("{}"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf("[7]"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(R"([{"id": 2, "args": {}}])"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(R"([{"id": 2, "name": "", "args": {}}])"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf("[{\"id\": 2, \"name\": \"" + QByteArray(101, 'n') + "\", \"args\": {}}]"), 400,
             u"MALFORMED_REQUEST"_s},
            {pushOf(R"([{"id": 2, "name": "profile.update@1", "args": []}])"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(R"([{"id": 2, "name": "profile.update@1"}])"), 400, u"MALFORMED_REQUEST"_s},
            // Hostile ids.
            {pushOf(withId("\"2\"")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("0")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("-1")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("1.5")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("2.0000001")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("9223372036854775808")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("18446744073709551616")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("1e300")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("null")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(withId("true")), 400, u"MALFORMED_REQUEST"_s},
            {pushOf("[" + good + ", " + good + "]"), 400, u"MALFORMED_REQUEST"_s},
            {pushOf(R"([{"id": 3, "name": "profile.update@1", "args": {}}, {"id": 2, "name": "profile.update@1", "args": {}}])"),
             400, u"MALFORMED_REQUEST"_s},
            // An id that is a valid integer but far ahead is a gap.
            {pushOf(withId("9007199254740991")), 409, u"MUTATION_GAP"_s},
            // Pull's shape.
            {pull("[]"), 400, u"MALFORMED_REQUEST"_s},
            {pull("{\"client_id\": null}"), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"cursor\": 17"), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"cursor\": \"" + QByteArray(1025, 'c') + "\""), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"limit\": 0"), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"limit\": 5001"), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"limit\": \"10\""), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"limit\": 1.5"), 400, u"MALFORMED_REQUEST"_s},
            {pullOf(", \"limit\": -9223372036854775809"), 400, u"MALFORMED_REQUEST"_s},
            // Another account's client id.
            {rawPost(base, u"/v1/sync/push"_s, pushWithMutationJson(client, "[" + good + "]"), bea->token()), 403,
             u"CLIENT_FORBIDDEN"_s},
            {rawPost(base, u"/v1/sync/pull"_s, "{\"client_id\": \"" + client.toLatin1() + "\", \"cursor\": null}",
                     bea->token()),
             403, u"CLIENT_FORBIDDEN"_s},
    };

    // Size limits: the body, the number of mutations, one mutation's arguments.
    const QByteArray huge(2 * 1024 * 1024 + 1, ' ');
    cases.append({push("{\"client_id\": \"" + client.toLatin1() + "\", \"mutations\": []" + huge + "}"), 413,
                  u"PAYLOAD_TOO_LARGE"_s});
    QJsonArray tooMany;
    for (int id = 2; id < 2 + 201; ++id)
        tooMany.append(CspClient::mutationWithId(id, u"profile.update@1"_s, {}));
    cases.append({bob->pushRequest(tooMany), 413, u"PAYLOAD_TOO_LARGE"_s});
    const QJsonObject bigArgs{{u"skills"_s, QJsonArray{QString(300 * 1024, u'a')}}};
    cases.append({bob->pushRequest({CspClient::mutationWithId(2, u"profile.update@1"_s, bigArgs)}), 413,
                  u"PAYLOAD_TOO_LARGE"_s});

    // Another protocol version.
    RawRequest upgrade = bob->pullRequest(QJsonValue::Null);
    upgrade.headers.append({QByteArrayLiteral("CSP-Protocol"), QByteArrayLiteral("2")});
    cases.append({upgrade, 426, u"UPGRADE_REQUIRED"_s});
    RawRequest upgradePush = bob->pushRequest({CspClient::mutationWithId(2, u"profile.update@1"_s, {})});
    upgradePush.headers.append({QByteArrayLiteral("CSP-Protocol"), QByteArrayLiteral("2")});
    cases.append({upgradePush, 426, u"UPGRADE_REQUIRED"_s});

    for (const Case &check : std::as_const(cases)) {
        const RawReply reply = sendRaw(check.request);
        EXPECT_EQ(reply.status, check.status) << describe(check.request, reply);
        EXPECT_EQ(reply.json().value(u"code"_s).toString(), check.code) << describe(check.request, reply);
        EXPECT_TRUE(reply.header("Content-Type").startsWith("application/problem+json"))
                << describe(check.request, reply);
        EXPECT_EQ(reply.json().value(u"status"_s).toInt(), check.status) << describe(check.request, reply);
    }

    // A name the server does not know: retry, nothing after it attempted, the counter where it was.
    const RawReply unknown = bob->push({CspClient::mutationWithId(2, u"answer.submit@9"_s, {}),
                                        CspClient::mutationWithId(3, u"profile.update@1"_s, {})});
    ASSERT_EQ(unknown.status, 200) << unknown.body.toStdString();
    EXPECT_EQ(unknown.json().value(u"last_mutation_id"_s).toInteger(), 1);
    const auto results = resultsById(unknown);
    EXPECT_EQ(statusOf(results.value(2)), u"retry"_s);
    EXPECT_EQ(results.value(2).value(u"code"_s).toString(), u"UNSUPPORTED_MUTATION"_s);
    EXPECT_EQ(statusOf(results.value(3)), u"not_attempted"_s);
    const RawReply sqlName = bob->push({CspClient::mutationWithId(2, u"x'); DROP TABLE account; --"_s, {})});
    ASSERT_EQ(sqlName.status, 200);
    EXPECT_EQ(statusOf(resultsById(sqlName).value(2)), u"retry"_s);

    // Known paths with the other of GET and POST, and unknown paths.
    for (const auto &[method, path] : QList<std::pair<QByteArray, QString>>{{"GET", u"/v1/sync/push"_s},
                                                                            {"GET", u"/v1/sync/pull"_s},
                                                                            {"GET", u"/v1/auth/login"_s},
                                                                            {"GET", u"/v1/auth/logout"_s},
                                                                            {"GET", u"/v1/auth/refresh"_s},
                                                                            {"POST", u"/v1/health"_s},
                                                                            {"POST", u"/v1/info"_s}}) {
        RawRequest request = rawPost(base, path, "{}", token);
        request.method = method;
        const RawReply reply = sendRaw(request);
        EXPECT_EQ(reply.status, 405) << describe(request, reply);
        EXPECT_EQ(reply.json().value(u"code"_s).toString(), u"MALFORMED_REQUEST"_s) << describe(request, reply);
    }
    for (const QString &path : {u"/"_s, u"/v1"_s, u"/v1/nothing"_s, u"/v2/sync/push"_s, u"/v1/sync/push/extra"_s,
                                u"/v1/sync/PUSH"_s, u"/v1/sync/push%00"_s, u"/v1/sync/pull;drop"_s}) {
        for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
            RawRequest request = rawPost(base, path, "{}", token);
            request.method = method;
            const RawReply reply = sendRaw(request);
            EXPECT_EQ(reply.status, 404) << describe(request, reply);
        }
    }

    // None of it changed anything; the server is healthy and answers the old cursor with nothing new.
    EXPECT_EQ(database().fingerprint(), before);
    const RawReply health = sendRaw({"GET", base.resolved(QUrl(u"/v1/health"_s)), {}, {}, {}, {}});
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.json().value(u"status"_s).toString(), u"ok"_s);
    const PullLog after = bob->pullAll(firstPull.value(u"cursor"_s));
    EXPECT_EQ(after.status, 200);
    EXPECT_FALSE(after.reset);
    EXPECT_EQ(after.lastMutationId, 1);
}

// docs/protocol.md: "Mutation ids are positive integers, strictly increasing within a batch, at most
// 2^53 − 1", and a request that breaks its shape is 400 MALFORMED_REQUEST.
TEST_P(HostileInputTest, MutationIdsAboveTheLargestSafeIntegerAreMalformed)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(bob);
    const QString before = database().fingerprint();
    for (const QByteArray &id : {QByteArrayLiteral("9007199254740992"), QByteArrayLiteral("9007199254740994"),
                                 QByteArrayLiteral("4611686018427387904")}) {
        const QByteArray mutations = "[{\"id\": " + id + R"(, "name": "profile.update@1", "args": {}}])";
        const RawRequest request = rawPost(server->baseUrl(), u"/v1/sync/push"_s,
                                           pushWithMutationJson(bob->clientId(), mutations), bob->token());
        const RawReply reply = sendRaw(request);
        EXPECT_EQ(reply.status, 400) << describe(request, reply);
        EXPECT_EQ(reply.json().value(u"code"_s).toString(), u"MALFORMED_REQUEST"_s) << describe(request, reply);
    }
    EXPECT_EQ(database().fingerprint(), before);
}

// docs/protocol.md: "405 MALFORMED_REQUEST — a known endpoint called with the wrong method".
TEST_P(HostileInputTest, EveryOtherMethodOnAKnownEndpointIsA405)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(bob);
    const QString before = database().fingerprint();
    QStringList wrong;
    for (const QString &path : {u"/v1/sync/push"_s, u"/v1/sync/pull"_s, u"/v1/auth/login"_s, u"/v1/auth/logout"_s,
                                u"/v1/auth/refresh"_s, u"/v1/health"_s, u"/v1/info"_s}) {
        for (const QByteArray &method : {QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE"),
                                         QByteArrayLiteral("PATCH"), QByteArrayLiteral("OPTIONS")}) {
            RawRequest request = rawPost(server->baseUrl(), path, bob->pushBody({}), bob->token());
            request.method = method;
            const RawReply reply = sendRaw(request);
            EXPECT_LT(reply.status, 500) << describe(request, reply);
            if (reply.status != 405 || reply.json().value(u"code"_s).toString() != u"MALFORMED_REQUEST")
                wrong << u"%1 %2 -> %3"_s.arg(QString::fromLatin1(method), path).arg(reply.status);
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << "not 405 MALFORMED_REQUEST:\n" << wrong.join(u'\n').toStdString();
    EXPECT_EQ(database().fingerprint(), before);
}

TEST_P(HostileInputTest, ForgedMissingAndRevokedTokensAreRefused)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    const QUrl base = server->baseUrl();
    auto bob = signIn(*server, Demo::Bob);
    auto spare = signIn(*server, Demo::Bob);
    auto refreshed = signIn(*server, Demo::Bob);
    ASSERT_TRUE(bob && spare && refreshed);
    const QString before = database().fingerprint();

    const QByteArray pullBody = "{\"client_id\": \"" + bob->clientId().toLatin1() + "\", \"cursor\": null}";
    auto withAuthorization = [&](const QByteArray &header) {
        RawRequest request = rawPost(base, u"/v1/sync/pull"_s, pullBody, {});
        if (!header.isNull())
            request.headers.append({"Authorization", header});
        return request;
    };
    QByteArray random(43, 'A');
    for (char &c : random)
        c = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"[QRandomGenerator::global()->bounded(64)];
    const QList<QByteArray> headers{QByteArray(),
                                    "",
                                    "Bearer",
                                    "Bearer ",
                                    "Basic " + QByteArray("bob:chrysalis-demo").toBase64(),
                                    "Bearer " + random,
                                    "Bearer " + bob->token().toLatin1().chopped(1),
                                    "Bearer " + bob->token().toLatin1() + "x",
                                    "Bearer " + QByteArray(300, 'a'),
                                    "Bearer \xff\xfe\xfd",
                                    "Bearer ' OR 1=1 --",
                                    "Bearer " + bob->token().toLatin1() + " " + bob->token().toLatin1()};
    for (const QByteArray &header : headers) {
        for (const QString &path : {u"/v1/sync/pull"_s, u"/v1/sync/push"_s, u"/v1/auth/refresh"_s}) {
            RawRequest request = withAuthorization(header);
            request.url = base.resolved(QUrl(path));
            const RawReply reply = sendRaw(request);
            EXPECT_EQ(reply.status, 401) << header.toStdString() << " " << describe(request, reply);
            EXPECT_EQ(reply.json().value(u"code"_s).toString(), u"UNAUTHENTICATED"_s) << header.toStdString();
        }
    }

    // A signed-out token, and the token a refresh replaced, are dead.
    const RawReply signedOut = sendRaw(rawPost(base, u"/v1/auth/logout"_s, "{}", spare->token()));
    ASSERT_EQ(signedOut.status, 200) << signedOut.body.toStdString();
    EXPECT_TRUE(signedOut.json().value(u"signed_out"_s).toBool());
    const RawReply renewed = sendRaw(rawPost(base, u"/v1/auth/refresh"_s, "{}", refreshed->token()));
    ASSERT_EQ(renewed.status, 200) << renewed.body.toStdString();
    const QString newToken = renewed.json().value(u"token"_s).toString();
    EXPECT_NE(newToken, refreshed->token());
    for (const QString &dead : {spare->token(), refreshed->token()}) {
        for (const QString &path : {u"/v1/sync/pull"_s, u"/v1/sync/push"_s, u"/v1/auth/logout"_s}) {
            const RawReply reply = sendRaw(rawPost(base, path, pullBody, dead));
            EXPECT_EQ(reply.status, 401) << path.toStdString() << " " << reply.body.toStdString();
            EXPECT_EQ(reply.json().value(u"code"_s).toString(), u"UNAUTHENTICATED"_s);
        }
    }
    EXPECT_EQ(sendRaw(rawPost(base, u"/v1/sync/pull"_s, pullBody, newToken)).status, 200);
    EXPECT_EQ(sendRaw(rawPost(base, u"/v1/sync/pull"_s, pullBody, bob->token())).status, 200);

    // Sign-in: bad shapes are 400, a wrong password 401, the eleventh failure in a row 429 with
    // Retry-After, even with the right password; another username is not throttled.
    auto login = [&](const QByteArray &body) { return sendRaw(rawPost(base, u"/v1/auth/login"_s, body, {})); };
    for (const QByteArray &body :
         {QByteArray("{\"username\": \"bob\"}"), QByteArray("{\"username\": 7, \"password\": \"x\"}"),
          QByteArray("{\"username\": \"\", \"password\": \"x\"}"),
          QByteArray("{\"username\": \"" + QByteArray(65, 'u') + "\", \"password\": \"x\"}"), QByteArray("[\"bob\"]"),
          QByteArray("not json")}) {
        const RawReply reply = login(body);
        EXPECT_EQ(reply.status, 400) << body.toStdString() << " -> " << reply.body.toStdString();
    }
    const QByteArray wrong = R"({"username": "gene", "password": "not-the-password"})";
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const RawReply reply = login(wrong);
        EXPECT_EQ(reply.status, 401) << "attempt " << attempt << ": " << reply.body.toStdString();
        EXPECT_EQ(reply.json().value(u"code"_s).toString(), u"UNAUTHENTICATED"_s);
    }
    for (const QByteArray &body : {wrong, QByteArray(R"({"username": "GENE", "password": "chrysalis-demo"})")}) {
        const RawReply limited = login(body);
        EXPECT_EQ(limited.status, 429) << limited.body.toStdString();
        EXPECT_EQ(limited.json().value(u"code"_s).toString(), u"RATE_LIMITED"_s);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        EXPECT_TRUE(ok && retryAfter > 0 && retryAfter <= 301) << limited.header("Retry-After").toStdString();
    }
    EXPECT_EQ(login(R"({"username": "gaby", "password": "chrysalis-demo"})").status, 200);
    // An unknown username costs a full password hash; three are enough.
    for (const QString &name : sqlMetacharacters().mid(0, 3)) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, name.left(64)}, {u"password"_s, name}})
                                        .toJson(QJsonDocument::Compact);
        const RawReply reply = login(body);
        EXPECT_TRUE(reply.status == 401 || reply.status == 400) << name.toStdString() << " -> " << reply.status;
    }

    // Only sign-in tokens changed.
    EXPECT_EQ(database().fingerprint(), before);
}

TEST_P(HostileInputTest, ForgedTruncatedAndForeignCursorsRestartFromASnapshot)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto bob = signIn(*server, Demo::Bob);
    auto bea = signIn(*server, Demo::Bea);
    ASSERT_TRUE(bob && bea);
    const PullLog full = bob->pullAll();
    ASSERT_EQ(full.status, 200);
    ASSERT_FALSE(full.cursor.isEmpty());
    ASSERT_FALSE(full.changes.isEmpty());

    // The cursor of another server database.
    auto other = MarketDatabase::create(GetParam().store);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->seedDemo().ok());
    auto otherServer = ServerProcess::start((*other)->url());
    ASSERT_TRUE(otherServer.ok());
    auto otherBob = CspClient::signIn((*otherServer)->baseUrl(), Demo::Bob);
    ASSERT_TRUE(otherBob);
    const QString foreignServerCursor = otherBob->pullAll().cursor;
    otherServer->reset();

    const QString cursor = full.cursor;
    const qsizetype dot = cursor.indexOf(u'.');
    ASSERT_GT(dot, 0);
    QString tampered = cursor;
    tampered[dot - 2] = tampered.at(dot - 2) == u'A' ? u'B' : u'A';
    QString tamperedMac = cursor;
    tamperedMac[tamperedMac.size() - 2] = tamperedMac.at(tamperedMac.size() - 2) == u'A' ? u'B' : u'A';
    const QString beaCursor = bea->pullAll().cursor;
    const QStringList forged{u"forged"_s,
                             u""_s,
                             u"."_s,
                             u"a.b.c"_s,
                             cursor.left(cursor.size() - 5),
                             cursor.left(dot),
                             cursor.mid(dot + 1),
                             tampered,
                             tamperedMac,
                             cursor + u"A"_s,
                             beaCursor,
                             foreignServerCursor,
                             u"eyJ2IjoxLCJxIjo5OTk5OTk5OX0.AAAA"_s,
                             u"' OR 1=1 --"_s};
    for (const QString &bad : forged) {
        const RawReply reply = bob->pull(bad, 5000);
        ASSERT_EQ(reply.status, 200) << bad.toStdString() << " -> " << reply.body.toStdString();
        const QJsonObject page = reply.json();
        EXPECT_TRUE(page.value(u"reset"_s).toBool()) << bad.toStdString();
        EXPECT_EQ(page.value(u"changes"_s).toArray().size(), full.changes.size()) << bad.toStdString();
        EXPECT_FALSE(page.value(u"has_more"_s).toBool());
    }
    // Bob's own cursor goes on where it stopped; bea's is refused to bob but good for bea.
    const RawReply own = bob->pull(cursor);
    ASSERT_EQ(own.status, 200);
    EXPECT_FALSE(own.json().value(u"reset"_s).toBool());
    EXPECT_TRUE(own.json().value(u"changes"_s).toArray().isEmpty());
    EXPECT_FALSE(bea->pull(beaCursor).json().value(u"reset"_s).toBool());

    // Every naughty string as a cursor: a reset or a 400, never a 5xx. Sent a few dozen at a time. A
    // cursor is checked by its signature before any query, so PostgreSQL gets every eighth string.
    QStringList naughty;
    const QStringList all = blnsStrings() + sqlMetacharacters();
    for (qsizetype i = 0; i < all.size(); i += database().isPostgres() ? 8 : 1)
        naughty << all.at(i);
    for (qsizetype start = 0; start < naughty.size(); start += 32) {
        const QStringList chunk = naughty.mid(start, 32);
        QList<RawRequest> requests;
        for (const QString &bad : chunk)
            requests << bob->pullRequest(bad, 1);
        const QList<RawReply> replies = sendConcurrently(requests);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QString &bad = chunk.at(i);
            const RawReply &reply = replies.at(i);
            if (bad.size() > 1024) {
                EXPECT_EQ(reply.status, 400) << bad.toStdString();
            } else {
                EXPECT_EQ(reply.status, 200) << bad.toStdString() << " -> " << reply.body.toStdString();
                EXPECT_TRUE(reply.json().value(u"reset"_s).toBool()) << bad.toStdString();
            }
        }
    }
}

TEST_P(HostileInputTest, NaughtyStringsInEveryStringFieldAreAppliedOrRejectedNeverAServerError)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    auto ada = signIn(*server, Demo::Ada);
    auto bob = signIn(*server, Demo::Bob);
    ASSERT_TRUE(ada && bob);
    const QStringList pending = database().column(
            u"SELECT a.id FROM answer a JOIN account w ON w.id = a.worker_id WHERE w.username = 'bea' "
            "AND a.status = 'pending_review' ORDER BY a.id"_s);
    ASSERT_EQ(pending.size(), 2);

    const QStringList strings = blnsStrings() + sqlMetacharacters();
    ASSERT_GT(strings.size(), 500);
    QHash<QString, QString> draftText; // task id -> the string its title and instructions carry
    QJsonArray requesterBatch;
    QJsonArray workerBatch;
    int answered = 0;
    // Sends the batch when it is full (`room` more would not fit) or when forced.
    auto flush = [&](CspClient &client, QJsonArray &batch, qsizetype room) {
        if (batch.isEmpty() || batch.size() + room <= 200)
            return;
        const RawReply reply = client.push(batch);
        const qsizetype sent = batch.size();
        batch = QJsonArray();
        ASSERT_EQ(reply.status, 200) << reply.body.left(500).toStdString();
        EXPECT_EQ(resultsById(reply).size(), sent);
        for (const QJsonObject &result : resultsById(reply)) {
            const QString status = statusOf(result);
            EXPECT_TRUE(status == u"applied" || status == u"rejected") << QJsonDocument(result).toJson().toStdString();
            ++answered;
        }
    };
    for (const QString &text : strings) {
        flush(*ada, requesterBatch, 4);
        flush(*bob, workerBatch, 3);
        const QString taskId = newId();
        draftText.insert(taskId, text);
        requesterBatch.append(ada->mutation(u"task.draft_save@1"_s, draftSaveArgs(taskId, spansRevision(text))));
        requesterBatch.append(ada->mutation(u"answer.review@1"_s, {{u"answer_id"_s, pending.constFirst()},
                                                                   {u"decision"_s, u"reject"_s},
                                                                   {u"reason_code"_s, u"wrong_answer"_s},
                                                                   {u"reason"_s, text}}));
        requesterBatch.append(ada->mutation(u"task.rate@1"_s, {{u"task_id"_s, text}, {u"rating"_s, 5}}));
        workerBatch.append(bob->mutation(u"profile.update@1"_s, {{u"skills"_s, QJsonArray{text}},
                                                                 {u"content_opt_ins"_s, QJsonArray{text}},
                                                                 {u"limits"_s, QJsonObject{{text, 3}}}}));
        workerBatch.append(bob->mutation(u"lease.claim@1"_s, {{u"task_id"_s, text}, {u"count"_s, 1}}));
        workerBatch.append(bob->mutation(u"gold.contest@1"_s,
                                         {{u"contest_id"_s, newId()}, {u"answer_id"_s, newId()}, {u"reason"_s, text}}));
        requesterBatch.append(ada->mutation(u"gold.contest_resolve@1"_s,
                                            {{u"contest_id"_s, newId()}, {u"decision"_s, text}, {u"note"_s, text}}));
    }
    flush(*ada, requesterBatch, 200);
    flush(*bob, workerBatch, 200);
    EXPECT_EQ(answered, strings.size() * 7);

    // Every applied draft reads back exactly as it was sent.
    const PullLog pulled = ada->pullAll();
    ASSERT_EQ(pulled.status, 200);
    QHash<QString, QJsonObject> revisions;
    for (const QJsonObject &revision : pulled.upserts(u"task_revision"_s))
        revisions.insert(revision.value(u"task_id"_s).toString(), revision);
    int applied = 0;
    for (auto it = draftText.constBegin(); it != draftText.constEnd(); ++it) {
        const qint64 stored =
                database().count(u"SELECT COUNT(*) FROM task WHERE id = :task"_s, {{u":task"_s, it.key()}});
        if (stored == 0)
            continue;
        ++applied;
        ASSERT_TRUE(revisions.contains(it.key())) << it.value().toStdString();
        EXPECT_EQ(revisions.value(it.key()).value(u"title"_s).toString(), it.value());
        EXPECT_EQ(revisions.value(it.key()).value(u"instructions"_s).toString(), it.value());
    }
    EXPECT_GT(applied, 400) << "most naughty strings are fine titles";
    // One rejection of the pending answer went through, with its naughty reason kept.
    EXPECT_EQ(database().count(u"SELECT COUNT(*) FROM conflict WHERE answer_id = :answer"_s,
                               {{u":answer"_s, pending.constFirst()}}),
              1);

    const PullLog workerPull = bob->pullAll();
    EXPECT_EQ(workerPull.status, 200);
    EXPECT_EQ(workerPull.lastMutationId, strings.size() * 3);
    const RawReply health = sendRaw({"GET", server->baseUrl().resolved(QUrl(u"/v1/health"_s)), {}, {}, {}, {}});
    EXPECT_EQ(health.status, 200);
}

// A gold worker also sits on panels, and so sees the answer under a panel (pseudonymously); nothing
// else of another worker.
TEST_P(AuthorizationTest, AWorkersPullHoldsNoOtherWorkersAnswersLeasesWalletOrLedger)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    const QSet<QString> publicIds = toSet(database().column(u"SELECT public_id FROM account"_s));
    const QSet<QString> underPanel = toSet(database().column(u"SELECT answer_id FROM conflict"_s));
    ASSERT_EQ(underPanel.size(), 1);
    for (const QString &name : {Demo::Bob, Demo::Bea, Demo::Sam, u"gia"_s, u"gene"_s}) {
        auto worker = signIn(*server, name);
        ASSERT_TRUE(worker);
        const QString self = worker->accountId();
        const bool arbiter = worker->account().value(u"tier"_s).toString() == u"gold";
        const PullLog log = worker->pullAll();
        ASSERT_EQ(log.status, 200);

        const auto idsOf = [&](const QString &sql) { return toSet(database().column(sql, {{u":self"_s, self}})); };
        QSet<QString> othersAnswers = idsOf(u"SELECT id FROM answer WHERE worker_id <> :self"_s);
        const QSet<QString> othersLeases = idsOf(u"SELECT id FROM lease WHERE worker_id <> :self"_s);
        const QSet<QString> othersAccounts = idsOf(u"SELECT id FROM account WHERE id <> :self"_s);
        ASSERT_FALSE(othersAnswers.isEmpty());
        ASSERT_FALSE(othersLeases.isEmpty());
        const QSet<QString> answersSeen = entitiesOf(log, u"answer"_s);
        if (arbiter) {
            EXPECT_TRUE(answersSeen.contains(underPanel)) << name.toStdString() << " does not see the panel's answer";
            othersAnswers.subtract(underPanel);
        }
        EXPECT_FALSE(answersSeen.intersects(othersAnswers)) << name.toStdString();
        EXPECT_FALSE(entitiesOf(log, u"lease"_s).intersects(othersLeases)) << name.toStdString();
        EXPECT_EQ(entitiesOf(log, u"wallet"_s), QSet<QString>{self}) << name.toStdString();
        EXPECT_EQ(entitiesOf(log, u"account"_s), QSet<QString>{self}) << name.toStdString();
        EXPECT_FALSE(entitiesOf(log, u"tier_progress"_s).intersects(othersAccounts)) << name.toStdString();
        EXPECT_FALSE(entitiesOf(log, u"ledger_entry"_s).isEmpty() && name == Demo::Bob) << "bob has earnings";

        for (const QJsonObject &change : log.changes) {
            if (change.value(u"op"_s).toString() != u"upsert")
                continue;
            const QString entity = change.value(u"entity"_s).toString();
            const QJsonObject data = change.value(u"data"_s).toObject();
            if (entity == u"lease") {
                EXPECT_EQ(data.value(u"worker_id"_s).toString(), self) << name.toStdString();
            } else if (entity == u"answer") {
                const QString author = data.value(u"worker_id"_s).toString();
                EXPECT_TRUE(author == self || (arbiter && underPanel.contains(change.value(u"id"_s).toString()) &&
                                               publicIds.contains(author)))
                        << name.toStdString() << " sees the answer of " << author.toStdString();
            } else if (entity == u"wallet" || entity == u"tier_progress") {
                EXPECT_EQ(data.value(u"account_id"_s).toString(), self) << name.toStdString();
            } else if (entity == u"ledger_entry") {
                EXPECT_TRUE(data.value(u"account"_s).toString().contains(self))
                        << name.toStdString() << " sees " << data.value(u"account"_s).toString().toStdString();
            }
            EXPECT_NE(entity, u"rating"_s);
        }
        // No other account's real id appears anywhere in the pull; every worker id shown is the
        // viewer's own or a pseudonymous public id.
        const QByteArray text = wholeText(log);
        for (const QString &other : othersAccounts)
            EXPECT_FALSE(text.contains(other.toLatin1()))
                    << name.toStdString() << " sees account " << other.toStdString();
        for (const QString &shown : valuesOf(log, u"worker_id"_s))
            EXPECT_TRUE(shown == self || publicIds.contains(shown)) << name.toStdString() << " " << shown.toStdString();
    }
}

TEST_P(AuthorizationTest, ARequestersPullHoldsNoIndividualRatingAndNoVoteOfAnOpenPanel)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    ASSERT_EQ(database().count(u"SELECT COUNT(*) FROM rating"_s), 1);
    ASSERT_EQ(database().count(u"SELECT COUNT(*) FROM vote"_s), 2);
    const QStringList rationales = database().column(u"SELECT rationale FROM vote"_s);
    const QStringList voteIds = database().column(u"SELECT id FROM vote"_s);
    const QSet<QString> realIds = toSet(database().column(u"SELECT id FROM account"_s));

    for (const QString &name : {Demo::Ada, Demo::Grace}) {
        auto requester = signIn(*server, name);
        ASSERT_TRUE(requester);
        const PullLog log = requester->pullAll();
        ASSERT_EQ(log.status, 200);
        const QByteArray text = wholeText(log);
        for (const QJsonObject &change : log.changes) {
            const QString entity = change.value(u"entity"_s).toString();
            EXPECT_NE(entity, u"rating"_s) << name.toStdString();
            EXPECT_NE(entity, u"vote"_s) << name.toStdString() << " sees a vote of an open panel";
        }
        for (const QString &rationale : rationales)
            EXPECT_FALSE(text.contains(rationale.toUtf8())) << name.toStdString();
        for (const QString &vote : voteIds)
            EXPECT_FALSE(text.contains(vote.toLatin1())) << name.toStdString();
        // Under five ratings no aggregate is published, and nobody else's real id is shown.
        for (const QJsonObject &account : log.upserts(u"account"_s))
            EXPECT_TRUE(account.value(u"rating"_s).isNull()) << name.toStdString();
        for (const QJsonObject &entry : log.upserts(u"leaderboard_entry"_s))
            EXPECT_TRUE(entry.value(u"rating"_s).isNull()) << name.toStdString();
        for (const QString &real : realIds) {
            if (real != requester->accountId()) {
                EXPECT_FALSE(text.contains(real.toLatin1())) << name.toStdString() << " sees " << real.toStdString();
            }
        }
    }

    // The panel closes: now the parties see the votes, without who cast them.
    std::vector<std::unique_ptr<CspClient>> arbiters;
    const QString conflictId = database().column(u"SELECT id FROM conflict"_s).value(0);
    for (const QString &name : Demo::Gold.mid(2, 3)) {
        auto arbiter = signIn(*server, name);
        ASSERT_TRUE(arbiter);
        const QJsonObject voted = arbiter->pushOne(u"vote.cast@1"_s, {{u"vote_id"_s, newId()},
                                                                      {u"conflict_id"_s, conflictId},
                                                                      {u"fault"_s, u"worker"_s},
                                                                      {u"rationale"_s, u"Sarcasm is negative."_s}});
        EXPECT_EQ(statusOf(voted), u"applied"_s);
        arbiters.push_back(std::move(arbiter));
    }
    auto ada = signIn(*server, Demo::Ada);
    const PullLog closed = ada->pullAll();
    const QList<QJsonObject> votes = closed.upserts(u"vote"_s);
    EXPECT_EQ(votes.size(), 5);
    for (const QJsonObject &vote : votes) {
        const QString arbiter = vote.value(u"arbiter_id"_s).toString();
        EXPECT_TRUE(arbiter.isEmpty()) << "the requester sees arbiter " << arbiter.toStdString();
    }
}

TEST_P(AuthorizationTest, AnArbitersPullBeforeTheCloseHoldsNoOtherArbitersVote)
{
    seedDemo();
    ServerProcess *server = startServer();
    ASSERT_NE(server, nullptr);
    const QString conflictId = database().column(u"SELECT id FROM conflict WHERE state = 'open'"_s).value(0);
    ASSERT_FALSE(conflictId.isEmpty());

    for (const QString &name : Demo::Gold) {
        auto arbiter = signIn(*server, name);
        ASSERT_TRUE(arbiter);
        const QString self = arbiter->accountId();
        const PullLog log = arbiter->pullAll();
        ASSERT_EQ(log.status, 200);
        const QSet<QString> own =
                toSet(database().column(u"SELECT id FROM vote WHERE arbiter_id = :self"_s, {{u":self"_s, self}}));
        const QSet<QString> others =
                toSet(database().column(u"SELECT id FROM vote WHERE arbiter_id <> :self"_s, {{u":self"_s, self}}));
        const QStringList othersRationales =
                database().column(u"SELECT rationale FROM vote WHERE arbiter_id <> :self"_s, {{u":self"_s, self}});
        EXPECT_EQ(entitiesOf(log, u"vote"_s), own) << name.toStdString();
        EXPECT_TRUE(entitiesOf(log, u"conflict"_s).contains(conflictId)) << name.toStdString() << " sees no panel";
        const QByteArray text = wholeText(log);
        for (const QString &vote : others)
            EXPECT_FALSE(text.contains(vote.toLatin1())) << name.toStdString();
        for (const QString &rationale : othersRationales)
            EXPECT_FALSE(text.contains(rationale.toUtf8())) << name.toStdString();
        for (const QString &shown : valuesOf(log, u"arbiter_id"_s))
            EXPECT_EQ(shown, self) << name.toStdString();
        // The panel shows its count of votes, never their direction, while it is open.
        for (const QJsonObject &conflict : log.upserts(u"conflict"_s)) {
            EXPECT_EQ(conflict.value(u"state"_s).toString(), u"open"_s);
            EXPECT_EQ(conflict.value(u"worker_fault_votes"_s).toInt(0), 0) << name.toStdString();
            EXPECT_EQ(conflict.value(u"requester_fault_votes"_s).toInt(0), 0) << name.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Sqlite, HostileInputTest, ::testing::Values(sqliteServerBackend()), serverBackendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, AuthorizationTest, ::testing::Values(sqliteServerBackend()), serverBackendName);

} // namespace Chrysalis::Testing
