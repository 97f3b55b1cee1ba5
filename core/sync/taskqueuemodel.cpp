#include "core/sync/taskqueuemodel.h"

#include "core/logging.h"
#include "core/sync/moneytext.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Chrysalis {

TaskQueueModel::TaskQueueModel(LocalStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_rows = fetchPage();
}

void TaskQueueModel::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 1);
}

void TaskQueueModel::setQuery(const TaskQueueQuery &query)
{
    m_changing = true;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_exhausted = false;
    m_rows = fetchPage();
    endResetModel();
    m_changing = false;
}

void TaskQueueModel::setSearch(const QString &search)
{
    TaskQueueQuery query = m_query;
    query.search = search;
    setQuery(query);
}

void TaskQueueModel::setTakeableOnly(bool takeableOnly)
{
    TaskQueueQuery query = m_query;
    query.takeableOnly = takeableOnly;
    setQuery(query);
}

void TaskQueueModel::reload()
{
    setQuery(m_query);
}

QList<TaskQueueRow> TaskQueueModel::fetchPage()
{
    const std::optional<TaskQueueRow> after = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast());
    auto page = m_store.taskQueuePage(m_query, after, m_pageSize);
    if (!page) {
        m_exhausted = true;
        qCWarning(lcSync).noquote() << "task queue:" << page.error().message;
        Q_EMIT loadFailed(page.error().message);
        return {};
    }
    if (page->size() < m_pageSize)
        m_exhausted = true;
    return *page;
}

std::optional<TaskQueueRow> TaskQueueModel::row(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

qint64 TaskQueueModel::matchingCount() const
{
    auto count = m_store.taskQueueCount(m_query);
    return count ? *count : 0;
}

qint64 TaskQueueModel::matchingCount(qint64 cap) const
{
    // The rows already fetched are counted without asking the store again.
    if (m_exhausted || m_rows.size() >= cap)
        return std::min<qint64>(m_rows.size(), cap);
    auto count = m_store.taskQueueCount(m_query, cap);
    return count ? *count : 0;
}

int TaskQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void TaskQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_changing)
        return;
    m_changing = true;
    const QList<TaskQueueRow> page = fetchPage();
    if (!page.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    m_changing = false;
}

void TaskQueueModel::sort(int column, Qt::SortOrder order)
{
    static const TaskQueueSort sorts[] = {TaskQueueSort::Title,    TaskQueueSort::Standing, TaskQueueSort::Pay,
                                          TaskQueueSort::Estimate, TaskQueueSort::Hourly,   TaskQueueSort::ItemsOpen,
                                          TaskQueueSort::Tier,     TaskQueueSort::ItemsOpen};
    if (column < 0 || column >= ColumnCount || column == Warnings)
        return;
    TaskQueueQuery query = m_query;
    query.sort = sorts[column];
    query.order = order;
    setQuery(query);
}

