#pragma once

#include "core/market/conflictrepository.h"
#include "core/market/rowhelpers.h"
#include "core/store/sqlquery.h"

#include <QString>

namespace Chrysalis::Rows {

// Row reading shared by the answers' and the teams' conflict tables, which store a panel and its
// votes in the same columns. A SELECT names the columns below in this order, from `first` on.

inline QString panelColumns()
{
    return QStringLiteral("state, seats, votes_cast, deadline, extensions_used, opened_at, closed_at, "
                          "worker_fault_votes, requester_fault_votes, requester_charge_cents, arbitration_fee_cents, "
                          "mistake_pay_cents");
}

inline QString voteColumns()
{
    return QStringLiteral("id, conflict_id, arbiter_id, fault, rationale, cast_at");
}

// Reads panelColumns(), starting at column `first`, into the panel and its record.
inline void readPanel(const SqlQuery &query, int first, ConflictRecord &record)
{
    ConflictPanel &panel = record.panel;
    panel.state = parseConflictState(query.text(first)).valueOr(ConflictState::Open);
    panel.seats = static_cast<int>(query.int64(first + 1));
    panel.votesCast = static_cast<int>(query.int64(first + 2));
    panel.deadline = fromMs(query.int64(first + 3));
    record.extensionsUsed = static_cast<int>(query.int64(first + 4));
    panel.extended = record.extensionsUsed > 0;
    record.openedAt = fromMs(query.int64(first + 5));
    if (!query.isNull(first + 6))
        record.closedAt = fromMs(query.int64(first + 6));
    panel.workerFaultVotes = static_cast<int>(query.int64(first + 7));
    panel.requesterFaultVotes = static_cast<int>(query.int64(first + 8));
    panel.requesterChargeCents = query.int64(first + 9);
    record.arbitrationFeeCents = query.int64(first + 10);
    panel.mistakePayCents = query.int64(first + 11);
}

// Reads voteColumns() from column 0.
inline Vote readVote(const SqlQuery &query)
{
    Vote vote;
    vote.id = query.text(0);
    vote.conflictId = query.text(1);
    vote.arbiterId = query.text(2);
    vote.fault = parseFault(query.text(3)).valueOr(Fault::Worker);
    vote.rationale = query.text(4);
    vote.castAt = fromMs(query.int64(5));
    return vote;
}

} // namespace Chrysalis::Rows
