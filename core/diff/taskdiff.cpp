#include "core/diff/taskdiff.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr qsizetype kContextLength = 40; // UTF-16 units of equal text shown on each side of a text hunk

// Builds hunks and gives each its id: a digest of kind, path, before and after, plus how many
// identical changes came before it, so the same change gets the same id anywhere.
class HunkList
{
public:
    void add(DiffHunk hunk)
    {
        const QString key = QStringList{hunkKindName(hunk.kind), hunk.path, hunk.before, hunk.after}.join(QChar(0x1F));
        const int occurrence = m_seen[key]++;
        const QByteArray digest = QCryptographicHash::hash((key + QChar(0x1F) + QString::number(occurrence)).toUtf8(),
                                                           QCryptographicHash::Sha256);
        hunk.id = hunkKindName(hunk.kind) + u'-' + QString::fromLatin1(digest.toHex().left(16));
        m_hunks.append(std::move(hunk));
    }
    QList<DiffHunk> take() { return std::move(m_hunks); }

private:
    QList<DiffHunk> m_hunks;
    QHash<QString, int> m_seen;
};

// A cut that does not split a surrogate pair.
qsizetype safeCut(const QString &text, qsizetype at)
{
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate() && text.at(at - 1).isHighSurrogate())
        return at + 1;
    return at;
}

QString contextTail(const QString &text)
{
    if (text.size() <= kContextLength)
        return text;
    qsizetype start = safeCut(text, text.size() - kContextLength);
    if (const qsizetype space = text.indexOf(u' ', start); space >= 0 && space + 1 < text.size())
        start = space + 1;
    return QString(QChar(0x2026)) + text.mid(start);
}

QString contextHead(const QString &text)
{
    if (text.size() <= kContextLength)
        return text;
    qsizetype end = safeCut(text, kContextLength);
    if (const qsizetype space = text.lastIndexOf(u' ', end - 1); space > 0)
        end = space;
    return text.left(end) + QChar(0x2026);
}

// Calls `change(first, last)` for each run of non-equal segments [first, last].
void forEachChange(const QList<TextSegment> &segments, const std::function<void(qsizetype, qsizetype)> &change)
{
    qsizetype i = 0;
    while (i < segments.size()) {
        if (segments.at(i).op == DiffOp::Equal) {
            ++i;
            continue;
        }
        qsizetype last = i;
        while (last + 1 < segments.size() && segments.at(last + 1).op != DiffOp::Equal)
            ++last;
        change(i, last);
        i = last + 1;
    }
}

void addTextHunks(HunkList &hunks, HunkKind kind, const QString &path, const QString &before, const QString &after)
{
    const QList<TextSegment> segments = diffText(before, after);
    forEachChange(segments, [&](qsizetype first, qsizetype last) {
        DiffHunk hunk;
        hunk.kind = kind;
        hunk.path = path;
        if (first > 0)
            hunk.segments.append({DiffOp::Equal, contextTail(segments.at(first - 1).text)});
        for (qsizetype i = first; i <= last; ++i) {
            hunk.segments.append(segments.at(i));
            (segments.at(i).op == DiffOp::Delete ? hunk.before : hunk.after) += segments.at(i).text;
        }
        if (last + 1 < segments.size())
            hunk.segments.append({DiffOp::Equal, contextHead(segments.at(last + 1).text)});
        hunks.add(std::move(hunk));
    });
}

QString applyText(const QString &before, const QString &after, const QList<bool> &accepted)
{
    const QList<TextSegment> segments = diffText(before, after);
    QString text;
    qsizetype change = 0;
    qsizetype i = 0;
    forEachChange(segments, [&](qsizetype first, qsizetype last) {
        for (; i < first; ++i)
            text += segments.at(i).text;
        const bool take = change < accepted.size() && accepted.at(change);
        for (; i <= last; ++i) {
            if (segments.at(i).op == (take ? DiffOp::Insert : DiffOp::Delete))
                text += segments.at(i).text;
        }
        ++change;
    });
    for (; i < segments.size(); ++i)
        text += segments.at(i).text;
    return text;
}

QString fieldPath(const QString &name)
{
    return u"form."_s + name;
}

QString describeField(const FormField &field)
{
    return u"%1 (%2)"_s.arg(field.label.isEmpty() ? field.name : field.label, fieldKindName(field.kind));
}

