#include "ui/arbitration/arbitrationtext.h"

#include "core/sync/moneytext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString ArbitrationText::money(Cents cents)
{
    return formatCents(cents);
}

QString ArbitrationText::signedMoney(Cents cents)
{
    return cents > 0 ? QLocale().positiveSign() + money(cents) : money(cents);
}

QString ArbitrationText::duration(qint64 seconds)
{
    if (seconds <= 0)
        return tr("now");
    const qint64 days = seconds / 86'400;
    const qint64 hours = (seconds % 86'400) / 3'600;
    const qint64 minutes = (seconds % 3'600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(qMax<qint64>(minutes, 1));
}

QString ArbitrationText::dateTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStringList ArbitrationText::reasonCodes()
{
    return {u"ignored_instructions"_s, u"wrong_answer"_s, u"incomplete"_s, u"low_effort"_s, u"other"_s};
}

QString ArbitrationText::reasonCodeLabel(const QString &code)
{
    if (code == u"ignored_instructions")
        return tr("Ignored the instructions");
    if (code == u"wrong_answer")
        return tr("Wrong answer");
    if (code == u"incomplete")
        return tr("Incomplete");
    if (code == u"low_effort")
        return tr("Low effort or spam");
    if (code == u"other")
        return tr("Other");
    return code;
}

QString ArbitrationText::answerStatusLabel(const QString &status)
{
    if (status == u"pending_review")
        return tr("Waiting for review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"in_conflict")
        return tr("Rejected, panel open");
    if (status == u"settled")
        return tr("Settled by a panel");
    return status;
}

QString ArbitrationText::faultLabel(const QString &fault)
{
    if (fault == u"worker")
        return tr("Worker fault");
    if (fault == u"requester")
        return tr("Requester fault");
    return fault;
}

QString ArbitrationText::gateReasonText(const QString &reason)
{
    if (reason == u"suspended")
        return tr("Your account is suspended.");
    if (reason == u"own_task")
        return tr("You are the requester in this conflict.");
    if (reason == u"already_answered")
        return tr("You are the worker whose answer is judged, or you answered the same item.");
    if (reason == u"conflict_needs_gold")
        return tr("Panels take gold workers only.");
    if (reason == u"content_filter")
        return tr("The task carries a content warning you have not opted in to.");
    if (reason == u"not_published")
        return tr("The task is not open.");
    if (reason == u"full")
        return tr("Every seat is taken.");
    if (reason == u"tier")
        return tr("Your tier is below the one required.");
    if (reason == u"skill")
        return tr("A required skill is missing from your profile.");
    return reason;
}

QString ArbitrationText::bookLabel(const QString &accountKey)
{
    const QString book = accountKey.section(u':', 0, 0);
    if (book == u"balance")
        return tr("Balance");
    if (book == u"escrow")
        return tr("Escrow");
    if (book == u"earnings")
        return tr("Earnings");
    return book;
}

QString ArbitrationText::ledgerKindLabel(const QString &kind)
{
    if (kind == u"funding" || kind == u"fund")
        return tr("Funding");
    if (kind == u"publish")
        return tr("Task published");
    if (kind == u"escrow_release")
        return tr("Escrow released");
    if (kind == u"approve")
        return tr("Answer approved");
    if (kind == u"feedback_pay")
        return tr("Feedback pay");
    if (kind == u"settlement")
        return tr("Panel settlement");
    if (kind == u"arbiter_pay")
        return tr("Arbitration pay");
    if (kind == u"payout")
        return tr("Payout");
    return kind;
}

QJsonObject ownAccount(LocalStore &store)
{
    const auto accounts = store.list(u"account"_s);
    if (!accounts || accounts->isEmpty())
        return {};
    const auto state = store.state();
    if (state) {
        for (const StoredEntity &account : *accounts) {
            if (account.id == state->userId)
                return account.data;
        }
    }
    return accounts->constFirst().data;
}

bool isTeamConflict(const QJsonObject &conflict)
{
    return conflict.value(u"kind"_s).toString() == u"team";
}

bool isOwnTeamConflict(LocalStore &store, const QJsonObject &conflict)
{
    if (!isTeamConflict(conflict))
        return false;
    const auto team = store.read(u"team_task"_s, conflict.value(u"team_task_id"_s).toString());
    return team && team->has_value() && !(*team)->value(u"my_role"_s).toString().isEmpty();
}

QString conflictTitle(const QJsonObject &conflict)
{
    return isTeamConflict(conflict) ? conflict.value(u"title"_s).toString()
                                    : conflict.value(u"revision"_s).toObject().value(u"title"_s).toString();
}

QDateTime wireTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace Chrysalis
