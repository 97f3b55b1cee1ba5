#include "core/io/labelstudio.h"

#include "core/domain/jsonreader.h"
#include "core/io/itemimport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

// The one context of this file's messages, declared so that lupdate files them where they are looked up.
struct LabelStudioText {
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::LabelStudio)
};

// Tags that only arrange or decorate the page, and the children of the controls we read.
const QSet<QString> kLayoutTags{u"View"_s,  u"Style"_s,  u"Filter"_s, u"Collapse"_s,
                                u"Panel"_s, u"Choice"_s, u"Label"_s,  u"Script"_s};
// Object tags whose data a Chrysalis worker sees as item data.
const QSet<QString> kShownObjects{u"Text"_s, u"HyperText"_s, u"Paragraphs"_s, u"Table"_s};
const QSet<QString> kSharedControls{u"Choices"_s, u"Rating"_s, u"TextArea"_s, u"Labels"_s, u"Pairwise"_s};
// Objects Chrysalis cannot show (media, documents, ranking lists).
const QSet<QString> kUnshownObjects{u"Image"_s, u"Audio"_s, u"AudioPlus"_s, u"Video"_s,    u"TimeSeries"_s, u"Pdf"_s,
                                    u"PDF"_s,   u"Chat"_s,  u"List"_s,      u"Markdown"_s, u"MultiItem"_s};

bool isTrue(const QString &attribute)
{
    return attribute.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// "$text" → "text"; empty for a literal value.
QString dataKeyOf(const QString &value)
{
    return value.startsWith(u'$') && value.size() > 1 ? value.mid(1) : QString();
}

// A Label Studio name as one of our field names: [a-z0-9_], at most kMaxFieldNameLength.
QString fieldNameFor(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        const char16_t unit = c.unicode();
        const bool plain = (unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9') || unit == u'_';
        result.append(plain ? c : QChar(u'_'));
    }
    if (result.isEmpty())
        result = u"field"_s;
    return result.left(kMaxFieldNameLength);
}

QString uniqueName(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u"_%1"_s.arg(n);
        const QString candidate = base.left(kMaxFieldNameLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

// The `config:` value of a Label Studio template (a small subset of YAML: block, quoted and plain
// scalars) and the line of the template its first line comes from.
struct TemplateConfig {
    QString xml;
    qint64 firstLine = 1;
};

Result<TemplateConfig> configFromTemplate(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(u"config:"_s))
            continue;
        const QString rest = lines.at(i).mid(7).trimmed();
        if (rest.startsWith(u'|') || rest.startsWith(u'>')) {
            QStringList block;
            qsizetype indent = -1;
            for (qsizetype k = i + 1; k < lines.size(); ++k) {
                QString line = lines.at(k);
                if (line.endsWith(u'\r'))
                    line.chop(1);
                if (line.trimmed().isEmpty()) {
                    block.append(QString());
                    continue;
                }
                if (!line.startsWith(u' '))
                    break;
                qsizetype spaces = 0;
                while (spaces < line.size() && line.at(spaces) == u' ')
                    ++spaces;
                if (indent < 0 || spaces < indent)
                    indent = spaces;
                block.append(line);
            }
            for (QString &line : block)
                line = line.mid(indent < 0 ? 0 : indent);
            return TemplateConfig{block.join(u'\n'), i + 2};
        }
        if (rest.startsWith(u'\'') || rest.startsWith(u'"')) {
            const QChar quote = rest.at(0);
            QString body = rest.mid(1);
            for (qsizetype k = i + 1; k < lines.size(); ++k)
                body += u'\n' + lines.at(k);
            QString value;
            for (qsizetype p = 0; p < body.size(); ++p) {
                const QChar c = body.at(p);
                if (c == quote) {
                    if (quote == u'\'' && p + 1 < body.size() && body.at(p + 1) == u'\'') {
                        value.append(c);
                        ++p;
                        continue;
                    }
                    return TemplateConfig{value, i + 1};
                }
                if (quote == u'"' && c == u'\\' && p + 1 < body.size()) {
                    const QChar escaped = body.at(++p);
                    value.append(escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped);
                    continue;
                }
                value.append(c);
            }
            return Error::validation(LabelStudioText::tr("the template's config: value has no closing quote"));
        }
        return TemplateConfig{rest, i + 1};
    }
    return Error::validation(
            LabelStudioText::tr("neither a labeling config (XML starting with <) nor a template with a config: key"));
}

// The data of a template's sample task: `<!-- {"data": {...}} -->` or a bare data object.
QJsonObject sampleDataOf(const QString &comment)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(comment.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    if (object.value(u"data"_s).isObject())
        return object.value(u"data"_s).toObject();
    return object;
}

QString describeTag(const QString &tag, const QString &name)
{
    return name.isEmpty() ? u"<%1>"_s.arg(tag) : u"<%1 name=\"%2\">"_s.arg(tag, name);
}

// A control tag as read, before its objects are resolved.
struct RawControl {
    QString tag;
    QString name;
    QString toName;
    QXmlStreamAttributes attributes;
    QList<std::pair<QString, QString>> options; // (value shown, alias stored)
    QString label;
    qint64 line = 0;
    bool conditional = false; // shown only under a visibleWhen condition
};

struct RawObject {
    QString tag;
    QString dataKey;
};

// The stable short id of one region of an exported result: Label Studio wants [A-Za-z0-9_-].
QString regionId(const QString &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(10));
}