// The settings of a field's kind other than its options, as compact JSON for display.
QString settingsText(const FormField &field)
{
    QJsonObject json = field.toJson();
    for (const QString &key : {u"name"_s, u"kind"_s, u"label"_s, u"required"_s, u"options"_s})
        json.remove(key);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool sameSettings(const FormField &a, const FormField &b)
{
    return a.ratingMin == b.ratingMin && a.ratingMax == b.ratingMax && a.minLength == b.minLength &&
           a.maxLength == b.maxLength && a.spanLabels == b.spanLabels && a.sourceKey == b.sourceKey;
}

void takeSettings(FormField &to, const FormField &from)
{
    to.ratingMin = from.ratingMin;
    to.ratingMax = from.ratingMax;
    to.minLength = from.minLength;
    to.maxLength = from.maxLength;
    to.spanLabels = from.spanLabels;
    to.sourceKey = from.sourceKey;
}

// Base and markup fields that are the same field: by name, then an unmatched pair that differs
// only in its name is a rename.
struct FieldMatch {
    QList<std::pair<qsizetype, qsizetype>> pairs; // (base index, markup index), in base order
    QList<qsizetype> removed; // base indices
    QList<qsizetype> added; // markup indices, in markup order
};

FieldMatch matchFields(const QList<FormField> &base, const QList<FormField> &markup)
{
    FieldMatch match;
    QList<qsizetype> baseToMarkup(base.size(), -1);
    QList<bool> markupTaken(markup.size(), false);
    for (qsizetype i = 0; i < base.size(); ++i) {
        for (qsizetype j = 0; j < markup.size(); ++j) {
            if (!markupTaken.at(j) && markup.at(j).name == base.at(i).name) {
                baseToMarkup[i] = j;
                markupTaken[j] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (baseToMarkup.at(i) >= 0)
            continue;
        for (qsizetype j = 0; j < markup.size(); ++j) {
            FormField renamed = markup.at(j);
            renamed.name = base.at(i).name;
            if (!markupTaken.at(j) && renamed == base.at(i)) {
                baseToMarkup[i] = j;
                markupTaken[j] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (baseToMarkup.at(i) >= 0)
            match.pairs.append({i, baseToMarkup.at(i)});
        else
            match.removed.append(i);
    }
    for (qsizetype j = 0; j < markup.size(); ++j) {
        if (!markupTaken.at(j))
            match.added.append(j);
    }
    return match;
}

qsizetype indexOfOption(const QList<FormOption> &options, const QString &value)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i).value == value)
            return i;
    }
    return -1;
}

// True when the items both lists hold appear in a different relative order.
template<typename Key>
bool commonOrderDiffers(const QList<Key> &before, const QList<Key> &after)
{
    QList<Key> a;
    QList<Key> b;
    for (const Key &key : before) {
        if (after.contains(key))
            a.append(key);
    }
    for (const Key &key : after) {
        if (before.contains(key))
            b.append(key);
    }
    return a != b;
}

QStringList optionValues(const QList<FormOption> &options)
{
    QStringList values;
    for (const FormOption &option : options)
        values.append(option.value);
    return values;
}

void addOptionHunks(HunkList &hunks, const FormField &base, const FormField &markup)
{
    const QString path = fieldPath(base.name) + u".options"_s;
    const auto hunk = [&](HunkKind kind, const QString &value, const QString &before, const QString &after) {
        DiffHunk h;
        h.kind = kind;
        h.path = value.isNull() ? path : path + u'.' + value;
        h.fieldName = base.name;
        h.optionValue = value;
        h.before = before;
        h.after = after;
        hunks.add(std::move(h));
    };
    for (const FormOption &option : base.options) {
        const qsizetype at = indexOfOption(markup.options, option.value);
        if (at < 0)
            hunk(HunkKind::OptionRemoved, option.value, option.label, {});
        else if (markup.options.at(at).label != option.label)
            hunk(HunkKind::OptionRelabelled, option.value, option.label, markup.options.at(at).label);
    }
    for (const FormOption &option : markup.options) {
        if (indexOfOption(base.options, option.value) < 0)
            hunk(HunkKind::OptionAdded, option.value, {}, option.label);
    }
    const QStringList before = optionValues(base.options);
    const QStringList after = optionValues(markup.options);
    if (commonOrderDiffers(before, after))
        hunk(HunkKind::OptionsReordered, QString(), before.join(u", "_s), after.join(u", "_s));
}

void addFieldHunks(HunkList &hunks, const FormField &base, const FormField &markup)
{
    const auto hunk = [&](HunkKind kind, const QString &before, const QString &after) {
        DiffHunk h;
        h.kind = kind;
        h.path = fieldPath(base.name);
        h.fieldName = base.name;
        h.before = before;
        h.after = after;
        hunks.add(std::move(h));
    };
    if (base.name != markup.name)
        hunk(HunkKind::FieldRenamed, base.name, markup.name);
    if (base.kind != markup.kind)
        hunk(HunkKind::FieldRetyped, fieldKindName(base.kind), fieldKindName(markup.kind));
    if (base.label != markup.label)
        hunk(HunkKind::FieldLabelChanged, base.label, markup.label);
    if (base.required != markup.required)
        hunk(HunkKind::FieldRequiredChanged, base.required ? u"required"_s : u"optional"_s,
             markup.required ? u"required"_s : u"optional"_s);
    if (base.kind == markup.kind) {
        if (!sameSettings(base, markup))
            hunk(HunkKind::FieldSettingsChanged, settingsText(base), settingsText(markup));
        if (base.usesOptions())
            addOptionHunks(hunks, base, markup);
    }
}

void addFormHunks(HunkList &hunks, const AnswerForm &baseForm, const AnswerForm &markupForm)
{
    const QList<FormField> &base = baseForm.fields();
    const QList<FormField> &markup = markupForm.fields();
    const FieldMatch match = matchFields(base, markup);
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (match.removed.contains(i)) {
            DiffHunk hunk;
            hunk.kind = HunkKind::FieldRemoved;
            hunk.path = fieldPath(base.at(i).name);
            hunk.fieldName = base.at(i).name;
            hunk.before = describeField(base.at(i));
            hunks.add(std::move(hunk));
        }
        for (const auto &[b, m] : match.pairs) {
            if (b == i)
                addFieldHunks(hunks, base.at(b), markup.at(m));
        }
    }
    for (const qsizetype j : match.added) {
        DiffHunk hunk;
        hunk.kind = HunkKind::FieldAdded;
        hunk.path = fieldPath(markup.at(j).name);
        hunk.fieldName = markup.at(j).name;
        hunk.after = describeField(markup.at(j));
        hunks.add(std::move(hunk));
    }
    QList<qsizetype> markupOrder;
    for (const auto &pair : match.pairs)
        markupOrder.append(pair.second);
    if (!std::is_sorted(markupOrder.cbegin(), markupOrder.cend())) {
        QStringList before;
        for (const auto &pair : match.pairs)
            before.append(base.at(pair.first).name);
        std::sort(markupOrder.begin(), markupOrder.end());
        QStringList after;
        for (const qsizetype j : markupOrder)
            after.append(markup.at(j).name);
        DiffHunk hunk;
        hunk.kind = HunkKind::FieldsReordered;
        hunk.path = u"form"_s;
        hunk.before = before.join(u", "_s);
        hunk.after = after.join(u", "_s);
        hunks.add(std::move(hunk));
    }
}

