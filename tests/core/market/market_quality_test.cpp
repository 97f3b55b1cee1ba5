// Quality in the marketplace: aggregation choice, gold items scored silently, gold contests, paid
// qualification tasks and arbiter calibration.
#include "core/domain/ids.h"
#include "core/market/tierprogressqueries.h"
#include "tests/core/market/qualitymarkettest.h"

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// One item of task.items_add@1; gold items carry their expected label.
QJsonObject itemJson(const QString &id, int n, const QString &goldLabel = {}, bool training = false)
{
    QJsonObject item{{u"id"_s, id}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(n)}}}};
    if (!goldLabel.isEmpty())
        item.insert(u"gold"_s, QJsonObject{{u"label"_s, goldLabel}});
    if (training)
        item.insert(u"training"_s, true);
    return item;
}

QJsonObject withKeys(QJsonObject revision, const QJsonObject &keys)
{
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it)
        revision.insert(it.key(), it.value());
    return revision;
}

// A form with a single_choice "label" and a rating "stars".
QJsonObject ratedRevision(QJsonObject revision)
{
    QJsonArray form = revision.value(u"form"_s).toArray();
    form.append(QJsonObject{{u"name"_s, u"stars"_s},
                            {u"kind"_s, u"rating"_s},
                            {u"label"_s, u"Stars"_s},
                            {u"required"_s, false},
                            {u"min"_s, 1},
                            {u"max"_s, 5}});
    revision.insert(u"form"_s, form);
    return revision;
}

QStringList fieldNames(const Rejection &rejection)
{
    QStringList names;
    for (const QJsonValue &field : rejection.details.value(u"fields"_s).toArray())
        names << field.toObject().value(u"field"_s).toString();
    return names;
}

} // namespace

TEST_P(QualityMarketTest, AggregationIsCheckedAtPublishAndRenderedAsGiven)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QJsonObject chosen{{u"method"_s, u"ds"_s}, {u"field"_s, u"label"_s}};
    const QString taskId = postTask(ada, 2, withKeys(sentimentRevision(), {{u"aggregation"_s, chosen}}));
    const QString revisionId = render(ada, Entity::Task, taskId)->value(u"revision_id"_s).toString();
    EXPECT_EQ(render(bo, Entity::TaskRevision, revisionId)->value(u"aggregation"_s).toObject(), chosen);

    // Absent stays absent: the default (mv on the first single_choice field) is the reader's rule.
    const QString plain = postTask(ada, 1);
    const QString plainRevision = render(ada, Entity::Task, plain)->value(u"revision_id"_s).toString();
    EXPECT_FALSE(render(ada, Entity::TaskRevision, plainRevision)->contains(u"aggregation"_s));

    // mean and median only on a rating field; categorical methods on either kind.
    const auto publishWith = [&](const QJsonObject &aggregation) {
        const QString id = draft(ada, withKeys(ratedRevision(sentimentRevision()), {{u"aggregation"_s, aggregation}}));
        return apply(ada.id, u"task.publish@1"_s, {{u"task_id"_s, id}}).effect;
    };
    EXPECT_TRUE(publishWith({{u"method"_s, u"mean"_s}, {u"field"_s, u"stars"_s}}).applied);
    EXPECT_TRUE(publishWith({{u"method"_s, u"median"_s}, {u"field"_s, u"stars"_s}}).applied);
    EXPECT_TRUE(publishWith({{u"method"_s, u"glad"_s}, {u"field"_s, u"stars"_s}}).applied);
    EXPECT_TRUE(publishWith({{u"method"_s, u"mace"_s}, {u"field"_s, u"label"_s}}).applied);
    const MutationEffect meanOnChoice = publishWith({{u"method"_s, u"mean"_s}, {u"field"_s, u"label"_s}});
    ASSERT_FALSE(meanOnChoice.applied);
    EXPECT_EQ(meanOnChoice.rejection.code, RejectionCode::ValidationFailed);
    EXPECT_EQ(fieldNames(meanOnChoice.rejection), QStringList{u"revision.aggregation.field"_s});
    const MutationEffect unknownMethod = publishWith({{u"method"_s, u"vote"_s}, {u"field"_s, u"label"_s}});
    EXPECT_EQ(fieldNames(unknownMethod.rejection), QStringList{u"revision.aggregation.method"_s});
    const MutationEffect noField = publishWith({{u"method"_s, u"mv"_s}, {u"field"_s, u"mood"_s}});
    EXPECT_EQ(fieldNames(noField.rejection), QStringList{u"revision.aggregation.field"_s});

    // A shape that is no aggregation is refused when the draft is saved.
    const Rejection shape =
            applyRejected(ada.id, u"task.draft_save@1"_s,
                          {{u"task_id"_s, newId()},
                           {u"base_version"_s, 0},
                           {u"revision"_s, withKeys(sentimentRevision(), {{u"aggregation"_s, u"ds"_s}})}},
                          RejectionCode::ValidationFailed);
    EXPECT_EQ(fieldNames(shape), QStringList{u"revision.aggregation"_s});
}

