// The mechanism end to end through Marketplace::apply and advanceTime, on every backend.
#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "core/market/schema.h"
#include "core/market/syncservice.h"
#include "core/market/taskrepository.h"
#include "core/store/sqlquery.h"
#include "tests/core/market/markettesting.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const LedgerBook kBalance = LedgerBook::Balance;
const LedgerBook kEscrow = LedgerBook::Escrow;
const LedgerBook kEarnings = LedgerBook::Earnings;

QJsonObject feedbackArgs(const QString &feedbackId, const QJsonArray &sampleItems, const QString &verdict,
                         const QJsonObject &markup)
{
    QJsonArray samples;
    for (const QJsonValue &item : sampleItems) {
        samples.append(QJsonObject{{u"item_id"_s, item.toObject().value(u"id"_s)},
                                   {u"fields"_s, QJsonObject{{u"label"_s, u"positive"_s}}},
                                   {u"seconds_spent"_s, 42}});
    }
    return {{u"feedback_id"_s, feedbackId},
            {u"sample_answers"_s, samples},
            {u"markup_revision"_s, markup},
            {u"comments"_s, QJsonArray{QJsonObject{{u"hunk_id"_s, u"title"_s}, {u"text"_s, u"Say which product."_s}}}},
            {u"verdict"_s, verdict}};
}

} // namespace

// The feedback task of the only task posted so far.
QString MarketTest::onlyFeedbackId()
{
    SqlQuery query(db());
    if (!query.exec(u"SELECT id FROM feedback"_s).ok() || !query.next())
        return {};
    return query.text(0);
}

// The change hunks of a submitted feedback, as the requester's machine computes them.
QList<DiffHunk> MarketTest::feedbackHunks(const Account &requester, const QString &feedbackId,
                                          const QString &revisionId)
{
    const auto base =
            TaskRevision::fromJson(render(requester, Entity::TaskRevision, revisionId).value_or(QJsonObject()));
    const QJsonObject feedback = render(requester, Entity::Feedback, feedbackId).value_or(QJsonObject());
    auto markupJson = feedback.value(u"markup_revision"_s).toObject();
    const auto markup = TaskRevision::fromJson(markupJson);
    EXPECT_TRUE(base.ok() && markup.ok());
    if (!base.ok() || !markup.ok())
        return {};
    return diffRevisions(*base, *markup);
}

TEST_P(MarketTest, ServerMigrationsCarryTheMarketplaceAndTheSyncTables)
{
    const QList<Migration> migrations = serverMigrations();
    ASSERT_GE(migrations.size(), 5); // the sync tables came with migration 4
    for (int i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, i + 1);
    const QStringList statements = migrations.at(3).statements;
    for (const QString &statement : SyncService::migration(4).statements)
        EXPECT_TRUE(statements.contains(statement)) << statement.toStdString();
    EXPECT_EQ(db().schemaVersion().valueOr(0), migrations.size());
    for (const QString &table : {u"sync_client"_s, u"mutation_outcome"_s, u"auth_token"_s}) {
        SqlQuery query(db());
        EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM "_s + table).ok()) << table.toStdString();
    }
}

