// task.draft_save, task.items_add, task.publish, feedback.submit, feedback.resolve, reframe.propose:
// everything that shapes what a task asks.
#include "core/diff/taskdiff.h"
#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/market/goldwork.h"
#include "core/market/marketengine.h"
#include "core/policy/fees.h"
#include "core/policy/reviewrules.h"
#include "core/policy/standing.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QSet<QString> &revisionKeys()
{
    static const QSet<QString> keys{u"title"_s,     u"instructions"_s,     u"form"_s,
                                    u"pay_cents"_s, u"overlap"_s,          u"min_tier"_s,
                                    u"skills"_s,    u"content_warnings"_s, u"estimate_seconds"_s};
    return keys;
}

void prefixErrors(ArgsReader &args, const QString &prefix, const QList<FieldError> &errors)
{
    for (const FieldError &error : errors)
        args.addError(prefix + error.field, error.message);
}

// The requester's revision object of a draft, with the server's id, task and number put in.
std::optional<TaskRevision> readDraftRevision(ArgsReader &args, const QJsonObject &json, const QString &revisionId,
                                              const QString &taskId, const QDateTime &now, const Policy &policy)
{
    bool known = true;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!revisionKeys().contains(it.key()) && !isRevisionQualityKey(it.key())) {
            args.addError(u"revision."_s + excerpt(it.key()), u"is not a field of a task revision"_s);
            known = false;
        }
    }
    QJsonObject full = json;
    full.insert(u"id"_s, revisionId);
    full.insert(u"task_id"_s, taskId);
    full.insert(u"number"_s, 1);
    if (!full.contains(u"overlap"_s) || full.value(u"overlap"_s).isNull())
        full.insert(u"overlap"_s, effectiveOverlap(0, policy));
    auto revision = TaskRevision::fromJson(full);
    if (!revision) {
        prefixErrors(args, u"revision."_s, revision.error().fieldErrors);
        return std::nullopt;
    }
    if (const auto quality = RevisionQuality::fromRevisionJson(json); !quality)
        prefixErrors(args, u"revision."_s, quality.error().fieldErrors);
    if (codePointCount(revision->instructions) > kMaxInstructionsLength)
        args.addError(u"revision.instructions"_s, u"must be at most %1 characters"_s.arg(kMaxInstructionsLength));
    if (revision->skills.size() > kMaxSkills || revision->contentWarnings.size() > kMaxSkills)
        args.addError(u"revision.skills"_s, u"at most %1 skills and %1 content warnings"_s.arg(kMaxSkills));
    revision->skills = normalisedNames(revision->skills);
    revision->contentWarnings = normalisedNames(revision->contentWarnings);
    revision->createdAt = now;
    if (!known || !args.ok())
        return std::nullopt;
    return std::optional<TaskRevision>(*revision);
}

// The draft as the server holds it, quality keys included, for a VERSION_CONFLICT.
Result<QJsonObject> serverCopy(MarketEngine &engine, const TaskRecord &record)
{
    QJsonObject revision = record.revision.toJson();
    if (auto status = insertRevisionQuality(engine, record.revision.id, revision); !status)
        return status.error();
    return QJsonObject{{u"task"_s, record.task.toJson()}, {u"revision"_s, revision}, {u"version"_s, record.version}};
}

MutationEffect rejectFunds(const Error &error, Cents required, Cents balance)
{
    if (error.code == ErrorCode::InsufficientFunds) {
        return MutationEffect::reject(RejectionCode::InsufficientFunds, error.message,
                                      {{u"required_cents"_s, required}, {u"balance_cents"_s, balance}});
    }
    if (error.code == ErrorCode::LimitExceeded)
        return MutationEffect::reject(RejectionCode::LimitExceeded, error.message);
    return rejectValidation(error.message, error.fieldErrors);
}

