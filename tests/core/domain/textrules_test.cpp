#include "core/domain/jsonreader.h"
#include "core/domain/textrules.h"

#include "tests/core/domain/domaintestutil.h"

#include <gtest/gtest.h>

using namespace Chrysalis;
using namespace Chrysalis::TestUtil;
using namespace Qt::StringLiterals;

TEST(TextRules, CodePointCountCountsAstralCharactersOnce)
{
    EXPECT_EQ(codePointCount(u""), 0);
    EXPECT_EQ(codePointCount(u"abc"), 3);
    EXPECT_EQ(codePointCount(u"héllo"), 5);
    EXPECT_EQ(codePointCount(u"日本語"), 3);
    const QString emoji = u"😀x😀"_s;
    EXPECT_EQ(emoji.size(), 5);
    EXPECT_EQ(codePointCount(emoji), 3);
    // A lone surrogate is one (broken) character, never a crash or a negative count.
    EXPECT_EQ(codePointCount(QString(QChar(0xD83D))), 1);
    EXPECT_EQ(codePointCount(QString(QString(QChar(0xDE00)) + u'a')), 2);
}

TEST(TextRules, BlankMeansNothingVisible)
{
    EXPECT_TRUE(isBlank(u""));
    EXPECT_TRUE(isBlank(u" \t\n"));
    EXPECT_TRUE(isBlank(u"\u00A0\u3000")); // no-break and ideographic spaces
    EXPECT_TRUE(isBlank(u"\u200B\u200E\uFEFF")); // zero-width space, direction mark, BOM
    EXPECT_FALSE(isBlank(u" a "));
    EXPECT_FALSE(isBlank(u"😀"));
    EXPECT_FALSE(isBlank(u"."));
}

TEST(TextRules, ExcerptCutsOnCharacters)
{
    EXPECT_EQ(excerpt(u"short"), u"short"_s);
    EXPECT_EQ(excerpt(u"abcdef", 3), u"abc…"_s);
    EXPECT_EQ(excerpt(u"😀😀😀", 2), u"😀😀…"_s);
    EXPECT_EQ(excerpt(u"abc", 3), u"abc"_s);
}

TEST(WireTime, WritesUtcWithMillisecondsAndReadsItBack)
{
    const QDateTime time(QDate(2025, 3, 1), QTime(9, 30, 0, 250), Qt::UTC);
    EXPECT_EQ(wireTime(time), u"2025-03-01T09:30:00.250Z"_s);
    EXPECT_EQ(parseWireTime(wireTime(time)), time);
    const QDateTime offset = QDateTime(QDate(2025, 3, 1), QTime(11, 30), Qt::OffsetFromUTC, 2 * 3600);
    EXPECT_EQ(wireTime(offset), u"2025-03-01T09:30:00.000Z"_s);
}

TEST(WireTime, AcceptsRfc3339OffsetsAndRejectsEverythingElse)
{
    EXPECT_EQ(parseWireTime(u"2025-03-01T11:30:00+02:00"_s), QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(parseWireTime(u"2025-03-01t09:30:00z"_s), QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
    EXPECT_TRUE(parseWireTime(u"2025-03-01T09:30:00.123456Z"_s).isValid());
    for (const QString &bad : {u"2025-03-01T09:30:00"_s, u"2025-03-01"_s, u"2025-03-01 09:30:00Z"_s,
                               u"2025-02-30T09:30:00Z"_s, u"2025-03-01T24:00:00Z"_s, u"2025-03-01T09:30:60Z"_s,
                               u"yesterday"_s, u""_s, u"2025-03-01T09:30:00Z; DROP TABLE lease"_s})
        EXPECT_FALSE(parseWireTime(bad).isValid()) << bad.toStdString();
}

TEST(JsonInteger, AcceptsWholeNumbersOnly)
{
    const QJsonObject json = jsonObject(R"({"i": 3, "w": 3.0, "f": 1.5, "s": "3", "b": true, "n": null,
                                            "big": 9007199254740991, "huge": 1e300, "neg": -7})");
    EXPECT_EQ(jsonInteger(json.value(u"i"_s)), 3);
    EXPECT_EQ(jsonInteger(json.value(u"w"_s)), 3);
    EXPECT_EQ(jsonInteger(json.value(u"big"_s)), kMaxJsonInteger);
    EXPECT_EQ(jsonInteger(json.value(u"neg"_s)), -7);
    for (const char16_t *key : {u"f", u"s", u"b", u"n", u"huge", u"missing"})
        EXPECT_FALSE(jsonInteger(json.value(QString::fromUtf16(key))).has_value())
                << QString::fromUtf16(key).toStdString();
}

TEST(JsonReader, CollectsEveryProblemWithItsKey)
{
    JsonReader reader(jsonObject(R"({"name": 5, "count": 1.5, "when": "soon", "list": ["a", 2], "flag": "yes",
                                     "ok": "fine", "nothing": null})"));
    EXPECT_EQ(reader.optionalString(u"ok"_s), u"fine"_s);
    (void)reader.string(u"name"_s);
    (void)reader.integer(u"count"_s);
    (void)reader.time(u"when"_s);
    (void)reader.stringList(u"list"_s);
    (void)reader.boolean(u"flag"_s);
    (void)reader.string(u"nothing"_s);
    (void)reader.id(u"absent"_s);
    EXPECT_EQ(fieldsOf(reader.errors()),
              (QStringList{u"name"_s, u"count"_s, u"when"_s, u"list[1]"_s, u"flag"_s, u"nothing"_s, u"absent"_s}));
    EXPECT_EQ(reader.errors().at(5).message, u"is required"_s);
    EXPECT_FALSE(reader.finish(1, u"thing"_s).ok());
}

TEST(JsonReader, IntegerBoundsAreInclusive)
{
    JsonReader reader(jsonObject(R"({"low": 0, "high": 10, "under": -1, "over": 11, "huge": 3000000000})"));
    EXPECT_EQ(reader.integer(u"low"_s, 0, 10), 0);
    EXPECT_EQ(reader.integer(u"high"_s, 0, 10), 10);
    EXPECT_TRUE(reader.ok());
    (void)reader.integer(u"under"_s, 0, 10);
    (void)reader.integer(u"over"_s, 0, 10);
    (void)reader.integer(u"huge"_s); // beyond int
    EXPECT_EQ(fieldsOf(reader.errors()), (QStringList{u"under"_s, u"over"_s, u"huge"_s}));
}
