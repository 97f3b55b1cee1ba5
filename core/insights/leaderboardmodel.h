#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Chrysalis {

// One row of the public requester leaderboard as pulled (`leaderboard_entry`). The rating is the published
// aggregate only; the server sends none until the privacy rule allows it, and no individual rating exists here.
struct LeaderboardRow {
    int position = 0;
    int rank = 0;
    QString pseudonym;
    qint64 points = 0;
    std::optional<double> rating;
    int ratingCount = 0;

    static LeaderboardRow fromJson(const QJsonObject &entry);
};

// Rows sorted by position; rows without a position are dropped.
QList<LeaderboardRow> leaderboardRows(const QList<QJsonObject> &entries);

// The signed-in requester's place, from their own `account` row (also below the cutoff).
struct OwnStanding {
    QString pseudonym;
    QString standing; // caterpillar or butterfly
    qint64 points = 0;
    std::optional<int> rank;
    std::optional<double> rating;
    int ratingCount = 0;

    static OwnStanding fromAccount(const QJsonObject &account);
};

// The requester leaderboard for a table view: rank, pseudonym, points, aggregate rating. Read-only.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, PseudonymColumn, PointsColumn, RatingColumn, ColumnCount };
    enum Role { RatingHiddenRole = Qt::UserRole + 1, OwnRowRole };

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setRows(const QList<LeaderboardRow> &rows);
    // Marks the rows of this pseudonym (the viewer) for OwnRowRole.
    void setOwnPseudonym(const QString &pseudonym);
    const QList<LeaderboardRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LeaderboardRow> m_rows;
    QString m_ownPseudonym;
};

} // namespace Chrysalis
