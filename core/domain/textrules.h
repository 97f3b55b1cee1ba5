#pragma once

#include <QString>
#include <QStringView>

namespace Chrysalis {

// Length of a text as people count it: Unicode code points, so "é" and "😀" are one character
// each (a QString counts the emoji as two UTF-16 units). A lone surrogate counts as one.
qsizetype codePointCount(QStringView text);

// True when the text shows nothing: only whitespace, control and invisible format characters
// (zero-width spaces, direction marks). Used for "required" text that must carry content.
bool isBlank(QStringView text);

// The text cut to at most maxCodePoints characters (never inside a surrogate pair), with "…"
// when cut: for echoing untrusted input in error messages without echoing megabytes.
QString excerpt(QStringView text, qsizetype maxCodePoints = 40);

} // namespace Chrysalis
