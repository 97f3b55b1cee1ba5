// Leased slots in items_open, ledger references, daily exposure limits, payouts and reframe adoption.
#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "tests/core/market/markettesting.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

int itemsOpen(const std::optional<QJsonObject> &task)
{
    return task.has_value() ? task->value(u"items_open"_s).toInt(-1) : -1;
}

QJsonObject flagged(QJsonObject revision, const QStringList &warnings)
{
    revision.insert(u"content_warnings"_s, QJsonArray::fromStringList(warnings));
    return revision;
}

// The hunks between the task's current revision and a proposal's markup, as the requester's machine
// computes them, with the path each one changes.
QHash<QString, QString> hunksByPath(const QJsonObject &current, const QJsonObject &markup)
{
    QHash<QString, QString> byPath;
    const auto base = TaskRevision::fromJson(current);
    const auto marked = TaskRevision::fromJson(markup);
    EXPECT_TRUE(base.ok() && marked.ok());
    if (base && marked) {
        for (const DiffHunk &hunk : diffRevisions(*base, *marked))
            byPath.insert(hunk.path, hunk.id);
    }
    return byPath;
}

} // namespace

TEST_P(MarketTest, ItemsOpenDropsWhileSlotsAreLeasedAndRisesWhenLeasesEndUnused)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 3);
    EXPECT_EQ(itemsOpen(render(bea, Entity::Task, taskId)), 3);

    const Applied claimed = apply(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 2}});
    ASSERT_TRUE(claimed.effect.applied);
    EXPECT_TRUE(touched(claimed.touches, Entity::Task, taskId, Audience::account(ada.id)));
    EXPECT_EQ(audiencesOf(claimed.touches, Entity::Task, taskId).size(), 2); // the requester and the workers
    const QStringList leases = claimed.effect.details.value(u"lease_ids"_s).toVariant().toStringList();
    ASSERT_EQ(leases.size(), 2);
    EXPECT_EQ(itemsOpen(render(bea, Entity::Task, taskId)), 1);
    EXPECT_EQ(itemsOpen(render(ada, Entity::Task, taskId)), 1);

    // An answer uses its slot for good; a release gives the other one back.
    submit(bo, leases.at(0));
    EXPECT_EQ(itemsOpen(render(bea, Entity::Task, taskId)), 1);
    const Applied released = apply(bo.id, u"lease.release@1"_s, {{u"lease_id"_s, leases.at(1)}});
    ASSERT_TRUE(released.effect.applied);
    EXPECT_TRUE(touched(released.touches, Entity::Task, taskId, Audience::account(ada.id)));
    EXPECT_EQ(itemsOpen(render(bea, Entity::Task, taskId)), 2);

    // A lease that runs out unused frees its slot at its expiry, not a second earlier.
    const QStringList beaLeases = claim(bea, taskId, 1);
    ASSERT_EQ(beaLeases.size(), 1);
    EXPECT_EQ(itemsOpen(render(bo, Entity::Task, taskId)), 1);
    auto touches = advance(policy().lease.minSeconds - 1);
    EXPECT_FALSE(touched(touches, Entity::Task, taskId, Audience::account(ada.id)));
    EXPECT_EQ(itemsOpen(render(bo, Entity::Task, taskId)), 1);
    touches = advance(1);
    EXPECT_TRUE(touched(touches, Entity::Task, taskId, Audience::account(ada.id)));
    EXPECT_EQ(itemsOpen(render(bo, Entity::Task, taskId)), 2);
}

