#pragma once

#include <QWidget>

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

public Q_SLOTS:
    void showConflict(const QString &conflictId);
    void showQueue();

private:
    QStackedWidget *m_stack = nullptr;
    ConflictQueuePage *m_queue = nullptr;
    ConflictPanelPage *m_panel = nullptr;
    QWidget *m_panelFrame = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace Chrysalis
