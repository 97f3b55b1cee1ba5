// Every rejection at its boundary, gating reasons, visibility and audiences, accounts and tokens.
#include "core/domain/ids.h"
#include "core/store/sqlquery.h"
#include "tests/core/market/markettesting.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QJsonArray items(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject{{u"id"_s, newId()}, {u"data"_s, QJsonObject{{u"text"_s, u"Item %1"_s.arg(i)}}}});
    return list;
}

QStringList fieldNames(const Rejection &rejection)
{
    QStringList names;
    for (const QJsonValue &field : rejection.details.value(u"fields"_s).toArray())
        names << field.toObject().value(u"field"_s).toString();
    return names;
}

} // namespace

TEST_P(MarketTest, DraftsSaveAgainstTheirVersionAndAStaleSaveGetsTheServerCopy)
{
    const Account ada = requester(u"ada"_s);
    const QString taskId = newId();
    QJsonObject revision = sentimentRevision();
    EXPECT_EQ(applyOk(ada.id, u"task.draft_save@1"_s,
                      {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}})
                      .value(u"version"_s)
                      .toInt(),
              1);
    revision.insert(u"title"_s, u"Second title"_s);
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 1}, {u"revision"_s, revision}});
    revision.insert(u"title"_s, u"From the other device"_s);
    const Rejection stale = applyRejected(ada.id, u"task.draft_save@1"_s,
                                          {{u"task_id"_s, taskId}, {u"base_version"_s, 1}, {u"revision"_s, revision}},
                                          RejectionCode::VersionConflict);
    const QJsonObject server = stale.details.value(u"server"_s).toObject();
    EXPECT_EQ(server.value(u"version"_s).toInt(), 2);
    EXPECT_EQ(server.value(u"revision"_s).toObject().value(u"title"_s).toString(), u"Second title"_s);
    applyRejected(ada.id, u"task.draft_save@1"_s,
                  {{u"task_id"_s, newId()}, {u"base_version"_s, 3}, {u"revision"_s, revision}},
                  RejectionCode::VersionConflict);

    QJsonObject extra = revision;
    extra.insert(u"colour"_s, u"blue"_s);
    EXPECT_EQ(fieldNames(applyRejected(ada.id, u"task.draft_save@1"_s,
                                       {{u"task_id"_s, taskId}, {u"base_version"_s, 2}, {u"revision"_s, extra}},
                                       RejectionCode::ValidationFailed)),
              QStringList{u"revision.colour"_s});

    const Account other = requester(u"other"_s);
    applyRejected(other.id, u"task.draft_save@1"_s,
                  {{u"task_id"_s, taskId}, {u"base_version"_s, 2}, {u"revision"_s, revision}},
                  RejectionCode::Forbidden);
    const Account bo = worker(u"boris"_s);
    applyRejected(bo.id, u"task.draft_save@1"_s,
                  {{u"task_id"_s, newId()}, {u"base_version"_s, 0}, {u"revision"_s, revision}},
                  RejectionCode::Forbidden);
    // Drafts are private to their requester.
    EXPECT_FALSE(render(bo, Entity::Task, taskId).has_value());
    EXPECT_FALSE(render(other, Entity::Task, taskId).has_value());
}

TEST_P(MarketTest, ItemsAreAddedToDraftsOnlyWithinTheirLimitsAndIdsAreNeverReused)
{
    const Account ada = requester(u"ada"_s);
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}});
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, QJsonArray()}},
                  RejectionCode::ValidationFailed);
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items(kMaxItemsPerCall + 1)}},
                  RejectionCode::LimitExceeded);
    const QJsonArray first = items(2);
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, first}});
    // The same items again (a retried import) add nothing; the same id with other data is refused.
    EXPECT_EQ(applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, first}})
                      .value(u"added"_s)
                      .toInt(),
              0);
    QJsonObject changed = first.at(0).toObject();
    changed.insert(u"data"_s, QJsonObject{{u"text"_s, u"other"_s}});
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, QJsonArray{changed}}},
                  RejectionCode::ValidationFailed);
    const QJsonObject duplicate = items(1).at(0).toObject();
    EXPECT_EQ(fieldNames(applyRejected(ada.id, u"task.items_add@1"_s,
                                       {{u"task_id"_s, taskId}, {u"items"_s, QJsonArray{duplicate, duplicate}}},
                                       RejectionCode::ValidationFailed)),
              QStringList{u"items[1].id"_s});
    EXPECT_EQ(render(ada, Entity::Task, taskId)->value(u"items_total"_s).toInt(), 2);
    EXPECT_TRUE(render(ada, Entity::Item, first.at(0).toObject().value(u"id"_s).toString()).has_value());

    applyOk(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items(1)}},
                  RejectionCode::TaskClosed);
    applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}}, RejectionCode::TaskClosed);
    applyRejected(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, newId()}, {u"items"_s, items(1)}},
                  RejectionCode::NotFound);
}

