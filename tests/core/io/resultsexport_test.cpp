// Results export: per-item aggregation with panel rulings, per-answer provenance, and the files read back
// with DelimitedText, a JSON parser and the Label Studio task importer.
#include "core/io/resultsexport.h"

#include "core/io/labelstudio.h"
#include "core/quality/delimitedtext.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

// Labels that break naive CSV, JSON and spreadsheets.
const QString kNaughtyLabel = u"=HYPERLINK(\"http://x\",\"a, b\")\n😀 \u202Eright-to-left"_s;
const QString kNaughtyNote = u" \"quoted\", comma;\r\nnew line\t@SUM(1) ✓ \u0000end"_s.remove(QChar(0));

QJsonArray sentimentForm(const QStringList &values)
{
    QJsonArray options;
    for (const QString &value : values)
        options.append(QJsonObject{{u"value"_s, value}, {u"label"_s, value}});
    return {
            QJsonObject{
                    {u"name"_s, u"note"_s}, {u"kind"_s, u"text"_s}, {u"label"_s, u"Note"_s}, {u"required"_s, false}},
            QJsonObject{{u"name"_s, u"sentiment"_s},
                        {u"kind"_s, u"single_choice"_s},
                        {u"label"_s, u"Sentiment"_s},
                        {u"required"_s, true},
                        {u"options"_s, options}},
            QJsonObject{{u"name"_s, u"score"_s},
                        {u"kind"_s, u"rating"_s},
                        {u"label"_s, u"Score"_s},
                        {u"required"_s, true},
                        {u"min"_s, 1},
                        {u"max"_s, 5}},
    };
}

QJsonObject revision(const QString &id, int number, const QJsonArray &form, const QJsonValue &aggregation = {})
{
    QJsonObject json{{u"id"_s, id},
                     {u"task_id"_s, u"t1"_s},
                     {u"number"_s, number},
                     {u"title"_s, u"Reviews"_s},
                     {u"form"_s, form}};
    if (!aggregation.isNull())
        json.insert(u"aggregation"_s, aggregation);
    return json;
}

QString at(int second)
{
    return u"2026-11-22T10:00:%1.250Z"_s.arg(second, 2, 10, QChar(u'0'));
}

QJsonObject answer(const QString &id, const QString &item, const QString &worker, const QJsonObject &fields, int second,
                   const QString &status = u"approved"_s)
{
    return {{u"id"_s, id},
            {u"item_id"_s, item},
            {u"task_id"_s, u"t1"_s},
            {u"revision_id"_s, second < 30 ? u"r1"_s : u"r2"_s},
            {u"worker_id"_s, QString(u"public-"_s + worker)},
            {u"worker_pseudonym"_s, worker},
            {u"fields"_s, fields},
            {u"status"_s, status},
            {u"submitted_at"_s, at(second)},
            {u"seconds_spent"_s, 30 + second},
            {u"reason_code"_s, status == u"approved" ? QJsonValue() : QJsonValue(u"wrong_answer"_s)}};
}

QJsonObject choice(const QString &value, int score = 3)
{
    return {{u"sentiment"_s, value}, {u"score"_s, score}};
}

QJsonObject closedPanel(const QString &answerId, int workerFault, int requesterFault)
{
    return {{u"id"_s, QString(u"c-"_s + answerId)},
            {u"answer_id"_s, answerId},
            {u"state"_s, u"closed"_s},
            {u"worker_fault_votes"_s, workerFault},
            {u"requester_fault_votes"_s, requesterFault}};
}

