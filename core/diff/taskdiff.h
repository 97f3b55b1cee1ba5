#pragma once

#include "core/diff/textdiff.h"
#include "core/domain/feedback.h"
#include "core/domain/task.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// What one change hunk between two task revisions changes.
enum class HunkKind {
    Title,
    Instructions,
    FieldAdded,
    FieldRemoved,
    FieldRenamed,
    FieldRetyped, // the kind, with the settings and options that belong to it
    FieldLabelChanged,
    FieldRequiredChanged,
    FieldSettingsChanged, // rating scale, text length bounds, span labels or source key
    FieldsReordered,
    OptionAdded,
    OptionRemoved,
    OptionRelabelled,
    OptionsReordered,
    Pay,
    Estimate,
    Overlap,
    MinTier,
    Skills,
    ContentWarnings,
};
QString hunkKindName(HunkKind kind); // "title", "field_added", "options_reordered", "pay", …

// One change a feedback worker made to a task revision, which the requester accepts or rejects on
// its own. The id is derived from what the hunk changes, so the worker's and the requester's
// machines name the same change alike.
struct DiffHunk {
    QString id; // "<kind>-<16 hex digits>"
    HunkKind kind = HunkKind::Title;
    QString path; // "title", "instructions", "form.<field>", "form.<field>.options.<value>", "pay_cents", …
    QString fieldName; // form hunks: the field's name in the original (in the markup for FieldAdded)
    QString optionValue; // option hunks
    QString before; // for display; empty for an addition
    QString after; // for display; empty for a removal
    // Title and instructions hunks: the change with a few words of context on either side.
    QList<TextSegment> segments;

    bool operator==(const DiffHunk &) const = default;
};

// The hunks that turn `base` into `markup`, in reading order: title, instructions, form, terms.
// Text is diffed word by word and each change between two equal runs is one hunk.
QList<DiffHunk> diffRevisions(const TaskRevision &base, const TaskRevision &markup);

// `base` with the accepted hunks of diffRevisions(base, markup) applied; unknown ids are ignored.
// Keeps base's id, task id, number and creation time. Accepting every hunk gives markup's content,
// none gives base. A reorder needs every addition and removal in the same list; a set whose result
// breaks TaskRevision::validate() is a Validation error naming the hunks involved.
Result<TaskRevision> applyHunks(const TaskRevision &base, const TaskRevision &markup,
                                const QStringList &acceptedHunkIds);

// What a worker would earn per hour at `payCents` per answer, going by the feedback worker's
// measured seconds per sample item (rounded to the nearest cent); nullopt when no answer was timed.
std::optional<Cents> impliedHourlyPayCents(Cents payCents, const QList<SampleAnswer> &answers);

} // namespace Chrysalis
