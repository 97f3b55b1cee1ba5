// Skills verified by passing a paid qualification task, end to end on a real chrysalis-server: the pass
// mark on both sides, an upheld gold contest that turns a fail into a pass, and the key's rules at publish.
#include "core/domain/ids.h"
#include "tests/server/support/protocoldevice.h"
#include "tests/server/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

const QString kPassword = u"correct horse battery staple"_s;
const QString kTestTitle = u"Review sentiment test"_s;
// quality.gold_pass_bp by default: a verification needs 70 % of the test items right.
constexpr int kTestItems = 10;
constexpr int kRightAtPassMark = 7;

QJsonObject goldItem(const QString &text, const QString &label, bool training = false)
{
    QJsonObject item{{u"id"_s, newId()},
                     {u"data"_s, QJsonObject{{u"text"_s, text}}},
                     {u"gold"_s, QJsonObject{{u"label"_s, label}}}};
    if (training)
        item.insert(u"training"_s, true);
    return item;
}

QJsonObject testRevision(const QJsonValue &verifiesSkill, bool qualification = true)
{
    QJsonObject revision = sentimentRevision(5);
    revision.insert(u"title"_s, kTestTitle);
    revision.insert(u"overlap"_s, 10);
    if (qualification)
        revision.insert(u"kind"_s, u"qualification"_s);
    revision.insert(u"verifies_skill"_s, verifiesSkill);
    return revision;
}

// One training item, then kTestItems scored ones alternating positive and negative.
QJsonArray testItems()
{
    QJsonArray items{goldItem(u"Works great."_s, u"positive"_s, true)};
    for (int i = 0; i < kTestItems; ++i)
        items.append(goldItem(u"Review %1"_s.arg(i), i % 2 == 0 ? u"positive"_s : u"negative"_s));
    return items;
}

QStringList fieldNames(const QJsonObject &result)
{
    QStringList names;
    for (const QJsonValue &error : result.value(u"details"_s).toObject().value(u"fields"_s).toArray())
        names << error.toObject().value(u"field"_s).toString();
    return names;
}

QString flipped(const QString &label)
{
    return label == u"positive" ? u"negative"_s : u"positive"_s;
}

std::string text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

class VerifiedSkillsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = u"sqlite:"_s + m_dir.filePath(u"marketplace.db"_s);
        addUser(u"ada"_s, u"requester"_s, u"butterfly"_s);
        addUser(u"bob"_s, u"worker"_s);
        addUser(u"cyd"_s, u"worker"_s);
        const CommandResult funded = runServerCommand({u"admin"_s, u"--db"_s, m_db, u"fund"_s, u"ada"_s, u"100000"_s});
        ASSERT_EQ(funded.exitCode, 0) << funded.standardError.toStdString();
        auto server = ServerProcess::start(m_db);
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        m_server = std::move(*server);
        m_ada = std::make_unique<ProtocolDevice>(m_server->baseUrl(), kPassword);
        m_bob = std::make_unique<ProtocolDevice>(m_server->baseUrl(), kPassword);
        m_cyd = std::make_unique<ProtocolDevice>(m_server->baseUrl(), kPassword);
        ASSERT_TRUE(m_ada->login(u"ada"_s).ok());
        ASSERT_TRUE(m_bob->login(u"bob"_s).ok());
        ASSERT_TRUE(m_cyd->login(u"cyd"_s).ok());
    }

    void addUser(const QString &name, const QString &roles, const QString &standing = u"caterpillar"_s)
    {
        const CommandResult result = addServerUser(m_db, name, kPassword, roles, u"bronze"_s, standing);
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    }

    // Saves a draft with items; returns the task id.
    QString draft(const QJsonObject &revision, const QJsonArray &items)
    {
        const QString taskId = newId();
        m_ada->pushApplied(u"task.draft_save@1"_s,
                           {{u"task_id"_s, taskId}, {u"base_version"_s, 0}, {u"revision"_s, revision}});
        m_ada->pushApplied(u"task.items_add@1"_s, {{u"task_id"_s, taskId}, {u"items"_s, items}});
        return taskId;
    }

    // Publishes the test and reads its keys back: item id → expected label, training items left out.
    QString publishTest(const QJsonValue &verifiesSkill)
    {
        const QString taskId = draft(testRevision(verifiesSkill), testItems());
        m_ada->pushApplied(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
        m_ada->pull();
        for (const QJsonObject &item : m_ada->rows(u"item"_s)) {
            if (item.value(u"task_id"_s).toString() == taskId && !item.value(u"training"_s).toBool())
                m_keys.insert(item.value(u"id"_s).toString(),
                              item.value(u"gold"_s).toObject().value(u"label"_s).toString());
        }
        EXPECT_EQ(m_keys.size(), kTestItems);
        return taskId;
    }

    // Takes up to `count` items of the test and answers them: `right` more test items right, the
    // others (and the training item) wrong. Returns item id → answer id.
    QHash<QString, QString> answer(ProtocolDevice &worker, const QString &taskId, int count, int &right)
    {
        const QJsonObject claimed =
                worker.pushApplied(u"lease.claim@1"_s, {{u"task_id"_s, taskId}, {u"count"_s, count}});
        worker.pull();
        QHash<QString, QString> answers;
        for (const QJsonValue &lease : claimed.value(u"lease_ids"_s).toArray()) {
            const QString itemId = worker.row(u"lease"_s, lease.toString()).value(u"item_id"_s).toString();
            const bool test = m_keys.contains(itemId);
            const QString expected = test ? m_keys.value(itemId) : u"positive"_s;
            const bool answerRight = test && right > 0;
            if (answerRight)
                --right;
            const QString answerId = newId();
            worker.pushApplied(u"answer.submit@1"_s,
                               {{u"answer_id"_s, answerId},
                                {u"lease_id"_s, lease.toString()},
                                {u"fields"_s, QJsonObject{{u"label"_s, answerRight ? expected : flipped(expected)}}},
                                {u"seconds_spent"_s, 20}});
            answers.insert(itemId, answerId);
        }
        worker.pull();
        return answers;
    }

    static std::optional<QJsonObject> skillNamed(const ProtocolDevice &device, const QString &name)
    {
        for (const QJsonObject &skill : device.rows(u"skill"_s)) {
            if (skill.value(u"name"_s).toString() == name)
                return skill;
        }
        return std::nullopt;
    }

    static QStringList profileSkills(const ProtocolDevice &device)
    {
        QStringList names;
        const QList<QJsonObject> accounts = device.rows(u"account"_s);
        for (const QJsonObject &account : accounts) {
            for (const QJsonValue &skill : account.value(u"skills"_s).toArray())
                names << skill.toString();
        }
        return names;
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ProtocolDevice> m_ada;
    std::unique_ptr<ProtocolDevice> m_bob;
    std::unique_ptr<ProtocolDevice> m_cyd;
    QHash<QString, QString> m_keys;
};

TEST_F(VerifiedSkillsTest, AWorkerAtThePassMarkIsVerifiedAndOneBelowItIsNot)
{
    const QString testId = publishTest(u"  review   Sentiment "_s);
    // The skill joins the vocabulary when the test is published, normalised, unverified for everyone.
    m_bob->pull();
    auto skill = skillNamed(*m_bob, u"review Sentiment"_s);
    ASSERT_TRUE(skill) << "the verified skill is not in the vocabulary";
    EXPECT_FALSE(skill->value(u"verified"_s).toBool());
    const QString revisionId = m_ada->row(u"task"_s, testId).value(u"revision_id"_s).toString();
    EXPECT_EQ(m_ada->row(u"task_revision"_s, revisionId).value(u"verifies_skill"_s).toString(), u"review Sentiment"_s);

    // bob: the training item and two test items wrong, seven right; not verified until the last answer.
    int bobRight = kRightAtPassMark;
    answer(*m_bob, testId, 6, bobRight);
    skill = skillNamed(*m_bob, u"review Sentiment"_s);
    ASSERT_TRUE(skill);
    EXPECT_FALSE(skill->value(u"verified"_s).toBool());
    answer(*m_bob, testId, kTestItems + 1, bobRight);
    ASSERT_EQ(bobRight, 0);
    skill = skillNamed(*m_bob, u"review Sentiment"_s);
    ASSERT_TRUE(skill);
    EXPECT_TRUE(skill->value(u"verified"_s).toBool()) << text(*skill);
    EXPECT_TRUE(skill->value(u"held"_s).toBool());
    const QJsonArray verifiedBy = skill->value(u"verified_by"_s).toArray();
    ASSERT_EQ(verifiedBy.size(), 1);
    EXPECT_EQ(verifiedBy.at(0).toObject().value(u"task_id"_s).toString(), testId);
    EXPECT_EQ(verifiedBy.at(0).toObject().value(u"title"_s).toString(), kTestTitle);
    EXPECT_TRUE(profileSkills(*m_bob).contains(u"review Sentiment"_s));

    // cyd: one right answer fewer, just under the pass mark.
    int cydRight = kRightAtPassMark - 1;
    answer(*m_cyd, testId, kTestItems + 1, cydRight);
    ASSERT_EQ(cydRight, 0);
    skill = skillNamed(*m_cyd, u"review Sentiment"_s);
    ASSERT_TRUE(skill);
    EXPECT_FALSE(skill->value(u"verified"_s).toBool());
    EXPECT_FALSE(skill->value(u"held"_s).toBool());
    EXPECT_TRUE(skill->value(u"verified_by"_s).toArray().isEmpty());
    EXPECT_FALSE(profileSkills(*m_cyd).contains(u"review Sentiment"_s));
    // bob's verification is his own: cyd's view of the shared entry counts one holder, verified for no one.
    EXPECT_EQ(skill->value(u"workers"_s).toInt(), 1);
}

TEST_F(VerifiedSkillsTest, AnUpheldContestThatLiftsAWorkerToThePassMarkVerifiesTheSkill)
{
    const QString testId = publishTest(u"Review Sentiment"_s);
    int right = kRightAtPassMark - 1;
    const QHash<QString, QString> answers = answer(*m_bob, testId, kTestItems + 1, right);
    ASSERT_EQ(answers.size(), kTestItems + 1);
    auto skill = skillNamed(*m_bob, u"Review Sentiment"_s);
    ASSERT_TRUE(skill);
    EXPECT_FALSE(skill->value(u"verified"_s).toBool());

    for (const QString &answerId : answers)
        m_ada->pushApplied(u"answer.review@1"_s, {{u"answer_id"_s, answerId}, {u"decision"_s, u"approve"_s}});
    m_bob->pull();
    QString wrongAnswer;
    for (auto it = answers.constBegin(); it != answers.constEnd() && wrongAnswer.isEmpty(); ++it) {
        if (m_keys.contains(it.key()) && m_bob->row(u"answer"_s, it.value()).contains(u"gold"_s))
            wrongAnswer = it.value();
    }
    ASSERT_FALSE(wrongAnswer.isEmpty());

    // The upheld contest accepts bob's label: seven of ten.
    const QString contestId = newId();
    m_bob->pushApplied(u"gold.contest@1"_s, {{u"contest_id"_s, contestId},
                                             {u"answer_id"_s, wrongAnswer},
                                             {u"reason"_s, u"The review is ambiguous."_s}});
    const QJsonObject upheld = m_ada->pushApplied(u"gold.contest_resolve@1"_s,
                                                  {{u"contest_id"_s, contestId}, {u"decision"_s, u"uphold"_s}});
    EXPECT_EQ(upheld.value(u"rescored"_s).toInt(), 1);
    m_bob->pull();
    skill = skillNamed(*m_bob, u"Review Sentiment"_s);
    ASSERT_TRUE(skill);
    EXPECT_TRUE(skill->value(u"verified"_s).toBool()) << text(*skill);
    EXPECT_TRUE(profileSkills(*m_bob).contains(u"Review Sentiment"_s));
}

TEST_F(VerifiedSkillsTest, TheKeyIsRefusedOnARegularTaskAndWhenMalformed)
{
    // Malformed: refused at the draft, with the field's name.
    for (const QJsonValue &bad : {QJsonValue(7), QJsonValue(u"  "_s), QJsonValue(QJsonArray{u"German"_s})}) {
        const QJsonObject refused =
                m_ada->push(u"task.draft_save@1"_s,
                            {{u"task_id"_s, newId()}, {u"base_version"_s, 0}, {u"revision"_s, testRevision(bad)}});
        EXPECT_EQ(refused.value(u"code"_s).toString(), u"VALIDATION_FAILED"_s) << text(refused);
        EXPECT_EQ(fieldNames(refused), QStringList{u"revision.verifies_skill"_s}) << text(refused);
    }

    // On a regular task, and 65 code points long: the draft saves, publishing is refused, nothing is published.
    const QString regular = draft(testRevision(u"German"_s, false), testItems());
    const QString tooLong = draft(testRevision(QString(65, u'g')), testItems());
    for (const QString &taskId : {regular, tooLong}) {
        const QJsonObject refused = m_ada->push(u"task.publish@1"_s, {{u"task_id"_s, taskId}});
        EXPECT_EQ(refused.value(u"code"_s).toString(), u"VALIDATION_FAILED"_s) << text(refused);
        EXPECT_TRUE(fieldNames(refused).contains(u"revision.verifies_skill"_s)) << text(refused);
    }
    m_ada->pull();
    for (const QString &taskId : {regular, tooLong})
        EXPECT_EQ(m_ada->row(u"task"_s, taskId).value(u"state"_s).toString(), u"draft"_s);
    m_bob->pull();
    EXPECT_FALSE(skillNamed(*m_bob, u"German"_s));
    EXPECT_FALSE(skillNamed(*m_bob, QString(65, u'g')));

    // 64 code points is the longest name that publishes.
    const QString longest = draft(testRevision(QString(64, u'g')), testItems());
    m_ada->pushApplied(u"task.publish@1"_s, {{u"task_id"_s, longest}});
    m_bob->pull();
    EXPECT_TRUE(skillNamed(*m_bob, QString(64, u'g')));
}

} // namespace Chrysalis::Testing
