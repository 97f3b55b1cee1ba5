#include "core/quality/answerset.h"

#include "core/quality/delimitedtext.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

bool parseInteger(QByteArrayView text, qlonglong *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

bool parseNumber(QByteArrayView text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

QByteArray lowered(QByteArrayView text)
{
    return text.toByteArray().trimmed().toLower();
}

const QList<QByteArray> &itemColumnNames()
{
    static const QList<QByteArray> names{"question", "task", "item", "id", "q", "example", "unit"};
    return names;
}

const QList<QByteArray> &workerColumnNames()
{
    static const QList<QByteArray> names{"worker", "annotator", "rater", "coder", "performer", "user"};
    return names;
}

const QList<QByteArray> &answerColumnNames()
{
    static const QList<QByteArray> names{"answer", "label", "response", "value"};
    return names;
}

const QList<QByteArray> &truthColumnNames()
{
    static const QList<QByteArray> names{"truth", "label", "gold", "answer", "value", "true_label"};
    return names;
}

// Which cell of a row holds which column. The header, if any, is the table's first row.
struct ColumnLayout {
    bool hasHeader = false;
    std::vector<qsizetype> columns; // columns[k] = index of the k-th wanted column
};

// A header either names every wanted column (in any order) or, failing that, is recognised by
// its value cell not being a number while the next row's is.
ColumnLayout detectLayout(const DelimitedText &table, const std::vector<const QList<QByteArray> *> &wanted,
                          qsizetype valueColumn)
{
    ColumnLayout layout;
    layout.columns.resize(wanted.size());
    std::iota(layout.columns.begin(), layout.columns.end(), 0);
    if (table.rowCount() == 0)
        return layout;

    std::vector<qsizetype> named(wanted.size(), -1);
    bool allNamed = true;
    for (size_t k = 0; k < wanted.size(); ++k) {
        for (qsizetype c = 0; c < table.fieldCount(0); ++c) {
            if (std::find(named.begin(), named.end(), c) != named.end())
                continue;
            if (wanted[k]->contains(lowered(table.field(0, c)))) {
                named[k] = c;
                break;
            }
        }
        allNamed = allNamed && named[k] >= 0;
    }
    if (allNamed && table.fieldCount(0) == static_cast<qsizetype>(wanted.size())) {
        layout.hasHeader = true;
        layout.columns = named;
        return layout;
    }

    double number = 0;
    const bool firstIsNumber = table.fieldCount(0) <= valueColumn || parseNumber(table.field(0, valueColumn), &number);
    const bool secondIsNumber = table.rowCount() > 1 && table.fieldCount(1) > valueColumn &&
                                parseNumber(table.field(1, valueColumn), &number);
    layout.hasHeader = !firstIsNumber && secondIsNumber;
    return layout;
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(u"%1: cannot open the file (%2)"_s.arg(path, file.errorString()));
    return file.readAll();
}

QString cellNames(const std::vector<QString> &names)
{
    QStringList list(names.begin(), names.end());
    return list.join(u", "_s);
}

} // namespace

int AnswerSet::labelCode(const QString &labelText) const
{
    if (m_integerLabels) {
        bool ok = false;
        const qlonglong value = labelText.trimmed().toLongLong(&ok);
        if (!ok)
            return -1;
        return m_labelIndex.value(QString::number(value), -1);
    }
    return m_labelIndex.value(labelText, -1);
}

AnswerSetBuilder::AnswerSetBuilder(const QString &sourceName) : m_sourceName(sourceName) { }

int AnswerSetBuilder::intern(QHash<QByteArray, int> &index, std::vector<QByteArray> &names, QByteArrayView key)
{
    const QByteArray owned = key.toByteArray();
    const auto found = index.constFind(owned);
    if (found != index.cend())
        return found.value();
    const int id = static_cast<int>(names.size());
    index.insert(owned, id);
    names.push_back(owned);
    return id;
}

void AnswerSetBuilder::addAnswer(QByteArrayView item, QByteArrayView worker, QByteArrayView answer, int line)
{
    const int effectiveLine = line > 0 ? line : static_cast<int>(m_rows.size()) + 1;
    m_rows.push_back({intern(m_itemIndex, m_items, item), intern(m_workerIndex, m_workers, worker),
                      intern(m_labelIndex, m_labels, answer), effectiveLine});
}

void AnswerSetBuilder::addAnswer(const QString &item, const QString &worker, const QString &answer, int line)
{
    addAnswer(QByteArrayView(item.toUtf8()), QByteArrayView(worker.toUtf8()), QByteArrayView(answer.toUtf8()), line);
}

Result<AnswerSet> AnswerSetBuilder::build() const
{
    if (m_rows.empty())
        return Error::validation(u"%1: no answers"_s.arg(m_sourceName.isEmpty() ? u"answer set"_s : m_sourceName));

    AnswerSet set;
    set.m_sourceName = m_sourceName;
    for (const QByteArray &id : m_items)
        set.m_itemIds.append(QString::fromUtf8(id));
    for (const QByteArray &id : m_workers)
        set.m_workerIds.append(QString::fromUtf8(id));
    for (int i = 0; i < set.itemCount(); ++i)
        set.m_itemIndex.insert(set.m_itemIds[i], i);

    // Label codes: numeric order when every label is an integer, text order otherwise.
    const auto rawLabelCount = static_cast<int>(m_labels.size());
    std::vector<qlonglong> integerValue(static_cast<size_t>(rawLabelCount));
    bool allIntegers = true;
    for (int l = 0; l < rawLabelCount && allIntegers; ++l)
        allIntegers = parseInteger(QByteArrayView(m_labels[static_cast<size_t>(l)]).trimmed(),
                                   &integerValue[static_cast<size_t>(l)]);
    std::vector<int> order(static_cast<size_t>(rawLabelCount));
    std::iota(order.begin(), order.end(), 0);
    if (allIntegers) {
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return integerValue[size_t(a)] < integerValue[size_t(b)]; });
    } else {
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return m_labels[size_t(a)] < m_labels[size_t(b)]; });
    }
    // Integer labels written differently ("1", "01") are one label.
    std::vector<int> codeOfRaw(static_cast<size_t>(rawLabelCount));
    for (int position = 0; position < rawLabelCount; ++position) {
        const int raw = order[static_cast<size_t>(position)];
        const QString name =
                allIntegers ? QString::number(integerValue[size_t(raw)]) : QString::fromUtf8(m_labels[size_t(raw)]);
        if (set.m_labelNames.isEmpty() || set.m_labelNames.constLast() != name) {
            set.m_labelIndex.insert(name, static_cast<int>(set.m_labelNames.size()));
            set.m_labelNames.append(name);
        }
        codeOfRaw[static_cast<size_t>(raw)] = static_cast<int>(set.m_labelNames.size()) - 1;
    }
    set.m_integerLabels = allIntegers;

    std::vector<double> rawValue(static_cast<size_t>(rawLabelCount), 0.0);
    std::vector<bool> rawIsNumber(static_cast<size_t>(rawLabelCount), false);
    for (int l = 0; l < rawLabelCount; ++l)
        rawIsNumber[size_t(l)] = parseNumber(QByteArrayView(m_labels[size_t(l)]).trimmed(), &rawValue[size_t(l)]);

    // Group by item with a stable counting sort, so file order is kept within an item.
    const int itemCount = set.itemCount();
    std::vector<qsizetype> offsets(static_cast<size_t>(itemCount) + 1, 0);
    for (const Row &row : m_rows)
        ++offsets[static_cast<size_t>(row.item) + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    set.m_itemOffsets = offsets;

    const size_t count = m_rows.size();
    set.m_answerItems.resize(count);
    set.m_answerWorkers.resize(count);
    set.m_answerLabels.resize(count);
    set.m_answerValues.resize(count);
    std::vector<qsizetype> next(offsets.begin(), offsets.end() - 1);
    QSet<quint64> seenPairs;
    seenPairs.reserve(static_cast<qsizetype>(count));
    for (const Row &row : m_rows) {
        const auto at = static_cast<size_t>(next[static_cast<size_t>(row.item)]++);
        set.m_answerItems[at] = row.item;
        set.m_answerWorkers[at] = row.worker;
        set.m_answerLabels[at] = codeOfRaw[static_cast<size_t>(row.label)];
        set.m_answerValues[at] = rawValue[static_cast<size_t>(row.label)];
        if (!rawIsNumber[static_cast<size_t>(row.label)] && set.m_firstNonNumericLine == 0) {
            set.m_firstNonNumericLine = row.line;
            set.m_firstNonNumericAnswer = QString::fromUtf8(m_labels[static_cast<size_t>(row.label)]);
        }
        const quint64 pair =
                (static_cast<quint64>(static_cast<quint32>(row.item)) << 32) | static_cast<quint32>(row.worker);
        if (seenPairs.contains(pair))
            ++set.m_repeatedAnswers;
        else
            seenPairs.insert(pair);
    }
    if (!set.isNumeric())
        set.m_answerValues.clear();
    return set;
}

