#include "tests/server/support/marketserver.h"

#include "core/domain/ids.h"
#include "core/market/clock.h"
#include "core/market/marketplace.h"
#include "core/market/schema.h"
#include "core/policy/policy.h"
#include "core/store/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlRecord>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kDemoPassword = u"chrysalis-demo"_s;

QString postgresUrl(const DatabaseConfig &config)
{
    return u"postgres://%1:%2@%3:%4/%5?schema=%6"_s
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(config.user)),
                 QString::fromLatin1(QUrl::toPercentEncoding(config.password)), config.host)
            .arg(config.port)
            .arg(config.databaseName, config.schema);
}

QNetworkRequest networkRequest(const RawRequest &raw)
{
    QNetworkRequest request(raw.url);
    if (!raw.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, raw.contentType);
    bool hasAuthorization = false;
    for (const auto &[name, value] : raw.headers) {
        request.setRawHeader(name, value);
        hasAuthorization = hasAuthorization || name.compare("Authorization", Qt::CaseInsensitive) == 0;
    }
    if (!hasAuthorization && !raw.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + raw.token.toLatin1());
    request.setTransferTimeout(60000);
    return request;
}

RawReply readReply(QNetworkReply *reply)
{
    RawReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

QJsonObject mutationArgs(const QString &taskId)
{
    return {{u"task_id"_s, taskId}};
}

} // namespace

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

struct AsyncSender::Connections {
    QList<QNetworkAccessManager *> managers;
    QObject owner;
};

AsyncSender::AsyncSender() : m_connections(std::make_unique<Connections>()) { }

AsyncSender::~AsyncSender()
{
    waitUntil([this] { return m_inFlight == 0; }, 60000);
}

void AsyncSender::send(const RawRequest &request, std::function<void(const RawReply &)> done)
{
    // One manager per request in flight: each request gets a connection of its own.
    auto *network = new QNetworkAccessManager(&m_connections->owner);
    ++m_inFlight;
    QNetworkReply *reply = network->sendCustomRequest(networkRequest(request), request.method, request.body);
    QObject::connect(reply, &QNetworkReply::finished, &m_connections->owner,
                     [this, reply, network, done = std::move(done)] {
                         const RawReply result = readReply(reply);
                         reply->deleteLater();
                         network->deleteLater();
                         --m_inFlight;
                         done(result);
                     });
}

QList<RawReply> sendConcurrently(const QList<RawRequest> &requests, int timeoutMs)
{
    QList<RawReply> replies(requests.size());
    AsyncSender sender;
    for (qsizetype i = 0; i < requests.size(); ++i)
        sender.send(requests.at(i), [&replies, i](const RawReply &reply) { replies[i] = reply; });
    EXPECT_TRUE(waitUntil([&sender] { return sender.inFlight() == 0; }, timeoutMs)) << "requests timed out";
    return replies;
}

RawReply sendRaw(const RawRequest &request, int timeoutMs)
{
    return sendConcurrently({request}, timeoutMs).constFirst();
}

// ---- MarketDatabase ---------------------------------------------------------------------------

Result<std::unique_ptr<MarketDatabase>> MarketDatabase::create(const StoreBackend &backend)
{
    auto scratch = backend.create();
    if (!scratch)
        return scratch.error();
    std::unique_ptr<MarketDatabase> database(new MarketDatabase);
    database->m_scratch = std::move(scratch).value();
    const DatabaseConfig &config = database->m_scratch->config();
    database->m_url =
            config.driver == DatabaseConfig::Driver::Postgres ? postgresUrl(config) : u"sqlite:"_s + config.path;
    DatabaseConfig serverConfig = config;
    serverConfig.durability = DatabaseConfig::Durability::Server;
    auto db = Database::open(serverConfig, serverMigrations());
    if (!db)
        return db.error();
    database->m_db = std::move(db).value();
    return database;
}

Database &MarketDatabase::db()
{
    return *m_db;
}

Result<QJsonObject> MarketDatabase::seedDemo()
{
    const Policy policy = Policy::defaults();
    SystemClock clock;
    Marketplace market(*m_db, policy, clock);
    market.setPasswordHashCost(Credentials::HashCost::Minimum);
    return market.seedDemo();
}

