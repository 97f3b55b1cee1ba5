// Requesters' points history and the privacy of ratings, against a real chrysalis-server: what each
// pull shows of points and aggregates, and that no sequence of pulls isolates one worker's rating.
#include "core/domain/ids.h"
#include "core/market/clock.h"
#include "core/market/marketplace.h"
#include "core/store/sqlquery.h"
#include "tests/server/support/marketserver.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// One account's mirror kept by incremental pulls, as a client keeps it.
class Mirror
{
public:
    explicit Mirror(std::unique_ptr<CspClient> client) : m_client(std::move(client)) { }

    CspClient &client() { return *m_client; }

    void pull()
    {
        const PullLog log = m_client->pullAll(m_cursor.isEmpty() ? QJsonValue() : QJsonValue(m_cursor));
        EXPECT_EQ(log.status, 200);
        if (log.reset)
            m_rows.clear();
        for (const QJsonObject &change : log.changes) {
            const QString entity = change.value(u"entity"_s).toString();
            const QString id = change.value(u"id"_s).toString();
            if (change.value(u"op"_s).toString() == u"delete")
                m_rows[entity].remove(id);
            else
                m_rows[entity][id] = change.value(u"data"_s).toObject();
        }
        m_cursor = log.cursor;
    }

    QHash<QString, QJsonObject> rows(const QString &entity) const { return m_rows.value(entity); }

    // points_event rows oldest first.
    QList<QJsonObject> pointsEvents() const
    {
        QList<QJsonObject> events = rows(u"points_event"_s).values();
        std::sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"id"_s).toString().toLongLong() < b.value(u"id"_s).toString().toLongLong();
        });
        return events;
    }

    QJsonObject account() const { return rows(u"account"_s).value(m_client->accountId()); }

private:
    std::unique_ptr<CspClient> m_client;
    QString m_cursor;
    QHash<QString, QHash<QString, QJsonObject>> m_rows;
};

QJsonObject appliedOne(CspClient &client, const QString &name, const QJsonObject &args)
{
    const QJsonObject result = client.pushOne(name, args);
    EXPECT_EQ(statusOf(result), u"applied"_s)
            << name.toStdString() << ": " << QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString();
    return result.value(u"details"_s).toObject();
}

// Claims one item of the task, answers it and rates the task.
void answerAndRate(CspClient &worker, const QString &taskId, int rating)
{
    const QJsonObject claim = appliedOne(worker, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    const QString leaseId = claim.value(u"lease_ids"_s).toArray().at(0).toString();
    appliedOne(worker, u"answer.submit@1"_s, answerArgs(leaseId));
    appliedOne(worker, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, rating}});
}

// A marketplace of its own: a database, accounts made in process with the cheapest password hash, a server.
class Market
{
public:
    Market()
    {
        auto database = MarketDatabase::create(sqliteServerBackend().store);
        EXPECT_TRUE(database.ok());
        if (database)
            m_database = std::move(database).value();
    }

    bool ok() const { return m_database != nullptr; }
    MarketDatabase &database() { return *m_database; }

    void addRequester(const QString &name)
    {
        Marketplace market = marketplace();
        const auto added = market.addUser(name, demoPassword(), Role::Requester, Tier::Bronze, Standing::Butterfly);
        ASSERT_TRUE(added.ok()) << added.error().describe().toStdString();
        const auto funded = market.fund(name, 1'000'000);
        ASSERT_TRUE(funded.ok()) << funded.error().describe().toStdString();
    }
    void addWorker(const QString &name, Tier tier)
    {
        const auto added = marketplace().addUser(name, demoPassword(), Role::Worker, tier);
        ASSERT_TRUE(added.ok()) << added.error().describe().toStdString();
    }

    bool start()
    {
        auto server = ServerProcess::start(m_database->url());
        EXPECT_TRUE(server.ok()) << (server ? "" : server.error().message.toStdString());
        if (server)
            m_server = std::move(*server);
        return m_server != nullptr;
    }
    std::unique_ptr<CspClient> signIn(const QString &name) { return CspClient::signIn(m_server->baseUrl(), name); }