// The accepted hunks of one diff, looked up by what they change.
class Acceptance
{
public:
    Acceptance(const QList<DiffHunk> &hunks, const QStringList &accepted)
        : m_hunks(hunks), m_accepted(accepted.cbegin(), accepted.cend())
    { }

    const DiffHunk *find(HunkKind kind, const QString &fieldName = {}, const QString &optionValue = {}) const
    {
        for (const DiffHunk &hunk : m_hunks) {
            if (hunk.kind == kind && hunk.fieldName == fieldName && hunk.optionValue == optionValue)
                return &hunk;
        }
        return nullptr;
    }
    bool accepted(HunkKind kind, const QString &fieldName = {}, const QString &optionValue = {}) const
    {
        const DiffHunk *hunk = find(kind, fieldName, optionValue);
        return hunk && m_accepted.contains(hunk->id);
    }
    bool accepted(const DiffHunk &hunk) const { return m_accepted.contains(hunk.id); }
    QList<bool> textChanges(HunkKind kind) const
    {
        QList<bool> flags;
        for (const DiffHunk &hunk : m_hunks) {
            if (hunk.kind == kind)
                flags.append(accepted(hunk));
        }
        return flags;
    }
    const QList<DiffHunk> &hunks() const { return m_hunks; }

private:
    const QList<DiffHunk> &m_hunks;
    QSet<QString> m_accepted;
};