// i1 unanimous, i2 aggregated 2:1, i3 a rejected answer the panel upheld (requester at fault 4:1), i4 a
// rejected answer the panel found wrong (worker at fault 3:0) beside an approved one, i5 only a wrong
// answer, i6 no answers.
ResultsSource reviewTask()
{
    ResultsSource source;
    source.taskId = u"t1"_s;
    source.title = u"Reviews"_s;
    source.revisions = {revision(u"r1"_s, 1, sentimentForm({u"pos"_s, u"neg"_s})),
                        revision(u"r2"_s, 2, sentimentForm({u"pos"_s, u"neg"_s}))};
    for (int i = 1; i <= 6; ++i)
        source.items.append({{u"id"_s, u"i%1"_s.arg(i)}, {u"data"_s, QJsonObject{{u"text"_s, u"Review %1"_s.arg(i)}}}});
    source.answers = {
            answer(u"a1"_s, u"i1"_s, u"worker-aaa"_s, choice(u"pos"_s), 1),
            answer(u"a2"_s, u"i1"_s, u"worker-bbb"_s, choice(u"pos"_s), 2),
            answer(u"a3"_s, u"i1"_s, u"worker-ccc"_s, choice(u"pos"_s), 31),
            answer(u"a4"_s, u"i2"_s, u"worker-aaa"_s, choice(u"pos"_s), 4),
            answer(u"a5"_s, u"i2"_s, u"worker-bbb"_s, choice(u"neg"_s), 5),
            answer(u"a6"_s, u"i2"_s, u"worker-ccc"_s, choice(u"pos"_s), 6),
            answer(u"a7"_s, u"i3"_s, u"worker-bbb"_s, choice(u"neg"_s), 7, u"settled"_s),
            answer(u"a8"_s, u"i4"_s, u"worker-aaa"_s, choice(u"pos"_s), 8, u"settled"_s),
            answer(u"a9"_s, u"i4"_s, u"worker-ccc"_s, choice(u"neg"_s), 9),
            answer(u"a10"_s, u"i5"_s, u"worker-ccc"_s, choice(u"pos"_s), 10, u"settled"_s),
    };
    source.conflicts = {closedPanel(u"a7"_s, 1, 4), closedPanel(u"a8"_s, 3, 0), closedPanel(u"a10"_s, 2, 1)};
    return source;
}

const ItemOutcome *findItem(const TaskOutcome &outcome, const QString &itemId)
{
    for (const ItemOutcome &item : outcome.items) {
        if (item.itemId == itemId)
            return &item;
    }
    return nullptr;
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        lines.append(document.object());
    }
    return lines;
}

QByteArray exported(const ResultsSource &source, ResultsScope scope, ResultsFormat format,
                    CsvCells cells = CsvCells::Exact)
{
    const Result<QByteArray> bytes = exportResults(source, {scope, format, cells});
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? std::string() : bytes.error().message.toStdString());
    return bytes.ok() ? *bytes : QByteArray();
}

