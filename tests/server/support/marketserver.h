#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/databaseconfig.h"
#include "tests/core/store/storetesting.h"
#include "tests/server/support/serverprocess.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace Chrysalis::Testing {

// Spins the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000);

// A request with every header under the test's control (Authorization included), for hostile input
// and for requests fired at once.
struct RawRequest {
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    QByteArray body;
    QString token; // sent as "Bearer <token>" unless headers already carry an Authorization
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json");
};

struct RawReply {
    int status = 0; // 0: no HTTP answer (refused, reset, timed out)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lowercase names

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Sends every request at once, each on its own connection, and waits for all the answers.
QList<RawReply> sendConcurrently(const QList<RawRequest> &requests, int timeoutMs = 60000);
RawReply sendRaw(const RawRequest &request, int timeoutMs = 60000);

// Fires requests without waiting; each answer goes to its callback on the event loop.
class AsyncSender
{
public:
    AsyncSender();
    ~AsyncSender();
    void send(const RawRequest &request, std::function<void(const RawReply &)> done);
    int inFlight() const { return m_inFlight; }

private:
    struct Connections;
    std::unique_ptr<Connections> m_connections;
    int m_inFlight = 0;
};

// The server database of one test: a temporary SQLite file or a fresh schema of the PostgreSQL
// fixture. The test opens it too, to count rows the way an operator would.
class MarketDatabase
{
public:
    static Result<std::unique_ptr<MarketDatabase>> create(const StoreBackend &backend);

    // The --db argument of chrysalis-server.
    QString url() const { return m_url; }
    const DatabaseConfig &config() const { return m_scratch->config(); }
    bool isPostgres() const { return config().driver == DatabaseConfig::Driver::Postgres; }

    // The test's own connection, schema migrated by the server's migrations.
    Database &db();

    // The demo marketplace of `admin demo`, built in this process with the cheapest password hash
    // (the same code, only faster to sign in to). Returns its summary JSON.
    Result<QJsonObject> seedDemo();
    // `chrysalis-server admin --db URL ledger-check`.
    CommandResult ledgerCheck() const;

    // The first column of the first row of a query with named bindings (a COUNT(*)); -1 and a test
    // failure when the query fails.
    qint64 count(const QString &sql, const QList<std::pair<QString, QVariant>> &bindings = {});
    // One text column of every row of a query.
    QStringList column(const QString &sql, const QList<std::pair<QString, QVariant>> &bindings = {});
    // Every row of every business table, sorted: equal fingerprints mean nothing was written. Leaves
    // out sign-in tokens and the server's lazily made meta keys.
    QString fingerprint();

    // Problems with the stored outcomes of one client: outcomes must be exactly ids 1..last_mutation_id.
    QStringList outcomeProblems(const QString &clientId);
    // Problems with the invariants that duplicate effects would break (overlap-1 tasks only).
    QStringList duplicationProblems();
    // Every client id the server knows.
    QStringList clientIds();

private:
    MarketDatabase() = default;

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    QString m_url;
};

QString demoPassword();

// The accounts of the demo marketplace (core/market/demoseed.cpp) in the tests' own words.
namespace Demo {
inline const QString Ada = QStringLiteral("ada"); // butterfly requester, funded
inline const QString Grace = QStringLiteral("grace"); // caterpillar requester, funded
inline const QString Bob = QStringLiteral("bob"); // bronze worker: 2 approved, 1 in conflict
inline const QString Bea = QStringLiteral("bea"); // bronze worker: 2 answers pending review
inline const QString Sam = QStringLiteral("sam"); // silver worker
inline const QStringList Gold{QStringLiteral("gia"),  QStringLiteral("gus"),  QStringLiteral("gil"),
                              QStringLiteral("gwen"), QStringLiteral("gaby"), QStringLiteral("gene")};
inline const QStringList AllWorkers{QStringLiteral("bob"),  QStringLiteral("bea"),  QStringLiteral("sam"),
                                    QStringLiteral("gia"),  QStringLiteral("gus"),  QStringLiteral("gil"),
                                    QStringLiteral("gwen"), QStringLiteral("gaby"), QStringLiteral("gene")};
} // namespace Demo

// Everything one pull-until-done saw.
struct PullLog {
    int status = 200; // the first non-200 status, if any
    QJsonObject problem;
    QList<QJsonObject> changes;
    QList<QJsonObject> outcomes;
    qint64 lastMutationId = -1;
    QString cursor;
    bool reset = false; // any page said reset
    int pages = 0;