// A reorder takes the markup's order, which exists only once every addition and removal it
// orders is taken too; names the missing hunks.
void requireAllOf(const Acceptance &acceptance, const DiffHunk &reorder,
                  const std::function<bool(const DiffHunk &)> &needed, QList<FieldError> &errors)
{
    QStringList missing;
    for (const DiffHunk &hunk : acceptance.hunks()) {
        if (needed(hunk) && !acceptance.accepted(hunk))
            missing.append(hunk.id);
    }
    if (!missing.isEmpty())
        errors.append(
                {reorder.id, u"takes the marked-up order, so it needs %1 accepted too"_s.arg(missing.join(u", "_s))});
}

QList<FormOption> applyOptions(const FormField &base, const FormField &markup, const Acceptance &acceptance,
                               QList<FieldError> &errors)
{
    const QString &name = base.name;
    QList<FormOption> options;
    if (const DiffHunk *reorder = acceptance.find(HunkKind::OptionsReordered, name);
        reorder && acceptance.accepted(*reorder)) {
        const qsizetype before = errors.size();
        requireAllOf(
                acceptance, *reorder,
                [&](const DiffHunk &hunk) {
                    return hunk.fieldName == name &&
                           (hunk.kind == HunkKind::OptionAdded || hunk.kind == HunkKind::OptionRemoved);
                },
                errors);
        if (errors.size() > before)
            return base.options;
        for (const FormOption &option : markup.options) {
            const qsizetype at = indexOfOption(base.options, option.value);
            if (at >= 0 && !acceptance.accepted(HunkKind::OptionRelabelled, name, option.value))
                options.append(base.options.at(at));
            else
                options.append(option);
        }
        return options;
    }
    QList<qsizetype> markupIndex; // of each option kept, -1 when the markup lacks it
    for (const FormOption &option : base.options) {
        if (acceptance.accepted(HunkKind::OptionRemoved, name, option.value))
            continue;
        const qsizetype at = indexOfOption(markup.options, option.value);
        if (acceptance.accepted(HunkKind::OptionRelabelled, name, option.value))
            options.append(markup.options.at(at));
        else
            options.append(option);
        markupIndex.append(at);
    }
    for (qsizetype j = 0; j < markup.options.size(); ++j) {
        if (!acceptance.accepted(HunkKind::OptionAdded, name, markup.options.at(j).value))
            continue;
        // After the nearest option before it in the markup that the result holds.
        qsizetype insertAt = 0;
        for (qsizetype k = 0; k < markupIndex.size(); ++k) {
            if (markupIndex.at(k) >= 0 && markupIndex.at(k) < j)
                insertAt = k + 1;
        }
        options.insert(insertAt, markup.options.at(j));
        markupIndex.insert(insertAt, j);
    }
    return options;
}

struct FieldSlot {
    FormField field;
    qsizetype markupIndex = -1;
    QString originalName; // the name its hunks carry
};

QList<FieldSlot> applyForm(const AnswerForm &baseForm, const AnswerForm &markupForm, const Acceptance &acceptance,
                           QList<FieldError> &errors)
{
    const QList<FormField> &base = baseForm.fields();
    const QList<FormField> &markup = markupForm.fields();
    const FieldMatch match = matchFields(base, markup);
    QList<FieldSlot> slots;
    for (qsizetype i = 0; i < base.size(); ++i) {
        const FormField &field = base.at(i);
        if (match.removed.contains(i)) {
            if (!acceptance.accepted(HunkKind::FieldRemoved, field.name))
                slots.append({field, -1, field.name});
            continue;
        }
        qsizetype j = -1;
        for (const auto &pair : match.pairs) {
            if (pair.first == i)
                j = pair.second;
        }
        const FormField &target = markup.at(j);
        FieldSlot slot{field, j, field.name};
        FormField &result = slot.field;
        if (acceptance.accepted(HunkKind::FieldRenamed, field.name))
            result.name = target.name;
        if (acceptance.accepted(HunkKind::FieldLabelChanged, field.name))
            result.label = target.label;
        if (acceptance.accepted(HunkKind::FieldRequiredChanged, field.name))
            result.required = target.required;
        if (acceptance.accepted(HunkKind::FieldRetyped, field.name)) {
            result.kind = target.kind;
            result.options = target.options;
            takeSettings(result, target);
        }
        if (field.kind == target.kind) {
            if (acceptance.accepted(HunkKind::FieldSettingsChanged, field.name))
                takeSettings(result, target);
            if (field.usesOptions())
                result.options = applyOptions(field, target, acceptance, errors);
        }
        slots.append(std::move(slot));
    }

    const DiffHunk *reorder = acceptance.find(HunkKind::FieldsReordered);
    if (reorder && acceptance.accepted(*reorder)) {
        const qsizetype before = errors.size();
        requireAllOf(
                acceptance, *reorder,
                [](const DiffHunk &hunk) {
                    return hunk.kind == HunkKind::FieldAdded || hunk.kind == HunkKind::FieldRemoved;
                },
                errors);
        if (errors.size() > before)
            return slots;
        for (const qsizetype j : match.added)
            slots.append({markup.at(j), j, markup.at(j).name});
        std::stable_sort(slots.begin(), slots.end(),
                         [](const FieldSlot &a, const FieldSlot &b) { return a.markupIndex < b.markupIndex; });
        return slots;
    }
    for (const qsizetype j : match.added) {
        if (!acceptance.accepted(HunkKind::FieldAdded, markup.at(j).name))
            continue;
        qsizetype insertAt = 0;
        for (qsizetype k = 0; k < slots.size(); ++k) {
            if (slots.at(k).markupIndex >= 0 && slots.at(k).markupIndex < j)
                insertAt = k + 1;
        }
        slots.insert(insertAt, {markup.at(j), j, markup.at(j).name});
    }
    return slots;
}

