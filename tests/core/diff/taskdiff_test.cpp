#include "core/diff/taskdiff.h"

#include "tests/support/qtprinters.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

FormField choiceField()
{
    FormField field;
    field.name = u"sentiment"_s;
    field.kind = FieldKind::SingleChoice;
    field.label = u"Sentiment"_s;
    field.required = true;
    field.options = {{u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}, {u"neu"_s, u"Neutral"_s}};
    return field;
}

FormField noteField()
{
    FormField field;
    field.name = u"note"_s;
    field.kind = FieldKind::Text;
    field.label = u"Note"_s;
    field.maxLength = 200;
    return field;
}

FormField ratingField()
{
    FormField field;
    field.name = u"quality"_s;
    field.kind = FieldKind::Rating;
    field.label = u"Quality"_s;
    return field;
}

TaskRevision baseRevision()
{
    TaskRevision revision;
    revision.id = u"01a2049e-0000-7000-8000-000000000001"_s;
    revision.taskId = u"01a2049e-0000-7000-8000-0000000000aa"_s;
    revision.title = u"Label the tone of reviews"_s;
    revision.instructions = u"Read each review. Pick the tone the writer shows. Add a note when unsure."_s;
    revision.form = AnswerForm({choiceField(), noteField()});
    revision.payCents = 40;
    revision.overlap = 2;
    revision.estimateSeconds = 30;
    revision.skills = {u"english"_s};
    return revision;
}

// The content of a revision, without the identity applyHunks keeps from the base.
TaskRevision content(TaskRevision revision)
{
    revision.id.clear();
    revision.taskId.clear();
    revision.number = 1;
    revision.createdAt = {};
    return revision;
}

QStringList idsOf(const QList<DiffHunk> &hunks, std::optional<HunkKind> kind = std::nullopt)
{
    QStringList ids;
    for (const DiffHunk &hunk : hunks) {
        if (!kind || hunk.kind == *kind)
            ids << hunk.id;
    }
    return ids;
}

const DiffHunk *findHunk(const QList<DiffHunk> &hunks, HunkKind kind)
{
    for (const DiffHunk &hunk : hunks) {
        if (hunk.kind == kind)
            return &hunk;
    }
    return nullptr;
}

// Every subset of the hunks (at most 2^14) either merges into a valid revision whose figures come
// from the side each hunk chose, or is refused with a message naming at least one hunk.
void expectEverySubsetMergesOrNamesHunks(const TaskRevision &base, const TaskRevision &markup)
{
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    ASSERT_LE(hunks.size(), 14);
    const qsizetype subsets = qsizetype(1) << hunks.size();
    int refused = 0;
    for (qsizetype mask = 0; mask < subsets; ++mask) {
        QStringList accepted;
        for (qsizetype i = 0; i < hunks.size(); ++i) {
            if (mask & (qsizetype(1) << i))
                accepted << hunks.at(i).id;
        }
        const Result<TaskRevision> merged = applyHunks(base, markup, accepted);
        if (!merged.ok()) {
            ++refused;
            EXPECT_EQ(merged.error().code, ErrorCode::Validation);
            const bool names = std::any_of(hunks.cbegin(), hunks.cend(), [&](const DiffHunk &hunk) {
                return merged.error().message.contains(hunk.id);
            });
            EXPECT_TRUE(names) << merged.error().describe().toStdString();
            continue;
        }
        EXPECT_TRUE(merged->validate().ok()) << accepted.join(u' ').toStdString();
        const auto took = [&](HunkKind kind) {
            const DiffHunk *hunk = findHunk(hunks, kind);
            return hunk && accepted.contains(hunk->id);
        };
        EXPECT_EQ(merged->payCents, took(HunkKind::Pay) ? markup.payCents : base.payCents);
        EXPECT_EQ(merged->estimateSeconds, took(HunkKind::Estimate) ? markup.estimateSeconds : base.estimateSeconds);
        EXPECT_EQ(merged->skills, took(HunkKind::Skills) ? markup.skills : base.skills);
        EXPECT_EQ(merged->id, base.id);
    }
    EXPECT_LT(refused, subsets) << "accepting everything must always work";
}

} // namespace

