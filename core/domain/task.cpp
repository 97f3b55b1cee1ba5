#include "core/domain/task.h"

#include "core/domain/enumnames.h"
#include "core/domain/ids.h"
#include "core/domain/jsonreader.h"
#include "core/domain/textrules.h"
#include "core/domain/validationtext.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<TaskState, 4> kTaskStateNames{u"task state",
                                                  {{
                                                          {TaskState::Draft, u"draft"},
                                                          {TaskState::InFeedback, u"in_feedback"},
                                                          {TaskState::Published, u"published"},
                                                          {TaskState::Closed, u"closed"},
                                                  }}};

constexpr EnumNames<TaskOrigin, 2> kTaskOriginNames{u"task origin",
                                                    {{
                                                            {TaskOrigin::Caterpillar, u"caterpillar"},
                                                            {TaskOrigin::Butterfly, u"butterfly"},
                                                    }}};

} // namespace

QString taskStateName(TaskState state)
{
    return kTaskStateNames.nameOf(state);
}

Result<TaskState> parseTaskState(const QString &name)
{
    return kTaskStateNames.parse(name);
}

QString taskOriginName(TaskOrigin origin)
{
    return kTaskOriginNames.nameOf(origin);
}

Result<TaskOrigin> parseTaskOrigin(const QString &name)
{
    return kTaskOriginNames.parse(name);
}

TaskRevision TaskRevision::revised(const QDateTime &now) const
{
    TaskRevision next = *this;
    next.id = newId();
    next.number = number + 1;
    next.createdAt = now;
    return next;
}

Status TaskRevision::validate() const
{
    QList<FieldError> errors;
    if (isBlank(title))
        errors.append({u"title"_s, Validation::tr("must not be blank")});
    else if (codePointCount(title) > kMaxTitleLength)
        errors.append({u"title"_s, Validation::tr("must be at most %n characters", nullptr, kMaxTitleLength)});
    if (payCents <= 0 || payCents > kMaxPayCents)
        errors.append({u"pay_cents"_s, Validation::tr("must be between 1 and %1").arg(kMaxPayCents)});
    if (overlap < 1 || overlap > kMaxOverlap)
        errors.append({u"overlap"_s, Validation::tr("must be between 1 and %1").arg(kMaxOverlap)});
    if (estimateSeconds < 1 || estimateSeconds > kMaxEstimateSeconds)
        errors.append({u"estimate_seconds"_s, Validation::tr("must be between 1 and %1").arg(kMaxEstimateSeconds)});
    if (number < 1)
        errors.append({u"number"_s, Validation::tr("must be at least 1")});
    for (qsizetype i = 0; i < skills.size(); ++i) {
        if (isBlank(skills.at(i)))
            errors.append({u"skills[%1]"_s.arg(i), Validation::tr("must not be blank")});
    }
    for (qsizetype i = 0; i < contentWarnings.size(); ++i) {
        if (isBlank(contentWarnings.at(i)))
            errors.append({u"content_warnings[%1]"_s.arg(i), Validation::tr("must not be blank")});
    }
    if (const Status formStatus = form.validateDefinition(); !formStatus.ok())
        errors.append(formStatus.error().fieldErrors);
    if (!errors.isEmpty())
        return Error::validation(Validation::tr("the task revision breaks its rules"), errors);
    return {};
}

QJsonObject TaskRevision::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"task_id"_s, taskId},
            {u"number"_s, number},
            {u"title"_s, title},
            {u"instructions"_s, instructions},
            {u"form"_s, form.toJson()},
            {u"pay_cents"_s, payCents},
            {u"overlap"_s, overlap},
            {u"min_tier"_s, tierName(minTier)},
            {u"skills"_s, QJsonArray::fromStringList(skills)},
            {u"content_warnings"_s, QJsonArray::fromStringList(contentWarnings)},
            {u"estimate_seconds"_s, estimateSeconds},
    };
    if (createdAt.isValid())
        json.insert(u"created_at"_s, wireTime(createdAt));
    return json;
}

Result<TaskRevision> TaskRevision::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    TaskRevision revision;
    revision.id = reader.id(u"id"_s);
    revision.taskId = reader.id(u"task_id"_s);
    revision.number = reader.integer(u"number"_s, 1);
    revision.title = reader.string(u"title"_s);
    revision.instructions = reader.string(u"instructions"_s);
    const QJsonArray form = reader.array(u"form"_s);
    if (json.value(u"form"_s).isArray()) {
        if (Result<AnswerForm> parsed = AnswerForm::fromJson(form); parsed.ok())
            revision.form = std::move(*parsed);
        else
            for (const FieldError &error : parsed.error().fieldErrors) // already named "form[i]…"
                reader.addError(error.field, error.message);
    }
    revision.payCents = reader.integer64(u"pay_cents"_s, -kMaxJsonInteger, kMaxJsonInteger);
    revision.overlap = reader.optionalInteger(u"overlap"_s, 1);
    if (reader.has(u"min_tier"_s))
        revision.minTier = reader.enumValue(u"min_tier"_s, parseTier, Tier::Bronze);
    revision.skills = reader.optionalStringList(u"skills"_s);
    revision.contentWarnings = reader.optionalStringList(u"content_warnings"_s);
    revision.estimateSeconds = reader.integer(u"estimate_seconds"_s);
    revision.createdAt = reader.optionalTime(u"created_at"_s);
    return reader.finish(revision, u"task revision"_s);
}

QJsonObject Task::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"requester_id"_s, requesterId},
            {u"origin"_s, taskOriginName(origin)},
            {u"state"_s, taskStateName(state)},
            {u"revision_id"_s, revisionId},
            {u"title"_s, title},
            {u"pay_cents"_s, payCents},
            {u"overlap"_s, overlap},
            {u"min_tier"_s, tierName(minTier)},
            {u"items_total"_s, itemsTotal},
            {u"items_open"_s, itemsOpen},
    };
    if (createdAt.isValid())
        json.insert(u"created_at"_s, wireTime(createdAt));
    return json;
}

Result<Task> Task::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Task task;
    task.id = reader.id(u"id"_s);
    task.requesterId = reader.id(u"requester_id"_s);
    task.origin = reader.enumValue(u"origin"_s, parseTaskOrigin, TaskOrigin::Butterfly);
    task.state = reader.enumValue(u"state"_s, parseTaskState, TaskState::Draft);
    task.revisionId = reader.id(u"revision_id"_s);
    task.title = reader.string(u"title"_s);
    task.payCents = reader.integer64(u"pay_cents"_s, -kMaxJsonInteger, kMaxJsonInteger);
    task.overlap = reader.integer(u"overlap"_s);
    task.minTier = reader.enumValue(u"min_tier"_s, parseTier, Tier::Bronze);
    task.itemsTotal = reader.integer(u"items_total"_s, 0);
    task.itemsOpen = reader.integer(u"items_open"_s, 0);
    task.createdAt = reader.optionalTime(u"created_at"_s);
    return reader.finish(task, u"task"_s);
}

} // namespace Chrysalis
