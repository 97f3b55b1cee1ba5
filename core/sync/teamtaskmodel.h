#pragma once

#include "core/domain/money.h"
#include "core/result.h"
#include "core/sync/localstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

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
    QString state; // assembling, formed, delivered, approved, dissolved, in_conflict, settled
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

// One role of a team task a requester is about to post, as team.post@1 takes it.
struct TeamSlotDraft {
    QString role;
    QString skill;
    QString minTier = QStringLiteral("bronze");
    int count = 1;
    Cents payCents = 0;
};

// A team task a requester is about to post. The id is chosen by the client (newId() when empty).
struct TeamPostDraft {
    QString teamTaskId;
    QString title;
    QString brief;
    QString delivery = QStringLiteral("shared");
    QDateTime deadline;
    QList<TeamSlotDraft> slots;
};

// A member of an earlier team as the requester sees them: a pseudonym and the role they held.
struct EarlierTeamMember {
    QString pseudonym;
    QString role;
};

// A team task of the requester whose delivery they approved, with its members: a team they may invite
// again (team.invite@1).
struct EarlierTeam {
    QString teamTaskId;
    QString title;
    QDateTime deadline;
    QList<EarlierTeamMember> members;
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

    // The limits of team.post@1, as the server checks them.
    static constexpr int kMaxRoles = 10;
    static constexpr int kMaxSeats = 20;
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxBriefLength = 50'000;
    static constexpr Cents kMaxPayCents = 10'000'000;
    static constexpr int kMaxDeadlineDays = 90;
    static constexpr int kMaxReasonLength = 4'000;

    // Checks a draft against the rules of team.post@1; the field errors name `title`, `brief`,
    // `deadline`, `slots` or `slots[i].role|skill|min_tier|count|pay_cents`.
    static Status validatePost(const TeamPostDraft &draft, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // What the post moves from balance to escrow: for each seat its pay and ⌈pay × fee⌉ (as for task.publish@1).
    static Result<Cents> postEscrow(const TeamPostDraft &draft, BasisPoints feeBp);
    // The signed-in requester's balance from the mirror and overlay; nullopt before the wallet was pulled.
    std::optional<Cents> balance() const;
    // team.post@1 with the new team task (and the wallet's escrow) shown at once. Validation as
    // validatePost; InsufficientFunds (field `escrow`) when the pulled balance does not cover the escrow.
    Result<TeamMutation> post(const TeamPostDraft &draft, BasisPoints feeBp,
                              const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // team.review@1 rejecting a delivered team: one conflict panel for the whole delivery. The reason
    // code is one answer.review@1 takes; the reason is not blank and at most kMaxReasonLength long.
    Result<TeamMutation> reject(const QString &teamTaskId, const QString &reasonCode, const QString &reason) const;
    // team.invite@1: reserves, for each member of the earlier team whose role has a free seat here, one
    // seat of that role. Validation when the earlier team was not approved, invitations were already
    // sent, or no member's role has a free seat here.
    Result<TeamMutation> invite(const QString &teamTaskId, const QString &previousTeamTaskId) const;
    // The requester's team tasks whose delivery they approved, newest deadline first, with their members.
    QList<EarlierTeam> earlierTeams() const;
    // The requester's team.post@1, team.invite@1 and team.review@1 that the server refused and the
    // requester has not dismissed, oldest first; an empty id lists those of every team task.
    QList<OutboxEntry> requesterRefusals(const QString &teamTaskId = {}) const;

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
    // The refused, undismissed mutations of these names for the team task (or for every team task),
    // oldest first.
    QList<OutboxEntry> refusedEntries(const QStringList &names, const QString &teamTaskId, bool everyTeamTask) const;

    LocalStore &m_store;
    Audience m_audience;
    QString m_userId;
    QList<TeamTask> m_tasks;
};

} // namespace Chrysalis