TEST_P(MarketTest, PublishingReservesEscrowOrFailsWithTheFiguresAndWritesNothing)
{
    const Account ada = requester(u"ada"_s, Standing::Butterfly, 2'399);
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision(1'000)}});
    applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}}, RejectionCode::ValidationFailed); // no items
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items(2)}});
    const Rejection poor =
            applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}}, RejectionCode::InsufficientFunds);
    EXPECT_EQ(poor.details.value(u"required_cents"_s).toInteger(), 2'400);
    EXPECT_EQ(poor.details.value(u"balance_cents"_s).toInteger(), 2'399);
    EXPECT_EQ(render(ada, Entity::Task, taskId)->value(u"state"_s).toString(), u"draft"_s);
    ASSERT_TRUE(market().fund(u"ada"_s, 1).ok());
    applyOk(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    EXPECT_EQ(balance(LedgerBook::Balance, ada.id), 0);
    EXPECT_EQ(balance(LedgerBook::Escrow, ada.id), 2'400);

    // A revision that breaks its rules is reported field by field at publish.
    QJsonObject broken = sentimentRevision(0);
    broken.insert(u"title"_s, u"   "_s);
    const QString brokenId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, brokenId}, {u"base_version"_s, 0}, {u"revision"_s, broken}});
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, brokenId}, {u"items"_s, items(1)}});
    const QStringList problems = fieldNames(
            applyRejected(ada.id, u"task.publish@1"_s, {{u"task_id"_s, brokenId}}, RejectionCode::ValidationFailed));
    EXPECT_TRUE(problems.contains(u"revision.title"_s));
    EXPECT_TRUE(problems.contains(u"revision.pay_cents"_s));
    expectBooksClean();
}

TEST_P(MarketTest, GatingNamesTheReasonAWorkerCannotTakeATask)
{
    const Account ada = requester(u"ada"_s);
    const Account both = addAccount(u"both"_s, Roles(Role::Worker) | Role::Requester, Tier::Gold, Standing::Butterfly);
    ASSERT_TRUE(market().fund(u"both"_s, 10'000).ok());
    const Account bo = worker(u"boris"_s);
    const auto reasonFor = [&](const Account &who, const QString &taskId) {
        return applyRejected(who.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}},
                             RejectionCode::NotEligible)
                .details.value(u"reason"_s)
                .toString();
    };

    EXPECT_EQ(reasonFor(both, postTask(both, 1)), u"own_task"_s);

    QJsonObject silverOnly = sentimentRevision();
    silverOnly.insert(u"min_tier"_s, u"silver"_s);
    const QString silverTask = postTask(ada, 1, silverOnly);
    EXPECT_EQ(reasonFor(bo, silverTask), u"tier"_s);
    const auto shown = render(bo, Entity::Task, silverTask); // transparency: visible with its reason
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->value(u"gate_reasons"_s).toArray(), QJsonArray{u"tier"_s});
    EXPECT_FALSE(shown->value(u"can_take"_s).toBool());

    QJsonObject german = sentimentRevision();
    german.insert(u"skills"_s, QJsonArray{u"German"_s});
    german.insert(u"content_warnings"_s, QJsonArray{u"Violence"_s});
    const QString germanTask = postTask(ada, 1, german);
    EXPECT_EQ(reasonFor(bo, germanTask), u"skill"_s);
    applyOk(bo.id, u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"  german "_s}}});
    EXPECT_EQ(reasonFor(bo, germanTask), u"content_filter"_s);
    applyOk(bo.id, u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"violence"_s}}});
    EXPECT_EQ(claim(bo, germanTask, 1).size(), 1);
    EXPECT_EQ(render(bo, Entity::Task, germanTask)->value(u"gate_reasons"_s).toArray(), QJsonArray{u"full"_s});

    const QString small = postTask(ada, 1);
    const QString held = claim(bo, small, 1).constFirst();
    const Account late = worker(u"late"_s);
    EXPECT_EQ(reasonFor(late, small), u"full"_s);
    submit(bo, held);
    applyRejected(late.id, u"lease.claim@1"_s, {{u"task_id"_s, small}, {u"count"_s, 1}}, RejectionCode::TaskClosed);

    QJsonObject pair = sentimentRevision(1'000, 2);
    const QString shared = postTask(ada, 1, pair);
    submit(bo, claim(bo, shared, 1).constFirst());
    EXPECT_EQ(reasonFor(bo, shared), u"already_answered"_s);

    const Account requesterOnly = requester(u"req"_s);
    applyRejected(requesterOnly.id, u"lease.claim@1"_s, {{u"task_id"_s, shared}, {u"count"_s, 1}},
                  RejectionCode::Forbidden);
}

