#include "core/diff/textdiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace Chrysalis {

namespace {

// Runs of whitespace and runs of anything else, in order; their concatenation is the text.
QStringList tokens(const QString &text)
{
    QStringList result;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace() != text.at(i - 1).isSpace()) {
            result.append(text.mid(start, i - start));
            start = i;
        }
    }
    return result;
}

void append(QList<TextSegment> &segments, DiffOp op, const QString &text)
{
    if (!segments.isEmpty() && segments.last().op == op)
        segments.last().text += text;
    else
        segments.append({op, text});
}

} // namespace

QList<TextSegment> diffText(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const auto n = static_cast<size_t>(a.size());
    const auto m = static_cast<size_t>(b.size());
    // Longest common subsequence of tokens, filled from the end so the walk below goes forward.
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))
                                   ? common[i + 1][j + 1] + 1
                                   : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<TextSegment> segments;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))) {
            append(segments, DiffOp::Equal, a.at(static_cast<qsizetype>(i)));
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            append(segments, DiffOp::Delete, a.at(static_cast<qsizetype>(i)));
            ++i;
        } else {
            append(segments, DiffOp::Insert, b.at(static_cast<qsizetype>(j)));
            ++j;
        }
    }
    return segments;
}

} // namespace Chrysalis
