#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace Chrysalis {

class LeaseModel;
class LocalStore;
class SyncEngine;
class TaskQueueModel;
struct TaskQueueRow;

// The worker's queue: tasks they may take with pay, time and implied hourly pay, filtered and
// sorted in SQL; the selected task's terms and gating reasons; claiming N items; and the leases
// held, counting down on the server's clock.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    QueuePage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~QueuePage() override;

    TaskQueueModel *queueModel() const { return m_queue; }
    LeaseModel *leaseModel() const { return m_leases; }
    QTableView *queueView() const { return m_queueView; }
    // Selects the task in the queue (as a click would); false when it is not in the view.
    bool selectTask(const QString &taskId);
    // Queues lease.claim@1 for the selected task, as the Claim button does.
    void claimSelected();
    // Selects the qualification task that gates the selected task, as its button does; false when
    // it is not in the queue.
    bool openQualification();

Q_SIGNALS:
    // A leased item was opened (Enter or double-click in the leases): the worker wants to answer it.
    void workRequested(const QString &leaseId);

private:
    void reload();
    void showSelected();
    void updateCount();
    void saveLayout();

    LocalStore &m_store;
    SyncEngine &m_engine;
    TaskQueueModel *m_queue = nullptr;
    LeaseModel *m_leases = nullptr;
    QTableView *m_queueView = nullptr;
    QTableView *m_leaseView = nullptr;
    QLabel *m_noLeases = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_takeableOnly = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_tick = nullptr;

    QWidget *m_details = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailEmpty = nullptr;
    QWidget *m_detailForm = nullptr;
    QLabel *m_factStanding = nullptr;
    QLabel *m_factPay = nullptr;
    QLabel *m_factEstimate = nullptr;
    QLabel *m_factHourly = nullptr;
    QLabel *m_factItems = nullptr;
    QLabel *m_factAnswersWanted = nullptr;
    QLabel *m_factTier = nullptr;
    QLabel *m_factWarnings = nullptr;
    QLabel *m_detailStatus = nullptr;
    QPushButton *m_whyButton = nullptr;
    QLabel *m_whyText = nullptr;
    QPushButton *m_openQualification = nullptr;
    QString m_qualificationTaskId;
    QSpinBox *m_claimCount = nullptr;
    QPushButton *m_claimButton = nullptr;
    QLabel *m_claimMessage = nullptr;
    QString m_selectedTaskId;
};

} // namespace Chrysalis