TEST(TaskResultsExport, EachItemGetsItsLabelAndHowItWasDecided)
{
    const Result<TaskOutcome> outcome = aggregateResults(reviewTask());
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->aggregation.method, u"mv"_s);
    EXPECT_EQ(outcome->aggregation.field, u"sentiment"_s);
    ASSERT_EQ(outcome->items.size(), 5);
    QStringList order;
    for (const ItemOutcome &item : outcome->items)
        order << item.itemId;
    EXPECT_EQ(order, (QStringList{u"i1"_s, u"i2"_s, u"i3"_s, u"i4"_s, u"i5"_s}));

    const ItemOutcome &i1 = *findItem(*outcome, u"i1"_s);
    EXPECT_EQ(i1.label, u"pos"_s);
    EXPECT_EQ(i1.decision, LabelDecision::Unanimous);
    EXPECT_EQ(i1.answerCount, 3);
    EXPECT_DOUBLE_EQ(i1.confidence.value_or(-1), 1.0);
    EXPECT_EQ(i1.workerPseudonyms, (QStringList{u"worker-aaa"_s, u"worker-bbb"_s, u"worker-ccc"_s}));
    EXPECT_EQ(i1.revisionIds, (QStringList{u"r1"_s, u"r2"_s}));
    EXPECT_EQ(i1.firstAnswerAt, QDateTime::fromString(at(1), Qt::ISODateWithMs));
    EXPECT_EQ(i1.lastAnswerAt, QDateTime::fromString(at(31), Qt::ISODateWithMs));
    EXPECT_EQ(i1.data.value(u"text"_s).toString(), u"Review 1"_s);

    const ItemOutcome &i2 = *findItem(*outcome, u"i2"_s);
    EXPECT_EQ(i2.label, u"pos"_s);
    EXPECT_EQ(i2.decision, LabelDecision::Aggregated);
    EXPECT_DOUBLE_EQ(i2.confidence.value_or(-1), 2.0 / 3.0);

    const ItemOutcome &i3 = *findItem(*outcome, u"i3"_s);
    EXPECT_EQ(i3.label, u"neg"_s);
    EXPECT_EQ(i3.decision, LabelDecision::Panel);
    EXPECT_DOUBLE_EQ(i3.confidence.value_or(-1), 0.8);

    // The panel found a8 wrong: the other answer decides, and a8's worker is still named.
    const ItemOutcome &i4 = *findItem(*outcome, u"i4"_s);
    EXPECT_EQ(i4.label, u"neg"_s);
    EXPECT_EQ(i4.decision, LabelDecision::Single);
    EXPECT_EQ(i4.answerCount, 1);
    EXPECT_EQ(i4.workerPseudonyms, (QStringList{u"worker-aaa"_s, u"worker-ccc"_s}));

    const ItemOutcome &i5 = *findItem(*outcome, u"i5"_s);
    EXPECT_TRUE(i5.label.isEmpty());
    EXPECT_EQ(i5.decision, LabelDecision::Panel);
    EXPECT_EQ(i5.answerCount, 0);
    EXPECT_EQ(findItem(*outcome, u"i6"_s), nullptr);
}

TEST(TaskResultsExport, APanelFindsTheWorkerAtFaultOnlyWithMoreThanHalfTheVotes)
{
    ResultsSource source = reviewTask();
    source.conflicts = {closedPanel(u"a7"_s, 2, 2)};
    Result<TaskOutcome> outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->label, u"neg"_s);
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->decision, LabelDecision::Panel);
    EXPECT_DOUBLE_EQ(findItem(*outcome, u"i3"_s)->confidence.value_or(-1), 0.5);

    source.conflicts = {closedPanel(u"a7"_s, 3, 2)};
    outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(findItem(*outcome, u"i3"_s)->label.isEmpty());
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->answerCount, 0);

    // No votes: the worker is not at fault, and no panel ruling settles the item either.
    source.conflicts = {closedPanel(u"a7"_s, 0, 0)};
    outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->label, u"neg"_s);
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->decision, LabelDecision::Single);

    // An open panel changes nothing yet.
    source.conflicts = {QJsonObject{{u"id"_s, u"c"_s}, {u"answer_id"_s, u"a7"_s}, {u"state"_s, u"open"_s}}};
    outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(findItem(*outcome, u"i3"_s)->decision, LabelDecision::Single);
}