QString sliceText(const QString &text, qsizetype start, qsizetype end)
{
    return text.mid(start, end - start);
}

bool splitsPair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() &&
           text.at(offset - 1).isHighSurrogate();
}

// Gathers the problems of one task file, like ItemImport: the first names the error.
class Problems
{
public:
    void add(const QString &where, const QString &message)
    {
        ++m_count;
        if (m_errors.size() < kMaxReportedImportErrors)
            m_errors.append({where, message});
    }
    bool isEmpty() const { return m_count == 0; }
    bool full() const { return m_errors.size() >= kMaxReportedImportErrors; }
    Error error() const
    {
        const FieldError &first = m_errors.first();
        QString message = first.field + u": "_s + first.message;
        if (m_count > 1)
            message += u' ' + (m_count == 2 ? LabelStudioText::tr("(and 1 more problem)")
                                            : LabelStudioText::tr("(and %1 more problems)").arg(m_count - 1));
        return Error::validation(message, m_errors);
    }

private:
    QList<FieldError> m_errors;
    int m_count = 0;
};

QString indexPath(const QString &path, qsizetype index)
{
    return path + u"[%1]"_s.arg(index);
}

// Reads one annotation or prediction object; problems go to `problems` under `path`.
std::optional<LabelStudioAnnotation> readAnnotation(const QJsonObject &json, const QString &path, Problems &problems)
{
    LabelStudioAnnotation annotation;
    bool ok = true;
    const auto fail = [&](const QString &key, const QString &message) {
        problems.add(path + u'.' + key, message);
        ok = false;
    };

    const QJsonValue id = json.value(u"id"_s);
    if (id.isString())
        annotation.id = id.toString();
    else if (const std::optional<qint64> number = jsonInteger(id))
        annotation.id = QString::number(*number);
    else if (!id.isUndefined() && !id.isNull())
        fail(u"id"_s, LabelStudioText::tr("must be a number or a string"));

    const QJsonValue user = json.value(u"completed_by"_s);
    if (user.isString()) {
        annotation.completedBy = user.toString();
    } else if (const std::optional<qint64> number = jsonInteger(user)) {
        annotation.completedBy = QString::number(*number);
    } else if (user.isObject()) {
        const QJsonObject object = user.toObject();
        const QString name =
                QString(object.value(u"first_name"_s).toString() + u' ' + object.value(u"last_name"_s).toString())
                        .trimmed();
        if (!object.value(u"email"_s).toString().isEmpty())
            annotation.completedBy = object.value(u"email"_s).toString();
        else if (!name.isEmpty())
            annotation.completedBy = name;
        else if (const std::optional<qint64> userId = jsonInteger(object.value(u"id"_s)))
            annotation.completedBy = QString::number(*userId);
    } else if (!user.isUndefined() && !user.isNull()) {
        fail(u"completed_by"_s, LabelStudioText::tr("must be a user id, a name or a user object"));
    }

    const QJsonValue created = json.value(u"created_at"_s);
    if (created.isString())
        annotation.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs).toUTC();
    else if (!created.isUndefined() && !created.isNull())
        fail(u"created_at"_s, LabelStudioText::tr("must be a date and time (a string)"));

    const QJsonValue lead = json.value(u"lead_time"_s);
    if (lead.isDouble() && std::isfinite(lead.toDouble()) && lead.toDouble() >= 0)
        annotation.leadTime = lead.toDouble();
    else if (!lead.isUndefined() && !lead.isNull())
        fail(u"lead_time"_s, LabelStudioText::tr("must be a number of seconds"));

    for (const QString &key : {u"was_cancelled"_s, u"ground_truth"_s}) {
        const QJsonValue flag = json.value(key);
        if (!flag.isUndefined() && !flag.isNull() && !flag.isBool())
            fail(key, LabelStudioText::tr("must be true or false"));
    }
    annotation.wasCancelled = json.value(u"was_cancelled"_s).toBool();
    annotation.groundTruth = json.value(u"ground_truth"_s).toBool();
    annotation.modelVersion = json.value(u"model_version"_s).toVariant().toString();

    const QJsonValue meta = json.value(u"meta"_s);
    if (meta.isObject())
        annotation.meta = meta.toObject();

    const QJsonValue result = json.value(u"result"_s);
    if (result.isArray()) {
        const QJsonArray items = result.toArray();
        if (items.size() > kMaxLabelStudioResultsPerAnnotation)
            fail(u"result"_s, LabelStudioText::tr("holds %1 results; at most %2 are read")
                                      .arg(items.size())
                                      .arg(kMaxLabelStudioResultsPerAnnotation));
        for (qsizetype i = 0; i < items.size() && ok; ++i) {
            const QString itemPath = indexPath(u"result"_s, i);
            if (!items.at(i).isObject()) {
                fail(itemPath, LabelStudioText::tr("must be an object"));
                continue;
            }
            const QJsonObject item = items.at(i).toObject();
            if (!item.value(u"type"_s).isString()) {
                fail(itemPath + u".type"_s, LabelStudioText::tr("must be the result type (a string)"));
                continue;
            }
            if (item.value(u"type"_s).toString() == u"relation")
                continue;
            if (!item.value(u"from_name"_s).isString())
                fail(itemPath + u".from_name"_s, LabelStudioText::tr("must be the name of a control (a string)"));
            if (!item.value(u"value"_s).isObject())
                fail(itemPath + u".value"_s, LabelStudioText::tr("must be an object"));
        }
        annotation.result = items;
    } else if (!result.isUndefined() && !result.isNull()) {
        fail(u"result"_s, LabelStudioText::tr("must be a list of results"));
    }
    if (!ok)
        return std::nullopt;
    return annotation;
}

