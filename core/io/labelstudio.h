#pragma once

#include "core/domain/form.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// Limits of Label Studio files, on top of the item limits of core/io/itemimport.h.
inline constexpr qsizetype kMaxLabelStudioConfigChars = 1024 * 1024;
inline constexpr int kMaxLabelStudioConfigDepth = 64;
inline constexpr int kMaxLabelStudioConfigElements = 10'000;
inline constexpr int kMaxLabelStudioAnnotationsPerTask = 1'000;
inline constexpr int kMaxLabelStudioResultsPerAnnotation = 10'000;

// Span offsets between our convention (UTF-16 code units, see AnswerForm::validateAnswer) and the
// code points ("characters" as Python counts them) that Label Studio's format documents. nullopt
// when the offset lies outside the text or inside a surrogate pair.
std::optional<qsizetype> codePointOffset(const QString &text, qsizetype utf16Units);
std::optional<qsizetype> utf16Offset(const QString &text, qsizetype codePoints);

// One control tag of a labeling config that became a field of our form.
struct LabelStudioControl {
    QString fieldName; // the field of our form
    QString fromName; // the control's `name`, Label Studio's from_name
    QString type; // the lower-case result type: choices, rating, textarea, labels, pairwise
    QStringList toNames; // the objects it labels (Pairwise: left, right)
    QString sourceKey; // labels: the item data key of the labelled Text
};

// A tag of a labeling config that has no counterpart in our forms.
struct LabelStudioUnsupportedTag {
    QString tag; // "Ranker"
    QString name; // its name attribute, if any
    qint64 line = 0;
    QString reason;

    QString describe() const; // "line 12: <Ranker name="rank">: …"
};

// What one Label Studio annotation or prediction says in our form's terms.
struct LabelStudioAnswer {
    QJsonObject fields; // field name → value, as AnswerForm::validateAnswer reads them
    QStringList skipped; // results that could not be carried over, each with the reason
    QList<FieldError> problems; // what validateAnswer finds in `fields` for the item's data
};

// A labeling config (Label Studio's XML) read as our answer form. Control tags we share become fields:
// Choices (single or multiple), Rating, TextArea, Labels on a Text bound to item data (spans) and
// Pairwise. Any other control or an object we cannot show is listed in unsupportedTags(), never dropped.
class LabelStudioConfig
{
public:
    // Reads the XML of a labeling config, or a Label Studio template (YAML with a `config:` key). A config
    // with unsupported tags parses; call requireSupported() to refuse it. Refuses a DTD (so no entities).
    static Result<LabelStudioConfig> parse(const QString &text);
    // The labeling config that shows `shownKeys` of the item data (and the source of each spans field) and
    // asks for the fields of `form`; a pairwise field compares the last two shown keys. Refuses a
    // correction field, which Label Studio has no control for. Text length bounds are not carried.
    static Result<LabelStudioConfig> fromForm(const AnswerForm &form, const QStringList &shownKeys);

    const AnswerForm &form() const { return m_form; }
    const QList<LabelStudioControl> &controls() const { return m_controls; }
    const LabelStudioControl *controlForField(const QString &fieldName) const;
    // The item data keys the config shows ($text → "text"), in document order, each once.
    const QStringList &dataKeys() const { return m_dataKeys; }
    const QList<LabelStudioUnsupportedTag> &unsupportedTags() const { return m_unsupported; }
    // A Validation error naming every unsupported tag, or success.
    Status requireSupported() const;
    // The sample task of a template (`<!-- {"data": …} -->`), empty when there is none.
    const QJsonObject &sampleData() const { return m_sampleData; }
    // The config's XML: the original text for a parsed config, the generated one for fromForm.
    const QString &xml() const { return m_xml; }

    // Carries the results of one annotation over into our form for an item with `data`. Spans are checked
    // against the text they quote and converted to UTF-16 offsets. `meta` is the annotation's meta: what
    // LabelStudioExport kept there (a pairwise tie or justification) is restored.
    LabelStudioAnswer answerFromResults(const QJsonArray &results, const QJsonObject &data,
                                        const QJsonObject &meta = {}) const;
    // The Label Studio results of one answer of ours; `id` seeds the region ids.
    QJsonArray resultsFromAnswer(const QJsonObject &fields, const QJsonObject &data, const QString &id) const;

private:
    AnswerForm m_form;
    QList<LabelStudioControl> m_controls;
    QStringList m_dataKeys;
    QList<LabelStudioUnsupportedTag> m_unsupported;
    QJsonObject m_sampleData;
    QString m_xml;

    friend class LabelStudioConfigReader;
};

// One annotation or prediction of a Label Studio task, as the file gives it.
struct LabelStudioAnnotation {
    QString id;
    QString completedBy; // a user id, email or name as text; empty when not given
    QDateTime createdAt; // invalid when not given
    std::optional<double> leadTime; // seconds
    bool wasCancelled = false;
    bool groundTruth = false;
    QString modelVersion; // predictions
    QJsonArray result;
    QJsonObject meta; // what Chrysalis writes on export (revision, answer id, pairwise detail)
};

// One Label Studio task: the item data and the labelling that came with it.
struct LabelStudioTask {
    std::optional<qint64> id;
    QJsonObject data;
    QJsonObject meta; // LabelStudioExport writes the item id here ("item_id")
    QList<LabelStudioAnnotation> annotations;
    QList<LabelStudioAnnotation> predictions; // predictions given only as ids are not kept
};

// Label Studio task files: a list of tasks or a single task; a task is {"data": {...}, "annotations"?,
// "predictions"?} or a bare data object. All or nothing like ItemImport: errors name the JSON path
// ("[3].annotations[0].result[1].value") or, for broken JSON, the line and column.
class LabelStudioTasks
{
public:
    static Result<QList<LabelStudioTask>> parse(const QByteArray &json);
    static Result<QList<LabelStudioTask>> readFile(const QString &path);
    // True when the bytes look like a Label Studio task file rather than one JSON object per line.
    static bool looksLikeTaskFile(const QByteArray &bytes);
};

// One answer of ours with its provenance, for export.
struct LabelStudioExportAnswer {
    QString answerId;
    QString workerPseudonym;
    QString revisionId;
    QDateTime submittedAt;
    int secondsSpent = 0;
    QJsonObject fields;
};

struct LabelStudioExportItem {
    QString itemId;
    QJsonObject data;
    QList<LabelStudioExportAnswer> answers;
};

// Writes items and answers as a Label Studio JSON export: a task list whose annotations hold result[]
// items with from_name, to_name, type and value. Provenance goes into completed_by (the pseudonym),
// created_at, lead_time and the annotation's meta (answer id, revision); what Label Studio cannot hold
// (a pairwise tie, a justification) also goes into meta so that importing the file restores it. Span
// offsets are written in code points, each with the text it covers.
class LabelStudioExport
{
public:
    static QJsonArray tasks(const LabelStudioConfig &config, const QList<LabelStudioExportItem> &items);
    static QByteArray toJson(const LabelStudioConfig &config, const QList<LabelStudioExportItem> &items);
};

} // namespace Chrysalis