// Problems that keep a draft from being published: the revision's rules, at least one item, and
// the text every correction or spans field works on present in every item.
Result<QList<FieldError>> publishProblems(MarketEngine &engine, const TaskRecord &record)
{
    QList<FieldError> problems;
    if (const Status valid = record.revision.validate(); !valid)
        for (const FieldError &error : valid.error().fieldErrors)
            problems.append({u"revision."_s + error.field, error.message});
    if (record.task.itemsTotal < 1)
        problems.append({u"items"_s, u"a task needs at least one item to publish"_s});
    QStringList sourceKeys;
    for (const FormField &field : record.revision.form.fields()) {
        if (field.usesSourceText() && !sourceKeys.contains(field.sourceKey))
            sourceKeys << field.sourceKey;
    }
    if (!sourceKeys.isEmpty() && record.task.itemsTotal > 0) {
        auto items = engine.tasks.items(record.task.id);
        if (!items)
            return items.error();
        constexpr int kMaxReported = 10;
        int reported = 0;
        for (const Item &item : std::as_const(*items)) {
            for (const QString &key : std::as_const(sourceKeys)) {
                if (!item.data.value(key).isString() && reported < kMaxReported) {
                    problems.append({u"items"_s, u"item %1 has no text under \"%2\""_s.arg(item.id, excerpt(key))});
                    ++reported;
                }
            }
        }
    }
    auto quality = qualityPublishProblems(engine, record);
    if (!quality)
        return quality.error();
    problems.append(*quality);
    return problems;
}

} // namespace

Result<std::optional<TaskRevision>> readMarkupRevision(MarketEngine &engine, ArgsReader &args, const QString &key,
                                                       const TaskRecord &task)
{
    const QJsonObject markup = args.read().object(key);
    if (!args.ok())
        return std::optional<TaskRevision>();
    QJsonObject full = markup;
    if (!full.contains(u"id"_s) || full.value(u"id"_s).isNull())
        full.insert(u"id"_s, newId());
    const QJsonValue givenTask = full.value(u"task_id"_s);
    if (!givenTask.isUndefined() && !givenTask.isNull() && givenTask != QJsonValue(task.task.id))
        args.addError(key + u".task_id"_s, u"must name the task the revision is for"_s);
    full.insert(u"task_id"_s, task.task.id);
    full.insert(u"number"_s, task.revision.number + 1);
    if (!full.contains(u"overlap"_s))
        full.insert(u"overlap"_s, task.revision.overlap);
    auto revision = TaskRevision::fromJson(full);
    if (!revision) {
        prefixErrors(args, key + u"."_s, revision.error().fieldErrors);
        return std::optional<TaskRevision>();
    }
    if (const Status valid = revision->validate(); !valid)
        prefixErrors(args, key + u"."_s, valid.error().fieldErrors);
    if (const auto quality = RevisionQuality::fromRevisionJson(markup); !quality)
        prefixErrors(args, key + u"."_s, quality.error().fieldErrors);
    else
        prefixErrors(args, key + u"."_s, revisionQualityProblems(*quality, revision->form));
    if (codePointCount(revision->instructions) > kMaxInstructionsLength)
        args.addError(key + u".instructions"_s, u"must be at most %1 characters"_s.arg(kMaxInstructionsLength));
    auto taken = engine.tasks.revisionExists(revision->id);
    if (!taken)
        return taken.error();
    if (*taken)
        args.addError(key + u".id"_s, u"is already the id of another revision"_s);
    revision->skills = normalisedNames(revision->skills);
    revision->contentWarnings = normalisedNames(revision->contentWarnings);
    revision->createdAt = engine.now;
    if (!args.ok())
        return std::optional<TaskRevision>();
    return std::optional<TaskRevision>(*revision);
}

