#pragma once

#include "core/domain/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

enum class ConflictState { Open, Closed };
QString conflictStateName(ConflictState state); // "open", "closed"
Result<ConflictState> parseConflictState(const QString &name);

// Whose fault a rejected answer was, in an arbiter's judgement.
enum class Fault { Worker, Requester };
QString faultName(Fault fault); // "worker", "requester"
Result<Fault> parseFault(const QString &name);

// The panel of gold arbiters that judges one rejected answer. Panels are blind: while open, the
// tally and the money are not part of the wire form, so toJson() leaves them out and fromJson()
// ignores them.
struct ConflictPanel {
    QString id;
    QString answerId;
    ConflictState state = ConflictState::Open;
    int seats = 0;
    int votesCast = 0;
    QDateTime deadline;
    bool extended = false; // the deadline was extended once already
    // The outcome: meaningful once closed.
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
    Cents requesterChargeCents = 0;
    Cents mistakePayCents = 0;

    QJsonObject toJson() const;
    static Result<ConflictPanel> fromJson(const QJsonObject &json);

    bool operator==(const ConflictPanel &) const = default;
};

inline constexpr int kMaxRationaleLength = 4000; // code points

// One arbiter's immutable vote on a panel. After the close the parties see it with arbiterId
// left out (anonymised), so arbiterId may be empty.
struct Vote {
    QString id;
    QString conflictId;
    QString arbiterId;
    Fault fault = Fault::Worker;
    QString rationale; // required: a vote without reasons is no judgement
    QDateTime castAt;

    Status validate() const;

    QJsonObject toJson() const;
    static Result<Vote> fromJson(const QJsonObject &json);

    bool operator==(const Vote &) const = default;
};

} // namespace Chrysalis
