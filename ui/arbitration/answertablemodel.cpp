#include "ui/arbitration/answertablemodel.h"

#include "core/sync/localstore.h"
#include "ui/arbitration/arbitrationtext.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

AnswerTableModel::AnswerTableModel(LocalStore &store, std::function<QDateTime()> now, qint64 autoApproveSeconds,
                                   QObject *parent)
    : MirrorRowsModel(parent), m_store(store), m_now(std::move(now)), m_autoApproveSeconds(autoApproveSeconds)
{
    reload();
}

int AnswerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AnswerTableModel::setAutoApproveSeconds(qint64 seconds)
{
    m_autoApproveSeconds = seconds;
    refreshCountdowns();
}

void AnswerTableModel::reload()
{
    const QString me = ownAccount(m_store).value(u"id"_s).toString();
    m_taskTitles.clear();
    if (const auto tasks = m_store.list(u"task"_s)) {
        for (const StoredEntity &task : *tasks) {
            if (task.data.value(u"requester_id"_s).toString() == me)
                m_taskTitles.insert(task.id, task.data.value(u"title"_s).toString());
        }
    }
    QList<QJsonObject> rows;
    m_localIds.clear();
    if (const auto answers = m_store.list(u"answer"_s)) {
        for (const StoredEntity &answer : *answers) {
            if (!m_taskTitles.contains(answer.data.value(u"task_id"_s).toString()))
                continue;
            QJsonObject row = answer.data;
            row.insert(u"id"_s, answer.id);
            rows.append(row);
            if (answer.local)
                m_localIds.insert(answer.id);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString left = a.value(u"submitted_at"_s).toString();
        const QString right = b.value(u"submitted_at"_s).toString();
        return left != right ? left < right : a.value(u"id"_s).toString() < b.value(u"id"_s).toString();
    });
    setRows(rows);
}

void AnswerTableModel::refreshCountdowns()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AutoApprovalColumn), index(rowCount() - 1, AutoApprovalColumn));
}

qint64 AnswerTableModel::secondsToAutoApproval(const QJsonObject &answer) const
{
    const QDateTime submitted = wireTime(answer.value(u"submitted_at"_s));
    if (!submitted.isValid())
        return 0;
    return m_now().secsTo(submitted.addSecs(m_autoApproveSeconds));
}

QVariant AnswerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &answer = rowData(index.row());
    const QString id = answer.value(u"id"_s).toString();
    const QString status = answer.value(u"status"_s).toString();
    const bool pending = status == u"pending_review";
    switch (role) {
    case AnswerIdRole:
        return id;
    case TaskIdRole:
        return answer.value(u"task_id"_s).toString();
    case StatusRole:
        return status;
    case WorkerPseudonymRole:
        return answer.value(u"worker_pseudonym"_s).toString();
    case SecondsToAutoApprovalRole:
        return pending ? QVariant(secondsToAutoApproval(answer)) : QVariant();
    case LocalRole:
        return m_localIds.contains(id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return m_taskTitles.value(answer.value(u"task_id"_s).toString());
        case WorkerColumn:
            return answer.value(u"worker_pseudonym"_s).toString();
        case StatusColumn: {
            const QString label = ArbitrationText::answerStatusLabel(status);
            return m_localIds.contains(id) ? tr("%1 (not sent yet)").arg(label) : label;
        }
        case SubmittedColumn:
            return ArbitrationText::dateTime(wireTime(answer.value(u"submitted_at"_s)));
        case AutoApprovalColumn:
            if (!pending)
                return QString();
            return secondsToAutoApproval(answer) > 0
                           ? tr("in %1").arg(ArbitrationText::duration(secondsToAutoApproval(answer)))
                           : tr("due now");
        case PayColumn:
            return ArbitrationText::money(answer.value(u"pay_cents"_s).toInteger());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AutoApprovalColumn && pending)
            return tr("Answers not reviewed within %1 of submission are approved and paid automatically.")
                    .arg(ArbitrationText::duration(m_autoApproveSeconds));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PayColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AutoApprovalColumn && pending && secondsToAutoApproval(answer) < 6 * 3'600)
            return QGuiApplication::palette().color(QPalette::Link);
        return {};
    default:
        return {};
    }
}

QVariant AnswerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case WorkerColumn:
        return tr("Worker");
    case StatusColumn:
        return tr("Status");
    case SubmittedColumn:
        return tr("Submitted");
    case AutoApprovalColumn:
        return tr("Auto-approval");
    case PayColumn:
        return tr("Pay");
    default:
        return {};
    }
}

void AnswerFilterModel::setTaskId(const QString &taskId)
{
    m_taskId = taskId;
    invalidateFilter();
}

void AnswerFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void AnswerFilterModel::setWorkerText(const QString &text)
{
    m_workerText = text.trimmed();
    invalidateFilter();
}

bool AnswerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_taskId.isEmpty() && index.data(AnswerTableModel::TaskIdRole).toString() != m_taskId)
        return false;
    if (!m_status.isEmpty() && index.data(AnswerTableModel::StatusRole).toString() != m_status)
        return false;
    if (!m_workerText.isEmpty() &&
        !index.data(AnswerTableModel::WorkerPseudonymRole).toString().contains(m_workerText, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Chrysalis
