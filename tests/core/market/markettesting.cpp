#include "tests/core/market/markettesting.h"

#include "core/domain/ids.h"
#include "core/market/schema.h"
#include "core/store/ledgerrepository.h"
#include "core/store/sqlquery.h"
#include "core/store/transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery"_s;

QList<Touch> touchesSince(Database &db, qint64 seq)
{
    QList<Touch> touches;
    SqlQuery query(db);
    EXPECT_TRUE(query.prepare(u"SELECT entity, entity_id, audience, op FROM change_log WHERE seq > :seq ORDER BY seq"_s)
                        .ok());
    query.bind(u":seq"_s, seq);
    const Status status = query.exec();
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    while (query.next())
        touches.append({query.text(0), query.text(1), query.text(2), query.text(3) == u"delete"});
    return touches;
}

qint64 currentSeq(Database &db)
{
    ChangeLog log(db);
    auto seq = log.currentSeq();
    EXPECT_TRUE(seq.ok());
    return seq.valueOr(0);
}

} // namespace

const QStringList &naughtyStrings()
{
    static const QStringList strings = [] {
        QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
        QStringList list;
        if (!file.open(QIODevice::ReadOnly))
            return list;
        for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
            list << value.toString();
        return list;
    }();
    return strings;
}

void MarketTest::SetUp()
{
    auto scratch = GetParam().create();
    ASSERT_TRUE(scratch.ok()) << scratch.error().message.toStdString();
    m_scratch = std::move(scratch).value();
    auto db = Database::open(m_scratch->config(), serverMigrations());
    ASSERT_TRUE(db.ok()) << db.error().describe().toStdString();
    m_db = std::move(db).value();
    m_market = std::make_unique<Marketplace>(*m_db, m_policy, m_clock);
    m_market->setPasswordHashCost(Credentials::HashCost::Minimum);
}

void MarketTest::TearDown()
{
    m_market.reset();
    m_db.reset();
    m_scratch.reset();
}

Applied MarketTest::apply(const QString &actorId, const QString &name, const QJsonObject &args)
{
    Applied applied;
    auto transaction = Transaction::begin(*m_db);
    EXPECT_TRUE(transaction.ok());
    if (!transaction)
        return applied;
    const qint64 before = currentSeq(*m_db);
    auto savepoint = Savepoint::begin(*m_db, u"mutation"_s);
    EXPECT_TRUE(savepoint.ok());
    ChangeLog changes(*m_db);
    MutationContext ctx{*m_db, changes, m_policy, m_clock.now(), actorId, u"test-client"_s};
    auto effect = m_market->apply(ctx, name, args);
    EXPECT_TRUE(effect.ok()) << name.toStdString() << ": " << (effect ? "" : effect.error().describe().toStdString());
    if (!effect)
        return applied;
    applied.effect = *effect;
    if (effect->applied) {
        EXPECT_TRUE(savepoint->release().ok());
    } else {
        EXPECT_TRUE(savepoint->rollback().ok());
        changes.discard();
    }
    auto flushed = changes.flush();
    EXPECT_TRUE(flushed.ok()) << (flushed ? "" : flushed.error().describe().toStdString());
    const Status committed = transaction->commit();
    EXPECT_TRUE(committed.ok()) << (committed ? "" : committed.error().describe().toStdString());
    applied.touches = touchesSince(*m_db, before);
    return applied;
}

QJsonObject MarketTest::applyOk(const QString &actorId, const QString &name, const QJsonObject &args)
{
    const Applied applied = apply(actorId, name, args);
    EXPECT_TRUE(applied.effect.applied) << name.toStdString()
                                        << " rejected: " << applied.effect.rejection.code.toStdString() << " "
                                        << applied.effect.rejection.message.toStdString() << " "
                                        << QJsonDocument(applied.effect.rejection.details).toJson().toStdString();
    return applied.effect.details;
}

Rejection MarketTest::applyRejected(const QString &actorId, const QString &name, const QJsonObject &args,
                                    const QString &code)
{
    const QString before = fingerprint();
    const Applied applied = apply(actorId, name, args);
    EXPECT_FALSE(applied.effect.applied) << name.toStdString() << " was applied, expected " << code.toStdString();
    EXPECT_EQ(applied.effect.rejection.code, code)
            << name.toStdString() << ": " << applied.effect.rejection.message.toStdString() << " "
            << QJsonDocument(applied.effect.rejection.details).toJson().toStdString();
    EXPECT_EQ(fingerprint(), before) << name.toStdString() << " left a write behind";
    return applied.effect.rejection;
}

