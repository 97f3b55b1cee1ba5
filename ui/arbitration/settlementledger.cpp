#include "ui/arbitration/settlementledger.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chrysalis {

LedgerLine LedgerLine::fromJson(const QJsonObject &json)
{
    return {json.value(u"id"_s).toString(),      json.value(u"event_id"_s).toString().toLongLong(),
            json.value(u"account"_s).toString(), json.value(u"amount_cents"_s).toInteger(),
            json.value(u"kind"_s).toString(),    json.value(u"conflict_id"_s).toString()};
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

QHash<QString, QList<LedgerLine>> matchSettlementLines(const QList<QJsonObject> &closedConflicts,
                                                       const QList<LedgerLine> &ledger, const QString &viewerId,
                                                       const Policy &policy)
{
    Q_UNUSED(viewerId);
    Q_UNUSED(policy);
    QSet<QString> panels;
    for (const QJsonObject &conflict : closedConflicts)
        panels.insert(conflict.value(u"id"_s).toString());
    QHash<QString, QList<LedgerLine>> matched;
    for (const LedgerLine &line : ledger) {
        if ((line.kind == u"settlement" || line.kind == u"arbiter_pay") && !line.conflictId.isEmpty() &&
            panels.contains(line.conflictId))
            matched[line.conflictId].append(line);
    }
    return matched;
}

} // namespace Chrysalis
