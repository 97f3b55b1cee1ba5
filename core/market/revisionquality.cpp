#include "core/market/revisionquality.h"

#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/market/marketengine.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QString kAggregation = u"aggregation"_s;
const QString kGoldRate = u"gold_rate"_s;
const QString kKind = u"kind"_s;
const QString kQualification = u"qualification"_s;
const QString kVerifiesSkill = u"verifies_skill"_s;

const QStringList &categoricalMethods()
{
    static const QStringList methods{u"mv"_s, u"wawa"_s, u"ds"_s, u"onecoin"_s, u"glad"_s, u"mace"_s};
    return methods;
}

const FormField *findField(const AnswerForm &form, const QString &name)
{
    for (const FormField &field : form.fields()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

std::optional<double> readNumber(const QJsonValue &value, const QString &path, QList<FieldError> &errors)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        errors.append({path, u"must be a number"_s});
        return std::nullopt;
    }
    return value.toDouble();
}

} // namespace

QJsonObject AggregationChoice::toJson() const
{
    return {{u"method"_s, method}, {u"field"_s, field}};
}

void RevisionQuality::insertInto(QJsonObject &revision) const
{
    if (aggregation)
        revision.insert(kAggregation, aggregation->toJson());
    if (goldRate)
        revision.insert(kGoldRate, *goldRate);
    if (qualificationTask)
        revision.insert(kKind, u"qualification"_s);
    if (requiresQualification())
        revision.insert(kQualification, QJsonObject{{u"task_id"_s, requiredTaskId}, {u"pass_mark"_s, passMark}});
    if (verifiesASkill())
        revision.insert(kVerifiesSkill, verifiesSkill);
}

Result<RevisionQuality> RevisionQuality::fromRevisionJson(const QJsonObject &revision)
{
    RevisionQuality quality;
    QList<FieldError> errors;
    const QJsonValue aggregation = revision.value(kAggregation);
    if (aggregation.isObject()) {
        const QJsonObject object = aggregation.toObject();
        AggregationChoice choice;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"method" && it.key() != u"field")
                errors.append({kAggregation + u"."_s + it.key().left(64), u"is not a key of an aggregation"_s});
        }
        if (!object.value(u"method"_s).isString())
            errors.append({kAggregation + u".method"_s, u"must be a string"_s});
        if (!object.value(u"field"_s).isString())
            errors.append({kAggregation + u".field"_s, u"must be a string"_s});
        choice.method = object.value(u"method"_s).toString();
        choice.field = object.value(u"field"_s).toString();
        quality.aggregation = choice;
    } else if (!aggregation.isUndefined() && !aggregation.isNull()) {
        errors.append({kAggregation, u"must be an object {method, field}"_s});
    }
    const QJsonValue goldRate = revision.value(kGoldRate);
    if (!goldRate.isUndefined() && !goldRate.isNull())
        quality.goldRate = readNumber(goldRate, kGoldRate, errors);
    const QJsonValue kind = revision.value(kKind);
    if (kind.isString() && (kind.toString() == u"qualification" || kind.toString() == u"regular"))
        quality.qualificationTask = kind.toString() == u"qualification";
    else if (!kind.isUndefined() && !kind.isNull())
        errors.append({kKind, u"must be \"regular\" or \"qualification\""_s});
    const QJsonValue qualification = revision.value(kQualification);
    if (qualification.isObject()) {
        const QJsonObject object = qualification.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != u"task_id" && it.key() != u"pass_mark")
                errors.append({kQualification + u"."_s + it.key().left(64), u"is not a key of a qualification"_s});
        }
        const QString taskId = object.value(u"task_id"_s).toString();
        if (!isValidId(taskId))
            errors.append({kQualification + u".task_id"_s, u"must be a task id (a lowercase UUID)"_s});
        quality.requiredTaskId = taskId;
        if (const auto mark = readNumber(object.value(u"pass_mark"_s), kQualification + u".pass_mark"_s, errors))
            quality.passMark = *mark;
    } else if (!qualification.isUndefined() && !qualification.isNull()) {
        errors.append({kQualification, u"must be an object {task_id, pass_mark}"_s});
    }
    const QJsonValue verifies = revision.value(kVerifiesSkill);
    if (verifies.isString()) {
        const QStringList names = normalisedNames({verifies.toString()});
        if (names.isEmpty())
            errors.append({kVerifiesSkill, u"must not be blank"_s});
        else
            quality.verifiesSkill = names.constFirst();
    } else if (!verifies.isUndefined() && !verifies.isNull()) {
        errors.append({kVerifiesSkill, u"must be a string, the name of a skill"_s});
    }
    if (!errors.isEmpty())
        return Error::validation(u"the quality keys of the revision are invalid"_s, errors);
    return quality;
}

bool isRevisionQualityKey(const QString &key)
{
    return key == kAggregation || key == kGoldRate || key == kKind || key == kQualification || key == kVerifiesSkill;
}

QList<FieldError> revisionQualityProblems(const RevisionQuality &quality, const AnswerForm &form)
{
    QList<FieldError> problems;
    if (quality.aggregation) {
        const AggregationChoice &choice = *quality.aggregation;
        const bool numeric = choice.method == u"mean" || choice.method == u"median";
        if (!numeric && !categoricalMethods().contains(choice.method))
            problems.append(
                    {kAggregation + u".method"_s, u"must be one of mv, wawa, ds, onecoin, glad, mace, mean, median"_s});
        const FormField *field = findField(form, choice.field);
        if (!field)
            problems.append({kAggregation + u".field"_s, u"must name a field of the form"_s});
        else if (numeric && field->kind != FieldKind::Rating)
            problems.append({kAggregation + u".field"_s, u"mean and median need a rating field"_s});
        else if (field->kind != FieldKind::SingleChoice && field->kind != FieldKind::Rating)
            problems.append({kAggregation + u".field"_s, u"must name a single_choice or rating field"_s});
    }
    if (quality.goldRate && (*quality.goldRate < 0.0 || *quality.goldRate > kMaxGoldRate))
        problems.append({kGoldRate, u"must be between 0 and %1"_s.arg(kMaxGoldRate)});
    if (quality.requiresQualification() && (quality.passMark < 0.0 || quality.passMark > 1.0))
        problems.append({kQualification + u".pass_mark"_s, u"must be between 0 and 1"_s});
    if (quality.verifiesASkill()) {
        if (!quality.qualificationTask)
            problems.append({kVerifiesSkill, u"only a qualification task (\"kind\": \"qualification\") verifies a "
                                             "skill"_s});
        if (codePointCount(quality.verifiesSkill) > kMaxSkillLength)
            problems.append({kVerifiesSkill, u"must be at most %1 characters"_s.arg(kMaxSkillLength)});
    }
    return problems;
}

std::optional<AggregationChoice> effectiveAggregation(const RevisionQuality &quality, const AnswerForm &form)
{
    if (quality.aggregation)
        return quality.aggregation;
    for (const FieldKind kind : {FieldKind::SingleChoice, FieldKind::Rating}) {
        for (const FormField &field : form.fields()) {
            if (field.kind == kind)
                return AggregationChoice{u"mv"_s, field.name};
        }
    }
    return std::nullopt;
}

} // namespace Chrysalis