TEST_P(QualityMarketTest, AVersionConflictSendsTheServersDraftWithItsQualityKeys)
{
    const Account ada = requester(u"ada"_s);
    const QJsonObject chosen{{u"method"_s, u"ds"_s}, {u"field"_s, u"label"_s}};
    const QString taskId =
            draft(ada, withKeys(sentimentRevision(), {{u"aggregation"_s, chosen}, {u"gold_rate"_s, 0.2}}));
    // A second save from a device that never saw version 1.
    const Rejection stale =
            applyRejected(ada.id, u"task.draft_save@1"_s,
                          {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}},
                          RejectionCode::VersionConflict);
    const QJsonObject server = stale.details.value(u"server"_s).toObject().value(u"revision"_s).toObject();
    EXPECT_EQ(server.value(u"aggregation"_s).toObject(), chosen);
    EXPECT_DOUBLE_EQ(server.value(u"gold_rate"_s).toDouble(), 0.2);
}

TEST_P(QualityMarketTest, GoldRateMustLieBetweenZeroAndAHalf)
{
    const Account ada = requester(u"ada"_s);
    const auto publishWith = [&](double rate) {
        const QString id = draft(ada, withKeys(sentimentRevision(), {{u"gold_rate"_s, rate}}));
        return apply(ada.id, u"task.publish@1"_s, {{u"task_id"_s, id}}).effect;
    };
    EXPECT_TRUE(publishWith(0.0).applied);
    EXPECT_TRUE(publishWith(0.5).applied);
    EXPECT_EQ(fieldNames(publishWith(0.51).rejection), QStringList{u"revision.gold_rate"_s});
    EXPECT_EQ(fieldNames(publishWith(-0.01).rejection), QStringList{u"revision.gold_rate"_s});
}

TEST_P(QualityMarketTest, GoldItemsLookLikeAnyItemToWorkersAndAreScoredSilently)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    QJsonArray items;
    QSet<QString> goldIds;
    for (int i = 0; i < 6; ++i) {
        const QString id = newId();
        const bool gold = i % 2 == 0;
        if (gold)
            goldIds.insert(id);
        items.append(itemJson(id, i, gold ? u"positive"_s : QString()));
    }
    const QString taskId = postGoldTask(ada, items, withKeys(sentimentRevision(), {{u"gold_rate"_s, 0.5}}));

    const QHash<QString, QString> answers = answerAll(bo, taskId, 6, u"negative"_s);
    ASSERT_EQ(answers.size(), 6);
    // Before review nothing tells the worker which answers were gold, not even a re-sent tier_progress.
    const QJsonObject unreviewed = progress(bo);
    EXPECT_EQ(unreviewed.value(u"gold_answered"_s).toInt(), 0);
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QJsonObject seen = render(bo, Entity::Item, it.key()).value_or(QJsonObject());
        EXPECT_EQ(QStringList(seen.keys()), (QStringList{u"data"_s, u"id"_s, u"task_id"_s}));
        const QJsonObject forRequester = render(ada, Entity::Item, it.key()).value_or(QJsonObject());
        EXPECT_EQ(forRequester.contains(u"gold"_s), goldIds.contains(it.key()));
        EXPECT_FALSE(render(bo, Entity::Answer, it.value())->contains(u"gold"_s));
        EXPECT_EQ(render(ada, Entity::Answer, it.value())->contains(u"gold"_s), goldIds.contains(it.key()));
    }
    // Gold answers are paid like any other; once reviewed, the wrong ones show.
    for (const QString &answerId : answers)
        approve(ada, answerId);
    EXPECT_EQ(balance(LedgerBook::Earnings, bo.id), 6 * 1'000);
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        EXPECT_EQ(render(bo, Entity::Answer, it.value())->contains(u"gold"_s), goldIds.contains(it.key()));
    const QJsonObject tally = progress(bo);
    EXPECT_EQ(tally.value(u"gold_answered"_s).toInt(), 3);
    EXPECT_EQ(tally.value(u"gold_correct"_s).toInt(), 0);
    EXPECT_EQ(tally.value(u"gold_standing"_s).toString(), u"unproven"_s); // fewer than 10 scored
    // The tally is the worker's own.
    EXPECT_FALSE(render(ada, Entity::TierProgress, bo.id).has_value());
    expectBooksClean();
}