TEST_P(MarketTest, ClaimsTakeFreeSlotsOnlyAndNeverTheSameSlotTwice)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 3);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 0}},
                  RejectionCode::ValidationFailed);
    applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, policy().lease.maxClaim + 1}},
                  RejectionCode::LimitExceeded);
    const QStringList boLeases = claim(bo, taskId, 2);
    EXPECT_EQ(boLeases.size(), 2);
    const QStringList beaLeases = claim(bea, taskId, policy().lease.maxClaim);
    EXPECT_EQ(beaLeases.size(), 1);
    QSet<QString> items;
    for (const QString &lease : boLeases + beaLeases)
        items.insert(render(boLeases.contains(lease) ? bo : bea, Entity::Lease, lease)->value(u"item_id"_s).toString());
    EXPECT_EQ(items.size(), 3);

    // Overlap 2: two workers per item, never one worker twice.
    const QString pair = postTask(ada, 2, sentimentRevision(1'000, 2));
    EXPECT_EQ(claim(bo, pair, 5).size(), 2);
    EXPECT_EQ(claim(bea, pair, 5).size(), 2);
    const Rejection full = applyRejected(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, pair}, {u"count"_s, 1}},
                                         RejectionCode::NotEligible);
    EXPECT_EQ(full.details.value(u"reason"_s).toString(), u"full"_s);
}

TEST_P(MarketTest, AnswersAreCheckedAgainstTheFormAndTakenOncePerWorkerAndItem)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 2);
    const QStringList leases = claim(bo, taskId, 2);
    const Rejection wrong = applyRejected(bo.id, u"answer.submit@1"_s,
                                          {{u"answer_id"_s, newId()},
                                           {u"lease_id"_s, leases.at(0)},
                                           {u"fields"_s, QJsonObject{{u"label"_s, u"furious"_s}}},
                                           {u"seconds_spent"_s, 5}},
                                          RejectionCode::ValidationFailed);
    EXPECT_EQ(fieldNames(wrong), QStringList{u"fields.label"_s});
    applyRejected(bo.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, newId()},
                   {u"lease_id"_s, leases.at(0)},
                   {u"fields"_s, goodFields()},
                   {u"seconds_spent"_s, kMaxSecondsSpent + 1}},
                  RejectionCode::ValidationFailed);
    const QString answerId = submit(bo, leases.at(0));
    applyRejected(bo.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, newId()},
                   {u"lease_id"_s, leases.at(0)},
                   {u"fields"_s, goodFields()},
                   {u"seconds_spent"_s, 5}},
                  RejectionCode::AlreadyAnswered);
    applyRejected(bo.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, answerId},
                   {u"lease_id"_s, leases.at(1)},
                   {u"fields"_s, goodFields()},
                   {u"seconds_spent"_s, 5}},
                  RejectionCode::ValidationFailed); // the id names another answer
    applyRejected(bea.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, newId()},
                   {u"lease_id"_s, leases.at(1)},
                   {u"fields"_s, goodFields()},
                   {u"seconds_spent"_s, 5}},
                  RejectionCode::NotFound); // another worker's lease

    applyOk(bo.id, u"lease.release@1"_s, {{u"lease_id"_s, leases.at(1)}});
    EXPECT_EQ(render(bo, Entity::Lease, leases.at(1))->value(u"state"_s).toString(), u"released"_s);
    applyOk(bo.id, u"lease.release@1"_s, {{u"lease_id"_s, leases.at(1)}});
    applyRejected(bo.id, u"lease.release@1"_s, {{u"lease_id"_s, leases.at(0)}}, RejectionCode::AlreadyAnswered);
    applyRejected(bea.id, u"lease.release@1"_s, {{u"lease_id"_s, leases.at(0)}}, RejectionCode::NotFound);
    applyRejected(bo.id, u"answer.submit@1"_s,
                  {{u"answer_id"_s, newId()},
                   {u"lease_id"_s, leases.at(1)},
                   {u"fields"_s, goodFields()},
                   {u"seconds_spent"_s, 5}},
                  RejectionCode::LeaseExpired);
    EXPECT_EQ(claim(bea, taskId, 1).size(), 1); // the released slot is free again
}

