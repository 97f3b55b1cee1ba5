#pragma once

#include "core/domain/form.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;
class QUndoStack;
class QVBoxLayout;

namespace Chrysalis {

class FieldEditor;

// What the WorkView shows for one leased item.
struct WorkItem {
    QString leaseId;
    QString title; // the task's
    QString instructions; // Markdown
    AnswerForm form;
    QJsonObject itemData;
    QJsonObject fields; // a draft to continue from; empty for a fresh answer
    int secondsSpent = 0; // already spent on this item in earlier sessions
    int position = 0; // 1-based place in the worker's list, 0 when unknown
    int count = 0;
};

// The worker's view of one item: the task's instructions beside the item and its answer form, an
// editor per field, undo across all fields, field-level messages from AnswerForm::validateAnswer and a
// timer of the seconds spent (paused while the window is inactive or the view hidden). It only asks:
// the host sends the mutations and picks the next item.
class WorkView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkView(QWidget *parent = nullptr);
    ~WorkView() override;

    // Shows the item (clearing undo history) and starts its timer from item.secondsSpent.
    void setWorkItem(const WorkItem &item);
    // Shows the empty state: nothing to work on.
    void clear();
    // Shows or hides the title and "Item n of m" above the form (the timer stays): a page that
    // carries its own heading hides them.
    void setHeaderShown(bool shown);
    // Shows or hides skip, "rate this task" and "propose a reframing": actions on leased work that an
    // item without a lease (a feedback task's sample) does not have.
    void setLeaseActionsShown(bool shown);
    bool hasWorkItem() const { return !m_item.leaseId.isEmpty(); }
    const WorkItem &workItem() const { return m_item; }

    // The answer as it stands: unanswered fields are left out.
    QJsonObject fields() const;
    QList<FieldError> validationErrors() const;
    int secondsSpent() const;
    bool isTimerRunning() const { return m_running; }

    QUndoStack *undoStack() const { return m_undo; }
    // nullptr when the form has no such field.
    FieldEditor *editor(const QString &fieldName) const;
    // The message shown beside the field; empty when none is.
    QString messageFor(const QString &fieldName) const;
    // Enables or disables the previous/next buttons (the host knows the list).
    void setNavigation(bool hasPrevious, bool hasNext);

public Q_SLOTS:
    // Emits submitRequested when the answer fits the form; otherwise shows every message and focuses
    // the first field at fault.
    void submit();

Q_SIGNALS:
    void submitRequested(const QJsonObject &fields, int secondsSpent);
    void skipRequested();
    void nextRequested();
    void previousRequested();
    // After every edit, undo and redo; the host debounces saving.
    void draftChanged(const QJsonObject &fields);
    // 0–10, private to the platform.
    void rateRequested(int rating);
    void reframeRequested(const QString &instructions, const QString &rationale);

protected:
    bool event(QEvent *event) override;

private:
    struct FieldRow {
        FieldEditor *editor = nullptr;
        QLabel *message = nullptr;
        bool touched = false;
    };

    void buildForm();
    void onFieldChanged(FieldEditor *editor, const QJsonValue &before, const QJsonValue &after, bool typing);
    void answerChanged();
    void showMessages(bool all);
    void setTimerRunning(bool running);
    void updateTimerLabel();
    void askRating();
    void askReframing();

    WorkItem m_item;
    QUndoStack *m_undo;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title;
    QLabel *m_position;
    QLabel *m_timer;
    QTextBrowser *m_instructions;
    QScrollArea *m_scroll;
    QWidget *m_formHost = nullptr;
    QLabel *m_empty;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_skip;
    QPushButton *m_submit;
    QPushButton *m_rate;
    QPushButton *m_reframe;
    QList<FieldRow> m_rows;
    bool m_submitTried = false;

    QElapsedTimer m_clock;
    qint64 m_spentMs = 0; // banked while running stopped
    bool m_running = false;
    QTimer m_tick;
};

} // namespace Chrysalis