TEST_P(QualityMarketTest, ClaimsMixGoldAtTheTaskRateAndHandOutLeftoverGoldLast)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    QJsonArray items;
    QSet<QString> goldIds;
    for (int i = 0; i < 12; ++i) {
        const QString id = newId();
        if (i >= 8)
            goldIds.insert(id);
        items.append(itemJson(id, i, i >= 8 ? u"positive"_s : QString()));
    }
    // Rate 0: the regular items come first, and the gold ones still fill their slots at the end.
    const QString none = postGoldTask(ada, items, withKeys(sentimentRevision(), {{u"gold_rate"_s, 0.0}}));
    const QStringList first = claim(bo, none, 8);
    for (const QString &lease : first)
        EXPECT_FALSE(goldIds.contains(itemOfLease(bo, lease)));
    const QStringList rest = claim(bo, none, 8);
    ASSERT_EQ(rest.size(), 4);
    for (const QString &lease : rest)
        EXPECT_TRUE(goldIds.contains(itemOfLease(bo, lease)));

    // Rate 0.2 on 8 regular and 8 gold items: gold / (regular + gold) = 0.2 mixes exactly 2 gold items in
    // among the 8 regular ones, wherever the seed puts them; the other 6 gold items come last.
    QJsonArray mixedItems;
    QSet<QString> mixedGold;
    for (int i = 0; i < 16; ++i) {
        const QString id = newId();
        if (i >= 8)
            mixedGold.insert(id);
        mixedItems.append(itemJson(id, i, i >= 8 ? u"positive"_s : QString()));
    }
    const QString mixed = postGoldTask(ada, mixedItems, withKeys(sentimentRevision(), {{u"gold_rate"_s, 0.2}}));
    int goldInFirstTen = 0;
    for (const QString &lease : claim(bo, mixed, 10))
        goldInFirstTen += mixedGold.contains(itemOfLease(bo, lease)) ? 1 : 0;
    EXPECT_EQ(goldInFirstTen, 2);
    const QStringList leftover = claim(bo, mixed, 10);
    ASSERT_EQ(leftover.size(), 6);
    for (const QString &lease : leftover)
        EXPECT_TRUE(mixedGold.contains(itemOfLease(bo, lease)));
}