// Reads `annotations` or `predictions` of one task. Predictions given only as ids are skipped.
QList<LabelStudioAnnotation> readAnnotations(const QJsonObject &task, const QString &key, const QString &path,
                                             Problems &problems)
{
    QList<LabelStudioAnnotation> annotations;
    const QJsonValue value = task.value(key);
    if (value.isUndefined() || value.isNull())
        return annotations;
    const QString listPath = path + u'.' + key;
    if (!value.isArray()) {
        problems.add(listPath, LabelStudioText::tr("must be a list"));
        return annotations;
    }
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxLabelStudioAnnotationsPerTask) {
        problems.add(listPath, LabelStudioText::tr("holds %1 entries; a task may have at most %2")
                                       .arg(list.size())
                                       .arg(kMaxLabelStudioAnnotationsPerTask));
        return annotations;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString entryPath = indexPath(listPath, i);
        if (key == u"predictions" && jsonInteger(list.at(i)))
            continue;
        if (!list.at(i).isObject()) {
            problems.add(entryPath, LabelStudioText::tr("must be an object"));
            continue;
        }
        if (std::optional<LabelStudioAnnotation> annotation =
                    readAnnotation(list.at(i).toObject(), entryPath, problems))
            annotations.append(*annotation);
    }
    return annotations;
}

