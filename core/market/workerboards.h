#pragma once

#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

class MarketEngine;

namespace Entity {
inline const QString WorkerBoardEntry = QStringLiteral("worker_board_entry");
} // namespace Entity

// One row of a worker board: pseudonym and record only, never the account id. Boards are per tier and per
// measure: `approved_answers`, and `arbitration_agreement` (votes on closed panels that sided with the outcome).
struct WorkerBoardRow {
    QString tier;
    QString board;
    int position = 0;
    int rank = 0;
    QString workerId; // kept on the server only
    QString pseudonym;
    int approvedAnswers = 0;
    int panelVotes = 0;
    int agreedVotes = 0;

    QString entityId() const;
    QJsonObject toJson() const;
    bool operator==(const WorkerBoardRow &) const = default;
};

// The opt-in, pseudonymous worker boards. Only workers who opted in are ranked. The boards are a stored
// snapshot recomputed by the clock work (every run) and on each opt-in change; a recompute announces only the
// positions whose row changed, so a pull carries nothing while the boards stand still.
class WorkerBoards
{
public:
    static constexpr int kTop = 25; // positions per board
    static constexpr int kMinVotesForAgreement = 5; // closed-panel votes before an agreement share is ranked

    explicit WorkerBoards(Database &db) : m_db(db) { }

    static QStringList migrationStatements();

    Result<bool> optedIn(const QString &accountId);
    Status setOptIn(const QString &accountId, bool optIn, const QDateTime &at);

    // The boards as they would be now, from the records of opted-in, unsuspended workers.
    Result<QList<WorkerBoardRow>> compute(qint64 lossThresholdBp);
    // Recomputes, stores the snapshot, and announces every changed position (deletes for positions gone).
    Status refresh(MarketEngine &engine);
    Result<std::optional<WorkerBoardRow>> entry(const QString &entityId);

private:
    Result<QList<WorkerBoardRow>> stored();

    Database &m_db;
};

// `worker_board_entry` for anyone signed in.
Result<std::optional<QJsonObject>> renderWorkerBoardEntry(Database &db, const QString &id);

} // namespace Chrysalis