TEST_P(QualityMarketTest, GoldStandingBelowThePassMarkBlocksPromotion)
{
    policy().quality.goldMinimumAnswers = 4;
    policy().tiers.silver.minApproved = 4;
    policy().tiers.silver.minFeedbackTasks = 0;
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account cy = worker(u"cyril"_s);
    QJsonArray items;
    for (int i = 0; i < 4; ++i)
        items.append(itemJson(newId(), i, u"positive"_s));
    const QString taskId = postGoldTask(ada, items, withKeys(sentimentRevision(1'000, 2), {{u"gold_rate"_s, 0.5}}));
    for (const QString &answerId : answerAll(bo, taskId, 4, u"negative"_s))
        approve(ada, answerId);
    for (const QString &answerId : answerAll(cy, taskId, 4, u"positive"_s))
        approve(ada, answerId);

    const QJsonObject below = progress(bo);
    EXPECT_EQ(below.value(u"gold_standing"_s).toString(), u"below"_s);
    EXPECT_FALSE(below.value(u"eligible_for_next"_s).toBool());
    QJsonObject goldRule;
    for (const QJsonValue &rule : below.value(u"next_rules"_s).toArray()) {
        if (rule.toObject().value(u"requirement"_s).toString() == u"gold_accuracy")
            goldRule = rule.toObject();
    }
    EXPECT_EQ(goldRule.value(u"current"_s).toInt(), 0);
    EXPECT_EQ(goldRule.value(u"required"_s).toInt(), 70);
    EXPECT_FALSE(goldRule.value(u"met"_s).toBool());
    applyRejected(bo.id, u"tier.accept@1"_s, {{u"tier"_s, u"silver"_s}}, RejectionCode::NotEligible);

    const QJsonObject meets = progress(cy);
    EXPECT_EQ(meets.value(u"gold_standing"_s).toString(), u"meets"_s);
    EXPECT_EQ(meets.value(u"gold_correct"_s).toInt(), 4);
    EXPECT_TRUE(meets.value(u"eligible_for_next"_s).toBool());

    // Recomputing every worker at once reads the same gold tally.
    auto records = TierProgressQueries(db()).workerRecords(policy(), clock().now());
    ASSERT_TRUE(records.ok()) << records.error().describe().toStdString();
    EXPECT_EQ(records->value(bo.id).goldAnswered, 4);
    EXPECT_EQ(records->value(bo.id).goldCorrect, 0);
    EXPECT_TRUE(records->value(bo.id).goldBelow);
    EXPECT_EQ(records->value(cy.id).goldCorrect, 4);
    EXPECT_FALSE(records->value(cy.id).goldBelow);
    auto all = TierProgressQueries(db()).allProgress(policy(), clock().now());
    ASSERT_TRUE(all.ok()) << all.error().describe().toStdString();
    EXPECT_FALSE(all->value(bo.id).eligibleForNext);
    EXPECT_TRUE(all->value(cy.id).eligibleForNext);
}

TEST_P(QualityMarketTest, AnUpheldContestCorrectsTheKeyAndRescoresEveryoneWhoAnswered)
{
    const Account ada = requester(u"ada"_s);
    const Account other = requester(u"grace"_s);
    const Account bo = worker(u"boris"_s);
    const Account cy = worker(u"cyril"_s);
    const Account di = worker(u"dinah"_s);
    const QString goldId = newId();
    const QString regularId = newId();
    const QString taskId = postGoldTask(ada, {itemJson(goldId, 0, u"positive"_s), itemJson(regularId, 1)},
                                        withKeys(sentimentRevision(1'000, 3), {{u"gold_rate"_s, 0.5}}));
    const QHash<QString, QString> boAnswers = answerAll(bo, taskId, 2, u"negative"_s);
    const QHash<QString, QString> cyAnswers = answerAll(cy, taskId, 2, u"negative"_s);
    const QHash<QString, QString> diAnswers = answerAll(di, taskId, 2, u"positive"_s);
    // An answer waiting for review cannot be contested: the refusal is the same as for any other.
    const QJsonObject early{{u"contest_id"_s, newId()},
                            {u"answer_id"_s, boAnswers.value(goldId)},
                            {u"reason"_s, u"The review is negative."_s}};
    applyRejected(bo.id, u"gold.contest@1"_s, early, RejectionCode::NotFound);
    for (const QHash<QString, QString> &answers : {boAnswers, cyAnswers, diAnswers}) {
        for (const QString &answerId : answers)
            approve(ada, answerId);
    }
    EXPECT_EQ(progress(cy).value(u"gold_correct"_s).toInt(), 0);

    // Only one's own answer scored wrong on gold can be contested; the refusal is the same otherwise.
    const auto contest = [&](const QString &answerId) {
        return QJsonObject{
                {u"contest_id"_s, newId()}, {u"answer_id"_s, answerId}, {u"reason"_s, u"The review is negative."_s}};
    };
    applyRejected(bo.id, u"gold.contest@1"_s, contest(boAnswers.value(regularId)), RejectionCode::NotFound);
    applyRejected(di.id, u"gold.contest@1"_s, contest(diAnswers.value(goldId)), RejectionCode::NotFound);
    applyRejected(cy.id, u"gold.contest@1"_s, contest(boAnswers.value(goldId)), RejectionCode::NotFound);
    const QJsonObject args = contest(boAnswers.value(goldId));
    const QString contestId = args.value(u"contest_id"_s).toString();
    const Applied opened = apply(bo.id, u"gold.contest@1"_s, args);
    ASSERT_TRUE(opened.effect.applied);
    EXPECT_TRUE(touched(opened.touches, Entity::GoldContest, contestId, Audience::account(ada.id)));
    applyRejected(bo.id, u"gold.contest@1"_s, contest(boAnswers.value(goldId)), RejectionCode::AlreadyAnswered);
    EXPECT_EQ(render(bo, Entity::GoldContest, contestId)->value(u"state"_s).toString(), u"open"_s);
    EXPECT_EQ(render(ada, Entity::GoldContest, contestId)->value(u"answer_label"_s).toString(), u"negative"_s);
    EXPECT_FALSE(render(cy, Entity::GoldContest, contestId).has_value());
    EXPECT_FALSE(render(other, Entity::GoldContest, contestId).has_value());

    const QJsonObject resolve{{u"contest_id"_s, contestId}, {u"decision"_s, u"uphold"_s}, {u"note"_s, u"Fair."_s}};
    applyRejected(other.id, u"gold.contest_resolve@1"_s, resolve, RejectionCode::NotFound);
    applyRejected(bo.id, u"gold.contest_resolve@1"_s, resolve, RejectionCode::Forbidden);
    const Applied upheld = apply(ada.id, u"gold.contest_resolve@1"_s, resolve);
    ASSERT_TRUE(upheld.effect.applied);
    EXPECT_EQ(upheld.effect.details.value(u"rescored"_s).toInt(), 2); // boris and cyril; dinah stays right
    EXPECT_TRUE(touched(upheld.touches, Entity::TierProgress, cy.id, Audience::account(cy.id)));
    EXPECT_EQ(progress(bo).value(u"gold_correct"_s).toInt(), 1);
    EXPECT_EQ(progress(cy).value(u"gold_correct"_s).toInt(), 1);
    EXPECT_EQ(progress(di).value(u"gold_correct"_s).toInt(), 1);
    EXPECT_FALSE(render(cy, Entity::Answer, cyAnswers.value(goldId))->contains(u"gold"_s));
    EXPECT_EQ(render(ada, Entity::Item, goldId)->value(u"gold_accepted"_s).toArray().size(), 2);
    EXPECT_EQ(render(bo, Entity::GoldContest, contestId)->value(u"state"_s).toString(), u"upheld"_s);
    applyRejected(ada.id, u"gold.contest_resolve@1"_s, resolve, RejectionCode::ConflictClosed);
}

TEST_P(QualityMarketTest, AContestLeftOpenPastTheReviewWindowNoLongerCounts)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString goldId = newId();
    const QString taskId = postGoldTask(ada, {itemJson(goldId, 0, u"positive"_s)}, sentimentRevision());
    const QString answerId = answerAll(bo, taskId, 1, u"negative"_s).value(goldId);
    approve(ada, answerId);
    const QString contestId = newId();
    applyOk(bo.id, u"gold.contest@1"_s,
            {{u"contest_id"_s, contestId}, {u"answer_id"_s, answerId}, {u"reason"_s, u"It is negative."_s}});
    EXPECT_EQ(progress(bo).value(u"gold_answered"_s).toInt(), 1);
    advance(policy().review.autoApproveSeconds - 1);
    EXPECT_EQ(progress(bo).value(u"gold_answered"_s).toInt(), 1);
    advance(2);
    EXPECT_EQ(progress(bo).value(u"gold_answered"_s).toInt(), 0);
    // A late dismissal does not bring it back against the worker.
    applyOk(ada.id, u"gold.contest_resolve@1"_s, {{u"contest_id"_s, contestId}, {u"decision"_s, u"dismiss"_s}});
    EXPECT_EQ(progress(bo).value(u"gold_answered"_s).toInt(), 0);
}

TEST_P(QualityMarketTest, ADismissedContestKeepsTheScore)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString goldId = newId();
    const QString taskId = postGoldTask(ada, {itemJson(goldId, 0, u"positive"_s)}, sentimentRevision());
    const QString answerId = answerAll(bo, taskId, 1, u"negative"_s).value(goldId);
    approve(ada, answerId);
    const QString contestId = newId();
    applyOk(bo.id, u"gold.contest@1"_s,
            {{u"contest_id"_s, contestId}, {u"answer_id"_s, answerId}, {u"reason"_s, u"It is negative."_s}});
    const QJsonObject details =
            applyOk(ada.id, u"gold.contest_resolve@1"_s, {{u"contest_id"_s, contestId}, {u"decision"_s, u"dismiss"_s}});
    EXPECT_EQ(details.value(u"state"_s).toString(), u"dismissed"_s);
    advance(policy().review.autoApproveSeconds + 1);
    EXPECT_EQ(progress(bo).value(u"gold_answered"_s).toInt(), 1);
    EXPECT_EQ(progress(bo).value(u"gold_correct"_s).toInt(), 0);
}

TEST_P(QualityMarketTest, AQualificationTaskGatesTheTaskThatRequiresIt)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account cy = worker(u"cyril"_s);
    const QString trainingId = newId();
    const QJsonArray test{itemJson(trainingId, 0, u"positive"_s, true), itemJson(newId(), 1, u"positive"_s),
                          itemJson(newId(), 2, u"negative"_s)};
    const QString qualificationId =
            postGoldTask(ada, test, withKeys(sentimentRevision(500, 10), {{u"kind"_s, u"qualification"_s}}));
    const QJsonObject requirement{{u"task_id"_s, qualificationId}, {u"pass_mark"_s, 1.0}};
    const QString gatedId = postTask(ada, 3, withKeys(sentimentRevision(), {{u"qualification"_s, requirement}}));

    const QJsonArray reasons = render(bo, Entity::Task, gatedId)->value(u"gate_reasons"_s).toArray();
    EXPECT_TRUE(reasons.contains(u"qualification"_s));
    const Rejection refused = applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, gatedId}, {u"count"_s, 1}},
                                            RejectionCode::NotEligible);
    EXPECT_EQ(refused.details.value(u"reason"_s).toString(), u"qualification"_s);

    // Training items hand the expected answer back; the test items decide.
    for (const QString &lease : claim(bo, qualificationId, 3)) {
        const QString itemId = itemOfLease(bo, lease);
        const QString expected =
                render(ada, Entity::Item, itemId)->value(u"gold"_s).toObject().value(u"label"_s).toString();
        const QJsonObject details = applyOk(bo.id, u"answer.submit@1"_s,
                                            {{u"answer_id"_s, newId()},
                                             {u"lease_id"_s, lease},
                                             {u"fields"_s, QJsonObject{{u"label"_s, expected}}},
                                             {u"seconds_spent"_s, 10}});
        EXPECT_EQ(details.contains(u"training"_s), itemId == trainingId);
        if (itemId == trainingId) {
            EXPECT_EQ(details.value(u"training"_s).toObject().value(u"expected"_s).toObject().value(u"label"_s),
                      u"positive"_s);
        }
    }
    EXPECT_FALSE(render(bo, Entity::Task, gatedId)->value(u"gate_reasons"_s).toArray().contains(u"qualification"_s));
    EXPECT_EQ(claim(bo, gatedId, 1).size(), 1);

    // One wrong test answer misses a pass mark of 1.
    answerAll(cy, qualificationId, 3, u"positive"_s);
    applyRejected(cy.id, u"lease.claim@1"_s, {{u"task_id"_s, gatedId}, {u"count"_s, 1}}, RejectionCode::NotEligible);
}

