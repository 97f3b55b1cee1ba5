#pragma once

#include "core/policy/policy.h"
#include "ui/arbitration/settlementledger.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Chrysalis {

// The outcome of a closed panel for anyone who may see it: the vote split as a chart, the fault
// shares, the arbiters' rationales without names, the settlement's money lines, and the lines the
// viewer's own books received. Must only ever be given a closed conflict: an open one shows nothing.
class OutcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeView(QWidget *parent = nullptr);

    // votes: the panel's votes as pulled after the close; ownLines: the viewer's ledger lines that
    // booked this settlement (from matchSettlementLines), empty when they have not arrived.
    void setOutcome(const QJsonObject &conflict, const QList<QJsonObject> &votes, const QList<LedgerLine> &ownLines,
                    const QString &viewerId, const Policy &policy);

    // Figures as shown, for tests: the settlement line labelled `key` ("worker_pay", "requester_charge",
    // "arbitration_fee", "mistake_pay", "arbiter_pay") and the viewer's own net from the ledger.
    Cents shownAmount(const QString &key) const;
    Cents shownOwnNet() const { return m_ownNet; }
    QString shownText() const;

private:
    QWidget *m_chartHolder = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_ownBooks = nullptr;
    QLabel *m_rationales = nullptr;
    QHash<QString, Cents> m_amounts;
    Cents m_ownNet = 0;
};

} // namespace Chrysalis