TEST(TaskResultsExport, TheRevisionNamesTheMethodAndField)
{
    const AnswerForm form = *AnswerForm::fromJson(sentimentForm({u"pos"_s, u"neg"_s}));
    auto chosen = resultsAggregation(revision(u"r"_s, 1, form.toJson()), form);
    ASSERT_TRUE(chosen.ok());
    ASSERT_TRUE(chosen->has_value());
    EXPECT_EQ((*chosen)->method, u"mv"_s);
    EXPECT_EQ((*chosen)->field, u"sentiment"_s);

    chosen = resultsAggregation(
            revision(u"r"_s, 1, form.toJson(), QJsonObject{{u"method"_s, u"ds"_s}, {u"field"_s, u"score"_s}}), form);
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ((*chosen)->method, u"ds"_s);
    EXPECT_EQ((*chosen)->field, u"score"_s);
    EXPECT_EQ((*chosen)->kind, FieldKind::Rating);

    for (const QJsonObject &bad : {QJsonObject{{u"method"_s, u"vote"_s}, {u"field"_s, u"score"_s}},
                                   QJsonObject{{u"method"_s, u"mv"_s}, {u"field"_s, u"missing"_s}},
                                   QJsonObject{{u"method"_s, u"mean"_s}, {u"field"_s, u"sentiment"_s}},
                                   QJsonObject{{u"method"_s, u"mv"_s}, {u"field"_s, u"note"_s}}}) {
        SCOPED_TRACE(QJsonDocument(bad).toJson().toStdString());
        const auto refused = resultsAggregation(revision(u"r"_s, 1, form.toJson(), bad), form);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    }

    // Without a choice field the first rating field is aggregated; without either, nothing is.
    const QJsonArray ratingOnly{sentimentForm({u"a"_s, u"b"_s}).at(0), sentimentForm({u"a"_s, u"b"_s}).at(2)};
    const AnswerForm ratingForm = *AnswerForm::fromJson(ratingOnly);
    chosen = resultsAggregation(revision(u"r"_s, 1, ratingOnly), ratingForm);
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ((*chosen)->field, u"score"_s);
    const QJsonArray textOnly{sentimentForm({u"a"_s, u"b"_s}).at(0)};
    chosen = resultsAggregation(revision(u"r"_s, 1, textOnly), *AnswerForm::fromJson(textOnly));
    ASSERT_TRUE(chosen.ok());
    EXPECT_FALSE(chosen->has_value());
}

TEST(TaskResultsExport, MeanAndMedianAggregateRatings)
{
    ResultsSource source = reviewTask();
    source.conflicts.clear();
    source.answers = {answer(u"a1"_s, u"i1"_s, u"worker-aaa"_s, choice(u"pos"_s, 2), 1),
                      answer(u"a2"_s, u"i1"_s, u"worker-bbb"_s, choice(u"pos"_s, 3), 2),
                      answer(u"a3"_s, u"i1"_s, u"worker-ccc"_s, choice(u"pos"_s, 5), 3),
                      answer(u"a4"_s, u"i2"_s, u"worker-aaa"_s, choice(u"pos"_s, 4), 4),
                      answer(u"a5"_s, u"i2"_s, u"worker-bbb"_s, choice(u"pos"_s, 1), 5)};
    const QJsonArray form = sentimentForm({u"pos"_s, u"neg"_s});
    source.revisions = {revision(u"r1"_s, 1, form, QJsonObject{{u"method"_s, u"mean"_s}, {u"field"_s, u"score"_s}})};
    Result<TaskOutcome> outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_DOUBLE_EQ(findItem(*outcome, u"i1"_s)->label.toDouble(), 10.0 / 3.0);
    EXPECT_FALSE(findItem(*outcome, u"i1"_s)->confidence.has_value());
    EXPECT_EQ(findItem(*outcome, u"i2"_s)->label, u"2.5"_s);

    source.revisions = {revision(u"r1"_s, 1, form, QJsonObject{{u"method"_s, u"median"_s}, {u"field"_s, u"score"_s}})};
    outcome = aggregateResults(source);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(findItem(*outcome, u"i1"_s)->label, u"3"_s);
    EXPECT_EQ(findItem(*outcome, u"i2"_s)->label, u"2.5"_s);
    EXPECT_EQ(findItem(*outcome, u"i2"_s)->decision, LabelDecision::Aggregated);

    // A median's confidence is not a probability: JSONL gives null, CSV an empty cell.
    const QList<QJsonObject> lines = jsonLines(exported(source, ResultsScope::PerItem, ResultsFormat::Jsonl));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.first().value(u"confidence"_s).isNull());
    EXPECT_EQ(lines.first().value(u"method"_s).toString(), u"median"_s);
}

