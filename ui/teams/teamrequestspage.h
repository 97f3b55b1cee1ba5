#pragma once

#include "core/sync/teamtaskmodel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Chrysalis {

class LocalStore;
class SyncEngine;
class TeamRoomModel;
class TeamTaskModel;

// The requester's flash teams: each team task with its state and seats (reserved ones too), the
// members once formed, the delivered answer; posting a new team task, inviting an earlier team to an
// assembling one, and approving or rejecting a delivery, all through the outbox.
class TeamRequestsPage : public QWidget
{
    Q_OBJECT

public:
    // The store and engine must outlive the page.
    TeamRequestsPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~TeamRequestsPage() override;

    TeamTaskModel *model() const { return m_model.get(); }
    bool selectTeamTask(const QString &teamTaskId);
    QString currentTeamTaskId() const { return m_current; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *inviteButton() const { return m_invite; }
    QPushButton *newTeamTaskButton() const { return m_newTeamTask; }
    // The refusal of a post shown above the list (a refused post leaves no team task to select).
    QString postRefusalText() const;
    QString deliveryText() const;
    QString summaryText() const;
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void approve();
    // Open their dialogs (modal) and enqueue what the requester confirms.
    void newTeamTask();
    void reject();
    void inviteEarlierTeam();

private:
    void fillDetails();
    void showStatus(const QString &text, bool problem = false);
    void showPostRefusal();
    bool send(const Result<TeamMutation> &mutation);

    LocalStore &m_store;
    SyncEngine &m_engine;
    std::unique_ptr<TeamTaskModel> m_model;
    std::unique_ptr<TeamRoomModel> m_room;
    QString m_current;

    QTreeView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_nothing = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_deliveryHeading = nullptr;
    QPlainTextEdit *m_delivery = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_newTeamTask = nullptr;
    QWidget *m_postRefusal = nullptr;
    QLabel *m_postRefusalText = nullptr;
    qint64 m_postRefusalId = 0;
    bool m_statusIsNote = false; // the status is a note on the state, not the outcome of an action
    bool m_awaitingConfirmation = false; // the action's outcome waits for the marketplace
};

} // namespace Chrysalis
