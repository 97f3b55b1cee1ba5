// Verified skills in the marketplace engine: the verification recorded when a worker passes a
// skill-verifying qualification task, and withdrawn when corrected keys fail the same answers.
#include "core/domain/ids.h"
#include "core/market/goldwork.h"
#include "core/market/skillvocabulary.h"
#include "tests/core/market/markettesting.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kSkill = u"Review Sentiment"_s;

} // namespace

TEST_P(MarketTest, AVerificationIsRecordedOnAPassAndWithdrawnWhenCorrectedKeysFailTheWorker)
{
    const Account ada = requester(u"ada"_s);
    const Account bob = worker(u"bob"_s);
    QJsonObject revision = sentimentRevision(100, 5);
    revision.insert(u"kind"_s, u"qualification"_s);
    revision.insert(u"verifies_skill"_s, kSkill);
    const QString taskId = newId();
    applyOk(ada.id, u"task.draft_save@1"_s,
            {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
    QJsonArray items;
    QStringList itemIds;
    for (const QString &label : {u"positive"_s, u"negative"_s}) {
        itemIds << newId();
        items.append(QJsonObject{{u"id"_s, itemIds.constLast()},
                                 {u"data"_s, QJsonObject{{u"text"_s, u"A review"_s}}},
                                 {u"gold"_s, QJsonObject{{u"label"_s, label}}}});
    }
    applyOk(ada.id, u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
    applyOk(ada.id, u"task.publish@1"_s, {{u"task_id"_s, taskId}});
    SkillVocabulary vocabulary(db());
    auto skillId = vocabulary.idOfName(u"  review sentiment "_s);
    ASSERT_TRUE(skillId.ok());
    ASSERT_TRUE(skillId->has_value()) << "publishing the test adds its skill to the vocabulary";

    // bob answers both items as the keys say: two of two, a pass.
    for (const QString &lease : claim(bob, taskId, 2)) {
        const auto leased = render(bob, u"lease"_s, lease);
        ASSERT_TRUE(leased);
        const QString itemId = leased->value(u"item_id"_s).toString();
        submit(bob, lease, {{u"label"_s, itemId == itemIds.at(0) ? u"positive"_s : u"negative"_s}});
    }
    auto skill = render(bob, u"skill"_s, **skillId);
    ASSERT_TRUE(skill);
    EXPECT_TRUE(skill->value(u"verified"_s).toBool());
    EXPECT_TRUE(skill->value(u"held"_s).toBool());
    EXPECT_EQ(skill->value(u"verified_by"_s).toArray().at(0).toObject().value(u"task_id"_s).toString(), taskId);
    EXPECT_TRUE(accountJson(bob).value(u"skills"_s).toArray().contains(kSkill));

    // Corrected keys that no longer accept bob's answers on either item: one of two is under 70 %.
    GoldRepository gold(db());
    ASSERT_TRUE(gold.updateKey(itemIds.at(0), {u"negative"_s}, 2).ok());
    ChangeLog changes(db());
    MarketEngine engine(db(), policy(), clock().now(), changes);
    ASSERT_TRUE(refreshSkillVerification(engine, bob.id, taskId).ok());
    auto stillVerified = vocabulary.verified(bob.id, **skillId);
    ASSERT_TRUE(stillVerified.ok());
    EXPECT_FALSE(*stillVerified);
    skill = render(bob, u"skill"_s, **skillId);
    ASSERT_TRUE(skill);
    EXPECT_FALSE(skill->value(u"verified"_s).toBool());
    EXPECT_TRUE(skill->value(u"verified_by"_s).toArray().isEmpty());
    // The tag stays on the profile: a withdrawal takes back the check mark, not the worker's own words.
    EXPECT_TRUE(skill->value(u"held"_s).toBool());

    // The key corrected back: the verification is granted again.
    ASSERT_TRUE(gold.updateKey(itemIds.at(0), {u"positive"_s}, 3).ok());
    ASSERT_TRUE(refreshSkillVerification(engine, bob.id, taskId).ok());
    auto verifiedAgain = vocabulary.verified(bob.id, **skillId);
    ASSERT_TRUE(verifiedAgain.ok());
    EXPECT_TRUE(*verifiedAgain);
}

} // namespace Chrysalis::Testing
