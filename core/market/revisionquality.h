#pragma once

#include "core/domain/form.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

// Gold items are handed out at most this often: a task of mostly tests is no task.
inline constexpr double kMaxGoldRate = 0.5;

// How a revision's overlapping answers become one label per item: a core/quality method and the
// form field it reads.
struct AggregationChoice {
    QString method; // "mv", "wawa", "ds", "onecoin", "glad", "mace", "mean", "median"
    QString field;

    QJsonObject toJson() const;
    bool operator==(const AggregationChoice &) const = default;
};

// The quality keys of a task revision beyond TaskRevision's own fields: "aggregation", "gold_rate",
// "kind", "qualification" and "verifies_skill". Every key is optional; the marketplace stores them beside the revision
// and renders the keys that were given, as they were given.
struct RevisionQuality {
    std::optional<AggregationChoice> aggregation;
    std::optional<double> goldRate; // share of gold items in a worker's claims; policy default when absent
    bool qualificationTask = false; // "kind": "qualification": every item is gold, passing it qualifies
    QString requiredTaskId; // "qualification": {"task_id", "pass_mark"}: the test a worker must pass first
    double passMark = 0.0;
    // "verifies_skill": the skill a pass of this qualification task verifies on the worker's profile,
    // normalised like profile skills; empty when the task verifies none.
    QString verifiesSkill;

    bool verifiesASkill() const { return !verifiesSkill.isEmpty(); }
    bool requiresQualification() const { return !requiredTaskId.isEmpty(); }
    bool isEmpty() const { return *this == RevisionQuality{}; }
    // Writes the keys that were given into a revision's JSON.
    void insertInto(QJsonObject &revision) const;
    // Reads the quality keys of a revision object and ignores the others. Checks shapes only (an
    // object, a number, a known kind); revisionQualityProblems() checks the content.
    static Result<RevisionQuality> fromRevisionJson(const QJsonObject &revision);

    bool operator==(const RevisionQuality &) const = default;
};

// True for "aggregation", "gold_rate", "kind", "qualification" and "verifies_skill".
bool isRevisionQualityKey(const QString &key);

// The content rules checked at publish, named by revision key: a known method on a single_choice or
// rating field of the form (mean and median on a rating field only), a gold rate in [0, 0.5], a
// pass mark in [0, 1], and a verified skill of at most 64 code points on a qualification task only.
QList<FieldError> revisionQualityProblems(const RevisionQuality &quality, const AnswerForm &form);

// The aggregation a revision asks for: the given one, else "mv" on the form's first single_choice
// field, else on its first rating field; nullopt when the form has neither.
std::optional<AggregationChoice> effectiveAggregation(const RevisionQuality &quality, const AnswerForm &form);

} // namespace Chrysalis
