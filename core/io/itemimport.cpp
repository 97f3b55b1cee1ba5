#include "core/io/itemimport.h"

#include "core/io/labelstudio.h"
#include "core/quality/delimitedtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

// The one context of this file's messages, declared so that lupdate files them where they are looked up.
struct ItemImportText {
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::ItemImport)
};

// Gathers the problems of one file: the first names the error, up to kMaxReportedImportErrors are listed.
class Problems
{
public:
    void add(int line, const QString &message)
    {
        ++m_count;
        if (m_errors.size() < kMaxReportedImportErrors)
            m_errors.append({ItemImportText::tr("line %1").arg(line), message});
    }
    void addFile(const QString &message)
    {
        ++m_count;
        m_errors.append({ItemImportText::tr("file"), message});
    }
    bool isEmpty() const { return m_count == 0; }
    bool full() const { return m_errors.size() >= kMaxReportedImportErrors; }

    Error error() const
    {
        const FieldError &first = m_errors.first();
        QString message = first.field + u": "_s + first.message;
        if (m_count > 1)
            message += u' ' + (m_count == 2 ? ItemImportText::tr("(and 1 more problem)")
                                            : ItemImportText::tr("(and %1 more problems)").arg(m_count - 1));
        return Error::validation(message, m_errors);
    }

private:
    QList<FieldError> m_errors;
    int m_count = 0;
};

// What the marketplace refuses to store: NUL, Unicode noncharacters and lone surrogates.
bool isStorable(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= size || !text.at(i + 1).isLowSurrogate())
                return false;
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if ((code & 0xFFFE) == 0xFFFE)
                return false;
            ++i;
            continue;
        }
        if (c.isLowSurrogate())
            return false;
        const char16_t unit = c.unicode();
        if ((unit >= 0xFDD0 && unit <= 0xFDEF) || unit == 0xFFFE || unit == 0xFFFF)
            return false;
    }
    return true;
}

bool isStorable(const QJsonValue &value)
{
    if (value.isString())
        return isStorable(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return isStorable(v); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isStorable(it.key()) || !isStorable(it.value()))
                return false;
        }
    }
    return true;
}

// The checks every item passes whatever its format; false when the item is refused.
bool checkItem(const QJsonObject &data, int line, Problems &problems)
{
    if (!isStorable(QJsonValue(data))) {
        problems.add(line, ItemImportText::tr(
                                   "holds text the marketplace cannot store (a NUL character, a noncharacter or a lone "
                                   "surrogate)"));
        return false;
    }
    const qsizetype bytes = QJsonDocument(data).toJson(QJsonDocument::Compact).size();
    if (bytes > kMaxItemDataBytes) {
        problems.add(line, ItemImportText::tr("the item is %1 bytes; an item may have at most %2")
                                   .arg(bytes)
                                   .arg(kMaxItemDataBytes));
        return false;
    }
    return true;
}

Status checkFileSize(qsizetype size)
{
    if (size > kMaxItemFileBytes)
        return Error{ErrorCode::LimitExceeded,
                     ItemImportText::tr("the file is %1 bytes; an item file may have at most %2")
                             .arg(size)
                             .arg(kMaxItemFileBytes),
                     {}};
    return {};
}

Error tooManyItems()
{
    return Error{
            ErrorCode::LimitExceeded,
            ItemImportText::tr("the file has more than %1 items, the most one task may hold").arg(kMaxImportedItems),
            {}};
}

// The text of one cell, or nullopt when its bytes are not UTF-8.
std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// A table of cells with the line each row starts on: what the CSV rows become before they are items.
struct Table {
    QList<QStringList> rows;
    QList<int> lines;
    bool undecodable = false;
    int undecodableLine = 0;
};

// A file whose header has neither comma nor tab has one column: each non-blank line is one cell,
// unquoted when it is wholly quoted.
Table readOneColumn(const QByteArray &bytes)
{
    Table table;
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int line = 0;
    qsizetype pos = 0;
    while (pos < rest.size()) {
        ++line;
        qsizetype end = pos;
        while (end < rest.size() && rest[end] != '\n' && rest[end] != '\r')
            ++end;
        const QByteArrayView raw = rest.sliced(pos, end - pos);
        pos = (end + 1 < rest.size() && rest[end] == '\r' && rest[end + 1] == '\n') ? end + 2 : end + 1;
        const QByteArrayView cell = raw.trimmed();
        if (cell.isEmpty())
            continue;
        const std::optional<QString> text = decodeUtf8(cell);
        if (!text) {
            table.undecodable = true;
            table.undecodableLine = line;
            return table;
        }
        QString value = *text;
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2).replace(u"\"\""_s, u"\""_s);
        table.rows.append({value});
        table.lines.append(line);
    }
    return table;
}

} // namespace

std::optional<ItemFileFormat> ItemImport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson" || suffix == u"json")
        return ItemFileFormat::Jsonl;
    if (suffix == u"csv" || suffix == u"tsv")
        return ItemFileFormat::Csv;
    return std::nullopt;
}

