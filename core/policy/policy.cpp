#include "core/policy/policy.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <array>
#include <cmath>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxBp = kWholeInBasisPoints;

// One integer of the policy: its JSON path, its allowed range, and how to read and write it.
struct FieldSpec {
    const char16_t *path;
    qint64 min;
    qint64 max;
    qint64 (*read)(const Policy &);
    void (*write)(Policy &, qint64);
};

// A FieldSpec reaching its member through a chain of member pointers (&Policy::panel, &PanelPolicy::seats).
template<auto... Members>
constexpr FieldSpec field(const char16_t *path, qint64 min, qint64 max)
{
    return {path, min, max, [](const Policy &policy) -> qint64 { return (policy.*....*Members); },
            [](Policy &policy, qint64 value) {
                auto &target = (policy.*....*Members);
                target = static_cast<std::remove_reference_t<decltype(target)>>(value);
            }};
}

// Ranges are checked before the write, so the narrowing casts above never lose anything.
const std::array kFields{
        field<&Policy::fees, &FeePolicy::butterflyBp>(u"fees.butterfly_bp", 0, kMaxBp),
        field<&Policy::fees, &FeePolicy::caterpillarBp>(u"fees.caterpillar_bp", 0, kMaxBp),
        field<&Policy::task, &TaskPolicy::defaultOverlap>(u"task.default_overlap", 1, kMaxInt),
        field<&Policy::feedback, &FeedbackPolicy::payCents>(u"feedback.pay_cents", 1, kMaxSafeInteger),
        field<&Policy::feedback, &FeedbackPolicy::sampleItems>(u"feedback.sample_items", 1, kMaxInt),
        field<&Policy::lease, &LeasePolicy::defaultClaim>(u"lease.default_claim", 1, kMaxInt),
        field<&Policy::lease, &LeasePolicy::maxClaim>(u"lease.max_claim", 1, kMaxInt),
        field<&Policy::lease, &LeasePolicy::minSeconds>(u"lease.min_seconds", 1, kMaxSafeInteger),
        field<&Policy::lease, &LeasePolicy::estimateMultiplier>(u"lease.estimate_multiplier", 1, kMaxInt),
        field<&Policy::lease, &LeasePolicy::maxSeconds>(u"lease.max_seconds", 1, kMaxSafeInteger),
        field<&Policy::lease, &LeasePolicy::warnBeforeSeconds>(u"lease.warn_before_seconds", 0, kMaxSafeInteger),
        field<&Policy::review, &ReviewPolicy::autoApproveSeconds>(u"review.auto_approve_seconds", 1, kMaxSafeInteger),
        field<&Policy::rating, &RatingPolicy::min>(u"rating.min", 0, kMaxInt),
        field<&Policy::rating, &RatingPolicy::max>(u"rating.max", 0, kMaxInt),
        field<&Policy::rating, &RatingPolicy::neutral>(u"rating.neutral", 0, kMaxInt),
        field<&Policy::rating, &RatingPolicy::privacyMinRatings>(u"rating.privacy_min_ratings", 1, kMaxInt),
        field<&Policy::rating, &RatingPolicy::refreshAfterNew>(u"rating.refresh_after_new", 1, kMaxInt),
        field<&Policy::panel, &PanelPolicy::seats>(u"panel.seats", 1, kMaxInt),
        field<&Policy::panel, &PanelPolicy::quorum>(u"panel.quorum", 1, kMaxInt),
        field<&Policy::panel, &PanelPolicy::deadlineSeconds>(u"panel.deadline_seconds", 1, kMaxSafeInteger),
        field<&Policy::panel, &PanelPolicy::extensions>(u"panel.extensions", 0, kMaxInt),
        field<&Policy::panel, &PanelPolicy::extensionSeconds>(u"panel.extension_seconds", 1, kMaxSafeInteger),
        field<&Policy::panel, &PanelPolicy::arbitrationFeeBp>(u"panel.arbitration_fee_bp", 0, kMaxBp),
        field<&Policy::panel, &PanelPolicy::arbiterPayCents>(u"panel.arbiter_pay_cents", 1, kMaxSafeInteger),
        field<&Policy::panel, &PanelPolicy::lossThresholdBp>(u"panel.loss_threshold_bp", 0, kMaxBp),
        field<&Policy::panel, &PanelPolicy::teamExclusionSeconds>(u"panel.team_exclusion_seconds", 0, kMaxSafeInteger),
        field<&Policy::mistakes, &MistakePolicy::windowSeconds>(u"mistakes.window_seconds", 1, kMaxSafeInteger),
        field<&Policy::mistakes, &MistakePolicy::payoutThresholdShareBp>(u"mistakes.payout_threshold_share_bp", 0,
                                                                         kMaxBp),
        field<&Policy::mistakes, &MistakePolicy::earnedShareBp>(u"mistakes.earned_share_bp", 0, kMaxBp),
        field<&Policy::payout, &PayoutPolicy::thresholdCents>(u"payout.threshold_cents", 0, kMaxSafeInteger),
        field<&Policy::tiers, &TierPolicy::silver, &TierRule::minApproved>(u"tiers.silver.min_approved", 0, kMaxInt),
        field<&Policy::tiers, &TierPolicy::silver, &TierRule::minFeedbackTasks>(u"tiers.silver.min_feedback_tasks", 0,
                                                                                kMaxInt),
        field<&Policy::tiers, &TierPolicy::silver, &TierRule::maxLostConflicts>(u"tiers.silver.max_lost_conflicts", 0,
                                                                                kMaxInt),
        field<&Policy::tiers, &TierPolicy::silver, &TierRule::windowAnswers>(u"tiers.silver.window_answers", 1,
                                                                             kMaxInt),
        field<&Policy::tiers, &TierPolicy::gold, &TierRule::minApproved>(u"tiers.gold.min_approved", 0, kMaxInt),
        field<&Policy::tiers, &TierPolicy::gold, &TierRule::minFeedbackTasks>(u"tiers.gold.min_feedback_tasks", 0,
                                                                              kMaxInt),
        field<&Policy::tiers, &TierPolicy::gold, &TierRule::maxLostConflicts>(u"tiers.gold.max_lost_conflicts", 0,
                                                                              kMaxInt),
        field<&Policy::tiers, &TierPolicy::gold, &TierRule::windowAnswers>(u"tiers.gold.window_answers", 1, kMaxInt),
        field<&Policy::standing, &StandingPolicy::butterflyAtPoints>(u"standing.butterfly_at_points", 0, kMaxInt),
        field<&Policy::standing, &StandingPolicy::caterpillarBelowPoints>(u"standing.caterpillar_below_points", 0,
                                                                          kMaxInt),
        field<&Policy::standing, &StandingPolicy::approvedFeedbackPoints>(u"standing.approved_feedback_points", 0,
                                                                          kMaxInt),
        field<&Policy::standing, &StandingPolicy::lostConflictPoints>(u"standing.lost_conflict_points", 0, kMaxInt),
        field<&Policy::leaderboard, &LeaderboardPolicy::top>(u"leaderboard.top", 1, kMaxInt),
        field<&Policy::leaderboard, &LeaderboardPolicy::priorWeight>(u"leaderboard.prior_weight", 0, kMaxInt),
        field<&Policy::content, &ContentPolicy::breakAfterFlaggedItems>(u"content.break_after_flagged_items", 1,
                                                                        kMaxInt),
        field<&Policy::quality, &QualityPolicy::goldMinimumAnswers>(u"quality.gold_minimum_answers", 0, kMaxInt),
        field<&Policy::quality, &QualityPolicy::goldPassBp>(u"quality.gold_pass_bp", 0, kMaxBp),
        field<&Policy::quality, &QualityPolicy::defaultGoldRateBp>(u"quality.default_gold_rate_bp", 0, kMaxBp / 2),
};

