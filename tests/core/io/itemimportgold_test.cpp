#include "core/io/itemimport.h"
#include "tests/support/qtprinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

Result<QList<ImportedItem>> importJsonl(const QByteArray &bytes)
{
    auto rows = ItemImport::parseJsonl(bytes);
    if (!rows)
        return rows.error();
    return ItemImport::splitGold(*rows);
}

Result<QList<ImportedItem>> importCsv(const QByteArray &bytes)
{
    auto rows = ItemImport::parseCsv(bytes);
    if (!rows)
        return rows.error();
    return ItemImport::splitGold(*rows);
}

TEST(ItemImportGoldTest, JsonlGoldAndTrainingKeysLeaveTheData)
{
    const auto items = importJsonl(R"({"text": "Plain", "gold": {"label": "no"}}
{"text": "Shown", "gold": {"label": "yes"}, "training": true}
{"text": "Regular", "training": false}
)");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), 3);
    EXPECT_EQ(items->at(0).data, (QJsonObject{{u"text"_s, u"Plain"_s}}));
    EXPECT_EQ(items->at(0).gold, (QJsonObject{{u"label"_s, u"no"_s}}));
    EXPECT_FALSE(items->at(0).training);
    EXPECT_TRUE(items->at(1).training);
    EXPECT_FALSE(items->at(2).isGold());
    EXPECT_EQ(items->at(2).data, (QJsonObject{{u"text"_s, u"Regular"_s}}));

    const QJsonObject json = items->at(1).toItemJson(u"id-1"_s);
    EXPECT_EQ(json.value(u"id"_s).toString(), u"id-1"_s);
    EXPECT_EQ(json.value(u"gold"_s).toObject().value(u"label"_s).toString(), u"yes"_s);
    EXPECT_TRUE(json.value(u"training"_s).toBool());
    EXPECT_FALSE(items->at(2).toItemJson(u"id-2"_s).contains(u"gold"_s));
    EXPECT_FALSE(items->at(0).toItemJson(u"id-3"_s).contains(u"training"_s));
}

TEST(ItemImportGoldTest, JsonlRefusesTrainingWithoutGoldAndMalformedKeys)
{
    const auto items = importJsonl(R"({"text": "a"}
{"text": "b", "training": true}
{"text": "c", "gold": "yes"}
{"text": "d", "gold": {"label": "no"}, "training": "perhaps"}
)");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().code, ErrorCode::Validation);
    ASSERT_EQ(items.error().fieldErrors.size(), 3);
    EXPECT_EQ(items.error().fieldErrors.at(0).field, u"item 2"_s);
    EXPECT_EQ(items.error().fieldErrors.at(1).field, u"item 3"_s);
    EXPECT_EQ(items.error().fieldErrors.at(2).field, u"item 4"_s);
    EXPECT_TRUE(items.error().message.startsWith(u"item 2: "_s)) << items.error().message.toStdString();
}

TEST(ItemImportGoldTest, CsvGoldColumnsAndTrainingColumn)
{
    const auto items = importCsv("text,gold.label,gold.score,training\n"
                                 "Ten tricks,yes,4,yes\n"
                                 "Bus timetable,no,,0\n"
                                 "Rail strike,,,\n");
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    ASSERT_EQ(items->size(), 3);
    EXPECT_EQ(items->at(0).data, (QJsonObject{{u"text"_s, u"Ten tricks"_s}}));
    EXPECT_EQ(items->at(0).gold, (QJsonObject{{u"label"_s, u"yes"_s}, {u"score"_s, u"4"_s}}));
    EXPECT_TRUE(items->at(0).training);
    EXPECT_EQ(items->at(1).gold, (QJsonObject{{u"label"_s, u"no"_s}})) << "an empty cell leaves the field out";
    EXPECT_FALSE(items->at(1).training);
    EXPECT_FALSE(items->at(2).isGold());
    EXPECT_FALSE(items->at(2).training);
}

TEST(ItemImportGoldTest, CsvTrainingOnARowWithoutGoldIsRefused)
{
    const auto items = importCsv("text,gold.label,training\nA,,true\n");
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().fieldErrors.first().field, u"item 1"_s);
}

TEST(ItemImportGoldTest, TypedGoldFollowsTheForm)
{
    auto form = AnswerForm::fromJson(QJsonArray{
            QJsonObject{{u"name"_s, u"score"_s},
                        {u"kind"_s, u"rating"_s},
                        {u"label"_s, u"Score"_s},
                        {u"required"_s, true},
                        {u"min"_s, 1},
                        {u"max"_s, 5}},
            QJsonObject{{u"name"_s, u"tags"_s},
                        {u"kind"_s, u"multi_choice"_s},
                        {u"label"_s, u"Tags"_s},
                        {u"required"_s, true},
                        {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"a"_s}, {u"label"_s, u"A"_s}},
                                                  QJsonObject{{u"value"_s, u"b"_s}, {u"label"_s, u"B"_s}}}}},
            QJsonObject{{u"name"_s, u"label"_s},
                        {u"kind"_s, u"single_choice"_s},
                        {u"label"_s, u"Label"_s},
                        {u"required"_s, true},
                        {u"options"_s, QJsonArray{QJsonObject{{u"value"_s, u"4"_s}, {u"label"_s, u"Four"_s}}}}}});
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    const QJsonObject typed = ItemImport::typedGold(
            {{u"score"_s, u"4"_s}, {u"tags"_s, u"a, b"_s}, {u"label"_s, u"4"_s}, {u"other"_s, u"x"_s}}, *form);
    EXPECT_EQ(typed.value(u"score"_s), QJsonValue(4));
    EXPECT_EQ(typed.value(u"tags"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s}));
    EXPECT_EQ(typed.value(u"label"_s), QJsonValue(u"4"_s)) << "a choice value stays text";
    EXPECT_EQ(typed.value(u"other"_s), QJsonValue(u"x"_s));
    // A rating cell that is no number is left for the server's check to name.
    EXPECT_EQ(ItemImport::typedGold({{u"score"_s, u"four"_s}}, *form).value(u"score"_s), QJsonValue(u"four"_s));
}

} // namespace
} // namespace Chrysalis
