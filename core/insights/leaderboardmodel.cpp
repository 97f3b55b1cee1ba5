#include "core/insights/leaderboardmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

LeaderboardRow LeaderboardRow::fromJson(const QJsonObject &entry)
{
    LeaderboardRow row;
    row.position = entry.value(u"position"_s).toInt();
    row.rank = entry.value(u"rank"_s).toInt();
    row.pseudonym = entry.value(u"requester_pseudonym"_s).toString();
    row.points = entry.value(u"points"_s).toInteger();
    if (entry.value(u"rating"_s).isDouble())
        row.rating = entry.value(u"rating"_s).toDouble();
    row.ratingCount = entry.value(u"rating_count"_s).toInt();
    return row;
}

QList<LeaderboardRow> leaderboardRows(const QList<QJsonObject> &entries)
{
    QList<LeaderboardRow> rows;
    for (const QJsonObject &entry : entries) {
        LeaderboardRow row = LeaderboardRow::fromJson(entry);
        if (row.position > 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const LeaderboardRow &a, const LeaderboardRow &b) { return a.position < b.position; });
    return rows;
}

OwnStanding OwnStanding::fromAccount(const QJsonObject &account)
{
    OwnStanding own;
    own.pseudonym = account.value(u"pseudonym"_s).toString();
    own.standing = account.value(u"standing"_s).toString();
    own.points = account.value(u"points"_s).toInteger();
    if (account.value(u"leaderboard_rank"_s).isDouble())
        own.rank = account.value(u"leaderboard_rank"_s).toInt();
    if (account.value(u"rating"_s).isDouble())
        own.rating = account.value(u"rating"_s).toDouble();
    own.ratingCount = account.value(u"rating_count"_s).toInt();
    return own;
}

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) { }

void LeaderboardModel::setRows(const QList<LeaderboardRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LeaderboardModel::setOwnPseudonym(const QString &pseudonym)
{
    m_ownPseudonym = pseudonym;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return row.rank;
        case PseudonymColumn:
            return row.pseudonym;
        case PointsColumn:
            return row.points;
        case RatingColumn:
            return row.rating ? tr("%1 of 10 (%n rating(s))", nullptr, row.ratingCount)
                                        .arg(QLocale().toString(*row.rating, 'f', 1))
                              : tr("hidden under the privacy rule");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == PseudonymColumn || index.column() == RatingColumn
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RatingHiddenRole:
        return !row.rating.has_value();
    case OwnRowRole:
        return !m_ownPseudonym.isEmpty() && row.pseudonym == m_ownPseudonym;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case PseudonymColumn:
        return tr("Requester");
    case PointsColumn:
        return tr("Points");
    case RatingColumn:
        return tr("Rating by workers");
    default:
        return {};
    }
}

} // namespace Chrysalis
