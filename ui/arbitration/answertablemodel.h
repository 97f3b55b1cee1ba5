#pragma once

#include "ui/arbitration/mirrorrowsmodel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

namespace Chrysalis {

class LocalStore;

// The answers to the signed-in requester's tasks, oldest first, from the mirror and the outbox's
// overlay (a review made offline shows at once). The auto-approval column counts down on the
// server's clock; call refreshCountdowns() every so often.
class AnswerTableModel : public MirrorRowsModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, WorkerColumn, StatusColumn, SubmittedColumn, AutoApprovalColumn, PayColumn, ColumnCount };
    enum Role {
        AnswerIdRole = Qt::UserRole + 1,
        TaskIdRole,
        StatusRole, // the wire status ("pending_review", …)
        WorkerPseudonymRole,
        SecondsToAutoApprovalRole, // only for answers waiting for review
        LocalRole, // true while a review of it waits in the outbox
    };

    AnswerTableModel(LocalStore &store, std::function<QDateTime()> now, qint64 autoApproveSeconds,
                     QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAutoApproveSeconds(qint64 seconds);
    // Tasks of the requester by id → title, for the filter.
    QHash<QString, QString> taskTitles() const { return m_taskTitles; }

public Q_SLOTS:
    void reload();
    void refreshCountdowns();

private:
    qint64 secondsToAutoApproval(const QJsonObject &answer) const;

    LocalStore &m_store;
    std::function<QDateTime()> m_now;
    qint64 m_autoApproveSeconds;
    QHash<QString, QString> m_taskTitles;
    QSet<QString> m_localIds;
};

// Narrows the answer table by task, status and worker pseudonym (a substring, any case).
class AnswerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTaskId(const QString &taskId);
    void setStatus(const QString &status);
    void setWorkerText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_taskId;
    QString m_status;
    QString m_workerText;
};

} // namespace Chrysalis
