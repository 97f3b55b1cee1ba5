#pragma once

#include "core/domain/task.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;
class QWidget;

namespace Chrysalis {

// Undo and redo for an editor of a task revision (the requester's task editor, the feedback worker's
// markup editor): each user edit is one step from the revision shown before it to the one shown after,
// and typing in one place within a moment folds into one step. It reads and shows revisions only
// through the two functions it is given, so it never knows the editor's widgets.
class RevisionUndo : public QObject
{
    Q_OBJECT

public:
    using Read = std::function<TaskRevision()>;
    using Show = std::function<void(const TaskRevision &)>;

    RevisionUndo(Read read, Show show, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    // Forgets the history: the revision shown now is where undo stops.
    void reset();
    // After a user edit: records the step to the revision shown now (nothing when it did not change).
    // `source` names where the edit happened; typing steps of one source merge.
    void record(const QString &source, bool typing);
    // True while an undo or redo puts a revision on screen; the editor's change handlers ignore that.
    bool isRestoring() const { return m_restoring; }
    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo anywhere inside `host`, in its text boxes too
    // (their own undo would otherwise take the keys). Call once the host's children exist.
    void install(QWidget *host);

    // For the steps: puts a revision on screen as the current one.
    void restore(const TaskRevision &revision);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Read m_read;
    Show m_show;
    QUndoStack *m_stack;
    TaskRevision m_last;
    bool m_restoring = false;
};

} // namespace Chrysalis