TEST(TaskDiff, EqualRevisionsHaveNoHunks)
{
    TaskRevision other = baseRevision();
    other.id = u"01a2049e-0000-7000-8000-000000000002"_s;
    other.number = 2;
    EXPECT_TRUE(diffRevisions(baseRevision(), other).isEmpty());
    const Result<TaskRevision> merged = applyHunks(baseRevision(), other, {});
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(*merged, baseRevision());
}

TEST(TaskDiff, DescribesEachKindOfChange)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    markup.title = u"Label the tone of product reviews"_s;
    markup.payCents = 60;
    markup.estimateSeconds = 45;
    markup.overlap = 3;
    markup.minTier = Tier::Silver;
    markup.contentWarnings = {u"profanity"_s};
    FormField choice = choiceField();
    choice.label = u"Tone"_s;
    choice.options = {{u"neu"_s, u"Neutral"_s}, {u"pos"_s, u"Positive"_s}, {u"mix"_s, u"Mixed"_s}};
    FormField note = noteField();
    note.required = true;
    note.maxLength = 500;
    markup.form = AnswerForm({choice, note, ratingField()});

    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    QStringList kinds;
    for (const DiffHunk &hunk : hunks)
        kinds << hunkKindName(hunk.kind);
    EXPECT_EQ(kinds, (QStringList{u"title"_s, u"field_label"_s, u"option_removed"_s, u"option_added"_s,
                                  u"options_reordered"_s, u"field_required"_s, u"field_settings"_s, u"field_added"_s,
                                  u"pay"_s, u"estimate"_s, u"overlap"_s, u"min_tier"_s, u"content_warnings"_s}));

    const DiffHunk *title = findHunk(hunks, HunkKind::Title);
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->before, QString());
    EXPECT_EQ(title->after, u"product "_s);
    EXPECT_EQ(title->segments, (QList<TextSegment>{{DiffOp::Equal, u"Label the tone of "_s},
                                                   {DiffOp::Insert, u"product "_s},
                                                   {DiffOp::Equal, u"reviews"_s}}));
    const DiffHunk *removed = findHunk(hunks, HunkKind::OptionRemoved);
    ASSERT_NE(removed, nullptr);
    EXPECT_EQ(removed->fieldName, u"sentiment"_s);
    EXPECT_EQ(removed->optionValue, u"neg"_s);
    EXPECT_EQ(removed->before, u"Negative"_s);
    EXPECT_EQ(removed->path, u"form.sentiment.options.neg"_s);
    const DiffHunk *pay = findHunk(hunks, HunkKind::Pay);
    ASSERT_NE(pay, nullptr);
    EXPECT_EQ(pay->before, u"40"_s);
    EXPECT_EQ(pay->after, u"60"_s);
    const DiffHunk *added = findHunk(hunks, HunkKind::FieldAdded);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->fieldName, u"quality"_s);

    const Result<TaskRevision> all = applyHunks(base, markup, idsOf(hunks));
    ASSERT_TRUE(all.ok()) << all.error().describe().toStdString();
    EXPECT_EQ(content(*all), content(markup));
    const Result<TaskRevision> none = applyHunks(base, markup, {});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(*none, base);
}

TEST(TaskDiff, IdsAreStableAcrossMachinesAndDistinct)
{
    TaskRevision base = baseRevision();
    base.instructions = u"Read each review. Pick the tone each writer shows."_s;
    TaskRevision markup = base;
    // The same correction twice: two hunks, two ids.
    markup.instructions = u"Read every review. Pick the tone every writer shows."_s;
    markup.payCents = 45;

    const QList<DiffHunk> here = diffRevisions(base, markup);
    // The other machine sees both revisions after a trip over the wire.
    const auto wire = [](const TaskRevision &revision) {
        return *TaskRevision::fromJson(QJsonDocument::fromJson(QJsonDocument(revision.toJson()).toJson()).object());
    };
    const QList<DiffHunk> there = diffRevisions(wire(base), wire(markup));
    EXPECT_EQ(idsOf(here), idsOf(there));
    const QStringList ids = idsOf(here);
    EXPECT_EQ(ids.size(), 3);
    EXPECT_EQ(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : ids)
        EXPECT_LE(id.size(), 40);
    EXPECT_TRUE(ids.last().startsWith(u"pay-"_s));

    // A different pay is a different change.
    markup.payCents = 50;
    EXPECT_NE(idsOf(diffRevisions(base, markup)).last(), ids.last());
}