std::optional<LabelStudioTask> readTask(const QJsonValue &value, const QString &path, Problems &problems)
{
    if (!value.isObject()) {
        problems.add(path, LabelStudioText::tr("must be a task object"));
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    LabelStudioTask task;
    const QJsonValue data = json.value(u"data"_s);
    if (data.isUndefined()) {
        task.data = json; // a bare data object
    } else if (!data.isObject()) {
        problems.add(path + u".data"_s, LabelStudioText::tr("must be an object of item data"));
        return std::nullopt;
    } else {
        task.data = data.toObject();
        task.id = jsonInteger(json.value(u"id"_s));
        task.meta = json.value(u"meta"_s).toObject();
        task.annotations = readAnnotations(json, u"annotations"_s, path, problems);
        task.predictions = readAnnotations(json, u"predictions"_s, path, problems);
    }
    if (const Status check = ItemImport::checkItemData(task.data); !check) {
        problems.add(path + u".data"_s, check.error().message);
        return std::nullopt;
    }
    return task;
}

// "line 3, column 7" of a byte offset.
QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return LabelStudioText::tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

std::optional<qsizetype> codePointOffset(const QString &text, qsizetype offset)
{
    if (offset < 0 || offset > text.size() || splitsPair(text, offset))
        return std::nullopt;
    qsizetype points = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

std::optional<qsizetype> utf16Offset(const QString &text, qsizetype offset)
{
    if (offset < 0)
        return std::nullopt;
    qsizetype units = 0;
    for (qsizetype points = 0; points < offset; ++points) {
        if (units >= text.size())
            return std::nullopt;
        const bool pair =
                text.at(units).isHighSurrogate() && units + 1 < text.size() && text.at(units + 1).isLowSurrogate();
        units += pair ? 2 : 1;
    }
    return units;
}

QString LabelStudioUnsupportedTag::describe() const
{
    return LabelStudioText::tr("line %1: %2: %3").arg(line).arg(describeTag(tag, name), reason);
}

// Reads the XML of a labeling config into a LabelStudioConfig.
class LabelStudioConfigReader
{
public:
    static Result<LabelStudioConfig> read(const QString &xml, qint64 lineOffset)
    {
        LabelStudioConfigReader reader(lineOffset);
        if (const Status status = reader.scan(xml); !status)
            return status.error();
        return reader.resolve(xml);
    }

private:
    explicit LabelStudioConfigReader(qint64 lineOffset) : m_lineOffset(lineOffset) { }

    qint64 lineOf(const QXmlStreamReader &xml) const { return xml.lineNumber() + m_lineOffset - 1; }

    void unsupported(const QString &tag, const QString &name, qint64 line, const QString &reason)
    {
        m_config.m_unsupported.append({tag, name, line, reason});
    }

    void showKey(const QString &key)
    {
        if (!key.isEmpty() && !m_config.m_dataKeys.contains(key))
            m_config.m_dataKeys.append(key);
    }

    Status scan(const QString &text)
    {
        QXmlStreamReader xml(text);
        int depth = 0;
        int elements = 0;
        QString pendingHeader;
        QList<int> conditionalDepths; // depths of the open layout tags shown only under a condition
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                return Error::validation(
                        LabelStudioText::tr("line %1: the labeling config declares a DTD; entities are not accepted")
                                .arg(lineOf(xml)));
            if (token == QXmlStreamReader::EntityReference)
                return Error::validation(
                        LabelStudioText::tr("line %1: the labeling config uses an entity (&%2;), which is not accepted")
                                .arg(lineOf(xml))
                                .arg(xml.name().toString()));
            if (token == QXmlStreamReader::Comment) {
                if (m_config.m_sampleData.isEmpty())
                    m_config.m_sampleData = sampleDataOf(xml.text().toString());
                continue;
            }
            if (token == QXmlStreamReader::EndElement) {
                if (!conditionalDepths.isEmpty() && conditionalDepths.last() == depth)
                    conditionalDepths.removeLast();
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            if (depth > kMaxLabelStudioConfigDepth)
                return Error::validation(LabelStudioText::tr("line %1: the labeling config nests deeper than %2")
                                                 .arg(lineOf(xml))
                                                 .arg(kMaxLabelStudioConfigDepth));
            if (++elements > kMaxLabelStudioConfigElements)
                return Error::validation(LabelStudioText::tr("the labeling config has more than %1 tags")
                                                 .arg(kMaxLabelStudioConfigElements));

            const QString tag = xml.name().toString();
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString name = attributes.value(u"name"_s).toString();
            const qint64 line = lineOf(xml);
            if (tag == u"Header") {
                const QString value = attributes.value(u"value"_s).toString();
                if (!dataKeyOf(value).isEmpty()) {
                    showKey(dataKeyOf(value));
                    --depth;
                    xml.skipCurrentElement();
                    continue;
                }
                if (value.isEmpty()) {
                    pendingHeader = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                } else {
                    pendingHeader = value.simplified();
                    xml.skipCurrentElement();
                }
                --depth;
                continue;
            }
            if (kLayoutTags.contains(tag)) {
                if (attributes.hasAttribute(u"visibleWhen"_s))
                    conditionalDepths.append(depth);
                continue;
            }
            if (kShownObjects.contains(tag)) {
                m_objects.insert(name, {tag, dataKeyOf(attributes.value(u"value"_s).toString())});
                m_objectOrder.append(name);
                showKey(dataKeyOf(attributes.value(u"value"_s).toString()));
                --depth;
                xml.skipCurrentElement();
                continue;
            }
            if (kSharedControls.contains(tag)) {
                const bool conditional = !conditionalDepths.isEmpty() || attributes.hasAttribute(u"visibleWhen"_s);
                RawControl control{tag,  name,       attributes.value(u"toName"_s).toString(), attributes, {}, {},
                                   line, conditional};
                if (!pendingHeader.isEmpty()) {
                    control.label = pendingHeader;
                    pendingHeader.clear();
                }
                if (const Status status = readOptions(xml, control, depth); !status)
                    return status;
                --depth;
                m_controls.append(control);
                continue;
            }
            if (kUnshownObjects.contains(tag))
                unsupported(tag, name, line, LabelStudioText::tr("an object Chrysalis cannot show"));
            else
                unsupported(tag, name, line, LabelStudioText::tr("a tag with no counterpart in Chrysalis forms"));
            --depth;
            xml.skipCurrentElement();
        }
        if (xml.hasError())
            return Error::validation(
                    LabelStudioText::tr("line %1, column %2: the labeling config is not well-formed XML (%3)")
                            .arg(lineOf(xml))
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
        if (elements == 0)
            return Error::validation(LabelStudioText::tr("the labeling config has no tags"));
        return {};
    }

    // Reads the Choice or Label children of a control up to its end tag.
    Status readOptions(QXmlStreamReader &xml, RawControl &control, int depth)
    {
        int level = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (level == 0)
                    return {};
                --level;
                continue;
            }
            if (token == QXmlStreamReader::EntityReference)
                return Error::validation(
                        LabelStudioText::tr("line %1: the labeling config uses an entity (&%2;), which is not accepted")
                                .arg(lineOf(xml))
                                .arg(xml.name().toString()));
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++level;
            if (depth + level > kMaxLabelStudioConfigDepth)
                return Error::validation(LabelStudioText::tr("line %1: the labeling config nests deeper than %2")
                                                 .arg(lineOf(xml))
                                                 .arg(kMaxLabelStudioConfigDepth));
            const QString tag = xml.name().toString();
            if (tag == u"Choice" || tag == u"Label")
                control.options.append(
                        {xml.attributes().value(u"value"_s).toString(), xml.attributes().value(u"alias"_s).toString()});
        }
        return {};
    }

    Result<LabelStudioConfig> resolve(const QString &xml)
    {
        QList<FormField> fields;
        QSet<QString> taken;
        for (const RawControl &raw : std::as_const(m_controls)) {
            const auto refuse = [&](const QString &reason) { unsupported(raw.tag, raw.name, raw.line, reason); };
            if (raw.name.isEmpty()) {
                refuse(LabelStudioText::tr("has no name"));
                continue;
            }
            if (isTrue(raw.attributes.value(u"perRegion"_s).toString())) {
                refuse(LabelStudioText::tr("asks for one answer per region, which Chrysalis forms do not have"));
                continue;
            }
            FormField field;
            field.name = uniqueName(fieldNameFor(raw.name), taken);
            field.label = raw.label.isEmpty() ? raw.name : raw.label;
            // A control shown only under a condition cannot be required whenever the form is shown.
            field.required = isTrue(raw.attributes.value(u"required"_s).toString()) && !raw.conditional;
            LabelStudioControl control{field.name, raw.name, raw.tag.toLower(), {}, {}};
            const QStringList toNames = raw.toName.split(u',', Qt::SkipEmptyParts);
            for (const QString &toName : toNames)
                control.toNames.append(toName.trimmed());

            if (raw.tag == u"Choices") {
                if (raw.attributes.hasAttribute(u"value"_s)) {
                    refuse(LabelStudioText::tr("takes its choices from the item data, which Chrysalis forms cannot"));
                    continue;
                }
                field.kind = raw.attributes.value(u"choice"_s) == u"multiple" ? FieldKind::MultiChoice
                                                                              : FieldKind::SingleChoice;
                for (const auto &[value, alias] : raw.options)
                    field.options.append({alias.isEmpty() ? value : alias, value});
                if (field.options.size() < 2) {
                    refuse(LabelStudioText::tr("has fewer than 2 choices"));
                    continue;
                }
            } else if (raw.tag == u"Rating") {
                field.kind = FieldKind::Rating;
                const QString max = raw.attributes.value(u"maxRating"_s).toString();
                bool ok = true;
                field.ratingMax = max.isEmpty() ? 5 : max.toInt(&ok);
                if (!ok || field.ratingMax < 2 || field.ratingMax > kMaxRatingSteps + 1) {
                    refuse(LabelStudioText::tr("has a maxRating that is not a whole number from 2 to %1")
                                   .arg(kMaxRatingSteps + 1));
                    continue;
                }
            } else if (raw.tag == u"TextArea") {
                field.kind = FieldKind::Text;
            } else if (raw.tag == u"Labels") {
                field.kind = FieldKind::Spans;
                const RawObject object = m_objects.value(control.toNames.value(0));
                if (control.toNames.size() != 1 || object.tag != u"Text" || object.dataKey.isEmpty()) {
                    refuse(LabelStudioText::tr("labels something other than one Text bound to item data ($key)"));
                    continue;
                }
                field.sourceKey = object.dataKey;
                control.sourceKey = object.dataKey;
                for (const auto &[value, alias] : raw.options)
                    field.spanLabels.append(alias.isEmpty() ? value : alias);
                if (field.spanLabels.isEmpty()) {
                    refuse(LabelStudioText::tr("has no labels"));
                    continue;
                }
            } else if (raw.tag == u"Pairwise") {
                field.kind = FieldKind::Pairwise;
                if (control.toNames.size() != 2) {
                    refuse(LabelStudioText::tr("does not compare exactly two objects"));
                    continue;
                }
            }
            if (control.toNames.isEmpty() && !m_objectOrder.isEmpty())
                control.toNames.append(m_objectOrder.first());
            taken.insert(field.name);
            fields.append(field);
            m_config.m_controls.append(control);
        }
        std::stable_sort(m_config.m_unsupported.begin(), m_config.m_unsupported.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        m_config.m_form = AnswerForm(fields);
        if (!fields.isEmpty()) {
            if (const Status status = m_config.m_form.validateDefinition(); !status)
                return status.error();
        }
        m_config.m_xml = xml;
        return m_config;
    }

    qint64 m_lineOffset = 0;
    LabelStudioConfig m_config;
    QList<RawControl> m_controls;
    QHash<QString, RawObject> m_objects;
    QStringList m_objectOrder;
};

Result<LabelStudioConfig> LabelStudioConfig::parse(const QString &text)
{
    if (text.size() > kMaxLabelStudioConfigChars)
        return Error{ErrorCode::LimitExceeded,
                     LabelStudioText::tr("the labeling config has %1 characters; at most %2 are read")
                             .arg(text.size())
                             .arg(kMaxLabelStudioConfigChars),
                     {}};
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    if (body.trimmed().startsWith(u'<'))
        return LabelStudioConfigReader::read(body, 1);
    auto extracted = configFromTemplate(body);
    if (!extracted)
        return extracted.error();
    return LabelStudioConfigReader::read(extracted->xml, extracted->firstLine);
}

Result<LabelStudioConfig> LabelStudioConfig::fromForm(const AnswerForm &form, const QStringList &shownKeys)
{
    if (const Status status = form.validateDefinition(); !status)
        return status.error();
    QStringList keys = shownKeys;
    for (const FormField &field : form.fields()) {
        if (field.kind == FieldKind::Correction)
            return Error::validation(
                    LabelStudioText::tr("Label Studio has no control for the correction field \"%1\"").arg(field.name));
        if (field.kind == FieldKind::Rating && field.ratingMin != 1)
            return Error::validation(
                    LabelStudioText::tr("Label Studio ratings start at 1, the rating field \"%1\" at %2")
                            .arg(field.name)
                            .arg(field.ratingMin));
        if (field.kind == FieldKind::Spans && !keys.contains(field.sourceKey))
            keys.append(field.sourceKey);
        if (field.kind == FieldKind::Pairwise && shownKeys.size() < 2)
            return Error::validation(
                    LabelStudioText::tr(
                            "the pairwise field \"%1\" compares the last two shown keys, but fewer are shown")
                            .arg(field.name));
    }
    if (keys.isEmpty())
        return Error::validation(
                LabelStudioText::tr("a Label Studio config must show at least one key of the item data"));

    QString text;
    QXmlStreamWriter writer(&text);
    writer.setAutoFormatting(true);
    writer.writeStartElement(u"View"_s);
    for (const QString &key : std::as_const(keys)) {
        writer.writeEmptyElement(u"Text"_s);
        writer.writeAttribute(u"name"_s, key);
        writer.writeAttribute(u"value"_s, u'$' + key);
    }
    for (const FormField &field : form.fields()) {
        if (!field.label.isEmpty()) {
            writer.writeEmptyElement(u"Header"_s);
            writer.writeAttribute(u"value"_s, field.label);
        }
        const auto start = [&](const QString &tag, const QString &toName) {
            writer.writeStartElement(tag);
            writer.writeAttribute(u"name"_s, field.name);
            writer.writeAttribute(u"toName"_s, toName);
            if (field.required)
                writer.writeAttribute(u"required"_s, u"true"_s);
        };
        switch (field.kind) {
        case FieldKind::SingleChoice:
        case FieldKind::MultiChoice:
            start(u"Choices"_s, keys.first());
            writer.writeAttribute(u"choice"_s, field.kind == FieldKind::MultiChoice ? u"multiple"_s : u"single"_s);
            for (const FormOption &option : field.options) {
                writer.writeEmptyElement(u"Choice"_s);
                writer.writeAttribute(u"value"_s, option.label.isEmpty() ? option.value : option.label);
                if (!option.label.isEmpty() && option.label != option.value)
                    writer.writeAttribute(u"alias"_s, option.value);
            }
            break;
        case FieldKind::Rating:
            start(u"Rating"_s, keys.first());
            writer.writeAttribute(u"maxRating"_s, QString::number(field.ratingMax));
            break;
        case FieldKind::Text:
            start(u"TextArea"_s, keys.first());
            break;
        case FieldKind::Spans:
            start(u"Labels"_s, field.sourceKey);
            for (const QString &label : field.spanLabels) {
                writer.writeEmptyElement(u"Label"_s);
                writer.writeAttribute(u"value"_s, label);
            }
            break;
        case FieldKind::Pairwise:
            start(u"Pairwise"_s, shownKeys.at(shownKeys.size() - 2) + u',' + shownKeys.last());
            break;
        case FieldKind::Correction:
            break;
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    return parse(text);
}

const LabelStudioControl *LabelStudioConfig::controlForField(const QString &fieldName) const
{
    for (const LabelStudioControl &control : m_controls) {
        if (control.fieldName == fieldName)
            return &control;
    }
    return nullptr;
}

Status LabelStudioConfig::requireSupported() const
{
    QList<FieldError> errors;
    for (const LabelStudioUnsupportedTag &tag : m_unsupported)
        errors.append(
                {LabelStudioText::tr("line %1").arg(tag.line), describeTag(tag.tag, tag.name) + u": "_s + tag.reason});
    if (!errors.isEmpty()) {
        QStringList tags;
        for (const LabelStudioUnsupportedTag &tag : m_unsupported)
            tags.append(describeTag(tag.tag, tag.name));
        return Error::validation(
                LabelStudioText::tr("the labeling config has tags Chrysalis cannot take: %1").arg(tags.join(u", "_s)),
                errors);
    }
    if (m_form.fields().isEmpty())
        return Error::validation(LabelStudioText::tr("the labeling config has no control Chrysalis can take"));
    return {};
}

LabelStudioAnswer LabelStudioConfig::answerFromResults(const QJsonArray &results, const QJsonObject &data,
                                                       const QJsonObject &meta) const
{
    LabelStudioAnswer answer;
    QHash<QString, QJsonArray> spans;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString type = result.value(u"type"_s).toString();
        const QString fromName = result.value(u"from_name"_s).toString();
        const QString where = u"result[%1]"_s.arg(i);
        const auto skip = [&](const QString &reason) { answer.skipped.append(where + u": "_s + reason); };
        if (type == u"relation") {
            skip(LabelStudioText::tr("relations have no counterpart in Chrysalis answers"));
            continue;
        }
        const LabelStudioControl *control = nullptr;
        for (const LabelStudioControl &candidate : m_controls) {
            if (candidate.fromName == fromName)
                control = &candidate;
        }
        if (!control) {
            skip(LabelStudioText::tr("\"%1\" is not a control of this config").arg(fromName));
            continue;
        }
        if (control->type != type) {
            skip(LabelStudioText::tr("a %1 result for the %2 control \"%3\"").arg(type, control->type, fromName));
            continue;
        }
        const FormField *field = m_form.field(control->fieldName);
        const QJsonObject value = result.value(u"value"_s).toObject();
        if (type == u"choices") {
            const QJsonArray choices = value.value(u"choices"_s).toArray();
            if (field->kind == FieldKind::MultiChoice)
                answer.fields.insert(field->name, choices);
            else if (choices.size() == 1)
                answer.fields.insert(field->name, choices.first());
            else
                skip(LabelStudioText::tr("%1 choices for the single choice \"%2\"").arg(choices.size()).arg(fromName));
        } else if (type == u"rating") {
            answer.fields.insert(field->name, value.value(u"rating"_s));
        } else if (type == u"textarea") {
            const QJsonValue text = value.value(u"text"_s);
            if (text.isString()) {
                answer.fields.insert(field->name, text);
            } else {
                QStringList lines;
                for (const QJsonValue &line : text.toArray())
                    lines.append(line.toString());
                answer.fields.insert(field->name, lines.join(u'\n'));
            }
        } else if (type == u"pairwise") {
            const QString selected = value.value(u"selected"_s).toString();
            if (selected == u"left" || selected == u"right")
                answer.fields.insert(field->name, QJsonObject{{u"choice"_s, selected == u"left" ? u"a"_s : u"b"_s}});
            else
                skip(LabelStudioText::tr("\"%1\" is neither left nor right").arg(selected));
        } else if (type == u"labels") {
            const QString source = data.value(control->sourceKey).toString();
            const std::optional<qint64> start = jsonInteger(value.value(u"start"_s));
            const std::optional<qint64> end = jsonInteger(value.value(u"end"_s));
            if (!start || !end) {
                skip(LabelStudioText::tr("a span without whole-number start and end"));
                continue;
            }
            // Label Studio documents code points; its browser has written UTF-16 units. The quoted text decides.
            const std::optional<qsizetype> pointStart = utf16Offset(source, *start);
            const std::optional<qsizetype> pointEnd = utf16Offset(source, *end);
            const bool pointsValid = pointStart && pointEnd && *pointStart < *pointEnd;
            const bool unitsValid = *start >= 0 && *start < *end && *end <= source.size() &&
                                    !splitsPair(source, *start) && !splitsPair(source, *end);
            std::optional<std::pair<qsizetype, qsizetype>> range;
            if (value.value(u"text"_s).isString()) {
                const QString quoted = value.value(u"text"_s).toString();
                if (pointsValid && sliceText(source, *pointStart, *pointEnd) == quoted)
                    range = std::pair{*pointStart, *pointEnd};
                else if (unitsValid && sliceText(source, *start, *end) == quoted)
                    range = std::pair{static_cast<qsizetype>(*start), static_cast<qsizetype>(*end)};
                else {
                    skip(LabelStudioText::tr("the span %1–%2 quotes \"%3\", which is not the text there")
                                 .arg(*start)
                                 .arg(*end)
                                 .arg(quoted));
                    continue;
                }
            } else if (pointsValid) {
                range = std::pair{*pointStart, *pointEnd};
            } else {
                skip(LabelStudioText::tr("the span %1–%2 lies outside the text").arg(*start).arg(*end));
                continue;
            }
            for (const QJsonValue &label : value.value(u"labels"_s).toArray())
                spans[field->name].append(
                        QJsonObject{{u"start"_s, range->first}, {u"end"_s, range->second}, {u"label"_s, label}});
        } else {
            skip(LabelStudioText::tr("a %1 result has no counterpart in Chrysalis answers").arg(type));
        }
    }
    for (auto it = spans.constBegin(); it != spans.constEnd(); ++it)
        answer.fields.insert(it.key(), it.value());
    // What our own export kept in meta because Label Studio cannot hold it.
    const QJsonObject pairwise = meta.value(u"pairwise"_s).toObject();
    for (auto it = pairwise.constBegin(); it != pairwise.constEnd(); ++it) {
        const FormField *field = m_form.field(it.key());
        if (field && field->kind == FieldKind::Pairwise && it.value().isObject())
            answer.fields.insert(it.key(), it.value());
    }
    answer.problems = m_form.validateAnswer(answer.fields, data);
    return answer;
}

QJsonArray LabelStudioConfig::resultsFromAnswer(const QJsonObject &fields, const QJsonObject &data,
                                                const QString &id) const
{
    QJsonArray results;
    for (const LabelStudioControl &control : m_controls) {
        const FormField *field = m_form.field(control.fieldName);
        const QJsonValue value = fields.value(control.fieldName);
        if (!field || value.isUndefined() || value.isNull())
            continue;
        const auto append = [&](const QString &toName, const QJsonObject &payload, int index) {
            results.append(QJsonObject{
                    {u"id"_s, regionId(id + u'/' + control.fieldName + u'/' + QString::number(index))},
                    {u"from_name"_s, control.fromName},
                    {u"to_name"_s, toName},
                    {u"type"_s, control.type},
                    {u"value"_s, payload},
                    {u"origin"_s, u"manual"_s},
            });
        };
        const QString toName = control.toNames.value(0);
        switch (field->kind) {
        case FieldKind::SingleChoice:
            append(toName, {{u"choices"_s, QJsonArray{value}}}, 0);
            break;
        case FieldKind::MultiChoice:
            append(toName, {{u"choices"_s, value.toArray()}}, 0);
            break;
        case FieldKind::Rating:
            append(toName, {{u"rating"_s, value}}, 0);
            break;
        case FieldKind::Text:
            append(toName, {{u"text"_s, QJsonArray{value}}}, 0);
            break;
        case FieldKind::Pairwise: {
            const QString choice = value.toObject().value(u"choice"_s).toString();
            if (choice == u"a" || choice == u"b") // Label Studio's own quirk: to_name is the control itself
                append(control.fromName, {{u"selected"_s, choice == u"a" ? u"left"_s : u"right"_s}}, 0);
            break;
        }
        case FieldKind::Spans: {
            const QString source = data.value(control.sourceKey).toString();
            const QJsonArray spans = value.toArray();
            for (qsizetype i = 0; i < spans.size(); ++i) {
                const QJsonObject span = spans.at(i).toObject();
                const qsizetype start = span.value(u"start"_s).toInteger();
                const qsizetype end = span.value(u"end"_s).toInteger();
                const std::optional<qsizetype> pointStart = codePointOffset(source, start);
                const std::optional<qsizetype> pointEnd = codePointOffset(source, end);
                if (!pointStart || !pointEnd)
                    continue;
                append(toName,
                       {{u"start"_s, *pointStart},
                        {u"end"_s, *pointEnd},
                        {u"text"_s, sliceText(source, start, end)},
                        {u"labels"_s, QJsonArray{span.value(u"label"_s)}}},
                       static_cast<int>(i));
            }
            break;
        }
        case FieldKind::Correction:
            break;
        }
    }
    return results;
}

Result<QList<LabelStudioTask>> LabelStudioTasks::parse(const QByteArray &json)
{
    if (json.size() > kMaxItemFileBytes)
        return Error{ErrorCode::LimitExceeded,
                     LabelStudioText::tr("the file is %1 bytes; a task file may have at most %2")
                             .arg(json.size())
                             .arg(kMaxItemFileBytes),
                     {}};
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::validation(LabelStudioText::tr("%1: not valid JSON (%2)")
                                         .arg(lineAndColumn(bytes, parseError.offset), parseError.errorString()),
                                 {{lineAndColumn(bytes, parseError.offset), parseError.errorString()}});

    QList<LabelStudioTask> tasks;
    Problems problems;
    if (document.isObject()) {
        if (std::optional<LabelStudioTask> task = readTask(document.object(), u"task"_s, problems))
            tasks.append(*task);
    } else {
        const QJsonArray list = document.array();
        if (list.size() > kMaxImportedItems)
            return Error{ErrorCode::LimitExceeded,
                         LabelStudioText::tr("the file has more than %1 tasks, the most one task may hold as items")
                                 .arg(kMaxImportedItems),
                         {}};
        for (qsizetype i = 0; i < list.size() && !problems.full(); ++i) {
            if (std::optional<LabelStudioTask> task = readTask(list.at(i), u"[%1]"_s.arg(i), problems))
                tasks.append(*task);
        }
    }
    if (!problems.isEmpty())
        return problems.error();
    if (tasks.isEmpty())
        return Error::validation(LabelStudioText::tr("the file holds no tasks"));
    return tasks;
}

Result<QList<LabelStudioTask>> LabelStudioTasks::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(LabelStudioText::tr("%1 could not be opened: %2").arg(path, file.errorString()));
    if (file.size() > kMaxItemFileBytes)
        return Error{ErrorCode::LimitExceeded,
                     LabelStudioText::tr("the file is %1 bytes; a task file may have at most %2")
                             .arg(file.size())
                             .arg(kMaxItemFileBytes),
                     {}};
    const QByteArray bytes = file.read(kMaxItemFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::storage(LabelStudioText::tr("%1 could not be read: %2").arg(path, file.errorString()));
    return parse(bytes);
}

bool LabelStudioTasks::looksLikeTaskFile(const QByteArray &bytes)
{
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    rest = rest.trimmed();
    if (rest.startsWith('['))
        return true;
    if (!rest.startsWith('{'))
        return false;
    // One task object spread over lines, as Label Studio writes it; a JSONL file has one object per line.
    const QJsonDocument document = QJsonDocument::fromJson(rest.toByteArray());
    return document.isObject() && rest.contains('\n') && document.object().value(u"data"_s).isObject();
}

QJsonArray LabelStudioExport::tasks(const LabelStudioConfig &config, const QList<LabelStudioExportItem> &items)
{
    QJsonArray tasks;
    for (const LabelStudioExportItem &item : items) {
        QJsonArray annotations;
        for (const LabelStudioExportAnswer &answer : item.answers) {
            QJsonObject meta{{u"answer_id"_s, answer.answerId}, {u"revision_id"_s, answer.revisionId}};
            QJsonObject pairwise;
            for (const FormField &field : config.form().fields()) {
                if (field.kind == FieldKind::Pairwise && answer.fields.value(field.name).isObject())
                    pairwise.insert(field.name, answer.fields.value(field.name));
            }
            if (!pairwise.isEmpty())
                meta.insert(u"pairwise"_s, pairwise);
            const QString time = wireTime(answer.submittedAt);
            annotations.append(QJsonObject{
                    {u"completed_by"_s, answer.workerPseudonym},
                    {u"created_at"_s, time},
                    {u"updated_at"_s, time},
                    {u"lead_time"_s, answer.secondsSpent},
                    {u"was_cancelled"_s, false},
                    {u"ground_truth"_s, false},
                    {u"result"_s, config.resultsFromAnswer(answer.fields, item.data, answer.answerId)},
                    {u"meta"_s, meta},
            });
        }
        tasks.append(QJsonObject{
                {u"data"_s, item.data},
                {u"meta"_s, QJsonObject{{u"item_id"_s, item.itemId}}},
                {u"annotations"_s, annotations},
                {u"predictions"_s, QJsonArray()},
        });
    }
    return tasks;
}

QByteArray LabelStudioExport::toJson(const LabelStudioConfig &config, const QList<LabelStudioExportItem> &items)
{
    return QJsonDocument(tasks(config, items)).toJson(QJsonDocument::Indented);
}

} // namespace Chrysalis