TEST_P(MarketTest, LedgerLinesNameTheTaskAnswerOrConflictTheySettle)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(5);
    const QString taskId = postTask(ada, 2);
    const QStringList answers = work(bo, taskId, 2);
    ASSERT_EQ(answers.size(), 2);
    approve(ada, answers.at(0));
    const QString conflictId = reject(ada, answers.at(1));
    for (const Account &arbiter : panel)
        vote(arbiter, conflictId, u"worker"_s);

    const QList<QJsonObject> escrow = lines(ada, u"escrow:"_s + ada.id);
    ASSERT_EQ(escrow.size(), 3); // publish, approve, settlement
    EXPECT_EQ(escrow.at(0).value(u"kind"_s).toString(), u"publish"_s);
    EXPECT_EQ(escrow.at(0).value(u"task_id"_s).toString(), taskId);
    EXPECT_TRUE(escrow.at(0).value(u"answer_id"_s).isNull());
    EXPECT_TRUE(escrow.at(0).value(u"conflict_id"_s).isNull());
    EXPECT_EQ(escrow.at(1).value(u"answer_id"_s).toString(), answers.at(0));
    EXPECT_EQ(escrow.at(1).value(u"task_id"_s).toString(), taskId);
    EXPECT_TRUE(escrow.at(1).value(u"conflict_id"_s).isNull());
    EXPECT_EQ(escrow.at(2).value(u"conflict_id"_s).toString(), conflictId);
    EXPECT_EQ(escrow.at(2).value(u"answer_id"_s).toString(), answers.at(1));

    const QList<QJsonObject> earned = lines(bo, u"earnings:"_s + bo.id);
    ASSERT_EQ(earned.size(), 2);
    EXPECT_EQ(earned.at(0).value(u"answer_id"_s).toString(), answers.at(0));
    EXPECT_EQ(earned.at(1).value(u"conflict_id"_s).toString(), conflictId);
    const QList<QJsonObject> arbiterPay = lines(panel.at(0), u"earnings:"_s + panel.at(0).id);
    ASSERT_EQ(arbiterPay.size(), 1);
    EXPECT_EQ(arbiterPay.at(0).value(u"kind"_s).toString(), u"arbiter_pay"_s);
    EXPECT_EQ(arbiterPay.at(0).value(u"conflict_id"_s).toString(), conflictId);
    expectBooksClean();
}

TEST_P(MarketTest, ContentWarningsNeedAnOptInBeforeAnyClaim)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 3, flagged(sentimentRevision(), {u"Violence"_s}));
    const auto seen = render(bo, Entity::Task, taskId);
    ASSERT_TRUE(seen.has_value());
    EXPECT_FALSE(seen->value(u"can_take"_s).toBool());
    EXPECT_EQ(seen->value(u"gate_reasons"_s).toArray(), QJsonArray{u"content_filter"_s});
    const Rejection filtered = applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}},
                                             RejectionCode::NotEligible);
    EXPECT_EQ(filtered.details.value(u"reason"_s).toString(), u"content_filter"_s);
    // Opting in to another category is not enough; the category itself, in any case, is.
    applyOk(bo.id, u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"Gore"_s}}});
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    applyOk(bo.id, u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"violence"_s}}});
    EXPECT_TRUE(render(bo, Entity::Task, taskId)->value(u"can_take"_s).toBool());
    EXPECT_EQ(claim(bo, taskId, 1).size(), 1);
}

TEST_P(MarketTest, DailyExposureLimitStopsAClaimThatWouldGoOverItUntilTheNextUtcDay)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString violent = postTask(ada, 6, flagged(sentimentRevision(), {u"Violence"_s}));
    const QString alsoViolent = postTask(ada, 6, flagged(sentimentRevision(), {u"Gore"_s, u"violence"_s}));
    const QString plain = postTask(ada, 6);
    applyOk(bo.id, u"profile.update@1"_s,
            {{u"content_opt_ins"_s, QJsonArray{u"Violence"_s, u"Gore"_s}},
             {u"limits"_s, QJsonObject{{u"Violence"_s, 4}}}});

    // 3 today, then 1 more is exactly the limit; the released lease still counts (the items were seen).
    const QStringList first = claim(bo, violent, 3);
    ASSERT_EQ(first.size(), 3);
    applyOk(bo.id, u"lease.release@1"_s, {{u"lease_id"_s, first.at(0)}});
    const Rejection over = applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, alsoViolent}, {u"count"_s, 2}},
                                         RejectionCode::NotEligible);
    EXPECT_EQ(over.details.value(u"reason"_s).toString(), u"exposure_limit"_s);
    EXPECT_EQ(over.details.value(u"category"_s).toString(), u"violence"_s);
    EXPECT_EQ(over.details.value(u"limit"_s).toInteger(), 4);
    EXPECT_EQ(over.details.value(u"taken_today"_s).toInteger(), 3);
    EXPECT_EQ(claim(bo, alsoViolent, 1).size(), 1);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, violent}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    // Categories without a limit, and tasks without the category, are not held back.
    EXPECT_EQ(claim(bo, plain, 5).size(), 5);

    // The day is the UTC calendar day: one second before midnight still counts, midnight starts afresh.
    const qint64 toMidnight = clock().now().secsTo(QDateTime(clock().now().date().addDays(1), QTime(0, 0), Qt::UTC));
    advance(toMidnight - 1);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, violent}, {u"count"_s, 1}}, RejectionCode::NotEligible);
    advance(1);
    EXPECT_EQ(claim(bo, violent, 4).size(), 4);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, alsoViolent}, {u"count"_s, 1}},
                  RejectionCode::NotEligible);

    // A limit of 0 closes the category for the day.
    applyOk(bo.id, u"profile.update@1"_s, {{u"limits"_s, QJsonObject{{u"Gore"_s, 0}}}});
    const Rejection closed = applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, alsoViolent}, {u"count"_s, 1}},
                                           RejectionCode::NotEligible);
    EXPECT_EQ(closed.details.value(u"category"_s).toString(), u"gore"_s);
}

