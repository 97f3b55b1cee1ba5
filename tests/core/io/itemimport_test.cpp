// Item import from JSONL and CSV: line-numbered errors, all or nothing, limits, text kept exactly.
#include "core/io/itemimport.h"
#include "tests/support/qtprinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

QStringList naughtyStrings()
{
    QFile file(QStringLiteral(CHRYSALIS_TEST_DATA_DIR "/naughty/blns.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        strings.append(value.toString());
    return strings;
}

// What the protocol says the marketplace refuses: NUL, noncharacters and lone surrogates.
bool storable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
    }
    const QList<uint> codes = text.toUcs4();
    return std::none_of(codes.begin(), codes.end(), [](uint code) {
        return code == 0 || (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
    });
}

QByteArray csvQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return (u"\""_s + quoted + u"\""_s).toUtf8();
}

TEST(ItemImportJsonl, EachNonBlankLineIsOneItemInOrder)
{
    const auto items = ItemImport::parseJsonl("{\"text\": \"a\"}\r\n\n  \n{\"text\": \"b\", \"n\": 2}\n");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0).value(u"text"_s).toString(), u"a"_s);
    EXPECT_EQ(items->at(1).value(u"n"_s).toInt(), 2);
}

TEST(ItemImportJsonl, ALeadingByteOrderMarkIsNotPartOfTheFirstLine)
{
    const auto items = ItemImport::parseJsonl("\xEF\xBB\xBF{\"text\": \"a\"}");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    EXPECT_EQ(items->size(), 1);
}

TEST(ItemImportJsonl, ANonObjectLineNamesItsLineAndNothingIsImported)
{
    const auto items = ItemImport::parseJsonl("{\"text\": \"a\"}\n{\"text\": \"b\"}\n\n[1, 2]\n{\"text\": \"c\"}\n");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().code, ErrorCode::Validation);
    EXPECT_EQ(items.error().message, u"line 4: not a JSON object"_s);
    ASSERT_EQ(items.error().fieldErrors.size(), 1);
    EXPECT_EQ(items.error().fieldErrors.first().field, u"line 4"_s);
}

TEST(ItemImportJsonl, EveryBadLineIsListedWithItsNumber)
{
    const auto items = ItemImport::parseJsonl("{\"a\": 1}\n\"text\"\n{broken\n{\"a\": 2}\n");
    ASSERT_FALSE(items.ok());
    ASSERT_EQ(items.error().fieldErrors.size(), 2);
    EXPECT_EQ(items.error().fieldErrors.at(0).field, u"line 2"_s);
    EXPECT_EQ(items.error().fieldErrors.at(0).message, u"not a JSON object"_s);
    EXPECT_EQ(items.error().fieldErrors.at(1).field, u"line 3"_s);
    EXPECT_TRUE(items.error().fieldErrors.at(1).message.startsWith(u"not valid JSON"_s));
    EXPECT_TRUE(items.error().message.startsWith(u"line 2: not a JSON object"_s));
    EXPECT_TRUE(items.error().message.contains(u"1 more"_s)) << items.error().message.toStdString();
}

TEST(ItemImportJsonl, AnEmptyFileHasNoItems)
{
    EXPECT_FALSE(ItemImport::parseJsonl("").ok());
    EXPECT_FALSE(ItemImport::parseJsonl("\n \r\n").ok());
}

TEST(ItemImportJsonl, TextTheMarketplaceCannotStoreIsRefusedWithItsLine)
{
    const auto nul = ItemImport::parseJsonl("{\"text\": \"ok\"}\n{\"text\": \"a\\u0000b\"}\n");
    ASSERT_FALSE(nul.ok());
    EXPECT_EQ(nul.error().fieldErrors.first().field, u"line 2"_s);
    const auto surrogate = ItemImport::parseJsonl("{\"text\": \"\\ud800\"}\n");
    ASSERT_FALSE(surrogate.ok());
    EXPECT_EQ(surrogate.error().fieldErrors.first().field, u"line 1"_s);
}

TEST(ItemImportJsonl, AnItemAtTheSizeLimitIsTakenAndOneByteMoreIsNot)
{
    // {"t":"…"} is 8 bytes around the text.
    const QByteArray fits = "{\"t\":\"" + QByteArray(kMaxItemDataBytes - 8, 'x') + "\"}";
    const auto atLimit = ItemImport::parseJsonl(fits);
    ASSERT_TRUE(atLimit.ok()) << atLimit.error().message.toStdString();
    const QByteArray over = "{\"t\":\"" + QByteArray(kMaxItemDataBytes - 7, 'x') + "\"}";
    const auto overLimit = ItemImport::parseJsonl("{\"t\": 1}\n" + over);
    ASSERT_FALSE(overLimit.ok());
    EXPECT_EQ(overLimit.error().fieldErrors.first().field, u"line 2"_s);
}

TEST(ItemImportJsonl, TheItemCountLimitHoldsOnBothSides)
{
    QByteArray atLimit;
    atLimit.reserve(kMaxImportedItems * 9);
    for (int i = 0; i < kMaxImportedItems; ++i)
        atLimit += "{\"n\":1}\n";
    const auto fits = ItemImport::parseJsonl(atLimit);
    ASSERT_TRUE(fits.ok()) << fits.error().message.toStdString();
    EXPECT_EQ(fits->size(), kMaxImportedItems);
    const auto over = ItemImport::parseJsonl(atLimit + "{\"n\":1}\n");
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().code, ErrorCode::LimitExceeded);
}

TEST(ItemImportJsonl, AFileOverTheByteLimitIsRefusedBeforeParsing)
{
    const auto over = ItemImport::parseJsonl(QByteArray(kMaxItemFileBytes + 1, ' '));
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().code, ErrorCode::LimitExceeded);
}