const FieldSpec *findField(const QString &path)
{
    for (const FieldSpec &spec : kFields) {
        if (path == QStringView(spec.path))
            return &spec;
    }
    return nullptr;
}

// A section is any proper prefix of a field path ("tiers", "tiers.silver").
bool isSection(const QString &path)
{
    const QString prefix = path + u'.';
    for (const FieldSpec &spec : kFields) {
        if (QStringView(spec.path).startsWith(prefix))
            return true;
    }
    return false;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

// A JSON number as a person wrote it, near enough: whole numbers in digits, huge ones in exponent form.
QString displayNumber(double number)
{
    return QString::number(number, 'g', 15);
}

std::optional<QString> readInteger(const QJsonValue &value, const FieldSpec &spec, qint64 &out)
{
    if (!value.isDouble())
        return u"must be an integer, not %1"_s.arg(jsonTypeName(value));
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return u"must be a whole number (got %1)"_s.arg(displayNumber(number));
    if (number < static_cast<double>(spec.min) || number > static_cast<double>(spec.max)) {
        if (number < 0 && spec.min >= 0)
            return u"must not be negative (got %1)"_s.arg(displayNumber(number));
        if (number < static_cast<double>(spec.min))
            return u"must be at least %1 (got %2)"_s.arg(spec.min).arg(displayNumber(number));
        return u"must be at most %1 (got %2)"_s.arg(spec.max).arg(displayNumber(number));
    }
    // Exact now: doubles in range are at most 2^53, which toInteger gives back without loss.
    const qint64 integer = value.toInteger();
    if (integer < spec.min || integer > spec.max)
        return u"must be between %1 and %2 (got %3)"_s.arg(spec.min).arg(spec.max).arg(integer);
    out = integer;
    return std::nullopt;
}

void readSection(const QJsonObject &object, const QString &prefix, Policy &policy, QList<FieldError> &errors)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (const FieldSpec *spec = findField(path)) {
            qint64 value = 0;
            if (const auto problem = readInteger(it.value(), *spec, value))
                errors.append({path, *problem});
            else
                spec->write(policy, value);
        } else if (isSection(path)) {
            if (it.value().isObject())
                readSection(it.value().toObject(), path, policy, errors);
            else
                errors.append({path, u"must be an object of settings, not %1"_s.arg(jsonTypeName(it.value()))});
        } else {
            errors.append({path, u"unknown setting"_s});
        }
    }
}

