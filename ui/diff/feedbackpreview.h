#pragma once

#include "core/diff/taskdiff.h"
#include "core/domain/feedback.h"

#include <QHash>
#include <QJsonArray>
#include <QWidget>

#include <optional>

class QKeyEvent;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace Chrysalis {

enum class HunkDecision { Undecided, Accepted, Rejected };

// The requester's view of one submitted feedback task, or of one worker's reframe proposal: the
// revision under review against the markup, hunk by hunk with the worker's comments (feedback) or
// rationale (proposal). Decisions stay here until resolveRequested() or declineRequested() is emitted.
class FeedbackPreview : public QWidget
{
    Q_OBJECT

public:
    enum class Layout { SideBySide, Inline };

    explicit FeedbackPreview(QWidget *parent = nullptr);

    // sampleItems: the feedback entity's "sample_items" ({id, task_id, data}) the answers are about.
    // Every hunk starts undecided; the first one is current.
    void setFeedback(const TaskRevision &base, const FeedbackTask &feedback, const QJsonArray &sampleItems = {});
    void clear();
    // A reframe proposal: `current` is the task's current revision, the hunks those of core/diff against
    // the proposed markup; the rationale is shown as the reason, with no sample answers or verdict.
    void setReframeProposal(const TaskRevision &current, const TaskRevision &markup, const QString &rationale,
                            const QString &authorPseudonym);
    // Shows a decision already made: read-only, the accepted hunks marked accepted and the others rejected,
    // the outcome in place of the buttons.
    void setResolved(const QString &outcome, const QStringList &acceptedHunkIds);
    bool isReframeProposal() const { return m_proposal; }
    bool isReadOnly() const { return m_readOnly; }
    // The reason and outcome lines above the changes, as plain text.
    QString rationaleText() const;
    QString outcomeText() const;

    const QList<DiffHunk> &hunks() const { return m_hunks; }
    int currentHunk() const { return m_current; } // -1 when there is no hunk
    void setCurrentHunk(int index);
    void nextHunk();
    void previousHunk();

    HunkDecision decision(const QString &hunkId) const;
    void setDecision(const QString &hunkId, HunkDecision decision);
    void acceptAll();
    QStringList acceptedHunkIds() const; // in the order of hunks()
    // The base with the accepted hunks: what publishing would keep.
    Result<TaskRevision> mergedRevision() const;

    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);

    // What the four views show, as plain text (for tests and screen readers).
    QString changesText() const;
    QString wholeText() const;
    QString samplesText() const;
    QString mergedText() const;

    // What a hunk changes, as the preview names it ("Field “Sentiment”: new option"), and its change as
    // HTML: the words struck and inserted for text, "before → after" otherwise. For other views of hunks.
    static QString hunkTitle(const DiffHunk &hunk, const TaskRevision &base, const TaskRevision &markup);
    static QString hunkChangeHtml(const DiffHunk &hunk, const TaskRevision &base, const TaskRevision &markup,
                                  const QPalette &palette);

Q_SIGNALS:
    void decisionsChanged();
    void resolveRequested(const QStringList &acceptedHunkIds);
    // Only for a reframe proposal: the requester declines it as a whole.
    void declineRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load(const TaskRevision &base, const TaskRevision &markup);
    bool handleKey(const QKeyEvent *event);
    void decideCurrent(HunkDecision decision);
    void renderAll();
    void renderHeader();
    void renderChanges();
    void renderWhole();
    void renderSamples();
    void renderMerged();
    void scrollToCurrent();

    QString hunkTitle(const DiffHunk &hunk) const;
    QString hunkValueHtml(const DiffHunk &hunk, bool after) const;
    QString fieldLabel(const QString &name) const;
    static QString fieldLabelIn(const QString &name, const TaskRevision &base, const TaskRevision &markup);
    static QString hunkValueHtml(const DiffHunk &hunk, bool after, const TaskRevision &base, const TaskRevision &markup,
                                 const QPalette &palette);

    TaskRevision m_base;
    TaskRevision m_markup;
    FeedbackTask m_feedback;
    QJsonArray m_sampleItems;
    QList<DiffHunk> m_hunks;
    // Computed when the feedback or a decision changes, not on every render: long instructions
    // make the diffs the costly part.
    QList<QList<TextSegment>> m_wholeSections; // title, instructions, form, terms
    std::optional<Result<TaskRevision>> m_merged;
    QHash<QString, HunkDecision> m_decisions;
    int m_current = -1;
    bool m_proposal = false;
    bool m_readOnly = false;
    QString m_rationale;
    QString m_author;
    QString m_outcome;
    Layout m_layout = Layout::SideBySide;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_progress = nullptr;
    QToolButton *m_sideBySide = nullptr;
    QToolButton *m_inline = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_decline = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_changes = nullptr;
    QTextBrowser *m_whole = nullptr;
    QTextBrowser *m_samples = nullptr;
    QTextBrowser *m_mergedView = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace Chrysalis
