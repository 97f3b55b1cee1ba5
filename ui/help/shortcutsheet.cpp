#include "ui/help/shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

void addAction(const QAction *action, QSet<const QAction *> &seen, QList<ShortcutEntry> &entries)
{
    if (!action || seen.contains(action))
        return;
    seen.insert(action);
    if (QMenu *menu = action->menu()) {
        for (const QAction *child : menu->actions())
            addAction(child, seen, entries);
        return;
    }
    const QString text = plainActionText(action->text());
    QList<QKeySequence> keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys.append(key);
    }
    if (text.isEmpty() || keys.isEmpty() || action->isSeparator() || !action->isVisible())
        return;
    entries.append({text, keys});
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(ShortcutSheet::tr(" or "));
}

} // namespace

QString plainActionText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" stands for one ampersand, "&x" marks the mnemonic
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain.trimmed();
}

QList<ShortcutEntry> shortcutsIn(const QWidget *tree)
{
    QList<ShortcutEntry> entries;
    if (!tree)
        return entries;
    QSet<const QAction *> seen;
    QList<const QWidget *> widgets{tree};
    for (const QWidget *child : tree->findChildren<QWidget *>())
        widgets.append(child);
    for (const QWidget *widget : std::as_const(widgets)) {
        for (const QAction *action : widget->actions())
            addAction(action, seen, entries);
    }
    for (const QShortcut *shortcut : tree->findChildren<QShortcut *>()) {
        const QString text = plainActionText(shortcut->whatsThis());
        QList<QKeySequence> keys;
        for (const QKeySequence &key : shortcut->keys()) {
            if (!key.isEmpty())
                keys.append(key);
        }
        if (!text.isEmpty() && !keys.isEmpty())
            entries.append({text, keys});
    }
    return entries;
}

QList<ShortcutEntry> shortcutsIn(const QMenuBar *menuBar)
{
    QList<ShortcutEntry> entries;
    if (!menuBar)
        return entries;
    QSet<const QAction *> seen;
    for (const QAction *action : menuBar->actions())
        addAction(action, seen, entries);
    return entries;
}

ShortcutSheet::ShortcutSheet(const QList<ShortcutGroup> &groups, QWidget *parent)
    : QDialog(parent), m_groups(groups), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(u"shortcutSheet"_s);
    auto *intro =
            new QLabel(tr("Every key the client answers to, by page. Page keys work while that page is shown."), this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter shortcuts"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setStyleSheet(u"QTreeWidget::item { padding: 3px 12px 3px 2px; }"_s);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutSheet::fill);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 600);
    fill();
    m_filter->setFocus();
}

void ShortcutSheet::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ShortcutSheet::fill()
{
    const QString filter = m_filter->text().trimmed();
    m_tree->clear();
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    for (const ShortcutGroup &group : std::as_const(m_groups)) {
        QList<QTreeWidgetItem *> rows;
        for (const ShortcutEntry &entry : group.entries) {
            const QString keys = keysText(entry.keys);
            if (!filter.isEmpty() && !entry.description.contains(filter, Qt::CaseInsensitive) &&
                !keys.contains(filter, Qt::CaseInsensitive) && !group.title.contains(filter, Qt::CaseInsensitive))
                continue;
            rows.append(new QTreeWidgetItem(QStringList{entry.description, keys}));
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_tree, QStringList{group.title});
        heading->setFont(0, groupFont);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFirstColumnSpanned(true);
        heading->addChildren(rows);
        heading->setExpanded(true);
    }
    m_tree->setItemsExpandable(false);
}

QStringList ShortcutSheet::shownRows(const QString &groupTitle) const
{
    QStringList descriptions;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->text(0) != groupTitle)
            continue;
        for (int row = 0; row < group->childCount(); ++row)
            descriptions.append(group->child(row)->text(0) + u"\t"_s + group->child(row)->text(1));
    }
    return descriptions;
}

} // namespace Chrysalis