Result<QList<QJsonObject>> ItemImport::parse(const QByteArray &bytes, ItemFileFormat format)
{
    switch (format) {
    case ItemFileFormat::Jsonl:
        return parseJsonl(bytes);
    case ItemFileFormat::Csv:
        return parseCsv(bytes);
    case ItemFileFormat::LabelStudio:
        return parseLabelStudio(bytes);
    }
    return Error::internal(u"unknown item file format"_s);
}

Result<QList<QJsonObject>> ItemImport::parseLabelStudio(const QByteArray &bytes)
{
    const auto tasks = LabelStudioTasks::parse(bytes);
    if (!tasks)
        return tasks.error();
    QList<QJsonObject> items;
    items.reserve(tasks->size());
    for (const LabelStudioTask &task : *tasks)
        items.append(task.data);
    return items;
}

ItemFileFormat ItemImport::formatForContent(ItemFileFormat bySuffix, const QByteArray &bytes)
{
    if (bySuffix == ItemFileFormat::Jsonl && LabelStudioTasks::looksLikeTaskFile(bytes))
        return ItemFileFormat::LabelStudio;
    return bySuffix;
}

Result<QList<QJsonObject>> ItemImport::parseJsonl(const QByteArray &bytes)
{
    if (const Status size = checkFileSize(bytes.size()); !size)
        return size.error();
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);

    QList<QJsonObject> items;
    Problems problems;
    int line = 0;
    qsizetype pos = 0;
    while (pos < rest.size() && !problems.full()) {
        ++line;
        qsizetype end = rest.indexOf('\n', pos);
        if (end < 0)
            end = rest.size();
        QByteArrayView text = rest.sliced(pos, end - pos);
        pos = end + 1;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Qt reads only objects and arrays at the top: a bare string or number is JSON, but no object.
            QJsonParseError wrapped{};
            QJsonDocument::fromJson("[" + text.toByteArray() + "]", &wrapped);
            if (wrapped.error == QJsonParseError::NoError) {
                problems.add(line, ItemImportText::tr("not a JSON object"));
                continue;
            }
            problems.add(line, ItemImportText::tr("not valid JSON (%1 at column %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset + 1));
            continue;
        }
        if (!document.isObject()) {
            problems.add(line, ItemImportText::tr("not a JSON object"));
            continue;
        }
        const QJsonObject data = document.object();
        if (!checkItem(data, line, problems))
            continue;
        if (items.size() >= kMaxImportedItems)
            return tooManyItems();
        items.append(data);
    }
    if (!problems.isEmpty())
        return problems.error();
    if (items.isEmpty())
        return Error::validation(ItemImportText::tr("the file holds no items"));
    return items;
}

Result<QList<QJsonObject>> ItemImport::parseCsv(const QByteArray &bytes)
{
    if (const Status size = checkFileSize(bytes.size()); !size)
        return size.error();
    auto parsed = DelimitedText::parse(bytes, u"items"_s);
    if (!parsed)
        return Error::validation(parsed.error().message);
    const DelimitedText &text = *parsed;

    Table table;
    if (text.delimiter() == DelimitedText::Delimiter::Whitespace) {
        table = readOneColumn(bytes);
    } else {
        for (qsizetype row = 0; row < text.rowCount() && !table.undecodable; ++row) {
            QStringList cells;
            for (qsizetype column = 0; column < text.fieldCount(row); ++column) {
                const std::optional<QString> cell = decodeUtf8(text.field(row, column));
                if (!cell) {
                    table.undecodable = true;
                    table.undecodableLine = text.lineNumber(row);
                    break;
                }
                cells.append(*cell);
            }
            table.rows.append(cells);
            table.lines.append(text.lineNumber(row));
        }
    }
    Problems problems;
    if (table.undecodable) {
        problems.add(table.undecodableLine, ItemImportText::tr("is not UTF-8 text"));
        return problems.error();
    }
    if (table.rows.isEmpty())
        return Error::validation(ItemImportText::tr("the file holds no header row and no items"));

    const QStringList header = table.rows.first();
    const int headerLine = table.lines.first();
    QSet<QString> seen;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString &name = header.at(column);
        if (name.isEmpty())
            problems.add(headerLine, ItemImportText::tr("column %1 of the header has no name").arg(column + 1));
        else if (seen.contains(name))
            problems.add(headerLine, ItemImportText::tr("the header names \"%1\" twice").arg(name));
        else if (!isStorable(name))
            problems.add(headerLine,
                         ItemImportText::tr("column %1 of the header holds text the marketplace cannot store")
                                 .arg(column + 1));
        seen.insert(name);
    }
    if (!problems.isEmpty())
        return problems.error();

    QList<QJsonObject> items;
    for (qsizetype row = 1; row < table.rows.size() && !problems.full(); ++row) {
        const QStringList &cells = table.rows.at(row);
        const int line = table.lines.at(row);
        if (cells.size() != header.size()) {
            problems.add(line, cells.size() == 1 ? ItemImportText::tr("1 cell but the header has %1").arg(header.size())
                                                 : ItemImportText::tr("%1 cells but the header has %2")
                                                           .arg(cells.size())
                                                           .arg(header.size()));
            continue;
        }
        QJsonObject data;
        for (qsizetype column = 0; column < cells.size(); ++column)
            data.insert(header.at(column), cells.at(column));
        if (!checkItem(data, line, problems))
            continue;
        if (items.size() >= kMaxImportedItems)
            return tooManyItems();
        items.append(data);
    }
    if (!problems.isEmpty())
        return problems.error();
    if (items.isEmpty())
        return Error::validation(ItemImportText::tr("the file has a header row but no items"));
    return items;
}

