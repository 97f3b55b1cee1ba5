#pragma once

#include "core/policy/policy.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Chrysalis {

class ConflictQueueModel;
class LocalStore;
class SyncEngine;

// The arbiter's conflict queue: open panels the server offers this gold worker, with deadline, pay
// and seats filled, and below them the conflicts the account is part of (as worker, requester or
// voter). Says why no panel is offered when the account or the server's refusals tell (tier,
// suspension, a vote refused as not on the panel). Enter opens the selected conflict.
class ConflictQueuePage : public QWidget
{
    Q_OBJECT

public:
    ConflictQueuePage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);

    ConflictQueueModel *offeredModel() const { return m_offered; }
    ConflictQueueModel *involvedModel() const { return m_involved; }
    QTableView *offeredTable() const { return m_offeredTable; }
    QTableView *involvedTable() const { return m_involvedTable; }
    // The "why is this panel not offered?" text; empty when there is nothing to explain.
    QString notOfferedText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void conflictActivated(const QString &conflictId);

private:
    QTableView *makeTable(ConflictQueueModel *model);

    LocalStore &m_store;
    SyncEngine &m_engine;
    ConflictQueueModel *m_offered = nullptr;
    ConflictQueueModel *m_involved = nullptr;
    QTableView *m_offeredTable = nullptr;
    QTableView *m_involvedTable = nullptr;
    QLabel *m_offeredEmpty = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_involvedEmpty = nullptr;
};

} // namespace Chrysalis