TEST_P(MarketTest, ReviewsAndVotesNeedTheRightPartyAndTheRightPanel)
{
    const Account ada = requester(u"ada"_s);
    const Account other = requester(u"other"_s);
    const Account bo = worker(u"boris"_s);
    const Account silver = worker(u"silver"_s, Tier::Silver);
    const Account goldPeer = worker(u"gold.peer"_s, Tier::Gold);
    const Account arbiter = worker(u"arbiter"_s, Tier::Gold);
    const QString taskId = postTask(ada, 1, sentimentRevision(1'000, 2));
    const QString answerId = work(bo, taskId, 1).constFirst();
    work(goldPeer, taskId, 1);

    applyRejected(other.id, u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::Forbidden);
    applyRejected(bo.id, u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::Forbidden);
    applyRejected(ada.id, u"answer.review@1"_s, {{u"answer_id"_s, newId()}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::NotFound);
    const Rejection bare =
            applyRejected(ada.id, u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"reject"_s}},
                          RejectionCode::ValidationFailed);
    EXPECT_TRUE(fieldNames(bare).contains(u"reason_code"_s));
    EXPECT_TRUE(fieldNames(bare).contains(u"reason"_s));
    const QString conflictId = reject(ada, answerId);

    const auto notOnPanel = [&](const Account &who) {
        return applyRejected(who.id, u"vote.cast@1"_s,
                             {{u"vote_id"_s, newId()},
                              {u"conflict_id"_s, conflictId},
                              {u"fault"_s, u"worker"_s},
                              {u"rationale"_s, u"A reason."_s}},
                             RejectionCode::NotOnPanel)
                .details.value(u"reason"_s)
                .toString();
    };
    EXPECT_EQ(notOnPanel(bo), u"already_answered"_s);
    EXPECT_EQ(notOnPanel(goldPeer), u"already_answered"_s); // answered the same item
    EXPECT_EQ(notOnPanel(silver), u"conflict_needs_gold"_s);
    EXPECT_EQ(notOnPanel(ada), u"own_task"_s);
    EXPECT_FALSE(render(goldPeer, Entity::Conflict, conflictId).has_value());
    EXPECT_FALSE(render(silver, Entity::Conflict, conflictId).has_value());
    const auto seat = render(arbiter, Entity::Conflict, conflictId);
    ASSERT_TRUE(seat.has_value());
    EXPECT_EQ(seat->value(u"reason"_s).toString(), u"The review is clearly negative."_s);
    EXPECT_TRUE(seat->contains(u"revision"_s));
    EXPECT_TRUE(render(arbiter, Entity::Answer, answerId).has_value());

    applyRejected(arbiter.id, u"vote.cast@1"_s,
                  {{u"vote_id"_s, newId()},
                   {u"conflict_id"_s, conflictId},
                   {u"fault"_s, u"worker"_s},
                   {u"rationale"_s, u" "_s}},
                  RejectionCode::ValidationFailed);
    applyRejected(arbiter.id, u"vote.cast@1"_s,
                  {{u"vote_id"_s, newId()},
                   {u"conflict_id"_s, newId()},
                   {u"fault"_s, u"worker"_s},
                   {u"rationale"_s, u"A reason."_s}},
                  RejectionCode::NotFound);
    vote(arbiter, conflictId, u"worker"_s);
    applyRejected(arbiter.id, u"vote.cast@1"_s,
                  {{u"vote_id"_s, newId()},
                   {u"conflict_id"_s, conflictId},
                   {u"fault"_s, u"requester"_s},
                   {u"rationale"_s, u"Changed my mind."_s}},
                  RejectionCode::AlreadyAnswered);
    applyRejected(ada.id, u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}},
                  RejectionCode::TaskClosed);
}

