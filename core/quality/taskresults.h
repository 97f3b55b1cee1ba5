#pragma once

#include "core/quality/inference.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace Chrysalis {

// One answer to one item of a task, with the provenance a results export carries. The worker is
// named by pseudonym only: exports travel to requesters, who never see account ids.
struct TaskAnswerRecord {
    QString itemId;
    QString workerPseudonym;
    QString label;
    QString revisionId; // the task revision the worker saw
    QDateTime submittedAt;
};

// A closed conflict panel that settled an item's label; it overrides the aggregation.
struct PanelRuling {
    QString itemId;
    QString label;
    int votesForLabel = 0; // the panel's votes for the side that gave this label
    int votes = 0;
};

// How an item's final label came about.
enum class LabelDecision {
    Single, // one answer only
    Unanimous, // two or more answers, all the same label
    Aggregated, // the answers disagreed and the method decided
    Panel, // a closed conflict panel decided
};
QString labelDecisionName(LabelDecision decision); // "single", "unanimous", "aggregated", "panel"

// The final label of one item and where it came from.
struct ItemResult {
    QString itemId;
    QString label;
    // The posterior of the label under the method (for majority vote its vote share); for a panel
    // the share of its votes for the label.
    double confidence = 0.0;
    int answerCount = 0;
    LabelDecision decision = LabelDecision::Aggregated;
    QStringList workerPseudonyms; // in answer order, each once
    QStringList revisionIds; // each once, in answer order
    QDateTime firstAnswerAt;
    QDateTime lastAnswerAt;
};

struct TaskResults {
    InferenceMethod method = InferenceMethod::MajorityVote;
    std::vector<ItemResult> items; // in order of each item's first answer
    // Per worker pseudonym, the method's probability that one of their answers is right.
    std::vector<std::pair<QString, double>> workerReliability;
};

// Aggregates a task's overlapping answers with the method the requester chose. Items a panel ruled
// on take the panel's label. Labels are compared and reported as AnswerSet codes them (integer
// labels in canonical form). Fails on no answers, an answer without item, worker or label, a
// ruling on an item nobody answered, or invalid options.
Result<TaskResults> aggregateTask(const std::vector<TaskAnswerRecord> &answers, InferenceMethod method,
                                  const std::vector<PanelRuling> &rulings = {}, const InferenceOptions &options = {});

// How CSV cells are written. Exact keeps every cell as it is. SpreadsheetSafe is for files that will be
// opened in a spreadsheet, which runs a cell starting with =, +, -, @, a tab or a carriage return as a
// formula: such a cell is written with a leading apostrophe, unless the whole cell is a plain number.
enum class CsvCells { Exact, SpreadsheetSafe };

// The results export: a header row then one row per item, columns item_id, label, confidence,
// method, answers, decision, workers, revisions, first_answer_at, last_answer_at. Lists are joined
// with "; ", times are ISO 8601 UTC with milliseconds, confidence the shortest text that reads back
// to the same double. CSV follows RFC 4180 with CRLF line ends; DelimitedText reads it back cell
// for cell. JSONL is one compact JSON object per item with the same keys (lists as arrays).
QByteArray resultsCsv(const TaskResults &results, CsvCells cells = CsvCells::Exact);
QByteArray resultsJsonl(const TaskResults &results);

// One CSV cell, quoted when it holds a comma, a quote, a line break or space at either end (which
// unquoted cells lose), with quotes doubled.
QByteArray csvCell(const QString &text, CsvCells cells = CsvCells::Exact);
QByteArray csvRow(const QStringList &cells, CsvCells mode = CsvCells::Exact); // joined by commas, ending in CRLF

} // namespace Chrysalis