TEST(TaskDiff, TextHunksApplyOneByOne)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    markup.instructions = u"Read each customer review. Pick the tone the writer shows. Add a short note when unsure."_s;
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    ASSERT_EQ(hunks.size(), 2);
    EXPECT_EQ(hunks.at(0).after, u"customer "_s);
    EXPECT_EQ(hunks.at(1).after, u" short"_s);

    const Result<TaskRevision> second = applyHunks(base, markup, {hunks.at(1).id});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->instructions,
              u"Read each review. Pick the tone the writer shows. Add a short note when unsure."_s);
    const Result<TaskRevision> first = applyHunks(base, markup, {hunks.at(0).id, u"no-such-hunk"_s});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->instructions,
              u"Read each customer review. Pick the tone the writer shows. Add a note when unsure."_s);
}

TEST(TaskDiff, TextHunksShowShortContext)
{
    TaskRevision base = baseRevision();
    base.instructions = QString(u"lorem ipsum "_s).repeated(20) + u"old"_s + QString(u" dolor sit"_s).repeated(20);
    TaskRevision markup = base;
    markup.instructions.replace(u"old"_s, u"new"_s);
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    ASSERT_EQ(hunks.size(), 1);
    const QList<TextSegment> &segments = hunks.first().segments;
    ASSERT_EQ(segments.size(), 4);
    EXPECT_TRUE(segments.first().text.startsWith(QChar(0x2026)));
    EXPECT_LE(segments.first().text.size(), 41);
    EXPECT_TRUE(segments.first().text.endsWith(u"ipsum "_s));
    EXPECT_TRUE(segments.last().text.endsWith(QChar(0x2026)));
    EXPECT_LE(segments.last().text.size(), 41);
}

TEST(TaskDiff, RenameAndRetypeAreOneHunkEach)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    FormField renamed = noteField();
    renamed.name = u"comment"_s;
    FormField retyped = choiceField();
    retyped.kind = FieldKind::MultiChoice;
    markup.form = AnswerForm({retyped, renamed});
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    ASSERT_EQ(hunks.size(), 2);
    EXPECT_EQ(hunks.at(0).kind, HunkKind::FieldRetyped);
    EXPECT_EQ(hunks.at(0).before, u"single_choice"_s);
    EXPECT_EQ(hunks.at(0).after, u"multi_choice"_s);
    EXPECT_EQ(hunks.at(1).kind, HunkKind::FieldRenamed);
    EXPECT_EQ(hunks.at(1).before, u"note"_s);
    EXPECT_EQ(hunks.at(1).after, u"comment"_s);

    const Result<TaskRevision> renameOnly = applyHunks(base, markup, {hunks.at(1).id});
    ASSERT_TRUE(renameOnly.ok());
    EXPECT_EQ(renameOnly->form.fields().at(0), choiceField());
    EXPECT_EQ(renameOnly->form.fields().at(1), renamed);
    expectEverySubsetMergesOrNamesHunks(base, markup);
}

TEST(TaskDiff, AnOptionReorderNeedsTheOptionsItOrders)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    FormField choice = choiceField();
    choice.options = {
            {u"mix"_s, u"Mixed"_s}, {u"neu"_s, u"Neutral"_s}, {u"pos"_s, u"Positive"_s}, {u"neg"_s, u"Negative"_s}};
    markup.form = AnswerForm({choice, noteField()});
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    const DiffHunk *reorder = findHunk(hunks, HunkKind::OptionsReordered);
    const DiffHunk *added = findHunk(hunks, HunkKind::OptionAdded);
    ASSERT_NE(reorder, nullptr);
    ASSERT_NE(added, nullptr);

    const Result<TaskRevision> alone = applyHunks(base, markup, {reorder->id});
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().code, ErrorCode::Validation);
    EXPECT_TRUE(alone.error().message.contains(reorder->id));
    ASSERT_EQ(alone.error().fieldErrors.size(), 1);
    EXPECT_TRUE(alone.error().fieldErrors.first().message.contains(added->id));

    const Result<TaskRevision> addOnly = applyHunks(base, markup, {added->id});
    ASSERT_TRUE(addOnly.ok());
    // Without the reorder the new option goes to the front, before the option that follows it in the markup.
    QStringList values;
    for (const FormOption &option : addOnly->form.fields().first().options)
        values << option.value;
    EXPECT_EQ(values, (QStringList{u"mix"_s, u"pos"_s, u"neg"_s, u"neu"_s}));

    const Result<TaskRevision> both = applyHunks(base, markup, {added->id, reorder->id});
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(content(*both), content(markup));
}

