#include "app/server/qualitycommand.h"

#include "core/quality/delimitedtext.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

struct CommandRun {
    int exitCode;
    QString out;
    QString err;
};

CommandRun run(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runQualityCommand(arguments, outStream, errStream);
    return {code, out, err};
}

class QualityCommandTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

const QByteArray kAnswers = "question,worker,answer\r\nq1,w1,1\r\nq1,w2,1\r\nq1,w3,0\r\nq2,w1,0\r\nq2,w2,0\r\n"
                            "q2,w3,0\r\nq3,w1,1\r\nq3,w2,0\r\nq3,w3,1\r\n";
const QByteArray kTruth = "question,truth\r\nq1,1\r\nq2,0\r\nq3,0\r\n";

} // namespace

TEST_F(QualityCommandTest, AggregatePrintsAccuracyAndTimeAndWritesLabels)
{
    const QString answers = write(u"answers.csv"_s, kAnswers);
    const QString truth = write(u"truth.csv"_s, kTruth);
    const CommandRun result = run({u"aggregate"_s, u"--method"_s, u"mv"_s, u"--answers"_s, answers, u"--truth"_s, truth,
                                   u"--output"_s, path(u"labels.csv"_s), u"--workers"_s, path(u"workers.csv"_s)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"accuracy: 0.6667 (2 of 3 answered gold items"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"3 items, 3 workers, 9 answers"_s));
    EXPECT_TRUE(result.out.contains(u"elapsed: "_s));
    QFile labels(path(u"labels.csv"_s));
    ASSERT_TRUE(labels.open(QIODevice::ReadOnly));
    EXPECT_EQ(labels.readAll(), QByteArray("item,label,confidence\nq1,1,0.666667\nq2,0,1\nq3,1,0.666667\n"));
    // Each worker's agreement with the majority vote: w1 agrees on all three items, w2 and w3 on two.
    QFile workers(path(u"workers.csv"_s));
    ASSERT_TRUE(workers.open(QIODevice::ReadOnly));
    EXPECT_EQ(workers.readAll(), QByteArray("worker,reliability,answers\nw1,1,3\nw2,0.666667,3\nw3,0.666667,3\n"));
}

