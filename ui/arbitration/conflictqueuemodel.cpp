#include "ui/arbitration/conflictqueuemodel.h"

#include "core/sync/localstore.h"
#include "ui/arbitration/arbitrationtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {
// Set on a team panel's row when the signed-in worker holds a seat on that team.
const QString kTeamMemberKey = QStringLiteral("_team_member");
} // namespace

ConflictQueueModel::ConflictQueueModel(LocalStore &store, Scope scope, std::function<QDateTime()> now, QObject *parent)
    : MirrorRowsModel(parent), m_store(store), m_scope(scope), m_now(std::move(now))
{
    reload();
}

void ConflictQueueModel::setPolicy(const Policy &policy)
{
    m_policy = policy;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConflictQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ConflictQueueModel::reload()
{
    m_me = ownAccount(m_store).value(u"id"_s).toString();
    m_myVotes.clear();
    if (const auto votes = m_store.list(u"vote"_s)) {
        for (const StoredEntity &vote : *votes) {
            const QString arbiter = vote.data.value(u"arbiter_id"_s).toString();
            if (!arbiter.isEmpty() && arbiter == m_me)
                m_myVotes.insert(vote.data.value(u"conflict_id"_s).toString(), vote.local);
        }
    }
    QList<QJsonObject> rows;
    if (const auto conflicts = m_store.list(u"conflict"_s)) {
        for (const StoredEntity &conflict : *conflicts) {
            QJsonObject row = conflict.data;
            row.insert(u"id"_s, conflict.id);
            if (isOwnTeamConflict(m_store, row))
                row.insert(kTeamMemberKey, true);
            const bool party = isParty(row);
            const bool open = row.value(u"state"_s).toString() == u"open";
            const bool offered = open && !party;
            if ((m_scope == Scope::Offered) == offered ||
                (m_scope == Scope::Involved && m_myVotes.contains(conflict.id)))
                rows.append(row);
        }
    }
    // Ordered by a key that never changes for one panel: its id (UUIDv7, so creation order).
    std::sort(rows.begin(), rows.end(), [this](const QJsonObject &a, const QJsonObject &b) {
        const QString left = a.value(u"id"_s).toString();
        const QString right = b.value(u"id"_s).toString();
        return m_scope == Scope::Offered ? left < right : left > right;
    });
    setRows(rows);
}

void ConflictQueueModel::refreshCountdowns()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(rowCount() - 1, DeadlineColumn));
}

bool ConflictQueueModel::isParty(const QJsonObject &conflict) const
{
    return !m_me.isEmpty() &&
           (conflict.value(u"worker_id"_s).toString() == m_me || conflict.value(u"requester_id"_s).toString() == m_me ||
            conflict.value(kTeamMemberKey).toBool());
}

QString ConflictQueueModel::yourPart(const QJsonObject &conflict) const
{
    const QString id = conflict.value(u"id"_s).toString();
    if (conflict.value(u"worker_id"_s).toString() == m_me)
        return tr("Your answer");
    if (conflict.value(kTeamMemberKey).toBool())
        return tr("Your team's delivery");
    if (conflict.value(u"requester_id"_s).toString() == m_me)
        return tr("Your rejection");
    if (m_myVotes.contains(id))
        return m_myVotes.value(id) ? tr("Voted (not sent yet)") : tr("Voted");
    return tr("Not voted");
}

QVariant ConflictQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &conflict = rowData(index.row());
    const QString id = conflict.value(u"id"_s).toString();
    const bool open = conflict.value(u"state"_s).toString() == u"open";
    const qint64 secondsLeft = m_now().secsTo(wireTime(conflict.value(u"deadline"_s)));
    switch (role) {
    case ConflictIdRole:
        return id;
    case StateRole:
        return conflict.value(u"state"_s).toString();
    case SecondsToDeadlineRole:
        return secondsLeft;
    case VotedRole:
        return m_myVotes.contains(id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return conflictTitle(conflict);
        case ReasonColumn:
            return ArbitrationText::reasonCodeLabel(conflict.value(u"reason_code"_s).toString());
        case SeatsColumn:
            return tr("%1 of %2").arg(conflict.value(u"votes_cast"_s).toInt()).arg(conflict.value(u"seats"_s).toInt());
        case DeadlineColumn:
            if (!open)
                return tr("Closed");
            return conflict.value(u"extended"_s).toBool()
                           ? tr("%1 left (extended)").arg(ArbitrationText::duration(secondsLeft))
                           : tr("%1 left").arg(ArbitrationText::duration(secondsLeft));
        case PayColumn:
            // A party sees the answer's pay at stake; an arbiter the flat pay for voting.
            return ArbitrationText::money(isParty(conflict) ? conflict.value(u"pay_cents"_s).toInteger()
                                                            : m_policy.panel.arbiterPayCents);
        case YourPartColumn:
            return yourPart(conflict);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn)
            return ArbitrationText::dateTime(wireTime(conflict.value(u"deadline"_s)));
        if (index.column() == PayColumn)
            return isParty(conflict) ? tr("The pay of the rejected answer; the worker receives it in full.")
                                     : tr("Every arbiter who votes is paid this, whatever the outcome.");
        if (index.column() == SeatsColumn)
            return tr("Votes cast so far; how they split stays hidden until the panel closes.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PayColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ConflictQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case ReasonColumn:
        return tr("Rejected for");
    case SeatsColumn:
        return tr("Seats filled");
    case DeadlineColumn:
        return tr("Deadline");
    case PayColumn:
        return tr("Pay");
    case YourPartColumn:
        return tr("Your part");
    default:
        return {};
    }
}

} // namespace Chrysalis
