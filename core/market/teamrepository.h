#pragma once

#include "core/domain/money.h"
#include "core/domain/roles.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// One role of a team task: `count` seats for workers of at least `minTier` who tag `skill`, each paid
// `payCents`; `escrowPerSeat` is the pay plus the fee the requester's standing fixed at posting.
struct TeamSlot {
    QString role;
    QString skill;
    Tier minTier = Tier::Bronze;
    int count = 1;
    Cents payCents = 0;
    Cents escrowPerSeat = 0;

    QJsonObject toJson() const;
    static TeamSlot fromStored(const QJsonObject &json);
};

enum class TeamDelivery { Shared, PerRole };
QString teamDeliveryName(TeamDelivery delivery);
Result<TeamDelivery> parseTeamDelivery(const QString &name);

// assembling → formed (every seat filled) → delivered → approved; assembling or formed → dissolved when
// the deadline passes first; delivered → in_conflict (the requester rejected it) → settled when its panel closes.
enum class TeamState { Assembling, Formed, Delivered, Approved, Dissolved, InConflict, Settled };
QString teamStateName(TeamState state);

struct TeamTaskRecord {
    QString id;
    QString requesterId;
    QString title;
    QString brief;
    QList<TeamSlot> slots;
    TeamDelivery delivery = TeamDelivery::Shared;
    QDateTime deadline;
    TeamState state = TeamState::Assembling;
    BasisPoints feeBp = 0;
    Cents escrowCents = 0; // what posting moved into the requester's escrow
    QDateTime createdAt;
    QDateTime formedAt; // invalid until the team forms
    QDateTime closedAt; // approval or dissolution
    QDateTime deliveredAt;
    qint64 draftVersion = 0; // 0 until the first team.draft_save
    QString draftText;

    int seats() const;
    const TeamSlot *slot(const QString &role) const;
};

struct TeamMember {
    QString teamTaskId;
    QString accountId;
    QString role;
    QDateTime joinedAt;
    qint64 signedVersion = 0; // the shared draft version the member signed; 0 for none
};

// One saved version of a team's shared draft, attributed to the member who saved it.
struct TeamEdit {
    qint64 version = 0;
    QString authorId;
    qsizetype length = 0; // code units of the text saved
    QDateTime at;
};

struct TeamMessage {
    QString id;
    QString teamTaskId;
    QString authorId;
    QString text;
    QDateTime at;
};

// A seat reserved for a member of an earlier team (team.invite): pending until they join or decline it,
// or until it expires.
struct TeamInvite {
    QString teamTaskId;
    QString accountId;
    QString role;
    QString state; // "pending", "accepted", "declined", "expired"
    QDateTime expiresAt;
};

// A role's part of a per_role delivery.
struct TeamPart {
    QString role;
    QString text;
    QString authorId;
    QDateTime at;
};

// Storage of team tasks and the workers holding their seats. A worker holds at most one seat of a
// team (the primary key says so); seats of a role are counted under the team task's row lock.
class TeamRepository
{
public:
    explicit TeamRepository(Database &db) : m_db(db) { }

    static QStringList migrationStatements();

    Status insert(const TeamTaskRecord &record);
    Result<std::optional<TeamTaskRecord>> find(const QString &id, bool lock = false);
    Result<bool> exists(const QString &id);
    // Moves the state on; false when the team task was no longer in `from`.
    Result<bool> moveState(const QString &id, TeamState from, TeamState to, const QDateTime &at);
    // Assembling or formed team tasks whose deadline is at or before now.
    Result<QStringList> dueBy(const QDateTime &now, int limit);
    // What the team tasks still open for work hold in escrow, per requester (for the ledger check).
    Result<QHash<QString, Cents>> heldEscrow();

    // The shared draft moves from `fromVersion` to fromVersion + 1 with the edit recorded; false when
    // another save got there first.
    Result<bool> saveDraft(const QString &id, qint64 fromVersion, const QString &text, const QString &authorId,
                           const QDateTime &at);
    // The newest edits first, at most `limit`.
    Result<QList<TeamEdit>> edits(const QString &id, int limit);
    Status insertMessage(const TeamMessage &message);
    Result<std::optional<TeamMessage>> message(const QString &id);
    Result<qint64> messageCount(const QString &teamTaskId);
    Status sign(const QString &teamTaskId, const QString &accountId, qint64 version);
    Status putPart(const QString &teamTaskId, const TeamPart &part);
    Result<QList<TeamPart>> parts(const QString &teamTaskId);
    Status markDelivered(const QString &id, const QDateTime &at);
    // Delivered team tasks delivered at or before `cutoff`, for auto-approval.
    Result<QStringList> deliveredBy(const QDateTime &cutoff, int limit);

    Status insertInvite(const TeamInvite &invite);
    Result<QList<TeamInvite>> invites(const QString &teamTaskId);
    // Pending → `to`; false when the invitation was not pending.
    Result<bool> closeInvite(const QString &teamTaskId, const QString &accountId, const QString &to);
    // Pending invitations whose time ran out: (team task id, account id).
    Result<QList<TeamInvite>> invitesDueBy(const QDateTime &now, int limit);

    Status addMember(const TeamMember &member);
    Result<bool> removeMember(const QString &teamTaskId, const QString &accountId);
    // Seat holders in the order they joined.
    Result<QList<TeamMember>> members(const QString &teamTaskId);
    // Whether the two accounts sat on one team that formed and that is active or dissolved after `since`.
    Result<bool> wereTeammates(const QString &accountA, const QString &accountB, const QDateTime &since);

private:
    Database &m_db;
};

} // namespace Chrysalis
