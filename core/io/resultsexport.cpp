#include "core/io/resultsexport.h"

#include "core/io/labelstudio.h"
#include "core/quality/inference.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

const QStringList kCategoricalMethods{u"mv"_s, u"wawa"_s, u"ds"_s, u"onecoin"_s, u"glad"_s, u"mace"_s};
const QStringList kNumericMethods{u"mean"_s, u"median"_s};

QDateTime wireTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// The revision the export reads its form and aggregation from.
Result<QJsonObject> currentRevision(const ResultsSource &source)
{
    const QJsonObject *current = nullptr;
    for (const QJsonObject &revision : source.revisions) {
        if (!source.currentRevisionId.isEmpty()) {
            if (revision.value(u"id"_s).toString() == source.currentRevisionId)
                current = &revision;
        } else if (!current || revision.value(u"number"_s).toInt() > current->value(u"number"_s).toInt()) {
            current = &revision;
        }
    }
    if (!current)
        return Error::notFound(u"the task's revision is not known"_s);
    return *current;
}

Result<AnswerForm> formOf(const QJsonObject &revision)
{
    Result<AnswerForm> form = AnswerForm::fromJson(revision.value(u"form"_s).toArray());
    if (!form)
        return Error::validation(u"the task's answer form cannot be read: %1"_s.arg(form.error().message));
    return form;
}

// A worker named by pseudonym only; an answer without one still counts as a worker of its own.
QString pseudonymOf(const QJsonObject &answer)
{
    const QString pseudonym = answer.value(u"worker_pseudonym"_s).toString();
    return pseudonym.isEmpty() ? u"worker-of-answer-"_s + answer.value(u"id"_s).toString() : pseudonym;
}

QString reviewOf(const QJsonObject &answer)
{
    const QString status = answer.value(u"status"_s).toString();
    if (status == u"approved")
        return u"approved"_s;
    if (status == u"in_conflict" || status == u"settled")
        return u"rejected"_s;
    return u"pending"_s;
}

struct Panel {
    PanelOutcome outcome = PanelOutcome::None;
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
};

QHash<QString, Panel> panelsByAnswer(const ResultsSource &source)
{
    QHash<QString, Panel> panels;
    for (const QJsonObject &conflict : source.conflicts) {
        Panel panel;
        if (conflict.value(u"state"_s).toString() == u"closed") {
            panel.workerFaultVotes = conflict.value(u"worker_fault_votes"_s).toInt();
            panel.requesterFaultVotes = conflict.value(u"requester_fault_votes"_s).toInt();
            const int votes = panel.workerFaultVotes + panel.requesterFaultVotes;
            panel.outcome = votes > 0 && 2 * panel.workerFaultVotes > votes ? PanelOutcome::WorkerAtFault
                                                                            : PanelOutcome::RequesterAtFault;
        } else {
            panel.outcome = PanelOutcome::Open;
        }
        panels.insert(conflict.value(u"answer_id"_s).toString(), panel);
    }
    return panels;
}

// An answer's value of the aggregated field as a label: the option value, or the rating as an integer.
std::optional<QString> labelOf(const QJsonObject &answer, const ResultsAggregation &aggregation)
{
    const QJsonValue value = answer.value(u"fields"_s).toObject().value(aggregation.field);
    if (aggregation.kind == FieldKind::SingleChoice) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return std::nullopt;
        return value.toString();
    }
    if (!value.isDouble())
        return std::nullopt;
    return numberText(value.toDouble());
}

std::vector<QJsonObject> taskAnswers(const ResultsSource &source)
{
    std::vector<QJsonObject> answers;
    for (const QJsonObject &answer : source.answers) {
        if (source.taskId.isEmpty() || answer.value(u"task_id"_s).toString() == source.taskId)
            answers.push_back(answer);
    }
    // Submission order, so the workers and revisions of an item are listed as they answered.
    std::stable_sort(answers.begin(), answers.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"submitted_at"_s).toString() < b.value(u"submitted_at"_s).toString();
    });
    return answers;
}

void appendOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

