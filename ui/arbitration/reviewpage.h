#pragma once

#include "core/policy/policy.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Chrysalis {

class AnswerFilterModel;
class AnswerTableModel;
class AnswerViewer;
class LocalStore;
class RejectionDialog;
class SyncEngine;

// The requester's review table: answers to their tasks, filtered by task, status and worker, the
// selected answer shown against its form, approved with A and rejected with R (a dialog asks for
// the reason code and a reason quoting the instructions). Reviews go to the outbox, so the page
// works offline; the table shows them at once.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);

    AnswerTableModel *answerModel() const { return m_model; }
    AnswerFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    AnswerViewer *viewer() const { return m_viewer; }
    // The dialog of a rejection in progress, or nullptr.
    RejectionDialog *rejectionDialog() const { return m_dialog; }
    // The id of the selected answer, empty when none.
    QString currentAnswerId() const;
    bool selectAnswer(const QString &answerId);

public Q_SLOTS:
    void reload();
    void approveCurrent();
    // Opens the rejection dialog for the selected answer (not modal to the application: it is
    // window-modal and answers through its signals).
    void rejectCurrent();

Q_SIGNALS:
    // A review went to the outbox.
    void reviewQueued(const QString &answerId, const QString &decision);

private:
    QJsonObject currentAnswer() const;
    void showCurrent();
    // What became of the answer, or when it is approved automatically.
    QString detailText(const QJsonObject &answer) const;
    void sendReview(const QJsonObject &answer, const QString &decision, const QString &code, const QString &reason);
    void selectNextPending(int fromRow);

    LocalStore &m_store;
    SyncEngine &m_engine;
    Policy m_policy = Policy::defaults();
    AnswerTableModel *m_model = nullptr;
    AnswerFilterModel *m_filter = nullptr;
    QComboBox *m_taskFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_workerFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_detail = nullptr;
    AnswerViewer *m_viewer = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_error = nullptr;
    RejectionDialog *m_dialog = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace Chrysalis
