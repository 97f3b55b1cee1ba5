#pragma once

// Internal to core/market: flash teams (team tasks, their assembly, the team and its work) and the shared
// skill vocabulary, as the marketplace's mutation table, clock work and renderer call them.

#include "core/domain/answer.h"
#include "core/domain/conflict.h"
#include "core/market/mutation.h"
#include "core/market/teamconflictrepository.h"
#include "core/market/teamrepository.h"
#include "core/policy/gating.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Chrysalis {

class MarketEngine;
struct AccountRecord;

namespace Entity {
inline const QString Skill = QStringLiteral("skill");
inline const QString TeamTask = QStringLiteral("team_task");
inline const QString Team = QStringLiteral("team");
inline const QString TeamDraft = QStringLiteral("team_draft");
inline const QString TeamMessage = QStringLiteral("team_message");
} // namespace Entity

// Limits of team tasks, advertised with the other limits of the marketplace.
inline constexpr int kMaxTeamRoles = 10;
inline constexpr int kMaxTeamSeats = 20; // all roles together
inline constexpr int kMaxTeamTitleLength = 200; // code points
inline constexpr int kMaxRoleLength = 64; // code points
inline constexpr qint64 kMaxSeatPayCents = 10'000'000;
inline constexpr qint64 kMaxTeamDeadlineSeconds = 90LL * 86'400;
inline constexpr int kMaxTeamMessageLength = 2'000; // code points
inline constexpr int kMaxTeamMessages = 500; // per team
inline constexpr int kTeamEditsShown = 50; // the newest edits a team_draft lists
inline constexpr qint64 kTeamInviteSeconds = 2 * 86'400; // how long an invitation holds its seat

namespace Mutations {
Result<MutationEffect> teamPost(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamJoin(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamLeave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamDraftSave(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamMessage(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamSign(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamDeliver(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamReview(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamInvite(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
Result<MutationEffect> teamDecline(MarketEngine &engine, const AccountRecord &actor, const QJsonObject &args);
} // namespace Mutations

// How gating sees one role of a team task for one worker: the role's tier and skill, its free seats
// (less the seats reserved for other invited workers), and whether the worker already holds a seat.
TaskGateInput teamSlotGate(const TeamTaskRecord &record, const TeamSlot &slot, const QList<TeamMember> &members,
                           const QList<TeamInvite> &invites, const QString &workerId);
// Seats of a role reserved by pending invitations of workers other than `workerId`.
int reservedSeats(const QList<TeamInvite> &invites, const QString &role, const QString &workerId);

// Delivered → approved: one ledger event moves the team's escrow to each member's earnings (their
// role's pay) and the platform's fees. False when the team was no longer delivered.
Result<bool> approveTeam(MarketEngine &engine, const TeamTaskRecord &record, const QList<TeamMember> &members);

// Delivered → in_conflict: opens the one conflict panel that judges a rejected delivery. The caller has
// locked the team task, checked the requester and the state, and validated the review.
Result<MutationEffect> rejectTeamDelivery(MarketEngine &engine, const TeamTaskRecord &record,
                                          const QList<TeamMember> &members, const AnswerReview &review);
// vote.cast@1 on a team conflict; nullopt when vote.conflictId names no team conflict (an answer's
// conflict is voted on as before). The vote is validated by the caller.
Result<std::optional<MutationEffect>> castTeamVote(MarketEngine &engine, const AccountRecord &actor, Vote vote);
// Closes an open team panel with the votes it has and settles the delivery per role (settleTeamConflict):
// the ledger, the members' pay and mistake pay, the arbiters' pay and the requester's points. False when
// it was no longer open.
Result<bool> closeTeamPanel(MarketEngine &engine, const QString &conflictId);
// Clock work: team panels past their deadline extend or close, as answer panels do.
Status advanceTeamPanels(MarketEngine &engine);
// Why an arbiter may not sit on a team panel; members, their recent teammates and the requester may not.
Result<QList<GateReason>> teamPanelGateReasons(MarketEngine &engine, const AccountRecord &arbiter,
                                               const TeamConflictRecord &record);
// Renders a team conflict (entity "conflict") or one of its votes (entity "vote") for one viewer; nullopt
// in the outer optional when the id names no team conflict or team vote.
Result<std::optional<std::optional<QJsonObject>>> renderTeamConflictEntity(MarketEngine &engine, const QString &entity,
                                                                           const QString &id, const Viewer &viewer);

// Announces the skill entries a worker's new skill list created or changed (profile.update).
Status recordProfileSkills(MarketEngine &engine, const QString &accountId, const QStringList &skills);

// Clock work: team tasks whose deadline passed before the team formed or delivered dissolve, and the
// escrow they still hold goes back to the requester's balance; deliveries the requester left unreviewed
// for review.auto_approve_seconds are approved; invitations past their time expire and free their seats.
Status advanceTeams(MarketEngine &engine);

// Whether two workers are teammates for panel purposes: on one formed team that is still active or
// ended less than the policy's team exclusion ago.
Result<bool> areRecentTeammates(MarketEngine &engine, const QString &accountA, const QString &accountB);

// Renders skill, team_task and team for one viewer; nullopt in the outer optional when `entity` is none
// of them, nullopt inside when the viewer may not see it.
Result<std::optional<std::optional<QJsonObject>>> renderTeamEntity(MarketEngine &engine, const QString &entity,
                                                                   const QString &id, const Viewer &viewer);

} // namespace Chrysalis
