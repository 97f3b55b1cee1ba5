#include "core/sync/leasemodel.h"

#include "core/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

LeaseModel::LeaseModel(LocalStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void LeaseModel::reload()
{
    QList<Lease> leases;
    auto rows = m_store.list(u"lease"_s);
    if (!rows) {
        qCWarning(lcSync).noquote() << "leases:" << rows.error().message;
    } else {
        for (const StoredEntity &row : std::as_const(*rows)) {
            if (row.data.value(u"state"_s).toString() != u"active")
                continue;
            Lease lease;
            lease.id = row.id;
            lease.taskId = row.data.value(u"task_id"_s).toString();
            lease.itemId = row.data.value(u"item_id"_s).toString();
            lease.expiresAt = QDateTime::fromString(row.data.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
            if (auto task = m_store.read(u"task"_s, lease.taskId); task && task->has_value())
                lease.taskTitle = (*task)->value(u"title"_s).toString();
            if (auto item = m_store.read(u"item"_s, lease.itemId); item && item->has_value()) {
                const QJsonObject data = (*item)->value(u"data"_s).toObject();
                lease.itemText = data.value(u"text"_s).toString();
                if (lease.itemText.isEmpty() && !data.isEmpty())
                    lease.itemText = data.constBegin().value().toVariant().toString();
            }
            leases.append(std::move(lease));
        }
    }
    std::sort(leases.begin(), leases.end(), [](const Lease &a, const Lease &b) {
        return a.expiresAt != b.expiresAt ? a.expiresAt < b.expiresAt : a.id < b.id;
    });
    beginResetModel();
    m_leases = std::move(leases);
    endResetModel();
}

void LeaseModel::setNow(const QDateTime &serverNow)
{
    m_now = serverNow;
    if (!m_leases.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiresIn), index(static_cast<int>(m_leases.size()) - 1, ExpiresIn));
}

int LeaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_leases.size());
}

int LeaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaseModel::countdownText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("expired");
    if (secondsLeft < 3600)
        return tr("%1:%2 left").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min left").arg(secondsLeft / 3600).arg((secondsLeft % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant LeaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_leases.size())
        return {};
    const Lease &lease = m_leases.at(index.row());
    // Milliseconds up to the exclusive expiry, rounded up so "0:00 left" never shows on a valid lease.
    const qint64 msLeft = m_now.msecsTo(lease.expiresAt);
    const qint64 secondsLeft = msLeft > 0 ? (msLeft + 999) / 1000 : 0;
    switch (role) {
    case LeaseIdRole:
        return lease.id;
    case ExpiresAtRole:
        return lease.expiresAt;
    case SecondsLeftRole:
        return secondsLeft;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Task:
            return lease.taskTitle.isEmpty() ? tr("(task not synced yet)") : lease.taskTitle;
        case Item:
            return lease.itemText;
        case ExpiresIn:
            return countdownText(secondsLeft);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ExpiresIn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LeaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Task:
        return tr("Task");
    case Item:
        return tr("Item");
    case ExpiresIn:
        return tr("Time left");
    }
    return {};
}

} // namespace Chrysalis