namespace Mutations {

Result<MutationEffect> draftSave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"task_id", u"base_version", u"revision"});
    const QString taskId = args.read().id(u"task_id"_s);
    const qint64 baseVersion = args.read().integer64(u"base_version"_s, 0, kMaxJsonInteger);
    const QJsonObject revisionJson = args.read().object(u"revision"_s);
    if (!args.ok())
        return args.rejection();
    if (!actor.isRequester())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only requesters draft tasks"_s);

    auto existing = engine.tasks.find(taskId, true);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const TaskRecord &record = **existing;
        if (record.task.requesterId != actor.id())
            return MutationEffect::reject(RejectionCode::Forbidden, u"the task belongs to another requester"_s);
        if (record.task.state != TaskState::Draft)
            return MutationEffect::reject(
                    RejectionCode::TaskClosed,
                    u"the task is %1; only drafts are edited"_s.arg(taskStateName(record.task.state)),
                    {{u"state"_s, taskStateName(record.task.state)}});
        if (record.version != baseVersion) {
            auto copy = serverCopy(engine, record);
            if (!copy)
                return copy.error();
            return MutationEffect::reject(
                    RejectionCode::VersionConflict,
                    u"the draft changed on the server (version %1, not %2)"_s.arg(record.version).arg(baseVersion),
                    {{u"server"_s, *copy}});
        }
    } else if (baseVersion != 0) {
        return MutationEffect::reject(RejectionCode::VersionConflict,
                                      u"the server has no draft of this task; save it with base_version 0"_s,
                                      {{u"server"_s, QJsonValue()}});
    }

    const QString revisionId = existing->has_value() ? (*existing)->revision.id : newId();
    const auto revision = readDraftRevision(args, revisionJson, revisionId, taskId, engine.now, engine.policy);
    if (!revision)
        return args.rejection(u"the draft revision is invalid"_s);

    qint64 version = 1;
    if (existing->has_value()) {
        version = (*existing)->version + 1;
        if (auto status = engine.tasks.saveDraft(taskId, version, *revision); !status)
            return status.error();
    } else {
        TaskRecord record;
        record.task.id = taskId;
        record.task.requesterId = actor.id();
        record.task.origin =
                actor.account.standing == Standing::Butterfly ? TaskOrigin::Butterfly : TaskOrigin::Caterpillar;
        record.task.state = TaskState::Draft;
        record.task.revisionId = revisionId;
        record.task.createdAt = engine.now;
        record.version = version;
        if (auto status = engine.tasks.insertTask(record); !status)
            return status.error();
        if (auto status = engine.tasks.insertRevision(*revision, false); !status)
            return status.error();
    }
    auto quality = RevisionQuality::fromRevisionJson(revisionJson);
    if (!quality)
        return quality.error();
    if (auto status = GoldRepository(engine.db).saveQuality(revisionId, *quality); !status)
        return status.error();
    auto saved = engine.tasks.find(taskId);
    if (!saved)
        return saved.error();
    engine.touchTask(**saved);
    return MutationEffect::ok({{u"version"_s, version}, {u"revision_id"_s, revisionId}});
}

