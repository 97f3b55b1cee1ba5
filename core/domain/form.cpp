#include "core/domain/form.h"

#include "core/domain/enumnames.h"
#include "core/domain/jsonreader.h"
#include "core/domain/textrules.h"
#include "core/domain/validationtext.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<FieldKind, 7> kFieldKindNames{u"field kind",
                                                  {{
                                                          {FieldKind::SingleChoice, u"single_choice"},
                                                          {FieldKind::MultiChoice, u"multi_choice"},
                                                          {FieldKind::Rating, u"rating"},
                                                          {FieldKind::Text, u"text"},
                                                          {FieldKind::Pairwise, u"pairwise"},
                                                          {FieldKind::Correction, u"correction"},
                                                          {FieldKind::Spans, u"spans"},
                                                  }}};

// The JSON keys that only some kinds use, and whether a kind uses them.
bool kindUsesKey(FieldKind kind, const QString &key)
{
    if (key == u"options")
        return kind == FieldKind::SingleChoice || kind == FieldKind::MultiChoice;
    if (key == u"min" || key == u"max")
        return kind == FieldKind::Rating;
    if (key == u"min_length" || key == u"max_length")
        return kind == FieldKind::Text;
    if (key == u"labels")
        return kind == FieldKind::Spans;
    if (key == u"source_key")
        return kind == FieldKind::Correction || kind == FieldKind::Spans;
    return true;
}

const QStringList kKindKeys{u"options"_s,    u"min"_s,    u"max"_s,       u"min_length"_s,
                            u"max_length"_s, u"labels"_s, u"source_key"_s};

bool isFieldName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxFieldNameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

QString formPath(qsizetype index, const QString &key)
{
    return u"form[%1].%2"_s.arg(index).arg(key);
}

void checkDefinition(const FormField &field, qsizetype index, QList<FieldError> &errors)
{
    const auto fail = [&](const QString &key, const QString &message) {
        errors.append({formPath(index, key), message});
    };

    if (!isFieldName(field.name))
        fail(u"name"_s, Validation::tr("must be 1 to %1 characters of a-z, 0-9 and _").arg(kMaxFieldNameLength));

    switch (field.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice: {
        if (field.options.size() < 2 || field.options.size() > kMaxFormOptions)
            fail(u"options"_s, Validation::tr("must hold 2 to %1 options").arg(kMaxFormOptions));
        QSet<QString> seen;
        for (qsizetype k = 0; k < field.options.size(); ++k) {
            const QString &value = field.options.at(k).value;
            const QString key = u"options[%1].value"_s.arg(k);
            if (value.isEmpty())
                fail(key, Validation::tr("must not be empty"));
            else if (seen.contains(value))
                fail(key, Validation::tr("repeats an earlier option"));
            seen.insert(value);
        }
        break;
    }
    case FieldKind::Rating:
        if (field.ratingMin >= field.ratingMax)
            fail(u"max"_s, Validation::tr("must be greater than min"));
        else if (static_cast<qint64>(field.ratingMax) - field.ratingMin > kMaxRatingSteps)
            fail(u"max"_s, Validation::tr("allows at most %n steps above min", nullptr, kMaxRatingSteps));
        break;
    case FieldKind::Text:
        if (field.minLength && *field.minLength < 0)
            fail(u"min_length"_s, Validation::tr("must not be negative"));
        if (field.maxLength && *field.maxLength < 1)
            fail(u"max_length"_s, Validation::tr("must be at least 1"));
        if (field.minLength && field.maxLength && *field.minLength > *field.maxLength)
            fail(u"max_length"_s, Validation::tr("must not be less than min_length"));
        break;
    case FieldKind::Spans: {
        if (field.spanLabels.isEmpty() || field.spanLabels.size() > kMaxFormOptions)
            fail(u"labels"_s, Validation::tr("must hold 1 to %1 labels").arg(kMaxFormOptions));
        QSet<QString> seen;
        for (qsizetype k = 0; k < field.spanLabels.size(); ++k) {
            const QString &label = field.spanLabels.at(k);
            const QString key = u"labels[%1]"_s.arg(k);
            if (label.isEmpty())
                fail(key, Validation::tr("must not be empty"));
            else if (seen.contains(label))
                fail(key, Validation::tr("repeats an earlier label"));
            seen.insert(label);
        }
        break;
    }
    case FieldKind::Pairwise:
    case FieldKind::Correction:
        break;
    }
    if (field.usesSourceText() && field.sourceKey.isEmpty())
        fail(u"source_key"_s, Validation::tr("must not be empty"));
}

bool hasOption(const FormField &field, const QString &value)
{
    for (const FormOption &option : field.options) {
        if (option.value == value)
            return true;
    }
    return false;
}

