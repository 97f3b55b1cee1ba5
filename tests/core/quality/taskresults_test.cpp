#include "core/quality/delimitedtext.h"
#include "core/quality/taskresults.h"

#include "tests/support/qtprinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 1), QTime(9, minute), Qt::UTC);
}

std::vector<TaskAnswerRecord> smallTask()
{
    return {
            {u"i1"_s, u"ada-w"_s, u"x"_s, u"r1"_s, at(3)}, {u"i1"_s, u"bea-w"_s, u"x"_s, u"r1"_s, at(1)},
            {u"i2"_s, u"ada-w"_s, u"x"_s, u"r1"_s, at(4)}, {u"i2"_s, u"bea-w"_s, u"y"_s, u"r2"_s, at(5)},
            {u"i2"_s, u"cal-w"_s, u"y"_s, u"r2"_s, at(6)}, {u"i3"_s, u"cal-w"_s, u"z"_s, u"r2"_s, at(7)},
    };
}

const ItemResult &item(const TaskResults &results, const QString &id)
{
    for (const ItemResult &candidate : results.items) {
        if (candidate.itemId == id)
            return candidate;
    }
    static const ItemResult none;
    ADD_FAILURE() << "no item " << id.toStdString();
    return none;
}

} // namespace

TEST(TaskResults, MajorityVoteReportsVoteSharesAndHowEachLabelCameAbout)
{
    const Result<TaskResults> results = aggregateTask(smallTask(), InferenceMethod::MajorityVote);
    ASSERT_TRUE(results.ok());
    ASSERT_EQ(results->items.size(), 3u);
    const ItemResult &i1 = item(*results, u"i1"_s);
    EXPECT_EQ(i1.label, u"x"_s);
    EXPECT_DOUBLE_EQ(i1.confidence, 1.0);
    EXPECT_EQ(i1.decision, LabelDecision::Unanimous);
    EXPECT_EQ(i1.firstAnswerAt, at(1)); // the earliest, not the first listed
    EXPECT_EQ(i1.lastAnswerAt, at(3));
    const ItemResult &i2 = item(*results, u"i2"_s);
    EXPECT_EQ(i2.label, u"y"_s);
    EXPECT_DOUBLE_EQ(i2.confidence, 2.0 / 3.0);
    EXPECT_EQ(i2.decision, LabelDecision::Aggregated);
    EXPECT_EQ(i2.answerCount, 3);
    EXPECT_EQ(i2.workerPseudonyms, (QStringList{u"ada-w"_s, u"bea-w"_s, u"cal-w"_s}));
    EXPECT_EQ(i2.revisionIds, (QStringList{u"r1"_s, u"r2"_s}));
    EXPECT_EQ(item(*results, u"i3"_s).decision, LabelDecision::Single);
    EXPECT_EQ(results->workerReliability.size(), 3u);
}

TEST(TaskResults, APanelRulingOverridesTheAggregation)
{
    const Result<TaskResults> results =
            aggregateTask(smallTask(), InferenceMethod::DawidSkene, {{u"i2"_s, u"x"_s, 3, 5}});
    ASSERT_TRUE(results.ok());
    const ItemResult &i2 = item(*results, u"i2"_s);
    EXPECT_EQ(i2.label, u"x"_s);
    EXPECT_DOUBLE_EQ(i2.confidence, 0.6);
    EXPECT_EQ(i2.decision, LabelDecision::Panel);
    EXPECT_EQ(results->method, InferenceMethod::DawidSkene);

    EXPECT_FALSE(aggregateTask(smallTask(), InferenceMethod::MajorityVote, {{u"nobody"_s, u"x"_s, 3, 5}}).ok());
    EXPECT_FALSE(aggregateTask(smallTask(), InferenceMethod::MajorityVote, {{u"i2"_s, u"x"_s, 6, 5}}).ok());
    EXPECT_FALSE(aggregateTask({}, InferenceMethod::MajorityVote).ok());
    EXPECT_FALSE(aggregateTask({{u"i1"_s, u"w"_s, u" "_s, u"r1"_s, at(1)}}, InferenceMethod::MajorityVote).ok());
}

TEST(TaskResults, EveryMethodGivesTheLabelItsPosteriorAsConfidence)
{
    std::mt19937 random(11);
    std::vector<TaskAnswerRecord> answers;
    for (int i = 0; i < 60; ++i) {
        for (int w = 0; w < 5; ++w) {
            const int label = static_cast<int>(random() % 3);
            answers.push_back({u"item%1"_s.arg(i), u"w%1"_s.arg(w), QString::number(label), u"r1"_s, at(w)});
        }
    }
    for (InferenceMethod method : {InferenceMethod::MajorityVote, InferenceMethod::Wawa, InferenceMethod::DawidSkene,
                                   InferenceMethod::OneCoinDawidSkene, InferenceMethod::Glad, InferenceMethod::Mace}) {
        SCOPED_TRACE(inferenceMethodName(method).toStdString());
        const Result<TaskResults> results = aggregateTask(answers, method);
        ASSERT_TRUE(results.ok());
        ASSERT_EQ(results->items.size(), 60u);
        for (const ItemResult &result : results->items) {
            EXPECT_GE(result.confidence, 1.0 / 3.0 - 1e-12);
            EXPECT_LE(result.confidence, 1.0 + 1e-12);
            EXPECT_EQ(result.answerCount, 5);
            if (method == InferenceMethod::MajorityVote) {
                int votes = 0;
                for (const TaskAnswerRecord &answer : answers)
                    votes += answer.itemId == result.itemId && answer.label == result.label ? 1 : 0;
                EXPECT_DOUBLE_EQ(result.confidence, votes / 5.0);
            }
        }
    }
}