Result<MutationEffect> itemsAdd(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"task_id", u"items"});
    const QString taskId = args.read().id(u"task_id"_s);
    const QJsonArray elements = args.read().array(u"items"_s);
    if (!args.ok())
        return args.rejection();
    if (elements.isEmpty())
        return rejectValidation(u"no items given"_s, {{u"items"_s, u"must hold at least one item"_s}});
    if (elements.size() > kMaxItemsPerCall)
        return MutationEffect::reject(RejectionCode::LimitExceeded,
                                      u"at most %1 items per call"_s.arg(kMaxItemsPerCall),
                                      {{u"limit"_s, kMaxItemsPerCall}});
    QList<Item> items;
    QHash<QString, GoldItemRecord> goldItems;
    QSet<QString> seen;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QString path = JsonReader::elementPath(u"items"_s, i);
        if (!elements.at(i).isObject()) {
            args.addError(path, u"must be an object"_s);
            continue;
        }
        const QJsonObject element = elements.at(i).toObject();
        JsonReader reader(element);
        Item item{reader.id(u"id"_s), taskId, reader.object(u"data"_s)};
        for (auto it = element.constBegin(); it != element.constEnd(); ++it) {
            if (it.key() != u"id" && it.key() != u"data" && it.key() != u"gold" && it.key() != u"training")
                args.addError(path + u"."_s + excerpt(it.key()), u"is not a field of an item"_s);
        }
        if (auto gold = readItemGold(args, element, path, item.id, taskId))
            goldItems.insert(item.id, *gold);
        for (const FieldError &error : reader.errors())
            args.addError(path + u"."_s + error.field, error.message);
        if (!item.id.isEmpty() && seen.contains(item.id))
            args.addError(path + u".id"_s, u"appears twice in this call"_s);
        seen.insert(item.id);
        items.append(item);
    }
    if (!args.ok())
        return args.rejection(u"some items are invalid"_s);
    if (!actor.isRequester())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only requesters add items"_s);

    auto task = engine.tasks.find(taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no draft with this id"_s);
    TaskRecord record = **task;
    if (record.task.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"the task belongs to another requester"_s);
    if (record.task.state != TaskState::Draft)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"items are added to drafts only"_s,
                                      {{u"state"_s, taskStateName(record.task.state)}});

    QStringList ids;
    for (const Item &item : std::as_const(items))
        ids << item.id;
    auto stored = engine.tasks.itemsById(ids);
    if (!stored)
        return stored.error();
    QHash<QString, Item> existing;
    for (const Item &item : std::as_const(*stored))
        existing.insert(item.id, item);
    QList<Item> fresh;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto found = existing.constFind(items.at(i).id);
        if (found == existing.constEnd())
            fresh.append(items.at(i));
        else if (found->taskId != taskId || found->data != items.at(i).data)
            args.addError(JsonReader::elementPath(u"items"_s, i) + u".id"_s, u"is already the id of another item"_s);
    }
    if (!args.ok())
        return args.rejection(u"some item ids are taken"_s);
    if (static_cast<qint64>(record.task.itemsTotal) + fresh.size() > kMaxItemsPerTask)
        return MutationEffect::reject(RejectionCode::LimitExceeded,
                                      u"a task holds at most %1 items"_s.arg(kMaxItemsPerTask),
                                      {{u"limit"_s, kMaxItemsPerTask}});

    if (!fresh.isEmpty()) {
        if (auto status = engine.tasks.insertItems(taskId, fresh); !status)
            return status.error();
        QList<GoldItemRecord> freshGold;
        for (const Item &item : std::as_const(fresh)) {
            if (const auto gold = goldItems.constFind(item.id); gold != goldItems.constEnd())
                freshGold.append(*gold);
        }
        if (auto status = GoldRepository(engine.db).insertItems(freshGold); !status)
            return status.error();
        for (const Item &item : std::as_const(fresh))
            engine.changes.touch(Entity::Item, item.id, {Audience::account(actor.id())});
        record.task.itemsTotal += static_cast<int>(fresh.size());
        engine.touchTask(record);
    }
    return MutationEffect::ok({{u"added"_s, fresh.size()}, {u"items_total"_s, record.task.itemsTotal}});
}

Result<MutationEffect> publish(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"task_id"});
    const QString taskId = args.read().id(u"task_id"_s);
    if (!args.ok())
        return args.rejection();
    if (!actor.isRequester())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only requesters publish tasks"_s);
    auto task = engine.tasks.find(taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no draft with this id"_s);
    const TaskRecord record = **task;
    if (record.task.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"the task belongs to another requester"_s);
    if (record.task.state != TaskState::Draft)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the task is already published"_s,
                                      {{u"state"_s, taskStateName(record.task.state)}});
    if (actor.account.suspended)
        return rejectNotEligible({GateReason::Suspended}, u"a suspended account cannot publish"_s);

    auto problems = publishProblems(engine, record);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return rejectValidation(u"the task cannot be published yet"_s, *problems);

    const Standing standing = actor.account.standing;
    auto quote = quoteEscrow(record.revision.payCents, record.task.itemsTotal, record.revision.overlap, standing,
                             engine.policy);
    if (!quote)
        return rejectFunds(quote.error(), 0, 0);
    auto balance = engine.balanceOf(LedgerBook::Balance, actor.id());
    if (!balance)
        return balance.error();
    auto event = publishEvent(actor.id(), *quote, *balance);
    if (!event)
        return rejectFunds(event.error(), quote->total, *balance);

    const TaskOrigin origin = standing == Standing::Butterfly ? TaskOrigin::Butterfly : TaskOrigin::Caterpillar;
    const TaskState state = origin == TaskOrigin::Butterfly ? TaskState::Published : TaskState::InFeedback;
    if (auto booked = engine.book(u"publish"_s, *event, taskId, {{}, taskId, {}, {}}); !booked)
        return booked.error();
    if (auto status = engine.tasks.markPublished(taskId, state, origin, quote->feeBp, quote->escrowPerSlot,
                                                 quote->slots, engine.now);
        !status)
        return status.error();
    if (auto status = addVerifiedSkillToVocabulary(engine, record); !status)
        return status.error();

    QJsonObject details{{u"state"_s, taskStateName(state)}, {u"escrow_cents"_s, quote->total}};
    if (origin == TaskOrigin::Caterpillar) {
        auto samples = engine.tasks.items(taskId, feedbackSampleCount(record.task.itemsTotal, engine.policy));
        if (!samples)
            return samples.error();
        FeedbackRecord feedback;
        feedback.feedback.id = newId();
        feedback.feedback.taskId = taskId;
        feedback.feedback.revisionId = record.revision.id;
        feedback.feedback.state = FeedbackState::Open;
        for (const Item &item : std::as_const(*samples))
            feedback.sampleItemIds << item.id;
        feedback.createdAt = engine.now;
        if (auto status = engine.feedback.insert(feedback); !status)
            return status.error();
        engine.changes.touch(Entity::Feedback, feedback.feedback.id,
                             {Audience::account(actor.id()), Audience::workersFrom(tierName(Tier::Silver))});
        details.insert(u"feedback_id"_s, feedback.feedback.id);
    }
    auto published = engine.tasks.find(taskId);
    if (!published)
        return published.error();
    engine.touchTask(**published);
    return MutationEffect::ok(details);
}