// Answer checks, one per kind. `path` is the form field's name; each appends its own errors.
using Errors = QList<FieldError>;

void checkSingleChoice(const FormField &field, const QJsonValue &value, Errors &errors)
{
    if (!value.isString())
        errors.append({field.name, Validation::tr("must be one option value (a string)")});
    else if (!hasOption(field, value.toString()))
        errors.append({field.name, Validation::tr("\"%1\" is not one of the options").arg(excerpt(value.toString()))});
}

void checkMultiChoice(const FormField &field, const QJsonValue &value, Errors &errors)
{
    if (!value.isArray()) {
        errors.append({field.name, Validation::tr("must be an array of option values")});
        return;
    }
    const QJsonArray chosen = value.toArray();
    if (chosen.isEmpty() && field.required)
        errors.append({field.name, Validation::tr("must choose at least one option")});
    QSet<QString> seen;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const QString path = JsonReader::elementPath(field.name, i);
        const QJsonValue element = chosen.at(i);
        if (!element.isString()) {
            errors.append({path, Validation::tr("must be an option value (a string)")});
            continue;
        }
        const QString text = element.toString();
        if (!hasOption(field, text))
            errors.append({path, Validation::tr("\"%1\" is not one of the options").arg(excerpt(text))});
        else if (seen.contains(text))
            errors.append({path, Validation::tr("repeats an earlier choice")});
        seen.insert(text);
    }
}

void checkRating(const FormField &field, const QJsonValue &value, Errors &errors)
{
    const std::optional<qint64> rating = jsonInteger(value);
    if (!rating)
        errors.append({field.name, Validation::tr("must be a whole number")});
    else if (*rating < field.ratingMin || *rating > field.ratingMax)
        errors.append(
                {field.name, Validation::tr("must be between %1 and %2").arg(field.ratingMin).arg(field.ratingMax)});
}

void checkText(const FormField &field, const QJsonValue &value, Errors &errors)
{
    if (!value.isString()) {
        errors.append({field.name, Validation::tr("must be text (a string)")});
        return;
    }
    const QString text = value.toString();
    if (field.required && isBlank(text)) {
        errors.append({field.name, Validation::tr("must not be blank")});
        return;
    }
    if (text.isEmpty())
        return;
    const qsizetype length = codePointCount(text);
    const int least = field.minLength.value_or(0);
    const int most = field.maxLength.value_or(0);
    if (field.minLength && length < least)
        errors.append(
                {field.name, Validation::tr("must be at least %n characters (has %1)", nullptr, least).arg(length)});
    if (field.maxLength && length > most)
        errors.append(
                {field.name, Validation::tr("must be at most %n characters (has %1)", nullptr, most).arg(length)});
}

void checkUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &path, const QString &what,
                      Errors &errors)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors.append({path + u'.' + it.key(), Validation::tr("is not part of %1").arg(what)});
    }
}

void checkPairwise(const FormField &field, const QJsonValue &value, Errors &errors)
{
    if (!value.isObject()) {
        errors.append({field.name, u"must be an object {\"choice\", \"justification\"}"_s});
        return;
    }
    const QJsonObject pair = value.toObject();
    checkUnknownKeys(pair, {u"choice"_s, u"justification"_s}, field.name, Validation::tr("a pairwise answer"), errors);

    const QString choicePath = field.name + u".choice"_s;
    const QJsonValue choice = pair.value(u"choice"_s);
    if (choice.isUndefined() || choice.isNull())
        errors.append({choicePath, Validation::tr("is required")});
    else if (!choice.isString() || !QStringList{u"a"_s, u"b"_s, u"tie"_s}.contains(choice.toString()))
        errors.append({choicePath, u"must be \"a\", \"b\" or \"tie\""_s});

    const QString justificationPath = field.name + u".justification"_s;
    const QJsonValue justification = pair.value(u"justification"_s);
    if (justification.isUndefined() || justification.isNull())
        errors.append({justificationPath, Validation::tr("is required")});
    else if (!justification.isString())
        errors.append({justificationPath, Validation::tr("must be text (a string)")});
    else if (isBlank(justification.toString()))
        errors.append({justificationPath, Validation::tr("must not be blank")});
}

void checkCorrection(const FormField &field, const QJsonValue &value, Errors &errors)
{
    if (!value.isString())
        errors.append({field.name, Validation::tr("must be the edited text (a string)")});
}

bool splitsSurrogatePair(const QString &text, qint64 offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() &&
           text.at(offset - 1).isHighSurrogate();
}

