#pragma once

#include "core/diff/taskdiff.h"
#include "core/domain/feedback.h"
#include "core/domain/task.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace Chrysalis {

class FormBuilder;
class RevisionUndo;

// The feedback worker's copy of a task under review: title, instructions, answer form, pay and estimate
// are edited here, the changes show live as hunks of core/diff, each with a comment box, and the worker
// picks the verdict (approve only while nothing changed). Edits undo and redo; it never sends anything.
class MarkupEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkupEditor(QWidget *parent = nullptr);
    ~MarkupEditor() override;

    // Starts editing `markup` as the copy of `base` (clearing undo). Comments are keyed by hunk id.
    void setRevisions(const TaskRevision &base, const TaskRevision &markup, const QHash<QString, QString> &comments,
                      Verdict verdict);
    const TaskRevision &base() const { return m_base; }
    // The marked-up revision as it stands: the base's task and terms with the worker's edits, no id.
    TaskRevision markup() const;
    // The changes from the base to the markup, in reading order.
    const QList<DiffHunk> &hunks() const { return m_hunks; }

    // The comment typed for a hunk ("" when none); setComment shows it in the hunk's box.
    QString comment(const QString &hunkId) const;
    void setComment(const QString &hunkId, const QString &text);
    // Every comment typed so far, also of hunks the edits have since dropped (for the draft).
    QHash<QString, QString> allComments() const { return m_comments; }
    // The non-blank comments of the current hunks, in hunk order (for feedback.submit@1).
    QList<MarkupComment> comments() const;

    Verdict verdict() const;
    // Approve is refused while there are changes.
    bool setVerdict(Verdict verdict);

    QUndoStack *undoStack() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QSpinBox *paySpin() const { return m_pay; }
    QSpinBox *estimateSpin() const { return m_estimate; }
    FormBuilder *formBuilder() const { return m_formBuilder; }
    // The comment box of a hunk shown now; nullptr when there is no such hunk.
    QPlainTextEdit *commentEdit(const QString &hunkId) const;
    // The changes panel as plain text (hunk titles and comments), for tests and screen readers.
    QString changesText() const;

Q_SIGNALS:
    // After every edit, comment, verdict change, undo and redo: the host saves the draft.
    void markupChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRevision(const TaskRevision &revision);
    void edited(const QString &source, bool typing);
    void refreshHunks();
    void rebuildHunkCards();
    void updateVerdict(bool hadHunks);

    TaskRevision m_base;
    QList<DiffHunk> m_hunks;
    QHash<QString, QString> m_comments;
    bool m_loading = false;

    RevisionUndo *m_undo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QSpinBox *m_pay = nullptr;
    QSpinBox *m_estimate = nullptr;
    FormBuilder *m_formBuilder = nullptr;
    QLabel *m_changesHeading = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QHash<QString, QPlainTextEdit *> m_commentEdits;
    QList<QLabel *> m_cardTitles;
    QRadioButton *m_approve = nullptr;
    QRadioButton *m_changesSuggested = nullptr;
    QLabel *m_verdictHint = nullptr;
};

} // namespace Chrysalis
