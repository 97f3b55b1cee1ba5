#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <utility>

namespace Chrysalis {

// Times on the wire: RFC 3339, written in UTC with milliseconds ("2025-03-01T09:30:00.000Z").
// Parsing accepts any RFC 3339 offset and returns the instant in UTC; anything else (no offset,
// a bare date, hour 24, a leap second) is an invalid QDateTime.
QString wireTime(const QDateTime &time);
QDateTime parseWireTime(const QString &text);

// The largest integer a JSON number (an IEEE double) carries exactly: 2^53 - 1.
inline constexpr qint64 kMaxJsonInteger = 9'007'199'254'740'991;

// The integer a JSON number holds, or nothing for 1.5, 1e300, strings, booleans and null.
std::optional<qint64> jsonInteger(const QJsonValue &value);

// The JSON array of a list of values that each write themselves with toJson().
template<typename T>
QJsonArray toJsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value.toJson());
    return array;
}

// Reads the keys of one JSON object for a fromJson, collecting one FieldError per missing, mistyped
// or malformed key instead of stopping at the first. A null value counts as missing. Keys the
// reader is not asked about are ignored: entities may carry more fields than a client knows.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) { }

    // Present and not null.
    bool has(const QString &key) const;

    QString string(const QString &key);
    QString optionalString(const QString &key); // empty when missing
    // Required and non-blank, e.g. a hunk id.
    QString nonBlankString(const QString &key);
    // A canonical lowercase UUID (see isValidId); hostile ids stop here.
    QString id(const QString &key);
    QString optionalId(const QString &key); // empty when missing or null
    int integer(const QString &key, int min = std::numeric_limits<int>::min(),
                int max = std::numeric_limits<int>::max());
    int optionalInteger(const QString &key, int fallback, int min = std::numeric_limits<int>::min(),
                        int max = std::numeric_limits<int>::max());
    std::optional<int> maybeInteger(const QString &key, int min = std::numeric_limits<int>::min(),
                                    int max = std::numeric_limits<int>::max());
    qint64 integer64(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    bool optionalBoolean(const QString &key, bool fallback);
    QDateTime time(const QString &key);
    QDateTime optionalTime(const QString &key); // invalid when missing
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QJsonArray optionalArray(const QString &key); // empty when missing
    QStringList stringList(const QString &key);
    QStringList optionalStringList(const QString &key);

    // An enum by wire name, through the enum's parse function; fallback when it is missing or bad.
    template<typename E, typename Parse>
    E enumValue(const QString &key, Parse parse, E fallback)
    {
        const std::optional<QJsonValue> value = typed(key, QJsonValue::String, u"a string", true);
        if (!value)
            return fallback;
        const Result<E> parsed = parse(value->toString());
        if (!parsed.ok()) {
            addError(key, parsed.error().message);
            return fallback;
        }
        return *parsed;
    }

    template<typename E, typename Parse>
    std::optional<E> optionalEnumValue(const QString &key, Parse parse)
    {
        if (!has(key))
            return std::nullopt;
        return enumValue(key, parse, E{});
    }

    // A nested object read by its own fromJson; its field errors come back under "key.".
    template<typename T, typename FromJson>
    std::optional<T> nested(const QString &key, FromJson fromJson, bool required)
    {
        if (!has(key)) {
            if (required)
                addError(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        const std::optional<QJsonValue> value = typed(key, QJsonValue::Object, u"an object", true);
        if (!value)
            return std::nullopt;
        Result<T> parsed = fromJson(value->toObject());
        if (!parsed.ok()) {
            absorb(key, parsed.error());
            return std::nullopt;
        }
        return std::move(*parsed);
    }

    // An array of objects, each read by fromJson; errors come back under "key[i].".
    template<typename T, typename FromJson>
    QList<T> objectList(const QString &key, FromJson fromJson, bool required)
    {
        QList<T> values;
        if (!has(key)) {
            if (required)
                addError(key, QStringLiteral("is required"));
            return values;
        }
        const QJsonArray elements = array(key);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QString path = elementPath(key, i);
            if (!elements.at(i).isObject()) {
                addError(path, QStringLiteral("must be an object"));
                continue;
            }
            Result<T> parsed = fromJson(elements.at(i).toObject());
            if (parsed.ok())
                values.append(std::move(*parsed));
            else
                absorb(path, parsed.error());
        }
        return values;
    }

    void addError(const QString &field, const QString &message);
    // Takes over a nested error, putting path in front of its field names.
    void absorb(const QString &path, const Error &error);

    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // A validation error "malformed <what>" carrying every field error.
    Error error(const QString &what) const;

    // The value if nothing went wrong, otherwise the collected errors.
    template<typename T>
    Result<T> finish(T value, const QString &what) const
    {
        if (!ok())
            return error(what);
        return value;
    }

    static QString elementPath(const QString &key, qsizetype index);

private:
    // The value of a present key of the wanted type, or an error and nothing.
    std::optional<QJsonValue> typed(const QString &key, QJsonValue::Type type, const char16_t *mustBe, bool required);

    QJsonObject m_object;
    QList<FieldError> m_errors;
};

} // namespace Chrysalis
