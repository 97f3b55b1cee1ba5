#pragma once

#include "core/sync/localstore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Chrysalis {

// The worker's active leases with a countdown on the server's clock. reload() re-reads the store
// (after a sync); setNow() moves the clock and signals only the countdown cells.
class LeaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Task, Item, ExpiresIn, ColumnCount };
    enum Role { LeaseIdRole = Qt::UserRole + 1, ExpiresAtRole, SecondsLeftRole };

    struct Lease {
        QString id;
        QString taskId;
        QString taskTitle;
        QString itemId;
        QString itemText;
        QDateTime expiresAt;
    };

    explicit LeaseModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    // Now on the server's clock (SyncEngine::serverNow()).
    void setNow(const QDateTime &serverNow);
    QDateTime now() const { return m_now; }
    const QList<Lease> &leases() const { return m_leases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12:05 left", "1 h 03 min left" or "expired".
    static QString countdownText(qint64 secondsLeft);

private:
    LocalStore &m_store;
    QList<Lease> m_leases;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace Chrysalis
