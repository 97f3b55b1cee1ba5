#include "core/policy/settlement.h"

#include "core/policy/fees.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// floor(amount × numerator / denominator) for 0 ≤ numerator ≤ denominator, without overflowing.
Cents shareRoundedDown(Cents amount, qint64 numerator, qint64 denominator)
{
    return amount / denominator * numerator + amount % denominator * numerator / denominator;
}

// numerator / denominator > thresholdBp / 10000, exactly.
bool aboveThreshold(qint64 numerator, qint64 denominator, BasisPoints thresholdBp)
{
    return numerator * kWholeInBasisPoints > thresholdBp * denominator;
}

QList<FieldError> checkInput(const SettlementInput &input)
{
    QList<FieldError> problems;
    if (input.price <= 0 || input.price > kMaxSafeInteger)
        problems.append({u"price"_s, u"must be between 1 and %1 cents"_s.arg(kMaxSafeInteger)});
    if (input.heldEscrow < input.price || input.heldEscrow > kMaxSafeInteger)
        problems.append({u"held_escrow"_s, u"must cover the price and be at most %1 cents"_s.arg(kMaxSafeInteger)});
    if (input.workerFaultVotes < 0)
        problems.append({u"worker_fault_votes"_s, u"must not be negative"_s});
    if (input.requesterFaultVotes < 0)
        problems.append({u"requester_fault_votes"_s, u"must not be negative"_s});
    if (input.workerId.isEmpty())
        problems.append({u"worker_id"_s, u"must not be empty"_s});
    if (input.requesterId.isEmpty())
        problems.append({u"requester_id"_s, u"must not be empty"_s});
    if (input.workerFaultVotes >= 0 && input.requesterFaultVotes >= 0 &&
        input.arbiterIds.size() !=
                static_cast<qint64>(input.workerFaultVotes) + static_cast<qint64>(input.requesterFaultVotes)) {
        problems.append({u"arbiter_ids"_s,
                         u"must name one arbiter per vote (%1 names, %2 votes)"_s.arg(input.arbiterIds.size())
                                 .arg(static_cast<qint64>(input.workerFaultVotes) + input.requesterFaultVotes)});
    }
    QSet<QString> seen;
    for (const QString &arbiterId : input.arbiterIds) {
        if (arbiterId.isEmpty())
            problems.append({u"arbiter_ids"_s, u"an arbiter id is empty"_s});
        else if (arbiterId == input.workerId || arbiterId == input.requesterId)
            problems.append({u"arbiter_ids"_s, u"\"%1\" is a party to the conflict"_s.arg(arbiterId)});
        else if (seen.contains(arbiterId))
            problems.append({u"arbiter_ids"_s, u"\"%1\" voted twice"_s.arg(arbiterId)});
        seen.insert(arbiterId);
    }
    return problems;
}

} // namespace

Result<Settlement> settleConflict(const SettlementInput &input, const Policy &policy)
{
    if (const QList<FieldError> problems = checkInput(input); !problems.isEmpty())
        return Error::validation(u"cannot settle this conflict"_s, problems);

    Settlement settlement;
    settlement.votes = input.workerFaultVotes + input.requesterFaultVotes;
    if (policy.panel.arbiterPayCents > kMaxSafeInteger / qMax(settlement.votes, 1)) {
        return Error{ErrorCode::LimitExceeded,
                     u"arbiter pay for %1 votes is beyond the largest amount the ledger takes"_s.arg(settlement.votes),
                     {}};
    }

    // No votes: the worker is not at fault (w = 0, r = 1).
    const qint64 denominator = qMax(settlement.votes, 1);
    const qint64 workerShare = input.workerFaultVotes;
    const qint64 requesterShare = settlement.votes == 0 ? 1 : input.requesterFaultVotes;

    const Result<Cents> fee = shareRoundedUp(input.price, policy.panel.arbitrationFeeBp);
    if (!fee.ok())
        return fee.error();

    settlement.workerPay = input.price;
    settlement.mistakePay = shareRoundedDown(input.price, workerShare, denominator);
    settlement.requesterCharge = input.price - settlement.mistakePay;
    settlement.arbitrationFee = *fee;
    settlement.arbiterPayEach = policy.panel.arbiterPayCents;
    settlement.requesterRefund = input.heldEscrow - settlement.requesterCharge - settlement.arbitrationFee;
    // A panel that heard nobody judged nobody: the worker is not at fault, and the requester
    // loses no points either.
    settlement.requesterLost =
            settlement.votes > 0 && aboveThreshold(requesterShare, denominator, policy.panel.lossThresholdBp);
    settlement.workerLost = aboveThreshold(workerShare, denominator, policy.panel.lossThresholdBp);

    const QString kind = u"settlement"_s;
    LedgerEvent &ledger = settlement.ledger;
    const auto add = [&ledger](const LedgerAccount &account, Cents amount, const QString &lineKind) {
        if (amount != 0)
            ledger.append({account, amount, lineKind});
    };
    add(LedgerAccount::personal(LedgerBook::Escrow, input.requesterId), -input.heldEscrow, kind);
    add(LedgerAccount::personal(LedgerBook::Earnings, input.workerId), settlement.workerPay, kind);
    add(LedgerAccount::personal(LedgerBook::Balance, input.requesterId), settlement.requesterRefund, kind);
    add(LedgerAccount::platform(LedgerBook::PlatformArbitration), settlement.arbitrationFee, kind);
    add(LedgerAccount::platform(LedgerBook::PlatformMistakePay), -settlement.mistakePay, kind);
    const QString arbiterKind = u"arbiter_pay"_s;
    for (const QString &arbiterId : input.arbiterIds) {
        add(LedgerAccount::platform(LedgerBook::PlatformArbitration), -settlement.arbiterPayEach, arbiterKind);
        add(LedgerAccount::personal(LedgerBook::Earnings, arbiterId), settlement.arbiterPayEach, arbiterKind);
    }
    return settlement;
}