    QString postTask(CspClient &requester, int items)
    {
        const QString taskId = newId();
        appliedOne(requester, u"task.draft_save@1"_s, draftSaveArgs(taskId, sentimentRevision()));
        appliedOne(requester, u"task.items_add@1"_s, itemsAddArgs(taskId, items));
        appliedOne(requester, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
        return taskId;
    }

    // A task its requester posted while still a caterpillar: the points rule leaves its ratings out.
    void markCaterpillarTask(const QString &taskId)
    {
        SqlQuery query(m_database->db());
        ASSERT_TRUE(query.prepare(u"UPDATE task SET origin = 'caterpillar' WHERE id = :id"_s).ok());
        query.bind(u":id"_s, taskId);
        ASSERT_TRUE(query.exec().ok());
    }

private:
    Marketplace marketplace()
    {
        Marketplace market(m_database->db(), m_policy, m_clock);
        market.setPasswordHashCost(Credentials::HashCost::Minimum);
        return market;
    }

    Policy m_policy = Policy::defaults();
    SystemClock m_clock;
    std::unique_ptr<MarketDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace

TEST(StandingHistory, EveryPointsChangeReachesItsOwnerWithItsCauseAndTheStandingItLeft)
{
    Market market;
    ASSERT_TRUE(market.ok());
    market.addRequester(u"rhea"_s);
    market.addRequester(u"ross"_s);
    const QStringList workers{u"wai0"_s, u"wai1"_s, u"wai2"_s, u"wai3"_s, u"wai4"_s};
    for (const QString &name : workers)
        market.addWorker(name, Tier::Bronze);
    ASSERT_TRUE(market.start());

    Mirror rhea(market.signIn(u"rhea"_s));
    Mirror ross(market.signIn(u"ross"_s));
    std::vector<std::unique_ptr<CspClient>> raters;
    for (const QString &name : workers)
        raters.push_back(market.signIn(name));
    QStringList tasks;
    for (int i = 0; i < 3; ++i)
        tasks << market.postTask(rhea.client(), 5);

    // Ratings of 0 cost 5 points each, booked per batch of 5: 100 → 75 → 50 (still a butterfly: 50 is not
    // below 50) → 25, a caterpillar again.
    for (qsizetype t = 0; t < tasks.size(); ++t) {
        for (int w = 0; w < 4; ++w)
            answerAndRate(*raters.at(static_cast<size_t>(w)), tasks.at(t), 0);
        rhea.pull();
        EXPECT_EQ(rhea.pointsEvents().size(), t) << "four new ratings must not move the points";
        answerAndRate(*raters.at(4), tasks.at(t), 0);
        rhea.pull();
        ASSERT_EQ(rhea.pointsEvents().size(), t + 1);
    }

    const QList<QJsonObject> events = rhea.pointsEvents();
    const QList<qint64> after{75, 50, 25};
    const QStringList standings{u"butterfly"_s, u"butterfly"_s, u"caterpillar"_s};
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &event = events.at(i);
        EXPECT_EQ(event.value(u"delta"_s).toInt(), -25);
        EXPECT_EQ(event.value(u"reason"_s).toString(), u"rating"_s);
        EXPECT_EQ(event.value(u"ref"_s).toString(), u"ratings:%1"_s.arg(5 * (i + 1)));
        EXPECT_EQ(event.value(u"points_after"_s).toInteger(), after.at(i));
        EXPECT_EQ(event.value(u"standing_before"_s).toString(), i == 0 ? u"butterfly"_s : standings.at(i - 1));
        EXPECT_EQ(event.value(u"standing_after"_s).toString(), standings.at(i));
        EXPECT_FALSE(event.value(u"created_at"_s).toString().isEmpty());
    }
    EXPECT_EQ(rhea.account().value(u"points"_s).toInteger(), 25);
    EXPECT_EQ(rhea.account().value(u"standing"_s).toString(), u"caterpillar"_s);

    // Nobody else receives them.
    ross.pull();
    EXPECT_TRUE(ross.pointsEvents().isEmpty());
    Mirror worker(market.signIn(u"wai0"_s));
    worker.pull();
    EXPECT_TRUE(worker.pointsEvents().isEmpty());
}

namespace {

struct Rating {
    int worker = 0;
    int task = 0; // requester = task / 2; odd tasks are caterpillar tasks
    int value = 0;
};

constexpr int kRequesters = 3;
constexpr int kWorkers = 6;
constexpr int kTasks = kRequesters * 2;

int requesterOf(int task)
{
    return task / 2;
}

// Runs the ratings in order, pulling after each one as every requester and as a public observer, and
// returns what each pull showed about ratings: per requester its own aggregate, points and points events,
// and the public leaderboard. Ids, times and pseudonyms are replaced by the requester's index.
QStringList observe(const QList<Rating> &ratings)
{
    Market market;
    EXPECT_TRUE(market.ok());
    if (!market.ok())
        return {};
    for (int r = 0; r < kRequesters; ++r)
        market.addRequester(u"req%1"_s.arg(r));
    for (int w = 0; w < kWorkers; ++w)
        market.addWorker(u"rater%1"_s.arg(w), Tier::Silver);
    market.addWorker(u"observer"_s, Tier::Bronze);
    if (!market.start())
        return {};

    std::vector<std::unique_ptr<Mirror>> requesters;
    for (int r = 0; r < kRequesters; ++r)
        requesters.push_back(std::make_unique<Mirror>(market.signIn(u"req%1"_s.arg(r))));
    Mirror observer(market.signIn(u"observer"_s));
    std::vector<std::unique_ptr<CspClient>> raters;
    for (int w = 0; w < kWorkers; ++w)
        raters.push_back(market.signIn(u"rater%1"_s.arg(w)));
    QStringList tasks;
    for (int t = 0; t < kTasks; ++t) {
        tasks << market.postTask(requesters.at(static_cast<size_t>(requesterOf(t)))->client(), kWorkers);
        if (t % 2 == 1)
            market.markCaterpillarTask(tasks.last());
    }
    QHash<QString, int> index;
    for (int r = 0; r < kRequesters; ++r) {
        requesters.at(static_cast<size_t>(r))->pull();
        index.insert(requesters.at(static_cast<size_t>(r))->account().value(u"pseudonym"_s).toString(), r);
    }

    QStringList seen;
    for (const Rating &rating : ratings) {
        answerAndRate(*raters.at(static_cast<size_t>(rating.worker)), tasks.at(rating.task), rating.value);
        QStringList step;
        for (int r = 0; r < kRequesters; ++r) {
            Mirror &viewer = *requesters.at(static_cast<size_t>(r));
            viewer.pull();
            const QJsonObject account = viewer.account();
            QStringList events;
            for (const QJsonObject &event : viewer.pointsEvents())
                events << u"%1 %2 %3 %4"_s.arg(event.value(u"delta"_s).toInt())
                                  .arg(event.value(u"reason"_s).toString(), event.value(u"ref"_s).toString())
                                  .arg(event.value(u"points_after"_s).toInteger());
            step << u"req%1: points %2 %3, rating %4 of %5, rank %6, distribution %7, events [%8]"_s.arg(r)
                            .arg(account.value(u"points"_s).toInteger())
                            .arg(account.value(u"standing"_s).toString())
                            .arg(account.value(u"rating"_s).toDouble(-1), 0, 'f', 9)
                            .arg(account.value(u"rating_count"_s).toInt())
                            .arg(account.value(u"leaderboard_rank"_s).toInt(-1))
                            .arg(QString::fromUtf8(QJsonDocument(account.value(u"rating_distribution"_s).toArray())
                                                           .toJson(QJsonDocument::Compact)))
                            .arg(events.join(u", "_s));
        }
        observer.pull();
        QList<QJsonObject> board = observer.rows(u"leaderboard_entry"_s).values();
        std::sort(board.begin(), board.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"position"_s).toInt() < b.value(u"position"_s).toInt();
        });
        for (const QJsonObject &entry : board) {
            step << u"board %1: req%2 %3 points, rating %4 of %5"_s.arg(entry.value(u"rank"_s).toInt())
                            .arg(index.value(entry.value(u"requester_pseudonym"_s).toString(), -1))
                            .arg(entry.value(u"points"_s).toInteger())
                            .arg(entry.value(u"rating"_s).toDouble(-1), 0, 'f', 9)
                            .arg(entry.value(u"rating_count"_s).toInt());
        }
        seen << step.join(u"; "_s);
    }
    return seen;
}

} // namespace