CommandResult MarketDatabase::ledgerCheck() const
{
    return runServerCommand({u"admin"_s, u"--db"_s, m_url, u"ledger-check"_s});
}

qint64 MarketDatabase::count(const QString &sql, const QList<std::pair<QString, QVariant>> &bindings)
{
    SqlQuery query(*m_db);
    Status status = query.prepare(sql);
    for (const auto &[name, value] : bindings)
        query.bind(name, value);
    if (status)
        status = query.exec();
    EXPECT_TRUE(status.ok()) << sql.toStdString() << ": " << (status ? "" : status.error().describe().toStdString());
    const qint64 value = status.ok() && query.next() ? query.int64(0) : -1;
    query.finish();
    return value;
}

QStringList MarketDatabase::column(const QString &sql, const QList<std::pair<QString, QVariant>> &bindings)
{
    SqlQuery query(*m_db);
    Status status = query.prepare(sql);
    for (const auto &[name, value] : bindings)
        query.bind(name, value);
    if (status)
        status = query.exec();
    EXPECT_TRUE(status.ok()) << sql.toStdString() << ": " << (status ? "" : status.error().describe().toStdString());
    QStringList values;
    while (status.ok() && query.next())
        values << (query.isNull(0) ? u"NULL"_s : query.text(0));
    return values;
}

QString MarketDatabase::fingerprint()
{
    static const QStringList tables{u"account"_s,
                                    u"task"_s,
                                    u"task_revision"_s,
                                    u"item"_s,
                                    u"lease"_s,
                                    u"answer"_s,
                                    u"feedback"_s,
                                    u"conflict"_s,
                                    u"vote"_s,
                                    u"rating"_s,
                                    u"published_rating"_s,
                                    u"points_event"_s,
                                    u"worker_pay"_s,
                                    u"reframe_proposal"_s,
                                    u"ledger_event"_s,
                                    u"ledger_entry"_s,
                                    u"change_log"_s,
                                    u"change_seq"_s,
                                    u"sync_client"_s,
                                    u"mutation_outcome"_s};
    QString print;
    for (const QString &table : tables) {
        SqlQuery query(*m_db);
        const Status status = query.exec(u"SELECT * FROM "_s + table);
        EXPECT_TRUE(status.ok()) << table.toStdString();
        const int columns = static_cast<int>(m_db->connection().record(table).count());
        QStringList rows;
        while (status.ok() && query.next()) {
            QStringList values;
            for (int column = 0; column < columns; ++column)
                values << (query.isNull(column) ? u"NULL"_s : query.value(column).toString());
            rows << values.join(u'|');
        }
        rows.sort();
        print += table + u':' + QString::number(rows.size()) + u'\n' + rows.join(u'\n') + u'\n';
    }
    return print;
}

QStringList MarketDatabase::clientIds()
{
    return column(u"SELECT client_id FROM sync_client ORDER BY client_id"_s);
}

QStringList MarketDatabase::outcomeProblems(const QString &clientId)
{
    QStringList problems;
    const QStringList last =
            column(u"SELECT last_mutation_id FROM sync_client WHERE client_id = :client"_s, {{u":client"_s, clientId}});
    const qint64 lastId = last.isEmpty() ? 0 : last.constFirst().toLongLong();
    const QStringList ids = column(u"SELECT mutation_id FROM mutation_outcome WHERE client_id = :client "
                                   "ORDER BY mutation_id"_s,
                                   {{u":client"_s, clientId}});
    if (ids.size() != lastId)
        problems
                << u"client %1: %2 stored outcomes for last_mutation_id %3"_s.arg(clientId).arg(ids.size()).arg(lastId);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i).toLongLong() != i + 1) {
            problems << u"client %1: outcome ids are not 1..%2 (%3 at position %4)"_s.arg(clientId)
                                .arg(lastId)
                                .arg(ids.at(i))
                                .arg(i + 1);
            break;
        }
    }
    const qint64 terminal = count(u"SELECT COUNT(*) FROM mutation_outcome WHERE client_id = :client AND status IN "
                                  "('applied', 'rejected')"_s,
                                  {{u":client"_s, clientId}});
    if (terminal != ids.size())
        problems << u"client %1: %2 of %3 outcomes are neither applied nor rejected"_s.arg(clientId)
                            .arg(ids.size() - terminal)
                            .arg(ids.size());
    return problems;
}

