#pragma once

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Chrysalis {

class LocalStore;
class SyncEngine;
class TeamRoomView;
class TeamTaskModel;
struct TeamMutation;

// The worker's flash teams: the team tasks they can see with each role's skill, tier, pay and seats
// left, why a role is closed to them in words, Join and Leave while a team assembles, invitations to
// accept or decline, and the team room once their team has formed. Works offline through the outbox.
class TeamsPage : public QWidget
{
    Q_OBJECT

public:
    // The store and engine must outlive the page.
    TeamsPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);
    ~TeamsPage() override;

    TeamTaskModel *model() const { return m_model.get(); }
    TeamRoomView *roomView() const { return m_room; }
    QStringList teamTaskIds() const;
    QString currentTeamTaskId() const { return m_current; }
    bool selectTeamTask(const QString &teamTaskId);
    // The join button of one role of the team task shown, or null when the role cannot be joined.
    QPushButton *joinButton(const QString &role) const;
    QPushButton *leaveButton() const { return m_leave; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *declineButton() const { return m_decline; }
    // The words shown for one role of the team task shown ("needs silver tier or higher").
    QString roleNote(const QString &role) const;
    QString statusText() const;
    bool isRoomShown() const;

public Q_SLOTS:
    // Rereads the team tasks; keeps the one shown.
    void refresh();
    void join(const QString &role);
    void leave();
    void decline();

private:
    void showTeamTask(const QString &teamTaskId);
    void fillDetails();
    bool queue(const TeamMutation &mutation);
    void showStatus(const QString &text, bool problem = false);

    LocalStore &m_store;
    SyncEngine &m_engine;
    std::unique_ptr<TeamTaskModel> m_model;
    QString m_current;

    QTreeView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_nothing = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_brief = nullptr;
    QLabel *m_facts = nullptr;
    QWidget *m_invitation = nullptr;
    QLabel *m_invitationLabel = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    QGridLayout *m_roles = nullptr;
    QWidget *m_rolesBox = nullptr;
    QLabel *m_seatNote = nullptr;
    QPushButton *m_leave = nullptr;
    TeamRoomView *m_room = nullptr;
};

} // namespace Chrysalis