Result<MutationEffect> feedbackSubmit(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"feedback_id", u"sample_answers", u"markup_revision", u"comments", u"verdict"});
    const QString feedbackId = args.read().id(u"feedback_id"_s);
    const Verdict verdict = args.read().enumValue(u"verdict"_s, parseVerdict, Verdict::ChangesSuggested);
    const QList<SampleAnswer> samples =
            args.read().objectList<SampleAnswer>(u"sample_answers"_s, SampleAnswer::fromJson, true);
    const QList<MarkupComment> comments =
            args.read().objectList<MarkupComment>(u"comments"_s, MarkupComment::fromJson, false);
    if (comments.size() > kMaxCommentsPerFeedback)
        args.addError(u"comments"_s, u"at most %1 comments"_s.arg(kMaxCommentsPerFeedback));
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (codePointCount(comments.at(i).text) > kMaxCommentLength ||
            codePointCount(comments.at(i).hunkId) > kMaxCommentLength)
            args.addError(JsonReader::elementPath(u"comments"_s, i),
                          u"must be at most %1 characters"_s.arg(kMaxCommentLength));
    }
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (samples.at(i).secondsSpent > kMaxSecondsSpent)
            args.addError(JsonReader::elementPath(u"sample_answers"_s, i) + u".seconds_spent"_s,
                          u"must be at most %1"_s.arg(kMaxSecondsSpent));
    }
    if (!args.read().has(u"markup_revision"_s))
        args.addError(u"markup_revision"_s, u"is required"_s);
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers do feedback tasks"_s);

    auto found = engine.feedback.find(feedbackId, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no feedback task with this id"_s);
    const FeedbackRecord record = **found;
    auto task = engine.tasks.find(record.feedback.taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"feedback %1 names a missing task"_s.arg(feedbackId));
    if (record.feedback.state != FeedbackState::Open)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"this feedback task was already done"_s,
                                      {{u"state"_s, feedbackStateName(record.feedback.state)}});
    TaskGateInput gate = engine.gateTask(**task);
    gate.published = true;
    gate.minTier = Tier::Bronze;
    gate.requiredSkills.clear();
    gate.openSlots = 1;
    gate.kind = GateTaskKind::Feedback;
    const QList<GateReason> reasons = allGateReasons(engine.gateWorker(actor), gate, engine.policy);
    if (!reasons.isEmpty())
        return rejectNotEligible(reasons, u"you may not take this feedback task"_s);

    auto revision = engine.tasks.revision(record.feedback.revisionId);
    if (!revision)
        return revision.error();
    if (!revision->has_value())
        return Error::storage(u"feedback %1 names a missing revision"_s.arg(feedbackId));
    auto markup = readMarkupRevision(engine, args, u"markup_revision"_s, **task);
    if (!markup)
        return markup.error();

    const QSet<QString> expected(record.sampleItemIds.cbegin(), record.sampleItemIds.cend());
    QSet<QString> answered;
    auto items = engine.tasks.itemsById(record.sampleItemIds);
    if (!items)
        return items.error();
    QHash<QString, QJsonObject> itemData;
    for (const Item &item : std::as_const(*items))
        itemData.insert(item.id, item.data);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const SampleAnswer &sample = samples.at(i);
        const QString path = JsonReader::elementPath(u"sample_answers"_s, i);
        if (!expected.contains(sample.itemId)) {
            args.addError(path + u".item_id"_s, u"is not one of this feedback task's sample items"_s);
            continue;
        }
        if (answered.contains(sample.itemId)) {
            args.addError(path + u".item_id"_s, u"is answered twice"_s);
            continue;
        }
        answered.insert(sample.itemId);
        for (const FieldError &error : (*revision)->form.validateAnswer(sample.fields, itemData.value(sample.itemId)))
            args.addError(path + u".fields."_s + error.field, error.message);
    }
    if (answered.size() != expected.size())
        args.addError(u"sample_answers"_s, u"must answer each of the %1 sample items once"_s.arg(expected.size()));
    if (!args.ok() || !markup->has_value())
        return args.rejection(u"the feedback is incomplete or invalid"_s);

    FeedbackRecord submitted = record;
    submitted.feedback.workerId = actor.id();
    submitted.feedback.verdict = verdict;
    submitted.feedback.markupRevision = **markup;
    submitted.feedback.sampleAnswers = samples;
    submitted.feedback.comments = comments;
    submitted.submittedAt = engine.now;
    auto done = engine.feedback.submit(submitted);
    if (!done)
        return done.error();
    if (!*done)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"this feedback task was already done"_s);
    auto pay = feedbackPayEvent(actor.id(), engine.policy);
    if (!pay)
        return pay.error();
    if (auto booked = engine.book(u"feedback_pay"_s, *pay, feedbackId, {{}, record.feedback.taskId, {}, {}}); !booked)
        return booked.error();
    if (auto status = engine.recordPay(actor.id(), u"feedback"_s, engine.policy.feedback.payCents, 0, feedbackId);
        !status)
        return status.error();
    engine.changes.touch(Entity::Feedback, feedbackId,
                         {Audience::account((*task)->task.requesterId), Audience::account(actor.id()),
                          Audience::workersFrom(tierName(Tier::Silver))});
    return MutationEffect::ok({{u"pay_cents"_s, engine.policy.feedback.payCents}});
}

} // namespace Mutations

