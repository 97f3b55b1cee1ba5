#pragma once

#include "core/domain/money.h"
#include "core/sync/localstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// Words and figures shared by the review, arbitration and money pages: the labels of the codes the
// server sends, money and durations for display, and the signed-in account read from the mirror.
class ArbitrationText
{
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::ArbitrationText)

public:
    // Integer cents in the locale's notation ("$1,234.05"); never through floating point.
    static QString money(Cents cents);
    // A signed amount for ledger lines ("+$0.40", "−$1.20").
    static QString signedMoney(Cents cents);
    // "2 d 5 h", "3 h 20 min", "4 min"; zero and below read "now".
    static QString duration(qint64 seconds);
    static QString dateTime(const QDateTime &time);

    // The rejection reason codes answer.review@1 accepts, in the order a requester reads them.
    static QStringList reasonCodes();
    static QString reasonCodeLabel(const QString &code);
    static QString answerStatusLabel(const QString &status);
    static QString faultLabel(const QString &fault);
    // Why a panel (or any gated work) is not offered, from a gate reason code.
    static QString gateReasonText(const QString &reason);
    // A ledger book key ("escrow:<id>") as the owner reads it.
    static QString bookLabel(const QString &accountKey);
    static QString ledgerKindLabel(const QString &kind);
};

// The signed-in account as the mirror holds it (the only account row a client receives), or an
// empty object before the first pull.
QJsonObject ownAccount(LocalStore &store);

// The title of what a panel judges: the task of a rejected answer, or a flash team's task for a
// rejected team delivery (`kind: "team"`).
QString conflictTitle(const QJsonObject &conflict);
bool isTeamConflict(const QJsonObject &conflict);
// Whether the signed-in worker holds a seat on the team whose delivery a team panel judges. The panel names
// members by pseudonym only; a member knows the team from the seat on their own team task.
bool isOwnTeamConflict(LocalStore &store, const QJsonObject &conflict);

// A time on the wire ("2026-11-22T18:57:23.478Z") in UTC; invalid when absent or malformed.
QDateTime wireTime(const QJsonValue &value);

} // namespace Chrysalis
