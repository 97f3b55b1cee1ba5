#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Chrysalis {

// One row of a pulled `worker_board_entry`: a pseudonym and its record, never an account id.
struct WorkerBoardEntry {
    QString tier; // bronze, silver, gold
    QString board; // approved_answers or arbitration_agreement
    int position = 0;
    int rank = 0;
    QString pseudonym;
    int approvedAnswers = 0;
    int panelVotes = 0;
    int agreedVotes = 0;

    // agreedVotes ÷ panelVotes in basis points; none without votes.
    std::optional<qint64> agreementBp() const;
    static WorkerBoardEntry fromJson(const QJsonObject &json);
};

// The rows of one board (tier and measure) by position; rows of other boards and without a position dropped.
QList<WorkerBoardEntry> workerBoardRows(const QList<QJsonObject> &entries, const QString &tier, const QString &board);

// One worker board for a table view: rank, pseudonym, approved answers, arbitration agreement. Read-only.
class WorkerBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, PseudonymColumn, ApprovedColumn, AgreementColumn, ColumnCount };
    enum Role { OwnRowRole = Qt::UserRole + 1, SortValueRole };

    explicit WorkerBoardModel(QObject *parent = nullptr);

    void setRows(const QList<WorkerBoardEntry> &rows);
    // Marks the rows of this pseudonym (the viewer) for OwnRowRole.
    void setOwnPseudonym(const QString &pseudonym);
    const QList<WorkerBoardEntry> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkerBoardEntry> m_rows;
    QString m_ownPseudonym;
};

} // namespace Chrysalis
