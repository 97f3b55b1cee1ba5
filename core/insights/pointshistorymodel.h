#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Chrysalis {

// One change of the signed-in requester's points as pulled (`points_event`): its cause and what it left.
// Rating points arrive only as sums over several ratings, never one rating's worth.
struct PointsEvent {
    qint64 id = 0;
    int delta = 0;
    QString reason; // feedback_verdict, rating, lost_conflict
    QString ref;
    std::optional<qint64> pointsAfter;
    QString standingBefore; // caterpillar or butterfly; empty on events from before the history was kept
    QString standingAfter;
    QDateTime at;

    bool standingChanged() const { return !standingBefore.isEmpty() && standingBefore != standingAfter; }
    static PointsEvent fromJson(const QJsonObject &json);
};

// Events oldest first (by id); rows without an id are dropped.
QList<PointsEvent> pointsEvents(const QList<QJsonObject> &rows);

// The points held after each event, oldest first, for the points-over-time chart. Events without a
// recorded outcome are reconstructed backwards from `currentPoints` (the account's points now).
struct PointsStep {
    QDateTime at;
    qint64 points = 0;
};
QList<PointsStep> pointsSteps(const QList<PointsEvent> &events, qint64 currentPoints);

// What earned and cost the requester points, newest first: when, the cause in words, the change and the
// points after it. Read-only.
class PointsHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, CauseColumn, DeltaColumn, PointsAfterColumn, ColumnCount };
    enum Role { DeltaRole = Qt::UserRole + 1, StandingChangedRole, TimeRole };

    explicit PointsHistoryModel(QObject *parent = nullptr);

    // Takes events oldest first (as pointsEvents returns them).
    void setEvents(const QList<PointsEvent> &events);
    int eventCount() const { return static_cast<int>(m_events.size()); }

    // The cause of an event in the requester's words.
    static QString causeText(const PointsEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PointsEvent &eventAt(int row) const { return m_events.at(m_events.size() - 1 - row); }

    QList<PointsEvent> m_events; // oldest first; rows show them newest first
};

} // namespace Chrysalis
