#pragma once

#include "core/domain/form.h"
#include "core/quality/taskresults.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// What a results export reads about one task, as docs/protocol.md renders it in pull: task_revision,
// item, answer and conflict entities. The client fills it from its mirror, the server CLI from its
// database, so both export the same files. An answer may add `reviewed_at` (the server knows it).
struct ResultsSource {
    QString taskId;
    QString title;
    QString currentRevisionId; // empty: the revision with the highest number
    QList<QJsonObject> revisions;
    QList<QJsonObject> items; // in the task's item order
    QList<QJsonObject> answers;
    QList<QJsonObject> conflicts;
};

// How the requester asked for an item's answers to become one label: the revision's optional
// `aggregation` {"method", "field"}. Without it: "mv" on the first single_choice field, else on the
// first rating field. Methods: mv, wawa, ds, onecoin, glad, mace (categorical, on single_choice or
// rating fields) and mean, median (rating fields).
struct ResultsAggregation {
    QString method;
    QString field;
    FieldKind kind = FieldKind::SingleChoice;

    bool isNumeric() const { return method == u"mean" || method == u"median"; }
};

// The aggregation of `revision` (a task_revision entity) over its form: nullopt when the request names
// none and the form has no single_choice or rating field. A Validation error for an unknown method, a
// field the form lacks, or a method the field's kind cannot take.
Result<std::optional<ResultsAggregation>> resultsAggregation(const QJsonObject &revision, const AnswerForm &form);

// The outcome of one panel on a rejected answer. With no votes the worker is not at fault.
enum class PanelOutcome { None, Open, WorkerAtFault, RequesterAtFault };
QString panelOutcomeName(PanelOutcome outcome); // "", "open", "worker_at_fault", "requester_at_fault"

// The final value of one answered item.
struct ItemOutcome {
    QString itemId;
    QJsonObject data;
    QString label; // empty when a panel found every answer to the item wrong
    std::optional<double> confidence; // none for mean and median
    int answerCount = 0; // the answers the label was drawn from
    LabelDecision decision = LabelDecision::Aggregated;
    QStringList workerPseudonyms;
    QStringList revisionIds;
    QDateTime firstAnswerAt;
    QDateTime lastAnswerAt;
};

struct TaskOutcome {
    ResultsAggregation aggregation;
    QList<ItemOutcome> items; // answered items, in the task's item order
};

// Aggregates the task's answers per item with the revision's method (aggregateTask for the
// categorical methods). A closed panel that found the requester at fault settles the item with the
// rejected answer's value; one that found the worker at fault takes that answer out of the
// aggregation. Fails with a Validation error on a task without answers or without an aggregable field.
Result<TaskOutcome> aggregateResults(const ResultsSource &source);

enum class ResultsScope { PerItem, PerAnswer };
enum class ResultsFormat { Csv, Jsonl, LabelStudio };
QString resultsFormatName(ResultsFormat format); // "csv", "jsonl", "labelstudio"
Result<ResultsFormat> parseResultsFormat(const QString &name);
QString resultsFileSuffix(ResultsFormat format); // "csv", "jsonl", "json"

struct ResultsExportOptions {
    ResultsScope scope = ResultsScope::PerItem;
    ResultsFormat format = ResultsFormat::Csv;
    CsvCells cells = CsvCells::Exact; // CSV only
};

// The export file:
// - per item, CSV and JSONL: item_id, label, confidence, method, field, answers, decision, workers,
//   revisions, first_answer_at, last_answer_at, data (the item's data as JSON text in CSV);
// - per answer, CSV and JSONL: answer_id, item_id, worker, revision_id, revision_number, submitted_at,
//   reviewed_at, review (pending, approved, rejected), reason_code, panel, worker_fault_votes,
//   requester_fault_votes, seconds_spent, fields (the answer as JSON text in CSV);
// - Label Studio JSON: the task list of LabelStudioExport with every answer as an annotation; per
//   item, each task also carries the final label as a prediction (model_version "chrysalis-<method>",
//   score the confidence) and its decision in the task's meta.
// CSV as resultsCsv writes it (RFC 4180, CRLF, times ISO 8601 UTC with milliseconds).
Result<QByteArray> exportResults(const ResultsSource &source, const ResultsExportOptions &options);

} // namespace Chrysalis
