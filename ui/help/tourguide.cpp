#include "ui/help/tourguide.h"

#include "ui/arbitration/conflictqueuepage.h"
#include "ui/arbitration/conflictspage.h"
#include "ui/arbitration/reviewpage.h"
#include "ui/diff/feedbackpage.h"
#include "ui/diff/feedbackpreview.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/queue/queuepage.h"
#include "ui/work/workpage.h"
#include "ui/work/workview.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The sidebar row of a page: the page's accessible name is its sidebar title.
TourTarget sidebarRow(MainWindow &window, const QString &pageId)
{
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    QWidget *page = window.page(pageId);
    if (!sidebar || !page || !window.pageIds().contains(pageId))
        return {};
    for (int row = 0; row < sidebar->count(); ++row) {
        QListWidgetItem *item = sidebar->item(row);
        if (item->text().startsWith(page->accessibleName()))
            return {sidebar->viewport(), sidebar->visualItemRect(item)};
    }
    return {};
}

template<typename Page>
Page *pageOf(MainWindow &window, const QString &pageId)
{
    return window.pageIds().contains(pageId) ? qobject_cast<Page *>(window.page(pageId)) : nullptr;
}

TourStep sidebarStep(MainWindow &window, const QString &id, const QString &pageId, const QString &title,
                     const QString &text)
{
    return {id, title, text, [&window, pageId] { return window.showPage(pageId); },
            [&window, pageId] { return sidebarRow(window, pageId); }};
}

TourStep widgetStep(MainWindow &window, const QString &id, const QString &pageId, const QString &title,
                    const QString &text, std::function<QWidget *()> find)
{
    return {id, title, text, [&window, pageId] { return window.showPage(pageId); },
            [find = std::move(find)] {
                return TourTarget{find(), {}};
            }};
}

// The outbox, last sync and connection indicators at the right of the status bar.
TourTarget syncIndicators(MainWindow &window)
{
    QRect area;
    for (const QString &name : {u"outboxIndicator"_s, u"lastSyncIndicator"_s, u"onlineIndicator"_s}) {
        auto *label = window.statusBar()->findChild<QLabel *>(name);
        if (label && label->isVisible())
            area |= label->geometry();
    }
    if (area.isEmpty())
        return {};
    return {window.statusBar(), area};
}

QList<TourStep> workerSteps(MainWindow &window)
{
    return {
            sidebarStep(window, u"worker.queue"_s, u"queue"_s, Tour::tr("Your task queue"),
                        Tour::tr("These are the tasks you may take, with the pay per item, the time it should take and "
                                 "the hourly pay that works out to. If a task is not offered to you, select it and ask "
                                 "“Why can't I take this?”.")),
            widgetStep(window, u"worker.claim"_s, u"queue"_s, Tour::tr("Claim a batch"),
                       Tour::tr("Pick how many items you want and claim them. Each claim is a lease: the items are "
                                "kept for you until its countdown runs out, so you can work on them offline."),
                       [&window]() -> QWidget * {
                           auto *queue = pageOf<QueuePage>(window, u"queue"_s);
                           if (!queue)
                               return nullptr;
                           for (auto *button : queue->findChildren<QPushButton *>()) {
                               if (button->isDefault())
                                   return button;
                           }
                           return nullptr;
                       }),
            widgetStep(window, u"worker.form"_s, u"work"_s, Tour::tr("Answer by keyboard"),
                       Tour::tr("The item and its answer form are here. Ctrl+Enter submits and moves on; what you type "
                                "is kept as a draft. If the task itself is framed wrongly, propose a reframing."),
                       [&window]() -> QWidget * {
                           auto *work = pageOf<WorkPage>(window, u"work"_s);
                           return work ? work->workView() : nullptr;
                       }),
            {u"worker.sync"_s, Tour::tr("Offline is fine"),
             Tour::tr("Your answers are saved on this computer first and wait here until the marketplace has them. "
                      "Chrysalis syncs by itself when you are online; F5 syncs now."),
             nullptr, [&window] { return syncIndicators(window); }},
            sidebarStep(window, u"worker.mywork"_s, u"mywork"_s, Tour::tr("Where each answer stands"),
                        Tour::tr("My work lists every answer you gave: waiting to sync, waiting for review, approved "
                                 "or in conflict. A rejected answer goes to a panel of gold arbiters, and you are paid "
                                 "for it either way.")),
            sidebarStep(window, u"worker.fairwork"_s, u"fairwork"_s, Tour::tr("Your own figures"),
                        Tour::tr("Fair work shows what you really earn per hour, your approval rate, conflicts won and "
                                 "lost, and how much of your mistake-pay allowance is used.")),
            sidebarStep(window, u"worker.profile"_s, u"profile"_s, Tour::tr("Tiers, skills and content"),
                        Tour::tr("See how close you are to the next tier; promotion is offered, never forced. Add "
                                 "your skills and choose which content warnings you agree to see.")),
    };
}