void checkSpans(const FormField &field, const QJsonValue &value, const std::optional<QString> &source, Errors &errors)
{
    if (!value.isArray()) {
        errors.append({field.name, u"must be an array of spans {\"start\", \"end\", \"label\"}"_s});
        return;
    }
    const QJsonArray spans = value.toArray();
    QHash<QString, qsizetype> accepted; // "start:end:label" → index of its first occurrence
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QString path = JsonReader::elementPath(field.name, i);
        if (!spans.at(i).isObject()) {
            errors.append({path, u"must be an object {\"start\", \"end\", \"label\"}"_s});
            continue;
        }
        const QJsonObject span = spans.at(i).toObject();
        const qsizetype errorsBefore = errors.size();
        checkUnknownKeys(span, {u"start"_s, u"end"_s, u"label"_s}, path, Validation::tr("a span"), errors);

        const auto offset = [&](const QString &key) -> std::optional<qint64> {
            const QJsonValue raw = span.value(key);
            if (raw.isUndefined() || raw.isNull()) {
                errors.append({path + u'.' + key, Validation::tr("is required")});
                return std::nullopt;
            }
            const std::optional<qint64> number = jsonInteger(raw);
            if (!number)
                errors.append({path + u'.' + key, Validation::tr("must be a whole number")});
            return number;
        };
        const std::optional<qint64> start = offset(u"start"_s);
        const std::optional<qint64> end = offset(u"end"_s);

        const QJsonValue label = span.value(u"label"_s);
        if (label.isUndefined() || label.isNull())
            errors.append({path + u".label"_s, Validation::tr("is required")});
        else if (!label.isString() || !field.spanLabels.contains(label.toString()))
            errors.append({path + u".label"_s,
                           Validation::tr("must be one of the labels: %1").arg(field.spanLabels.join(u", "_s))});

        if (start && end && source) {
            const qint64 length = source->size();
            if (*start < 0)
                errors.append({path + u".start"_s, Validation::tr("must not be negative")});
            else if (*start >= length)
                errors.append({path + u".start"_s, Validation::tr("must be less than the text length %1").arg(length)});
            else if (splitsSurrogatePair(*source, *start))
                errors.append({path + u".start"_s, Validation::tr("falls inside a character")});
            if (*end <= *start)
                errors.append({path + u".end"_s, Validation::tr("must be greater than start")});
            else if (*end > length)
                errors.append({path + u".end"_s, Validation::tr("must not exceed the text length %1").arg(length)});
            else if (splitsSurrogatePair(*source, *end))
                errors.append({path + u".end"_s, Validation::tr("falls inside a character")});
        }
        if (errors.size() != errorsBefore || !start || !end)
            continue;
        const QString key = u"%1:%2:"_s.arg(*start).arg(*end) + label.toString();
        if (const auto earlier = accepted.constFind(key); earlier != accepted.constEnd())
            errors.append({path, Validation::tr("repeats %1").arg(JsonReader::elementPath(field.name, *earlier))});
        else
            accepted.insert(key, i);
    }
}

} // namespace

QString fieldKindName(FieldKind kind)
{
    return kFieldKindNames.nameOf(kind);
}

Result<FieldKind> parseFieldKind(const QString &name)
{
    return kFieldKindNames.parse(name);
}

QJsonObject FormOption::toJson() const
{
    return {{u"value"_s, value}, {u"label"_s, label}};
}

Result<FormOption> FormOption::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    FormOption option;
    option.value = reader.string(u"value"_s);
    option.label = reader.string(u"label"_s);
    return reader.finish(option, u"form option"_s);
}

QJsonObject FormField::toJson() const
{
    QJsonObject json{
            {u"name"_s, name}, {u"kind"_s, fieldKindName(kind)}, {u"label"_s, label}, {u"required"_s, required}};
    switch (kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
        json.insert(u"options"_s, toJsonArray(options));
        break;
    case FieldKind::Rating:
        json.insert(u"min"_s, ratingMin);
        json.insert(u"max"_s, ratingMax);
        break;
    case FieldKind::Text:
        if (minLength)
            json.insert(u"min_length"_s, *minLength);
        if (maxLength)
            json.insert(u"max_length"_s, *maxLength);
        break;
    case FieldKind::Spans:
        json.insert(u"labels"_s, QJsonArray::fromStringList(spanLabels));
        break;
    case FieldKind::Pairwise:
    case FieldKind::Correction:
        break;
    }
    if (usesSourceText())
        json.insert(u"source_key"_s, sourceKey);
    return json;
}

