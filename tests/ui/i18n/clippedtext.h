#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Chrysalis::Testing {

// One piece of text that needs more width (or, for a word-wrapped label, more height) than its widget gives it.
struct ClippedText {
    QString path; // object path below the walked root: object names, or class names where a widget has none
    QString text;
    int needed = 0; // pixels
    int available = 0;
    bool vertical = false; // a word-wrapped label cut off at the bottom

    QString describe() const;
};

// Walks the widgets of `root` that are visible and reports every clipped text: a QLabel (one line per
// line of text; a word-wrapped one by height), a push or tool button, a check box or radio button, a group
// box title, a tab of a QTabBar, a section of a QHeaderView and a row of a one-column QListView (a
// sidebar). A tab, header section or row Qt elides counts as clipped unless its whole text is its tool tip.
QList<ClippedText> findClippedTexts(QWidget *root);

} // namespace Chrysalis::Testing
