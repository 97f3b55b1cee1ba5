#pragma once

#include "core/domain/conflict.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// A conflict panel as the server stores it, with the parties it judges between.
struct ConflictRecord {
    ConflictPanel panel;
    QString taskId;
    QString itemId;
    QString workerId;
    QString requesterId;
    int extensionsUsed = 0;
    QDateTime openedAt;
    QDateTime closedAt;
    Cents arbitrationFeeCents = 0;
};

// The tally and money of a closed panel.
struct ConflictOutcome {
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
    Cents requesterChargeCents = 0;
    Cents arbitrationFeeCents = 0;
    Cents mistakePayCents = 0;
};

// Storage of conflict panels and their votes. Votes are only ever inserted: they are immutable.
class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db) : m_db(db) { }

    Status insert(const ConflictRecord &record);
    Result<std::optional<ConflictRecord>> find(const QString &id, bool lock = false);
    Result<std::optional<ConflictRecord>> findByAnswer(const QString &answerId);
    // Every panel on the item, open or closed (for the visibility of the item to arbiters).
    Result<QList<ConflictRecord>> forItem(const QString &itemId);
    // forItem for many items: the panels of each item that has any, in forItem's order.
    Result<QHash<QString, QList<ConflictRecord>>> forItems(const QStringList &itemIds);
    // Open panels whose deadline is at or before now.
    Result<QStringList> openDueBy(const QDateTime &now, int limit);
    // Open → open with a later deadline; false when the panel changed meanwhile.
    Result<bool> extend(const QString &id, const QDateTime &fromDeadline, const QDateTime &toDeadline);
    // Open → closed with the outcome; false when it was no longer open.
    Result<bool> close(const QString &id, const ConflictOutcome &outcome, const QDateTime &at);

    Status insertVote(const Vote &vote);
    Status countVote(const QString &conflictId);
    Result<std::optional<Vote>> vote(const QString &id);
    Result<bool> voteExists(const QString &id);
    Result<bool> hasVoted(const QString &conflictId, const QString &arbiterId);
    // Every vote of a panel, in the order cast.
    Result<QList<Vote>> votes(const QString &conflictId);

private:
    Result<QList<ConflictRecord>> select(const QString &where, const QList<QPair<QString, QVariant>> &values,
                                         bool lock);

    Database &m_db;
};

} // namespace Chrysalis
