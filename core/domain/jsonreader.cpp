#include "core/domain/jsonreader.h"

#include "core/domain/ids.h"
#include "core/domain/textrules.h"
#include "core/domain/validationtext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseWireTime(const QString &text)
{
    // RFC 3339 section 5.6 date-time; Qt alone would also take local times and bare dates.
    static const QRegularExpression rfc3339(
            uR"(^\d{4}-\d{2}-\d{2}[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$)"_s);
    if (text.size() > 40 || !rfc3339.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() falls back to its argument for anything that is not a whole qint64, so two
    // different fallbacks agree only on a real integer.
    const qint64 first = value.toInteger(0);
    if (first != value.toInteger(1))
        return std::nullopt;
    return first;
}

// The kinds of value `typed` asks for, for the translations of "must be %1".
[[maybe_unused]] constexpr const char *kValueKinds[] = {
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "a string"),
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "an RFC 3339 time"),
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "an array"),
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "an integer"),
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "an object"),
        QT_TRANSLATE_NOOP("Chrysalis::Validation", "true or false"),
};

bool JsonReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

std::optional<QJsonValue> JsonReader::typed(const QString &key, QJsonValue::Type type, const char16_t *mustBe,
                                            bool required)
{
    if (!has(key)) {
        if (required)
            addError(key, Validation::tr("is required"));
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (value.type() != type) {
        addError(key, Validation::tr("must be %1").arg(Validation::translated(QString::fromUtf16(mustBe))));
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(const QString &key)
{
    const auto value = typed(key, QJsonValue::String, u"a string", true);
    return value ? value->toString() : QString();
}

QString JsonReader::optionalString(const QString &key)
{
    const auto value = typed(key, QJsonValue::String, u"a string", false);
    return value ? value->toString() : QString();
}

QString JsonReader::nonBlankString(const QString &key)
{
    const auto value = typed(key, QJsonValue::String, u"a string", true);
    if (!value)
        return {};
    const QString text = value->toString();
    if (isBlank(text))
        addError(key, Validation::tr("must not be blank"));
    return text;
}

QString JsonReader::id(const QString &key)
{
    const auto value = typed(key, QJsonValue::String, u"a string", true);
    if (!value)
        return {};
    const QString text = value->toString();
    if (!isValidId(text)) {
        addError(key, Validation::tr("must be a lowercase UUID"));
        return {};
    }
    return text;
}

QString JsonReader::optionalId(const QString &key)
{
    return has(key) ? id(key) : QString();
}

std::optional<int> JsonReader::maybeInteger(const QString &key, int min, int max)
{
    if (!has(key))
        return std::nullopt;
    return integer(key, min, max);
}

int JsonReader::integer(const QString &key, int min, int max)
{
    return static_cast<int>(integer64(key, min, max));
}

int JsonReader::optionalInteger(const QString &key, int fallback, int min, int max)
{
    return has(key) ? integer(key, min, max) : fallback;
}

qint64 JsonReader::integer64(const QString &key, qint64 min, qint64 max)
{
    const auto value = typed(key, QJsonValue::Double, u"an integer", true);
    if (!value)
        return std::clamp<qint64>(0, min, max);
    const std::optional<qint64> number = jsonInteger(*value);
    if (!number) {
        addError(key, Validation::tr("must be an integer"));
        return std::clamp<qint64>(0, min, max);
    }
    if (*number < min || *number > max) {
        addError(key, Validation::tr("must be between %1 and %2").arg(min).arg(max));
        return std::clamp(*number, min, max);
    }
    return *number;
}

bool JsonReader::boolean(const QString &key)
{
    const auto value = typed(key, QJsonValue::Bool, u"true or false", true);
    return value && value->toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback)
{
    const auto value = typed(key, QJsonValue::Bool, u"true or false", false);
    return value ? value->toBool() : fallback;
}

QDateTime JsonReader::time(const QString &key)
{
    const auto value = typed(key, QJsonValue::String, u"an RFC 3339 time", true);
    if (!value)
        return {};
    const QDateTime parsed = parseWireTime(value->toString());
    if (!parsed.isValid())
        addError(key, Validation::tr("must be an RFC 3339 time such as 2025-03-01T09:30:00Z"));
    return parsed;
}

QDateTime JsonReader::optionalTime(const QString &key)
{
    return has(key) ? time(key) : QDateTime();
}

QJsonObject JsonReader::object(const QString &key)
{
    const auto value = typed(key, QJsonValue::Object, u"an object", true);
    return value ? value->toObject() : QJsonObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const auto value = typed(key, QJsonValue::Array, u"an array", true);
    return value ? value->toArray() : QJsonArray();
}

QJsonArray JsonReader::optionalArray(const QString &key)
{
    const auto value = typed(key, QJsonValue::Array, u"an array", false);
    return value ? value->toArray() : QJsonArray();
}

QStringList JsonReader::stringList(const QString &key)
{
    if (!has(key)) {
        addError(key, Validation::tr("is required"));
        return {};
    }
    return optionalStringList(key);
}

QStringList JsonReader::optionalStringList(const QString &key)
{
    QStringList strings;
    const QJsonArray elements = optionalArray(key);
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements.at(i).isString())
            strings << elements.at(i).toString();
        else
            addError(elementPath(key, i), Validation::tr("must be a string"));
    }
    return strings;
}

void JsonReader::addError(const QString &field, const QString &message)
{
    m_errors.append({field, message});
}

void JsonReader::absorb(const QString &path, const Error &error)
{
    if (error.fieldErrors.isEmpty()) {
        addError(path, error.message);
        return;
    }
    for (const FieldError &inner : error.fieldErrors)
        addError(path + u'.' + inner.field, inner.message);
}

Error JsonReader::error(const QString &what) const
{
    return Error::validation(Validation::tr("malformed %1").arg(what), m_errors);
}

QString JsonReader::elementPath(const QString &key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}

} // namespace Chrysalis
