#include "core/insights/weeklyearningsmodel.h"

namespace Chrysalis {

WeeklyEarningsModel::WeeklyEarningsModel(QObject *parent) : QAbstractTableModel(parent) { }

void WeeklyEarningsModel::setWeeks(const QList<WeekEarnings> &weeks)
{
    beginResetModel();
    m_weeks = weeks;
    endResetModel();
}

int WeeklyEarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

int WeeklyEarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeeklyEarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeekEarnings &week = m_weeks.at(index.row());
    if (role == WeekStartRole)
        return week.weekStart;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WeekColumn:
        return isoWeekLabel(week.weekStart);
    case AnswersColumn:
        return week.answers;
    case EarnedColumn:
        return week.earnedCents;
    case SecondsColumn:
        return week.secondsSpent;
    case HourlyColumn:
        return week.hourlyCents() ? QVariant(*week.hourlyCents()) : QVariant();
    default:
        return {};
    }
}

QVariant WeeklyEarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WeekColumn:
        return tr("Week");
    case AnswersColumn:
        return tr("Paid answers");
    case EarnedColumn:
        return tr("Earned (cents)");
    case SecondsColumn:
        return tr("Measured time (s)");
    case HourlyColumn:
        return tr("Hourly pay (cents)");
    default:
        return {};
    }
}

} // namespace Chrysalis