MutationEffect MarketTest::applyWithoutRollback(const QString &actorId, const QString &name, const QJsonObject &args)
{
    auto transaction = Transaction::begin(*m_db);
    EXPECT_TRUE(transaction.ok());
    ChangeLog changes(*m_db);
    MutationContext ctx{*m_db, changes, m_policy, m_clock.now(), actorId, u"test-client"_s};
    auto effect = m_market->apply(ctx, name, args);
    EXPECT_TRUE(effect.ok());
    EXPECT_TRUE(changes.flush().ok());
    EXPECT_TRUE(transaction->commit().ok());
    return effect.valueOr(MutationEffect::ok());
}

QList<Touch> MarketTest::advance(qint64 seconds)
{
    m_clock.advance(seconds);
    auto transaction = Transaction::begin(*m_db);
    EXPECT_TRUE(transaction.ok());
    const qint64 before = currentSeq(*m_db);
    ChangeLog changes(*m_db);
    MutationContext ctx{*m_db, changes, m_policy, m_clock.now(), {}, {}};
    const Status status = m_market->advanceTime(ctx);
    EXPECT_TRUE(status.ok()) << (status ? "" : status.error().describe().toStdString());
    EXPECT_TRUE(changes.flush().ok());
    EXPECT_TRUE(transaction->commit().ok());
    return touchesSince(*m_db, before);
}

Account MarketTest::addAccount(const QString &username, Roles roles, Tier tier, Standing standing)
{
    auto account = m_market->addUser(username, kPassword, roles, tier, standing);
    EXPECT_TRUE(account.ok()) << (account ? "" : account.error().describe().toStdString());
    return account.valueOr(Account());
}

Account MarketTest::requester(const QString &username, Standing standing, Cents funds)
{
    Account account = addAccount(username, Role::Requester, Tier::Bronze, standing);
    if (funds > 0) {
        EXPECT_TRUE(m_market->fund(username, funds).ok());
    }
    return account;
}

Account MarketTest::worker(const QString &username, Tier tier)
{
    return addAccount(username, Role::Worker, tier);
}

QList<Account> MarketTest::arbiters(int count, const QString &prefix)
{
    QList<Account> accounts;
    for (int i = 0; i < count; ++i)
        accounts << worker(u"%1%2"_s.arg(prefix).arg(i), Tier::Gold);
    return accounts;
}

QJsonObject MarketTest::sentimentRevision(Cents pay, int overlap)
{
    const QJsonArray form{QJsonObject{
            {u"name"_s, u"label"_s},
            {u"kind"_s, u"single_choice"_s},
            {u"label"_s, u"Sentiment"_s},
            {u"required"_s, true},
            {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                                      QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}}}}};
    return {{u"title"_s, u"Sentiment of reviews"_s},
            {u"instructions"_s, u"Pick the sentiment of the review."_s},
            {u"form"_s, form},
            {u"pay_cents"_s, pay},
            {u"overlap"_s, overlap},
            {u"min_tier"_s, u"bronze"_s},
            {u"estimate_seconds"_s, 60}};
}

QString MarketTest::postTask(const Account &owner, int items, const QJsonObject &revision)
{
    const QString taskId = newId();
    applyOk(owner.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    QJsonArray list;
    for (int i = 0; i < items; ++i)
        list.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    applyOk(owner.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, list}});
    applyOk(owner.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    return taskId;
}

QStringList MarketTest::claim(const Account &by, const QString &taskId, int count)
{
    const QJsonObject details = applyOk(by.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
    QStringList leases;
    for (const QJsonValue &lease : details.value(u"lease_ids"_s).toArray())
        leases << lease.toString();
    return leases;
}

QString MarketTest::submit(const Account &by, const QString &leaseId, const QJsonObject &fields)
{
    const QString answerId = newId();
    applyOk(by.id, u"answer.submit@1"_s,
            {{u"answer_id"_s, answerId}, {u"lease_id"_s, leaseId}, {u"fields"_s, fields}, {u"seconds_spent"_s, 30}});
    return answerId;
}

QStringList MarketTest::work(const Account &by, const QString &taskId, int count)
{
    QStringList answers;
    for (const QString &lease : claim(by, taskId, count))
        answers << submit(by, lease);
    return answers;
}

QString MarketTest::reject(const Account &owner, const QString &answerId)
{
    return applyOk(owner.id, u"answer.review@1"_s,
                   {{u"answer_id"_s, answerId},
                    {u"decision"_s, u"reject"_s},
                    {u"reason_code"_s, u"wrong_answer"_s},
                    {u"reason"_s, u"The review is clearly negative."_s}})
            .value(u"conflict_id"_s)
            .toString();
}

void MarketTest::approve(const Account &owner, const QString &answerId)
{
    applyOk(owner.id, u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}});
}

