#include "core/domain/ids.h"
#include "core/domain/item.h"
#include "core/domain/task.h"

#include "tests/core/domain/domaintestutil.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::TestUtil;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kCreated(QDate(2025, 3, 1), QTime(9, 30, 0, 125), Qt::UTC);

TaskRevision goodRevision()
{
    FormField sentiment;
    sentiment.name = u"sentiment"_s;
    sentiment.kind = FieldKind::SingleChoice;
    sentiment.label = u"Sentiment"_s;
    sentiment.required = true;
    sentiment.options = {{u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}};
    FormField why;
    why.name = u"why"_s;
    why.kind = FieldKind::Text;
    why.label = u"Why?"_s;
    why.maxLength = 500;

    TaskRevision revision;
    revision.id = newId();
    revision.taskId = newId();
    revision.number = 1;
    revision.title = u"Label the sentiment of reviews"_s;
    revision.instructions = u"Read the review. Pick one.\nExplain in a sentence."_s;
    revision.form = AnswerForm({sentiment, why});
    revision.payCents = 12;
    revision.overlap = 3;
    revision.minTier = Tier::Silver;
    revision.skills = {u"German"_s};
    revision.contentWarnings = {u"violence"_s};
    revision.estimateSeconds = 45;
    revision.createdAt = kCreated;
    return revision;
}

Task goodTask()
{
    Task task;
    task.id = newId();
    task.requesterId = newId();
    task.origin = TaskOrigin::Caterpillar;
    task.state = TaskState::InFeedback;
    task.revisionId = newId();
    task.title = u"Label reviews"_s;
    task.payCents = 12;
    task.overlap = 3;
    task.minTier = Tier::Gold;
    task.itemsTotal = 100;
    task.itemsOpen = 40;
    task.createdAt = kCreated;
    return task;
}

} // namespace

TEST(TaskEnums, WireNamesRoundTripAndStrangersAreRejected)
{
    for (TaskState state : {TaskState::Draft, TaskState::InFeedback, TaskState::Published, TaskState::Closed})
        EXPECT_EQ(*parseTaskState(taskStateName(state)), state);
    EXPECT_EQ(taskStateName(TaskState::InFeedback), u"in_feedback"_s);
    EXPECT_FALSE(parseTaskState(u"InFeedback"_s).ok());
    EXPECT_FALSE(parseTaskState(u"archived"_s).ok());
    for (TaskOrigin origin : {TaskOrigin::Caterpillar, TaskOrigin::Butterfly})
        EXPECT_EQ(*parseTaskOrigin(taskOriginName(origin)), origin);
    EXPECT_FALSE(parseTaskOrigin(u"moth"_s).ok());
}

TEST(TaskRevision, AWellMadeRevisionValidates)
{
    const Status status = goodRevision().validate();
    EXPECT_TRUE(status.ok()) << status.error().describe().toStdString();
}

TEST(TaskRevision, TitleIsNonBlankAndAtMost200Characters)
{
    TaskRevision revision = goodRevision();
    revision.title = u" \t "_s;
    EXPECT_EQ(errorFields(revision.validate()), QStringList{u"title"_s});
    // 200 astral characters are 400 UTF-16 units and still fit.
    revision.title = QString(kMaxTitleLength, u'x');
    EXPECT_TRUE(revision.validate().ok());
    revision.title = u"😀"_s.repeated(kMaxTitleLength);
    EXPECT_TRUE(revision.validate().ok());
    revision.title = u"😀"_s.repeated(kMaxTitleLength + 1);
    EXPECT_EQ(errorFields(revision.validate()), QStringList{u"title"_s});
}

TEST(TaskRevision, PayOverlapAndEstimateHaveInclusiveBounds)
{
    const auto fieldsFor = [](auto change) {
        TaskRevision revision = goodRevision();
        change(revision);
        return errorFields(revision.validate());
    };
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.payCents = 0; }), QStringList{u"pay_cents"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.payCents = -5; }), QStringList{u"pay_cents"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.payCents = 1; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.payCents = kMaxPayCents; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.payCents = kMaxPayCents + 1; }), QStringList{u"pay_cents"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.overlap = 0; }), QStringList{u"overlap"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.overlap = 1; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.overlap = kMaxOverlap; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.overlap = kMaxOverlap + 1; }), QStringList{u"overlap"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.estimateSeconds = 0; }), QStringList{u"estimate_seconds"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.estimateSeconds = 1; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.estimateSeconds = kMaxEstimateSeconds; }), QStringList());
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.estimateSeconds = kMaxEstimateSeconds + 1; }),
              QStringList{u"estimate_seconds"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.skills.append(u" "_s); }), QStringList{u"skills[1]"_s});
    EXPECT_EQ(fieldsFor([](TaskRevision &r) { r.contentWarnings.prepend(u""_s); }),
              QStringList{u"content_warnings[0]"_s});
}

TEST(TaskRevision, FormErrorsComeThroughWithTheirPaths)
{
    TaskRevision revision = goodRevision();
    revision.form = AnswerForm();
    EXPECT_EQ(errorFields(revision.validate()), QStringList{u"form"_s});
    QList<FormField> fields = goodRevision().form.fields();
    fields[1].name = u"Why"_s;
    revision.form = AnswerForm(fields);
    EXPECT_EQ(errorFields(revision.validate()), QStringList{u"form[1].name"_s});
}