TEST_P(MarketTest, PayoutsNeedTheThresholdStayWithinEarningsAndMoveMoneyWhenAnAdminPays)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const Cents threshold = policy().payout.thresholdCents;
    const QString taskId = postTask(ada, 11, sentimentRevision(threshold / 10));
    const QStringList answers = work(bo, taskId, 11);
    ASSERT_EQ(answers.size(), 11);
    for (int i = 0; i < 9; ++i)
        approve(ada, answers.at(i));
    const auto request = [](Cents amount, const QString &id = newId()) {
        return QJsonObject{{u"payout_id"_s, id}, {u"amount_cents"_s, amount}};
    };

    // Earnings below the threshold: refused.
    ASSERT_EQ(balance(LedgerBook::Earnings, bo.id), threshold - threshold / 10);
    const Rejection early = applyRejected(bo.id, u"payout.request@1"_s, request(1), RejectionCode::NotEligible);
    EXPECT_EQ(early.details.value(u"threshold_cents"_s).toInteger(), threshold);
    approve(ada, answers.at(9));
    EXPECT_TRUE(wallet(bo).value(u"payout_eligible"_s).toBool());
    applyRejected(bo.id, u"payout.request@1"_s, request(threshold + 1), RejectionCode::InsufficientFunds);
    applyRejected(bo.id, u"payout.request@1"_s, request(0), RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"payout.request@1"_s, request(1), RejectionCode::Forbidden);
    applyRejected(bea.id, u"payout.request@1"_s, request(1), RejectionCode::NotEligible);

    const QString payoutId = newId();
    const Applied asked = apply(bo.id, u"payout.request@1"_s, request(threshold - 100, payoutId));
    ASSERT_TRUE(asked.effect.applied);
    EXPECT_EQ(audiencesOf(asked.touches, Entity::Payout, payoutId), QStringList{Audience::account(bo.id)});
    const auto shown = render(bo, Entity::Payout, payoutId);
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->value(u"state"_s).toString(), u"requested"_s);
    EXPECT_EQ(shown->value(u"amount_cents"_s).toInteger(), threshold - 100);
    EXPECT_TRUE(shown->value(u"paid_at"_s).isNull());
    EXPECT_FALSE(render(bea, Entity::Payout, payoutId).has_value());
    EXPECT_FALSE(render(ada, Entity::Payout, payoutId).has_value());
    applyRejected(bo.id, u"payout.request@1"_s, request(1, payoutId), RejectionCode::ValidationFailed); // id taken
    // The request holds its amount back; nothing moved in the ledger yet.
    EXPECT_EQ(balance(LedgerBook::Earnings, bo.id), threshold);
    QJsonObject figures = wallet(bo);
    EXPECT_EQ(figures.value(u"payout_pending_cents"_s).toInteger(), threshold - 100);
    EXPECT_EQ(figures.value(u"payout_available_cents"_s).toInteger(), 100);
    EXPECT_FALSE(figures.value(u"payout_eligible"_s).toBool());
    applyRejected(bo.id, u"payout.request@1"_s, request(100), RejectionCode::NotEligible);

    const auto pending = market().pendingPayouts();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->at(0).id, payoutId);
    EXPECT_EQ(pending->at(0).username, u"boris"_s);
    EXPECT_EQ(pending->at(0).amountCents, threshold - 100);

    clock().advance(60);
    const auto left = market().markPayoutPaid(payoutId);
    ASSERT_TRUE(left.ok()) << left.error().message.toStdString();
    EXPECT_EQ(*left, 100);
    EXPECT_EQ(balance(LedgerBook::Earnings, bo.id), 100);
    EXPECT_EQ(balance(LedgerBook::Deposits, {}), -(100'000) + threshold - 100);
    const auto paid = render(bo, Entity::Payout, payoutId);
    EXPECT_EQ(paid->value(u"state"_s).toString(), u"paid"_s);
    EXPECT_EQ(parseWireTime(paid->value(u"paid_at"_s).toString()), clock().now());
    const QList<QJsonObject> earned = lines(bo, u"earnings:"_s + bo.id);
    ASSERT_FALSE(earned.isEmpty());
    EXPECT_EQ(earned.last().value(u"kind"_s).toString(), u"payout"_s);
    EXPECT_EQ(earned.last().value(u"amount_cents"_s).toInteger(), -(threshold - 100));
    EXPECT_EQ(earned.last().value(u"payout_id"_s).toString(), payoutId);
    EXPECT_TRUE(market().pendingPayouts()->isEmpty());
    EXPECT_EQ(market().markPayoutPaid(payoutId).error().code, ErrorCode::Conflict);
    EXPECT_EQ(market().markPayoutPaid(newId()).error().code, ErrorCode::NotFound);
    expectBooksClean();
}

TEST_P(MarketTest, RequesterAdoptsAcceptedHunksOfAReframeProposalAndTheWorkerIsCredited)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 2);
    const QString firstRevision = render(ada, Entity::Task, taskId)->value(u"revision_id"_s).toString();
    QJsonObject markup = sentimentRevision(1'500);
    markup.insert(u"title"_s, u"Sentiment towards the product"_s);
    markup.insert(u"instructions"_s, u"Pick the sentiment about the product, not the delivery."_s);
    const auto propose = [&](const QJsonObject &revision) {
        const QString id = newId();
        applyOk(bo.id, u"reframe.propose@1"_s,
                {{u"proposal_id"_s, id},
                 {u"task_id"_s, taskId},
                 {u"markup_revision"_s, revision},
                 {u"rationale"_s, u"Reviews mix delivery and product."_s}});
        return id;
    };
    const QString proposalId = propose(markup);
    EXPECT_EQ(render(bo, Entity::ReframeProposal, proposalId)->value(u"state"_s).toString(), u"open"_s);
    EXPECT_EQ(accountJson(bo).value(u"adopted_proposals"_s).toInt(-1), 0);
    const QHash<QString, QString> hunks =
            hunksByPath(render(ada, Entity::TaskRevision, firstRevision).value_or(QJsonObject()),
                        render(ada, Entity::ReframeProposal, proposalId)->value(u"markup_revision"_s).toObject());
    ASSERT_TRUE(hunks.contains(u"title"_s) && hunks.contains(u"pay_cents"_s));
    const auto resolve = [&](const QString &id, const QString &decision, const QStringList &accepted) {
        return QJsonObject{{u"proposal_id"_s, id},
                           {u"decision"_s, decision},
                           {u"accepted_hunks"_s, QJsonArray::fromStringList(accepted)}};
    };
    const QStringList titleOnly{hunks.value(u"title"_s)};

    // Only the task's requester decides; nobody else learns the proposal exists.
    applyRejected(bo.id, u"reframe.resolve@1"_s, resolve(proposalId, u"adopt"_s, titleOnly), RejectionCode::Forbidden);
    applyRejected(bea.id, u"reframe.resolve@1"_s, resolve(proposalId, u"adopt"_s, titleOnly), RejectionCode::NotFound);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(newId(), u"adopt"_s, titleOnly), RejectionCode::NotFound);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"adopt"_s, {}), RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"decline"_s, titleOnly),
                  RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"maybe"_s, {}), RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"adopt"_s, {u"title-0000000000000000"_s}),
                  RejectionCode::ValidationFailed);

    const Applied adopted = apply(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"adopt"_s, titleOnly));
    ASSERT_TRUE(adopted.effect.applied) << adopted.effect.rejection.message.toStdString();
    EXPECT_TRUE(touched(adopted.touches, Entity::Account, bo.id, Audience::account(bo.id)));
    EXPECT_TRUE(touched(adopted.touches, Entity::ReframeProposal, proposalId, Audience::account(bo.id)));
    EXPECT_TRUE(touched(adopted.touches, Entity::Task, taskId, Audience::account(ada.id)));
    const QString revisionId = adopted.effect.details.value(u"revision_id"_s).toString();
    const QJsonObject task = render(bea, Entity::Task, taskId).value_or(QJsonObject());
    EXPECT_EQ(task.value(u"revision_id"_s).toString(), revisionId);
    EXPECT_EQ(task.value(u"title"_s).toString(), u"Sentiment towards the product"_s);
    EXPECT_EQ(task.value(u"pay_cents"_s).toInteger(), 1'000); // the pay hunk was not accepted
    const QJsonObject revision = render(bea, Entity::TaskRevision, revisionId).value_or(QJsonObject());
    EXPECT_EQ(revision.value(u"number"_s).toInt(), 2);
    EXPECT_EQ(revision.value(u"instructions"_s).toString(), u"Pick the sentiment of the review."_s);
    for (const Account &party : {bo, ada}) {
        const QJsonObject shown = render(party, Entity::ReframeProposal, proposalId).value_or(QJsonObject());
        EXPECT_EQ(shown.value(u"state"_s).toString(), u"adopted"_s);
        EXPECT_EQ(shown.value(u"adopted_revision_id"_s).toString(), revisionId);
        EXPECT_EQ(shown.value(u"accepted_hunks"_s).toArray(), QJsonArray::fromStringList(titleOnly));
        EXPECT_FALSE(shown.value(u"resolved_at"_s).isNull());
    }
    EXPECT_EQ(accountJson(bo).value(u"adopted_proposals"_s).toInt(), 1);
    applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(proposalId, u"decline"_s, {}), RejectionCode::TaskClosed);

    // A declined proposal is shown as declined and credits nothing.
    const QString declined = propose(markup);
    applyOk(ada.id, u"reframe.resolve@1"_s, resolve(declined, u"decline"_s, {}));
    EXPECT_EQ(render(bo, Entity::ReframeProposal, declined)->value(u"state"_s).toString(), u"declined"_s);
    EXPECT_TRUE(render(bo, Entity::ReframeProposal, declined)->value(u"adopted_revision_id"_s).isNull());
    EXPECT_EQ(accountJson(bo).value(u"adopted_proposals"_s).toInt(), 1);

    // Pay is part of the escrow: it may change while no slot is taken, not after.
    const QString repriced = propose(markup);
    const QHash<QString, QString> later =
            hunksByPath(render(ada, Entity::TaskRevision, revisionId).value_or(QJsonObject()),
                        render(ada, Entity::ReframeProposal, repriced)->value(u"markup_revision"_s).toObject());
    ASSERT_TRUE(later.contains(u"pay_cents"_s));
    EXPECT_EQ(claim(bea, taskId, 1).size(), 1);
    const Rejection busy =
            applyRejected(ada.id, u"reframe.resolve@1"_s, resolve(repriced, u"adopt"_s, {later.value(u"pay_cents"_s)}),
                          RejectionCode::ValidationFailed);
    EXPECT_EQ(busy.details.value(u"fields"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
              u"accepted_hunks"_s);
    expectBooksClean();
}

