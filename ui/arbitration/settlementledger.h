#pragma once

#include "core/domain/money.h"
#include "core/policy/policy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Chrysalis {

// One ledger_entry row of the mirror: a line of a double-entry event on one of the viewer's books.
struct LedgerLine {
    QString id;
    qint64 eventId = 0;
    QString account; // "earnings:<id>", "escrow:<id>", "balance:<id>"
    Cents amountCents = 0;
    QString kind;
    QString conflictId; // the panel whose settlement booked it; empty for other events

    static LedgerLine fromJson(const QJsonObject &json);
    bool operator==(const LedgerLine &) const = default;
};

// The outcome of a closed panel as the conflict entity states it, and the money lines it settles.
// Shares are exact: w = worker-fault votes / votes (w = 0 without votes), r = 1 − w.
struct PanelSettlement {
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
    Cents workerPay = 0; // P, always paid in full
    Cents requesterCharge = 0; // r × P
    Cents arbitrationFee = 0;
    Cents mistakePay = 0; // w × P, covered by the platform
    Cents arbiterPayEach = 0;

    int votes() const { return workerFaultVotes + requesterFaultVotes; }
    BasisPoints workerShareBp() const;
    BasisPoints requesterShareBp() const { return kWholeInBasisPoints - workerShareBp(); }
    Cents arbiterPayTotal() const { return arbiterPayEach * votes(); }

    // Precondition: the conflict is closed. Arbiter pay comes from the policy (the entity does not carry it).
    static PanelSettlement fromConflict(const QJsonObject &conflict, const Policy &policy);
};

// Which of the viewer's ledger lines booked each closed panel's settlement: the settlement and
// arbiter_pay lines whose conflict_id names the panel. Amounts play no part, so two panels at one
// price never swap lines. A panel whose lines have not arrived yet maps to nothing.
QHash<QString, QList<LedgerLine>> matchSettlementLines(const QList<QJsonObject> &closedConflicts,
                                                       const QList<LedgerLine> &ledger, const QString &viewerId,
                                                       const Policy &policy);

} // namespace Chrysalis