Status ItemImport::checkItemData(const QJsonObject &data)
{
    Problems problems;
    if (checkItem(data, 0, problems))
        return {};
    return Error::validation(problems.error().fieldErrors.first().message);
}

Result<QList<QJsonObject>> ItemImport::readFile(const QString &path)
{
    const std::optional<ItemFileFormat> format = formatForPath(path);
    if (!format)
        return Error::validation(
                ItemImportText::tr("%1 is neither a JSONL nor a CSV file (.jsonl, .ndjson, .json, .csv, .tsv)")
                        .arg(QFileInfo(path).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(ItemImportText::tr("%1 could not be opened: %2").arg(path, file.errorString()));
    if (const Status size = checkFileSize(file.size()); !size)
        return size.error();
    const QByteArray bytes = file.read(kMaxItemFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::storage(ItemImportText::tr("%1 could not be read: %2").arg(path, file.errorString()));
    return parse(bytes, formatForContent(*format, bytes));
}

QJsonObject ImportedItem::toItemJson(const QString &id) const
{
    QJsonObject item{{u"id"_s, id}, {u"data"_s, data}};
    if (isGold())
        item.insert(u"gold"_s, gold);
    if (training)
        item.insert(u"training"_s, true);
    return item;
}

Result<QList<ImportedItem>> ItemImport::splitGold(const QList<QJsonObject> &rows)
{
    static const QString goldPrefix = u"gold."_s;
    QList<ImportedItem> items;
    items.reserve(rows.size());
    QList<FieldError> problems;
    const auto problem = [&](qsizetype index, const QString &message) {
        if (problems.size() < kMaxReportedImportErrors)
            problems.append({ItemImportText::tr("item %1").arg(index + 1), message});
    };
    for (qsizetype index = 0; index < rows.size(); ++index) {
        ImportedItem item;
        const QJsonObject &row = rows.at(index);
        bool bad = false;
        for (auto it = row.begin(); it != row.end(); ++it) {
            const QString key = it.key();
            if (key == u"gold") {
                if (!it.value().isObject()) {
                    problem(index, ItemImportText::tr("\"gold\" must be an object of expected answer fields"));
                    bad = true;
                } else {
                    const QJsonObject gold = it.value().toObject();
                    for (auto field = gold.begin(); field != gold.end(); ++field)
                        item.gold.insert(field.key(), field.value());
                }
            } else if (key.startsWith(goldPrefix) && key.size() > goldPrefix.size()) {
                // A CSV gold column: an empty cell leaves the field out.
                if (!(it.value().isString() && it.value().toString().trimmed().isEmpty()))
                    item.gold.insert(key.mid(goldPrefix.size()), it.value());
            } else if (key == u"training") {
                const QJsonValue value = it.value();
                const QString text = value.toString().trimmed().toLower();
                if (value.isBool()) {
                    item.training = value.toBool();
                } else if (value.isString() && (text == u"true" || text == u"yes" || text == u"1")) {
                    item.training = true;
                } else if (value.isString() && (text.isEmpty() || text == u"false" || text == u"no" || text == u"0")) {
                    item.training = false;
                } else {
                    problem(index, ItemImportText::tr("\"training\" must be true or false"));
                    bad = true;
                }
            } else {
                item.data.insert(key, it.value());
            }
        }
        if (!bad && item.training && !item.isGold()) {
            problem(index, ItemImportText::tr("a training item needs its expected answer (gold)"));
            bad = true;
        }
        if (!bad)
            items.append(item);
    }
    if (!problems.isEmpty()) {
        const FieldError &first = problems.first();
        return Error::validation(first.field + u": "_s + first.message, problems);
    }
    return items;
}

Result<QList<ImportedItem>> ItemImport::readItemsFile(const QString &path)
{
    auto rows = readFile(path);
    if (!rows)
        return rows.error();
    return splitGold(*rows);
}

QJsonObject ItemImport::typedGold(const QJsonObject &gold, const AnswerForm &form)
{
    QJsonObject typed = gold;
    for (auto it = gold.begin(); it != gold.end(); ++it) {
        const FormField *field = form.field(it.key());
        if (!field || !it.value().isString())
            continue;
        const QString text = it.value().toString().trimmed();
        if (field->kind == FieldKind::Rating) {
            bool ok = false;
            const int value = text.toInt(&ok);
            if (ok)
                typed.insert(it.key(), value);
        } else if (field->kind == FieldKind::MultiChoice) {
            QJsonArray values;
            for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
                values.append(part.trimmed());
            typed.insert(it.key(), values);
        }
    }
    return typed;
}

} // namespace Chrysalis
