#pragma once

#include "core/domain/answer.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// The figures of one worker's tier record that only grow or shrink with single changes: answers given,
// approved ones, lost ones, lost team deliveries and feedback tasks done.
struct WorkerCounts {
    qint64 answers = 0;
    qint64 approvedAnswers = 0; // approved, or settled without a lost conflict
    qint64 lostAnswers = 0; // answers whose conflict the worker lost
    qint64 teamLosses = 0; // team deliveries whose conflict the worker's team lost
    qint64 feedbackDone = 0; // feedback tasks submitted (and later resolved)

    // Entries of the lost-conflict sequence: every answer and every lost team delivery.
    qint64 entries() const { return answers + teamLosses; }
    bool anyLoss() const { return lostAnswers + teamLosses > 0; }
    bool operator==(const WorkerCounts &) const = default;
};

// Per-worker counters behind every tier record, kept in the transaction of each change to what they
// count, so every worker's progress reads one row per worker instead of all their answers. add() is the
// one writer; the repositories that change answers, feedback and team conflicts call it.
class WorkerCounters
{
public:
    explicit WorkerCounters(Database &db) : m_db(db) { }

    // The table, then a backfill from the existing rows so an existing marketplace starts exact.
    static QStringList migrationStatements();
    // The backfill alone: rebuilds every worker's row from the answer, feedback and team tables.
    static QStringList recountStatements();

    Status add(const QString &workerId, const WorkerCounts &delta);
    // The change one answer's move from (status, lost) to (status, lost) makes to its worker's counts.
    Status answerChanged(const QString &workerId, AnswerStatus fromStatus, bool fromLost, AnswerStatus toStatus,
                         bool toLost);
    Status answerAdded(const QString &workerId, AnswerStatus status);
    Status feedbackDone(const QString &workerId);
    // Every member of the team task counts the lost delivery.
    Status teamLost(const QString &teamTaskId);

    // Zeros for a worker without a row.
    Result<WorkerCounts> counts(const QString &workerId);
    // The lost-conflict flags of the worker's latest `latest` entries, newest first: answers by submission
    // and lost team deliveries by delivery (then by id). Reads no answer when the counts hold no loss.
    Result<QList<bool>> recentLostFlags(const QString &workerId, int latest, const WorkerCounts &counts);

    // Whether an answer in this state counts as approved for the tier record.
    static bool approved(AnswerStatus status, bool lost);

    // Lost team deliveries as (worker_id, at, id) rows, one per member: for the window statements.
    static QString teamLossEntries();

private:
    Database &m_db;
};

} // namespace Chrysalis