void TruthSet::add(const QString &itemId, const QString &value)
{
    m_index.insert(itemId, static_cast<int>(m_itemIds.size()));
    m_itemIds.append(itemId);
    m_values.append(value);
}

Result<AnswerSet> parseAnswers(const QByteArray &bytes, const QString &sourceName)
{
    const Result<DelimitedText> read = DelimitedText::parse(bytes, sourceName);
    if (!read)
        return read.error();
    const DelimitedText &table = *read;
    if (table.rowCount() == 0)
        return Error::validation(u"%1: the file is empty: expected rows of item, worker, answer"_s.arg(sourceName));

    const ColumnLayout layout =
            detectLayout(table, {&itemColumnNames(), &workerColumnNames(), &answerColumnNames()}, 2);
    const std::vector<QString> names{u"item"_s, u"worker"_s, u"answer"_s};
    AnswerSetBuilder builder(sourceName);
    for (qsizetype row = layout.hasHeader ? 1 : 0; row < table.rowCount(); ++row) {
        const int line = table.lineNumber(row);
        if (table.fieldCount(row) != 3)
            return Error::validation(table.located(
                    line, u"expected 3 cells (%1) but found %2"_s.arg(cellNames(names)).arg(table.fieldCount(row))));
        QByteArrayView cells[3];
        for (size_t k = 0; k < 3; ++k) {
            cells[k] = table.field(row, layout.columns[k]);
            if (cells[k].isEmpty())
                return Error::validation(table.located(line, u"the %1 cell is empty"_s.arg(names[k])));
        }
        builder.addAnswer(cells[0], cells[1], cells[2], line);
    }
    if (builder.answerCount() == 0)
        return Error::validation(table.located(table.lineNumber(0), u"a header but no answers"_s));
    return builder.build();
}