TEST(TaskDiff, AnInvalidMergeNamesTheHunks)
{
    // The markup replaces the only field: taking the removal without the addition leaves no form.
    TaskRevision base = baseRevision();
    base.form = AnswerForm({noteField()});
    TaskRevision markup = base;
    markup.form = AnswerForm({ratingField()});
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    const DiffHunk *removed = findHunk(hunks, HunkKind::FieldRemoved);
    const DiffHunk *added = findHunk(hunks, HunkKind::FieldAdded);
    ASSERT_NE(removed, nullptr);
    ASSERT_NE(added, nullptr);
    const Result<TaskRevision> empty = applyHunks(base, markup, {removed->id});
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(removed->id));
    EXPECT_TRUE(empty.error().message.contains(added->id));
    EXPECT_TRUE(applyHunks(base, markup, {removed->id, added->id}).ok());
    EXPECT_TRUE(applyHunks(base, markup, {added->id}).ok());

    // Removing every option of a choice field but refusing the new ones.
    TaskRevision options = baseRevision();
    FormField choice = choiceField();
    choice.options = {{u"yes"_s, u"Yes"_s}, {u"no"_s, u"No"_s}};
    options.form = AnswerForm({choice, noteField()});
    const QList<DiffHunk> optionHunks = diffRevisions(baseRevision(), options);
    const Result<TaskRevision> noOptions =
            applyHunks(baseRevision(), options, idsOf(optionHunks, HunkKind::OptionRemoved));
    ASSERT_FALSE(noOptions.ok());
    for (const QString &id : idsOf(optionHunks, HunkKind::OptionAdded))
        EXPECT_TRUE(noOptions.error().message.contains(id)) << noOptions.error().describe().toStdString();
}

TEST(TaskDiff, EverySubsetOfAMixedMarkupMergesOrNamesItsHunks)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    markup.title = u"Tone of reviews"_s;
    markup.instructions = u"Read each review twice. Pick the tone the writer shows."_s;
    FormField choice = choiceField();
    choice.options = {{u"neu"_s, u"Neutral"_s}, {u"pos"_s, u"Good"_s}, {u"mix"_s, u"Mixed"_s}};
    markup.form = AnswerForm({ratingField(), choice});
    markup.payCents = 55;
    markup.skills = {};
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    EXPECT_GE(hunks.size(), 10);
    expectEverySubsetMergesOrNamesHunks(base, markup);

    const Result<TaskRevision> all = applyHunks(base, markup, idsOf(hunks));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(content(*all), content(markup));
}

TEST(TaskDiff, EverySubsetOfAFieldReorderMergesOrNamesItsHunks)
{
    const TaskRevision base = baseRevision();
    TaskRevision markup = base;
    FormField note = noteField();
    note.label = u"Why?"_s;
    markup.form = AnswerForm({note, ratingField(), choiceField()});
    const QList<DiffHunk> hunks = diffRevisions(base, markup);
    ASSERT_NE(findHunk(hunks, HunkKind::FieldsReordered), nullptr);
    expectEverySubsetMergesOrNamesHunks(base, markup);
    const Result<TaskRevision> all = applyHunks(base, markup, idsOf(hunks));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(content(*all), content(markup));
}