    // The newest change per (entity, id).
    QHash<QString, QJsonObject> latest() const;
    QList<QJsonObject> upserts(const QString &entity) const;
    std::optional<QJsonObject> outcome(qint64 mutationId) const;
};

// One device of one account speaking CSP/1: its client id, its next mutation id, its token.
class CspClient
{
public:
    CspClient(const QUrl &base, const QString &token, const QString &clientId = QString());

    // Signs in over HTTP; records a test failure and returns nullptr when that fails.
    static std::unique_ptr<CspClient> signIn(const QUrl &base, const QString &username,
                                             const QString &password = demoPassword());

    const QString &clientId() const { return m_clientId; }
    const QString &token() const { return m_token; }
    const QString &accountId() const { return m_accountId; }
    const QJsonObject &account() const { return m_account; }
    QUrl base() const { return m_base; }
    // After a restart the server listens on another port.
    void setBase(const QUrl &base) { m_base = base; }

    // {id, name, args, client_time} with the next id of this client.
    QJsonObject mutation(const QString &name, const QJsonObject &args);
    // The same with an id of the caller's choosing; the client's counter is left alone.
    static QJsonObject mutationWithId(qint64 id, const QString &name, const QJsonObject &args);
    qint64 nextId() const { return m_nextId; }

    QByteArray pushBody(const QJsonArray &mutations) const;
    RawRequest pushRequest(const QJsonArray &mutations) const;
    RawRequest pullRequest(const QJsonValue &cursor, int limit = 5000) const;
    RawReply push(const QJsonArray &mutations) const;
    // Pushes one mutation and returns its result object (empty on a non-200 answer).
    QJsonObject pushOne(const QString &name, const QJsonObject &args);
    RawReply pull(const QJsonValue &cursor, int limit = 5000) const;
    // Pulls until has_more is false.
    PullLog pullAll(const QJsonValue &cursor = QJsonValue::Null, int limit = 5000) const;

private:
    QUrl m_base;
    QString m_token;
    QString m_clientId;
    QString m_accountId;
    QJsonObject m_account;
    qint64 m_nextId = 1;
};

// The result objects of a push answer, by mutation id.
QHash<qint64, QJsonObject> resultsById(const RawReply &reply);
// A push result's status: applied, rejected, already_applied, retry, not_attempted.
QString statusOf(const QJsonObject &result);

// Args of the mutations the scenarios send.
QJsonObject sentimentRevision(const QString &title = QStringLiteral("Sentiment of reviews"), int payCents = 10);
QJsonObject draftSaveArgs(const QString &taskId, const QJsonObject &revision, qint64 baseVersion = 0);
QJsonObject itemsAddArgs(const QString &taskId, int count);
QJsonObject answerArgs(const QString &leaseId, const QString &label = QStringLiteral("positive"));

// One backend of the parameterised server tests.
struct ServerBackend {
    std::string name;
    StoreBackend store;
};
ServerBackend sqliteServerBackend();
ServerBackend postgresServerBackend();
std::string serverBackendName(const ::testing::TestParamInfo<ServerBackend> &info);
void PrintTo(const ServerBackend &backend, std::ostream *out);

// A marketplace database on one backend and the server processes a test starts on it. After every
// test: each client's outcomes are complete, nothing is duplicated and `admin ledger-check` passes.
class MarketServerTest : public ::testing::TestWithParam<ServerBackend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    MarketDatabase &database() { return *m_database; }
    // Starts `serve` on the test's database; records a failure and returns nullptr when it cannot.
    ServerProcess *startServer(const QStringList &extra = {});
    // Seeds the demo marketplace (before any server starts is best on SQLite).
    QJsonObject seedDemo();
    // Signs a demo account in through `server`.
    std::unique_ptr<CspClient> signIn(const ServerProcess &server, const QString &username);
    // Publishes a sentiment task of `items` items for `requester` through pushes; returns its id.
    QString postTask(CspClient &requester, int items, const QString &title = QStringLiteral("Sentiment of reviews"));

    // The same checks TearDown makes, for a test that wants them mid-way.
    void expectConsistent();

private:
    std::unique_ptr<MarketDatabase> m_database;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
};

// The suites, each instantiated on SQLite in its own file and on PostgreSQL in postgres_servers_test.cpp.
class ReliabilityTest : public MarketServerTest
{ };
class HostileInputTest : public MarketServerTest
{ };
class AuthorizationTest : public MarketServerTest
{ };

} // namespace Chrysalis::Testing