// Two histories whose ratings differ one by one but agree on the sum of every run of 5 consecutive ratings
// of one requester's tasks of one origin: if every pull of both looks the same, no pull (nor any difference
// of two) can tell which worker gave which rating. The requesters hold butterfly and caterpillar tasks, whose
// ratings count for the aggregate but only the butterfly ones for points: two overlapping subsets, the case
// a publication rule per requester alone gets wrong.
TEST(RatingPrivacy, NoSequenceOfPullsTellsHistoriesWithEqualBatchSumsApart)
{
    QList<Rating> first;
    for (int w = 0; w < kWorkers; ++w) {
        for (int t = 0; t < kTasks; ++t)
            first.append({w, t, 0});
    }
    QRandomGenerator random(20261122);
    std::shuffle(first.begin(), first.end(), random);
    for (Rating &rating : first)
        rating.value = random.bounded(11);

    // The second history rotates the values inside each run of 5 ratings of one (requester, origin).
    QList<Rating> second = first;
    QHash<int, QList<qsizetype>> positions; // task → positions in the history, in order
    for (qsizetype i = 0; i < first.size(); ++i)
        positions[first.at(i).task].append(i);
    int changed = 0;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const QList<qsizetype> &order = it.value();
        for (qsizetype start = 0; start < order.size(); start += 5) {
            const qsizetype end = std::min(start + 5, order.size());
            for (qsizetype k = start; k < end; ++k) {
                const qsizetype from = start + (k - start + 1) % (end - start);
                second[order.at(k)].value = first.at(order.at(from)).value;
                changed += second.at(order.at(k)).value != first.at(order.at(k)).value ? 1 : 0;
            }
        }
    }
    ASSERT_GT(changed, kTasks) << "the two histories must differ in many individual ratings";

    const QStringList a = observe(first);
    const QStringList b = observe(second);
    ASSERT_EQ(a.size(), first.size());
    ASSERT_EQ(b.size(), first.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        ASSERT_EQ(a.at(i), b.at(i)) << "after rating " << i;

    // The pulls are not blind either: every requester's butterfly ratings, in whole runs of 5, show in the
    // points, and an aggregate is published.
    for (int r = 0; r < kRequesters; ++r) {
        qint64 earned = 0;
        int count = 0;
        for (const Rating &rating : first) {
            if (rating.task == 2 * r && count < kWorkers / 5 * 5) {
                earned += rating.value - 5;
                ++count;
            }
        }
        const QString expected = u"req%1: points %2 "_s.arg(r).arg(100 + earned);
        EXPECT_TRUE(a.last().contains(expected)) << a.last().toStdString() << "\nexpected " << expected.toStdString();
    }
    // Per requester, 5 of 8 ratings of each origin are released: an aggregate over 10.
    EXPECT_EQ(a.last().count(u" of 10, rank"_s), kRequesters) << a.last().toStdString();
    EXPECT_EQ(a.first().count(u"distribution [],"_s), kRequesters) << "nothing before 5 ratings";
    EXPECT_EQ(a.last().count(u"distribution [],"_s), 0) << a.last().toStdString();
    EXPECT_TRUE(a.last().contains(u"board 1:"_s));
}