QList<TourStep> arbiterSteps(MainWindow &window)
{
    return {
            sidebarStep(window, u"arbiter.conflicts"_s, u"conflicts"_s, Tour::tr("Conflicts to judge"),
                        Tour::tr("As a gold worker you sit on panels that judge rejected answers. Every rejection "
                                 "comes here, not only the ones a requester thinks twice about.")),
            widgetStep(window, u"arbiter.panels"_s, u"conflicts"_s, Tour::tr("Open panels"),
                       Tour::tr("Panels you may sit on are listed here. Enter opens one: you see the task revision "
                                "the worker saw, the item, the answer and the reason for the rejection."),
                       [&window]() -> QWidget * {
                           auto *conflicts = pageOf<ConflictsPage>(window, u"conflicts"_s);
                           return conflicts ? conflicts->queuePage()->offeredTable() : nullptr;
                       }),
            {u"arbiter.vote"_s, Tour::tr("Vote blind, with a reason"),
             Tour::tr("Decide whether the worker or the requester was at fault and write why. Nobody sees another "
                      "vote before the panel closes, and a vote cannot be changed. Votes cast offline are sent with "
                      "the next sync."),
             [&window] { return window.showPage(u"conflicts"_s); },
             [&window] {
                 auto *conflicts = pageOf<ConflictsPage>(window, u"conflicts"_s);
                 return conflicts ? TourTarget{conflicts->queuePage(), {}} : TourTarget{};
             }},
            sidebarStep(window, u"arbiter.money"_s, u"money"_s, Tour::tr("Paid for every vote"),
                        Tour::tr("Each vote counted earns the arbitration pay. Money shows it beside your other "
                                 "earnings, line by line.")),
            sidebarStep(window, u"arbiter.agreement"_s, u"fairwork"_s, Tour::tr("How you agree with panels"),
                        Tour::tr("When a panel closes you see the outcome and the other arbiters' rationales. Fair "
                                 "work counts how often your votes agreed with the panel.")),
    };
}

QList<TourStep> requesterSteps(MainWindow &window)
{
    return {
            sidebarStep(window, u"requester.tasks"_s, u"tasks"_s, Tour::tr("Your tasks"),
                        Tour::tr("My tasks holds your drafts and published tasks. Drafts are saved on this computer, "
                                 "so you can write them offline.")),
            widgetStep(window, u"requester.editor"_s, u"tasks"_s, Tour::tr("The task editor"),
                       Tour::tr("Write the title and instructions, build the answer form, set the pay and import "
                                "items from JSONL or CSV. The price panel shows what publishing will reserve, fee "
                                "included."),
                       [&window]() -> QWidget * {
                           auto *editor = pageOf<TaskEditorPage>(window, u"tasks"_s);
                           return editor ? editor->tabs() : nullptr;
                       }),
            widgetStep(window, u"requester.feedback"_s, u"feedback"_s, Tour::tr("Feedback on your task"),
                       Tour::tr("An experienced worker marks up a caterpillar's task before it goes out. The preview "
                                "shows each change as a diff; accept or reject them one by one, then publish."),
                       [&window]() -> QWidget * {
                           auto *feedback = pageOf<FeedbackPage>(window, u"feedback"_s);
                           return feedback ? feedback->preview() : nullptr;
                       }),
            widgetStep(window, u"requester.review"_s, u"review"_s, Tour::tr("Review answers"),
                       Tour::tr("Approve with A, reject with R. A rejection needs a reason and goes to a panel of "
                                "arbiters; answers you do not review are approved after a few days."),
                       [&window]() -> QWidget * {
                           auto *review = pageOf<ReviewPage>(window, u"review"_s);
                           return review ? review->table() : nullptr;
                       }),
            sidebarStep(window, u"requester.standing"_s, u"leaderboard"_s, Tour::tr("Standing and points"),
                        Tour::tr("Points move you from caterpillar to butterfly. The leaderboard shows the top "
                                 "butterfly requesters, and your own standing shows what earned and cost you points.")),
            {u"requester.sync"_s, Tour::tr("Saved here, sent when online"),
             Tour::tr("Drafts, reviews and decisions on feedback wait here until the marketplace has them. Nothing is "
                      "lost while you are offline."),
             nullptr, [&window] { return syncIndicators(window); }},
    };
}

} // namespace