void MarketTest::vote(const Account &arbiter, const QString &conflictId, const QString &fault)
{
    applyOk(arbiter.id, u"vote.cast@1"_s,
            {{u"vote_id"_s, newId()},
             {u"conflict_id"_s, conflictId},
             {u"fault"_s, fault},
             {u"rationale"_s, u"Read the instructions against the answer."_s}});
}

std::optional<QJsonObject> MarketTest::render(const Account &viewer, const QString &entity, const QString &id)
{
    auto rendered = m_market->renderChecked(entity, id, Viewer{viewer.id, m_market->audiencesFor(viewer.id)});
    EXPECT_TRUE(rendered.ok()) << (rendered ? "" : rendered.error().describe().toStdString());
    return rendered.valueOr(std::nullopt);
}

QList<QJsonObject> MarketTest::lines(const Account &viewer, const QString &accountKey)
{
    QStringList ids;
    {
        SqlQuery query(db());
        EXPECT_TRUE(query.prepare(u"SELECT id FROM ledger_entry WHERE account = :account ORDER BY id"_s).ok());
        query.bind(u":account"_s, accountKey);
        EXPECT_TRUE(query.exec().ok());
        while (query.next())
            ids << QString::number(query.int64(0));
    }
    QList<QJsonObject> rendered;
    for (const QString &id : std::as_const(ids)) {
        const auto line = render(viewer, Entity::LedgerEntry, id);
        EXPECT_TRUE(line.has_value()) << id.toStdString();
        if (line)
            rendered.append(*line);
    }
    return rendered;
}

Cents MarketTest::balance(LedgerBook book, const QString &ownerId)
{
    LedgerRepository ledger(*m_db);
    const LedgerAccount account =
            isPersonalBook(book) ? LedgerAccount::personal(book, ownerId) : LedgerAccount::platform(book);
    auto amount = ledger.balance(account);
    EXPECT_TRUE(amount.ok());
    return amount.valueOr(0);
}

QJsonObject MarketTest::wallet(const Account &owner)
{
    return render(owner, Entity::Wallet, owner.id).value_or(QJsonObject());
}

QJsonObject MarketTest::accountJson(const Account &owner)
{
    return render(owner, Entity::Account, owner.id).value_or(QJsonObject());
}

QString MarketTest::answerStatus(const Account &viewer, const QString &answerId)
{
    return render(viewer, Entity::Answer, answerId).value_or(QJsonObject()).value(u"status"_s).toString();
}

QString MarketTest::fingerprint()
{
    static const QStringList tables{
            u"account"_s,      u"auth_token"_s,       u"task"_s,         u"task_revision"_s, u"item"_s,
            u"lease"_s,        u"answer"_s,           u"feedback"_s,     u"conflict"_s,      u"vote"_s,
            u"rating"_s,       u"published_rating"_s, u"points_event"_s, u"worker_pay"_s,    u"reframe_proposal"_s,
            u"ledger_event"_s, u"ledger_entry"_s,     u"change_log"_s,   u"change_seq"_s,    u"meta"_s};
    QString print;
    for (const QString &table : tables) {
        SqlQuery query(*m_db);
        EXPECT_TRUE(query.exec(u"SELECT * FROM "_s + table).ok()) << table.toStdString();
        const int columns = static_cast<int>(m_db->connection().record(table).count());
        EXPECT_GT(columns, 0) << table.toStdString();
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int column = 0; column < columns; ++column)
                values << (query.isNull(column) ? u"NULL"_s : query.value(column).toString());
            rows << values.join(u'|');
        }
        rows.sort();
        print += table + u':' + rows.join(u';') + u'\n';
    }
    return print;
}

void MarketTest::expectBooksClean()
{
    auto problems = m_market->ledgerCheck();
    ASSERT_TRUE(problems.ok()) << problems.error().describe().toStdString();
    EXPECT_EQ(*problems, QStringList()) << problems->join(u"\n"_s).toStdString();
    LedgerRepository ledger(*m_db);
    EXPECT_EQ(ledger.total().valueOr(-1), 0);
}

bool MarketTest::touched(const QList<Touch> &touches, const QString &entity, const QString &id, const QString &audience)
{
    for (const Touch &touch : touches) {
        if (touch.entity == entity && touch.id == id && touch.audience == audience)
            return true;
    }
    return false;
}

QStringList MarketTest::audiencesOf(const QList<Touch> &touches, const QString &entity, const QString &id)
{
    QStringList audiences;
    for (const Touch &touch : touches) {
        if (touch.entity == entity && touch.id == id)
            audiences << touch.audience;
    }
    audiences.sort();
    return audiences;
}

} // namespace Chrysalis::Testing