TEST(TaskRevision, RevisedMakesTheNextRevisionAndLeavesTheOldOneAlone)
{
    const TaskRevision first = goodRevision();
    const QDateTime later = kCreated.addSecs(3600);
    TaskRevision second = first.revised(later);
    EXPECT_NE(second.id, first.id);
    EXPECT_TRUE(isValidId(second.id));
    EXPECT_EQ(second.taskId, first.taskId);
    EXPECT_EQ(second.number, first.number + 1);
    EXPECT_EQ(second.createdAt, later);
    EXPECT_EQ(second.form, first.form);
    EXPECT_EQ(second.title, first.title);
    second.title = u"Label the sentiment of product reviews"_s;
    EXPECT_EQ(first.title, goodRevision().title);
    EXPECT_EQ(second.revised(later).number, 3);
}

TEST(TaskRevision, JsonRoundTripsThroughText)
{
    const TaskRevision revision = goodRevision();
    const QJsonObject json = revision.toJson();
    EXPECT_EQ(json.value(u"pay_cents"_s).toInteger(), 12);
    EXPECT_EQ(json.value(u"min_tier"_s).toString(), u"silver"_s);
    EXPECT_EQ(json.value(u"created_at"_s).toString(), u"2025-03-01T09:30:00.125Z"_s);
    EXPECT_TRUE(json.value(u"form"_s).isArray());
    const Result<TaskRevision> back = TaskRevision::fromJson(throughText(json));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(*back, revision);
}

TEST(TaskRevision, FromJsonDefaultsTheOptionalKeys)
{
    QJsonObject json = goodRevision().toJson();
    for (const QString &key : {u"overlap"_s, u"min_tier"_s, u"skills"_s, u"content_warnings"_s, u"created_at"_s})
        json.remove(key);
    const Result<TaskRevision> back = TaskRevision::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->overlap, 1);
    EXPECT_EQ(back->minTier, Tier::Bronze);
    EXPECT_TRUE(back->skills.isEmpty());
    EXPECT_FALSE(back->createdAt.isValid());
}

TEST(TaskRevision, FromJsonRejectsWrongTypesWithTheirKeys)
{
    QJsonObject json = goodRevision().toJson();
    json.insert(u"id"_s, u"1; DROP TABLE task_revision"_s);
    json.insert(u"task_id"_s, 42);
    json.insert(u"pay_cents"_s, 1.5);
    json.insert(u"overlap"_s, u"3"_s);
    json.insert(u"min_tier"_s, u"platinum"_s);
    json.insert(u"skills"_s, u"German"_s);
    json.insert(u"created_at"_s, u"yesterday"_s);
    json.insert(u"form"_s, jsonArray(R"([{"name": "x", "kind": "slider", "label": "X", "required": true}])"));
    json.remove(u"title"_s);
    const Result<TaskRevision> back = TaskRevision::fromJson(json);
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(errorFields(back), (QStringList{u"id"_s, u"task_id"_s, u"title"_s, u"form[0].kind"_s, u"pay_cents"_s,
                                              u"overlap"_s, u"min_tier"_s, u"skills"_s, u"created_at"_s}));

    json = goodRevision().toJson();
    json.insert(u"form"_s, QJsonObject());
    EXPECT_EQ(errorFields(TaskRevision::fromJson(json)), QStringList{u"form"_s});
    json.remove(u"form"_s);
    EXPECT_EQ(errorFields(TaskRevision::fromJson(json)), QStringList{u"form"_s});
}

TEST(Task, JsonRoundTripsThroughText)
{
    const Task task = goodTask();
    const QJsonObject json = task.toJson();
    EXPECT_EQ(json.value(u"origin"_s).toString(), u"caterpillar"_s);
    EXPECT_EQ(json.value(u"state"_s).toString(), u"in_feedback"_s);
    const Result<Task> back = Task::fromJson(throughText(json));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(*back, task);
}

TEST(Task, FromJsonRejectsWrongTypesAndNames)
{
    QJsonObject json = goodTask().toJson();
    json.insert(u"origin"_s, u"Caterpillar"_s);
    json.insert(u"state"_s, true);
    json.insert(u"items_open"_s, -1);
    json.insert(u"requester_id"_s, QString(json.value(u"requester_id"_s).toString()).toUpper());
    json.remove(u"revision_id"_s);
    EXPECT_EQ(errorFields(Task::fromJson(json)),
              (QStringList{u"requester_id"_s, u"origin"_s, u"state"_s, u"revision_id"_s, u"items_open"_s}));
}

TEST(Item, JsonRoundTripsAndKeepsDataUnchanged)
{
    const Item item{newId(), newId(), jsonObject(R"({"text": "Ada 😀", "meta": {"n": [1, 2.5, null]}})")};
    const Result<Item> back = Item::fromJson(throughText(item.toJson()));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, item);

    EXPECT_EQ(errorFields(Item::fromJson(jsonObject(R"({"id": "x", "task_id": null, "data": "text"})"))),
              (QStringList{u"id"_s, u"task_id"_s, u"data"_s}));
}
