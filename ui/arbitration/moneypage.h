#pragma once

#include "core/domain/money.h"
#include "core/policy/policy.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// Money as the signed-in account sees it, from the wallet and its ledger lines. A worker sees
// earnings, the payout threshold and mistake pay used against the allowance with the rule and
// window spelled out, and may request a payout of what is available once it reaches the threshold;
// a requester sees balance, escrow and charges; a suspended account sees why, with the figures.
class MoneyPage : public QWidget
{
    Q_OBJECT

public:
    MoneyPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    QString shownText() const;

public Q_SLOTS:
    void reload();
    // Queues payout.request@1 for every cent available (earnings less requested payouts).
    void requestPayout();

private:
    LocalStore &m_store;
    SyncEngine &m_engine;
    Cents m_payoutAvailable = 0;
    Policy m_policy = Policy::defaults();
    QLabel *m_suspension = nullptr;
    QGroupBox *m_workerBox = nullptr;
    QLabel *m_workerFigures = nullptr;
    QProgressBar *m_mistakeBar = nullptr;
    QLabel *m_mistakeRule = nullptr;
    QLabel *m_payoutState = nullptr;
    QPushButton *m_requestPayout = nullptr;
    QGroupBox *m_requesterBox = nullptr;
    QLabel *m_requesterFigures = nullptr;
    QTableWidget *m_ledger = nullptr;
};

} // namespace Chrysalis
