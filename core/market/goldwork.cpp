// Gold items, qualification tasks and arbiter calibration in the marketplace; gold.contest and
// gold.contest_resolve.
#include "core/market/goldwork.h"

#include "core/domain/textrules.h"
#include "core/market/rowhelpers.h"
#include "core/market/skillvocabulary.h"
#include "core/market/teamengine.h"
#include "core/store/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// A seed that is the same in every server process (qHash is salted per process).
quint64 claimSeed(const QString &workerId, const QString &taskId)
{
    const QByteArray digest = QCryptographicHash::hash((workerId + u'/' + taskId).toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    std::memcpy(&seed, digest.constData(), sizeof seed);
    return seed;
}

double goldRateOf(const RevisionQuality &quality, const Policy &policy)
{
    if (quality.goldRate)
        return *quality.goldRate;
    return static_cast<double>(policy.quality.defaultGoldRateBp) / 10'000.0;
}

std::vector<GoldAnswer> asGoldAnswers(const QList<GoldAnswerRecord> &answers)
{
    std::vector<GoldAnswer> converted;
    converted.reserve(static_cast<size_t>(answers.size()));
    for (const GoldAnswerRecord &answer : answers)
        converted.push_back({answer.workerId, answer.itemId, answer.label});
    return converted;
}

// Whether the worker passed the qualification task: every test item answered and the share right
// at least passMark (scoreQualification). Training items are no part of the test.
Result<bool> qualificationPassed(MarketEngine &engine, const QString &workerId, const QString &taskId, double passMark)
{
    GoldRepository gold(engine.db);
    auto items = gold.items(taskId);
    if (!items)
        return items.error();
    std::vector<GoldKey> keys;
    for (const GoldItemRecord &item : std::as_const(*items)) {
        if (!item.training)
            keys.push_back(item.key());
    }
    if (keys.empty())
        return false;
    auto test = GoldKeySet::fromKeys(std::move(keys));
    if (!test)
        return test.error();
    auto answers = gold.answersOfWorkerOnTask(workerId, taskId);
    if (!answers)
        return answers.error();
    QSet<QString> answered;
    for (const GoldAnswerRecord &answer : std::as_const(*answers))
        answered.insert(answer.itemId);
    for (const GoldKey &key : test->keys()) {
        if (!answered.contains(key.itemId))
            return false;
    }
    auto outcome = scoreQualification(*test, asGoldAnswers(*answers), passMark);
    if (!outcome)
        return outcome.error();
    return outcome->passed;
}

// Tasks whose current revision requires the qualification task: their gates change for a worker who
// finishes it.
Result<QStringList> tasksRequiring(MarketEngine &engine, const QString &qualificationTaskId)
{
    SqlQuery query(engine.db);
    if (auto status = query.prepare(u"SELECT t.id, q.content FROM revision_quality q JOIN task t ON "
                                    "t.revision_id = q.revision_id WHERE q.content LIKE :pattern"_s);
        !status)
        return status.error();
    query.bind(u":pattern"_s, QString(u"%"_s + qualificationTaskId + u"%"_s));
    if (auto status = query.exec(); !status)
        return status.error();
    QStringList ids;
    while (query.next()) {
        auto quality = RevisionQuality::fromRevisionJson(Rows::object(query.text(1)));
        if (quality && quality->requiredTaskId == qualificationTaskId)
            ids << query.text(0);
    }
    return ids;
}

// The gold answers a contest can be about: the actor's own, reviewed, scored wrong, not training.
Result<std::optional<GoldAnswerRecord>> contestableAnswer(MarketEngine &engine, const QString &answerId,
                                                          const QString &workerId)
{
    auto answer = GoldRepository(engine.db).answer(answerId);
    if (!answer)
        return answer.error();
    if (!answer->has_value() || (*answer)->workerId != workerId || (*answer)->correct || (*answer)->training ||
        !(*answer)->reviewed)
        return std::optional<GoldAnswerRecord>();
    return answer;
}

} // namespace

GoldPolicy goldPolicy(const Policy &policy)
{
    GoldPolicy gold;
    gold.minimumAnswers = policy.quality.goldMinimumAnswers;
    gold.passAccuracy = static_cast<double>(policy.quality.goldPassBp) / 10'000.0;
    return gold;
}