Result<FormField> FormField::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    FormField field;
    field.name = reader.string(u"name"_s);
    field.label = reader.string(u"label"_s);
    field.required = reader.boolean(u"required"_s);
    const qsizetype errorsBefore = reader.errors().size();
    field.kind = reader.enumValue(u"kind"_s, parseFieldKind, FieldKind::Text);
    if (reader.errors().size() != errorsBefore)
        return reader.error(u"form field"_s); // without a kind the other keys mean nothing

    for (const QString &key : kKindKeys) {
        if (reader.has(key) && !kindUsesKey(field.kind, key))
            reader.addError(key, Validation::tr("is not used by a %1 field").arg(fieldKindName(field.kind)));
    }
    switch (field.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
        field.options = reader.objectList<FormOption>(u"options"_s, FormOption::fromJson, true);
        break;
    case FieldKind::Rating:
        field.ratingMin = reader.integer(u"min"_s);
        field.ratingMax = reader.integer(u"max"_s);
        break;
    case FieldKind::Text:
        field.minLength = reader.maybeInteger(u"min_length"_s, 0);
        field.maxLength = reader.maybeInteger(u"max_length"_s, 0);
        break;
    case FieldKind::Spans:
        field.spanLabels = reader.stringList(u"labels"_s);
        break;
    case FieldKind::Pairwise:
    case FieldKind::Correction:
        break;
    }
    if (field.usesSourceText() && reader.has(u"source_key"_s))
        field.sourceKey = reader.string(u"source_key"_s);
    return reader.finish(field, u"form field"_s);
}

const FormField *AnswerForm::field(const QString &name) const
{
    for (const FormField &candidate : m_fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Status AnswerForm::validateDefinition() const
{
    QList<FieldError> errors;
    if (m_fields.isEmpty())
        errors.append({u"form"_s, Validation::tr("must have at least one field")});
    if (m_fields.size() > kMaxFormFields)
        errors.append({u"form"_s, Validation::tr("must have at most %n fields", nullptr, kMaxFormFields)});
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        checkDefinition(m_fields.at(i), i, errors);
        for (qsizetype j = 0; j < i; ++j) {
            if (!m_fields.at(i).name.isEmpty() && m_fields.at(j).name == m_fields.at(i).name) {
                errors.append({formPath(i, u"name"_s), Validation::tr("repeats the name of form[%1]").arg(j)});
                break;
            }
        }
    }
    if (!errors.isEmpty())
        return Error::validation(Validation::tr("the answer form is not well made"), errors);
    return {};
}

QList<FieldError> AnswerForm::validateAnswer(const QJsonObject &fields, const QJsonObject &itemData) const
{
    Errors errors;
    for (const FormField &field : m_fields) {
        std::optional<QString> source;
        if (field.usesSourceText()) {
            const QJsonValue text = itemData.value(field.sourceKey);
            if (text.isString())
                source = text.toString();
            else
                errors.append({field.name,
                               Validation::tr("the item has no text under \"%1\" to work on").arg(field.sourceKey)});
        }

        const QJsonValue value = fields.value(field.name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                errors.append({field.name, Validation::tr("is required")});
            continue;
        }
        switch (field.kind) {
        case FieldKind::SingleChoice:
            checkSingleChoice(field, value, errors);
            break;
        case FieldKind::MultiChoice:
            checkMultiChoice(field, value, errors);
            break;
        case FieldKind::Rating:
            checkRating(field, value, errors);
            break;
        case FieldKind::Text:
            checkText(field, value, errors);
            break;
        case FieldKind::Pairwise:
            checkPairwise(field, value, errors);
            break;
        case FieldKind::Correction:
            checkCorrection(field, value, errors);
            break;
        case FieldKind::Spans:
            checkSpans(field, value, source, errors);
            break;
        }
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!field(it.key()))
            errors.append({it.key(), Validation::tr("is not a field of this form")});
    }
    return errors;
}

QJsonArray AnswerForm::toJson() const
{
    return toJsonArray(m_fields);
}

Result<AnswerForm> AnswerForm::fromJson(const QJsonArray &json)
{
    QList<FormField> fields;
    QList<FieldError> errors;
    if (json.size() > kMaxFormFields)
        return Error::validation(Validation::tr("malformed answer form"),
                                 {{u"form"_s, Validation::tr("must have at most %n fields", nullptr, kMaxFormFields)}});
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString path = JsonReader::elementPath(u"form"_s, i);
        if (!json.at(i).isObject()) {
            errors.append({path, Validation::tr("must be an object")});
            continue;
        }
        Result<FormField> field = FormField::fromJson(json.at(i).toObject());
        if (field.ok()) {
            fields.append(std::move(*field));
            continue;
        }
        for (const FieldError &inner : field.error().fieldErrors)
            errors.append({path + u'.' + inner.field, inner.message});
    }
    if (!errors.isEmpty())
        return Error::validation(Validation::tr("malformed answer form"), errors);
    return AnswerForm(std::move(fields));
}

} // namespace Chrysalis
