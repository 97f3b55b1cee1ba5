#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Chrysalis {

// A small table read from a comma-, tab- or whitespace-separated text file, as the crowd data
// sets and the agreement matrices come: CRLF, LF or CR-only line endings, an optional UTF-8 BOM,
// blank lines skipped. Every row remembers its physical line number so loaders can point at it.
// It never interprets the cells; headers and types are the caller's business.
class DelimitedText
{
public:
    enum class Delimiter { Comma, Tab, Whitespace };

    // The delimiter is taken from the first non-blank line: a comma if it has one, else a tab if
    // it has one, else runs of spaces and tabs. In comma and tab mode a cell may be quoted
    // ("a, b" with "" for a quote) and may then span lines, keeping its line breaks as written
    // (RFC 4180); its row's line number is where it starts. Unquoted cells are trimmed.
    static Result<DelimitedText> readFile(const QString &path);
    static Result<DelimitedText> parse(const QByteArray &bytes, const QString &sourceName);

    QString sourceName() const { return m_sourceName; }
    Delimiter delimiter() const { return m_delimiter; }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rowLines.size()); }
    int lineNumber(qsizetype row) const { return m_rowLines[static_cast<size_t>(row)]; }
    qsizetype fieldCount(qsizetype row) const;
    QByteArrayView field(qsizetype row, qsizetype column) const;
    QString fieldText(qsizetype row, qsizetype column) const;

    // "answers.csv:12: message", the form every loader error takes.
    QString located(int line, const QString &message) const;

private:
    struct Cell {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    QString m_sourceName;
    Delimiter m_delimiter = Delimiter::Comma;
    QByteArray m_text; // all cell contents, unquoted, back to back
    std::vector<Cell> m_cells;
    std::vector<qsizetype> m_rowStarts; // index into m_cells, one past the end at the back
    std::vector<int> m_rowLines;
};

} // namespace Chrysalis
