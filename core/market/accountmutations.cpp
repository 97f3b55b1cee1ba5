// task.rate, tier.accept, profile.update: what a worker says about a task and about themselves.
#include "core/domain/textrules.h"
#include "core/market/marketengine.h"
#include "core/market/standinghistory.h"
#include "core/market/teamengine.h"
#include "core/market/workerboards.h"
#include "core/policy/leaderboard.h"
#include "core/policy/standing.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chrysalis::Mutations {

namespace {

constexpr int kMaxDailyLimit = 100'000;

// A list of names for a profile: strings, each within the length limit, normalised.
QStringList readNames(ArgsReader &args, const QString &key)
{
    const QStringList raw = args.read().optionalStringList(key);
    if (raw.size() > kMaxSkills * 4) {
        args.addError(key, u"at most %1 entries"_s.arg(kMaxSkills));
        return {};
    }
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (codePointCount(raw.at(i)) > kMaxSkillLength)
            args.addError(JsonReader::elementPath(key, i), u"must be at most %1 characters"_s.arg(kMaxSkillLength));
    }
    const QStringList names = normalisedNames(raw);
    if (names.size() > kMaxSkills)
        args.addError(key, u"at most %1 entries"_s.arg(kMaxSkills));
    return names;
}

} // namespace

Result<MutationEffect> taskRate(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"task_id", u"rating"});
    const QString taskId = args.read().id(u"task_id"_s);
    const qint64 rating = args.read().integer64(u"rating"_s, engine.policy.rating.min, engine.policy.rating.max);
    if (!args.ok())
        return args.rejection();
    auto task = engine.tasks.find(taskId);
    if (!task)
        return task.error();
    if (!task->has_value())
        return MutationEffect::reject(RejectionCode::NotFound, u"no task with this id"_s);
    const TaskRecord &record = **task;
    auto answered = engine.work.hasAnsweredTask(taskId, actor.id());
    if (!answered)
        return answered.error();
    if (!actor.isWorker() || !*answered)
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers who answered a task rate it"_s);
    auto rated = engine.ratings.hasRated(taskId, actor.id());
    if (!rated)
        return rated.error();
    if (*rated)
        return MutationEffect::reject(RejectionCode::AlreadyAnswered, u"you already rated this task"_s);

    const QString requesterId = record.task.requesterId;
    // The requester's row lock serialises ratings of one requester, so each publication sees every rating.
    if (auto locked = engine.accounts.find(requesterId, true); !locked)
        return locked.error();
    if (auto status = engine.ratings.insert(taskId, actor.id(), requesterId, static_cast<int>(rating), engine.now);
        !status)
        return status.error();
    if (auto status = publishRatings(engine, requesterId); !status)
        return status.error();
    return MutationEffect::ok();
}

Result<MutationEffect> tierAccept(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"tier"});
    const Tier tier = args.read().enumValue(u"tier"_s, parseTier, Tier::Bronze);
    if (!args.ok())
        return args.rejection();
    if (!actor.isWorker())
        return MutationEffect::reject(RejectionCode::Forbidden, u"only workers hold tiers"_s);
    if (tier <= actor.account.tier)
        return rejectValidation(
                u"you already hold this tier"_s,
                {{u"tier"_s, u"must be above your current tier (%1)"_s.arg(tierName(actor.account.tier))}});
    if (actor.account.suspended)
        return rejectNotEligible({GateReason::Suspended}, u"a suspended account cannot be promoted"_s);
    auto record = engine.workerRecord(actor);
    if (!record)
        return record.error();
    const auto eligible = eligibleTier(*record, engine.policy);
    if (!eligible || *eligible < tier) {
        const TierProgress progress = tierProgress(*record, engine.policy);
        QJsonArray rules;
        for (const TierRuleProgress &rule : progress.nextRules) {
            rules.append(QJsonObject{{u"requirement"_s, tierRequirementName(rule.requirement)},
                                     {u"current"_s, rule.current},
                                     {u"required"_s, rule.required},
                                     {u"met"_s, rule.met}});
        }
        return MutationEffect::reject(RejectionCode::NotEligible,
                                      u"you are not eligible for %1 yet"_s.arg(tierName(tier)),
                                      {{u"reason"_s, gateReasonCode(GateReason::TierTooLow)},
                                       {u"eligible_tier"_s, eligible ? tierName(*eligible) : QString()},
                                       {u"rules"_s, rules}});
    }
    if (auto status = engine.changeTier(actor, tier); !status)
        return status.error();
    return MutationEffect::ok({{u"tier"_s, tierName(tier)}});
}

Result<MutationEffect> profileUpdate(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &json)
{
    ArgsReader args(json, {u"skills", u"content_opt_ins", u"limits", u"worker_board_opt_in"});
    const bool hasBoardOptIn = args.read().has(u"worker_board_opt_in"_s);
    const bool boardOptIn = args.read().optionalBoolean(u"worker_board_opt_in"_s, false);
    const bool hasSkills = args.read().has(u"skills"_s);
    const bool hasOptIns = args.read().has(u"content_opt_ins"_s);
    const bool hasLimits = args.read().has(u"limits"_s);
    const QStringList skills = readNames(args, u"skills"_s);
    const QStringList optIns = readNames(args, u"content_opt_ins"_s);
    QJsonObject limits;
    if (hasLimits) {
        const QJsonObject given = args.read().object(u"limits"_s);
        if (given.size() > kMaxSkills)
            args.addError(u"limits"_s, u"at most %1 categories"_s.arg(kMaxSkills));
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            const QString path = u"limits."_s + excerpt(it.key());
            const QStringList name = normalisedNames({it.key()});
            const auto value = jsonInteger(it.value());
            if (name.isEmpty() || codePointCount(it.key()) > kMaxSkillLength)
                args.addError(path, u"must name a content category"_s);
            else if (!value || *value < 0 || *value > kMaxDailyLimit)
                args.addError(path, u"must be a whole number of items per day from 0 to %1"_s.arg(kMaxDailyLimit));
            else
                limits.insert(name.constFirst(), *value);
        }
    }
    if (!args.ok())
        return args.rejection();
    if (hasBoardOptIn) {
        if (!actor.isWorker())
            return MutationEffect::reject(RejectionCode::Forbidden, u"only workers appear on worker boards"_s);
        if (auto status = WorkerBoards(engine.db).setOptIn(actor.id(), boardOptIn, engine.now); !status)
            return status.error();
        engine.touchAccount(actor.id());
        if (auto status = WorkerBoards(engine.db).refresh(engine); !status)
            return status.error();
    }
    if (!hasSkills && !hasOptIns && !hasLimits)
        return MutationEffect::ok();
    if (auto status = engine.accounts.updateProfile(actor.id(), hasSkills ? skills : actor.account.skills,
                                                    hasOptIns ? optIns : actor.contentOptIns,
                                                    hasLimits ? limits : actor.limits);
        !status)
        return status.error();
    if (hasSkills) {
        if (auto status = recordProfileSkills(engine, actor.id(), skills); !status)
            return status.error();
    }
    engine.touchAccount(actor.id());
    return MutationEffect::ok({{u"skills"_s, QJsonArray::fromStringList(hasSkills ? skills : actor.account.skills)}});
}

} // namespace Chrysalis::Mutations