QStringList MarketDatabase::duplicationProblems()
{
    QStringList problems;
    auto expectNone = [&](const QString &what, const QString &sql) {
        const QStringList rows = column(sql);
        if (!rows.isEmpty())
            problems << what + u": "_s + rows.join(u", "_s);
    };
    // Every scenario uses tasks with an overlap of one: a slot is held or used by one lease at most.
    expectNone(u"items leased twice"_s, u"SELECT item_id FROM lease WHERE state IN ('active', 'used') "
                                        "GROUP BY item_id HAVING COUNT(*) > 1"_s);
    expectNone(u"leases used by two answers"_s, u"SELECT lease_id FROM answer GROUP BY lease_id HAVING COUNT(*) > 1"_s);
    expectNone(u"items whose answer count is off"_s,
               u"SELECT i.id FROM item i WHERE i.answers_count <> (SELECT COUNT(*) FROM answer a "
               "WHERE a.item_id = i.id)"_s);
    expectNone(u"tasks whose answer count is off"_s,
               u"SELECT t.id FROM task t WHERE t.answers_count <> (SELECT COUNT(*) FROM answer a "
               "WHERE a.task_id = t.id)"_s);
    expectNone(
            u"tasks whose item count is off"_s,
            u"SELECT t.id FROM task t WHERE t.items_total <> (SELECT COUNT(*) FROM item i WHERE i.task_id = t.id)"_s);
    expectNone(u"panels whose vote count is off"_s,
               u"SELECT c.id FROM conflict c WHERE c.votes_cast <> (SELECT COUNT(*) FROM vote v "
               "WHERE v.conflict_id = c.id) OR c.votes_cast > c.seats"_s);
    expectNone(u"answers with two panels"_s,
               u"SELECT answer_id FROM conflict GROUP BY answer_id HAVING COUNT(*) > 1"_s);
    return problems;
}

QString demoPassword()
{
    return kDemoPassword;
}

// ---- PullLog ----------------------------------------------------------------------------------

QHash<QString, QJsonObject> PullLog::latest() const
{
    QHash<QString, QJsonObject> newest;
    for (const QJsonObject &change : changes) {
        const QString key = change.value(u"entity"_s).toString() + u'/' + change.value(u"id"_s).toString();
        const auto found = newest.constFind(key);
        if (found == newest.constEnd() ||
            found->value(u"version"_s).toInteger() < change.value(u"version"_s).toInteger())
            newest.insert(key, change);
    }
    return newest;
}

QList<QJsonObject> PullLog::upserts(const QString &entity) const
{
    QList<QJsonObject> rows;
    for (const QJsonObject &change : latest()) {
        if (change.value(u"entity"_s).toString() == entity && change.value(u"op"_s).toString() == u"upsert")
            rows << change.value(u"data"_s).toObject();
    }
    return rows;
}

std::optional<QJsonObject> PullLog::outcome(qint64 mutationId) const
{
    for (const QJsonObject &outcome : outcomes) {
        if (outcome.value(u"id"_s).toInteger() == mutationId)
            return outcome;
    }
    return std::nullopt;
}

// ---- CspClient --------------------------------------------------------------------------------

CspClient::CspClient(const QUrl &base, const QString &token, const QString &clientId)
    : m_base(base), m_token(token), m_clientId(clientId.isEmpty() ? newId() : clientId)
{ }

std::unique_ptr<CspClient> CspClient::signIn(const QUrl &base, const QString &username, const QString &password)
{
    RawRequest request;
    request.url = base.resolved(QUrl(u"/v1/auth/login"_s));
    request.body = QJsonDocument(QJsonObject{{u"username"_s, username}, {u"password"_s, password}})
                           .toJson(QJsonDocument::Compact);
    const RawReply reply = sendRaw(request);
    EXPECT_EQ(reply.status, 200) << "sign-in of " << username.toStdString() << ": " << reply.body.toStdString();
    if (reply.status != 200)
        return nullptr;
    auto client = std::make_unique<CspClient>(base, reply.json().value(u"token"_s).toString());
    client->m_account = reply.json().value(u"account"_s).toObject();
    client->m_accountId = client->m_account.value(u"id"_s).toString();
    return client;
}