TEST(ResultsExport, CsvCellsQuoteOnlyWhatNeedsIt)
{
    EXPECT_EQ(csvCell(u"plain"_s), QByteArray("plain"));
    EXPECT_EQ(csvCell(u""_s), QByteArray(""));
    EXPECT_EQ(csvCell(u"a,b"_s), QByteArray("\"a,b\""));
    EXPECT_EQ(csvCell(u"say \"hi\""_s), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvCell(u" padded"_s), QByteArray("\" padded\""));
    EXPECT_EQ(csvCell(u"two\nlines"_s), QByteArray("\"two\nlines\""));
    EXPECT_EQ(csvRow({u"a"_s, u"b c"_s}), QByteArray("a,b c\r\n"));
}

TEST(ResultsExport, SpreadsheetSafeCellsCannotStartAFormula)
{
    const auto safe = [](const QString &text) { return csvCell(text, CsvCells::SpreadsheetSafe); };
    EXPECT_EQ(safe(u"=SUM(A1:A9)"_s), QByteArray("'=SUM(A1:A9)"));
    EXPECT_EQ(safe(u"+cmd"_s), QByteArray("'+cmd"));
    EXPECT_EQ(safe(u"-2+3+cmd|' /C calc'!A0"_s), QByteArray("'-2+3+cmd|' /C calc'!A0"));
    EXPECT_EQ(safe(u"@HYPERLINK(\"x\")"_s), QByteArray("\"'@HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(safe(u"\t=1"_s), QByteArray("'\t=1"));
    EXPECT_EQ(safe(u"\r=1"_s), QByteArray("\"'\r=1\""));
    // Numbers stay numbers, and so does text that only contains a trigger later on.
    EXPECT_EQ(safe(u"-3"_s), QByteArray("-3"));
    EXPECT_EQ(safe(u"+0.5"_s), QByteArray("+0.5"));
    EXPECT_EQ(safe(u"a=b"_s), QByteArray("a=b"));
    EXPECT_EQ(safe(u""_s), QByteArray(""));
    // The exact dialect keeps every cell as it is.
    EXPECT_EQ(csvCell(u"=SUM(A1)"_s), QByteArray("=SUM(A1)"));
}

TEST(ResultsExport, SpreadsheetSafeExportNeutralisesLabelsAndWorkers)
{
    std::vector<TaskAnswerRecord> answers = smallTask();
    answers.push_back({u"=cmd"_s, u"@worker"_s, u"-1"_s, u"r1"_s, at(9)});
    const Result<TaskResults> results = aggregateTask(answers, InferenceMethod::MajorityVote);
    ASSERT_TRUE(results.ok());

    const Result<DelimitedText> exact = DelimitedText::parse(resultsCsv(*results), u"exact.csv"_s);
    const Result<DelimitedText> safe =
            DelimitedText::parse(resultsCsv(*results, CsvCells::SpreadsheetSafe), u"safe.csv"_s);
    ASSERT_TRUE(exact.ok());
    ASSERT_TRUE(safe.ok());
    ASSERT_EQ(safe->rowCount(), exact->rowCount());
    bool sawFormulaItem = false;
    for (qsizetype row = 0; row < safe->rowCount(); ++row) {
        for (qsizetype c = 0; c < safe->fieldCount(row); ++c) {
            const QString cell = safe->fieldText(row, c);
            EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'@')) << cell.toStdString();
            if (cell == u"'=cmd"_s) {
                sawFormulaItem = true;
                EXPECT_EQ(exact->fieldText(row, c), u"=cmd"_s);
                EXPECT_EQ(safe->fieldText(row, 1), u"-1"_s); // a numeric label is left alone
                EXPECT_EQ(safe->fieldText(row, 6), u"'@worker"_s);
            }
        }
    }
    EXPECT_TRUE(sawFormulaItem);
}

