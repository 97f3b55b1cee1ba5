#include "core/diff/textdiff.h"

#include "tests/support/qtprinters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Qt::StringLiterals;

namespace {

QString sideOf(const QList<TextSegment> &segments, DiffOp skipped)
{
    QString text;
    for (const TextSegment &segment : segments) {
        if (segment.op != skipped)
            text += segment.text;
    }
    return text;
}

QString beforeOf(const QList<TextSegment> &segments)
{
    return sideOf(segments, DiffOp::Insert);
}

QString afterOf(const QList<TextSegment> &segments)
{
    return sideOf(segments, DiffOp::Delete);
}

// Reconstruction of both sides plus the shape promised by textdiff.h.
void expectWellFormed(const QString &before, const QString &after)
{
    const QList<TextSegment> segments = diffText(before, after);
    ASSERT_EQ(beforeOf(segments), before) << "after: " << after.toStdString();
    ASSERT_EQ(afterOf(segments), after) << "before: " << before.toStdString();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        ASSERT_FALSE(segments.at(i).text.isEmpty());
        if (i > 0) {
            ASSERT_NE(segments.at(i).op, segments.at(i - 1).op);
            ASSERT_FALSE(segments.at(i).op == DiffOp::Delete && segments.at(i - 1).op == DiffOp::Insert);
        }
    }
    for (const DiffOp skipped : {DiffOp::Insert, DiffOp::Delete}) {
        // On each side, no segment boundary falls between a high and a low surrogate.
        QChar previous;
        for (const TextSegment &segment : segments) {
            if (segment.op == skipped)
                continue;
            ASSERT_FALSE(previous.isHighSurrogate() && segment.text.front().isLowSurrogate())
                    << "a surrogate pair was split";
            previous = segment.text.back();
        }
    }
}

QList<TextSegment> seg(std::initializer_list<std::pair<DiffOp, QString>> list)
{
    QList<TextSegment> segments;
    for (const auto &[op, text] : list)
        segments.append({op, text});
    return segments;
}

QStringList naughtyStrings()
{
    QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        strings << value.toString();
    return strings;
}

} // namespace

TEST(TextDiff, EmptyAndEqualTexts)
{
    EXPECT_TRUE(diffText({}, {}).isEmpty());
    EXPECT_EQ(diffText(u"same words"_s, u"same words"_s), seg({{DiffOp::Equal, u"same words"_s}}));
    EXPECT_EQ(diffText({}, u"new text"_s), seg({{DiffOp::Insert, u"new text"_s}}));
    EXPECT_EQ(diffText(u"old text"_s, {}), seg({{DiffOp::Delete, u"old text"_s}}));
}

TEST(TextDiff, ChangesWholeWords)
{
    EXPECT_EQ(diffText(u"I like apples"_s, u"I love apples"_s), seg({{DiffOp::Equal, u"I "_s},
                                                                     {DiffOp::Delete, u"like"_s},
                                                                     {DiffOp::Insert, u"love"_s},
                                                                     {DiffOp::Equal, u" apples"_s}}));
    EXPECT_EQ(diffText(u"Label the tone."_s, u"Label the tone, please."_s),
              seg({{DiffOp::Equal, u"Label the tone"_s}, {DiffOp::Insert, u", please"_s}, {DiffOp::Equal, u"."_s}}));
}

