#include "core/quality/taskresults.h"

#include "core/quality/answerset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

void appendOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A cell a spreadsheet would evaluate: it starts with a formula trigger and is not simply a number
// such as "-3" or "+0.5", which a spreadsheet reads as the number it is.
bool startsLikeAFormula(const QString &text)
{
    static const QString triggers = u"=+-@\t\r"_s;
    if (text.isEmpty() || !triggers.contains(text.front()))
        return false;
    bool number = false;
    text.toDouble(&number);
    return !number;
}

QString confidenceText(double confidence)
{
    return QString::number(confidence, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString labelDecisionName(LabelDecision decision)
{
    switch (decision) {
    case LabelDecision::Single:
        return u"single"_s;
    case LabelDecision::Unanimous:
        return u"unanimous"_s;
    case LabelDecision::Aggregated:
        return u"aggregated"_s;
    case LabelDecision::Panel:
        return u"panel"_s;
    }
    return u"aggregated"_s;
}

Result<TaskResults> aggregateTask(const std::vector<TaskAnswerRecord> &answers, InferenceMethod method,
                                  const std::vector<PanelRuling> &rulings, const InferenceOptions &options)
{
    if (answers.empty())
        return Error::validation(u"the task has no answers to aggregate"_s);
    AnswerSetBuilder builder(u"task answers"_s);
    for (size_t n = 0; n < answers.size(); ++n) {
        const TaskAnswerRecord &answer = answers[n];
        if (answer.itemId.isEmpty() || answer.workerPseudonym.isEmpty() || answer.label.trimmed().isEmpty())
            return Error::validation(u"answer %1 lacks an item, a worker or a label"_s.arg(n + 1));
        builder.addAnswer(answer.itemId, answer.workerPseudonym, answer.label.trimmed(), static_cast<int>(n + 1));
    }
    Result<AnswerSet> set = builder.build();
    if (!set)
        return set.error();
    Result<InferenceResult> inferred = inferLabels(*set, method, options);
    if (!inferred)
        return inferred.error();

    TaskResults results;
    results.method = method;
    results.items.resize(static_cast<size_t>(set->itemCount()));
    const std::vector<qsizetype> &offsets = set->itemOffsets();
    const std::vector<int> &labels = set->answerLabels();
    for (int i = 0; i < set->itemCount(); ++i) {
        ItemResult &item = results.items[static_cast<size_t>(i)];
        item.itemId = set->itemIds()[i];
        const int code = inferred->labels[static_cast<size_t>(i)];
        item.label = set->labelNames()[code];
        item.confidence = inferred->confidence[static_cast<size_t>(i)];
        const qsizetype first = offsets[static_cast<size_t>(i)];
        const qsizetype last = offsets[static_cast<size_t>(i) + 1];
        item.answerCount = static_cast<int>(last - first);
        bool allSame = true;
        for (qsizetype a = first; a < last; ++a)
            allSame = allSame && labels[static_cast<size_t>(a)] == labels[static_cast<size_t>(first)];
        item.decision = item.answerCount == 1 ? LabelDecision::Single
                        : allSame             ? LabelDecision::Unanimous
                                              : LabelDecision::Aggregated;
    }
    // Provenance in the records' own order, which the AnswerSet grouping does not keep.
    for (const TaskAnswerRecord &answer : answers) {
        ItemResult &item = results.items[static_cast<size_t>(set->itemIndex(answer.itemId))];
        appendOnce(item.workerPseudonyms, answer.workerPseudonym);
        appendOnce(item.revisionIds, answer.revisionId);
        if (answer.submittedAt.isValid()) {
            if (!item.firstAnswerAt.isValid() || answer.submittedAt < item.firstAnswerAt)
                item.firstAnswerAt = answer.submittedAt;
            if (!item.lastAnswerAt.isValid() || answer.submittedAt > item.lastAnswerAt)
                item.lastAnswerAt = answer.submittedAt;
        }
    }
    for (const PanelRuling &ruling : rulings) {
        const int index = set->itemIndex(ruling.itemId);
        if (index < 0)
            return Error::validation(u"a panel ruled on %1, which has no answers"_s.arg(ruling.itemId));
        if (ruling.votes <= 0 || ruling.votesForLabel < 0 || ruling.votesForLabel > ruling.votes ||
            ruling.label.trimmed().isEmpty())
            return Error::validation(u"the panel ruling on %1 is incomplete"_s.arg(ruling.itemId));
        ItemResult &item = results.items[static_cast<size_t>(index)];
        const int code = set->labelCode(ruling.label.trimmed());
        item.label = code >= 0 ? set->labelNames()[code] : ruling.label.trimmed();
        item.confidence = static_cast<double>(ruling.votesForLabel) / ruling.votes;
        item.decision = LabelDecision::Panel;
    }
    for (int w = 0; w < set->workerCount(); ++w)
        results.workerReliability.emplace_back(set->workerIds()[w],
                                               inferred->workerReliability[static_cast<size_t>(w)]);
    return results;
}

QByteArray csvCell(const QString &input, CsvCells cells)
{
    QString text = input;
    if (cells == CsvCells::SpreadsheetSafe && startsLikeAFormula(text))
        text.prepend(u'\'');
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') ||
                       text.startsWith(u' ') || text.startsWith(u'\t') || text.endsWith(u' ') || text.endsWith(u'\t');
    QByteArray bytes = text.toUtf8();
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvRow(const QStringList &cells, CsvCells mode)
{
    QByteArray row;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c > 0)
            row += ',';
        row += csvCell(cells[c], mode);
    }
    return row + "\r\n";
}

QByteArray resultsCsv(const TaskResults &results, CsvCells cells)
{
    QByteArray csv = csvRow({u"item_id"_s, u"label"_s, u"confidence"_s, u"method"_s, u"answers"_s, u"decision"_s,
                             u"workers"_s, u"revisions"_s, u"first_answer_at"_s, u"last_answer_at"_s},
                            cells);
    const QString method = inferenceMethodName(results.method);
    for (const ItemResult &item : results.items) {
        csv += csvRow({item.itemId, item.label, confidenceText(item.confidence), method,
                       QString::number(item.answerCount), labelDecisionName(item.decision),
                       item.workerPseudonyms.join(u"; "_s), item.revisionIds.join(u"; "_s),
                       timeText(item.firstAnswerAt), timeText(item.lastAnswerAt)},
                      cells);
    }
    return csv;
}

QByteArray resultsJsonl(const TaskResults &results)
{
    QByteArray jsonl;
    const QString method = inferenceMethodName(results.method);
    for (const ItemResult &item : results.items) {
        QJsonObject row{
                {u"item_id"_s, item.itemId},
                {u"label"_s, item.label},
                {u"confidence"_s, item.confidence},
                {u"method"_s, method},
                {u"answers"_s, item.answerCount},
                {u"decision"_s, labelDecisionName(item.decision)},
                {u"workers"_s, QJsonArray::fromStringList(item.workerPseudonyms)},
                {u"revisions"_s, QJsonArray::fromStringList(item.revisionIds)},
                {u"first_answer_at"_s, timeText(item.firstAnswerAt)},
                {u"last_answer_at"_s, timeText(item.lastAnswerAt)},
        };
        jsonl += QJsonDocument(row).toJson(QJsonDocument::Compact) + '\n';
    }
    return jsonl;
}

} // namespace Chrysalis
