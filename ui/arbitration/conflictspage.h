#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Chrysalis {

class ConflictPanelPage;
class ConflictQueuePage;
class LocalStore;
class SyncEngine;
struct Policy;

// One sidebar page for conflicts: the queue of panels and the person's own conflicts, and the panel
// of the one picked (Enter or double-click), with a way back (Escape or the button).
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    ConflictsPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    ConflictQueuePage *queuePage() const { return m_queue; }
    ConflictPanelPage *panelPage() const { return m_panel; }
    bool isShowingPanel() const;
    // The arbiter's calibration line above the list; empty while there is none to show.
    QString calibrationText() const;

public Q_SLOTS:
    void showConflict(const QString &conflictId);
    void showQueue();
    // Rereads the calibration from the worker's tier_progress.
    void updateCalibration();

private:
    LocalStore &m_store;
    QLabel *m_calibration = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConflictQueuePage *m_queue = nullptr;
    ConflictPanelPage *m_panel = nullptr;
    QWidget *m_panelFrame = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace Chrysalis