TEST(ItemImportJsonl, NaughtyStringsSurviveExactly)
{
    QStringList strings;
    QStringList refused;
    for (const QString &text : naughtyStrings())
        (storable(text) ? strings : refused).append(text);
    ASSERT_GT(strings.size(), 500);
    ASSERT_FALSE(refused.isEmpty());
    for (const QString &text : refused) {
        const QByteArray line = QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact);
        const auto alone = ItemImport::parseJsonl("{\"text\": \"fine\"}\n" + line);
        ASSERT_FALSE(alone.ok());
        EXPECT_EQ(alone.error().fieldErrors.first().field, u"line 2"_s);
    }
    QByteArray file;
    for (const QString &text : strings)
        file += QJsonDocument(QJsonObject{{u"text"_s, text}}).toJson(QJsonDocument::Compact) + '\n';
    const auto items = ItemImport::parseJsonl(file);
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), strings.size());
    for (qsizetype i = 0; i < strings.size(); ++i)
        EXPECT_EQ(items->at(i).value(u"text"_s).toString().toUtf8(), strings.at(i).toUtf8()) << i;
}

TEST(ItemImportCsv, TheHeaderNamesTheKeysAndValuesAreStrings)
{
    const auto items = ItemImport::parseCsv("text,id\r\n\"Hello, world\",7\r\nplain,\"8\"\r\n");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0), (QJsonObject{{u"text"_s, u"Hello, world"_s}, {u"id"_s, u"7"_s}}));
    EXPECT_EQ(items->at(1), (QJsonObject{{u"text"_s, u"plain"_s}, {u"id"_s, u"8"_s}}));
}

TEST(ItemImportCsv, ABadRowNamesItsLineAndCellCountAndNothingIsImported)
{
    const auto items = ItemImport::parseCsv("a,b,c\n1,2,3\n1,2,3,4\n4,5,6\n");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().message, u"line 3: 4 cells but the header has 3"_s);
}

TEST(ItemImportCsv, LineNumbersCountPhysicalLinesWithCrOnlyEndingsAndQuotedBreaks)
{
    const auto items = ItemImport::parseCsv("\xEF\xBB\xBFtext,n\r\"two\rlines\",1\r\rshort\r");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().message, u"line 5: 1 cell but the header has 2"_s);
}

TEST(ItemImportCsv, TabSeparatedFilesWork)
{
    const auto items = ItemImport::parseCsv("text\tlabel\nsome words\tx\n");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    EXPECT_EQ(items->at(0).value(u"text"_s).toString(), u"some words"_s);
}

TEST(ItemImportCsv, AOneColumnFileKeepsSpacesInsideItsCells)
{
    const auto items = ItemImport::parseCsv("text\nhello world\n\"quoted \"\"words\"\"\"\n");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0).value(u"text"_s).toString(), u"hello world"_s);
    EXPECT_EQ(items->at(1).value(u"text"_s).toString(), u"quoted \"words\""_s);
}

TEST(ItemImportCsv, HeaderProblemsAreReportedOnTheHeaderLine)
{
    const auto twice = ItemImport::parseCsv("\ntext,text\na,b\n");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().fieldErrors.first().field, u"line 2"_s);
    const auto unnamed = ItemImport::parseCsv("text,,x\na,b,c\n");
    ASSERT_FALSE(unnamed.ok());
    EXPECT_TRUE(unnamed.error().message.contains(u"column 2"_s)) << unnamed.error().message.toStdString();
}

TEST(ItemImportCsv, AHeaderWithoutRowsHasNoItems)
{
    EXPECT_FALSE(ItemImport::parseCsv("text,label\n").ok());
}

TEST(ItemImportCsv, BytesThatAreNotUtf8AreRefusedWithTheirLine)
{
    const auto items = ItemImport::parseCsv("text,n\nok,1\n\xFF\xFE,2\n");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().message, u"line 3: is not UTF-8 text"_s);
}

TEST(ItemImportCsv, NaughtyStringsSurviveExactlyWhenQuoted)
{
    QStringList strings;
    for (const QString &text : naughtyStrings())
        if (storable(text))
            strings.append(text);
    ASSERT_GT(strings.size(), 500);
    QByteArray file = "text,n\n";
    for (qsizetype i = 0; i < strings.size(); ++i)
        file += csvQuoted(strings.at(i)) + ',' + QByteArray::number(i) + "\r\n";
    const auto items = ItemImport::parseCsv(file);
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), strings.size());
    for (qsizetype i = 0; i < strings.size(); ++i) {
        EXPECT_EQ(items->at(i).value(u"text"_s).toString().toUtf8(), strings.at(i).toUtf8()) << i;
        EXPECT_EQ(items->at(i).value(u"n"_s).toString(), QString::number(i));
    }
}

TEST(ItemImportFile, TheFormatComesFromTheSuffix)
{
    EXPECT_EQ(ItemImport::formatForPath(u"/x/items.JSONL"_s), ItemFileFormat::Jsonl);
    EXPECT_EQ(ItemImport::formatForPath(u"items.csv"_s), ItemFileFormat::Csv);
    EXPECT_EQ(ItemImport::formatForPath(u"items.txt"_s), std::nullopt);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"items.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("text\nhello\n");
    file.close();
    const auto items = ItemImport::readFile(file.fileName());
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    EXPECT_EQ(items->size(), 1);
    EXPECT_FALSE(ItemImport::readFile(dir.filePath(u"missing.csv"_s)).ok());
    EXPECT_FALSE(ItemImport::readFile(dir.filePath(u"items.txt"_s)).ok());
}

} // namespace
} // namespace Chrysalis