TEST_P(MarketTest, ProfileSkillsAreNormalisedAndLimitsChecked)
{
    const Account bo = worker(u"boris"_s);
    applyOk(bo.id, u"profile.update@1"_s,
            {{u"skills"_s, QJsonArray{u"  Software   Testing "_s, u"software testing"_s, u"German"_s, u"   "_s}},
             {u"limits"_s, QJsonObject{{u"violence"_s, 20}}}});
    QJsonObject account = accountJson(bo);
    EXPECT_EQ(account.value(u"skills"_s).toArray(), (QJsonArray{u"Software Testing"_s, u"German"_s}));
    EXPECT_EQ(account.value(u"limits"_s).toObject().value(u"violence"_s).toInt(), 20);
    applyOk(bo.id, u"profile.update@1"_s, {{u"content_opt_ins"_s, QJsonArray{u"Violence"_s}}});
    account = accountJson(bo);
    EXPECT_EQ(account.value(u"skills"_s).toArray().size(), 2); // untouched by a partial update
    EXPECT_EQ(account.value(u"content_opt_ins"_s).toArray(), QJsonArray{u"Violence"_s});

    applyRejected(bo.id, u"profile.update@1"_s, {{u"limits"_s, QJsonObject{{u"violence"_s, -1}}}},
                  RejectionCode::ValidationFailed);
    applyRejected(bo.id, u"profile.update@1"_s, {{u"limits"_s, QJsonObject{{u"violence"_s, 1.5}}}},
                  RejectionCode::ValidationFailed);
    applyRejected(bo.id, u"profile.update@1"_s, {{u"skills"_s, u"German"_s}}, RejectionCode::ValidationFailed);
    applyRejected(bo.id, u"profile.update@1"_s, {{u"skills"_s, QJsonArray{QString(kMaxSkillLength + 1, u'x')}}},
                  RejectionCode::ValidationFailed);
    QJsonArray many;
    for (int i = 0; i <= kMaxSkills; ++i)
        many.append(u"skill %1"_s.arg(i));
    applyRejected(bo.id, u"profile.update@1"_s, {{u"skills"_s, many}}, RejectionCode::ValidationFailed);
    many.removeLast();
    applyOk(bo.id, u"profile.update@1"_s, {{u"skills"_s, many}});
    applyRejected(bo.id, u"profile.update@1"_s, {{u"nickname"_s, u"bobo"_s}}, RejectionCode::ValidationFailed);
}

TEST_P(MarketTest, ReframeProposalsReachTheRequesterAndNoOneElse)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 1);
    QJsonObject markup = sentimentRevision();
    markup.insert(u"title"_s, u"Sentiment towards the product, not the delivery"_s);
    const QString proposalId = newId();
    const QJsonObject args{{u"proposal_id"_s, proposalId},
                           {u"task_id"_s, taskId},
                           {u"markup_revision"_s, markup},
                           {u"rationale"_s, u"Reviews mix delivery and product; the criteria should say which."_s}};
    const Applied proposed = apply(bo.id, u"reframe.propose@1"_s, args);
    ASSERT_TRUE(proposed.effect.applied);
    EXPECT_EQ(audiencesOf(proposed.touches, Entity::ReframeProposal, proposalId),
              (QStringList{Audience::account(ada.id), Audience::account(bo.id)}));
    const auto seen = render(ada, Entity::ReframeProposal, proposalId);
    ASSERT_TRUE(seen.has_value());
    EXPECT_NE(seen->value(u"worker_id"_s).toString(), bo.id); // pseudonymous to the requester
    EXPECT_EQ(seen->value(u"markup_revision"_s).toObject().value(u"number"_s).toInt(), 2);
    EXPECT_TRUE(render(bo, Entity::ReframeProposal, proposalId).has_value());
    EXPECT_FALSE(render(bea, Entity::ReframeProposal, proposalId).has_value());
    applyRejected(bea.id, u"reframe.propose@1"_s, args, RejectionCode::ValidationFailed); // id taken
    QJsonObject own = args;
    own.insert(u"proposal_id"_s, newId());
    applyRejected(ada.id, u"reframe.propose@1"_s, own, RejectionCode::Forbidden);
}