TEST_P(QualityMarketTest, PublishRefusesBrokenQualificationsAndGoldKeys)
{
    const Account ada = requester(u"ada"_s);
    const QString regular = postTask(ada, 1);
    const auto publishProblems = [&](const QJsonObject &revision, const QJsonArray &items) {
        const QString id = newId();
        applyOk(ada.id, u"task.draft_save@1"_s,
                {{u"task_id"_s, id}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
        applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, id}, {u"items"_s, items}});
        return fieldNames(
                applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, id}}, RejectionCode::ValidationFailed));
    };
    const QJsonObject requiresRegular{{u"task_id"_s, regular}, {u"pass_mark"_s, 0.5}};
    EXPECT_EQ(publishProblems(withKeys(sentimentRevision(), {{u"qualification"_s, requiresRegular}}),
                              {itemJson(newId(), 0)}),
              QStringList{u"revision.qualification.task_id"_s});
    const QJsonObject badMark{{u"task_id"_s, regular}, {u"pass_mark"_s, 1.5}};
    EXPECT_TRUE(publishProblems(withKeys(sentimentRevision(), {{u"qualification"_s, badMark}}), {itemJson(newId(), 0)})
                        .contains(u"revision.qualification.pass_mark"_s));
    // Every item of a qualification task is gold.
    EXPECT_EQ(publishProblems(withKeys(sentimentRevision(), {{u"kind"_s, u"qualification"_s}}),
                              {itemJson(newId(), 0, u"positive"_s), itemJson(newId(), 1)}),
              QStringList{u"items"_s});
    // A gold answer must fit the form.
    EXPECT_EQ(publishProblems(sentimentRevision(), {itemJson(newId(), 0, u"neutral"_s)}), QStringList{u"items"_s});
}