QStringList readAcceptedHunks(ArgsReader &args)
{
    const QStringList hunks = args.read().stringList(u"accepted_hunks"_s);
    if (hunks.size() > kMaxAcceptedHunks)
        args.addError(u"accepted_hunks"_s, u"at most %1 hunks"_s.arg(kMaxAcceptedHunks));
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        if (isBlank(hunks.at(i)) || codePointCount(hunks.at(i)) > kMaxCommentLength)
            args.addError(JsonReader::elementPath(u"accepted_hunks"_s, i), u"must name a hunk"_s);
    }
    return hunks;
}

std::optional<TaskRevision> mergeAcceptedHunks(ArgsReader &args, const TaskRevision &base, const TaskRevision &markup,
                                               const QStringList &hunks)
{
    QSet<QString> known;
    for (const DiffHunk &hunk : diffRevisions(base, markup))
        known.insert(hunk.id);
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        if (!known.contains(hunks.at(i)))
            args.addError(JsonReader::elementPath(u"accepted_hunks"_s, i), u"names no change of this markup"_s);
    }
    if (!args.ok())
        return std::nullopt;
    auto applied = applyHunks(base, markup, hunks);
    if (!applied) {
        args.addError(u"accepted_hunks"_s, applied.error().message);
        return std::nullopt;
    }
    return std::move(*applied);
}