void addProvenance(ItemOutcome &item, const QJsonObject &answer)
{
    appendOnce(item.workerPseudonyms, pseudonymOf(answer));
    appendOnce(item.revisionIds, answer.value(u"revision_id"_s).toString());
    const QDateTime at = wireTime(answer.value(u"submitted_at"_s));
    if (at.isValid()) {
        if (!item.firstAnswerAt.isValid() || at < item.firstAnswerAt)
            item.firstAnswerAt = at;
        if (!item.lastAnswerAt.isValid() || at > item.lastAnswerAt)
            item.lastAnswerAt = at;
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// One answer that counts towards its item's value, with its value of the aggregated field.
struct Counted {
    QJsonObject answer;
    QString label;
};

// A closed panel that found the requester at fault: the rejected answer's value settles the item.
struct PanelSettlement {
    QString label;
    int votesForLabel = 0;
    int votes = 0;
};

Status aggregateNumeric(const std::map<QString, std::vector<Counted>> &counted,
                        const QHash<QString, PanelSettlement> &settled, const ResultsAggregation &aggregation,
                        QHash<QString, ItemOutcome> &outcomes)
{
    for (const auto &[itemId, answers] : counted) {
        ItemOutcome &item = outcomes[itemId];
        std::vector<double> values;
        for (const Counted &entry : answers)
            values.push_back(entry.label.toDouble());
        const double value = aggregation.method == u"mean" ? std::accumulate(values.begin(), values.end(), 0.0) /
                                                                     static_cast<double>(values.size())
                                                           : median(values);
        item.label = numberText(value);
        item.answerCount = static_cast<int>(values.size());
        const bool allSame = std::all_of(values.begin(), values.end(), [&](double v) { return v == values.front(); });
        item.decision = values.size() == 1 ? LabelDecision::Single
                        : allSame          ? LabelDecision::Unanimous
                                           : LabelDecision::Aggregated;
        if (const auto ruling = settled.constFind(itemId); ruling != settled.cend()) {
            item.label = ruling->label;
            item.confidence = static_cast<double>(ruling->votesForLabel) / ruling->votes;
            item.decision = LabelDecision::Panel;
        }
    }
    return {};
}

Status aggregateCategorical(const std::map<QString, std::vector<Counted>> &counted,
                            const QHash<QString, PanelSettlement> &settled, const ResultsAggregation &aggregation,
                            QHash<QString, ItemOutcome> &outcomes)
{
    std::vector<TaskAnswerRecord> records;
    for (const auto &[itemId, answers] : counted) {
        for (const Counted &entry : answers) {
            records.push_back({itemId, pseudonymOf(entry.answer), entry.label,
                               entry.answer.value(u"revision_id"_s).toString(),
                               wireTime(entry.answer.value(u"submitted_at"_s))});
        }
    }
    std::vector<PanelRuling> rulings;
    for (auto it = settled.cbegin(); it != settled.cend(); ++it)
        rulings.push_back({it.key(), it->label, it->votesForLabel, it->votes});
    const Result<InferenceMethod> method = parseInferenceMethod(aggregation.method);
    if (!method)
        return method.error();
    const Result<TaskResults> results = aggregateTask(records, *method, rulings);
    if (!results)
        return results.error();
    for (const ItemResult &result : results->items) {
        ItemOutcome &item = outcomes[result.itemId];
        item.label = result.label;
        item.confidence = result.confidence;
        item.answerCount = result.answerCount;
        item.decision = result.decision;
    }
    return {};
}

QStringList shownKeys(const QList<QJsonObject> &items)
{
    QStringList keys;
    for (const QJsonObject &item : items) {
        for (const QString &key : item.value(u"data"_s).toObject().keys())
            appendOnce(keys, key);
    }
    return keys;
}

QByteArray perItemCsv(const TaskOutcome &outcome, CsvCells cells)
{
    QByteArray csv =
            csvRow({u"item_id"_s, u"label"_s, u"confidence"_s, u"method"_s, u"field"_s, u"answers"_s, u"decision"_s,
                    u"workers"_s, u"revisions"_s, u"first_answer_at"_s, u"last_answer_at"_s, u"data"_s},
                   cells);
    for (const ItemOutcome &item : outcome.items) {
        csv += csvRow({item.itemId, item.label, item.confidence ? numberText(*item.confidence) : QString(),
                       outcome.aggregation.method, outcome.aggregation.field, QString::number(item.answerCount),
                       labelDecisionName(item.decision), item.workerPseudonyms.join(u"; "_s),
                       item.revisionIds.join(u"; "_s), timeText(item.firstAnswerAt), timeText(item.lastAnswerAt),
                       compactJson(item.data)},
                      cells);
    }
    return csv;
}

QByteArray perItemJsonl(const TaskOutcome &outcome)
{
    QByteArray jsonl;
    for (const ItemOutcome &item : outcome.items) {
        jsonl += jsonLine({
                {u"item_id"_s, item.itemId},
                {u"label"_s, item.label},
                {u"confidence"_s, item.confidence ? QJsonValue(*item.confidence) : QJsonValue()},
                {u"method"_s, outcome.aggregation.method},
                {u"field"_s, outcome.aggregation.field},
                {u"answers"_s, item.answerCount},
                {u"decision"_s, labelDecisionName(item.decision)},
                {u"workers"_s, QJsonArray::fromStringList(item.workerPseudonyms)},
                {u"revisions"_s, QJsonArray::fromStringList(item.revisionIds)},
                {u"first_answer_at"_s, timeText(item.firstAnswerAt)},
                {u"last_answer_at"_s, timeText(item.lastAnswerAt)},
                {u"data"_s, item.data},
        });
    }
    return jsonl;
}

// Everything the per-answer export says about one answer, in column order.
struct AnswerRow {
    QJsonObject json;
    QStringList cells;
};

QList<AnswerRow> answerRows(const ResultsSource &source)
{
    QHash<QString, int> revisionNumbers;
    for (const QJsonObject &revision : source.revisions)
        revisionNumbers.insert(revision.value(u"id"_s).toString(), revision.value(u"number"_s).toInt());
    const QHash<QString, Panel> panels = panelsByAnswer(source);
    QList<AnswerRow> rows;
    for (const QJsonObject &answer : taskAnswers(source)) {
        const QString revisionId = answer.value(u"revision_id"_s).toString();
        const Panel panel = panels.value(answer.value(u"id"_s).toString());
        const bool voted =
                panel.outcome == PanelOutcome::WorkerAtFault || panel.outcome == PanelOutcome::RequesterAtFault;
        const QJsonObject fields = answer.value(u"fields"_s).toObject();
        const QDateTime submitted = wireTime(answer.value(u"submitted_at"_s));
        const QDateTime reviewed = wireTime(answer.value(u"reviewed_at"_s));
        const int seconds = answer.value(u"seconds_spent"_s).toInt();
        const QString reasonCode = answer.value(u"reason_code"_s).toString();
        AnswerRow row;
        row.json = {
                {u"answer_id"_s, answer.value(u"id"_s).toString()},
                {u"item_id"_s, answer.value(u"item_id"_s).toString()},
                {u"worker"_s, pseudonymOf(answer)},
                {u"revision_id"_s, revisionId},
                {u"revision_number"_s,
                 revisionNumbers.contains(revisionId) ? QJsonValue(revisionNumbers.value(revisionId)) : QJsonValue()},
                {u"submitted_at"_s, timeText(submitted)},
                {u"reviewed_at"_s, reviewed.isValid() ? QJsonValue(timeText(reviewed)) : QJsonValue()},
                {u"review"_s, reviewOf(answer)},
                {u"reason_code"_s, reasonCode.isEmpty() ? QJsonValue() : QJsonValue(reasonCode)},
                {u"panel"_s,
                 panel.outcome == PanelOutcome::None ? QJsonValue() : QJsonValue(panelOutcomeName(panel.outcome))},
                {u"worker_fault_votes"_s, voted ? QJsonValue(panel.workerFaultVotes) : QJsonValue()},
                {u"requester_fault_votes"_s, voted ? QJsonValue(panel.requesterFaultVotes) : QJsonValue()},
                {u"seconds_spent"_s, seconds},
                {u"fields"_s, fields},
        };
        row.cells = {row.json.value(u"answer_id"_s).toString(),
                     row.json.value(u"item_id"_s).toString(),
                     row.json.value(u"worker"_s).toString(),
                     revisionId,
                     revisionNumbers.contains(revisionId) ? QString::number(revisionNumbers.value(revisionId))
                                                          : QString(),
                     timeText(submitted),
                     timeText(reviewed),
                     reviewOf(answer),
                     reasonCode,
                     panelOutcomeName(panel.outcome),
                     voted ? QString::number(panel.workerFaultVotes) : QString(),
                     voted ? QString::number(panel.requesterFaultVotes) : QString(),
                     QString::number(seconds),
                     compactJson(fields)};
        rows.append(row);
    }
    return rows;
}

QByteArray perAnswerCsv(const QList<AnswerRow> &rows, CsvCells cells)
{
    QByteArray csv = csvRow({u"answer_id"_s, u"item_id"_s, u"worker"_s, u"revision_id"_s, u"revision_number"_s,
                             u"submitted_at"_s, u"reviewed_at"_s, u"review"_s, u"reason_code"_s, u"panel"_s,
                             u"worker_fault_votes"_s, u"requester_fault_votes"_s, u"seconds_spent"_s, u"fields"_s},
                            cells);
    for (const AnswerRow &row : rows)
        csv += csvRow(row.cells, cells);
    return csv;
}

QByteArray perAnswerJsonl(const QList<AnswerRow> &rows)
{
    QByteArray jsonl;
    for (const AnswerRow &row : rows)
        jsonl += jsonLine(row.json);
    return jsonl;
}

Result<QByteArray> labelStudioJson(const ResultsSource &source, const AnswerForm &form,
                                   const std::optional<TaskOutcome> &outcome)
{
    const Result<LabelStudioConfig> config = LabelStudioConfig::fromForm(form, shownKeys(source.items));
    if (!config)
        return Error::validation(
                u"the answer form cannot be written for Label Studio: %1"_s.arg(config.error().message));
    QHash<QString, qsizetype> itemIndex;
    QList<LabelStudioExportItem> items;
    for (const QJsonObject &item : source.items) {
        itemIndex.insert(item.value(u"id"_s).toString(), items.size());
        items.append({item.value(u"id"_s).toString(), item.value(u"data"_s).toObject(), {}});
    }
    for (const QJsonObject &answer : taskAnswers(source)) {
        const auto index = itemIndex.constFind(answer.value(u"item_id"_s).toString());
        if (index == itemIndex.cend())
            continue;
        items[*index].answers.append({answer.value(u"id"_s).toString(), pseudonymOf(answer),
                                      answer.value(u"revision_id"_s).toString(),
                                      wireTime(answer.value(u"submitted_at"_s)),
                                      answer.value(u"seconds_spent"_s).toInt(), answer.value(u"fields"_s).toObject()});
    }
    QJsonArray tasks = LabelStudioExport::tasks(*config, items);
    if (outcome) {
        const ResultsAggregation &aggregation = outcome->aggregation;
        for (const ItemOutcome &item : outcome->items) {
            const auto index = itemIndex.constFind(item.itemId);
            if (index == itemIndex.cend())
                continue;
            QJsonObject task = tasks.at(*index).toObject();
            QJsonObject meta = task.value(u"meta"_s).toObject();
            meta.insert(u"label"_s, item.label);
            meta.insert(u"decision"_s, labelDecisionName(item.decision));
            meta.insert(u"method"_s, aggregation.method);
            meta.insert(u"field"_s, aggregation.field);
            meta.insert(u"answers"_s, item.answerCount);
            if (item.confidence)
                meta.insert(u"confidence"_s, *item.confidence);
            task.insert(u"meta"_s, meta);
            // The final label as a prediction, when it is a value the field takes (a mean may not be).
            const QJsonValue value =
                    aggregation.kind == FieldKind::Rating ? QJsonValue(item.label.toDouble()) : QJsonValue(item.label);
            const QJsonObject fields{{aggregation.field, value}};
            const bool takes = !item.label.isEmpty() && (aggregation.kind != FieldKind::Rating ||
                                                         std::floor(item.label.toDouble()) == item.label.toDouble());
            if (takes) {
                QJsonArray results = config->resultsFromAnswer(fields, item.data, u"final-"_s + item.itemId);
                for (qsizetype r = 0; r < results.size(); ++r) {
                    QJsonObject result = results.at(r).toObject();
                    result.insert(u"origin"_s, u"prediction"_s);
                    results.replace(r, result);
                }
                QJsonObject prediction{
                        {u"model_version"_s, QString(u"chrysalis-"_s + aggregation.method)},
                        {u"result"_s, results},
                };
                if (item.confidence)
                    prediction.insert(u"score"_s, *item.confidence);
                task.insert(u"predictions"_s, QJsonArray{prediction});
            }
            tasks.replace(*index, task);
        }
    }
    return QJsonDocument(tasks).toJson(QJsonDocument::Indented);
}

} // namespace

Result<std::optional<ResultsAggregation>> resultsAggregation(const QJsonObject &revision, const AnswerForm &form)
{
    const QJsonValue requested = revision.value(u"aggregation"_s);
    if (requested.isUndefined() || requested.isNull()) {
        for (FieldKind kind : {FieldKind::SingleChoice, FieldKind::Rating}) {
            for (const FormField &field : form.fields()) {
                if (field.kind == kind)
                    return std::optional<ResultsAggregation>(ResultsAggregation{u"mv"_s, field.name, kind});
            }
        }
        return std::optional<ResultsAggregation>();
    }
    if (!requested.isObject())
        return Error::validation(u"the task's aggregation is not an object"_s);
    const QJsonObject object = requested.toObject();
    const QString method = object.value(u"method"_s).toString(u"mv"_s);
    if (!kCategoricalMethods.contains(method) && !kNumericMethods.contains(method))
        return Error::validation(u"the task asks for an unknown aggregation method \"%1\""_s.arg(method));
    const bool numeric = kNumericMethods.contains(method);
    const QString fieldName = object.value(u"field"_s).toString();
    for (const FormField &field : form.fields()) {
        const bool named = fieldName.isEmpty() ? (field.kind == FieldKind::Rating ||
                                                  (!numeric && field.kind == FieldKind::SingleChoice))
                                               : field.name == fieldName;
        if (!named)
            continue;
        if (field.kind != FieldKind::Rating && (numeric || field.kind != FieldKind::SingleChoice))
            return Error::validation(u"the aggregation method %1 cannot aggregate the %2 field \"%3\""_s.arg(
                    method, fieldKindName(field.kind), field.name));
        return std::optional<ResultsAggregation>(ResultsAggregation{method, field.name, field.kind});
    }
    if (fieldName.isEmpty())
        return Error::validation(u"the form has no field the aggregation method %1 can aggregate"_s.arg(method));
    return Error::validation(u"the task aggregates the field \"%1\", which its form does not have"_s.arg(fieldName));
}

QString panelOutcomeName(PanelOutcome outcome)
{
    switch (outcome) {
    case PanelOutcome::None:
        return {};
    case PanelOutcome::Open:
        return u"open"_s;
    case PanelOutcome::WorkerAtFault:
        return u"worker_at_fault"_s;
    case PanelOutcome::RequesterAtFault:
        return u"requester_at_fault"_s;
    }
    return {};
}

Result<TaskOutcome> aggregateResults(const ResultsSource &source)
{
    const Result<QJsonObject> revision = currentRevision(source);
    if (!revision)
        return revision.error();
    const Result<AnswerForm> form = formOf(*revision);
    if (!form)
        return form.error();
    const Result<std::optional<ResultsAggregation>> aggregation = resultsAggregation(*revision, *form);
    if (!aggregation)
        return aggregation.error();
    if (!aggregation->has_value())
        return Error::validation(u"the answer form has no single-choice or rating field to aggregate; "
                                 "export every answer instead"_s);
    const std::vector<QJsonObject> answers = taskAnswers(source);
    if (answers.empty())
        return Error::validation(u"the task has no answers yet"_s);

    TaskOutcome outcome;
    outcome.aggregation = **aggregation;
    const QHash<QString, Panel> panels = panelsByAnswer(source);
    std::map<QString, std::vector<Counted>> counted;
    QHash<QString, PanelSettlement> settled;
    QHash<QString, ItemOutcome> outcomes;
    for (const QJsonObject &answer : answers) {
        const std::optional<QString> label = labelOf(answer, outcome.aggregation);
        if (!label)
            continue;
        const QString itemId = answer.value(u"item_id"_s).toString();
        ItemOutcome &item = outcomes[itemId];
        item.itemId = itemId;
        addProvenance(item, answer);
        const Panel panel = panels.value(answer.value(u"id"_s).toString());
        if (panel.outcome == PanelOutcome::WorkerAtFault) {
            item.decision = LabelDecision::Panel;
            continue;
        }
        counted[itemId].push_back({answer, *label});
        const int votes = panel.workerFaultVotes + panel.requesterFaultVotes;
        if (panel.outcome == PanelOutcome::RequesterAtFault && votes > 0) {
            const PanelSettlement ruling{*label, panel.requesterFaultVotes, votes};
            const auto known = settled.constFind(itemId);
            // Two upheld answers on one item: the clearer verdict settles it.
            if (known == settled.cend() || static_cast<double>(ruling.votesForLabel) / ruling.votes >
                                                   static_cast<double>(known->votesForLabel) / known->votes)
                settled.insert(itemId, ruling);
        }
    }
    if (outcomes.isEmpty())
        return Error::validation(u"no answer gives a value for the field \"%1\""_s.arg(outcome.aggregation.field));
    const Status aggregated = outcome.aggregation.isNumeric()
                                      ? aggregateNumeric(counted, settled, outcome.aggregation, outcomes)
                                      : aggregateCategorical(counted, settled, outcome.aggregation, outcomes);
    if (!aggregated)
        return aggregated.error();

    for (const QJsonObject &item : source.items) {
        const auto found = outcomes.find(item.value(u"id"_s).toString());
        if (found == outcomes.end())
            continue;
        found->data = item.value(u"data"_s).toObject();
        outcome.items.append(*found);
        outcomes.erase(found);
    }
    // Answers to items the source does not list still count, after the known items.
    std::vector<QString> rest;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        rest.push_back(it.key());
    std::sort(rest.begin(), rest.end());
    for (const QString &itemId : rest)
        outcome.items.append(outcomes.value(itemId));
    return outcome;
}

QString resultsFormatName(ResultsFormat format)
{
    switch (format) {
    case ResultsFormat::Csv:
        return u"csv"_s;
    case ResultsFormat::Jsonl:
        return u"jsonl"_s;
    case ResultsFormat::LabelStudio:
        return u"labelstudio"_s;
    }
    return u"csv"_s;
}

Result<ResultsFormat> parseResultsFormat(const QString &name)
{
    for (ResultsFormat format : {ResultsFormat::Csv, ResultsFormat::Jsonl, ResultsFormat::LabelStudio}) {
        if (name == resultsFormatName(format))
            return format;
    }
    return Error::validation(u"unknown format \"%1\" (expected csv, jsonl or labelstudio)"_s.arg(name));
}

QString resultsFileSuffix(ResultsFormat format)
{
    return format == ResultsFormat::LabelStudio ? u"json"_s : resultsFormatName(format);
}

Result<QByteArray> exportResults(const ResultsSource &source, const ResultsExportOptions &options)
{
    if (options.scope == ResultsScope::PerAnswer) {
        if (taskAnswers(source).empty())
            return Error::validation(u"the task has no answers yet"_s);
        switch (options.format) {
        case ResultsFormat::Csv:
            return perAnswerCsv(answerRows(source), options.cells);
        case ResultsFormat::Jsonl:
            return perAnswerJsonl(answerRows(source));
        case ResultsFormat::LabelStudio: {
            const Result<QJsonObject> revision = currentRevision(source);
            if (!revision)
                return revision.error();
            const Result<AnswerForm> form = formOf(*revision);
            if (!form)
                return form.error();
            return labelStudioJson(source, *form, std::nullopt);
        }
        }
    }
    const Result<TaskOutcome> outcome = aggregateResults(source);
    if (!outcome)
        return outcome.error();
    switch (options.format) {
    case ResultsFormat::Csv:
        return perItemCsv(*outcome, options.cells);
    case ResultsFormat::Jsonl:
        return perItemJsonl(*outcome);
    case ResultsFormat::LabelStudio: {
        const Result<AnswerForm> form = formOf(*currentRevision(source));
        if (!form)
            return form.error();
        return labelStudioJson(source, *form, *outcome);
    }
    }
    return Error::validation(u"unknown export format"_s);
}

} // namespace Chrysalis
