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
// the deadline passes first.
enum class TeamState { Assembling, Formed, Delivered, Approved, Dissolved };
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

    int seats() const;
    const TeamSlot *slot(const QString &role) const;
};

struct TeamMember {
    QString teamTaskId;
    QString accountId;
    QString role;
    QDateTime joinedAt;
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