TEST(TaskResultsExport, ClearErrorsInsteadOfFiles)
{
    ResultsSource empty = reviewTask();
    empty.answers.clear();
    for (ResultsScope scope : {ResultsScope::PerItem, ResultsScope::PerAnswer}) {
        const Result<QByteArray> refused = exportResults(empty, {scope, ResultsFormat::Csv, CsvCells::Exact});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().message, u"the task has no answers yet"_s);
    }

    ResultsSource textOnly = reviewTask();
    textOnly.revisions = {revision(u"r1"_s, 1, QJsonArray{sentimentForm({u"a"_s, u"b"_s}).at(0)})};
    const Result<QByteArray> perItem = exportResults(textOnly, {ResultsScope::PerItem, ResultsFormat::Csv, {}});
    ASSERT_FALSE(perItem.ok());
    EXPECT_TRUE(perItem.error().message.contains(u"export every answer"_s));
    EXPECT_TRUE(exportResults(textOnly, {ResultsScope::PerAnswer, ResultsFormat::Csv, {}}).ok());

    ResultsSource noRevision = reviewTask();
    noRevision.revisions.clear();
    EXPECT_FALSE(exportResults(noRevision, {ResultsScope::PerItem, ResultsFormat::Jsonl, {}}).ok());

    // Label Studio has no control for a correction field.
    ResultsSource correction = reviewTask();
    QJsonArray form = sentimentForm({u"pos"_s, u"neg"_s});
    form.append(QJsonObject{
            {u"name"_s, u"fixed"_s}, {u"kind"_s, u"correction"_s}, {u"label"_s, u"Fix"_s}, {u"required"_s, false}});
    correction.revisions = {revision(u"r1"_s, 1, form)};
    const Result<QByteArray> studio =
            exportResults(correction, {ResultsScope::PerItem, ResultsFormat::LabelStudio, {}});
    ASSERT_FALSE(studio.ok());
    EXPECT_TRUE(studio.error().message.contains(u"Label Studio"_s));
    EXPECT_TRUE(exportResults(correction, {ResultsScope::PerItem, ResultsFormat::Csv, {}}).ok());
}

TEST(TaskResultsExport, PerItemCsvReadsBackCellForCell)
{
    ResultsSource source = reviewTask();
    source.revisions = {revision(u"r1"_s, 1, sentimentForm({kNaughtyLabel, u"neg"_s}))};
    source.answers[0] = answer(u"a1"_s, u"i1"_s, u"worker-aaa"_s, choice(kNaughtyLabel), 1);
    source.answers[1] = answer(u"a2"_s, u"i1"_s, u"worker-bbb"_s, choice(kNaughtyLabel), 2);
    source.answers[2] = answer(u"a3"_s, u"i1"_s, u"worker-ccc"_s, choice(u"neg"_s), 3);
    source.items[0] = {{u"id"_s, u"i1"_s}, {u"data"_s, QJsonObject{{u"text"_s, kNaughtyNote}}}};

    const QByteArray csv = exported(source, ResultsScope::PerItem, ResultsFormat::Csv);
    const Result<DelimitedText> table = DelimitedText::parse(csv, u"results.csv"_s);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), 6);
    const QStringList header{u"item_id"_s,   u"label"_s,           u"confidence"_s,     u"method"_s,
                             u"field"_s,     u"answers"_s,         u"decision"_s,       u"workers"_s,
                             u"revisions"_s, u"first_answer_at"_s, u"last_answer_at"_s, u"data"_s};
    for (qsizetype c = 0; c < header.size(); ++c)
        EXPECT_EQ(table->fieldText(0, c), header.at(c));
    EXPECT_EQ(table->fieldText(1, 0), u"i1"_s);
    EXPECT_EQ(table->fieldText(1, 1), kNaughtyLabel);
    EXPECT_DOUBLE_EQ(table->fieldText(1, 2).toDouble(), 2.0 / 3.0);
    EXPECT_EQ(table->fieldText(1, 3), u"mv"_s);
    EXPECT_EQ(table->fieldText(1, 6), u"aggregated"_s);
    EXPECT_EQ(table->fieldText(1, 7), u"worker-aaa; worker-bbb; worker-ccc"_s);
    EXPECT_EQ(table->fieldText(1, 9), at(1));
    EXPECT_EQ(QJsonDocument::fromJson(table->fieldText(1, 11).toUtf8()).object().value(u"text"_s).toString(),
              kNaughtyNote);
    EXPECT_EQ(table->fieldText(3, 6), u"panel"_s);
    EXPECT_EQ(table->fieldText(5, 1), QString());

    // Spreadsheet-safe: the formula becomes text, numbers stay numbers.
    const Result<DelimitedText> safe = DelimitedText::parse(
            exported(source, ResultsScope::PerItem, ResultsFormat::Csv, CsvCells::SpreadsheetSafe), u"safe.csv"_s);
    ASSERT_TRUE(safe.ok());
    EXPECT_EQ(safe->fieldText(1, 1), u"'"_s + kNaughtyLabel);
    EXPECT_EQ(safe->fieldText(1, 2), table->fieldText(1, 2));
}

