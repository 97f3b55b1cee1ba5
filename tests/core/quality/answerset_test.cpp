#include "core/quality/answerset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

QString crowdFile(const char *relative)
{
    return QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/crowd/") + QString::fromUtf8(relative);
}

QString messageOf(const Error &error)
{
    return error.message;
}

} // namespace

TEST(AnswerSetLoader, ReadsTheSameAnswersWhateverTheLineEndings)
{
    const QByteArray lf = "question,worker,answer\nq1,w1,1\nq1,w2,0\nq2,w1,1\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    const QByteArray bom = QByteArray("\xEF\xBB\xBF").append(crlf);
    for (const QByteArray &text : {lf, crlf, cr, bom}) {
        const Result<AnswerSet> set = parseAnswers(text, u"a.csv"_s);
        ASSERT_TRUE(set.ok()) << messageOf(set.error()).toStdString();
        EXPECT_EQ(set->answerCount(), 3);
        EXPECT_EQ(set->itemIds(), (QStringList{u"q1"_s, u"q2"_s}));
        EXPECT_EQ(set->workerIds(), (QStringList{u"w1"_s, u"w2"_s}));
        EXPECT_EQ(set->labelNames(), (QStringList{u"0"_s, u"1"_s}));
    }
}

TEST(AnswerSetLoader, GroupsAnswersByItemAndCodesIntegerLabelsInNumericOrder)
{
    const Result<AnswerSet> set = parseAnswers("b,w1,10\na,w1,2\nb,w2,02\na,w3,-1\n", u"a.csv"_s);
    ASSERT_TRUE(set.ok());
    EXPECT_TRUE(set->integerLabels());
    EXPECT_EQ(set->labelNames(), (QStringList{u"-1"_s, u"2"_s, u"10"_s}));
    EXPECT_EQ(set->itemIds(), (QStringList{u"b"_s, u"a"_s}));
    EXPECT_EQ(set->itemOffsets(), (std::vector<qsizetype>{0, 2, 4}));
    EXPECT_EQ(set->answerItems(), (std::vector<int>{0, 0, 1, 1}));
    EXPECT_EQ(set->answerWorkers(), (std::vector<int>{0, 1, 0, 2}));
    EXPECT_EQ(set->answerLabels(), (std::vector<int>{2, 1, 1, 0})); // "02" is the label 2
    EXPECT_EQ(set->labelCode(u"002"_s), 1);
    EXPECT_EQ(set->labelCode(u"3"_s), -1);
    EXPECT_TRUE(set->isNumeric());
    EXPECT_EQ(set->answerValues(), (std::vector<double>{10, 2, 2, -1}));
}

TEST(AnswerSetLoader, TextLabelsAreCodedInTextOrderAndAreNotNumeric)
{
    const Result<AnswerSet> set = parseAnswers("task,worker,label\nt1,w1,dog\nt1,w2,cat\nt2,w1,7\n", u"a.csv"_s);
    ASSERT_TRUE(set.ok());
    EXPECT_FALSE(set->integerLabels());
    EXPECT_EQ(set->labelNames(), (QStringList{u"7"_s, u"cat"_s, u"dog"_s}));
    EXPECT_FALSE(set->isNumeric());
    EXPECT_EQ(set->firstNonNumericLine(), 2);
    EXPECT_EQ(set->firstNonNumericAnswer(), u"dog"_s);
}

TEST(AnswerSetLoader, NamedHeaderColumnsMayComeInAnyOrder)
{
    const Result<AnswerSet> set = parseAnswers("worker,label,task\nw1,1,t1\nw2,0,t1\n", u"a.csv"_s);
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(set->itemIds(), QStringList{u"t1"_s});
    EXPECT_EQ(set->workerIds(), (QStringList{u"w1"_s, u"w2"_s}));
}

