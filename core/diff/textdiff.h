#pragma once

#include <QList>
#include <QString>

namespace Chrysalis {

enum class DiffOp { Equal, Insert, Delete };

// One run of text that both sides share, or that only the marked-up side (Insert) or only the
// original (Delete) holds.
struct TextSegment {
    DiffOp op = DiffOp::Equal;
    QString text;
    bool operator==(const TextSegment &) const = default;
};

// Word-level diff of two texts: concatenating the Equal+Delete texts gives `before`, Equal+Insert gives `after`.
// Tokens are words, runs of white space and single other characters, so a surrogate pair is never
// split; equalities too short to read between two edits are folded into the edits. Adjacent
// segments never share an op, no segment is empty, and within one change a Delete comes first. As in
// git's word diff, unchanged lines are paired first and words are matched only within each stretch of
// changed lines, which keeps long texts fast.
QList<TextSegment> diffText(const QString &before, const QString &after);

} // namespace Chrysalis
