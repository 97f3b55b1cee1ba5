#pragma once

#include "core/result.h"
#include "core/sync/localstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Chrysalis {

// One role of a flash team as a team_task entity shows it; reasons are the gate reasons that stop
// the puller taking it (empty when they may, and always empty for the requester).
struct TeamRoleSlot {
    QString role;
    QString skill;
    QString minTier;
    int count = 0;
    int filled = 0;
    int reserved = 0;
    int open = 0;
    qint64 payCents = 0;
    QStringList reasons;
};

// A team_task entity read from the mirror and overlay.
struct TeamTask {
    QString id;
    QString requesterId;
    QString title;
    QString brief;
    QString delivery; // shared or per_role
    QString state; // assembling, formed, delivered, approved, dissolved
    QString myRole; // empty when the puller holds no seat
    QString invitationRole; // empty without a pending invitation
    QDateTime invitationExpiresAt;
    QDateTime deadline;
    int seats = 0;
    int filled = 0;
    QList<TeamRoleSlot> slots;
    bool local = false; // shown from a not yet acknowledged local change

    static TeamTask fromJson(const QJsonObject &data, bool local = false);
    const TeamRoleSlot *slot(const QString &role) const;
};

// A mutation ready for SyncEngine::enqueue: its arguments and the local effect to show until the
// server answers.
struct TeamMutation {
    QString name;
    QJsonObject args;
    QList<OverlayWrite> overlay;
};

// The flash-team tasks of the signed-in account, from the mirror and the overlay: for a worker the
// teams they may join, hold a seat in or are invited to; for a requester the teams they posted.
// Builds the team mutations with their local effect; never writes to the store itself.
class TeamTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Audience { Worker, Requester };
    enum Column { Title, Roles, Seats, Deadline, State, ColumnCount };
    enum Role { TeamTaskIdRole = Qt::UserRole + 1, StateRole, MyRoleRole, InvitedRole, SortValueRole };

    // The store must outlive the model.
    explicit TeamTaskModel(LocalStore &store, Audience audience = Audience::Worker, QObject *parent = nullptr);

    // Re-reads the team tasks (after a sync or a local change).
    void reload();
    const QList<TeamTask> &teamTasks() const { return m_tasks; }
    const TeamTask &teamTask(int row) const { return m_tasks.at(row); }
    int rowOf(const QString &teamTaskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // team.join@1 (also accepts an invitation to that role), team.leave@1, team.decline@1 and the
    // requester's team.review@1; Validation or NotEligible when the team task's state forbids it.
    Result<TeamMutation> join(const QString &teamTaskId, const QString &role) const;
    Result<TeamMutation> leave(const QString &teamTaskId) const;
    Result<TeamMutation> decline(const QString &teamTaskId) const;
    Result<TeamMutation> approve(const QString &teamTaskId) const;

    // The worker's team.join@1, team.leave@1 and team.decline@1 for this team task that the server
    // refused and the worker has not dismissed, oldest first.
    QList<OutboxEntry> refusals(const QString &teamTaskId) const;

    // "Needs silver tier or higher; your profile does not list “Interface Design”."; empty when open.
    static QString whyNotText(const TeamRoleSlot &slot);
    static QString stateText(const QString &state);
    static QString tierText(const QString &tier);
    static QString deliveryText(const QString &delivery);

private:
    Result<QJsonObject> entity(const QString &teamTaskId) const;

    LocalStore &m_store;
    Audience m_audience;
    QString m_userId;
    QList<TeamTask> m_tasks;
};

} // namespace Chrysalis
