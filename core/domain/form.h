#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Chrysalis {

// The kinds of answer field of MECHANISM.md "Answer forms".
enum class FieldKind { SingleChoice, MultiChoice, Rating, Text, Pairwise, Correction, Spans };

QString fieldKindName(FieldKind kind); // "single_choice", …
Result<FieldKind> parseFieldKind(const QString &name);

// Structural limits that keep a hostile or mistaken form from exhausting a client.
inline constexpr int kMaxFormFields = 100;
inline constexpr int kMaxFormOptions = 200;
inline constexpr int kMaxRatingSteps = 100;
inline constexpr int kMaxFieldNameLength = 64;

// One choice of a single or multi choice field: the stored value and the label shown.
struct FormOption {
    QString value;
    QString label;

    QJsonObject toJson() const;
    static Result<FormOption> fromJson(const QJsonObject &json);

    bool operator==(const FormOption &) const = default;
};

// One typed field of an answer form. Only the members of its kind mean anything; the others keep
// their defaults (toJson writes only the keys of the field's kind).
struct FormField {
    QString name; // the key of the answer in Answer::fields: [a-z0-9_]
    FieldKind kind = FieldKind::Text;
    QString label;
    bool required = false;
    QList<FormOption> options; // single_choice, multi_choice
    int ratingMin = 1; // rating: the integer scale, both ends included
    int ratingMax = 5;
    std::optional<int> minLength; // text: bounds in Unicode code points
    std::optional<int> maxLength;
    QStringList spanLabels; // spans: the label set
    QString sourceKey = QStringLiteral("text"); // correction, spans: the key of the item data holding the text

    bool usesOptions() const { return kind == FieldKind::SingleChoice || kind == FieldKind::MultiChoice; }
    bool usesSourceText() const { return kind == FieldKind::Correction || kind == FieldKind::Spans; }

    // {name, kind, label, required, options?, min?, max?, min_length?, max_length?, labels?, source_key?}
    QJsonObject toJson() const;
    // Checks the shape only (types, required keys, keys of another kind); validateDefinition()
    // checks that the form makes sense.
    static Result<FormField> fromJson(const QJsonObject &json);

    bool operator==(const FormField &) const = default;
};

// The answer form of a task revision: what a worker fills in for each item, and the one place
// that decides whether an answer fits it, on the client and on the server alike.
class AnswerForm
{
public:
    AnswerForm() = default;
    explicit AnswerForm(QList<FormField> fields) : m_fields(std::move(fields)) { }

    const QList<FormField> &fields() const { return m_fields; }
    // nullptr when the form has no field of that name.
    const FormField *field(const QString &name) const;

    // The form itself is well made. Field errors name "form", "form[i].name", "form[i].options[k].value", …
    Status validateDefinition() const;

    // Every problem of one answer, each naming the form field and a path inside its value
    // ("tags[2]", "entities[0].end", "compare.justification"); empty when the answer fits.
    // Precondition: validateDefinition() passed. Answer values by kind:
    //   single_choice: an option value;  multi_choice: an array of distinct option values;
    //   rating: an integer in [min, max];  text: a string within the length bounds;
    //   pairwise: {"choice": "a"|"b"|"tie", "justification": non-blank};
    //   correction: the edited text (any string);
    //   spans: [{"start", "end", "label"}], offsets in UTF-16 units of the item's source text.
    // A null value counts as missing. "required" means present, and for text non-blank, for
    // multi_choice non-empty; a required spans field may be an empty list (nothing to label).
    QList<FieldError> validateAnswer(const QJsonObject &fields, const QJsonObject &itemData) const;

    QJsonArray toJson() const;
    // Errors name "form[i].key", like validateDefinition().
    static Result<AnswerForm> fromJson(const QJsonArray &json);

    bool operator==(const AnswerForm &) const = default;

private:
    QList<FormField> m_fields;
};

} // namespace Chrysalis