TEST(TextDiff, NumbersAndContractionsAreWholeWords)
{
    EXPECT_EQ(diffText(u"Pay 0.40 now"_s, u"Pay 0.60 now"_s), seg({{DiffOp::Equal, u"Pay "_s},
                                                                   {DiffOp::Delete, u"0.40"_s},
                                                                   {DiffOp::Insert, u"0.60"_s},
                                                                   {DiffOp::Equal, u" now"_s}}));
    EXPECT_EQ(diffText(u"1,234 items"_s, u"1,235 items"_s),
              seg({{DiffOp::Delete, u"1,234"_s}, {DiffOp::Insert, u"1,235"_s}, {DiffOp::Equal, u" items"_s}}));
    EXPECT_EQ(diffText(u"I don't know"_s, u"I won't know"_s), seg({{DiffOp::Equal, u"I "_s},
                                                                   {DiffOp::Delete, u"don't"_s},
                                                                   {DiffOp::Insert, u"won't"_s},
                                                                   {DiffOp::Equal, u" know"_s}}));
    // At the end of a sentence the point is its own token, not part of the number.
    EXPECT_EQ(diffText(u"Costs 40."_s, u"Costs 60."_s), seg({{DiffOp::Equal, u"Costs "_s},
                                                             {DiffOp::Delete, u"40"_s},
                                                             {DiffOp::Insert, u"60"_s},
                                                             {DiffOp::Equal, u"."_s}}));
}

TEST(TextDiff, SemanticCleanupFoldsShortEqualitiesBetweenEdits)
{
    // Without cleanup the single space between two replaced words would split the change in two.
    EXPECT_EQ(diffText(u"the cat sat"_s, u"a dog sat"_s),
              seg({{DiffOp::Delete, u"the cat"_s}, {DiffOp::Insert, u"a dog"_s}, {DiffOp::Equal, u" sat"_s}}));
    // A long equality between two edits stays: two separate changes.
    const QList<TextSegment> two = diffText(u"red fish and some long unchanged middle words here and blue fish"_s,
                                            u"green fish and some long unchanged middle words here and black fish"_s);
    EXPECT_EQ(std::count_if(two.cbegin(), two.cend(), [](const TextSegment &s) { return s.op == DiffOp::Delete; }), 2);
}

TEST(TextDiff, KeepsSurrogatePairsAndCombiningMarksWhole)
{
    const QList<TextSegment> emoji = diffText(u"smile \U0001F600 ok"_s, u"smile \U0001F603 ok"_s);
    EXPECT_EQ(emoji, seg({{DiffOp::Equal, u"smile "_s},
                          {DiffOp::Delete, u"\U0001F600"_s},
                          {DiffOp::Insert, u"\U0001F603"_s},
                          {DiffOp::Equal, u" ok"_s}}));
    // Two emoji sharing their high surrogate differ only in the low one: still whole.
    const QList<TextSegment> shared = diffText(u"\U0001F600"_s, u"\U0001F601"_s);
    EXPECT_EQ(shared, seg({{DiffOp::Delete, u"\U0001F600"_s}, {DiffOp::Insert, u"\U0001F601"_s}}));
    // e + combining acute against e: the mark is not cut from its letter.
    const QList<TextSegment> mark = diffText(u"caf\u0065\u0301 noir"_s, u"cafe noir"_s);
    EXPECT_EQ(mark,
              seg({{DiffOp::Delete, u"caf\u0065\u0301"_s}, {DiffOp::Insert, u"cafe"_s}, {DiffOp::Equal, u" noir"_s}}));
}

TEST(TextDiff, UnspacedScriptsDiffByCharacter)
{
    EXPECT_EQ(diffText(u"我喜欢苹果"_s, u"我喜欢香蕉"_s),
              seg({{DiffOp::Equal, u"我喜欢"_s}, {DiffOp::Delete, u"苹果"_s}, {DiffOp::Insert, u"香蕉"_s}}));
}