TEST_P(QualityMarketTest, HostileGoldArgumentsAreRefusedBeforeAnyWrite)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}});
    const QString before = fingerprint();
    const QList<QJsonObject> badItems{
            {{u"id"_s, newId()}, {u"data"_s, QJsonObject{}}, {u"gold"_s, u"positive"_s}},
            {{u"id"_s, newId()}, {u"data"_s, QJsonObject{}}, {u"gold"_s, QJsonObject{}}},
            {{u"id"_s, newId()}, {u"data"_s, QJsonObject{}}, {u"training"_s, true}},
            {{u"id"_s, newId()}, {u"data"_s, QJsonObject{}}, {u"training"_s, u"yes"_s}},
    };
    for (const QJsonObject &item : badItems) {
        const MutationEffect effect = applyWithoutRollback(ada.id, u"task.items_add@1"_s,
                                                           {{u"task_id"_s, taskId}, {u"items"_s, QJsonArray{item}}});
        EXPECT_EQ(effect.rejection.code, RejectionCode::ValidationFailed);
    }
    const QList<QJsonObject> badContests{
            {},
            {{u"contest_id"_s, u"not-an-id"_s}, {u"answer_id"_s, newId()}, {u"reason"_s, u"x"_s}},
            {{u"contest_id"_s, newId()}, {u"answer_id"_s, newId()}, {u"reason"_s, u"   "_s}},
            {{u"contest_id"_s, newId()}, {u"answer_id"_s, newId()}, {u"reason"_s, QString(5'000, u'a')}},
            {{u"contest_id"_s, newId()}, {u"answer_id"_s, newId()}, {u"reason"_s, u"x"_s}, {u"extra"_s, 1}},
    };
    for (const QJsonObject &args : badContests)
        EXPECT_EQ(applyWithoutRollback(bo.id, u"gold.contest@1"_s, args).rejection.code,
                  RejectionCode::ValidationFailed);
    for (const QString &naughty : naughtyStrings()) {
        const MutationEffect effect = applyWithoutRollback(ada.id, u"gold.contest_resolve@1"_s,
                                                           {{u"contest_id"_s, newId()}, {u"decision"_s, naughty}});
        EXPECT_FALSE(effect.applied);
    }
    EXPECT_EQ(applyWithoutRollback(ada.id, u"gold.contest_resolve@1"_s,
                                   {{u"contest_id"_s, newId()}, {u"decision"_s, u"uphold"_s}, {u"note"_s, 5}})
                      .rejection.code,
              RejectionCode::ValidationFailed);
    EXPECT_EQ(fingerprint(), before);
}

TEST_P(QualityMarketTest, ArbitersSeeTheirAgreementWithClosedPanels)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const QList<Account> panel = arbiters(5);
    const QString taskId = postTask(ada, 1, sentimentRevision(1'000));
    const QString answerId = work(bo, taskId, 1).constFirst();
    const QString conflictId = reject(ada, answerId);
    EXPECT_TRUE(progress(panel.at(0)).value(u"arbiter_calibration"_s).isNull());
    for (int i = 0; i < 4; ++i)
        vote(panel.at(i), conflictId, u"worker"_s);
    vote(panel.at(4), conflictId, u"requester"_s);

    const QJsonObject agreed = progress(panel.at(0)).value(u"arbiter_calibration"_s).toObject();
    EXPECT_EQ(agreed.value(u"panel_agreement"_s).toObject().value(u"panels"_s).toInt(), 1);
    EXPECT_EQ(agreed.value(u"panel_agreement"_s).toObject().value(u"agreed"_s).toInt(), 1);
    const QJsonObject dissent = progress(panel.at(4)).value(u"arbiter_calibration"_s).toObject();
    EXPECT_EQ(dissent.value(u"panel_agreement"_s).toObject().value(u"agreed"_s).toInt(), 0);
    EXPECT_TRUE(progress(bo).value(u"arbiter_calibration"_s).isNull());
}

} // namespace Chrysalis::Testing
