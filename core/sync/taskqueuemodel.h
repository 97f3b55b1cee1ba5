#pragma once

#include "core/sync/localstore.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Chrysalis {

// The worker's task queue over the local cache's task_queue index. Sorting and filtering run in
// SQL; rows arrive a page at a time through canFetchMore()/fetchMore(), so a cache of a million
// tasks opens at once. Never writes to the store.
class TaskQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Standing, Pay, Estimate, Hourly, ItemsOpen, Tier, Warnings, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        CanTakeRole, // bool
        GateReasonsRole, // QStringList of gate reason codes
        SortValueRole, // the raw value of the cell (cents, seconds, counts)
        QualificationTaskIdRole, // the qualification task that gates this one, when `qualification` gates it
    };

    // The qualification a task's current revision requires, as the local mirror knows it.
    struct QualificationGate {
        QString taskId;
        QString title; // empty when the qualification task is not in the mirror
        double passMark = 0.0; // 0 to 1
    };

    // The store must outlive the model.
    explicit TaskQueueModel(LocalStore &store, QObject *parent = nullptr);

    void setPageSize(int rows);
    TaskQueueQuery query() const { return m_query; }
    // Runs a new query: the model resets and holds its first page.
    void setQuery(const TaskQueueQuery &query);
    void setSearch(const QString &search);
    void setTakeableOnly(bool takeableOnly);
    // Re-reads from the first page (after a sync wrote tasks), keeping the query.
    void reload();

    std::optional<TaskQueueRow> row(int row) const;
    // The number of tasks the query matches, counted in SQL (not the rows fetched so far).
    qint64 matchingCount() const;
    // The matching tasks counted up to `cap`: cap means "cap or more". Bounded work however many
    // tasks match, for a label the page refreshes on every search.
    qint64 matchingCount(qint64 cap) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString gateReasonText(const QString &reason);
    // The reason in words for this task: `qualification` names the qualification task and its pass mark.
    QString gateReasonText(const TaskQueueRow &task, const QString &reason) const;
    // nullopt when the task's revision requires no qualification (or is not in the mirror).
    std::optional<QualificationGate> qualificationGate(const QString &taskId) const;
    static QString qualificationText(const QualificationGate &gate);
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<TaskQueueRow> fetchPage();

    LocalStore &m_store;
    TaskQueueQuery m_query;
    QList<TaskQueueRow> m_rows;
    bool m_exhausted = false;
    // Set while a reset or an insertion is being announced: a view or tester reacting to the signal
    // must not fetch again from the rows not yet in place.
    bool m_changing = false;
    int m_pageSize = 200;
};

} // namespace Chrysalis