QString TaskQueueModel::formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return tr("unknown");
    if (seconds < 60)
        return tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < 3600) {
        const int minutes = static_cast<int>((seconds + 30) / 60);
        return tr("%n min", nullptr, minutes);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString TaskQueueModel::gateReasonText(const QString &reason)
{
    if (reason == u"suspended")
        return tr("Your account is suspended.");
    if (reason == u"own_task")
        return tr("You posted this task.");
    if (reason == u"not_published")
        return tr("The task is not open for work.");
    if (reason == u"already_answered")
        return tr("You have answered every item you could take.");
    if (reason == u"conflict_needs_gold")
        return tr("Panels take gold workers only.");
    if (reason == u"feedback_needs_silver")
        return tr("Feedback tasks take silver and gold workers only.");
    if (reason == u"caterpillar_needs_silver")
        return tr("Tasks of caterpillar requesters take silver and gold workers only.");
    if (reason == u"tier")
        return tr("Your tier is below the task's minimum tier.");
    if (reason == u"skill")
        return tr("A required skill is missing from your profile.");
    if (reason == u"content_filter")
        return tr("The task carries a content warning you have not opted in to.");
    if (reason == u"full")
        return tr("No slot is free for you right now.");
    if (reason == u"qualification")
        return tr("You have not passed the paid qualification this task requires.");
    if (reason == u"exposure_limit")
        return tr("Taking these items would go over today's limit you set for one of the task's content warnings.");
    return tr("Not available (%1).").arg(reason);
}

std::optional<TaskQueueModel::QualificationGate> TaskQueueModel::qualificationGate(const QString &taskId) const
{
    auto task = m_store.read(u"task"_s, taskId);
    if (!task || !task->has_value())
        return std::nullopt;
    auto revision = m_store.read(u"task_revision"_s, (*task)->value(u"revision_id"_s).toString());
    if (!revision || !revision->has_value())
        return std::nullopt;
    const QJsonObject required = (*revision)->value(u"qualification"_s).toObject();
    const QString qualificationId = required.value(u"task_id"_s).toString();
    if (qualificationId.isEmpty())
        return std::nullopt;
    QualificationGate gate;
    gate.taskId = qualificationId;
    gate.passMark = required.value(u"pass_mark"_s).toDouble();
    if (auto qualification = m_store.read(u"task"_s, qualificationId); qualification && qualification->has_value())
        gate.title = (*qualification)->value(u"title"_s).toString();
    return gate;
}

QString TaskQueueModel::qualificationText(const QualificationGate &gate)
{
    const QString passMark = QLocale().toString(qRound(gate.passMark * 100.0));
    if (gate.title.isEmpty())
        return tr("Pass the paid qualification task this task requires first (pass mark %1 %).").arg(passMark);
    return tr("Pass the paid qualification “%1” first (pass mark %2 %).").arg(gate.title, passMark);
}

QString TaskQueueModel::gateReasonText(const TaskQueueRow &task, const QString &reason) const
{
    if (reason == u"qualification") {
        if (const auto gate = qualificationGate(task.id))
            return qualificationText(*gate);
    }
    return gateReasonText(reason);
}

QVariant TaskQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TaskQueueRow &task = m_rows.at(index.row());
    switch (role) {
    case TaskIdRole:
        return task.id;
    case CanTakeRole:
        return task.canTake;
    case GateReasonsRole:
        return task.gateReasons;
    case QualificationTaskIdRole:
        if (task.gateReasons.contains(u"qualification"_s)) {
            if (const auto gate = qualificationGate(task.id))
                return gate->taskId;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Pay || index.column() == Hourly || index.column() == ItemsOpen ||
            index.column() == Estimate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!task.canTake && !task.gateReasons.isEmpty()) {
            QStringList lines;
            for (const QString &reason : task.gateReasons)
                lines.append(gateReasonText(task, reason));
            return lines.join(u'\n');
        }
        return {};
    case SortValueRole:
        switch (index.column()) {
        case Pay:
            return task.payCents;
        case Estimate:
            return task.estimateSeconds;
        case Hourly:
            return task.hourlyCents;
        case ItemsOpen:
            return task.itemsOpen;
        case Tier:
            return task.tierRank;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Title:
            return task.title;
        case Standing:
            return task.origin == u"butterfly" ? tr("Butterfly") : tr("Caterpillar");
        case Pay:
            return formatCents(task.payCents);
        case Estimate:
            return formatDuration(task.estimateSeconds);
        case Hourly:
            return task.estimateSeconds > 0 ? tr("%1/h").arg(formatCents(task.hourlyCents)) : tr("—");
        case ItemsOpen:
            return QLocale().toString(task.itemsOpen);
        case Tier:
            if (task.minTier == u"gold")
                return tr("Gold");
            if (task.minTier == u"silver")
                return tr("Silver");
            return tr("Bronze");
        case Warnings:
            return task.contentWarnings.join(u", "_s);
        }
        return {};
    default:
        return {};
    }
}

QVariant TaskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Task");
    case Standing:
        return tr("Requester");
    case Pay:
        return tr("Pay");
    case Estimate:
        return tr("Time");
    case Hourly:
        return tr("Per hour");
    case ItemsOpen:
        return tr("Left");
    case Tier:
        return tr("Tier");
    case Warnings:
        return tr("Warnings");
    }
    return {};
}

} // namespace Chrysalis