void checkTierRule(const TierRule &rule, const QString &prefix, QList<FieldError> &errors)
{
    if (rule.maxLostConflicts >= rule.windowAnswers) {
        errors.append({prefix + u".max_lost_conflicts"_s,
                       u"must be below %1.window_answers (%2), or the limit could never be exceeded"_s.arg(prefix).arg(
                               rule.windowAnswers)});
    }
}

// Rules that tie two or more settings together; each error names the setting a fix would most likely change.
void checkConsistency(const Policy &policy, QList<FieldError> &errors)
{
    if (policy.panel.quorum > policy.panel.seats) {
        errors.append({u"panel.quorum"_s,
                       u"must not exceed panel.seats (%1 > %2)"_s.arg(policy.panel.quorum).arg(policy.panel.seats)});
    }
    if (policy.lease.defaultClaim > policy.lease.maxClaim) {
        errors.append(
                {u"lease.default_claim"_s, u"must not exceed lease.max_claim (%1 > %2)"_s.arg(policy.lease.defaultClaim)
                                                   .arg(policy.lease.maxClaim)});
    }
    if (policy.lease.minSeconds > policy.lease.maxSeconds) {
        errors.append(
                {u"lease.min_seconds"_s, u"must not exceed lease.max_seconds (%1 > %2)"_s.arg(policy.lease.minSeconds)
                                                 .arg(policy.lease.maxSeconds)});
    }
    if (policy.rating.min >= policy.rating.max) {
        errors.append({u"rating.max"_s,
                       u"must be above rating.min (%1 ≤ %2)"_s.arg(policy.rating.max).arg(policy.rating.min)});
    }
    if (policy.rating.neutral < policy.rating.min || policy.rating.neutral > policy.rating.max) {
        errors.append({u"rating.neutral"_s, u"must lie on the rating scale %1–%2 (got %3)"_s.arg(policy.rating.min)
                                                    .arg(policy.rating.max)
                                                    .arg(policy.rating.neutral)});
    }
    if (policy.standing.butterflyAtPoints <= policy.standing.caterpillarBelowPoints) {
        errors.append({u"standing.butterfly_at_points"_s, u"must be above standing.caterpillar_below_points (%1 ≤ %2)"_s
                                                                  .arg(policy.standing.butterflyAtPoints)
                                                                  .arg(policy.standing.caterpillarBelowPoints)});
    }

    const TierRule &silver = policy.tiers.silver;
    const TierRule &gold = policy.tiers.gold;
    checkTierRule(silver, u"tiers.silver"_s, errors);
    checkTierRule(gold, u"tiers.gold"_s, errors);
    if (gold.minApproved < silver.minApproved) {
        errors.append({u"tiers.gold.min_approved"_s,
                       u"must be at least tiers.silver.min_approved (%1 < %2)"_s.arg(gold.minApproved)
                               .arg(silver.minApproved)});
    }
    if (gold.minFeedbackTasks < silver.minFeedbackTasks) {
        errors.append({u"tiers.gold.min_feedback_tasks"_s,
                       u"must be at least tiers.silver.min_feedback_tasks (%1 < %2)"_s.arg(gold.minFeedbackTasks)
                               .arg(silver.minFeedbackTasks)});
    }
    // A higher tier carries more responsibility, so it may not tolerate a larger share of lost conflicts.
    if (static_cast<qint64>(gold.maxLostConflicts) * silver.windowAnswers >
        static_cast<qint64>(silver.maxLostConflicts) * gold.windowAnswers) {
        errors.append({u"tiers.gold.max_lost_conflicts"_s,
                       u"gold may not tolerate a larger share of lost conflicts (%1 in %2) than silver (%3 in %4)"_s
                               .arg(gold.maxLostConflicts)
                               .arg(gold.windowAnswers)
                               .arg(silver.maxLostConflicts)
                               .arg(silver.windowAnswers)});
    }
}

