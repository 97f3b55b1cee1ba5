#pragma once

#include "core/policy/policy.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// Money as the signed-in account sees it, from the wallet and its ledger lines. A worker sees
// earnings, the payout threshold and mistake pay used against the allowance with the rule and
// window spelled out; a requester sees balance, escrow and charges; a suspended account sees why,
// with the figures. Read-only.
class MoneyPage : public QWidget
{
    Q_OBJECT

public:
    MoneyPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    QString shownText() const;

public Q_SLOTS:
    void reload();

private:
    LocalStore &m_store;
    Policy m_policy = Policy::defaults();
    QLabel *m_suspension = nullptr;
    QGroupBox *m_workerBox = nullptr;
    QLabel *m_workerFigures = nullptr;
    QProgressBar *m_mistakeBar = nullptr;
    QLabel *m_mistakeRule = nullptr;
    QGroupBox *m_requesterBox = nullptr;
    QLabel *m_requesterFigures = nullptr;
    QTableWidget *m_ledger = nullptr;
};

} // namespace Chrysalis
