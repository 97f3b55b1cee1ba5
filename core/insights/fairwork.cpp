#include "core/insights/fairwork.h"

#include "core/policy/mistakes.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

bool isPaid(const QString &status)
{
    return status == u"approved" || status == u"settled";
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

QList<QJsonObject> ownAnswers(const QList<QJsonObject> &answers, const QString &workerId)
{
    QList<QJsonObject> own;
    for (const QJsonObject &answer : answers) {
        if (answer.value(u"worker_id"_s).toString() == workerId)
            own.append(answer);
    }
    return own;
}

std::optional<BasisPoints> ratioBp(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return part * 10'000 / whole;
}

} // namespace

QDate isoWeekStart(const QDateTime &at)
{
    const QDate day = at.toUTC().date();
    return day.addDays(1 - day.dayOfWeek());
}

QString isoWeekLabel(const QDate &weekStart)
{
    int year = 0;
    const int week = weekStart.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<Cents> hourlyPayCents(Cents earned, qint64 seconds)
{
    if (seconds <= 0)
        return std::nullopt;
    return earned * 3600 / seconds;
}

QList<WeekEarnings> earningsPerWeek(const QList<QJsonObject> &answers, const QString &workerId)
{
    QMap<QDate, WeekEarnings> weeks;
    for (const QJsonObject &answer : ownAnswers(answers, workerId)) {
        if (!isPaid(answer.value(u"status"_s).toString()))
            continue;
        const QDateTime submitted = parseTime(answer.value(u"submitted_at"_s));
        if (!submitted.isValid())
            continue;
        const QDate start = isoWeekStart(submitted);
        WeekEarnings &week = weeks[start];
        week.weekStart = start;
        week.earnedCents += answer.value(u"pay_cents"_s).toInteger();
        week.secondsSpent += answer.value(u"seconds_spent"_s).toInteger();
        ++week.answers;
    }
    return weeks.values();
}

QList<HourlyPayBucket> hourlyPayDistribution(const QList<QJsonObject> &answers, const QString &workerId,
                                             Cents bucketWidthCents)
{
    if (bucketWidthCents <= 0)
        return {};
    QList<Cents> hourly;
    for (const QJsonObject &answer : ownAnswers(answers, workerId)) {
        if (!isPaid(answer.value(u"status"_s).toString()))
            continue;
        if (const auto pay = hourlyPayCents(answer.value(u"pay_cents"_s).toInteger(),
                                            answer.value(u"seconds_spent"_s).toInteger()))
            hourly.append(*pay);
    }
    if (hourly.isEmpty())
        return {};
    const Cents highest = *std::max_element(hourly.cbegin(), hourly.cend());
    QList<HourlyPayBucket> buckets;
    for (Cents from = 0; from <= highest; from += bucketWidthCents)
        buckets.append({from, from + bucketWidthCents, 0});
    for (const Cents pay : std::as_const(hourly))
        ++buckets[static_cast<qsizetype>(pay / bucketWidthCents)].answers;
    return buckets;
}

bool workerLostConflict(const QJsonObject &conflict, const Policy &policy)
{
    if (conflict.value(u"state"_s).toString() != u"closed")
        return false;
    const qint64 workerFault = conflict.value(u"worker_fault_votes"_s).toInteger();
    const qint64 votes = workerFault + conflict.value(u"requester_fault_votes"_s).toInteger();
    return votes > 0 && workerFault * 10'000 > policy.panel.lossThresholdBp * votes;
}

bool requesterLostConflict(const QJsonObject &conflict, const Policy &policy)
{
    if (conflict.value(u"state"_s).toString() != u"closed")
        return false;
    const qint64 requesterFault = conflict.value(u"requester_fault_votes"_s).toInteger();
    const qint64 votes = requesterFault + conflict.value(u"worker_fault_votes"_s).toInteger();
    // No votes: the worker is not at fault (w = 0, r = 1).
    return votes == 0 || requesterFault * 10'000 > policy.panel.lossThresholdBp * votes;
}

std::optional<BasisPoints> FairWorkFigures::arbitrationAgreementBp() const
{
    return ratioBp(votesWithPanel, votesOnClosedPanels);
}

FairWorkFigures fairWorkFigures(const FairWorkInput &input, const Policy &policy)
{
    FairWorkFigures figures;
    Cents paidAnswerPay = 0;
    for (const QJsonObject &answer : ownAnswers(input.answers, input.workerId)) {
        ++figures.answersSubmitted;
        const QString status = answer.value(u"status"_s).toString();
        const qint64 seconds = answer.value(u"seconds_spent"_s).toInteger();
        const Cents pay = answer.value(u"pay_cents"_s).toInteger();
        if (status == u"approved")
            ++figures.approved;
        else if (status == u"pending_review")
            ++figures.pendingReview;
        else if (status == u"in_conflict")
            ++figures.inConflict;
        else if (status == u"settled")
            ++figures.settled;
        if (isPaid(status)) {
            if (pay > 0) {
                figures.paidSeconds += seconds;
                paidAnswerPay += pay;
            } else {
                figures.unpaidSeconds += seconds;
            }
        } else {
            figures.awaitingSeconds += seconds;
        }
    }
    figures.approvalRateBp = ratioBp(figures.approved, figures.approved + figures.inConflict + figures.settled);
    figures.hourlyCents = hourlyPayCents(paidAnswerPay, figures.paidSeconds);

    for (const QJsonObject &conflict : input.conflicts) {
        if (conflict.value(u"worker_id"_s).toString() != input.workerId)
            continue;
        if (workerLostConflict(conflict, policy))
            ++figures.conflictsLost;
        else if (requesterLostConflict(conflict, policy))
            ++figures.conflictsWon;
    }

    const QString earningsBook = u"earnings:"_s + input.workerId;
    for (const QJsonObject &line : input.ledgerEntries) {
        if (line.value(u"account"_s).toString() != earningsBook)
            continue;
        const Cents amount = line.value(u"amount_cents"_s).toInteger();
        const QString kind = line.value(u"kind"_s).toString();
        if (kind == u"payout")
            continue;
        figures.earningsCents += amount;
        if (kind == u"approve" || kind == u"settlement")
            figures.answerEarningsCents += amount;
        else if (kind == u"feedback_pay")
            figures.feedbackEarningsCents += amount;
        else if (kind == u"arbiter_pay")
            figures.arbiterEarningsCents += amount;
        else if (kind == u"team_approve" || kind == u"team_settlement")
            figures.teamEarningsCents += amount;
    }

    figures.mistakePayCents = input.wallet.value(u"mistake_pay_window_cents"_s).toInteger();
    figures.mistakeAllowanceCents = mistakeAllowance(input.wallet.value(u"earned_window_cents"_s).toInteger(), policy);
    figures.overAllowance = exceedsAllowance(figures.mistakePayCents, figures.mistakeAllowanceCents);

    figures.feedbackTasksDone = input.tierProgress.value(u"feedback_tasks_done"_s).toInt();
    figures.gold = GoldRecord::fromTierProgress(input.tierProgress);
    figures.calibration = ArbiterCalibrationFigures::fromTierProgress(input.tierProgress);
    QHash<QString, QJsonObject> conflictsById;
    for (const QJsonObject &conflict : input.conflicts)
        conflictsById.insert(conflict.value(u"id"_s).toString(), conflict);
    for (const QJsonObject &vote : input.votes) {
        if (vote.value(u"arbiter_id"_s).toString() != input.workerId)
            continue;
        const auto conflict = conflictsById.constFind(vote.value(u"conflict_id"_s).toString());
        if (conflict == conflictsById.cend() || conflict->value(u"state"_s).toString() != u"closed")
            continue;
        ++figures.votesOnClosedPanels;
        const QString fault = vote.value(u"fault"_s).toString();
        if ((fault == u"worker" && workerLostConflict(*conflict, policy)) ||
            (fault == u"requester" && requesterLostConflict(*conflict, policy)))
            ++figures.votesWithPanel;
    }
    for (const QJsonObject &proposal : input.reframeProposals) {
        if (proposal.value(u"worker_id"_s).toString() != input.workerId)
            continue;
        ++figures.reframeProposals;
        const QString state = proposal.value(u"state"_s).toString();
        if (state == u"adopted")
            ++figures.reframesAdopted;
        else if (state == u"declined")
            ++figures.reframesDeclined;
        else
            ++figures.reframesOpen;
    }
    if (const QJsonValue adopted = input.account.value(u"adopted_proposals"_s); adopted.isDouble())
        figures.reframesAdopted = adopted.toInt();
    return figures;
}

QList<OwnReframeProposal> ownReframeProposals(const QList<QJsonObject> &proposals, const QString &workerId)
{
    QList<OwnReframeProposal> own;
    for (const QJsonObject &proposal : proposals) {
        if (workerId.isEmpty() || proposal.value(u"worker_id"_s).toString() != workerId)
            continue;
        OwnReframeProposal row;
        row.id = proposal.value(u"id"_s).toString();
        row.taskId = proposal.value(u"task_id"_s).toString();
        row.taskTitle = proposal.value(u"markup_revision"_s).toObject().value(u"title"_s).toString();
        row.rationale = proposal.value(u"rationale"_s).toString();
        row.state = proposal.value(u"state"_s).toString();
        row.createdAt = QDateTime::fromString(proposal.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        row.resolvedAt = QDateTime::fromString(proposal.value(u"resolved_at"_s).toString(), Qt::ISODateWithMs);
        row.acceptedHunks = static_cast<int>(proposal.value(u"accepted_hunks"_s).toArray().size());
        own.append(row);
    }
    std::stable_sort(own.begin(), own.end(), [](const OwnReframeProposal &a, const OwnReframeProposal &b) {
        return a.createdAt > b.createdAt;
    });
    return own;
}

std::optional<DemotionRisk> demotionRisk(const QJsonObject &tierProgress)
{
    const QJsonValue keep = tierProgress.value(u"keep_rule"_s);
    if (!keep.isObject())
        return std::nullopt;
    const QJsonObject rule = keep.toObject();
    if (rule.value(u"requirement"_s).toString() != u"lost_conflicts")
        return std::nullopt;
    DemotionRisk risk;
    risk.tier = tierProgress.value(u"current"_s).toString();
    if (risk.tier == u"gold")
        risk.tierBelow = u"silver"_s;
    else if (risk.tier == u"silver")
        risk.tierBelow = u"bronze"_s;
    else
        return std::nullopt;
    risk.lostInWindow = rule.value(u"current"_s).toInt();
    risk.limit = rule.value(u"required"_s).toInt();
    risk.windowAnswers = rule.value(u"window_answers"_s).toInt();
    return risk;
}

QList<PanelSplit> panelSplits(const QList<QJsonObject> &conflicts, const QList<QJsonObject> &votes,
                              const QString &workerId, int latest)
{
    QSet<QString> voted;
    for (const QJsonObject &vote : votes) {
        if (vote.value(u"arbiter_id"_s).toString() == workerId)
            voted.insert(vote.value(u"conflict_id"_s).toString());
    }
    QList<PanelSplit> splits;
    for (const QJsonObject &conflict : conflicts) {
        if (conflict.value(u"state"_s).toString() != u"closed")
            continue;
        PanelSplit split;
        split.conflictId = conflict.value(u"id"_s).toString();
        split.answered = conflict.value(u"worker_id"_s).toString() == workerId;
        if (!split.answered && !voted.contains(split.conflictId))
            continue;
        split.workerFaultVotes = conflict.value(u"worker_fault_votes"_s).toInt();
        split.requesterFaultVotes = conflict.value(u"requester_fault_votes"_s).toInt();
        splits.append(split);
    }
    std::sort(splits.begin(), splits.end(),
              [](const PanelSplit &a, const PanelSplit &b) { return a.conflictId < b.conflictId; });
    if (latest >= 0 && splits.size() > latest)
        splits.remove(0, splits.size() - latest);
    return splits;
}

QList<int> ratingDistribution(const QJsonObject &account)
{
    QList<int> counts;
    for (const QJsonValue &count : account.value(u"rating_distribution"_s).toArray())
        counts.append(count.toInt());
    return counts;
}

} // namespace Chrysalis
