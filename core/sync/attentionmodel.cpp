#include "core/sync/attentionmodel.h"

#include "core/domain/validationtext.h"
#include "core/sync/taskqueuemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

AttentionModel::AttentionModel(LocalStore &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

QString AttentionModel::mutationTitle(const QString &name)
{
    const QString base = name.section(u'@', 0, 0);
    if (base == u"lease.claim")
        return tr("Claim items");
    if (base == u"lease.release")
        return tr("Release an item");
    if (base == u"answer.submit")
        return tr("Submit an answer");
    if (base == u"answer.review")
        return tr("Review an answer");
    if (base == u"feedback.submit")
        return tr("Submit feedback");
    if (base == u"feedback.resolve")
        return tr("Resolve feedback");
    if (base == u"vote.cast")
        return tr("Cast a vote");
    if (base == u"task.rate")
        return tr("Rate a task");
    if (base == u"task.draft_save")
        return tr("Save a task draft");
    if (base == u"task.items_add")
        return tr("Add items");
    if (base == u"task.publish")
        return tr("Publish a task");
    if (base == u"reframe.propose")
        return tr("Propose a reframing");
    if (base == u"tier.accept")
        return tr("Accept a tier");
    if (base == u"profile.update")
        return tr("Update the profile");
    return name;
}

QString AttentionModel::reasonText(const OutboxEntry &entry)
{
    // The marketplace writes its messages in English; core's fixed ones read in the user's language.
    QString why = Validation::translated(entry.outcomeMessage());
    if (!entry.outcomeCode.isEmpty())
        why = why.isEmpty() ? entry.outcomeCode : tr("%1 (%2)", "message (error code)").arg(why, entry.outcomeCode);
    // Gate reasons in words, as the queue explains them.
    QStringList reasons;
    const QJsonArray codes = entry.outcome.value(u"details"_s).toObject().value(u"reasons"_s).toArray();
    for (const QJsonValue &code : codes)
        reasons.append(TaskQueueModel::gateReasonText(code.toString()));
    if (!reasons.isEmpty())
        why = tr("%1: %2", "message: reasons").arg(why, reasons.join(u' '));
    return why;
}

void AttentionModel::reload()
{
    auto entries = m_store.needsAttention();
    beginResetModel();
    m_entries = entries ? *entries : QList<OutboxEntry>();
    endResetModel();
}

bool AttentionModel::anyBlocked() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const OutboxEntry &entry) { return entry.state == OutboxState::Blocked; });
}

int AttentionModel::rowOf(qint64 mutationId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).mutationId == mutationId)
            return static_cast<int>(row);
    }
    return -1;
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    const bool blocked = entry.state == OutboxState::Blocked;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return mutationTitle(entry.name);
        case State:
            return blocked ? tr("Blocked") : tr("Rejected");
        case Why:
            return reasonText(entry);
        case When:
            return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Why ? QVariant(reasonText(entry)) : QVariant();
    case MutationIdRole:
        return entry.mutationId;
    case BlockedRole:
        return blocked;
    case LocalCopyRole:
        return QString::fromUtf8(QJsonDocument(entry.args).toJson(QJsonDocument::Indented));
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("What");
    case State:
        return tr("State");
    case Why:
        return tr("Why");
    case When:
        return tr("When");
    }
    return {};
}

} // namespace Chrysalis