bool isFormHunk(HunkKind kind)
{
    return kind >= HunkKind::FieldAdded && kind <= HunkKind::OptionsReordered;
}

// The hunks a validation error of the merged revision is about.
QStringList hunksBehind(const FieldError &error, const QList<FieldSlot> &slots, const QList<DiffHunk> &hunks)
{
    static const QRegularExpression formIndex(u"^form\\[(\\d+)\\]"_s);
    std::function<bool(const DiffHunk &)> about;
    if (const QRegularExpressionMatch m = formIndex.match(error.field); m.hasMatch()) {
        const qsizetype index = m.captured(1).toLongLong();
        const QString name = index < slots.size() ? slots.at(index).originalName : QString();
        about = [name](const DiffHunk &hunk) { return isFormHunk(hunk.kind) && hunk.fieldName == name; };
    } else if (error.field.startsWith(u"form"_s)) {
        about = [](const DiffHunk &hunk) { return isFormHunk(hunk.kind); };
    } else {
        static const QHash<QString, HunkKind> byKey{
                {u"title"_s, HunkKind::Title},
                {u"instructions"_s, HunkKind::Instructions},
                {u"pay_cents"_s, HunkKind::Pay},
                {u"estimate_seconds"_s, HunkKind::Estimate},
                {u"overlap"_s, HunkKind::Overlap},
                {u"skills"_s, HunkKind::Skills},
                {u"content_warnings"_s, HunkKind::ContentWarnings},
        };
        const QString key = error.field.section(u'[', 0, 0);
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd())
            return {};
        const HunkKind kind = *it;
        about = [kind](const DiffHunk &hunk) { return hunk.kind == kind; };
    }
    QStringList ids;
    for (const DiffHunk &hunk : hunks) {
        if (about(hunk))
            ids.append(hunk.id);
    }
    return ids;
}

} // namespace

QString hunkKindName(HunkKind kind)
{
    switch (kind) {
    case HunkKind::Title:
        return u"title"_s;
    case HunkKind::Instructions:
        return u"instructions"_s;
    case HunkKind::FieldAdded:
        return u"field_added"_s;
    case HunkKind::FieldRemoved:
        return u"field_removed"_s;
    case HunkKind::FieldRenamed:
        return u"field_renamed"_s;
    case HunkKind::FieldRetyped:
        return u"field_retyped"_s;
    case HunkKind::FieldLabelChanged:
        return u"field_label"_s;
    case HunkKind::FieldRequiredChanged:
        return u"field_required"_s;
    case HunkKind::FieldSettingsChanged:
        return u"field_settings"_s;
    case HunkKind::FieldsReordered:
        return u"fields_reordered"_s;
    case HunkKind::OptionAdded:
        return u"option_added"_s;
    case HunkKind::OptionRemoved:
        return u"option_removed"_s;
    case HunkKind::OptionRelabelled:
        return u"option_relabelled"_s;
    case HunkKind::OptionsReordered:
        return u"options_reordered"_s;
    case HunkKind::Pay:
        return u"pay"_s;
    case HunkKind::Estimate:
        return u"estimate"_s;
    case HunkKind::Overlap:
        return u"overlap"_s;
    case HunkKind::MinTier:
        return u"min_tier"_s;
    case HunkKind::Skills:
        return u"skills"_s;
    case HunkKind::ContentWarnings:
        return u"content_warnings"_s;
    }
    return {};
}

