#pragma once

#include <QList>
#include <QString>

namespace Chrysalis {

enum class DiffOp { Equal, Insert, Delete };

// One run of text that both versions share, or that only the newer (Insert) or the older (Delete) has.
struct TextSegment {
    DiffOp op = DiffOp::Equal;
    QString text;
    bool operator==(const TextSegment &) const = default;
};

// Word-level diff of two texts: concatenating the Equal+Delete texts gives `before`, Equal+Insert gives `after`.
QList<TextSegment> diffText(const QString &before, const QString &after);

} // namespace Chrysalis
