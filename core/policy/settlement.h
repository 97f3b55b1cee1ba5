#pragma once

#include "core/domain/ledger.h"
#include "core/domain/money.h"
#include "core/policy/policy.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// Settling a conflict once its panel closed (MECHANISM.md, "Conflict panels"), and when a panel closes.

struct SettlementInput {
    Cents price = 0; // P, the pay of the rejected answer
    Cents heldEscrow = 0; // what the requester's escrow holds for the answer's slot; at least P
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
    QStringList arbiterIds; // the arbiters who voted, one per vote
    QString workerId;
    QString requesterId;
};

// With w = worker-fault votes / votes and r = 1 − w (r = 1 when no one voted): the worker is paid P, the
// requester is charged r × P plus the arbitration fee, the platform books w × P as mistake pay.
// Rounding favours the worker: mistake pay (w × P) is rounded DOWN, so requesterCharge = P − mistakePay; the
// arbitration fee is rounded up like every platform fee. The requester's net cost is requesterCharge +
// arbitrationFee exactly.
struct Settlement {
    Cents workerPay = 0;
    Cents requesterCharge = 0;
    Cents arbitrationFee = 0;
    Cents mistakePay = 0;
    Cents arbiterPayEach = 0;
    // held − requesterCharge − arbitrationFee; negative when a policy's task fee is below its arbitration fee
    // and the balance has to cover the difference.
    Cents requesterRefund = 0;
    int votes = 0;
    bool requesterLost = false; // r above panel.loss_threshold_bp with at least one vote: costs points
    bool workerLost = false; // w above panel.loss_threshold_bp: a lost conflict on the worker's record
    // escrow −held; worker earnings +P; requester balance +refund; platform arbitration +fee; platform
    // mistake_pay −mistakePay; per arbiter platform arbitration −pay and arbiter earnings +pay. Lines of zero
    // are left out; the lines always sum to zero.
    LedgerEvent ledger;
};

// Validation errors for a non-positive price, escrow below the price, negative votes, arbiter ids that do not
// match the votes one to one (empty, repeated, or the worker or requester themselves).
Result<Settlement> settleConflict(const SettlementInput &input, const Policy &policy);

// One seat of a rejected flash-team delivery: the member and their role's pay.
struct TeamSeatPay {
    QString memberId;
    Cents pay = 0;
};

struct TeamSettlementInput {
    QList<TeamSeatPay> seats; // every member of the team, one seat each
    Cents heldEscrow = 0; // what the team task holds in escrow; at least the sum of the seats' pay
    int workerFaultVotes = 0; // votes finding the team at fault
    int requesterFaultVotes = 0;
    QStringList arbiterIds;
    QString requesterId;
};

// One member's share of a team settlement, as settleConflict settles their seat on its own.
struct TeamSeatSettlement {
    QString memberId;
    Cents pay = 0;
    Cents mistakePay = 0;
    Cents requesterCharge = 0;
};

// A rejected team delivery settled as one conflict split per role: w and r apply to the whole delivery;
// every member is paid their role's pay in full; each seat's mistake pay is w × its pay rounded down
// (settleConflict per seat), so the requester is charged the sum of the seats' charges plus ONE
// arbitration fee on the sum of the pay, and the arbiters are paid once.
struct TeamSettlement {
    QList<TeamSeatSettlement> seats; // in the order of the input
    Cents totalPay = 0;
    Cents requesterCharge = 0;
    Cents arbitrationFee = 0;
    Cents mistakePay = 0;
    Cents arbiterPayEach = 0;
    Cents requesterRefund = 0; // held − requesterCharge − arbitrationFee
    int votes = 0;
    bool requesterLost = false;
    bool membersLost = false; // w above panel.loss_threshold_bp: a lost conflict for every member
    // escrow −held; each member's earnings +pay; requester balance +refund; platform arbitration +fee;
    // platform mistake_pay −mistakePay; the arbiters' pay as in settleConflict. Sums to zero.
    LedgerEvent ledger;
};

// Validation errors as settleConflict's, and for no seats, a member named twice or escrow below the pay.
Result<TeamSettlement> settleTeamConflict(const TeamSettlementInput &input, const Policy &policy);

// What a panel does at a moment in time.
enum class PanelStatus {
    Open, // waiting for votes until the deadline
    ClosedFull, // every seat voted
    ClosedQuorum, // the deadline passed with at least the quorum
    Extended, // the deadline passed short of quorum: a new deadline, once per panel.extensions
    ClosedAfterExtension, // short of quorum after every extension: closes with the votes it has, maybe none
};

struct PanelDecision {
    PanelStatus status = PanelStatus::Open;
    QDateTime deadline; // the deadline that now applies; moved by an extension

    bool closes() const;
};

// The deadline of a panel opened at openedAt.
QDateTime panelDeadline(const QDateTime &openedAt, const Policy &policy);

// seats is the panel's own K (fixed when it opened); the quorum is capped at seats. The deadline is passed
// once now ≥ deadline. An extension runs from the old deadline, so a late evaluation does not stretch it.
PanelDecision panelStatusAt(int seats, int votesCast, const QDateTime &deadline, int extensionsUsed,
                            const QDateTime &now, const Policy &policy);

// A flash-team member of the answering worker sits on none of their panels while the last team work they
// shared ended less than panel.team_exclusion_seconds ago.
bool teamExcludesFromPanel(const QDateTime &lastSharedTeamWorkAt, const QDateTime &now, const Policy &policy);

} // namespace Chrysalis