TEST_P(MarketTest, PrivateRowsAreShownToTheirOwnersOnlyWithPseudonymsForOthers)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = postTask(ada, 2);
    const QString leaseId = claim(bo, taskId, 1).constFirst();
    const QString itemId = render(bo, Entity::Lease, leaseId)->value(u"item_id"_s).toString();
    const QString answerId = submit(bo, leaseId);

    EXPECT_FALSE(render(bea, Entity::Lease, leaseId).has_value());
    EXPECT_FALSE(render(ada, Entity::Lease, leaseId).has_value());
    EXPECT_TRUE(render(bo, Entity::Item, itemId).has_value());
    EXPECT_TRUE(render(ada, Entity::Item, itemId).has_value());
    EXPECT_FALSE(render(bea, Entity::Item, itemId).has_value());
    EXPECT_FALSE(render(bea, Entity::Answer, answerId).has_value());
    EXPECT_FALSE(render(bea, Entity::Wallet, bo.id).has_value());
    EXPECT_FALSE(render(ada, Entity::Wallet, bo.id).has_value());
    EXPECT_FALSE(render(bea, Entity::Account, bo.id).has_value());
    EXPECT_FALSE(render(bea, Entity::TierProgress, bo.id).has_value());

    const QJsonObject own = render(bo, Entity::Answer, answerId).value_or(QJsonObject());
    const QJsonObject requesters = render(ada, Entity::Answer, answerId).value_or(QJsonObject());
    EXPECT_EQ(own.value(u"worker_id"_s).toString(), bo.id);
    const QString pseudonymous = requesters.value(u"worker_id"_s).toString();
    EXPECT_NE(pseudonymous, bo.id);
    EXPECT_TRUE(isValidId(pseudonymous));
    EXPECT_EQ(pseudonymous, accountJson(bo).value(u"public_id"_s).toString());
    EXPECT_TRUE(requesters.value(u"worker_pseudonym"_s).toString().startsWith(u"worker-"_s));
    EXPECT_NE(render(bo, Entity::Task, taskId)->value(u"requester_id"_s).toString(), ada.id);
    EXPECT_EQ(render(ada, Entity::Task, taskId)->value(u"requester_id"_s).toString(), ada.id);

    // A ledger line is its owner's alone.
    SqlQuery query(db());
    ASSERT_TRUE(query.prepare(u"SELECT id FROM ledger_entry WHERE account = :account"_s).ok());
    query.bind(u":account"_s, QString(u"escrow:"_s + ada.id));
    ASSERT_TRUE(query.exec().ok() && query.next());
    const QString entryId = query.text(0);
    query.finish();
    EXPECT_TRUE(render(ada, Entity::LedgerEntry, entryId).has_value());
    EXPECT_FALSE(render(bo, Entity::LedgerEntry, entryId).has_value());
    EXPECT_FALSE(render(bo, u"no_such_entity"_s, entryId).has_value());
}

TEST_P(MarketTest, EveryChangeIsAnnouncedToItsAudiencesOnly)
{
    const Account ada = requester(u"ada"_s);
    const Account bo = worker(u"boris"_s);
    const Account bea = worker(u"beatrice"_s);
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, sentimentRevision()}});
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items(2)}});
    const Applied published = apply(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    EXPECT_EQ(audiencesOf(published.touches, Entity::Task, taskId),
              (QStringList{Audience::account(ada.id), Audience::workersFrom(u"bronze"_s)}));
    EXPECT_TRUE(touched(published.touches, Entity::Wallet, ada.id, Audience::account(ada.id)));
    const QString revisionId = render(ada, Entity::Task, taskId)->value(u"revision_id"_s).toString();
    EXPECT_TRUE(touched(published.touches, Entity::TaskRevision, revisionId, Audience::workersFrom(u"bronze"_s)));

    const Applied claimed = apply(bo.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    const QString leaseId = claimed.effect.details.value(u"lease_ids"_s).toArray().at(0).toString();
    EXPECT_EQ(audiencesOf(claimed.touches, Entity::Lease, leaseId), QStringList{Audience::account(bo.id)});
    const Applied other = apply(bea.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    for (const Touch &touch : other.touches)
        EXPECT_NE(touch.audience, Audience::account(bo.id)) << touch.entity.toStdString();

    const QString answerId = newId();
    const Applied answered = apply(bo.id, u"answer.submit@1"_s,
                                   {{u"answer_id"_s, answerId},
                                    {u"lease_id"_s, leaseId},
                                    {u"fields"_s, goodFields()},
                                    {u"seconds_spent"_s, 5}});
    EXPECT_EQ(audiencesOf(answered.touches, Entity::Answer, answerId),
              (QStringList{Audience::account(ada.id), Audience::account(bo.id)}));
    const Applied rejected = apply(ada.id, u"answer.review@1"_s,
                                   {{u"answer_id"_s, answerId},
                                    {u"decision"_s, u"reject"_s},
                                    {u"reason_code"_s, u"other"_s},
                                    {u"reason"_s, u"Not what was asked."_s}});
    const QString conflictId = rejected.effect.details.value(u"conflict_id"_s).toString();
    EXPECT_EQ(audiencesOf(rejected.touches, Entity::Conflict, conflictId),
              (QStringList{Audience::account(ada.id), Audience::account(bo.id), Audience::arbiters()}));

    const Applied refused = apply(bea.id, u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, 1}});
    EXPECT_FALSE(refused.effect.applied);
    EXPECT_TRUE(refused.touches.isEmpty());
}