// Line and column (1-based) of a byte offset, for parse errors a person can find in an editor.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qMin(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void insertPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString section = path.left(dot).toString();
    QJsonObject child = object.value(section).toObject();
    insertPath(child, path.mid(dot + 1), value);
    object.insert(section, child);
}

} // namespace

Policy Policy::defaults()
{
    return Policy{};
}

Result<Policy> Policy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error::validation(
                u"policy is not valid JSON: %1 at line %2, column %3 (byte %4)"_s.arg(parseError.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return Error::validation(u"policy must be a JSON object of sections"_s);

    Policy policy = defaults();
    QList<FieldError> errors;
    readSection(document.object(), QString(), policy, errors);
    checkConsistency(policy, errors);
    if (!errors.isEmpty())
        return Error::validation(u"policy has %1 invalid setting(s)"_s.arg(errors.size()), errors);
    return policy;
}

Result<Policy> Policy::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(u"policy file \"%1\" does not exist"_s.arg(path));
    if (!info.isFile())
        return Error::storage(u"policy file \"%1\" is not a regular file"_s.arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(u"cannot read policy file \"%1\": %2"_s.arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::storage(u"cannot read policy file \"%1\": %2"_s.arg(path, file.errorString()));

    Result<Policy> policy = fromJson(json);
    if (!policy.ok()) {
        Error error = policy.error();
        error.message = u"policy file \"%1\": %2"_s.arg(path, error.message);
        return error;
    }
    qCInfo(lcPolicy) << "loaded policy" << policy->version() << "from" << path;
    return policy;
}

QJsonObject Policy::toJson() const
{
    QJsonObject root;
    for (const FieldSpec &spec : kFields)
        insertPath(root, QStringView(spec.path), QJsonValue(spec.read(*this)));
    return root;
}

QString Policy::version() const
{
    // QJsonObject keeps keys sorted, so the compact text is canonical.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace Chrysalis