Result<AnswerSet> loadAnswersCsv(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    return parseAnswers(*bytes, path);
}

Result<TruthSet> parseTruth(const QByteArray &bytes, const QString &sourceName)
{
    const Result<DelimitedText> read = DelimitedText::parse(bytes, sourceName);
    if (!read)
        return read.error();
    const DelimitedText &table = *read;
    if (table.rowCount() == 0)
        return Error::validation(u"%1: the file is empty: expected rows of item, truth"_s.arg(sourceName));

    const ColumnLayout layout = detectLayout(table, {&itemColumnNames(), &truthColumnNames()}, 1);
    const std::vector<QString> names{u"item"_s, u"truth"_s};
    TruthSet truth;
    QHash<QString, int> firstLine;
    for (qsizetype row = layout.hasHeader ? 1 : 0; row < table.rowCount(); ++row) {
        const int line = table.lineNumber(row);
        if (table.fieldCount(row) != 2)
            return Error::validation(table.located(
                    line, u"expected 2 cells (%1) but found %2"_s.arg(cellNames(names)).arg(table.fieldCount(row))));
        const QString item = table.fieldText(row, layout.columns[0]);
        const QString value = table.fieldText(row, layout.columns[1]);
        if (item.isEmpty())
            return Error::validation(table.located(line, u"the item cell is empty"_s));
        if (value.isEmpty())
            return Error::validation(table.located(line, u"the truth cell is empty"_s));
        if (firstLine.contains(item)) {
            if (truth.value(item) == value)
                continue; // some files repeat the truth on every answer line
            return Error::validation(table.located(
                    line, u"item \"%1\" has the truth \"%2\" here but \"%3\" on line %4"_s.arg(item, value)
                                  .arg(truth.value(item))
                                  .arg(firstLine.value(item))));
        }
        firstLine.insert(item, line);
        truth.add(item, value);
    }
    if (truth.size() == 0)
        return Error::validation(table.located(table.lineNumber(0), u"a header but no truth rows"_s));
    return truth;
}

Result<TruthSet> loadTruthCsv(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    return parseTruth(*bytes, path);
}

} // namespace Chrysalis