TEST_P(MarketTest, AccountsTokensAndAudiences)
{
    const Account gia = worker(u"gia"_s, Tier::Gold);
    EXPECT_TRUE(gia.pseudonym.startsWith(u"worker-"_s));
    EXPECT_FALSE(gia.pseudonym.contains(u"gia"_s));
    EXPECT_FALSE(market().addUser(u"gia"_s, u"another password"_s, Role::Worker).ok());
    EXPECT_FALSE(market().addUser(u"Bad Name"_s, u"another password"_s, Role::Worker).ok());
    EXPECT_FALSE(market().addUser(u"shorty"_s, u"short"_s, Role::Worker).ok());
    EXPECT_TRUE(market().authenticate(u"gia"_s, u"correct horse battery"_s).ok());
    const auto wrong = market().authenticate(u"gia"_s, u"correct horse batterY"_s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Forbidden);
    const auto unknown = market().authenticate(u"nobody"_s, u"correct horse battery"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, wrong.error().message);

    auto token = market().issueToken(gia.id, 3'600);
    ASSERT_TRUE(token.ok());
    auto lookup = market().accountForToken(token->token);
    ASSERT_TRUE(lookup.ok());
    EXPECT_TRUE(lookup->valid());
    EXPECT_EQ(lookup->account.id, gia.id);
    SqlQuery query(db());
    ASSERT_TRUE(query.exec(u"SELECT digest FROM auth_token"_s).ok() && query.next());
    EXPECT_NE(query.text(0), token->token); // only the digest is stored
    query.finish();
    clock().advance(3'599);
    EXPECT_TRUE(market().accountForToken(token->token)->valid());
    clock().advance(1);
    EXPECT_EQ(market().accountForToken(token->token)->problem, u"TOKEN_EXPIRED"_s);
    auto second = market().issueToken(gia.id, 3'600);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(market().revokeToken(second->token).ok());
    EXPECT_EQ(market().accountForToken(second->token)->problem, u"UNAUTHENTICATED"_s);
    EXPECT_EQ(market().accountForToken(u"not-a-token"_s)->problem, u"UNAUTHENTICATED"_s);
    EXPECT_FALSE(market().issueToken(gia.id, 0).ok());
    EXPECT_FALSE(market().issueToken(newId(), 60).ok());

    EXPECT_EQ(
            market().audiencesFor(gia.id),
            (QStringList{Audience::everyone(), Audience::account(gia.id), Audience::workersFrom(u"bronze"_s),
                         Audience::workersFrom(u"silver"_s), Audience::workersFrom(u"gold"_s), Audience::arbiters()}));
    const Account ada = requester(u"ada"_s, Standing::Butterfly, 0);
    EXPECT_EQ(market().audiencesFor(ada.id), (QStringList{Audience::everyone(), Audience::account(ada.id)}));
    EXPECT_EQ(market().audiencesFor(newId()), QStringList{Audience::everyone()});
    EXPECT_FALSE(market().fund(u"gia"_s, 100).ok()); // not a requester
    EXPECT_FALSE(market().fund(u"ada"_s, 0).ok());
    EXPECT_FALSE(market().fund(u"nobody"_s, 100).ok());
    EXPECT_EQ(market().fund(u"ada"_s, 250).valueOr(0), 250);
    EXPECT_EQ(market().scopeEpoch(gia.id).valueOr(0), 1);
}

} // namespace Chrysalis::Testing
