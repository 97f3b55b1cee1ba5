#pragma once

#include "core/domain/form.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Chrysalis {

// LabelStudio: a Label Studio task file (a JSON task list or one task), told from JSONL by its content.
enum class ItemFileFormat { Jsonl, Csv, LabelStudio };

// Limits of one import, so a mistaken file cannot exhaust the client or make a push the server refuses.
inline constexpr qint64 kMaxItemFileBytes = 64LL * 1024 * 1024; // the whole file
inline constexpr int kMaxImportedItems = 100'000; // what one task may hold on the server
inline constexpr qint64 kMaxItemDataBytes = 128 * 1024; // one item's data as compact JSON
inline constexpr int kMaxReportedImportErrors = 50;

// Turns a JSONL or CSV file into the `data` objects of a task's items, in file order. JSONL: one JSON
// object per non-blank line. CSV: a header row names the keys, every later row is one item whose values
// are strings. All or nothing: on any problem the result is a Validation error whose message is the first
// problem ("line 7: not a JSON object") and whose field errors ("line 7", "not a JSON object") list up to
// kMaxReportedImportErrors of them; no items come back. Text is kept exactly as written.
// One imported item: its data and, for a gold (test) item, the expected answer fields; training only with gold.
struct ImportedItem {
    QJsonObject data;
    QJsonObject gold;
    bool training = false;

    bool isGold() const { return !gold.isEmpty(); }
    // {"id", "data", "gold"?, "training"?} as task.items_add@1 takes it.
    QJsonObject toItemJson(const QString &id) const;
};

class ItemImport
{
public:
    // By suffix: .jsonl, .ndjson and .json are JSONL; .csv and .tsv are CSV.
    static std::optional<ItemFileFormat> formatForPath(const QString &path);

    static Result<QList<QJsonObject>> parse(const QByteArray &bytes, ItemFileFormat format);
    static Result<QList<QJsonObject>> parseJsonl(const QByteArray &bytes);
    // Comma- or tab-separated (taken from the header line), RFC 4180 quoting; unquoted cells are trimmed.
    static Result<QList<QJsonObject>> parseCsv(const QByteArray &bytes);

    // The data of each task of a Label Studio task file (see LabelStudioTasks), in file order; errors name the
    // JSON path of the problem. Annotations and predictions are not items and are left out.
    static Result<QList<QJsonObject>> parseLabelStudio(const QByteArray &bytes);
    // The format of a file's bytes: the suffix's, except that a JSON file holding a Label Studio task list
    // (or one multi-line task) is LabelStudio.
    static ItemFileFormat formatForContent(ItemFileFormat bySuffix, const QByteArray &bytes);

    // Reads at most kMaxItemFileBytes; the format comes from the suffix and, for JSON, the content.
    static Result<QList<QJsonObject>> readFile(const QString &path);

    // Gold and training columns, taken out of the data. JSONL: a "gold" key holding an object (the expected
    // answer fields) and a "training" key holding a boolean. CSV: "gold.<field>" columns (an empty cell leaves
    // that field out) and a "training" column (true/false, yes/no, 1/0, or empty for false). Validation
    // errors name the item ("item 3") as the parse errors name the line.
    static Result<QList<ImportedItem>> splitGold(const QList<QJsonObject> &rows);
    // readFile() then splitGold().
    static Result<QList<ImportedItem>> readItemsFile(const QString &path);
    // CSV cells are text: a gold value for a rating field becomes its integer, a multi_choice value the list
    // of its comma-separated values. Other fields and values already typed are kept as they are.
    static QJsonObject typedGold(const QJsonObject &gold, const AnswerForm &form);

    // The checks every imported item passes whatever its file: text the marketplace can store, and at most
    // kMaxItemDataBytes. A Validation error saying what is wrong, or success.
    static Status checkItemData(const QJsonObject &data);
};

} // namespace Chrysalis
