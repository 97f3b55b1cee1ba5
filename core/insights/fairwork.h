#pragma once

#include "core/insights/goldrecord.h"

#include "core/domain/money.h"
#include "core/policy/policy.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace Chrysalis {

// The fair-work figures a worker sees about their own work, computed from mirror rows only. Pure functions:
// no storage, no formatting (the UI formats money with QLocale), never a rule of its own — mistake pay and
// lost conflicts come from core/policy.

// The Monday (UTC) that starts the ISO week holding `at`. Sunday 23:59:59 belongs to the week before Monday 00:00.
QDate isoWeekStart(const QDateTime &at);
// "2026-W47": the ISO year and week of a week start.
QString isoWeekLabel(const QDate &weekStart);

// Cents per hour, rounded down; no figure without measured time.
std::optional<Cents> hourlyPayCents(Cents earned, qint64 seconds);

// One ISO week of paid answers: what they earned and the seconds measured on them.
struct WeekEarnings {
    QDate weekStart;
    Cents earnedCents = 0;
    qint64 secondsSpent = 0;
    int answers = 0;
    std::optional<Cents> hourlyCents() const { return hourlyPayCents(earnedCents, secondsSpent); }
};

// Paid answers (approved or settled; the worker is paid P either way) of `workerId`, by the ISO week they were
// submitted in, oldest first, weeks without paid answers left out.
QList<WeekEarnings> earningsPerWeek(const QList<QJsonObject> &answers, const QString &workerId);

// A bar of the hourly pay distribution: paid answers whose own hourly pay is in [fromCents, toCents).
struct HourlyPayBucket {
    Cents fromCents = 0;
    Cents toCents = 0;
    int answers = 0;
};

// Hourly pay per paid answer, in buckets `bucketWidthCents` wide from 0 up to the highest one seen. Answers
// without measured seconds have no hourly pay and are left out. Empty when no answer qualifies.
QList<HourlyPayBucket> hourlyPayDistribution(const QList<QJsonObject> &answers, const QString &workerId,
                                             Cents bucketWidthCents);

// The worker's own record.
struct FairWorkFigures {
    int answersSubmitted = 0;
    int approved = 0; // approved by the requester (or by the clock)
    int pendingReview = 0;
    int inConflict = 0; // rejected, panel open
    int settled = 0; // rejected, panel closed
    int conflictsWon = 0;
    int conflictsLost = 0;
    // Approved among reviewed answers (approved + rejected), in basis points; none before any review.
    std::optional<BasisPoints> approvalRateBp;

    Cents earningsCents = 0; // every earnings line of the ledger
    Cents answerEarningsCents = 0; // ledger lines for answers: approve and settlement
    Cents feedbackEarningsCents = 0;
    Cents arbiterEarningsCents = 0;
    Cents teamEarningsCents = 0; // flash-team seats: approved deliveries and settled team conflicts
    qint64 paidSeconds = 0; // measured on paid answers
    qint64 awaitingSeconds = 0; // measured on answers not reviewed yet: paid later, never unpaid
    qint64 unpaidSeconds = 0; // measured on answers that ended without pay: should stay zero
    std::optional<Cents> hourlyCents; // answer earnings of paid answers ÷ their measured time

    Cents mistakePayCents = 0; // in the rolling window
    Cents mistakeAllowanceCents = 0;
    bool overAllowance = false;

    // The three capability modes of MECHANISM.md, shown separately.
    int feedbackTasksDone = 0; // diagnostic work
    int votesOnClosedPanels = 0; // diagnostic work: own votes on panels that closed
    int votesWithPanel = 0; // ...that sided with the panel's outcome
    int reframeProposals = 0; // generative reframing: the worker's proposals in the mirror
    // The account's adopted_proposals, the server's credit; the mirror's count of adopted ones before the
    // account carries it.
    int reframesAdopted = 0;
    int reframesOpen = 0;
    int reframesDeclined = 0;
    std::optional<BasisPoints> arbitrationAgreementBp() const;

    GoldRecord gold; // execution reliability: the record on gold (test) items
    std::optional<ArbiterCalibrationFigures> calibration; // diagnostic work: an arbiter's agreement with closed panels
};

// What the mirror holds for the signed-in worker.
struct FairWorkInput {
    QString workerId;
    QList<QJsonObject> answers;
    QList<QJsonObject> conflicts;
    QList<QJsonObject> votes;
    QList<QJsonObject> ledgerEntries;
    QList<QJsonObject> reframeProposals;
    QJsonObject account; // the worker's own account row
    QJsonObject wallet;
    QJsonObject tierProgress;
};

FairWorkFigures fairWorkFigures(const FairWorkInput &input, const Policy &policy);

// One of the worker's own reframe proposals, as their dashboard lists it.
struct OwnReframeProposal {
    QString id;
    QString taskId;
    QString taskTitle; // the proposed revision's title
    QString rationale;
    QString state; // open, adopted, declined
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    int acceptedHunks = 0;
};

// The worker's own proposals among `proposals`, newest first.
QList<OwnReframeProposal> ownReframeProposals(const QList<QJsonObject> &proposals, const QString &workerId);

// How close a silver or gold worker is to losing their tier, from `tier_progress.keep_rule`: the current
// tier's lost-conflict limit over its window of recent answers. Demotion comes when lostInWindow exceeds
// limit, so at the limit one more lost conflict demotes.
struct DemotionRisk {
    QString tier; // silver or gold
    QString tierBelow;
    int lostInWindow = 0;
    int limit = 0;
    int windowAnswers = 0;

    // Lost conflicts the worker may still have in the window and keep the tier; 0 at the limit.
    int toSpare() const { return std::max(0, limit - lostInWindow); }
    bool atLimit() const { return lostInWindow >= limit; }
};

// None for bronze (no tier to lose) or a tier_progress row without a keep rule.
std::optional<DemotionRisk> demotionRisk(const QJsonObject &tierProgress);

// How one closed panel split, for a panel the worker answered for or voted on.
struct PanelSplit {
    QString conflictId;
    bool answered = false; // the worker's own answer was judged; otherwise they sat on the panel
    int workerFaultVotes = 0;
    int requesterFaultVotes = 0;
};

// The latest `latest` closed panels of the mirror that judged the worker's answer or carry their own vote,
// oldest first (panel ids are time-ordered).
QList<PanelSplit> panelSplits(const QList<QJsonObject> &conflicts, const QList<QJsonObject> &votes,
                              const QString &workerId, int latest);

// Ratings per value behind a requester's published aggregate (`account.rating_distribution`), rating.min
// first; empty until the server published one.
QList<int> ratingDistribution(const QJsonObject &account);

// Who a closed panel found at fault, by the policy's loss threshold: true when the worker lost it.
bool workerLostConflict(const QJsonObject &conflict, const Policy &policy);
// Whether a closed panel's outcome went against the requester.
bool requesterLostConflict(const QJsonObject &conflict, const Policy &policy);

} // namespace Chrysalis
