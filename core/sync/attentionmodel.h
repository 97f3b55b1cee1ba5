#pragma once

#include "core/sync/localstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Chrysalis {

// "Needs attention": outbox mutations the marketplace rejected (and not dismissed) or that are
// blocked, oldest first, each with its reason in words and the kept local copy of what was sent.
// Reads the outbox only; retrying and dismissing go through the sync engine.
class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { What, State, Why, When, ColumnCount };
    enum Role {
        MutationIdRole = Qt::UserRole + 1, // qint64
        BlockedRole, // bool: blocked (may be retried) rather than rejected (may be dismissed)
        LocalCopyRole, // the mutation's arguments as indented JSON
    };

    // The store must outlive the model.
    explicit AttentionModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    bool anyBlocked() const;
    // The row of a mutation, or -1.
    int rowOf(qint64 mutationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A person's name for a mutation ("Claim items" for lease.claim@1).
    static QString mutationTitle(const QString &name);
    // Why the marketplace refused it: its message, code and gate reasons in words.
    static QString reasonText(const OutboxEntry &entry);

private:
    LocalStore &m_store;
    QList<OutboxEntry> m_entries;
};

} // namespace Chrysalis