Result<RevisionAdoption> adoptRevision(MarketEngine &engine, const AccountRecord &requester, const TaskRecord &task,
                                       const TaskRevision &merged)
{
    TaskRevision next = merged;
    next.id = newId();
    next.taskId = task.task.id;
    next.number = task.revision.number + 1;
    next.createdAt = engine.now;
    const Standing origin = task.task.origin == TaskOrigin::Butterfly ? Standing::Butterfly : Standing::Caterpillar;
    auto quote = quoteEscrow(next.payCents, task.task.itemsTotal, next.overlap, origin, engine.policy);
    if (!quote)
        return RevisionAdoption{{}, rejectFunds(quote.error(), 0, 0)};
    const Cents held = task.escrowPerSlot * task.slots();
    if (quote->total != held) {
        auto balance = engine.balanceOf(LedgerBook::Balance, requester.id());
        if (!balance)
            return balance.error();
        auto reserve = publishEvent(requester.id(), *quote, *balance + held);
        if (!reserve)
            return RevisionAdoption{{}, rejectFunds(reserve.error(), quote->total, *balance + held)};
        const LedgerEvent release{
                {LedgerAccount::personal(LedgerBook::Escrow, requester.id()), -held, u"escrow_release"_s},
                {LedgerAccount::personal(LedgerBook::Balance, requester.id()), held, u"escrow_release"_s}};
        const LedgerReference reference{{}, task.task.id, {}, {}};
        if (auto booked = engine.book(u"escrow_release"_s, release, task.task.id, reference); !booked)
            return booked.error();
        if (auto booked = engine.book(u"publish"_s, *reserve, task.task.id, reference); !booked)
            return booked.error();
        if (auto status = engine.tasks.setEscrowTerms(task.task.id, quote->escrowPerSlot, quote->slots); !status)
            return status.error();
    }
    if (auto status = engine.tasks.insertRevision(next, true); !status)
        return status.error();
    // The quality keys are the requester's: an adopted revision keeps the current one's.
    GoldRepository gold(engine.db);
    auto quality = gold.quality(task.revision.id);
    if (!quality)
        return quality.error();
    if (auto status = gold.saveQuality(next.id, *quality); !status)
        return status.error();
    if (auto status = engine.tasks.setCurrentRevision(task.task.id, next.id); !status)
        return status.error();
    return RevisionAdoption{next.id, std::nullopt};
}

namespace Mutations {

// The requester accepts the markup's change hunks one by one (core/diff names them alike on every
// machine); the accepted ones, merged into the revision under review, become the task's next
// revision. Accepting none publishes the revision as it was.
Result<MutationEffect> feedbackResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"feedback_id", u"accepted_hunks"});
    const QString feedbackId = args.read().id(u"feedback_id"_s);
    const QStringList hunks = readAcceptedHunks(args);
    if (!args.ok())
        return args.rejection();

    auto found = engine.feedback.find(feedbackId, true);
    if (!found)
        return found.error();
    if (!found->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no feedback task with this id"_s);
    const FeedbackRecord record = **found;
    auto task = engine.tasks.find(record.feedback.taskId, true);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"feedback %1 names a missing task"_s.arg(feedbackId));
    TaskRecord taskRecord = **task;
    if (taskRecord.task.requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only the task's requester resolves its feedback"_s);
    if (record.feedback.state != FeedbackState::Submitted || taskRecord.task.state != TaskState::InFeedback)
        return MutationEffect::reject(RejectionCode::TaskClosed,
                                      record.feedback.state == FeedbackState::Open
                                              ? u"the feedback has not been submitted yet"_s
                                              : u"the feedback was already resolved"_s,
                                      {{u"state"_s, feedbackStateName(record.feedback.state)}});

    std::optional<TaskRevision> merged;
    if (!hunks.isEmpty()) {
        if (!record.feedback.markupRevision.has_value())
            return rejectValidation(u"the feedback has no marked-up revision to take changes from"_s,
                                    {{u"accepted_hunks"_s, u"must be empty"_s}});
        auto reviewed = engine.tasks.revision(record.feedback.revisionId);
        if (!reviewed)
            return reviewed.error();
        if (!reviewed->has_value())
            return Error::storage(u"feedback %1 names a missing revision"_s.arg(feedbackId));
        merged = mergeAcceptedHunks(args, **reviewed, *record.feedback.markupRevision, hunks);
        if (!merged)
            return args.rejection();
    }
    const bool adopt = merged.has_value();
    QString adoptedId;
    const QString originalRevisionId = taskRecord.revision.id;
    if (adopt) {
        auto adoption = adoptRevision(engine, actor, taskRecord, *merged);
        if (!adoption)
            return adoption.error();
        if (adoption->refused)
            return *adoption->refused;
        adoptedId = adoption->revisionId;
    }
    auto resolved = engine.feedback.resolve(feedbackId, hunks, adoptedId, engine.now);
    if (!resolved)
        return resolved.error();
    if (!*resolved)
        return MutationEffect::reject(RejectionCode::TaskClosed, u"the feedback was already resolved"_s);
    if (auto status = engine.tasks.setState(taskRecord.task.id, TaskState::Published); !status)
        return status.error();
    const bool approved = record.feedback.verdict == Verdict::Approve;
    if (auto status = engine.addPoints(actor.id(), pointsForVerdict(approved, engine.policy), u"feedback_verdict"_s,
                                       feedbackId);
        !status)
        return status.error();

    auto published = engine.tasks.find(taskRecord.task.id);
    if (!published)
        return published.error();
    engine.touchTask(**published);
    if (adopt)
        engine.changes.touch(Entity::TaskRevision, originalRevisionId, engine.taskAudiences(**published));
    QStringList feedbackAudiences{Audience::account(actor.id()), Audience::workersFrom(tierName(Tier::Silver))};
    if (!record.feedback.workerId.isEmpty())
        feedbackAudiences << Audience::account(record.feedback.workerId);
    engine.changes.touch(Entity::Feedback, feedbackId, feedbackAudiences);
    return MutationEffect::ok({{u"revision_id"_s, (*published)->revision.id}, {u"adopted"_s, adopt}});
}

