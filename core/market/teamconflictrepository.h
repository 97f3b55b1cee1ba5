#pragma once

#include "core/market/conflictrepository.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// The panel judging a rejected flash-team delivery. `conflict.taskId` holds the team task's id; the
// answer, item and worker of an answer's conflict are empty, since the whole team is the party.
struct TeamConflictRecord {
    ConflictRecord conflict;
    QString reasonCode;
    QString reason;
    bool membersLost = false; // the panel found the team at fault (w above the loss threshold)
};

// Storage of team conflicts and their votes, beside the answers' conflict and vote tables: a team
// conflict has no answer or item to refer to. Votes are only ever inserted.
class TeamConflictRepository
{
public:
    explicit TeamConflictRepository(Database &db) : m_db(db) { }

    static QStringList migrationStatements();

    Status insert(const TeamConflictRecord &record);
    Result<std::optional<TeamConflictRecord>> find(const QString &id, bool lock = false);
    Result<std::optional<TeamConflictRecord>> findByTeam(const QString &teamTaskId);
    // Open panels whose deadline is at or before now.
    Result<QStringList> openDueBy(const QDateTime &now, int limit);
    // Open → open with a later deadline; false when the panel changed meanwhile.
    Result<bool> extend(const QString &id, const QDateTime &fromDeadline, const QDateTime &toDeadline);
    // Open → closed with the outcome; false when it was no longer open.
    Result<bool> close(const QString &id, const ConflictOutcome &outcome, bool membersLost, const QDateTime &at);

    Status insertVote(const Vote &vote);
    Result<std::optional<Vote>> vote(const QString &id);
    Result<bool> voteExists(const QString &id);
    Result<bool> hasVoted(const QString &conflictId, const QString &arbiterId);
    // Every vote of a panel, in the order cast.
    Result<QList<Vote>> votes(const QString &conflictId);

private:
    Database &m_db;
};

} // namespace Chrysalis