QList<DiffHunk> diffRevisions(const TaskRevision &base, const TaskRevision &markup)
{
    HunkList hunks;
    addTextHunks(hunks, HunkKind::Title, u"title"_s, base.title, markup.title);
    addTextHunks(hunks, HunkKind::Instructions, u"instructions"_s, base.instructions, markup.instructions);
    addFormHunks(hunks, base.form, markup.form);
    const auto scalar = [&](HunkKind kind, const QString &path, const QString &before, const QString &after) {
        if (before == after)
            return;
        DiffHunk hunk;
        hunk.kind = kind;
        hunk.path = path;
        hunk.before = before;
        hunk.after = after;
        hunks.add(std::move(hunk));
    };
    scalar(HunkKind::Pay, u"pay_cents"_s, QString::number(base.payCents), QString::number(markup.payCents));
    scalar(HunkKind::Estimate, u"estimate_seconds"_s, QString::number(base.estimateSeconds),
           QString::number(markup.estimateSeconds));
    scalar(HunkKind::Overlap, u"overlap"_s, QString::number(base.overlap), QString::number(markup.overlap));
    scalar(HunkKind::MinTier, u"min_tier"_s, tierName(base.minTier), tierName(markup.minTier));
    if (base.skills != markup.skills)
        scalar(HunkKind::Skills, u"skills"_s, base.skills.join(u", "_s), markup.skills.join(u", "_s));
    if (base.contentWarnings != markup.contentWarnings)
        scalar(HunkKind::ContentWarnings, u"content_warnings"_s, base.contentWarnings.join(u", "_s),
               markup.contentWarnings.join(u", "_s));
    return hunks.take();
}

Result<TaskRevision> applyHunks(const TaskRevision &base, const TaskRevision &markup,
                                const QStringList &acceptedHunkIds)
{
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    const Acceptance acceptance(hunks, acceptedHunkIds);
    TaskRevision merged = base;
    merged.title = applyText(base.title, markup.title, acceptance.textChanges(HunkKind::Title));
    merged.instructions =
            applyText(base.instructions, markup.instructions, acceptance.textChanges(HunkKind::Instructions));
    if (acceptance.accepted(HunkKind::Pay))
        merged.payCents = markup.payCents;
    if (acceptance.accepted(HunkKind::Estimate))
        merged.estimateSeconds = markup.estimateSeconds;
    if (acceptance.accepted(HunkKind::Overlap))
        merged.overlap = markup.overlap;
    if (acceptance.accepted(HunkKind::MinTier))
        merged.minTier = markup.minTier;
    if (acceptance.accepted(HunkKind::Skills))
        merged.skills = markup.skills;
    if (acceptance.accepted(HunkKind::ContentWarnings))
        merged.contentWarnings = markup.contentWarnings;

    QList<FieldError> dependencies;
    const QList<FieldSlot> slots = applyForm(base.form, markup.form, acceptance, dependencies);
    if (!dependencies.isEmpty()) {
        QStringList ids;
        for (const FieldError &error : dependencies)
            ids.append(error.field);
        return Error::validation(u"hunks %1 cannot be accepted on their own"_s.arg(ids.join(u", "_s)), dependencies);
    }
    QList<FormField> fields;
    for (const FieldSlot &slot : slots)
        fields.append(slot.field);
    merged.form = AnswerForm(fields);

    if (const Status valid = merged.validate(); !valid.ok()) {
        QStringList ids;
        for (const FieldError &error : valid.error().fieldErrors) {
            for (const QString &id : hunksBehind(error, slots, hunks)) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        if (ids.isEmpty()) // the base itself breaks a rule no hunk touches
            return valid.error();
        return Error::validation(
                u"this choice of hunks leaves the task revision invalid; it involves %1"_s.arg(ids.join(u", "_s)),
                valid.error().fieldErrors);
    }
    return merged;
}

std::optional<Cents> impliedHourlyPayCents(Cents payCents, const QList<SampleAnswer> &answers)
{
    qint64 seconds = 0;
    qint64 timed = 0;
    for (const SampleAnswer &answer : answers) {
        if (answer.secondsSpent > 0) {
            seconds += answer.secondsSpent;
            ++timed;
        }
    }
    if (timed == 0)
        return std::nullopt;
    // pay × 3600 / (seconds / timed), in integers.
    const qint64 numerator = payCents * 3600 * timed;
    return (numerator + seconds / 2) / seconds;
}

} // namespace Chrysalis