namespace {

// Answers `count` items of the task and has the requester approve them.
void approvedAnswers(CspClient &worker, CspClient &requester, const QString &taskId, int count)
{
    const QJsonObject claim = appliedOne(worker, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
    for (const QJsonValue &lease : claim.value(u"lease_ids"_s).toArray()) {
        const QJsonObject args = answerArgs(lease.toString());
        appliedOne(worker, u"answer.submit@1"_s, args);
        appliedOne(requester, u"answer.review@1"_s,
                   {{u"answer_id"_s, args.value(u"answer_id"_s)}, {u"decision"_s, u"approve"_s}});
    }
}

QStringList boardLines(const Mirror &mirror)
{
    QList<QJsonObject> rows = mirror.rows(u"worker_board_entry"_s).values();
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"id"_s).toString() < b.value(u"id"_s).toString();
    });
    QStringList lines;
    for (const QJsonObject &row : rows)
        lines << u"%1 rank %2 %3 %4"_s.arg(row.value(u"id"_s).toString())
                         .arg(row.value(u"rank"_s).toInt())
                         .arg(row.value(u"worker_pseudonym"_s).toString())
                         .arg(row.value(u"approved_answers"_s).toInt());
    return lines;
}

} // namespace

TEST(WorkerBoards, OnlyWorkersWhoOptedInAreRankedPerTierUnderTheirPseudonym)
{
    Market market;
    ASSERT_TRUE(market.ok());
    market.addRequester(u"rhea"_s);
    market.addWorker(u"wren"_s, Tier::Bronze);
    market.addWorker(u"wade"_s, Tier::Bronze);
    market.addWorker(u"sage"_s, Tier::Silver);
    ASSERT_TRUE(market.start());
    auto rhea = market.signIn(u"rhea"_s);
    Mirror wren(market.signIn(u"wren"_s));
    Mirror wade(market.signIn(u"wade"_s));
    Mirror sage(market.signIn(u"sage"_s));
    const QString taskId = market.postTask(*rhea, 10);
    approvedAnswers(wren.client(), *rhea, taskId, 3);
    approvedAnswers(wade.client(), *rhea, taskId, 2);
    approvedAnswers(sage.client(), *rhea, taskId, 4);

    // Nobody opted in: no board.
    sage.pull();
    EXPECT_TRUE(boardLines(sage).isEmpty());
    const QString wrenName = wren.client().account().value(u"pseudonym"_s).toString();
    const QString wadeName = wade.client().account().value(u"pseudonym"_s).toString();
    const QString sageName = sage.client().account().value(u"pseudonym"_s).toString();

    appliedOne(wren.client(), u"profile.update@1"_s, {{u"worker_board_opt_in"_s, true}});
    wren.pull();
    EXPECT_TRUE(wren.account().value(u"worker_board_opt_in"_s).toBool());
    EXPECT_EQ(boardLines(wren), QStringList{u"bronze:approved_answers:1 rank 1 %1 3"_s.arg(wrenName)});

    appliedOne(wade.client(), u"profile.update@1"_s, {{u"worker_board_opt_in"_s, true}});
    appliedOne(sage.client(), u"profile.update@1"_s, {{u"worker_board_opt_in"_s, true}});
    sage.pull();
    EXPECT_EQ(boardLines(sage), (QStringList{u"bronze:approved_answers:1 rank 1 %1 3"_s.arg(wrenName),
                                             u"bronze:approved_answers:2 rank 2 %1 2"_s.arg(wadeName),
                                             u"silver:approved_answers:1 rank 1 %1 4"_s.arg(sageName)}));
    // Pseudonyms only: no row names an account id.
    for (const QJsonObject &row : sage.rows(u"worker_board_entry"_s)) {
        const QString text = QString::fromUtf8(QJsonDocument(row).toJson());
        for (Mirror *worker : {&wren, &wade, &sage})
            EXPECT_FALSE(text.contains(worker->client().accountId())) << text.toStdString();
    }

    // Opting out takes the worker off; the next moves up, the position that fell away is deleted.
    appliedOne(wren.client(), u"profile.update@1"_s, {{u"worker_board_opt_in"_s, false}});
    sage.pull();
    EXPECT_EQ(boardLines(sage), (QStringList{u"bronze:approved_answers:1 rank 1 %1 2"_s.arg(wadeName),
                                             u"silver:approved_answers:1 rank 1 %1 4"_s.arg(sageName)}));

    // A requester has no board to join.
    const QJsonObject refused = rhea->pushOne(u"profile.update@1"_s, {{u"worker_board_opt_in"_s, true}});
    EXPECT_EQ(statusOf(refused), u"rejected"_s);
    EXPECT_EQ(refused.value(u"code"_s).toString(), u"FORBIDDEN"_s);
}

} // namespace Chrysalis::Testing