QJsonObject CspClient::mutation(const QString &name, const QJsonObject &args)
{
    return mutationWithId(m_nextId++, name, args);
}

QJsonObject CspClient::mutationWithId(qint64 id, const QString &name, const QJsonObject &args)
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"args"_s, args},
            {u"client_time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

QByteArray CspClient::pushBody(const QJsonArray &mutations) const
{
    return QJsonDocument(QJsonObject{{u"client_id"_s, m_clientId}, {u"mutations"_s, mutations}})
            .toJson(QJsonDocument::Compact);
}

RawRequest CspClient::pushRequest(const QJsonArray &mutations) const
{
    RawRequest request;
    request.url = m_base.resolved(QUrl(u"/v1/sync/push"_s));
    request.body = pushBody(mutations);
    request.token = m_token;
    return request;
}

RawRequest CspClient::pullRequest(const QJsonValue &cursor, int limit) const
{
    RawRequest request;
    request.url = m_base.resolved(QUrl(u"/v1/sync/pull"_s));
    request.body = QJsonDocument(QJsonObject{{u"client_id"_s, m_clientId}, {u"cursor"_s, cursor}, {u"limit"_s, limit}})
                           .toJson(QJsonDocument::Compact);
    request.token = m_token;
    return request;
}

RawReply CspClient::push(const QJsonArray &mutations) const
{
    return sendRaw(pushRequest(mutations));
}

QJsonObject CspClient::pushOne(const QString &name, const QJsonObject &args)
{
    const QJsonObject sent = mutation(name, args);
    const RawReply reply = push({sent});
    EXPECT_EQ(reply.status, 200) << name.toStdString() << ": " << reply.body.toStdString();
    return resultsById(reply).value(sent.value(u"id"_s).toInteger());
}

RawReply CspClient::pull(const QJsonValue &cursor, int limit) const
{
    return sendRaw(pullRequest(cursor, limit));
}

PullLog CspClient::pullAll(const QJsonValue &cursor, int limit) const
{
    PullLog log;
    QJsonValue next = cursor;
    for (int page = 0; page < 1000; ++page) {
        const RawReply reply = pull(next, limit);
        if (reply.status != 200) {
            log.status = reply.status;
            log.problem = reply.json();
            return log;
        }
        const QJsonObject body = reply.json();
        ++log.pages;
        log.reset = log.reset || body.value(u"reset"_s).toBool();
        for (const QJsonValue &change : body.value(u"changes"_s).toArray())
            log.changes << change.toObject();
        for (const QJsonValue &outcome : body.value(u"mutation_outcomes"_s).toArray())
            log.outcomes << outcome.toObject();
        log.lastMutationId = body.value(u"last_mutation_id"_s).toInteger(-1);
        log.cursor = body.value(u"cursor"_s).toString();
        next = log.cursor;
        if (!body.value(u"has_more"_s).toBool())
            return log;
    }
    ADD_FAILURE() << "the pull never ended";
    return log;
}

QHash<qint64, QJsonObject> resultsById(const RawReply &reply)
{
    QHash<qint64, QJsonObject> results;
    for (const QJsonValue &result : reply.json().value(u"results"_s).toArray())
        results.insert(result.toObject().value(u"id"_s).toInteger(), result.toObject());
    return results;
}

QString statusOf(const QJsonObject &result)
{
    return result.value(u"status"_s).toString();
}

// ---- mutation args ----------------------------------------------------------------------------

QJsonObject sentimentRevision(const QString &title, int payCents)
{
    const QJsonArray options{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                             QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}};
    const QJsonArray form{QJsonObject{{u"name"_s, u"label"_s},
                                      {u"kind"_s, u"single_choice"_s},
                                      {u"label"_s, u"Sentiment"_s},
                                      {u"required"_s, true},
                                      {u"options"_s, options}}};
    return {{u"title"_s, title},        {u"instructions"_s, u"Pick the sentiment of the review."_s},
            {u"form"_s, form},          {u"pay_cents"_s, payCents},
            {u"overlap"_s, 1},          {u"min_tier"_s, u"bronze"_s},
            {u"estimate_seconds"_s, 60}};
}

