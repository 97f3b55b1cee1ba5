#pragma once

#include "core/insights/fairwork.h"

#include <QAbstractTableModel>

namespace Chrysalis {

// Earnings per ISO week for a table or a chart: week, paid answers, earnings and effective hourly pay in
// cents (as numbers; the view formats money), measured seconds. Read-only.
class WeeklyEarningsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WeekColumn, AnswersColumn, EarnedColumn, SecondsColumn, HourlyColumn, ColumnCount };
    enum Role { WeekStartRole = Qt::UserRole + 1 };

    explicit WeeklyEarningsModel(QObject *parent = nullptr);

    void setWeeks(const QList<WeekEarnings> &weeks);
    const QList<WeekEarnings> &weeks() const { return m_weeks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WeekEarnings> m_weeks;
};

} // namespace Chrysalis
