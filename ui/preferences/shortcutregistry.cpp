#include "ui/preferences/shortcutregistry.h"

#include "ui/help/shortcutsheet.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Chrysalis::ShortcutRegistry {

namespace {

constexpr const char *kDefaultKeysProperty = "chrysalisDefaultKeys";

QList<QKeySequence> nonEmpty(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            result.append(key);
    }
    return result;
}

// The keys an object had before any rebinding, remembered on the object the first time it is seen.
QList<QKeySequence> defaultKeysOf(QObject *object, const QList<QKeySequence> &current)
{
    const QVariant stored = object->property(kDefaultKeysProperty);
    if (stored.isValid())
        return fromPortable(stored.toStringList());
    object->setProperty(kDefaultKeysProperty, toPortable(current));
    return current;
}

struct Collector {
    QList<RegisteredShortcut> shortcuts;
    QSet<const QObject *> seen;
    QSet<QString> ids;
    bool includeHidden = false;

    void add(QObject *object, const QString &pageId, const QString &group, const QString &text,
             const QList<QKeySequence> &current, QAction *action, QShortcut *shortcut)
    {
        const QList<QKeySequence> defaults = defaultKeysOf(object, nonEmpty(current));
        const QString description = plainActionText(text);
        // A keyless action can be given keys only where its id does not depend on them: a named one.
        if (description.isEmpty() || (defaults.isEmpty() && object->objectName().isEmpty()))
            return;
        QString id = object->objectName();
        if (id.isEmpty())
            id = pageId + u'/' + defaults.constFirst().toString(QKeySequence::PortableText);
        const QString base = id;
        for (int n = 2; ids.contains(id); ++n)
            id = u"%1#%2"_s.arg(base).arg(n);
        ids.insert(id);
        shortcuts.append({id, pageId, group, description, defaults, nonEmpty(current), action, shortcut});
    }

    void addAction(QAction *action, const QString &pageId, const QString &group)
    {
        if (!action || seen.contains(action))
            return;
        seen.insert(action);
        if (QMenu *menu = action->menu()) {
            for (QAction *child : menu->actions())
                addAction(child, pageId, group);
            return;
        }
        if (action->isSeparator() || (!action->isVisible() && !includeHidden))
            return;
        add(action, pageId, group, action->text(), action->shortcuts(), action, nullptr);
    }

    void addPage(QWidget *page, const QString &pageId, const QString &group)
    {
        QList<QWidget *> widgets{page};
        widgets.append(page->findChildren<QWidget *>());
        for (QWidget *widget : std::as_const(widgets)) {
            for (QAction *action : widget->actions())
                addAction(action, pageId, group);
        }
        for (QShortcut *shortcut : page->findChildren<QShortcut *>()) {
            if (seen.contains(shortcut))
                continue;
            seen.insert(shortcut);
            add(shortcut, pageId, group, shortcut->whatsThis(), shortcut->keys(), nullptr, shortcut);
        }
    }
};

// Tooltips quote keys as "Text (Ctrl+Return)": swap the old keys for the new ones, or drop them.
void rewriteToolTips(QWidget *scope, const QList<QKeySequence> &before, const QList<QKeySequence> &after)
{
    if (!scope || before.isEmpty())
        return;
    const QString oldText = before.constFirst().toString(QKeySequence::NativeText);
    const QString quoted = u" (%1)"_s.arg(oldText);
    const QString replacement =
            after.isEmpty() ? QString() : u" (%1)"_s.arg(after.constFirst().toString(QKeySequence::NativeText));
    QList<QWidget *> widgets{scope};
    widgets.append(scope->findChildren<QWidget *>());
    for (QWidget *widget : std::as_const(widgets)) {
        QString tip = widget->toolTip();
        if (!tip.contains(quoted))
            continue;
        tip.replace(quoted, replacement);
        widget->setToolTip(tip);
    }
}

} // namespace

QStringList toPortable(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::PortableText));
    return texts;
}

QList<QKeySequence> fromPortable(const QStringList &keys)
{
    QList<QKeySequence> sequences;
    for (const QString &text : keys) {
        const QKeySequence key = QKeySequence::fromString(text, QKeySequence::PortableText);
        if (!key.isEmpty())
            sequences.append(key);
    }
    return sequences;
}

QString nativeText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(ShortcutSheet::tr(" or "));
}

namespace {

QList<RegisteredShortcut> collectFrom(const MainWindow &window, bool includeHidden)
{
    Collector collector;
    collector.includeHidden = includeHidden;
    const QString everywhere = MainWindow::tr("Everywhere");
    for (QAction *action : window.menuBar()->actions())
        collector.addAction(action, QString(), everywhere);
    for (const PageInfo &info : window.pageInfos()) {
        if (QWidget *page = window.page(info.id))
            collector.addPage(page, info.id, info.title);
    }
    return collector.shortcuts;
}

} // namespace

QList<RegisteredShortcut> collect(const MainWindow &window)
{
    return collectFrom(window, false);
}

std::optional<RegisteredShortcut> conflictFor(const QList<RegisteredShortcut> &shortcuts, const QString &id,
                                              const QList<QKeySequence> &keys)
{
    QString pageId;
    for (const RegisteredShortcut &shortcut : shortcuts) {
        if (shortcut.id == id)
            pageId = shortcut.pageId;
    }
    for (const RegisteredShortcut &other : shortcuts) {
        if (other.id == id)
            continue;
        const bool sameScope = pageId.isEmpty() || other.pageId.isEmpty() || other.pageId == pageId;
        if (!sameScope)
            continue;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && other.keys.contains(key))
                return other;
        }
    }
    return std::nullopt;
}

void apply(MainWindow &window, const QHash<QString, QStringList> &overrides)
{
    // Hidden actions too (the Go menu hides pages the roles do not show), so a later role change keeps the keys.
    for (const RegisteredShortcut &shortcut : collectFrom(window, true)) {
        const QList<QKeySequence> keys =
                overrides.contains(shortcut.id) ? fromPortable(overrides.value(shortcut.id)) : shortcut.defaultKeys;
        if (keys == shortcut.keys)
            continue;
        if (shortcut.action)
            shortcut.action->setShortcuts(keys);
        else if (shortcut.shortcut)
            shortcut.shortcut->setKeys(keys);
        QWidget *scope = shortcut.pageId.isEmpty() ? static_cast<QWidget *>(&window) : window.page(shortcut.pageId);
        rewriteToolTips(scope, shortcut.keys, keys);
    }
}

} // namespace Chrysalis::ShortcutRegistry