TEST(AnswerSetLoader, HeaderIsDetectedOnlyWhenItLooksLikeOne)
{
    // No header: every row is an answer, even with text labels.
    const Result<AnswerSet> text = parseAnswers("t1,w1,dog\nt2,w1,cat\n", u"a.csv"_s);
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text->answerCount(), 2);
    // An unnamed header is recognised by its answer cell not being a number when the next one is.
    const Result<AnswerSet> unnamed = parseAnswers("id,who,what\n1,w1,1\n", u"a.csv"_s);
    ASSERT_TRUE(unnamed.ok());
    EXPECT_EQ(unnamed->answerCount(), 1);
}

TEST(AnswerSetLoader, ErrorsNameTheFileAndLine)
{
    const Result<AnswerSet> missing = parseAnswers("question,worker,answer\r\nq1,w1,1\r\nq2,w2\r\n", u"a.csv"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Validation);
    EXPECT_TRUE(messageOf(missing.error()).startsWith(u"a.csv:3: expected 3 cells"_s))
            << messageOf(missing.error()).toStdString();

    // Line numbers count CR-only line breaks and blank lines too.
    const Result<AnswerSet> empty = parseAnswers("q1,w1,1\r\rq2,,1\r", u"a.csv"_s);
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(messageOf(empty.error()).startsWith(u"a.csv:3: the worker cell is empty"_s))
            << messageOf(empty.error()).toStdString();

    const Result<AnswerSet> quote = parseAnswers("q1,w1,1\n\"q2,w1,1\n", u"a.csv"_s);
    ASSERT_FALSE(quote.ok());
    EXPECT_TRUE(messageOf(quote.error()).startsWith(u"a.csv:2: unterminated"_s));
}

TEST(AnswerSetLoader, EmptyFilesAndHeaderOnlyFilesAreErrors)
{
    EXPECT_FALSE(parseAnswers("", u"a.csv"_s).ok());
    EXPECT_FALSE(parseAnswers("\r\n\r\n", u"a.csv"_s).ok());
    const Result<AnswerSet> headerOnly = parseAnswers("question,worker,answer\n", u"a.csv"_s);
    ASSERT_FALSE(headerOnly.ok());
    EXPECT_TRUE(messageOf(headerOnly.error()).contains(u"no answers"_s));
    EXPECT_FALSE(loadAnswersCsv(u"/nonexistent/answers.csv"_s).ok());
}

TEST(AnswerSetLoader, QuotedCellsMayHoldCommas)
{
    const Result<AnswerSet> set = parseAnswers("\"a, b\",w1,1\n\"say \"\"hi\"\"\",w1,0\n", u"a.csv"_s);
    ASSERT_TRUE(set.ok()) << messageOf(set.error()).toStdString();
    EXPECT_EQ(set->itemIds(), (QStringList{u"a, b"_s, u"say \"hi\""_s}));
}

TEST(AnswerSetLoader, CountsRepeatedAnswersAndKeepsThem)
{
    const Result<AnswerSet> set = parseAnswers("q,w,1\nq,w,0\nq,v,1\n", u"a.csv"_s);
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(set->answerCount(), 3);
    EXPECT_EQ(set->repeatedAnswerCount(), 1);
}

TEST(TruthLoader, ReadsTruthAndRejectsContradictions)
{
    const Result<TruthSet> truth = parseTruth("q,truth\rq1,0\rq2,1\rq1,0\r", u"t.csv"_s);
    ASSERT_TRUE(truth.ok());
    EXPECT_EQ(truth->size(), 2);
    EXPECT_EQ(truth->value(u"q2"_s), u"1"_s);

    const Result<TruthSet> contradiction = parseTruth("q1,0\nq2,1\nq1,1\n", u"t.csv"_s);
    ASSERT_FALSE(contradiction.ok());
    EXPECT_TRUE(messageOf(contradiction.error()).startsWith(u"t.csv:3:"_s));
    EXPECT_TRUE(messageOf(contradiction.error()).contains(u"line 1"_s));

    const Result<TruthSet> wide = parseTruth("question,truth\nq1,0,extra\n", u"t.csv"_s);
    ASSERT_FALSE(wide.ok());
    EXPECT_TRUE(messageOf(wide.error()).startsWith(u"t.csv:2: expected 2 cells"_s));
    EXPECT_FALSE(parseTruth("", u"t.csv"_s).ok());
}