TEST(ResultsExport, CsvRoundTripsThroughTheDelimitedTextReader)
{
    std::vector<TaskAnswerRecord> answers = smallTask();
    const QStringList awkward{u"a,b"_s,      u"say \"hi\""_s, u" padded "_s,   u"two\nlines"_s, u"crlf\r\nbreak"_s,
                              u"=SUM(A1)"_s, u"ünïcødé ✓"_s,  u"\"quoted\""_s, u"tab\there"_s};
    for (qsizetype n = 0; n < awkward.size(); ++n)
        answers.push_back({awkward[n], u"dee, \"the\" worker"_s, awkward[(n + 1) % awkward.size()], u"r;3"_s, at(9)});
    const Result<TaskResults> results = aggregateTask(answers, InferenceMethod::MajorityVote);
    ASSERT_TRUE(results.ok());

    const Result<DelimitedText> table = DelimitedText::parse(resultsCsv(*results), u"results.csv"_s);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rowCount(), static_cast<qsizetype>(results->items.size()) + 1);
    const QStringList header{u"item_id"_s,  u"label"_s,   u"confidence"_s, u"method"_s,          u"answers"_s,
                             u"decision"_s, u"workers"_s, u"revisions"_s,  u"first_answer_at"_s, u"last_answer_at"_s};
    for (qsizetype c = 0; c < header.size(); ++c)
        EXPECT_EQ(table->fieldText(0, c), header[c]);
    for (size_t i = 0; i < results->items.size(); ++i) {
        const ItemResult &expected = results->items[i];
        const auto row = static_cast<qsizetype>(i) + 1;
        ASSERT_EQ(table->fieldCount(row), header.size());
        EXPECT_EQ(table->fieldText(row, 0), expected.itemId);
        EXPECT_EQ(table->fieldText(row, 1), expected.label);
        EXPECT_EQ(table->fieldText(row, 2).toDouble(), expected.confidence); // bit for bit
        EXPECT_EQ(table->fieldText(row, 3), u"mv"_s);
        EXPECT_EQ(table->fieldText(row, 4).toInt(), expected.answerCount);
        EXPECT_EQ(table->fieldText(row, 5), labelDecisionName(expected.decision));
        EXPECT_EQ(table->fieldText(row, 6), expected.workerPseudonyms.join(u"; "_s));
        EXPECT_EQ(table->fieldText(row, 7), expected.revisionIds.join(u"; "_s));
        EXPECT_EQ(QDateTime::fromString(table->fieldText(row, 8), Qt::ISODateWithMs), expected.firstAnswerAt);
        EXPECT_EQ(QDateTime::fromString(table->fieldText(row, 9), Qt::ISODateWithMs), expected.lastAnswerAt);
    }
}

TEST(ResultsExport, JsonLinesCarryTheSameFields)
{
    const Result<TaskResults> results = aggregateTask(smallTask(), InferenceMethod::MajorityVote);
    ASSERT_TRUE(results.ok());
    const QList<QByteArray> lines = resultsJsonl(*results).split('\n');
    ASSERT_EQ(lines.size(), 4); // three items and the empty rest after the last line break
    EXPECT_TRUE(lines.last().isEmpty());
    for (size_t i = 0; i < results->items.size(); ++i) {
        const ItemResult &expected = results->items[i];
        QJsonParseError error;
        const QJsonObject row = QJsonDocument::fromJson(lines[static_cast<qsizetype>(i)], &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError);
        EXPECT_EQ(row.value(u"item_id"_s).toString(), expected.itemId);
        EXPECT_EQ(row.value(u"label"_s).toString(), expected.label);
        EXPECT_EQ(row.value(u"confidence"_s).toDouble(), expected.confidence);
        EXPECT_EQ(row.value(u"method"_s).toString(), u"mv"_s);
        EXPECT_EQ(row.value(u"answers"_s).toInt(), expected.answerCount);
        EXPECT_EQ(row.value(u"decision"_s).toString(), labelDecisionName(expected.decision));
        EXPECT_EQ(row.value(u"workers"_s).toVariant().toStringList(), expected.workerPseudonyms);
        EXPECT_EQ(row.value(u"revisions"_s).toVariant().toStringList(), expected.revisionIds);
        EXPECT_EQ(row.value(u"first_answer_at"_s).toString(), u"2026-11-01T09:0%1:00.000Z"_s.arg(i == 0   ? 1
                                                                                                 : i == 1 ? 4
                                                                                                          : 7));
    }
}

TEST(DelimitedText, QuotedCellsSpanLinesAndRowsKeepTheirStartingLine)
{
    const Result<DelimitedText> table =
            DelimitedText::parse("a,b\r\n\"one\r\ntwo\",x\r\n\"three\nfour\nfive\",y\nlast,z\n", u"t.csv"_s);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->fieldText(1, 0), u"one\r\ntwo"_s);
    EXPECT_EQ(table->fieldText(2, 0), u"three\nfour\nfive"_s);
    EXPECT_EQ(table->lineNumber(1), 2);
    EXPECT_EQ(table->lineNumber(2), 4);
    EXPECT_EQ(table->lineNumber(3), 7);
    const Result<DelimitedText> open = DelimitedText::parse("a,b\n\"open,x\nmore\n", u"t.csv"_s);
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.startsWith(u"t.csv:2: unterminated"_s)) << open.error().message.toStdString();
}