TEST(TextDiff, ReconstructsRandomEdits)
{
    QRandomGenerator random(20261122);
    const QStringList vocabulary{u"the"_s,  u"cat"_s, u" "_s,          u"  "_s,       u"\n"_s,      u","_s,
                                 u"."_s,    u"dog"_s, u"\U0001F98B"_s, u"é"_s,        u"e\u0301"_s, u"日本"_s,
                                 u"tone"_s, u"'"_s,   u"\t"_s,         u"ZWJ\u200D"_s};
    const auto randomText = [&](int words) {
        QString text;
        for (int i = 0; i < words; ++i)
            text += vocabulary.at(random.bounded(static_cast<int>(vocabulary.size())));
        return text;
    };
    for (int round = 0; round < 400; ++round) {
        const QString before = randomText(random.bounded(40));
        QString after = before;
        const int edits = random.bounded(6);
        for (int e = 0; e < edits; ++e) {
            const int at = after.isEmpty() ? 0 : random.bounded(static_cast<int>(after.size()));
            if (random.bounded(2) == 0)
                after.insert(at, randomText(random.bounded(1, 4)));
            else
                after.remove(at, random.bounded(1, 5));
        }
        expectWellFormed(before, after);
        expectWellFormed(after, before);
        expectWellFormed(before, randomText(random.bounded(40)));
    }
}

TEST(TextDiff, ReconstructsRandomCodeUnitsIncludingLoneSurrogates)
{
    QRandomGenerator random(7);
    const QList<char16_t> units{u'a', u' ', u'.', 0xD83D, 0xDE00, 0xDE01, 0x0301, 0x200D, 0xFFFF, 0x0000, u'\n'};
    for (int round = 0; round < 300; ++round) {
        QString before;
        QString after;
        for (int i = random.bounded(30); i > 0; --i)
            before += QChar(units.at(random.bounded(static_cast<int>(units.size()))));
        for (int i = random.bounded(30); i > 0; --i)
            after += QChar(units.at(random.bounded(static_cast<int>(units.size()))));
        expectWellFormed(before, after);
    }
}

TEST(TextDiff, ReconstructsTheNaughtyStrings)
{
    const QStringList strings = naughtyStrings();
    ASSERT_GT(strings.size(), 500);
    for (qsizetype i = 0; i + 1 < strings.size(); ++i) {
        expectWellFormed(strings.at(i), strings.at(i + 1));
        expectWellFormed(strings.at(i), u"Please label: "_s + strings.at(i) + u" (thanks)"_s);
        expectWellFormed(strings.at(i) + strings.at(i + 1), strings.at(i + 1) + strings.at(i));
    }
}

TEST(TextDiff, LongTextsStayFastAndLocal)
{
    QString before;
    for (int i = 0; i < 6000; ++i)
        before += u"word%1 "_s.arg(i % 97);
    QString after = before;
    after.replace(1000, 5, u"CHANGED"_s);
    after.insert(30000, u"inserted here "_s);
    QElapsedTimer timer;
    timer.start();
    const QList<TextSegment> segments = diffText(before, after);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(beforeOf(segments), before);
    EXPECT_EQ(afterOf(segments), after);
    qsizetype changed = 0;
    for (const TextSegment &segment : segments) {
        if (segment.op != DiffOp::Equal)
            changed += segment.text.size();
    }
    EXPECT_LT(changed, 60); // two small changes, not a rewrite

    // Two unrelated texts of a few thousand words: the worst case stays bounded too.
    QString other;
    for (int i = 0; i < 1500; ++i)
        other += u"other%1 "_s.arg(i % 89);
    timer.restart();
    const QList<TextSegment> unrelated = diffText(before.left(10000), other);
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_EQ(beforeOf(unrelated), before.left(10000));
    EXPECT_EQ(afterOf(unrelated), other);

    // Instructions at the protocol's limit (50,000 code points), rewritten word for word: bounded,
    // and the same answer every time.
    QString rewritten;
    QString original;
    for (int i = 0; i < 7000; ++i) {
        original += u"alpha%1 "_s.arg(i);
        rewritten += u"beta%1 "_s.arg(i);
    }
    timer.restart();
    const QList<TextSegment> rewrite = diffText(original, rewritten);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_EQ(beforeOf(rewrite), original);
    EXPECT_EQ(afterOf(rewrite), rewritten);
    EXPECT_EQ(diffText(original, rewritten), rewrite);
}