TEST(CrowdFiles, LoadAsTheyAreWithTheirPublishedCounts)
{
    struct Expected {
        const char *answers;
        const char *truth;
        int items;
        int workers;
        qsizetype answerRows;
        int labels;
        qsizetype gold;
        qsizetype repeated;
    };
    const std::vector<Expected> all{
            {"D_Product/answer.csv", "D_Product/truth.csv", 8315, 176, 24945, 2, 8315, 0},
            {"D_PosSent/answer.csv", "D_PosSent/truth.csv", 1000, 85, 20000, 2, 1000, 0},
            {"S_Rel/answer.csv", "S_Rel/truth.csv", 20232, 766, 98453, 4, 4460, 1570},
            {"S_Adult/answer.csv", "S_Adult/truth.csv", 11040, 825, 92721, 4, 1517, 2922},
            {"bluebirds/answer.csv", "bluebirds/truth.csv", 108, 39, 4212, 2, 108, 0},
            {"S_Dog/answer.csv", "S_Dog/truth.csv", 807, 109, 8070, 4, 807, 0},
            {"S_Face/answer.csv", "S_Face/truth.csv", 584, 27, 5242, 4, 584, 0},
            {"HCB/responses_eval.txt", "HCB/responses_gt.txt", 3275, 722, 19699, 2, 3275, 1220},
    };
    for (const Expected &expected : all) {
        SCOPED_TRACE(expected.answers);
        const Result<AnswerSet> set = loadAnswersCsv(crowdFile(expected.answers));
        ASSERT_TRUE(set.ok()) << messageOf(set.error()).toStdString();
        EXPECT_EQ(set->itemCount(), expected.items);
        EXPECT_EQ(set->workerCount(), expected.workers);
        EXPECT_EQ(set->answerCount(), expected.answerRows);
        EXPECT_EQ(set->labelCount(), expected.labels);
        EXPECT_EQ(set->repeatedAnswerCount(), expected.repeated);
        const Result<TruthSet> truth = loadTruthCsv(crowdFile(expected.truth));
        ASSERT_TRUE(truth.ok()) << messageOf(truth.error()).toStdString();
        EXPECT_EQ(truth->size(), expected.gold);
    }
}

TEST(CrowdFiles, CrOnlyQualificationTruthAndTabSeparatedOriginals)
{
    // quali_truth.csv ends its lines with CR alone; wc -l sees no line at all.
    const Result<TruthSet> qualification = loadTruthCsv(crowdFile("D_PosSent/quali_truth.csv"));
    ASSERT_TRUE(qualification.ok()) << messageOf(qualification.error()).toStdString();
    EXPECT_EQ(qualification->size(), 20);
    EXPECT_EQ(qualification->itemIds().first(), u"2000"_s);
    EXPECT_EQ(qualification->itemIds().last(), u"2019"_s);

    // Zhou's tab-separated originals hold the same answers as answer.csv; the truth file repeats
    // each item's truth on every answer line.
    const Result<AnswerSet> tsv = loadAnswersCsv(crowdFile("S_Dog/dogs-1.merged.label.tsv"));
    const Result<AnswerSet> csv = loadAnswersCsv(crowdFile("S_Dog/answer.csv"));
    ASSERT_TRUE(tsv.ok() && csv.ok());
    EXPECT_EQ(tsv->answerCount(), csv->answerCount());
    EXPECT_EQ(tsv->answerLabels(), csv->answerLabels());
    const Result<TruthSet> repeated = loadTruthCsv(crowdFile("S_Dog/dogs-1.merged.truth.tsv"));
    ASSERT_TRUE(repeated.ok()) << messageOf(repeated.error()).toStdString();
    EXPECT_EQ(repeated->size(), 807);
}

TEST(CrowdFiles, LoadsFromDiskWithEveryLineEnding)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"answers.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("question,worker,answer\rq1,w1,1\rq1,w2,1\r");
    file.close();
    const Result<AnswerSet> set = loadAnswersCsv(path);
    ASSERT_TRUE(set.ok());
    EXPECT_EQ(set->answerCount(), 2);
    EXPECT_EQ(set->sourceName(), path);
}
