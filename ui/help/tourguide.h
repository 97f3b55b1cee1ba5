#pragma once

#include "ui/help/tour.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Chrysalis {

class MainWindow;
enum class PageRole;

// The hats a tour is written for; a person wearing several gets the steps of each.
enum class TourRole { Worker, Arbiter, Requester };

// "worker", "arbiter", "requester": the key a seen tour is remembered under.
QString tourRoleName(TourRole role);
// The tours for the roles a main window shows pages for, in sidebar order.
QList<TourRole> tourRolesFor(const QList<PageRole> &pageRoles);

// The steps of one role's tour over a main window with its standard pages. Steps point at the real
// widgets (sidebar rows, the Claim button, the work form, the status bar); a target the account does
// not have is left out when the tour reaches it.
QList<TourStep> tourSteps(MainWindow &window, TourRole role);
// A welcome, the steps of each role in turn, and a closing step on where help is.
QList<TourStep> tourSteps(MainWindow &window, const QList<TourRole> &roles);

// Which role tours an account has seen, in QSettings under "tours/<account>/<role>" (tests isolate it with
// QSettings::setPath or their own application name).
class TourMemory
{
public:
    // account: one person on one marketplace, e.g. "bob@127.0.0.1"; see MainWindow::tourAccount().
    explicit TourMemory(QString account);

    bool hasSeen(TourRole role) const;
    void markSeen(TourRole role);
    void forget();
    // The roles of the list not seen yet, in their order.
    QList<TourRole> unseen(const QList<TourRole> &roles) const;

private:
    QString m_group;
};

// Starts a tour of these roles over the window (nullptr when there are none); when it ends, skipped or
// done, each role is remembered as seen for the account.
Tour *startTour(MainWindow &window, const QList<TourRole> &roles, const QString &account);

// Where Help → User guide goes: the installed docs/user-guide.md when there is one beside the
// application (share/doc/chrysalis), else the guide online.
QUrl userGuideUrl();

} // namespace Chrysalis
