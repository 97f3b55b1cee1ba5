#pragma once

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

    // The checks every imported item passes whatever its file: text the marketplace can store, and at most
    // kMaxItemDataBytes. A Validation error saying what is wrong, or success.
    static Status checkItemData(const QJsonObject &data);
};

} // namespace Chrysalis