QString tourRoleName(TourRole role)
{
    switch (role) {
    case TourRole::Worker:
        return u"worker"_s;
    case TourRole::Arbiter:
        return u"arbiter"_s;
    case TourRole::Requester:
        return u"requester"_s;
    }
    return {};
}

QList<TourRole> tourRolesFor(const QList<PageRole> &pageRoles)
{
    QList<TourRole> roles;
    if (pageRoles.contains(PageRole::Worker))
        roles.append(TourRole::Worker);
    if (pageRoles.contains(PageRole::Arbiter))
        roles.append(TourRole::Arbiter);
    if (pageRoles.contains(PageRole::Requester))
        roles.append(TourRole::Requester);
    return roles;
}

QList<TourStep> tourSteps(MainWindow &window, TourRole role)
{
    switch (role) {
    case TourRole::Worker:
        return workerSteps(window);
    case TourRole::Arbiter:
        return arbiterSteps(window);
    case TourRole::Requester:
        return requesterSteps(window);
    }
    return {};
}

QList<TourStep> tourSteps(MainWindow &window, const QList<TourRole> &roles)
{
    if (roles.isEmpty())
        return {};
    QList<TourStep> steps{{u"welcome"_s, Tour::tr("Welcome to Chrysalis"),
                           Tour::tr("A short look at where things are. Use the arrow keys or Enter to move on, and "
                                    "Esc to leave the tour at any time."),
                           nullptr, nullptr}};
    for (const TourRole role : roles)
        steps.append(tourSteps(window, role));
    steps.append({u"help"_s, Tour::tr("Help is here"),
                  Tour::tr("Help → Take the tour shows this again. Help → User guide explains every page, and F1 lists "
                           "the keyboard shortcuts."),
                  nullptr, [&window]() -> TourTarget {
                      QMenuBar *bar = window.menuBar();
                      for (QAction *action : bar->actions()) {
                          if (action->menu() && action->menu()->objectName() == u"helpMenu")
                              return {bar, bar->actionGeometry(action)};
                      }
                      return {};
                  }});
    return steps;
}

TourMemory::TourMemory(QString account) : m_group(u"tours/"_s + account.replace(u'/', u'_')) { }

bool TourMemory::hasSeen(TourRole role) const
{
    return QSettings().value(m_group + u'/' + tourRoleName(role), false).toBool();
}

void TourMemory::markSeen(TourRole role)
{
    QSettings().setValue(m_group + u'/' + tourRoleName(role), true);
}

void TourMemory::forget()
{
    QSettings().remove(m_group);
}

QList<TourRole> TourMemory::unseen(const QList<TourRole> &roles) const
{
    QList<TourRole> left;
    for (const TourRole role : roles) {
        if (!hasSeen(role))
            left.append(role);
    }
    return left;
}

Tour *startTour(MainWindow &window, const QList<TourRole> &roles, const QString &account)
{
    if (roles.isEmpty())
        return nullptr;
    auto *tour = new Tour(tourSteps(window, roles), &window);
    QObject::connect(tour, &Tour::finished, &window, [roles, account] {
        TourMemory memory(account);
        for (const TourRole role : roles)
            memory.markSeen(role);
    });
    tour->start();
    return tour->isFinished() ? nullptr : tour;
}

QUrl userGuideUrl()
{
    const QDir applicationDir(QCoreApplication::applicationDirPath());
    QStringList candidates{applicationDir.filePath(u"../share/doc/chrysalis/user-guide.md"_s)};
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates.append(QDir(data).filePath(u"doc/chrysalis/user-guide.md"_s));
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate))
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return QUrl(u"https://chrysalis.example.org/docs/user-guide"_s);
}

} // namespace Chrysalis