std::optional<GoldItemRecord> readItemGold(ArgsReader &args, const QJsonObject &element, const QString &path,
                                           const QString &itemId, const QString &taskId)
{
    const QJsonValue gold = element.value(u"gold"_s);
    const QJsonValue training = element.value(u"training"_s);
    if (!training.isUndefined() && !training.isBool())
        args.addError(path + u".training"_s, u"must be true or false"_s);
    if (gold.isUndefined() || gold.isNull()) {
        if (training.toBool())
            args.addError(path + u".training"_s, u"a training item needs its expected answer in \"gold\""_s);
        return std::nullopt;
    }
    if (!gold.isObject() || gold.toObject().isEmpty()) {
        args.addError(path + u".gold"_s, u"must be an object of expected answer fields"_s);
        return std::nullopt;
    }
    GoldItemRecord record;
    record.itemId = itemId;
    record.taskId = taskId;
    record.expected = gold.toObject();
    record.accepted = {goldLabel(record.expected, record.expected)};
    record.training = training.toBool();
    return record;
}

Result<QStringList> claimQueue(MarketEngine &engine, const TaskRecord &record, const QString &workerId, int count)
{
    GoldRepository gold(engine.db);
    auto goldCount = gold.itemCount(record.task.id);
    if (!goldCount)
        return goldCount.error();
    if (*goldCount == 0)
        return engine.work.claimableItems(record.task.id, workerId, record.revision.overlap, engine.now, count);
    auto claimable =
            engine.work.claimableItems(record.task.id, workerId, record.revision.overlap, engine.now, kMaxItemsPerTask);
    if (!claimable)
        return claimable.error();
    auto goldItems = gold.items(record.task.id);
    if (!goldItems)
        return goldItems.error();
    QSet<QString> goldIds;
    for (const GoldItemRecord &item : std::as_const(*goldItems))
        goldIds.insert(item.itemId);
    QStringList regular;
    QStringList goldFree;
    for (const QString &id : std::as_const(*claimable))
        (goldIds.contains(id) ? goldFree : regular) << id;
    auto quality = gold.quality(record.revision.id);
    if (!quality)
        return quality.error();
    auto mixed = mixGold(regular, goldFree, goldRateOf(*quality, engine.policy), claimSeed(workerId, record.task.id));
    if (!mixed)
        return mixed.error();
    // Once the regular items run out the gold ones still have slots to fill, or the task never closes.
    QStringList queue = *mixed;
    for (const QString &id : std::as_const(goldFree)) {
        if (!queue.contains(id))
            queue << id;
    }
    return queue.mid(0, count);
}

Result<bool> qualificationMissing(MarketEngine &engine, const QString &workerId, const TaskRecord &record)
{
    auto quality = GoldRepository(engine.db).quality(record.revision.id);
    if (!quality)
        return quality.error();
    if (!quality->requiresQualification() || record.task.requesterId == workerId)
        return false;
    auto passed = qualificationPassed(engine, workerId, quality->requiredTaskId, quality->passMark);
    if (!passed)
        return passed.error();
    return !*passed;
}

