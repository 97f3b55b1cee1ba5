#include "ui/work/trainingfeedback.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString optionLabel(const QJsonObject &field, const QString &value)
{
    for (const QJsonValue &option : field.value(u"options"_s).toArray()) {
        const QJsonObject object = option.toObject();
        if (object.value(u"value"_s).toString() == value) {
            const QString label = object.value(u"label"_s).toString();
            return label.isEmpty() ? value : label;
        }
    }
    return value;
}

QJsonObject formField(const QJsonObject &revision, const QString &name)
{
    for (const QJsonValue &field : revision.value(u"form"_s).toArray()) {
        if (field.toObject().value(u"name"_s).toString() == name)
            return field.toObject();
    }
    return {};
}

} // namespace

QString TrainingFeedback::valueText(const QJsonObject &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("(no answer)");
    if (value.isString())
        return optionLabel(field, value.toString());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray()) {
            if (part.isObject()) {
                const QJsonObject span = part.toObject();
                parts.append(tr("%1 (%2–%3)")
                                     .arg(span.value(u"label"_s).toString())
                                     .arg(span.value(u"start"_s).toInt())
                                     .arg(span.value(u"end"_s).toInt()));
            } else {
                parts.append(optionLabel(field, part.toString()));
            }
        }
        return parts.isEmpty() ? tr("(none)") : parts.join(u", "_s);
    }
    const QJsonObject object = value.toObject();
    if (object.contains(u"choice"_s))
        return object.value(u"choice"_s).toString();
    return tr("(an answer)");
}

QString TrainingFeedback::text(const QJsonObject &revision, const QJsonObject &fields, const QJsonObject &training)
{
    const bool correct = training.value(u"correct"_s).toBool();
    QStringList lines;
    lines.append(correct ? tr("Training item: your answer was right.")
                         : tr("Training item: your answer differs from the expected one."));
    const QJsonObject expected = training.value(u"expected"_s).toObject();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject field = formField(revision, it.key());
        const QString label =
                field.value(u"label"_s).toString().isEmpty() ? it.key() : field.value(u"label"_s).toString();
        lines.append(tr("%1 — expected: %2; yours: %3")
                             .arg(label, valueText(field, it.value()), valueText(field, fields.value(it.key()))));
    }
    if (!correct)
        lines.append(tr("Training items are not scored: they show what the requester expects."));
    return lines.join(u'\n');
}

} // namespace Chrysalis
