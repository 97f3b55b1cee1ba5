#pragma once

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

// The requester's flash teams: each team task with its state and seats, the members once formed,
// the delivered answer, and Approve for a delivered team (team.review@1 through the outbox).
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
    QString deliveryText() const;
    QString summaryText() const;
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void approve();

private:
    void fillDetails();
    void showStatus(const QString &text, bool problem = false);

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
};

} // namespace Chrysalis
