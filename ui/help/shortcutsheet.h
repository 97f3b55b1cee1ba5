#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Chrysalis {

// One keyboard shortcut as the client registered it: what it does and its keys.
struct ShortcutEntry {
    QString description;
    QList<QKeySequence> keys;
};

// The shortcuts of one page (or of the whole window), under the title the worker knows it by.
struct ShortcutGroup {
    QString title;
    QList<ShortcutEntry> entries;
};

// Reads the shortcuts registered on the QActions and QShortcuts of a widget and its children, so
// the sheet can never drift from what the keys really do. Actions without keys or text are left out.
QList<ShortcutEntry> shortcutsIn(const QWidget *tree);
// The shortcuts of a menu bar's actions, its submenus included.
QList<ShortcutEntry> shortcutsIn(const QMenuBar *menuBar);
// The text of an action made fit for a list: no mnemonic ampersands, no trailing ellipsis.
QString plainActionText(const QString &text);

// The keyboard cheat sheet: every shortcut of the client grouped by page, with a filter. Shows what
// it is given; build the groups with shortcutsIn().
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(const QList<ShortcutGroup> &groups, QWidget *parent = nullptr);

    QList<ShortcutGroup> groups() const { return m_groups; }
    // The rows listed under a group title after the filter, in order, each "description<TAB>keys".
    QStringList shownRows(const QString &groupTitle) const;
    void setFilter(const QString &text);

private:
    void fill();

    QList<ShortcutGroup> m_groups;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Chrysalis
