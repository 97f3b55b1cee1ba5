#include "ui/arbitration/settlementledger.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

LedgerLine LedgerLine::fromJson(const QJsonObject &json)
{
    return {json.value(u"id"_s).toString(), json.value(u"event_id"_s).toString().toLongLong(),
            json.value(u"account"_s).toString(), json.value(u"amount_cents"_s).toInteger(),
            json.value(u"kind"_s).toString()};
}

BasisPoints PanelSettlement::workerShareBp() const
{
    return votes() == 0 ? 0 : static_cast<BasisPoints>(workerFaultVotes) * kWholeInBasisPoints / votes();
}

PanelSettlement PanelSettlement::fromConflict(const QJsonObject &conflict, const Policy &policy)
{
    PanelSettlement settlement;
    settlement.workerFaultVotes = conflict.value(u"worker_fault_votes"_s).toInt();
    settlement.requesterFaultVotes = conflict.value(u"requester_fault_votes"_s).toInt();
    settlement.workerPay = conflict.value(u"pay_cents"_s).toInteger();
    settlement.requesterCharge = conflict.value(u"requester_charge_cents"_s).toInteger();
    settlement.arbitrationFee = conflict.value(u"arbitration_fee_cents"_s).toInteger();
    settlement.mistakePay = conflict.value(u"mistake_pay_cents"_s).toInteger();
    settlement.arbiterPayEach = policy.panel.arbiterPayCents;
    return settlement;
}

namespace {

Cents lineOn(const QList<LedgerLine> &event, const QString &account, const QString &kind, bool *found)
{
    Cents sum = 0;
    for (const LedgerLine &line : event) {
        if (line.account == account && line.kind == kind) {
            sum += line.amountCents;
            *found = true;
        }
    }
    return sum;
}

} // namespace

QHash<QString, QList<LedgerLine>> matchSettlementLines(const QList<QJsonObject> &closedConflicts,
                                                       const QList<LedgerLine> &ledger, const QString &viewerId,
                                                       const Policy &policy)
{
    QHash<qint64, QList<LedgerLine>> events;
    for (const LedgerLine &line : ledger) {
        if (line.kind == u"settlement" || line.kind == u"arbiter_pay")
            events[line.eventId].append(line);
    }
    QList<qint64> eventOrder = events.keys();
    std::sort(eventOrder.begin(), eventOrder.end());

    QList<QJsonObject> panels = closedConflicts;
    std::sort(panels.begin(), panels.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"id"_s).toString() < b.value(u"id"_s).toString();
    });

    const QString earnings = u"earnings:"_s + viewerId;
    const QString escrow = u"escrow:"_s + viewerId;
    const QString balance = u"balance:"_s + viewerId;
    QSet<qint64> used;
    QHash<QString, QList<LedgerLine>> matched;
    for (const QJsonObject &conflict : std::as_const(panels)) {
        const PanelSettlement settlement = PanelSettlement::fromConflict(conflict, policy);
        const bool worker = conflict.value(u"worker_id"_s).toString() == viewerId;
        const bool requester = conflict.value(u"requester_id"_s).toString() == viewerId;
        for (qint64 eventId : std::as_const(eventOrder)) {
            if (used.contains(eventId))
                continue;
            const QList<LedgerLine> &event = events.value(eventId);
            bool fits = false;
            if (worker) {
                bool found = false;
                fits = lineOn(event, earnings, u"settlement"_s, &found) == settlement.workerPay && found;
            } else if (requester) {
                bool outOfEscrow = false;
                bool back = false;
                const Cents held = -lineOn(event, escrow, u"settlement"_s, &outOfEscrow);
                const Cents returned = lineOn(event, balance, u"settlement"_s, &back);
                fits = outOfEscrow && held - returned == settlement.requesterCharge + settlement.arbitrationFee;
            } else {
                bool found = false;
                fits = lineOn(event, earnings, u"arbiter_pay"_s, &found) == settlement.arbiterPayEach && found;
            }
            if (fits) {
                used.insert(eventId);
                matched.insert(conflict.value(u"id"_s).toString(), event);
                break;
            }
        }
    }
    return matched;
}

} // namespace Chrysalis