TEST(TaskDiff, ImpliedHourlyPayComesFromTheTimedSampleAnswers)
{
    EXPECT_EQ(impliedHourlyPayCents(40, {}), std::nullopt);
    EXPECT_EQ(impliedHourlyPayCents(40, {SampleAnswer{u"a"_s, {}, 0}}), std::nullopt);
    // 30 s per item at 40 cents: 120 answers an hour.
    EXPECT_EQ(impliedHourlyPayCents(40, {SampleAnswer{u"a"_s, {}, 20}, SampleAnswer{u"b"_s, {}, 40}}), 4800);
    // An untimed answer does not count; rounding goes to the nearest cent (3600 × 1 / 7 = 514.29).
    EXPECT_EQ(impliedHourlyPayCents(1, {SampleAnswer{u"a"_s, {}, 7}, SampleAnswer{u"b"_s, {}, 0}}), 514);
    EXPECT_EQ(impliedHourlyPayCents(1, {SampleAnswer{u"a"_s, {}, 11}}), 327); // 327.27
    EXPECT_EQ(impliedHourlyPayCents(1, {SampleAnswer{u"a"_s, {}, 8}}), 450);
}

namespace {

// A random but valid markup of `base`: text edits, form edits of every kind and new terms.
TaskRevision randomMarkup(const TaskRevision &base, QRandomGenerator &random)
{
    const auto chance = [&random](int percent) { return random.bounded(100) < percent; };
    TaskRevision markup = base;
    if (chance(40))
        markup.title += u" now"_s;
    if (chance(50)) {
        QStringList words = markup.instructions.split(u' ');
        words[random.bounded(static_cast<int>(words.size()))] = u"every"_s;
        if (chance(50))
            words.insert(random.bounded(static_cast<int>(words.size())), u"carefully"_s);
        markup.instructions = words.join(u' ');
    }
    QList<FormField> fields = markup.form.fields();
    for (FormField &field : fields) {
        if (chance(20))
            field.label += u" (short)"_s;
        if (chance(15))
            field.required = !field.required;
        if (field.usesOptions()) {
            if (chance(35) && field.options.size() > 2)
                field.options.removeAt(random.bounded(static_cast<int>(field.options.size())));
            if (chance(35))
                field.options.insert(random.bounded(static_cast<int>(field.options.size()) + 1),
                                     {u"new%1"_s.arg(random.bounded(1000)), u"New"_s});
            if (chance(25))
                field.options[0].label += u"!"_s;
            if (chance(25))
                std::swap(field.options[0], field.options[field.options.size() - 1]);
        }
        if (field.kind == FieldKind::Rating && chance(20))
            field.ratingMax = 7;
    }
    if (chance(20) && fields.size() > 1)
        fields.removeAt(random.bounded(static_cast<int>(fields.size())));
    if (chance(30))
        fields.insert(random.bounded(static_cast<int>(fields.size()) + 1), ratingField());
    if (chance(15))
        fields.last().name += u"_x"_s;
    if (chance(20) && fields.size() > 1)
        std::swap(fields.first(), fields.last());
    markup.form = AnswerForm(fields);
    if (chance(40))
        markup.payCents += 5;
    if (chance(30))
        markup.estimateSeconds = 50;
    if (chance(20))
        markup.minTier = Tier::Gold;
    if (chance(20))
        markup.skills.append(u"retail"_s);
    return markup;
}

} // namespace

TEST(TaskDiff, RandomMarkupsMergeLikeTheirHunksSay)
{
    QRandomGenerator random(4242);
    TaskRevision base = baseRevision();
    FormField mood = choiceField();
    mood.name = u"mood"_s;
    mood.kind = FieldKind::MultiChoice;
    mood.required = false;
    base.form = AnswerForm({choiceField(), noteField(), mood});
    int checked = 0;
    for (int round = 0; round < 200 && checked < 25; ++round) {
        const TaskRevision markup = randomMarkup(base, random);
        if (!markup.validate().ok())
            continue;
        const QList<DiffHunk> hunks = diffRevisions(base, markup);
        if (hunks.size() > 9)
            continue;
        ++checked;
        const Result<TaskRevision> all = applyHunks(base, markup, idsOf(hunks));
        ASSERT_TRUE(all.ok()) << all.error().describe().toStdString();
        EXPECT_EQ(content(*all), content(markup)) << QJsonDocument(markup.toJson()).toJson().toStdString();
        expectEverySubsetMergesOrNamesHunks(base, markup);
        const Result<TaskRevision> none = applyHunks(base, markup, {});
        ASSERT_TRUE(none.ok());
        EXPECT_EQ(*none, base);
    }
    EXPECT_GE(checked, 20);
}
