// Pushes of several mutations through the sync service: what one mutation writes, the next one of
// the same push sees, although the push keeps what it read for the mutations after it.
#include "core/domain/ids.h"
#include "tests/core/market/marketpushtest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args)
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}};
}

QJsonObject answerArgs(const QString &answerId, const QString &leaseId)
{
    return {{u"answer_id"_s, answerId},
            {u"lease_id"_s, leaseId},
            {u"fields"_s, QJsonObject{{u"label"_s, u"positive"_s}}},
            {u"seconds_spent"_s, 30}};
}

} // namespace

TEST_P(MarketPushTest, AMutationSeesTheAccountAnEarlierMutationOfThePushChanged)
{
    const Account ada = requester(u"ada"_s);
    QJsonObject revision = sentimentRevision();
    revision.insert(u"skills"_s, QJsonArray{u"Botany"_s});
    const QString taskId = postTask(ada, 3, revision);
    const Account bob = worker(u"bob"_s);
    const QJsonObject claimArgs{{u"task_id"_s, taskId}, {u"count"_s, 1}};

    const QStringList results =
            push(bob.id, {mutation(1, u"lease.claim@1"_s, claimArgs),
                          mutation(2, u"profile.update@1"_s, {{u"skills"_s, QJsonArray{u"botany"_s}}}),
                          mutation(3, u"lease.claim@1"_s, claimArgs)});
    EXPECT_EQ(results, (QStringList{u"rejected NOT_ELIGIBLE"_s, u"applied"_s, u"applied"_s}));

    // And the other way: a skill dropped in the push refuses the claim after it.
    const QStringList after = push(bob.id, {mutation(4, u"profile.update@1"_s, {{u"skills"_s, QJsonArray{}}}),
                                            mutation(5, u"lease.claim@1"_s, claimArgs)});
    EXPECT_EQ(after, (QStringList{u"applied"_s, u"rejected NOT_ELIGIBLE"_s}));
}

TEST_P(MarketPushTest, AnswersOfOnePushSeeTheAnswersBeforeThem)
{
    const Account ada = requester(u"ada"_s);
    const QString taskId = postTask(ada, 3);
    const Account bob = worker(u"bob"_s);
    const QStringList leases = claim(bob, taskId, 2);
    ASSERT_EQ(leases.size(), 2);
    const QString first = newId();

    const QStringList results = push(bob.id, {mutation(1, u"answer.submit@1"_s, answerArgs(first, leases.at(0))),
                                              // the same lease again, under a fresh id
                                              mutation(2, u"answer.submit@1"_s, answerArgs(newId(), leases.at(0))),
                                              // the first answer's id on the other lease
                                              mutation(3, u"answer.submit@1"_s, answerArgs(first, leases.at(1))),
                                              mutation(4, u"answer.submit@1"_s, answerArgs(newId(), leases.at(1))),
                                              // a lease that is not there
                                              mutation(5, u"answer.submit@1"_s, answerArgs(newId(), newId()))});
    EXPECT_EQ(results, (QStringList{u"applied"_s, u"rejected ALREADY_ANSWERED"_s, u"rejected VALIDATION_FAILED"_s,
                                    u"applied"_s, u"rejected NOT_FOUND"_s}));
    EXPECT_EQ(answerStatus(bob, first), u"pending_review"_s);
}

TEST_P(MarketPushTest, AnAnswerAfterItsLeaseExpiredIsTakenOnlyWhileNoOneElseHoldsTheSlot)
{
    const Account ada = requester(u"ada"_s);
    const QString taskId = postTask(ada, 1);
    const Account bob = worker(u"bob"_s);
    const Account bea = worker(u"bea"_s);
    const QStringList bobs = claim(bob, taskId, 1);
    ASSERT_EQ(bobs.size(), 1);
    advance(policy().lease.maxSeconds + 1);
    // Bob's slot is free again: his late answer is still taken while no one holds it.
    EXPECT_EQ(push(bob.id, {mutation(1, u"answer.submit@1"_s, answerArgs(newId(), bobs.at(0)))}),
              QStringList{u"applied"_s});

    const QString otherTask = postTask(ada, 1);
    const QStringList late = claim(bob, otherTask, 1);
    ASSERT_EQ(late.size(), 1);
    advance(policy().lease.maxSeconds + 1);
    ASSERT_EQ(claim(bea, otherTask, 1).size(), 1); // Bea holds the slot now
    EXPECT_EQ(push(bob.id, {mutation(2, u"answer.submit@1"_s, answerArgs(newId(), late.at(0)))}),
              QStringList{u"rejected LEASE_EXPIRED"_s});
}

} // namespace Chrysalis::Testing