Result<TeamSettlement> settleTeamConflict(const TeamSettlementInput &input, const Policy &policy)
{
    QList<FieldError> problems;
    if (input.seats.isEmpty())
        problems.append({u"seats"_s, u"must name at least one member"_s});
    QSet<QString> members;
    Cents totalPay = 0;
    for (const TeamSeatPay &seat : input.seats) {
        if (members.contains(seat.memberId))
            problems.append({u"seats"_s, u"\"%1\" holds two seats"_s.arg(seat.memberId)});
        members.insert(seat.memberId);
        if (seat.pay > 0 && seat.pay <= kMaxSafeInteger - totalPay)
            totalPay += seat.pay;
    }
    if (input.heldEscrow < totalPay || input.heldEscrow > kMaxSafeInteger)
        problems.append(
                {u"held_escrow"_s, u"must cover the pay of every seat and be at most %1 cents"_s.arg(kMaxSafeInteger)});
    for (const QString &arbiterId : input.arbiterIds) {
        if (members.contains(arbiterId))
            problems.append({u"arbiter_ids"_s, u"\"%1\" is a member of the team"_s.arg(arbiterId)});
    }
    if (!problems.isEmpty())
        return Error::validation(u"cannot settle this team conflict"_s, problems);

    TeamSettlement settlement;
    for (const TeamSeatPay &seat : input.seats) {
        SettlementInput one;
        one.price = seat.pay;
        one.heldEscrow = seat.pay;
        one.workerFaultVotes = input.workerFaultVotes;
        one.requesterFaultVotes = input.requesterFaultVotes;
        one.arbiterIds = input.arbiterIds;
        one.workerId = seat.memberId;
        one.requesterId = input.requesterId;
        auto settled = settleConflict(one, policy);
        if (!settled)
            return settled.error();
        settlement.seats.append({seat.memberId, settled->workerPay, settled->mistakePay, settled->requesterCharge});
        settlement.totalPay += settled->workerPay;
        settlement.mistakePay += settled->mistakePay;
        settlement.requesterCharge += settled->requesterCharge;
        settlement.arbiterPayEach = settled->arbiterPayEach;
        settlement.votes = settled->votes;
        settlement.requesterLost = settled->requesterLost;
        settlement.membersLost = settled->workerLost;
    }
    const Result<Cents> fee = shareRoundedUp(settlement.totalPay, policy.panel.arbitrationFeeBp);
    if (!fee.ok())
        return fee.error();
    settlement.arbitrationFee = *fee;
    settlement.requesterRefund = input.heldEscrow - settlement.requesterCharge - settlement.arbitrationFee;

    const QString kind = u"team_settlement"_s;
    LedgerEvent &ledger = settlement.ledger;
    const auto add = [&ledger](const LedgerAccount &account, Cents amount, const QString &lineKind) {
        if (amount != 0)
            ledger.append({account, amount, lineKind});
    };
    add(LedgerAccount::personal(LedgerBook::Escrow, input.requesterId), -input.heldEscrow, kind);
    for (const TeamSeatSettlement &seat : std::as_const(settlement.seats))
        add(LedgerAccount::personal(LedgerBook::Earnings, seat.memberId), seat.pay, kind);
    add(LedgerAccount::personal(LedgerBook::Balance, input.requesterId), settlement.requesterRefund, kind);
    add(LedgerAccount::platform(LedgerBook::PlatformArbitration), settlement.arbitrationFee, kind);
    add(LedgerAccount::platform(LedgerBook::PlatformMistakePay), -settlement.mistakePay, kind);
    const QString arbiterKind = u"arbiter_pay"_s;
    for (const QString &arbiterId : input.arbiterIds) {
        add(LedgerAccount::platform(LedgerBook::PlatformArbitration), -settlement.arbiterPayEach, arbiterKind);
        add(LedgerAccount::personal(LedgerBook::Earnings, arbiterId), settlement.arbiterPayEach, arbiterKind);
    }
    return settlement;
}

bool PanelDecision::closes() const
{
    return status == PanelStatus::ClosedFull || status == PanelStatus::ClosedQuorum ||
           status == PanelStatus::ClosedAfterExtension;
}

QDateTime panelDeadline(const QDateTime &openedAt, const Policy &policy)
{
    return openedAt.addSecs(policy.panel.deadlineSeconds);
}

PanelDecision panelStatusAt(int seats, int votesCast, const QDateTime &deadline, int extensionsUsed,
                            const QDateTime &now, const Policy &policy)
{
    if (votesCast >= qMax(seats, 1))
        return {PanelStatus::ClosedFull, deadline};
    if (now < deadline)
        return {PanelStatus::Open, deadline};
    if (votesCast >= qMin(policy.panel.quorum, qMax(seats, 1)))
        return {PanelStatus::ClosedQuorum, deadline};
    if (extensionsUsed < policy.panel.extensions)
        return {PanelStatus::Extended, deadline.addSecs(policy.panel.extensionSeconds)};
    return {PanelStatus::ClosedAfterExtension, deadline};
}

bool teamExcludesFromPanel(const QDateTime &lastSharedTeamWorkAt, const QDateTime &now, const Policy &policy)
{
    if (!lastSharedTeamWorkAt.isValid())
        return false;
    return lastSharedTeamWorkAt.secsTo(now) < policy.panel.teamExclusionSeconds;
}

} // namespace Chrysalis
