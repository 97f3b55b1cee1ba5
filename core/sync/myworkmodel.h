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
    enum Column { Task, Submitted, Status, Pay, TestItem, ColumnCount };
    enum Role {
        StatusCodeRole = Qt::UserRole + 1, // "waiting", "pending_review", …, "rejected", "blocked"
        SortValueRole, // submitted time, pay in cents (-1 when not known yet)
        AnswerIdRole, // empty for an answer the marketplace refused
        GoldWrongRole, // bool: reviewed and scored wrong on a test (gold) item
        ContestStateRole, // the answer's gold contest: "", "waiting", "open", "upheld", "dismissed"
        CanContestRole, // bool: scored wrong and not contested yet
    };

    struct Answer {
        QString task;
        QDateTime submitted;
        QString statusCode;
        qint64 payCents = -1; // -1: not known yet
        QString note; // the reviewer's or the server's reason, if any
        QString id; // the answer id; empty for a refused answer
        bool goldWrong = false; // the answer carries gold {correct: false}
        QString contestState; // "", "waiting" (not synced yet), "open", "upheld", "dismissed"
        QString contestNote; // the requester's note once resolved
        bool canContest() const { return goldWrong && contestState.isEmpty(); }
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
    // The Test item column: what a gold score and its contest mean to the worker; empty otherwise.
    static QString testItemText(const Answer &answer);
    // The row of an answer id; -1 when not shown.
    int rowOf(const QString &answerId) const;

private:
    LocalStore &m_store;
    QList<Answer> m_answers;
};

} // namespace Chrysalis