TEST_P(MarketTest, AdoptingANewPayBeforeAnySlotIsTakenReservesTheDifferenceInEscrow)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = postTask(ada, 2, sentimentRevision(1'000));
    const QString firstRevision = render(ada, Entity::Task, taskId)->value(u"revision_id"_s).toString();
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 2 * 1'200);
    const QString proposalId = newId();
    applyOk(bo.id, u"reframe.propose@1"_s,
            {{u"proposal_id"_s, proposalId},
             {u"task_id"_s, taskId},
             {u"markup_revision"_s, sentimentRevision(1'500)},
             {u"rationale"_s, u"The items take longer than the estimate says."_s}});
    const QHash<QString, QString> hunks =
            hunksByPath(render(ada, Entity::TaskRevision, firstRevision).value_or(QJsonObject()),
                        render(ada, Entity::ReframeProposal, proposalId)->value(u"markup_revision"_s).toObject());
    ASSERT_TRUE(hunks.contains(u"pay_cents"_s));
    applyOk(ada.id, u"reframe.resolve@1"_s,
            {{u"proposal_id"_s, proposalId},
             {u"decision"_s, u"adopt"_s},
             {u"accepted_hunks"_s, QJsonArray{hunks.value(u"pay_cents"_s)}}});
    EXPECT_EQ(render(bo, Entity::Task, taskId)->value(u"pay_cents"_s).toInteger(), 1'500);
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 2 * 1'800);
    // The answer is paid at the adopted price.
    const QStringList answers = work(bo, taskId, 1);
    ASSERT_EQ(answers.size(), 1);
    approve(ada, answers.at(0));
    EXPECT_EQ(balance(LedgerBook::Earnings, bo.id), 1'500);
    expectBooksClean();
}

} // namespace Chrysalis::Testing
