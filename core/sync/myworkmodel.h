#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Chrysalis {

class LocalStore;

// "My work": every answer the worker gave, newest first, with where it stands (waiting to sync,
// pending review, approved, in conflict, settled, or refused by the server) and its pay. Reads the
// mirror, the overlay and the outbox; never writes to the store.
class MyWorkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Task, Submitted, Status, Pay, ColumnCount };
    enum Role {
        StatusCodeRole = Qt::UserRole + 1, // "waiting", "pending_review", …, "rejected", "blocked"
        SortValueRole, // submitted time, pay in cents (-1 when not known yet)
    };

    struct Answer {
        QString task;
        QDateTime submitted;
        QString statusCode;
        qint64 payCents = -1; // -1: not known yet
        QString note; // the reviewer's or the server's reason, if any
    };

    // The store must outlive the model; the answers shown are those of the store's user.
    explicit MyWorkModel(LocalStore &store, QObject *parent = nullptr);

    // Re-reads every answer (after a sync or a local submit).
    void reload();
    const Answer &answer(int row) const { return m_answers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &statusCode);

private:
    LocalStore &m_store;
    QList<Answer> m_answers;
};

} // namespace Chrysalis