QJsonObject draftSaveArgs(const QString &taskId, const QJsonObject &revision, qint64 baseVersion)
{
    QJsonObject args = mutationArgs(taskId);
    args.insert(u"base_version"_s, baseVersion);
    args.insert(u"revision"_s, revision);
    return args;
}

QJsonObject itemsAddArgs(const QString &taskId, int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    QJsonObject args = mutationArgs(taskId);
    args.insert(u"items"_s, items);
    return args;
}

QJsonObject answerArgs(const QString &leaseId, const QString &label)
{
    return {{u"answer_id"_s, newId()},
            {u"lease_id"_s, leaseId},
            {u"fields"_s, QJsonObject{{u"label"_s, label}}},
            {u"seconds_spent"_s, 30}};
}

// ---- backends and the fixture -----------------------------------------------------------------

ServerBackend sqliteServerBackend()
{
    return {"sqlite", sqliteFileBackend()};
}

ServerBackend postgresServerBackend()
{
    return {"postgres", postgresBackend()};
}

std::string serverBackendName(const ::testing::TestParamInfo<ServerBackend> &info)
{
    return info.param.name;
}

void PrintTo(const ServerBackend &backend, std::ostream *out)
{
    *out << backend.name;
}

void MarketServerTest::SetUp()
{
    auto database = MarketDatabase::create(GetParam().store);
    ASSERT_TRUE(database.ok()) << "no database on " << GetParam().name << ": "
                               << database.error().describe().toStdString();
    m_database = std::move(database).value();
}

void MarketServerTest::TearDown()
{
    if (m_database)
        expectConsistent();
    m_servers.clear();
    m_database.reset();
}

void MarketServerTest::expectConsistent()
{
    for (const QString &client : m_database->clientIds()) {
        const QStringList problems = m_database->outcomeProblems(client);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    }
    const QStringList duplicates = m_database->duplicationProblems();
    EXPECT_TRUE(duplicates.isEmpty()) << duplicates.join(u'\n').toStdString();
    const CommandResult ledger = m_database->ledgerCheck();
    EXPECT_EQ(ledger.exitCode, 0) << ledger.standardOutput.toStdString() << ledger.standardError.toStdString();
}

ServerProcess *MarketServerTest::startServer(const QStringList &extra)
{
    auto server = ServerProcess::start(m_database->url(), extra);
    EXPECT_TRUE(server.ok()) << (server ? "" : server.error().describe().toStdString());
    if (!server)
        return nullptr;
    m_servers.push_back(std::move(server).value());
    return m_servers.back().get();
}

QJsonObject MarketServerTest::seedDemo()
{
    auto seeded = m_database->seedDemo();
    EXPECT_TRUE(seeded.ok()) << (seeded ? "" : seeded.error().describe().toStdString());
    return seeded.valueOr(QJsonObject());
}

std::unique_ptr<CspClient> MarketServerTest::signIn(const ServerProcess &server, const QString &username)
{
    return CspClient::signIn(server.baseUrl(), username);
}

QString MarketServerTest::postTask(CspClient &requester, int items, const QString &title)
{
    const QString taskId = newId();
    const QJsonArray batch{requester.mutation(u"task.draft_save@1"_s, draftSaveArgs(taskId, sentimentRevision(title))),
                           requester.mutation(u"task.items_add@1"_s, itemsAddArgs(taskId, items)),
                           requester.mutation(u"task.publish@1"_s, {{u"task_id"_s, taskId}})};
    const RawReply reply = requester.push(batch);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    for (const QJsonObject &result : resultsById(reply))
        EXPECT_EQ(result.value(u"status"_s).toString(), u"applied"_s) << QJsonDocument(result).toJson().toStdString();
    return taskId;
}

} // namespace Chrysalis::Testing