TEST_P(MarketTest, ButterflyTaskFromPublishToSettlementBalancesToTheCent)
{
    const Account ada = requester(u"ada"_s, Standing::Butterfly, 100'000);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(5);

    const QString taskId = postTask(ada, 3, sentimentRevision(1'000));
    // Escrow: 3 slots × (1000 + 20 % fee).
    EXPECT_EQ(balance(kBalance, ada.id), 100'000 - 3'600);
    EXPECT_EQ(balance(kEscrow, ada.id), 3'600);
    EXPECT_EQ(render(bo, Entity::Task, taskId).value_or(QJsonObject()).value(u"state"_s).toString(), u"published"_s);

    const QStringList answers = work(bo, taskId, 3);
    ASSERT_EQ(answers.size(), 3);
    EXPECT_EQ(render(ada, Entity::Task, taskId)->value(u"state"_s).toString(), u"closed"_s);

    approve(ada, answers.at(0));
    EXPECT_EQ(balance(kEscrow, ada.id), 2'400);
    EXPECT_EQ(balance(kEarnings, bo.id), 1'000);
    EXPECT_EQ(balance(LedgerBook::PlatformFees, {}), 200);

    const QString conflictId = reject(ada, answers.at(1));
    ASSERT_TRUE(isValidId(conflictId));
    EXPECT_EQ(answerStatus(bo, answers.at(1)), u"in_conflict"_s);
    for (int i = 0; i < 4; ++i)
        vote(panel.at(i), conflictId, u"worker"_s);
    EXPECT_EQ(render(bo, Entity::Conflict, conflictId)->value(u"state"_s).toString(), u"open"_s);
    vote(panel.at(4), conflictId, u"requester"_s);

    const QJsonObject conflict = render(bo, Entity::Conflict, conflictId).value_or(QJsonObject());
    EXPECT_EQ(conflict.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(conflict.value(u"worker_fault_votes"_s).toInt(), 4);
    EXPECT_EQ(conflict.value(u"requester_fault_votes"_s).toInt(), 1);
    // w = 4/5, P = 1000: the requester pays r × P = 200 plus a 100 arbitration fee; mistake pay is 800.
    EXPECT_EQ(conflict.value(u"requester_charge_cents"_s).toInteger(), 200);
    EXPECT_EQ(conflict.value(u"mistake_pay_cents"_s).toInteger(), 800);
    EXPECT_EQ(conflict.value(u"arbitration_fee_cents"_s).toInteger(), 100);
    EXPECT_EQ(answerStatus(ada, answers.at(1)), u"settled"_s);

    EXPECT_EQ(balance(kEarnings, bo.id), 2'000); // paid P in full, always
    EXPECT_EQ(balance(kBalance, ada.id), 100'000 - 3'600 + (1'200 - 200 - 100));
    EXPECT_EQ(balance(kEscrow, ada.id), 1'200); // the third slot is still held
    EXPECT_EQ(balance(LedgerBook::PlatformArbitration, {}), 100 - 5 * 40);
    EXPECT_EQ(balance(LedgerBook::PlatformMistakePay, {}), -800);
    for (const Account &arbiter : panel)
        EXPECT_EQ(balance(kEarnings, arbiter.id), 40);
    // A butterfly starts at the standing's 100 points; r = 0.2 costs none.
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), policy().standing.butterflyAtPoints);

    const QJsonObject boWallet = wallet(bo);
    EXPECT_EQ(boWallet.value(u"earnings_cents"_s).toInteger(), 2'000);
    EXPECT_EQ(boWallet.value(u"mistake_pay_window_cents"_s).toInteger(), 800);
    EXPECT_EQ(boWallet.value(u"mistake_allowance_cents"_s).toInteger(), 9'000);
    EXPECT_FALSE(accountJson(bo).value(u"suspended"_s).toBool());
    const QJsonObject adaWallet = wallet(ada);
    EXPECT_EQ(adaWallet.value(u"balance_cents"_s).toInteger(), balance(kBalance, ada.id));
    EXPECT_EQ(adaWallet.value(u"escrow_cents"_s).toInteger(), 1'200);

    expectBooksClean();
}

// A pull renders a page of one kind in one batch; each viewer must get exactly what rendering the
// rows one by one gives: the requester every item, a worker the items it leased, an arbiter the
// item of its panel, nobody a missing item.
TEST_P(MarketTest, RenderingAPageOfItemsAnswersAsRenderingEachItemAlone)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account cy = worker(u"cyril"_s);
    const QList<Account> panel = arbiters(5);
    const QString taskId = postTask(ada, 6, sentimentRevision(1'000));
    const QStringList answers = work(bo, taskId, 2);
    claim(cy, taskId, 1);
    reject(ada, answers.at(0));

    auto items = TaskRepository(db()).items(taskId, -1);
    ASSERT_TRUE(items.ok());
    QStringList ids;
    for (const Item &item : std::as_const(*items))
        ids << item.id;
    ids << newId(); // no such item
    const QList<QPair<Account, int>> expectations{{ada, 6}, {bo, 2}, {cy, 1}, {panel.at(0), 1}};
    for (const auto &[viewer, visible] : expectations) {
        auto many = market().renderMany(Entity::Item, ids, Viewer{viewer.id, market().audiencesFor(viewer.id)});
        ASSERT_TRUE(many.ok()) << many.error().describe().toStdString();
        ASSERT_EQ(many->size(), ids.size());
        int shown = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            EXPECT_TRUE(many->at(i) == render(viewer, Entity::Item, ids.at(i)))
                    << viewer.username.toStdString() << " item " << i;
            shown += many->at(i).has_value() ? 1 : 0;
        }
        EXPECT_EQ(shown, visible) << viewer.username.toStdString();
    }

    // Kinds without a batched read go through the same renderer, one row at a time.
    auto tasks = market().renderMany(Entity::Task, {taskId}, Viewer{bo.id, market().audiencesFor(bo.id)});
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 1);
    EXPECT_TRUE(tasks->at(0) == render(bo, Entity::Task, taskId));
}

TEST_P(MarketTest, RequesterFoundAtFaultPaysPriceAndFeeAndLosesPoints)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(5);
    const QString taskId = postTask(ada, 1, sentimentRevision(1'000));
    const QString answer = work(bo, taskId, 1).constFirst();
    const QString conflictId = reject(ada, answer);
    vote(panel.at(0), conflictId, u"worker"_s);
    for (int i = 1; i < 5; ++i)
        vote(panel.at(i), conflictId, u"requester"_s);

    EXPECT_EQ(balance(kEarnings, bo.id), 1'000);
    // r = 4/5: charge 800 + fee 100 out of the 1200 held, 300 back.
    EXPECT_EQ(balance(kBalance, ada.id), 100'000 - 1'200 + 300);
    EXPECT_EQ(balance(LedgerBook::PlatformMistakePay, {}), -200);
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), 100 - 20);
    EXPECT_EQ(wallet(bo).value(u"mistake_pay_window_cents"_s).toInteger(), 200);
    expectBooksClean();
}

TEST_P(MarketTest, VotesAreBlindWhileOpenAndAnonymousAfterTheClose)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(6);
    const QString taskId = postTask(ada, 1);
    const QString conflictId = reject(ada, work(bo, taskId, 1).constFirst());
    const QString voteId = newId();
    applyOk(panel.at(0).id, u"vote.cast@1"_s,
            {{u"vote_id"_s, voteId},
             {u"conflict_id"_s, conflictId},
             {u"fault"_s, u"worker"_s},
             {u"rationale"_s, u"Clear misreading."_s}});

    const auto own = render(panel.at(0), Entity::Vote, voteId);
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->value(u"arbiter_id"_s).toString(), panel.at(0).id);
    EXPECT_FALSE(render(panel.at(1), Entity::Vote, voteId).has_value());
    EXPECT_FALSE(render(bo, Entity::Vote, voteId).has_value());
    EXPECT_FALSE(render(ada, Entity::Vote, voteId).has_value());
    const QJsonObject open = render(panel.at(1), Entity::Conflict, conflictId).value_or(QJsonObject());
    EXPECT_FALSE(open.contains(u"worker_fault_votes"_s));
    EXPECT_EQ(open.value(u"votes_cast"_s).toInt(), 1);

    for (int i = 1; i < 5; ++i)
        vote(panel.at(i), conflictId, u"worker"_s);
    const auto seen = render(bo, Entity::Vote, voteId);
    ASSERT_TRUE(seen.has_value());
    EXPECT_FALSE(seen->contains(u"arbiter_id"_s));
    EXPECT_EQ(seen->value(u"rationale"_s).toString(), u"Clear misreading."_s);
    EXPECT_TRUE(render(ada, Entity::Vote, voteId).has_value());
    EXPECT_TRUE(render(panel.at(3), Entity::Vote, voteId).has_value());
    EXPECT_FALSE(render(panel.at(5), Entity::Vote, voteId).has_value()); // not on the panel
    EXPECT_FALSE(render(panel.at(5), Entity::Conflict, conflictId).has_value());
}

TEST_P(MarketTest, CaterpillarTaskStaysHiddenUntilFeedbackIsResolvedAndFromBronzeForever)
{
    const Account cat = requester(u"cat"_s, Standing::Caterpillar, 100'000);
    const Account bronze = worker(u"bronze"_s);
    const Account silver = worker(u"silver"_s, Tier::Silver);
    const Account gold = worker(u"gold"_s, Tier::Gold);

    const QString taskId = newId();
    applyOk(cat.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision(1'000)}});
    QJsonArray items;
    for (int i = 0; i < 5; ++i)
        items.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    applyOk(cat.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
    const Applied published = apply(cat.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    ASSERT_TRUE(published.effect.applied);
    EXPECT_EQ(published.effect.details.value(u"state"_s).toString(), u"in_feedback"_s);
    const QString feedbackId = published.effect.details.value(u"feedback_id"_s).toString();
    // 5 slots × (1000 + 30 %).
    EXPECT_EQ(balance(kEscrow, cat.id), 6'500);
    EXPECT_EQ(audiencesOf(published.touches, Entity::Task, taskId), QStringList{Audience::account(cat.id)});
    EXPECT_TRUE(touched(published.touches, Entity::Feedback, feedbackId, Audience::workersFrom(u"silver"_s)));

    for (const Account &viewer : {bronze, silver, gold})
        EXPECT_FALSE(render(viewer, Entity::Task, taskId).has_value()) << viewer.username.toStdString();
    EXPECT_TRUE(render(cat, Entity::Task, taskId).has_value());
    applyRejected(silver.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}, RejectionCode::NotFound);

    EXPECT_FALSE(render(bronze, Entity::Feedback, feedbackId).has_value());
    const auto offered = render(silver, Entity::Feedback, feedbackId);
    ASSERT_TRUE(offered.has_value());
    const QJsonArray samples = offered->value(u"sample_items"_s).toArray();
    EXPECT_EQ(samples.size(), 3); // min(3, items)
    EXPECT_EQ(offered->value(u"revision"_s).toObject().value(u"title"_s).toString(), u"Sentiment of reviews"_s);

    const Rejection bronzeTry = applyRejected(bronze.id, u"feedback.submit@1"_s,
                                              feedbackArgs(feedbackId, samples, u"approve"_s, sentimentRevision(1'000)),
                                              RejectionCode::NotEligible);
    EXPECT_EQ(bronzeTry.details.value(u"reason"_s).toString(), u"feedback_needs_silver"_s);
    applyRejected(silver.id, u"feedback.submit@1"_s,
                  feedbackArgs(feedbackId, QJsonArray{samples.at(0)}, u"approve"_s, sentimentRevision(1'000)),
                  RejectionCode::ValidationFailed);
    applyOk(silver.id, u"feedback.submit@1"_s,
            feedbackArgs(feedbackId, samples, u"approve"_s, sentimentRevision(1'000)));
    EXPECT_EQ(balance(kEarnings, silver.id), 150);
    EXPECT_EQ(balance(LedgerBook::PlatformFeedbackPay, {}), -150);
    EXPECT_FALSE(render(gold, Entity::Feedback, feedbackId).has_value()); // no longer open to others
    applyRejected(gold.id, u"feedback.submit@1"_s,
                  feedbackArgs(feedbackId, samples, u"approve"_s, sentimentRevision(1'000)), RejectionCode::TaskClosed);
    EXPECT_FALSE(render(silver, Entity::Task, taskId).has_value()); // submitted, not yet resolved

    applyRejected(silver.id, u"feedback.resolve@1"_s,
                  {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray()}}, RejectionCode::Forbidden);
    const Applied resolved = apply(cat.id, u"feedback.resolve@1"_s,
                                   {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray()}});
    ASSERT_TRUE(resolved.effect.applied);
    EXPECT_FALSE(resolved.effect.details.value(u"adopted"_s).toBool());
    EXPECT_TRUE(touched(resolved.touches, Entity::Task, taskId, Audience::workersFrom(u"silver"_s)));
    EXPECT_FALSE(touched(resolved.touches, Entity::Task, taskId, Audience::workersFrom(u"bronze"_s)));
    EXPECT_EQ(accountJson(cat).value(u"points"_s).toInt(), 10); // verdict approve

    EXPECT_TRUE(render(silver, Entity::Task, taskId).has_value());
    EXPECT_TRUE(render(gold, Entity::Task, taskId).has_value());
    EXPECT_FALSE(render(bronze, Entity::Task, taskId).has_value());
    const Rejection bronzeClaim = applyRejected(bronze.id, u"lease.claim@1"_s,
                                                {{u"task_id"_s, taskId}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    EXPECT_EQ(bronzeClaim.details.value(u"reason"_s).toString(), u"caterpillar_needs_silver"_s);
    EXPECT_EQ(claim(gold, taskId, 2).size(), 2);
    expectBooksClean();
}

TEST_P(MarketTest, ResolvingWithEveryHunkAdoptsTheMarkupAsANewRevisionAndReprices)
{
    const Account cat = requester(u"cat"_s, Standing::Caterpillar, 10'000);
    const Account silver = worker(u"silver"_s, Tier::Silver);
    const QString taskId = postTask(cat, 2, sentimentRevision(1'000));
    const QJsonObject task = render(cat, Entity::Task, taskId).value_or(QJsonObject());
    EXPECT_EQ(task.value(u"state"_s).toString(), u"in_feedback"_s);
    EXPECT_EQ(balance(kEscrow, cat.id), 2'600);

    const QString originalRevision = task.value(u"revision_id"_s).toString();
    const QString feedbackId = onlyFeedbackId();
    const QJsonArray samples = render(silver, Entity::Feedback, feedbackId)->value(u"sample_items"_s).toArray();
    ASSERT_EQ(samples.size(), 2);
    QJsonObject markup = sentimentRevision(1'500);
    markup.insert(u"title"_s, u"Sentiment of kitchen appliance reviews"_s);
    applyOk(silver.id, u"feedback.submit@1"_s, feedbackArgs(feedbackId, samples, u"changes_suggested"_s, markup));

    const QList<DiffHunk> hunks = feedbackHunks(cat, feedbackId, originalRevision);
    ASSERT_EQ(hunks.size(), 2); // the title and the pay
    QJsonArray every;
    for (const DiffHunk &hunk : hunks)
        every.append(hunk.id);
    const QJsonObject details =
            applyOk(cat.id, u"feedback.resolve@1"_s, {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, every}});
    EXPECT_TRUE(details.value(u"adopted"_s).toBool());
    const QJsonObject after = render(cat, Entity::Task, taskId).value_or(QJsonObject());
    const QString adopted = after.value(u"revision_id"_s).toString();
    EXPECT_NE(adopted, originalRevision);
    EXPECT_EQ(details.value(u"revision_id"_s).toString(), adopted);
    EXPECT_EQ(after.value(u"state"_s).toString(), u"published"_s);
    EXPECT_EQ(after.value(u"pay_cents"_s).toInteger(), 1'500);
    const QJsonObject revision = render(cat, Entity::TaskRevision, adopted).value_or(QJsonObject());
    EXPECT_EQ(revision.value(u"number"_s).toInt(), 2);
    EXPECT_EQ(revision.value(u"title"_s).toString(), u"Sentiment of kitchen appliance reviews"_s);
    EXPECT_TRUE(render(cat, Entity::TaskRevision, originalRevision).has_value());
    // 2 slots × (1500 + 30 %) now held; no points for changes suggested.
    EXPECT_EQ(balance(kEscrow, cat.id), 3'900);
    EXPECT_EQ(balance(kBalance, cat.id), 10'000 - 3'900);
    EXPECT_EQ(accountJson(cat).value(u"points"_s).toInt(), 0);
    const Account gold = worker(u"gold"_s, Tier::Gold);
    const QStringList leases = claim(gold, taskId, 1);
    ASSERT_EQ(leases.size(), 1);
    EXPECT_EQ(render(gold, Entity::Lease, leases.constFirst())->value(u"revision_id"_s).toString(), adopted);
    expectBooksClean();
}

TEST_P(MarketTest, ResolvingTakesOnlyTheAcceptedHunksAndRefusesOnesTheMarkupDoesNotHave)
{
    const Account cat = requester(u"cat"_s, Standing::Caterpillar, 10'000);
    const Account silver = worker(u"silver"_s, Tier::Silver);
    const QString taskId = postTask(cat, 2, sentimentRevision(1'000));
    const QString originalRevision = render(cat, Entity::Task, taskId)->value(u"revision_id"_s).toString();
    const QString feedbackId = onlyFeedbackId();
    const QJsonArray samples = render(silver, Entity::Feedback, feedbackId)->value(u"sample_items"_s).toArray();
    QJsonObject markup = sentimentRevision(1'500);
    markup.insert(u"title"_s, u"Sentiment of kitchen appliance reviews"_s);
    applyOk(silver.id, u"feedback.submit@1"_s, feedbackArgs(feedbackId, samples, u"changes_suggested"_s, markup));
    const QList<DiffHunk> hunks = feedbackHunks(cat, feedbackId, originalRevision);
    QString titleHunk;
    for (const DiffHunk &hunk : hunks) {
        if (hunk.kind == HunkKind::Title)
            titleHunk = hunk.id;
    }
    ASSERT_FALSE(titleHunk.isEmpty());

    const Rejection unknown =
            applyRejected(cat.id, u"feedback.resolve@1"_s,
                          {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray{titleHunk, u"title"_s}}},
                          RejectionCode::ValidationFailed);
    QStringList named;
    for (const QJsonValue &field : unknown.details.value(u"fields"_s).toArray())
        named << field.toObject().value(u"field"_s).toString();
    EXPECT_EQ(named, QStringList{u"accepted_hunks[1]"_s});
    EXPECT_EQ(render(cat, Entity::Task, taskId)->value(u"state"_s).toString(), u"in_feedback"_s);

    applyOk(cat.id, u"feedback.resolve@1"_s,
            {{u"feedback_id"_s, feedbackId}, {u"accepted_hunks"_s, QJsonArray{titleHunk}}});
    const QJsonObject after = render(cat, Entity::Task, taskId).value_or(QJsonObject());
    EXPECT_EQ(after.value(u"state"_s).toString(), u"published"_s);
    EXPECT_EQ(after.value(u"title"_s).toString(), u"Sentiment of kitchen appliance reviews"_s);
    EXPECT_EQ(after.value(u"pay_cents"_s).toInteger(), 1'000); // the pay change was not accepted
    EXPECT_EQ(balance(kEscrow, cat.id), 2'600); // so the escrow stands as it was
    expectBooksClean();
}

TEST_P(MarketTest, LeaseExpiresWithTheClockAndALateAnswerCountsOnlyWhileItsSlotIsFree)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 2);
    const QStringList leases = claim(bo, taskId, 2);
    ASSERT_EQ(leases.size(), 2);
    const QJsonObject lease = render(bo, Entity::Lease, leases.at(0)).value_or(QJsonObject());
    // max(30 min, 3 × 60 s × 2) = 30 min.
    EXPECT_EQ(parseWireTime(lease.value(u"expires_at"_s).toString()), clock().now().addSecs(1'800));

    auto touches = advance(1'799);
    EXPECT_EQ(render(bo, Entity::Lease, leases.at(0))->value(u"state"_s).toString(), u"active"_s);
    EXPECT_FALSE(touched(touches, Entity::Lease, leases.at(0), Audience::account(bo.id)));
    applyRejected(bea.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    touches = advance(1);
    EXPECT_EQ(render(bo, Entity::Lease, leases.at(0))->value(u"state"_s).toString(), u"expired"_s);
    EXPECT_EQ(audiencesOf(touches, Entity::Lease, leases.at(0)), QStringList{Audience::account(bo.id)});
    EXPECT_TRUE(advance(0).isEmpty()); // idempotent

    // The first slot is still free: the late answer is accepted.
    const QJsonObject late = applyOk(bo.id, u"answer.submit@1"_s,
                                     {{u"answer_id"_s, newId()},
                                      {u"lease_id"_s, leases.at(0)},
                                      {u"fields"_s, goodFields()},
                                      {u"seconds_spent"_s, 10}});
    EXPECT_TRUE(late.value(u"late"_s).toBool());
    // bea takes the second slot; bo's late answer on it is refused.
    EXPECT_EQ(claim(bea, taskId, 5).size(), 1);
    const Rejection refused = applyRejected(bo.id, u"answer.submit@1"_s,
                                            {{u"answer_id"_s, newId()},
                                             {u"lease_id"_s, leases.at(1)},
                                             {u"fields"_s, goodFields()},
                                             {u"seconds_spent"_s, 10}},
                                            RejectionCode::LeaseExpired);
    EXPECT_TRUE(refused.details.contains(u"expires_at"_s));
}

TEST_P(MarketTest, UnreviewedAnswersAreApprovedAfterThreeDaysToTheSecond)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 1);
    const QString answer = work(bo, taskId, 1).constFirst();

    advance(3 * 86'400 - 1);
    EXPECT_EQ(answerStatus(bo, answer), u"pending_review"_s);
    EXPECT_EQ(balance(kEarnings, bo.id), 0);
    const QList<Touch> touches = advance(1);
    EXPECT_EQ(answerStatus(bo, answer), u"approved"_s);
    EXPECT_EQ(balance(kEarnings, bo.id), 1'000);
    EXPECT_TRUE(touched(touches, Entity::Answer, answer, Audience::account(ada.id)));
    EXPECT_TRUE(touched(touches, Entity::Wallet, bo.id, Audience::account(bo.id)));
    applyRejected(ada.id, u"answer.review@1"_s, {{u"answer_id"_s, answer}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::TaskClosed);
    advance(60);
    EXPECT_EQ(balance(kEarnings, bo.id), 1'000); // approved once
    expectBooksClean();
}

TEST_P(MarketTest, PanelWithoutVotesIsExtendedOnceThenClosesWithTheWorkerNotAtFault)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 1);
    const QString conflictId = reject(ada, work(bo, taskId, 1).constFirst());
    const QDateTime opened = clock().now();
    EXPECT_EQ(parseWireTime(render(bo, Entity::Conflict, conflictId)->value(u"deadline"_s).toString()),
              opened.addSecs(72 * 3'600));

    advance(72 * 3'600 - 1);
    EXPECT_EQ(render(bo, Entity::Conflict, conflictId)->value(u"extended"_s).toBool(), false);
    advance(1);
    QJsonObject conflict = render(bo, Entity::Conflict, conflictId).value_or(QJsonObject());
    EXPECT_EQ(conflict.value(u"state"_s).toString(), u"open"_s);
    EXPECT_TRUE(conflict.value(u"extended"_s).toBool());
    EXPECT_EQ(parseWireTime(conflict.value(u"deadline"_s).toString()), opened.addSecs(144 * 3'600));

    advance(72 * 3'600 - 1);
    EXPECT_EQ(render(bo, Entity::Conflict, conflictId)->value(u"state"_s).toString(), u"open"_s);
    advance(1);
    conflict = render(bo, Entity::Conflict, conflictId).value_or(QJsonObject());
    EXPECT_EQ(conflict.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(conflict.value(u"mistake_pay_cents"_s).toInteger(), 0);
    EXPECT_EQ(conflict.value(u"requester_charge_cents"_s).toInteger(), 1'000);
    EXPECT_EQ(balance(kEarnings, bo.id), 1'000);
    EXPECT_EQ(balance(kBalance, ada.id), 100'000 - 1'200 + 100); // held 1200 − P − 10 % fee
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), 100); // nobody judged the requester: no points lost
    expectBooksClean();
}

TEST_P(MarketTest, PanelWithQuorumClosesAtItsDeadlineAndLateVotesAreRefused)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(4);
    const QString taskId = postTask(ada, 1);
    const QString conflictId = reject(ada, work(bo, taskId, 1).constFirst());
    for (int i = 0; i < 3; ++i)
        vote(panel.at(i), conflictId, u"worker"_s);

    clock().advance(72 * 3'600);
    // Past the deadline but before the clock work ran: the vote is refused and nothing is written.
    const QJsonObject late{{u"vote_id"_s, newId()},
                           {u"conflict_id"_s, conflictId},
                           {u"fault"_s, u"requester"_s},
                           {u"rationale"_s, u"Too late."_s}};
    const QString before = fingerprint();
    EXPECT_EQ(applyWithoutRollback(panel.at(3).id, u"vote.cast@1"_s, late).rejection.code,
              RejectionCode::ConflictClosed);
    EXPECT_EQ(fingerprint(), before);

    advance(0);
    const QJsonObject conflict = render(bo, Entity::Conflict, conflictId).value_or(QJsonObject());
    EXPECT_EQ(conflict.value(u"state"_s).toString(), u"closed"_s);
    EXPECT_EQ(conflict.value(u"worker_fault_votes"_s).toInt(), 3);
    EXPECT_EQ(conflict.value(u"mistake_pay_cents"_s).toInteger(), 1'000);
    applyRejected(panel.at(3).id, u"vote.cast@1"_s, late, RejectionCode::ConflictClosed);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(balance(kEarnings, panel.at(i).id), 40);
    EXPECT_EQ(balance(kEarnings, panel.at(3).id), 0);
    expectBooksClean();
}

TEST_P(MarketTest, MistakePayAtTheAllowanceIsKeptAndOneCentOverSuspends)
{
    policy().panel.seats = 1;
    policy().panel.quorum = 1;
    const Account ada = requester(u"ada"_s, Standing::Butterfly, 1'000'000);
    const Account gold = worker(u"gold"_s, Tier::Gold);
    const Account atLimit = worker(u"at.limit"_s);
    const Account overLimit = worker(u"over.limit"_s);

    // Allowance = max(90 % of 10 000, 10 % of earned): 9000 for both, as they earn at most 9001.
    const QString exact = postTask(ada, 1, sentimentRevision(9'000));
    vote(gold, reject(ada, work(atLimit, exact, 1).constFirst()), u"worker"_s);
    EXPECT_EQ(wallet(atLimit).value(u"mistake_pay_window_cents"_s).toInteger(), 9'000);
    EXPECT_EQ(wallet(atLimit).value(u"mistake_allowance_cents"_s).toInteger(), 9'000);
    EXPECT_FALSE(accountJson(atLimit).value(u"suspended"_s).toBool());

    const QString over = postTask(ada, 2, sentimentRevision(9'001));
    const QStringList answers = work(overLimit, over, 2);
    vote(gold, reject(ada, answers.at(0)), u"worker"_s);
    const QJsonObject account = accountJson(overLimit);
    EXPECT_TRUE(account.value(u"suspended"_s).toBool());
    const QString reason = account.value(u"suspended_reason"_s).toString();
    EXPECT_TRUE(reason.contains(u"9001"_s) && reason.contains(u"9000"_s)) << reason.toStdString();

    // Suspended: nothing new, but pending work still settles.
    const QString another = postTask(ada, 1);
    const Rejection refused = applyRejected(overLimit.id, u"lease.claim@1"_s,
                                            {{u"task_id"_s, another}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    EXPECT_EQ(refused.details.value(u"reason"_s).toString(), u"suspended"_s);
    approve(ada, answers.at(1));
    EXPECT_EQ(balance(kEarnings, overLimit.id), 9'001 * 2);

    ASSERT_TRUE(market().reinstate(u"over.limit"_s).ok());
    EXPECT_FALSE(accountJson(overLimit).value(u"suspended"_s).toBool());
    EXPECT_EQ(claim(overLimit, another, 1).size(), 1);
    expectBooksClean();
}

TEST_P(MarketTest, TierPromotionIsOfferedOnlyWhenEarnedAndAcceptedByTheWorker)
{
    policy().tiers.silver = TierRule{2, 0, 2, 100};
    policy().tiers.gold = TierRule{4, 1, 1, 200};
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 4);
    const QStringList answers = work(bo, taskId, 4);
    approve(ada, answers.at(0));

    const Rejection early =
            applyRejected(bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"silver"_s}}, RejectionCode::NotEligible);
    EXPECT_EQ(early.details.value(u"reason"_s).toString(), u"tier"_s);
    EXPECT_FALSE(render(bo, Entity::TierProgress, bo.id)->value(u"eligible_for_next"_s).toBool());

    approve(ada, answers.at(1));
    EXPECT_TRUE(render(bo, Entity::TierProgress, bo.id)->value(u"eligible_for_next"_s).toBool());
    const qint64 epoch = market().scopeEpoch(bo.id).valueOr(0);
    EXPECT_FALSE(market().audiencesFor(bo.id).contains(Audience::workersFrom(u"silver"_s)));
    applyOk(bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"silver"_s}});
    EXPECT_EQ(accountJson(bo).value(u"tier"_s).toString(), u"silver"_s);
    EXPECT_EQ(market().scopeEpoch(bo.id).valueOr(0), epoch + 1);
    EXPECT_TRUE(market().audiencesFor(bo.id).contains(Audience::workersFrom(u"silver"_s)));

    approve(ada, answers.at(2));
    approve(ada, answers.at(3));
    // Four approved answers but no feedback task done: gold stays out of reach.
    applyRejected(bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"gold"_s}}, RejectionCode::NotEligible);
    applyRejected(bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"silver"_s}}, RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"tier.accept@1"_s, {{u"tier"_s, u"silver"_s}}, RejectionCode::Forbidden);
}

TEST_P(MarketTest, LostConflictsOverTheTierLimitDemoteByOneTier)
{
    policy().panel.seats = 1;
    policy().tiers.silver.maxLostConflicts = 1;
    const Account ada = requester(u"ada"_s);
    const Account sam = worker(u"sam"_s, Tier::Silver);
    const Account gold = worker(u"gold"_s, Tier::Gold);
    const QString taskId = postTask(ada, 3);
    const QStringList answers = work(sam, taskId, 3);
    vote(gold, reject(ada, answers.at(0)), u"worker"_s);
    EXPECT_EQ(accountJson(sam).value(u"tier"_s).toString(), u"silver"_s); // one lost conflict is allowed
    const qint64 epoch = market().scopeEpoch(sam.id).valueOr(0);
    vote(gold, reject(ada, answers.at(1)), u"worker"_s);
    EXPECT_EQ(accountJson(sam).value(u"tier"_s).toString(), u"bronze"_s);
    EXPECT_EQ(market().scopeEpoch(sam.id).valueOr(0), epoch + 1);

    // A stricter policy read later demotes by the clock.
    const Account gia = worker(u"gia"_s, Tier::Gold);
    policy().tiers.gold.maxLostConflicts = 0;
    policy().tiers.gold.windowAnswers = 200;
    const QString other = postTask(ada, 1);
    vote(gold, reject(ada, work(gia, other, 1).constFirst()), u"worker"_s);
    EXPECT_EQ(accountJson(gia).value(u"tier"_s).toString(), u"silver"_s);
    policy().tiers.silver.maxLostConflicts = 0;
    advance(1);
    EXPECT_EQ(accountJson(gia).value(u"tier"_s).toString(), u"bronze"_s);
}

TEST_P(MarketTest, RatingsArePrivateAndPublishedOnlyOverFiveOfThem)
{
    const Account ada = requester(u"ada"_s);
    const QString taskId = postTask(ada, 6);
    QList<Account> raters;
    for (int i = 0; i < 6; ++i) {
        raters << worker(u"rater%1"_s.arg(i));
        work(raters.last(), taskId, 1);
    }
    const Account stranger = worker(u"stranger"_s);
    applyRejected(stranger.id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, 9}}, RejectionCode::Forbidden);
    applyRejected(raters.at(0).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, 11}},
                  RejectionCode::ValidationFailed);
    applyRejected(raters.at(0).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, -1}},
                  RejectionCode::ValidationFailed);

    const QList<int> ratings{10, 8, 9, 7, 6, 0};
    for (int i = 0; i < 4; ++i)
        applyOk(raters.at(i).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, ratings.at(i)}});
    applyRejected(raters.at(0).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, 3}},
                  RejectionCode::AlreadyAnswered);
    QJsonObject account = accountJson(ada);
    EXPECT_TRUE(account.value(u"rating"_s).isNull());
    EXPECT_EQ(account.value(u"rating_count"_s).toInt(), 0);
    // Points from ratings wait for the aggregate, so no single rating shows in them.
    EXPECT_EQ(account.value(u"points"_s).toInt(), 100);
    const auto entry = render(stranger, Entity::LeaderboardEntry, u"1"_s);
    ASSERT_TRUE(entry.has_value());
    EXPECT_TRUE(entry->value(u"rating"_s).isNull());

    applyOk(raters.at(4).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, ratings.at(4)}});
    account = accountJson(ada);
    // Bayesian mean with the platform mean (all five ratings here) as prior: it equals that mean.
    EXPECT_DOUBLE_EQ(account.value(u"rating"_s).toDouble(), 8.0);
    EXPECT_EQ(account.value(u"rating_count"_s).toInt(), 5);
    EXPECT_EQ(render(stranger, Entity::LeaderboardEntry, u"1"_s)->value(u"rating_count"_s).toInt(), 5);
    EXPECT_EQ(account.value(u"points"_s).toInt(), 100 + (10 - 5) + (8 - 5) + (9 - 5) + (7 - 5) + (6 - 5));
    // A sixth rating does not refresh the aggregate (fewer than 5 new ones).
    applyOk(raters.at(5).id, u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, ratings.at(5)}});
    EXPECT_EQ(accountJson(ada).value(u"rating_count"_s).toInt(), 5);
    EXPECT_EQ(accountJson(ada).value(u"points"_s).toInt(), 100 + 15);
    for (const QString &key : accountJson(ada).keys())
        EXPECT_FALSE(key.contains(u"ratings"_s)) << key.toStdString();
}

TEST_P(MarketTest, SeedDemoBuildsAConsistentMarketplace)
{
    auto summary = market().seedDemo();
    ASSERT_TRUE(summary.ok()) << summary.error().describe().toStdString();
    EXPECT_EQ(summary->value(u"password"_s).toString(), u"chrysalis-demo"_s);
    EXPECT_GE(summary->value(u"accounts"_s).toArray().size(), 11);
    EXPECT_EQ(summary->value(u"tasks"_s).toArray().size(), 7);
    auto gia = market().authenticate(u"gia"_s, u"chrysalis-demo"_s);
    ASSERT_TRUE(gia.ok());
    EXPECT_EQ(gia->tier, Tier::Gold);
    SqlQuery query(db());
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*) FROM conflict WHERE state = 'open' AND votes_cast = 2"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), 1);
    query.finish();
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*) FROM feedback WHERE state = 'open'"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), 1);
    query.finish();
    // Gold items in two tasks (one of them a qualification task), and the quality keys of three revisions.
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*), COUNT(DISTINCT task_id) FROM gold_item"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), 6);
    EXPECT_EQ(query.int64(1), 2);
    query.finish();
    ASSERT_TRUE(query.exec(u"SELECT COUNT(*) FROM revision_quality"_s).ok());
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.int64(0), 3);
    query.finish();
    expectBooksClean();
    EXPECT_FALSE(market().seedDemo().ok()); // the demo accounts exist already
}

} // namespace Chrysalis::Testing