TEST(TaskResultsExport, PerAnswerExportsKeepEveryFieldAndItsProvenance)
{
    ResultsSource source = reviewTask();
    QJsonObject naughty = choice(u"pos"_s, 4);
    naughty.insert(u"note"_s, kNaughtyNote);
    source.answers[3] = answer(u"a4"_s, u"i2"_s, u"worker-aaa"_s, naughty, 4);
    source.answers[6].insert(u"reviewed_at"_s, at(40));

    const Result<DelimitedText> table =
            DelimitedText::parse(exported(source, ResultsScope::PerAnswer, ResultsFormat::Csv), u"answers.csv"_s);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), 11);
    EXPECT_EQ(table->fieldText(0, 13), u"fields"_s);
    QHash<QString, qsizetype> rows;
    for (qsizetype r = 1; r < table->rowCount(); ++r)
        rows.insert(table->fieldText(r, 0), r);
    const qsizetype a4 = rows.value(u"a4"_s);
    EXPECT_EQ(QJsonDocument::fromJson(table->fieldText(a4, 13).toUtf8()).object(), naughty);
    EXPECT_EQ(table->fieldText(a4, 2), u"worker-aaa"_s);
    EXPECT_EQ(table->fieldText(a4, 7), u"approved"_s);
    const qsizetype a7 = rows.value(u"a7"_s);
    EXPECT_EQ(table->fieldText(a7, 4), u"1"_s);
    EXPECT_EQ(table->fieldText(a7, 6), at(40));
    EXPECT_EQ(table->fieldText(a7, 7), u"rejected"_s);
    EXPECT_EQ(table->fieldText(a7, 8), u"wrong_answer"_s);
    EXPECT_EQ(table->fieldText(a7, 9), u"requester_at_fault"_s);
    EXPECT_EQ(table->fieldText(a7, 10), u"1"_s);
    EXPECT_EQ(table->fieldText(a7, 11), u"4"_s);
    EXPECT_EQ(table->fieldText(rows.value(u"a3"_s), 4), u"2"_s);
    EXPECT_EQ(table->fieldText(rows.value(u"a8"_s), 9), u"worker_at_fault"_s);

    const QList<QJsonObject> lines = jsonLines(exported(source, ResultsScope::PerAnswer, ResultsFormat::Jsonl));
    ASSERT_EQ(lines.size(), 10);
    for (const QJsonObject &line : lines) {
        if (line.value(u"answer_id"_s).toString() == u"a4") {
            EXPECT_EQ(line.value(u"fields"_s).toObject(), naughty);
        }
        if (line.value(u"answer_id"_s).toString() == u"a1") {
            EXPECT_TRUE(line.value(u"panel"_s).isNull());
            EXPECT_TRUE(line.value(u"reviewed_at"_s).isNull());
            EXPECT_EQ(line.value(u"revision_number"_s).toInt(), 1);
            EXPECT_EQ(line.value(u"seconds_spent"_s).toInt(), 31);
        }
    }
}

