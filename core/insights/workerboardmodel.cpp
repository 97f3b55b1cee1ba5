#include "core/insights/workerboardmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

std::optional<qint64> WorkerBoardEntry::agreementBp() const
{
    if (panelVotes <= 0)
        return std::nullopt;
    return static_cast<qint64>(agreedVotes) * 10'000 / panelVotes;
}

WorkerBoardEntry WorkerBoardEntry::fromJson(const QJsonObject &json)
{
    WorkerBoardEntry entry;
    entry.tier = json.value(u"tier"_s).toString();
    entry.board = json.value(u"board"_s).toString();
    entry.position = json.value(u"position"_s).toInt();
    entry.rank = json.value(u"rank"_s).toInt();
    entry.pseudonym = json.value(u"worker_pseudonym"_s).toString();
    entry.approvedAnswers = json.value(u"approved_answers"_s).toInt();
    entry.panelVotes = json.value(u"panel_votes"_s).toInt();
    entry.agreedVotes = json.value(u"agreed_votes"_s).toInt();
    return entry;
}

QList<WorkerBoardEntry> workerBoardRows(const QList<QJsonObject> &entries, const QString &tier, const QString &board)
{
    QList<WorkerBoardEntry> rows;
    for (const QJsonObject &json : entries) {
        WorkerBoardEntry entry = WorkerBoardEntry::fromJson(json);
        if (entry.position > 0 && entry.tier == tier && entry.board == board)
            rows.append(entry);
    }
    std::sort(rows.begin(), rows.end(),
              [](const WorkerBoardEntry &a, const WorkerBoardEntry &b) { return a.position < b.position; });
    return rows;
}

WorkerBoardModel::WorkerBoardModel(QObject *parent) : QAbstractTableModel(parent) { }

void WorkerBoardModel::setRows(const QList<WorkerBoardEntry> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void WorkerBoardModel::setOwnPseudonym(const QString &pseudonym)
{
    m_ownPseudonym = pseudonym;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OwnRowRole});
}

int WorkerBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorkerBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerBoardEntry &row = m_rows.at(index.row());
    if (role == OwnRowRole)
        return !m_ownPseudonym.isEmpty() && row.pseudonym == m_ownPseudonym;
    const std::optional<qint64> agreement = row.agreementBp();
    if (role == SortValueRole) {
        switch (index.column()) {
        case RankColumn:
            return row.rank;
        case PseudonymColumn:
            return row.pseudonym;
        case ApprovedColumn:
            return row.approvedAnswers;
        case AgreementColumn:
            return agreement ? QVariant(*agreement) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != PseudonymColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return QLocale().toString(row.rank);
    case PseudonymColumn:
        return row.pseudonym;
    case ApprovedColumn:
        return QLocale().toString(row.approvedAnswers);
    case AgreementColumn:
        if (!agreement)
            return tr("no closed panels");
        return tr("%1 % (%2 of %3 votes)")
                .arg(QLocale().toString(static_cast<double>(*agreement) / 100.0, 'f', 0))
                .arg(row.agreedVotes)
                .arg(row.panelVotes);
    default:
        return {};
    }
}

QVariant WorkerBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case PseudonymColumn:
        return tr("Worker");
    case ApprovedColumn:
        return tr("Approved answers");
    case AgreementColumn:
        return tr("Agreement with panels");
    default:
        return {};
    }
}

} // namespace Chrysalis
