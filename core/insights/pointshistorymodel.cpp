#include "core/insights/pointshistorymodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

PointsEvent PointsEvent::fromJson(const QJsonObject &json)
{
    PointsEvent event;
    event.id = json.value(u"id"_s).toString().toLongLong();
    event.delta = json.value(u"delta"_s).toInt();
    event.reason = json.value(u"reason"_s).toString();
    event.ref = json.value(u"ref"_s).toString();
    if (json.value(u"points_after"_s).isDouble())
        event.pointsAfter = json.value(u"points_after"_s).toInteger();
    event.standingBefore = json.value(u"standing_before"_s).toString();
    event.standingAfter = json.value(u"standing_after"_s).toString();
    event.at = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    return event;
}

QList<PointsEvent> pointsEvents(const QList<QJsonObject> &rows)
{
    QList<PointsEvent> events;
    for (const QJsonObject &row : rows) {
        PointsEvent event = PointsEvent::fromJson(row);
        if (event.id > 0)
            events.append(event);
    }
    std::sort(events.begin(), events.end(), [](const PointsEvent &a, const PointsEvent &b) { return a.id < b.id; });
    return events;
}

QList<PointsStep> pointsSteps(const QList<PointsEvent> &events, qint64 currentPoints)
{
    QList<PointsStep> steps(events.size());
    qint64 after = currentPoints;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const PointsEvent &event = events.at(i);
        if (event.pointsAfter)
            after = *event.pointsAfter;
        steps[i] = {event.at, after};
        after -= event.delta;
    }
    return steps;
}

PointsHistoryModel::PointsHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void PointsHistoryModel::setEvents(const QList<PointsEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString PointsHistoryModel::causeText(const PointsEvent &event)
{
    QString cause;
    if (event.reason == u"feedback_verdict")
        cause = tr("Feedback approved your task without changes");
    else if (event.reason == u"rating")
        cause = event.delta >= 0 ? tr("Workers' ratings of your butterfly tasks (a batch)")
                                 : tr("Workers' ratings of your butterfly tasks (a batch, below neutral)");
    else if (event.reason == u"lost_conflict")
        cause = tr("A panel found you at fault in a conflict");
    else
        cause = event.reason;
    if (event.standingChanged()) {
        cause += event.standingAfter == u"butterfly" ? tr(" — you became a Butterfly")
                                                     : tr(" — you returned to Caterpillar");
    }
    return cause;
}

int PointsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int PointsHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PointsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PointsEvent &event = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case CauseColumn:
            return causeText(event);
        case DeltaColumn:
            return event.delta > 0 ? u"+"_s + QLocale().toString(event.delta) : QLocale().toString(event.delta);
        case PointsAfterColumn:
            return event.pointsAfter ? QVariant(QLocale().toString(*event.pointsAfter)) : QVariant();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DeltaColumn || index.column() == PointsAfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeltaRole:
        return event.delta;
    case StandingChangedRole:
        return event.standingChanged();
    case TimeRole:
        return event.at;
    default:
        return {};
    }
}

QVariant PointsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CauseColumn:
        return tr("What happened");
    case DeltaColumn:
        return tr("Points");
    case PointsAfterColumn:
        return tr("Points after");
    default:
        return {};
    }
}

} // namespace Chrysalis