TEST_F(QualityCommandTest, WrittenLabelsReadBackCellForCell)
{
    const QString answers = write(u"answers.csv"_s, "question,worker,answer\n\"a, b\",w1,1\n\" padded \",w1,0\n"
                                                    "\"say \"\"hi\"\"\",w2,1\n");
    const CommandRun result = run(
            {u"aggregate"_s, u"--method"_s, u"mv"_s, u"--answers"_s, answers, u"--output"_s, path(u"labels.csv"_s)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const Result<DelimitedText> table = DelimitedText::readFile(path(u"labels.csv"_s));
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->fieldText(1, 0), u"a, b"_s);
    EXPECT_EQ(table->fieldText(2, 0), u" padded "_s);
    EXPECT_EQ(table->fieldText(3, 0), u"say \"hi\""_s);
}

TEST_F(QualityCommandTest, AggregateRunsEveryMethod)
{
    const QString answers = write(u"answers.csv"_s, kAnswers);
    for (const QString &method :
         {u"mv"_s, u"wawa"_s, u"ds"_s, u"onecoin"_s, u"glad"_s, u"mace"_s, u"mean"_s, u"median"_s}) {
        const CommandRun result = run({u"aggregate"_s, u"--method=%1"_s.arg(method), u"--answers"_s, answers});
        EXPECT_EQ(result.exitCode, 0) << method.toStdString() << ": " << result.err.toStdString();
        EXPECT_TRUE(result.out.startsWith(u"method %1:"_s.arg(method))) << result.out.toStdString();
    }
}

TEST_F(QualityCommandTest, NumericAggregationReportsErrors)
{
    const QString answers = write(u"n.csv"_s, "question,worker,answer\na,w1,10\na,w2,20\nb,w1,-5\nb,w2,5\n");
    const QString truth = write(u"t.csv"_s, "question,truth\na,12\nb,0\n");
    const CommandRun result = run({u"aggregate"_s, u"--method"_s, u"mean"_s, u"--answers"_s, answers, u"--truth"_s,
                                   truth, u"--output"_s, path(u"values.csv"_s)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"mean absolute error: 1.5000, root mean squared error: 2.1213"_s))
            << result.out.toStdString();
    QFile values(path(u"values.csv"_s));
    ASSERT_TRUE(values.open(QIODevice::ReadOnly));
    EXPECT_EQ(values.readAll(), QByteArray("item,value\na,15\nb,0\n"));
}

TEST_F(QualityCommandTest, BadFilesExitOneWithFileAndLine)
{
    const QString broken = write(u"broken.csv"_s, "question,worker,answer\nq1,w1,1\nq2,w2\n");
    const CommandRun missingCell = run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--answers"_s, broken});
    EXPECT_EQ(missingCell.exitCode, 1);
    EXPECT_TRUE(missingCell.err.contains(broken + u":3: expected 3 cells"_s)) << missingCell.err.toStdString();

    const CommandRun absent = run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--answers"_s, path(u"nothing.csv"_s)});
    EXPECT_EQ(absent.exitCode, 1);
    EXPECT_TRUE(absent.err.contains(u"cannot open"_s));

    const QString text = write(u"text.csv"_s, "q1,w1,yes\nq1,w2,no\n");
    const CommandRun notNumbers = run({u"aggregate"_s, u"--method"_s, u"median"_s, u"--answers"_s, text});
    EXPECT_EQ(notNumbers.exitCode, 1);
    EXPECT_TRUE(notNumbers.err.contains(text + u":1: the answer \"yes\" is not a number"_s))
            << notNumbers.err.toStdString();

    const QString answers = write(u"answers.csv"_s, kAnswers);
    const QString badTruth = write(u"truth.csv"_s, "question,truth\nq1,1\nq1,0\n");
    const CommandRun contradiction =
            run({u"aggregate"_s, u"--method"_s, u"mv"_s, u"--answers"_s, answers, u"--truth"_s, badTruth});
    EXPECT_EQ(contradiction.exitCode, 1);
    EXPECT_TRUE(contradiction.err.contains(badTruth + u":3:"_s)) << contradiction.err.toStdString();
}

TEST_F(QualityCommandTest, UsageErrorsExitTwo)
{
    const QString answers = write(u"answers.csv"_s, kAnswers);
    EXPECT_EQ(run({}).exitCode, 2);
    EXPECT_EQ(run({u"summarise"_s}).exitCode, 2);
    EXPECT_EQ(run({u"aggregate"_s, u"--answers"_s, answers}).exitCode, 2); // no method
    EXPECT_EQ(run({u"aggregate"_s, u"--method"_s, u"zc"_s, u"--answers"_s, answers}).exitCode, 2);
    EXPECT_EQ(run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--answers"_s}).exitCode, 2); // no value
    EXPECT_EQ(run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--answers"_s, answers, u"--colour"_s, u"red"_s}).exitCode,
              2);
    EXPECT_EQ(run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--method"_s, u"mv"_s, u"--answers"_s, answers}).exitCode,
              2);
    const CommandRun badCap =
            run({u"aggregate"_s, u"--method"_s, u"ds"_s, u"--answers"_s, answers, u"--max-iterations"_s, u"0"_s});
    EXPECT_EQ(badCap.exitCode, 2);
    EXPECT_TRUE(badCap.err.contains(u"usage:"_s));
    EXPECT_EQ(run({u"agreement"_s, u"--metric"_s, u"pi"_s, u"--input"_s, answers}).exitCode, 2);
    EXPECT_EQ(run({u"agreement"_s, u"--metric"_s, u"alpha"_s, u"--input"_s, answers, u"--level"_s, u"log"_s}).exitCode,
              2);
    EXPECT_EQ(
            run({u"agreement"_s, u"--metric"_s, u"fleiss"_s, u"--input"_s, answers, u"--level"_s, u"ratio"_s}).exitCode,
            2);
    EXPECT_EQ(run({u"aggregate"_s, u"--method"_s, u"mean"_s, u"--answers"_s, answers, u"--workers"_s, path(u"w.csv"_s)})
                      .exitCode,
              2);
    EXPECT_EQ(run({u"--help"_s}).exitCode, 0);
}

TEST_F(QualityCommandTest, AgreementMetrics)
{
    // Krippendorff (2011): coders × units with missing cells, CR-only line endings.
    const QString matrix = write(u"k.csv"_s, "1,2,3,3,2,1,4,1,2,,,\r1,2,3,3,2,2,4,1,2,5,,3\r"
                                             ",3,3,3,2,3,4,2,2,5,1,\r1,2,3,3,2,4,4,1,2,5,1,NA\r");
    const CommandRun interval =
            run({u"agreement"_s, u"--metric"_s, u"alpha"_s, u"--level"_s, u"interval"_s, u"--input"_s, matrix});
    ASSERT_EQ(interval.exitCode, 0) << interval.err.toStdString();
    EXPECT_EQ(interval.out, u"Krippendorff's alpha (interval): 0.8491071 (4 coders, 12 units)\n"_s);
    const CommandRun nominal = run({u"agreement"_s, u"--metric"_s, u"alpha"_s, u"--input"_s, matrix});
    EXPECT_TRUE(nominal.out.startsWith(u"Krippendorff's alpha (nominal): 0.7434211"_s)) << nominal.out.toStdString();

    const QString pair = write(u"c.csv"_s, "rater,s1,s2,s3,s4\nann,yes,no,yes,yes\nbob,yes,no,no,yes\n");
    const CommandRun cohen = run({u"agreement"_s, u"--metric"_s, u"cohen"_s, u"--input"_s, pair});
    ASSERT_EQ(cohen.exitCode, 0) << cohen.err.toStdString();
    EXPECT_EQ(cohen.out, u"Cohen's kappa (none weights): 0.5000000 (2 coders, 4 units)\n"_s);

    const QString three = write(u"f.csv"_s, "1,2,2\n1,2,1\n1,1,1\n");
    const CommandRun fleiss = run({u"agreement"_s, u"--metric"_s, u"fleiss"_s, u"--input"_s, three});
    ASSERT_EQ(fleiss.exitCode, 0) << fleiss.err.toStdString();
    EXPECT_TRUE(fleiss.out.startsWith(u"Fleiss' kappa: "_s));
    const CommandRun notTwo = run({u"agreement"_s, u"--metric"_s, u"cohen"_s, u"--input"_s, three});
    EXPECT_EQ(notTwo.exitCode, 1);
}

TEST_F(QualityCommandTest, AgreementBadFilesNameTheLine)
{
    const QString ragged = write(u"r.csv"_s, "1,2,3\n1,2,3\n1,2\n");
    const CommandRun raggedRun = run({u"agreement"_s, u"--metric"_s, u"alpha"_s, u"--input"_s, ragged});
    EXPECT_EQ(raggedRun.exitCode, 1);
    EXPECT_TRUE(raggedRun.err.contains(ragged + u":3:"_s)) << raggedRun.err.toStdString();

    const QString words = write(u"w.csv"_s, "1,2,3\n1,x,3\n");
    const CommandRun text =
            run({u"agreement"_s, u"--metric"_s, u"alpha"_s, u"--level"_s, u"ordinal"_s, u"--input"_s, words});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(words + u":2: \"x\" is not a number"_s)) << text.err.toStdString();

    const QString uneven = write(u"u.csv"_s, "1,2,3\n1,,3\n");
    const CommandRun fleiss = run({u"agreement"_s, u"--metric"_s, u"fleiss"_s, u"--input"_s, uneven});
    EXPECT_EQ(fleiss.exitCode, 1);
    EXPECT_TRUE(fleiss.err.contains(u"same number"_s)) << fleiss.err.toStdString();
}
