#include "ui/editor/revisionundo.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

namespace Chrysalis {
namespace {

// Typing in one place within this long makes one undo step.
constexpr qint64 kTypingMergeMs = 1500;

bool isUndo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo);
}

bool isRedo(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
           combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
}

// One user edit; the editor already shows `after` when it is pushed.
class RevisionStep : public QUndoCommand
{
public:
    RevisionStep(RevisionUndo *owner, TaskRevision before, TaskRevision after, QString source, bool typing)
        : m_owner(owner), m_before(std::move(before)), m_after(std::move(after)), m_source(std::move(source)),
          m_typing(typing)
    {
        setText(RevisionUndo::tr("edit %1").arg(m_source));
        m_time.start();
    }

    int id() const override { return m_typing ? 1 : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *step = static_cast<const RevisionStep *>(other);
        if (step->m_source != m_source || m_time.elapsed() > kTypingMergeMs)
            return false;
        m_after = step->m_after;
        m_time.start();
        return true;
    }

    void undo() override { m_owner->restore(m_before); }

    void redo() override
    {
        if (m_pushed)
            m_owner->restore(m_after);
        m_pushed = true;
    }

private:
    RevisionUndo *m_owner;
    TaskRevision m_before;
    TaskRevision m_after;
    QString m_source;
    bool m_typing;
    bool m_pushed = false;
    QElapsedTimer m_time;
};

} // namespace

RevisionUndo::RevisionUndo(Read read, Show show, QObject *parent)
    : QObject(parent), m_read(std::move(read)), m_show(std::move(show)), m_stack(new QUndoStack(this))
{ }

void RevisionUndo::reset()
{
    m_stack->clear();
    m_last = m_read();
}

void RevisionUndo::record(const QString &source, bool typing)
{
    if (m_restoring)
        return;
    TaskRevision now = m_read();
    if (now == m_last)
        return;
    TaskRevision before = std::exchange(m_last, now);
    m_stack->push(new RevisionStep(this, std::move(before), std::move(now), source, typing));
}

void RevisionUndo::restore(const TaskRevision &revision)
{
    m_restoring = true;
    m_show(revision);
    m_restoring = false;
    m_last = m_read();
}

void RevisionUndo::install(QWidget *host)
{
    auto *undo = new QAction(host);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    host->addAction(undo);
    auto *redo = new QAction(host);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    host->addAction(redo);
    for (QWidget *child : host->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QPlainTextEdit *>(child) ||
            qobject_cast<QAbstractSpinBox *>(child))
            child->installEventFilter(this);
    }
}

bool RevisionUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = isUndo(key);
        const bool redo = !undo && isRedo(key);
        if (undo || redo) {
            // Claiming the override brings the key press here instead of to the text box's own undo.
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_stack->undo();
                else
                    m_stack->redo();
            }
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Chrysalis
