#pragma once

#include "core/policy/policy.h"
#include "ui/arbitration/mirrorrowsmodel.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace Chrysalis {

class LocalStore;

// Conflicts from the mirror, for the conflict queue. Offered: open panels the server offers the
// signed-in gold arbiter (it sends no others), soonest deadline first. Involved: the conflicts the
// account is a party to or voted on, open or closed, newest first. Never shows a tally: an open
// conflict carries none, and the queue shows only seats filled.
class ConflictQueueModel : public MirrorRowsModel
{
    Q_OBJECT

public:
    enum class Scope { Offered, Involved };
    enum Column { TaskColumn, ReasonColumn, SeatsColumn, DeadlineColumn, PayColumn, YourPartColumn, ColumnCount };
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        StateRole,
        SecondsToDeadlineRole,
        VotedRole, // the signed-in arbiter has a vote on it (sent or waiting in the outbox)
    };

    ConflictQueueModel(LocalStore &store, Scope scope, std::function<QDateTime()> now, QObject *parent = nullptr);

    void setPolicy(const Policy &policy);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();
    void refreshCountdowns();

private:
    QString yourPart(const QJsonObject &conflict) const;
    bool isParty(const QJsonObject &conflict) const;

    LocalStore &m_store;
    Scope m_scope;
    std::function<QDateTime()> m_now;
    Policy m_policy = Policy::defaults();
    QString m_me;
    QHash<QString, bool> m_myVotes; // conflict id → vote is still local (waiting to be sent)
};

} // namespace Chrysalis