Result<MutationEffect> reframePropose(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"proposal_id", u"task_id", u"markup_revision", u"rationale"});
    const QString proposalId = args.read().id(u"proposal_id"_s);
    const QString taskId = args.read().id(u"task_id"_s);
    const QString rationale = args.read().nonBlankString(u"rationale"_s);
    if (codePointCount(rationale) > kMaxRationaleLength)
        args.addError(u"rationale"_s, u"must be at most %1 characters"_s.arg(kMaxRationaleLength));
    if (!args.read().has(u"markup_revision"_s))
        args.addError(u"markup_revision"_s, u"is required"_s);
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers propose reframings"_s);
    auto existing = engine.feedback.proposal(proposalId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return rejectValidation(u"the proposal id is taken"_s,
                                {{u"proposal_id"_s, u"is already the id of another proposal"_s}});
    auto task = engine.tasks.find(taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no task with this id"_s);
    const TaskRecord &record = **task;
    const bool listed = record.task.state == TaskState::Published || record.task.state == TaskState::Closed;
    const bool tierHidden = record.task.origin == TaskOrigin::Caterpillar && actor.account.tier < Tier::Silver;
    if (record.task.requesterId == actor.id())
        return rejectNotEligible({GateReason::OwnTask}, u"you may not propose a reframing of your own task"_s);
    if (!listed || tierHidden)
        return MutationEffect::reject(RejectionCode::NotFound, u"no task with this id"_s);
    if (actor.account.suspended)
        return rejectNotEligible({GateReason::Suspended}, u"a suspended account cannot propose reframings"_s);
    auto markup = readMarkupRevision(engine, args, u"markup_revision"_s, **task);
    if (!markup)
        return markup.error();
    if (!args.ok() || !markup->has_value())
        return args.rejection(u"the proposed revision is invalid"_s);

    ReframeRecord proposal;
    proposal.id = proposalId;
    proposal.taskId = taskId;
    proposal.workerId = actor.id();
    proposal.markupRevision = (*markup)->toJson();
    proposal.rationale = rationale;
    proposal.createdAt = engine.now;
    if (auto status = engine.feedback.insertProposal(proposal); !status)
        return status.error();
    engine.changes.touch(Entity::ReframeProposal, proposalId,
                         {Audience::account(actor.id()), Audience::account((*task)->task.requesterId)});
    return MutationEffect::ok();
}

} // namespace Mutations
} // namespace Chrysalis
