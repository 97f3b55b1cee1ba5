// The diff engine on large inputs: a word diff of two 1 MB instruction texts with 1 % of the words
// changed, timed against `git diff --no-index --word-diff` on the same files in the same run, and the
// structural diff of two answer forms holding 10,000 options between them.
//
//   diff_benchmark [--bytes N] [--changed-percent P] [--runs R]
#include "core/diff/taskdiff.h"
#include "core/diff/textdiff.h"
#include "core/domain/form.h"
#include "core/domain/task.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Instructions-like text: sentences of words drawn from a fixed vocabulary, a paragraph break now and then.
QStringList makeWords(qsizetype bytes, QRandomGenerator &random)
{
    static const QStringList vocabulary = [] {
        QStringList words;
        const QStringList stems{u"label"_s,  u"sentence"_s, u"answer"_s, u"worker"_s,  u"choose"_s,  u"entity"_s,
                                u"person"_s, u"place"_s,    u"only"_s,   u"when"_s,    u"the"_s,     u"a"_s,
                                u"of"_s,     u"text"_s,     u"mark"_s,   u"explain"_s, u"rating"_s,  u"clear"_s,
                                u"item"_s,   u"example"_s,  u"rule"_s,   u"never"_s,   u"always"_s,  u"tone"_s,
                                u"polite"_s, u"rude"_s,     u"span"_s,   u"correct"_s, u"grammar"_s, u"headline"_s};
        for (const QString &stem : stems) {
            words.append(stem);
            words.append(stem + u"s"_s);
            words.append(stem + u"ed"_s);
        }
        return words;
    }();
    QStringList words;
    qsizetype size = 0;
    while (size < bytes) {
        QString word = vocabulary.at(random.bounded(vocabulary.size()));
        if (random.bounded(12) == 0)
            word += u'.';
        size += word.size() + 1;
        words.append(word);
    }
    return words;
}

QString joinWords(const QStringList &words)
{
    QString text;
    text.reserve(words.size() * 8);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += (i % 97 == 0) ? u"\n"_s : u" "_s;
        text += words.at(i);
    }
    return text + u'\n';
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(values.size() / 2);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

void wordDiff(qsizetype bytes, double changedPercent, int runs)
{
    QRandomGenerator random(20261122);
    const QStringList before = makeWords(bytes, random);
    QStringList after = before;
    const auto changes = static_cast<qsizetype>(static_cast<double>(before.size()) * changedPercent / 100.0);
    for (qsizetype c = 0; c < changes; ++c) {
        const qsizetype at = random.bounded(after.size());
        after[at] = u"changed"_s + QString::number(c);
    }
    const QString beforeText = joinWords(before);
    const QString afterText = joinWords(after);
    out() << u"word diff: %1 bytes before, %2 after, %3 words, %4 changed (%5 %)\n"_s.arg(beforeText.toUtf8().size())
                     .arg(afterText.toUtf8().size())
                     .arg(before.size())
                     .arg(changes)
                     .arg(changedPercent);

    std::vector<double> ours;
    qsizetype segments = 0;
    qsizetype changedSegments = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<TextSegment> diff = diffText(beforeText, afterText);
        ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        segments = diff.size();
        changedSegments = std::count_if(diff.begin(), diff.end(),
                                        [](const TextSegment &segment) { return segment.op != DiffOp::Equal; });
    }
    out() << u"  Chrysalis diffText:   median %1 ms of %2 runs (%3 segments, %4 of them changes)\n"_s
                     .arg(median(ours), 0, 'f', 1)
                     .arg(runs)
                     .arg(segments)
                     .arg(changedSegments);

    const QString git = QStandardPaths::findExecutable(u"git"_s);
    if (git.isEmpty()) {
        out() << u"  git: not installed, no comparison\n"_s;
        return;
    }
    QTemporaryDir dir;
    const QString a = dir.filePath(u"before.txt"_s);
    const QString b = dir.filePath(u"after.txt"_s);
    if (!dir.isValid() || !writeFile(a, beforeText) || !writeFile(b, afterText)) {
        out() << u"  git: cannot write the input files\n"_s;
        return;
    }
    std::vector<double> theirs;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProgram(git);
        process.setArguments({u"diff"_s, u"--no-index"_s, u"--no-color"_s, u"--word-diff=plain"_s, a, b});
        QElapsedTimer timer;
        timer.start();
        process.start();
        process.waitForFinished(-1);
        process.readAllStandardOutput();
        theirs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (process.exitCode() != 1) // 1: the files differ
            out() << u"  git: unexpected exit code %1\n"_s.arg(process.exitCode());
    }
    out() << u"  git diff --word-diff: median %1 ms of %2 runs (process start included)\n"_s
                     .arg(median(theirs), 0, 'f', 1)
                     .arg(runs);
    out() << u"  ratio ours / git: %1 (target <= 1.0)\n"_s.arg(median(ours) / median(theirs), 0, 'f', 2);
}

TaskRevision formWithOptions(int fields, int optionsPerField)
{
    TaskRevision revision;
    revision.id = u"r1"_s;
    revision.taskId = u"t1"_s;
    revision.title = u"Many options"_s;
    revision.instructions = u"Pick one option per field."_s;
    revision.payCents = 100;
    revision.estimateSeconds = 60;
    QList<FormField> formFields;
    for (int f = 0; f < fields; ++f) {
        FormField field;
        field.name = u"field_%1"_s.arg(f);
        field.kind = FieldKind::SingleChoice;
        field.label = u"Field %1"_s.arg(f);
        for (int o = 0; o < optionsPerField; ++o)
            field.options.append({u"f%1_o%2"_s.arg(f).arg(o), u"Option %1 of field %2"_s.arg(o).arg(f)});
        formFields.append(field);
    }
    revision.form = AnswerForm(formFields);
    return revision;
}

void formDiff(int runs)
{
    // 50 fields of 200 options (the per-field limit): 10,000 options on each side.
    const TaskRevision base = formWithOptions(50, 200);
    TaskRevision markup = base;
    markup.id = u"r2"_s;
    QRandomGenerator random(7);
    QList<FormField> fields = markup.form.fields();
    for (qsizetype f = 0; f < fields.size(); f += 5) {
        QList<FormOption> &options = fields[f].options;
        options[random.bounded(options.size())].label += u" (clarified)"_s;
        options.removeAt(random.bounded(options.size()));
        options.append({u"new_%1"_s.arg(f), u"A new option"_s});
        std::swap(options[0], options[1]);
    }
    fields[3].label = u"Renamed field"_s;
    markup.form = AnswerForm(fields);
    std::vector<double> times;
    qsizetype hunks = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        hunks = diffRevisions(base, markup).size();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    out() << u"form diff: 10,000 options (50 fields x 200), 10 fields edited: median %1 ms of %2 runs, %3 hunks\n"_s
                     .arg(median(times), 0, 'f', 2)
                     .arg(runs)
                     .arg(hunks);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Word diff against git, and a 10,000-option form diff."_s);
    parser.addHelpOption();
    parser.addOption({u"bytes"_s, u"Size of each instruction text (default 1,000,000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"changed-percent"_s, u"Share of words changed (default 1)."_s, u"P"_s, u"1"_s});
    parser.addOption({u"runs"_s, u"Runs of each measurement; the median is printed (default 21)."_s, u"R"_s, u"21"_s});
    parser.process(app);
    const qsizetype bytes = parser.value(u"bytes"_s).toLongLong();
    const double percent = parser.value(u"changed-percent"_s).toDouble();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    wordDiff(bytes, percent, runs);
    formDiff(runs);
    out().flush();
    return 0;
}