Result<QList<FieldError>> qualityPublishProblems(MarketEngine &engine, const TaskRecord &record)
{
    GoldRepository gold(engine.db);
    auto quality = gold.quality(record.revision.id);
    if (!quality)
        return quality.error();
    QList<FieldError> problems;
    for (const FieldError &error : revisionQualityProblems(*quality, record.revision.form))
        problems.append({u"revision."_s + error.field, error.message});
    if (quality->requiresQualification()) {
        const QString field = u"revision.qualification.task_id"_s;
        auto required = engine.tasks.find(quality->requiredTaskId);
        if (!required)
            return required.error();
        if (quality->requiredTaskId == record.task.id) {
            problems.append({field, u"a task cannot require itself"_s});
        } else if (!required->has_value() || (*required)->task.state == TaskState::Draft) {
            problems.append({field, u"must name a published qualification task"_s});
        } else {
            auto requiredQuality = gold.quality((*required)->revision.id);
            if (!requiredQuality)
                return requiredQuality.error();
            if (!requiredQuality->qualificationTask)
                problems.append({field, u"must name a published qualification task"_s});
        }
    }
    auto goldItems = gold.items(record.task.id);
    if (!goldItems)
        return goldItems.error();
    QSet<QString> formFields;
    for (const FormField &field : record.revision.form.fields())
        formFields.insert(field.name);
    constexpr int kMaxReported = 10;
    int reported = 0;
    int tests = 0;
    for (const GoldItemRecord &item : std::as_const(*goldItems)) {
        if (!item.training)
            ++tests;
        auto stored = engine.tasks.item(item.itemId);
        if (!stored)
            return stored.error();
        const QJsonObject data = stored->has_value() ? (*stored)->data : QJsonObject();
        QStringList named;
        for (auto it = item.expected.constBegin(); it != item.expected.constEnd(); ++it) {
            if (!formFields.contains(it.key()) && reported < kMaxReported) {
                problems.append({u"items"_s, u"the gold answer of item %1 names \"%2\", which is not a field of "
                                             "the form"_s.arg(item.itemId, excerpt(it.key()))});
                ++reported;
            }
            named << it.key();
        }
        for (const FieldError &error : record.revision.form.validateAnswer(item.expected, data)) {
            const bool judged = std::any_of(named.cbegin(), named.cend(), [&](const QString &name) {
                return error.field == name || error.field.startsWith(name + u'.') ||
                       error.field.startsWith(name + u'[');
            });
            if (judged && reported < kMaxReported) {
                problems.append({u"items"_s, u"the gold answer of item %1 does not fit the form: %2 %3"_s.arg(
                                                     item.itemId, error.field, error.message)});
                ++reported;
            }
        }
    }
    if (quality->qualificationTask) {
        if (goldItems->size() < record.task.itemsTotal)
            problems.append({u"items"_s, u"every item of a qualification task needs a gold answer"_s});
        else if (tests == 0)
            problems.append({u"items"_s, u"a qualification task needs at least one item that is not training"_s});
    }
    return problems;
}

double verificationPassMark(const Policy &policy)
{
    return static_cast<double>(policy.quality.goldPassBp) / 10'000.0;
}