TEST(TaskResultsExport, LabelStudioExportImportsBackWithTheFinalLabelAsPrediction)
{
    ResultsSource source = reviewTask();
    QJsonObject naughty = choice(u"neg"_s, 5);
    naughty.insert(u"note"_s, kNaughtyNote);
    source.answers[4] = answer(u"a5"_s, u"i2"_s, u"worker-bbb"_s, naughty, 5);

    const QByteArray json = exported(source, ResultsScope::PerItem, ResultsFormat::LabelStudio);
    const Result<QList<LabelStudioTask>> tasks = LabelStudioTasks::parse(json);
    ASSERT_TRUE(tasks.ok()) << tasks.error().message.toStdString();
    ASSERT_EQ(tasks->size(), 6);
    const AnswerForm form = *AnswerForm::fromJson(sentimentForm({u"pos"_s, u"neg"_s}));
    const Result<LabelStudioConfig> config = LabelStudioConfig::fromForm(form, {u"text"_s});
    ASSERT_TRUE(config.ok());

    QHash<QString, QJsonObject> answers;
    for (const QJsonObject &a : source.answers)
        answers.insert(a.value(u"id"_s).toString(), a);
    int annotations = 0;
    for (const LabelStudioTask &task : *tasks) {
        const QString itemId = task.meta.value(u"item_id"_s).toString();
        for (const LabelStudioAnnotation &annotation : task.annotations) {
            const QJsonObject original = answers.value(annotation.meta.value(u"answer_id"_s).toString());
            EXPECT_EQ(original.value(u"item_id"_s).toString(), itemId);
            EXPECT_EQ(annotation.completedBy, original.value(u"worker_pseudonym"_s).toString());
            const LabelStudioAnswer back = config->answerFromResults(annotation.result, task.data, annotation.meta);
            EXPECT_EQ(back.fields, original.value(u"fields"_s).toObject());
            ++annotations;
        }
    }
    EXPECT_EQ(annotations, source.answers.size());

    const LabelStudioTask &i2 = tasks->at(1);
    EXPECT_EQ(i2.meta.value(u"decision"_s).toString(), u"aggregated"_s);
    ASSERT_EQ(i2.predictions.size(), 1);
    EXPECT_EQ(i2.predictions.first().modelVersion, u"chrysalis-mv"_s);
    EXPECT_EQ(config->answerFromResults(i2.predictions.first().result, i2.data).fields,
              (QJsonObject{{u"sentiment"_s, u"pos"_s}}));
    // An item without a label (every answer found wrong) and one without answers carry no prediction.
    EXPECT_TRUE(tasks->at(4).predictions.isEmpty());
    EXPECT_EQ(tasks->at(4).meta.value(u"decision"_s).toString(), u"panel"_s);
    EXPECT_TRUE(tasks->at(5).predictions.isEmpty());
    EXPECT_TRUE(tasks->at(5).annotations.isEmpty());

    // Per answer: the same annotations, no predictions.
    const Result<QList<LabelStudioTask>> plain =
            LabelStudioTasks::parse(exported(source, ResultsScope::PerAnswer, ResultsFormat::LabelStudio));
    ASSERT_TRUE(plain.ok());
    for (const LabelStudioTask &task : *plain)
        EXPECT_TRUE(task.predictions.isEmpty());
}

TEST(TaskResultsExport, FormatNamesRoundTrip)
{
    for (ResultsFormat format : {ResultsFormat::Csv, ResultsFormat::Jsonl, ResultsFormat::LabelStudio})
        EXPECT_EQ(parseResultsFormat(resultsFormatName(format)).value(), format);
    EXPECT_FALSE(parseResultsFormat(u"xlsx"_s).ok());
    EXPECT_EQ(resultsFileSuffix(ResultsFormat::LabelStudio), u"json"_s);
}

} // namespace
} // namespace Chrysalis
