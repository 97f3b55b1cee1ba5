#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QAction;
class QShortcut;
class QWidget;

namespace Chrysalis {

class MainWindow;

// One rebindable shortcut of the main window: a keyed QAction of the menus or a page, or a described
// QShortcut of a page. The id is stable across languages and runs: the object name where there is
// one, else the page id with the default keys (so a keyless action is listed only when it is named).
struct RegisteredShortcut {
    QString id;
    QString pageId; // empty: the menu bar, active on every page
    QString group; // "Everywhere" or the page's title
    QString description;
    QList<QKeySequence> defaultKeys;
    QList<QKeySequence> keys;
    QPointer<QAction> action;
    QPointer<QShortcut> shortcut;
};

// Reads and rebinds the shortcuts the window's menus and pages register, so the menus, the tooltips
// that quote keys and the cheat sheet (read from the same actions) follow. Defaults are remembered on
// each object the first time it is seen, so a reset is always possible.
namespace ShortcutRegistry {

QList<RegisteredShortcut> collect(const MainWindow &window);
// The shortcut that already answers to one of `keys` where `id` would be active too (the menu bar is
// active everywhere, a page's keys on that page only); none when the keys are free or empty.
std::optional<RegisteredShortcut> conflictFor(const QList<RegisteredShortcut> &shortcuts, const QString &id,
                                              const QList<QKeySequence> &keys);
// Gives every shortcut its rebound keys (an id missing from `overrides` gets its defaults back) and
// rewrites the "(keys)" the window's tooltips quote.
void apply(MainWindow &window, const QHash<QString, QStringList> &overrides);

QStringList toPortable(const QList<QKeySequence> &keys);
QList<QKeySequence> fromPortable(const QStringList &keys);
// "Ctrl+J or Ctrl+K" in the platform's notation.
QString nativeText(const QList<QKeySequence> &keys);

} // namespace ShortcutRegistry

} // namespace Chrysalis