Status refreshSkillVerification(MarketEngine &engine, const QString &workerId, const QString &taskId)
{
    auto task = engine.tasks.find(taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return {};
    auto quality = GoldRepository(engine.db).quality((*task)->revision.id);
    if (!quality)
        return quality.error();
    if (!quality->qualificationTask || !quality->verifiesASkill())
        return {};
    auto passed = qualificationPassed(engine, workerId, taskId, verificationPassMark(engine.policy));
    if (!passed)
        return passed.error();
    SkillVocabulary vocabulary(engine.db);
    auto created = vocabulary.ensure({quality->verifiesSkill}, engine.now);
    if (!created)
        return created.error();
    for (const QString &id : std::as_const(*created))
        engine.changes.touch(Entity::Skill, id, {Audience::everyone()});
    auto skillId = vocabulary.idOfName(quality->verifiesSkill);
    if (!skillId)
        return skillId.error();
    if (!skillId->has_value())
        return Error::storage(u"the skill \"%1\" is missing from the vocabulary"_s.arg(quality->verifiesSkill));
    auto changed = vocabulary.setVerified({**skillId, workerId, taskId, engine.now}, *passed);
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    engine.changes.touch(Entity::Skill, **skillId, {Audience::account(workerId)});
    if (!*passed)
        return {}; // the tag stays: the worker may have given it themselves
    auto worker = engine.accounts.find(workerId);
    if (!worker)
        return worker.error();
    if (!worker->has_value())
        return {};
    const AccountRecord &account = **worker;
    const QStringList held = foldedNames(account.account.skills);
    if (held.contains(SkillVocabulary::foldedName(quality->verifiesSkill)) || held.size() >= kMaxSkills)
        return {};
    const QStringList skills = QStringList(account.account.skills) << quality->verifiesSkill;
    if (auto status = engine.accounts.updateProfile(workerId, skills, account.contentOptIns, account.limits); !status)
        return status;
    if (auto status = recordProfileSkills(engine, workerId, skills); !status)
        return status;
    engine.touchAccount(workerId);
    return {};
}

Status addVerifiedSkillToVocabulary(MarketEngine &engine, const TaskRecord &record)
{
    auto quality = GoldRepository(engine.db).quality(record.revision.id);
    if (!quality)
        return quality.error();
    if (!quality->qualificationTask || !quality->verifiesASkill())
        return {};
    auto created = SkillVocabulary(engine.db).ensure({quality->verifiesSkill}, engine.now);
    if (!created)
        return created.error();
    for (const QString &id : std::as_const(*created))
        engine.changes.touch(Entity::Skill, id, {Audience::everyone()});
    return {};
}

Result<QJsonObject> scoreGoldAnswer(MarketEngine &engine, const AnswerRecord &answer)
{
    GoldRepository gold(engine.db);
    auto item = gold.item(answer.answer.itemId);
    if (!item)
        return item.error();
    if (!item->has_value())
        return QJsonObject();
    const GoldItemRecord &key = **item;
    GoldAnswerRecord scored;
    scored.answerId = answer.answer.id;
    scored.itemId = key.itemId;
    scored.taskId = key.taskId;
    scored.workerId = answer.answer.workerId;
    scored.label = goldLabel(key.expected, answer.answer.fields);
    scored.correct = key.key().accepts(scored.label);
    scored.training = key.training;
    scored.answeredAt = answer.answer.submittedAt;
    if (auto status = gold.insertAnswer(scored); !status)
        return status.error();
    // No tier_progress is sent now: a change right after one answer would tell the worker it was gold.

    // A worker who just finished a qualification task may now take the tasks that require it.
    auto quality = gold.quality(answer.answer.revisionId);
    if (!quality)
        return quality.error();
    if (quality->qualificationTask) {
        auto requiring = tasksRequiring(engine, key.taskId);
        if (!requiring)
            return requiring.error();
        for (const QString &taskId : std::as_const(*requiring))
            engine.changes.touch(Entity::Task, taskId, {Audience::account(scored.workerId)});
        if (auto status = refreshSkillVerification(engine, scored.workerId, key.taskId); !status)
            return status.error();
    }
    if (!key.training)
        return QJsonObject();
    return QJsonObject{{u"training"_s, QJsonObject{{u"expected"_s, key.expected}, {u"correct"_s, scored.correct}}}};
}

Result<GoldTally> goldTally(MarketEngine &engine, const QString &workerId)
{
    GoldRepository gold(engine.db);
    auto answers = gold.answersOfWorker(workerId);
    if (!answers)
        return answers.error();
    QList<GoldContestRecord> contests;
    if (!answers->isEmpty()) {
        auto found = gold.contestsOfWorker(workerId);
        if (!found)
            return found.error();
        contests = std::move(*found);
    }
    return tallyGold(*answers, contests, engine.now, engine.policy.review.autoApproveSeconds,
                     goldPolicy(engine.policy));
}

GoldTally tallyGold(const QList<GoldAnswerRecord> &answers, const QList<GoldContestRecord> &contests,
                    const QDateTime &now, qint64 lapseSeconds, const GoldPolicy &policy)
{
    // A requester who lets a contest lapse does not get to count the answer against the worker, not
    // even by dismissing it late.
    QSet<QString> lapsed;
    for (const GoldContestRecord &contest : contests) {
        const QDateTime lapsesAt = contest.createdAt.addSecs(lapseSeconds);
        if ((contest.state == GoldContestState::Open && lapsesAt < now) ||
            (contest.state == GoldContestState::Dismissed && lapsesAt < contest.resolvedAt))
            lapsed.insert(contest.answerId);
    }
    GoldTally tally;
    for (const GoldAnswerRecord &answer : answers) {
        if (answer.training || !answer.reviewed || lapsed.contains(answer.answerId))
            continue;
        ++tally.answered;
        if (answer.correct)
            ++tally.correct;
    }
    tally.accuracy = estimateProportion(tally.correct, tally.answered, policy);
    tally.standing = goldStanding(tally.accuracy, policy);
    return tally;
}

void insertGoldTally(QJsonObject &json, const GoldTally &tally)
{
    json.insert(u"gold_answered"_s, tally.answered);
    json.insert(u"gold_correct"_s, tally.correct);
    json.insert(u"gold_accuracy"_s, tally.answered > 0 ? QJsonValue(tally.accuracy.posteriorMean) : QJsonValue());
    json.insert(u"gold_standing"_s, goldStandingName(tally.standing));
}

Result<std::optional<ArbiterCalibration>> arbiterCalibration(MarketEngine &engine, const QString &arbiterId)
{
    SqlQuery query(engine.db);
    if (auto status = query.prepare(
                u"SELECT v.conflict_id, v.arbiter_id, v.fault FROM vote v JOIN conflict c ON c.id = v.conflict_id "
                "WHERE c.state = 'closed' AND v.conflict_id IN (SELECT conflict_id FROM vote WHERE arbiter_id = "
                ":arbiter) ORDER BY v.cast_at, v.id"_s);
        !status)
        return status.error();
    query.bind(u":arbiter"_s, arbiterId);
    if (auto status = query.exec(); !status)
        return status.error();
    std::vector<CalibrationVote> votes;
    while (query.next()) {
        auto fault = parseFault(query.text(2));
        votes.push_back({query.text(0), query.text(1), fault ? *fault : Fault::Worker});
    }
    query.finish();
    if (votes.empty())
        return std::optional<ArbiterCalibration>();

    // Panels on gold answers: the key says whose fault the rejection was.
    SqlQuery goldQuery(engine.db);
    if (auto status = goldQuery.prepare(
                u"SELECT c.id, g.label, k.accepted FROM conflict c JOIN gold_answer g ON g.answer_id = c.answer_id "
                "JOIN gold_item k ON k.item_id = g.item_id WHERE c.state = 'closed' AND c.id IN (SELECT "
                "conflict_id FROM vote WHERE arbiter_id = :arbiter)"_s);
        !status)
        return status.error();
    goldQuery.bind(u":arbiter"_s, arbiterId);
    if (auto status = goldQuery.exec(); !status)
        return status.error();
    std::vector<GoldConflict> goldConflicts;
    while (goldQuery.next()) {
        GoldKey key;
        for (const QJsonValue &label : Rows::array(goldQuery.text(2)))
            key.acceptedLabels << label.toString();
        goldConflicts.push_back({goldQuery.text(0), goldConflictFault(key, goldQuery.text(1))});
    }
    auto calibrations = calibrateArbiters(votes, goldConflicts, goldPolicy(engine.policy));
    if (!calibrations)
        return calibrations.error();
    for (const ArbiterCalibration &calibration : std::as_const(*calibrations)) {
        if (calibration.arbiterId == arbiterId)
            return std::optional<ArbiterCalibration>(calibration);
    }
    return std::optional<ArbiterCalibration>();
}

QJsonObject calibrationJson(const ArbiterCalibration &calibration)
{
    const auto proportion = [](const Proportion &value) {
        return QJsonObject{{u"panels"_s, value.trials},
                           {u"agreed"_s, value.successes},
                           {u"agreement"_s, value.trials > 0 ? QJsonValue(value.posteriorMean) : QJsonValue()},
                           {u"lower"_s, value.lower},
                           {u"upper"_s, value.upper}};
    };
    return {{u"panel_agreement"_s, proportion(calibration.panelAgreement)},
            {u"gold_agreement"_s, proportion(calibration.goldAgreement)}};
}

Status insertRevisionQuality(MarketEngine &engine, const QString &revisionId, QJsonObject &json)
{
    auto quality = GoldRepository(engine.db).quality(revisionId);
    if (!quality)
        return quality.error();
    quality->insertInto(json);
    return {};
}

Result<QHash<QString, GoldItemRecord>> goldItemsOf(MarketEngine &engine, const QString &taskId)
{
    auto items = GoldRepository(engine.db).items(taskId);
    if (!items)
        return items.error();
    QHash<QString, GoldItemRecord> byId;
    for (const GoldItemRecord &item : std::as_const(*items))
        byId.insert(item.itemId, item);
    return byId;
}

void insertItemGold(const GoldItemRecord &item, QJsonObject &json)
{
    json.insert(u"gold"_s, item.expected);
    json.insert(u"gold_accepted"_s, QJsonArray::fromStringList(item.accepted));
    json.insert(u"training"_s, item.training);
}

Status insertAnswerGold(MarketEngine &engine, const QString &answerId, bool toRequester, bool toWorker,
                        QJsonObject &json)
{
    if (!toRequester && !toWorker)
        return {};
    GoldRepository gold(engine.db);
    auto answer = gold.answer(answerId);
    if (!answer)
        return answer.error();
    if (!answer->has_value())
        return {};
    if (toRequester) {
        json.insert(u"gold"_s, QJsonObject{{u"correct"_s, (*answer)->correct}, {u"training"_s, (*answer)->training}});
        return {};
    }
    if (!(*answer)->correct && !(*answer)->training && (*answer)->reviewed)
        json.insert(u"gold"_s, QJsonObject{{u"correct"_s, false}});
    return {};
}

Result<std::optional<QJsonObject>> renderGoldContest(MarketEngine &engine, const QString &id, const QString &viewerId,
                                                     bool viewerIsAdmin)
{
    auto found = GoldRepository(engine.db).contest(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QJsonObject>();
    const GoldContestRecord &contest = **found;
    const bool requester = contest.requesterId == viewerId || viewerIsAdmin;
    if (!requester && contest.workerId != viewerId)
        return std::optional<QJsonObject>();
    QJsonObject json{
            {u"id"_s, contest.id},
            {u"answer_id"_s, contest.answerId},
            {u"item_id"_s, contest.itemId},
            {u"task_id"_s, contest.taskId},
            {u"reason"_s, contest.reason},
            {u"state"_s, goldContestStateName(contest.state)},
            {u"note"_s, contest.note},
            {u"created_at"_s, wireTime(contest.createdAt)},
            {u"resolved_at"_s, contest.resolvedAt.isValid() ? QJsonValue(wireTime(contest.resolvedAt)) : QJsonValue()}};
    if (requester) {
        auto answer = GoldRepository(engine.db).answer(contest.answerId);
        if (!answer)
            return answer.error();
        json.insert(u"answer_label"_s, answer->has_value() ? QJsonValue((*answer)->label) : QJsonValue());
    }
    return std::optional<QJsonObject>(json);
}

namespace Mutations {

Result<MutationEffect> goldContest(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"contest_id", u"answer_id", u"reason"});
    const QString contestId = args.read().id(u"contest_id"_s);
    const QString answerId = args.read().id(u"answer_id"_s);
    const QString reason = args.read().nonBlankString(u"reason"_s);
    if (codePointCount(reason) > kMaxCommentLength)
        args.addError(u"reason"_s, u"must be at most %1 characters"_s.arg(kMaxCommentLength));
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers contest gold answers"_s);

    GoldRepository gold(engine.db);
    auto existing = gold.contest(contestId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return rejectValidation(u"the contest id is taken"_s,
                                {{u"contest_id"_s, u"is already the id of another contest"_s}});
    // One answer for an answer that is not the actor's, not gold, or scored right: no one learns
    // from a refusal which items are gold.
    auto answer = contestableAnswer(engine, answerId, actor.id());
    if (!answer)
        return answer.error();
    if (!answer->has_value())
        return MutationEffect::reject(RejectionCode::NotFound,
                                      u"you have no answer with this id that was scored wrong on a test item"_s);
    auto earlier = gold.contestOnAnswer(answerId);
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return MutationEffect::reject(RejectionCode::AlreadyAnswered, u"this answer was contested already"_s,
                                      {{u"contest_id"_s, (*earlier)->id}});
    auto task = engine.tasks.find((*answer)->taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return Error::storage(u"gold answer %1 names a missing task"_s.arg(answerId));

    GoldContestRecord contest;
    contest.id = contestId;
    contest.answerId = answerId;
    contest.itemId = (*answer)->itemId;
    contest.taskId = (*answer)->taskId;
    contest.workerId = actor.id();
    contest.requesterId = (*task)->task.requesterId;
    contest.reason = reason;
    contest.createdAt = engine.now;
    if (auto status = gold.insertContest(contest); !status)
        return status.error();
    engine.changes.touch(Entity::GoldContest, contestId,
                         {Audience::account(actor.id()), Audience::account(contest.requesterId)});
    // The contest's review window starts: the tally changes when it lapses, so show it now.
    engine.changes.touch(Entity::TierProgress, actor.id(), {Audience::account(actor.id())});
    return MutationEffect::ok({{u"state"_s, goldContestStateName(GoldContestState::Open)}});
}

Result<MutationEffect> goldContestResolve(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"contest_id", u"decision", u"note"});
    const QString contestId = args.read().id(u"contest_id"_s);
    const QString decision = args.read().string(u"decision"_s);
    const QString note = args.read().optionalString(u"note"_s);
    if (args.ok() && decision != u"uphold" && decision != u"dismiss")
        args.addError(u"decision"_s, u"must be \"uphold\" or \"dismiss\""_s);
    if (codePointCount(note) > kMaxCommentLength)
        args.addError(u"note"_s, u"must be at most %1 characters"_s.arg(kMaxCommentLength));
    if (!args.ok())
        return args.rejection();
    if (!actor.isRequester())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only requesters resolve gold contests"_s);

    GoldRepository gold(engine.db);
    auto found = gold.contest(contestId, true);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->requesterId != actor.id())
        return MutationEffect::reject(RejectionCode::NotFound, u"no contest on your tasks with this id"_s);
    const GoldContestRecord contest = **found;
    if (contest.state != GoldContestState::Open)
        return MutationEffect::reject(RejectionCode::ConflictClosed, u"the contest was resolved already"_s,
                                      {{u"state"_s, goldContestStateName(contest.state)}});
    const bool uphold = decision == u"uphold";
    QJsonObject details{
            {u"state"_s, goldContestStateName(uphold ? GoldContestState::Upheld : GoldContestState::Dismissed)}};
    if (uphold) {
        auto item = gold.item(contest.itemId);
        if (!item)
            return item.error();
        auto answer = gold.answer(contest.answerId);
        if (!answer)
            return answer.error();
        if (!item->has_value() || !answer->has_value())
            return Error::storage(u"contest %1 names a missing gold item or answer"_s.arg(contestId));
        auto answers = gold.answersOnItem(contest.itemId);
        if (!answers)
            return answers.error();
        auto keys = GoldKeySet::fromKeys({(*item)->key()});
        if (!keys)
            return keys.error();
        const GoldContest claim{contest.itemId, contest.workerId, (*answer)->label, contest.reason};
        std::vector<GoldAnswer> scored;
        for (const GoldAnswerRecord &one : std::as_const(*answers)) {
            if (!one.training)
                scored.push_back({one.workerId, one.itemId, one.label});
        }
        // The key may accept the label already (an earlier contest added it): then nothing changes.
        if (!(*item)->key().accepts(claim.proposedLabel)) {
            auto rescore = rescoreAfterCorrection(*keys, upholdingCorrection(claim), scored, goldPolicy(engine.policy));
            if (!rescore)
                return rescore.error();
            const GoldKey *corrected = rescore->keys.key(contest.itemId);
            if (!corrected)
                return Error::storage(u"the corrected key of item %1 is missing"_s.arg(contest.itemId));
            if (auto status = gold.updateKey(contest.itemId, corrected->acceptedLabels, corrected->version); !status)
                return status.error();
            int rescored = 0;
            QStringList rescoredWorkers;
            for (const GoldAnswerRecord &one : std::as_const(*answers)) {
                const bool correct = corrected->accepts(one.label);
                if (correct == one.correct)
                    continue;
                ++rescored;
                if (!one.training && !rescoredWorkers.contains(one.workerId))
                    rescoredWorkers << one.workerId;
                if (auto status = gold.setCorrect(one.answerId, correct); !status)
                    return status.error();
                // A worker learns nothing of an answer still waiting for review; its review sends it.
                if (!one.reviewed) {
                    engine.changes.touch(Entity::Answer, one.answerId, {Audience::account(actor.id())});
                    continue;
                }
                engine.changes.touch(Entity::Answer, one.answerId,
                                     {Audience::account(one.workerId), Audience::account(actor.id())});
                engine.changes.touch(Entity::TierProgress, one.workerId, {Audience::account(one.workerId)});
            }
            engine.changes.touch(Entity::Item, contest.itemId, {Audience::account(actor.id())});
            // A new key may pass (or fail) workers of a qualification task that verifies a skill.
            for (const QString &workerId : std::as_const(rescoredWorkers)) {
                if (auto status = refreshSkillVerification(engine, workerId, contest.taskId); !status)
                    return status.error();
            }
            details.insert(u"rescored"_s, rescored);
            details.insert(u"key_version"_s, corrected->version);
        }
    }
    auto resolved = gold.resolveContest(contestId, uphold ? GoldContestState::Upheld : GoldContestState::Dismissed,
                                        note, engine.now);
    if (!resolved)
        return resolved.error();
    engine.changes.touch(Entity::GoldContest, contestId,
                         {Audience::account(contest.workerId), Audience::account(actor.id())});
    engine.changes.touch(Entity::TierProgress, contest.workerId, {Audience::account(contest.workerId)});
    return MutationEffect::ok(details);
}

} // namespace Mutations

} // namespace Chrysalis
