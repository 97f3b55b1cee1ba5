#include "ui/mainwindow/mainwindow.h"

#include "core/logging.h"
#include "core/policy/policy.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/work/answerdrafts.h"
#include "core/work/clientsettings.h"
#include "ui/arbitration/conflictspage.h"
#include "ui/arbitration/moneypage.h"
#include "ui/arbitration/reviewpage.h"
#include "ui/dashboard/fairworkpage.h"
#include "ui/dashboard/leaderboardpage.h"
#include "ui/diff/feedbackpage.h"
#include "ui/editor/taskeditorpage.h"
#include "ui/feedbackwork/feedbackworkpage.h"
#include "ui/help/shortcutsheet.h"
#include "ui/help/tourguide.h"
#include "ui/mainwindow/attentionpage.h"
#include "ui/mywork/myworkpage.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/preferencessections.h"
#include "ui/preferences/shortcutregistry.h"
#include "ui/profile/profilepage.h"
#include "ui/queue/queuepage.h"
#include "ui/session/session.h"
#include "ui/teams/teamrequestspage.h"
#include "ui/teams/teamspage.h"
#include "ui/theme/theme.h"
#include "ui/work/workpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kPageIdRole = Qt::UserRole + 1;
const QList<PageRole> kSectionOrder{PageRole::Worker, PageRole::Arbiter, PageRole::Requester, PageRole::Everyone};

// The status bar's names for the wire's tier and standing keys; an unknown key shows as it came.
QString tierTitle(const QString &tier)
{
    if (tier == u"bronze")
        return MainWindow::tr("Bronze");
    if (tier == u"silver")
        return MainWindow::tr("Silver");
    if (tier == u"gold")
        return MainWindow::tr("Gold");
    return tier;
}

QString standingTitle(const QString &standing)
{
    if (standing == u"caterpillar")
        return MainWindow::tr("Caterpillar");
    if (standing == u"butterfly")
        return MainWindow::tr("Butterfly");
    return standing;
}

} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Chrysalis"));
    setObjectName(u"mainWindow"_s);

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setSpacing(1);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { background: palette(window); padding-top: 6px; outline: 0; }"
                             "QListWidget#sidebar::item { padding: 6px 10px; border-radius: 4px; }"
                             "QListWidget#sidebar::item:selected { background: palette(highlight); "
                             "color: palette(highlighted-text); }"_s);
    m_stack = new QStackedWidget;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);
    connect(m_sidebar, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString id = item->data(kPageIdRole).toString();
        for (const Entry &entry : std::as_const(m_pages)) {
            if (entry.info.id == id) {
                m_stack->setCurrentWidget(entry.widget);
                QSettings().setValue(u"mainwindow/page"_s, id);
                Q_EMIT pageShown(id);
            }
        }
    });

    m_account = new QLabel;
    m_online = new QLabel;
    m_online->setAccessibleName(tr("Connection"));
    m_outbox = new QLabel;
    m_outbox->setAccessibleName(tr("Changes waiting to sync"));
    m_lastSync = new QLabel;
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    m_syncButton = new QToolButton;
    m_syncButton->setAutoRaise(true);
    m_syncButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncButton->setToolTip(tr("Sync now (F5)"));
    m_syncButton->setAccessibleName(tr("Sync now"));
    statusBar()->addWidget(m_account, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_online);
    statusBar()->addPermanentWidget(m_syncButton);

    auto *syncAction = new QAction(tr("&Sync now"), this);
    syncAction->setObjectName(u"syncNow"_s);
    syncAction->setShortcut(QKeySequence::Refresh);
    connect(syncAction, &QAction::triggered, &engine(), &SyncEngine::syncNow);
    connect(m_syncButton, &QToolButton::clicked, &engine(), &SyncEngine::syncNow);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(u"quit"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *switchAction = new QAction(tr("S&witch account…"), this);
    switchAction->setObjectName(u"switchAccount"_s);
    auto *preferencesAction = new QAction(tr("&Preferences…"), this);
    preferencesAction->setObjectName(u"preferences"_s);
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction, &QAction::triggered, this, [this] { showPreferences(); });
    connect(switchAction, &QAction::triggered, this, &MainWindow::switchAccountRequested);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(syncAction);
    fileMenu->addAction(switchAction);
    fileMenu->addSeparator();
    fileMenu->addAction(preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    m_themes = themes;
    const QString savedTheme = ClientSettings().theme();
    const QList<std::pair<QString, QString>> themeChoices{
            {u"system"_s, tr("Follow the &system")}, {u"light"_s, tr("&Light")}, {u"dark"_s, tr("&Dark")}};
    for (const auto &[id, title] : themeChoices) {
        QAction *choice = themeMenu->addAction(title);
        choice->setCheckable(true);
        choice->setChecked(id == savedTheme);
        choice->setData(id);
        themes->addAction(choice);
        connect(choice, &QAction::triggered, this, [id] {
            ClientSettings().setTheme(id);
            applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()), themeChoiceFromName(id));
        });
    }
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int n = 1; n <= 9; ++n) {
        auto *go = new QAction(tr("Page %1").arg(n), this);
        go->setObjectName(u"goPage%1"_s.arg(n));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(go, &QAction::triggered, this, [this, n] {
            int seen = 0;
            for (int row = 0; row < m_sidebar->count(); ++row) {
                QListWidgetItem *item = m_sidebar->item(row);
                if (!item->data(kPageIdRole).isValid())
                    continue;
                if (++seen == n) {
                    m_sidebar->setCurrentItem(item);
                    return;
                }
            }
        });
        goMenu->addAction(go);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *shortcutsAction = new QAction(tr("&Keyboard shortcuts…"), this);
    shortcutsAction->setObjectName(u"showShortcuts"_s);
    shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutSheet);
    helpMenu->addAction(shortcutsAction);
    // The tour and the user guide; the tour points at the status bar's indicators by these names.
    helpMenu->setObjectName(u"helpMenu"_s);
    m_online->setObjectName(u"onlineIndicator"_s);
    m_outbox->setObjectName(u"outboxIndicator"_s);
    m_lastSync->setObjectName(u"lastSyncIndicator"_s);
    auto *tourAction = helpMenu->addAction(tr("Take the &tour"), this, &MainWindow::startTour);
    tourAction->setObjectName(u"takeTour"_s);
    auto *guideAction = helpMenu->addAction(tr("&User guide"), this, &MainWindow::openUserGuide);
    guideAction->setObjectName(u"userGuide"_s);

    connect(&engine(), &SyncEngine::syncStarted, this, &MainWindow::onSyncStarted);
    connect(&engine(), &SyncEngine::syncProgress, this, &MainWindow::onSyncProgress);
    connect(&engine(), &SyncEngine::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&engine(), &SyncEngine::outboxChanged, this, &MainWindow::refreshStatus);
    connect(&engine(), &SyncEngine::onlineChanged, this, &MainWindow::refreshStatus);
    connect(&engine(), &SyncEngine::tokenRejected, this, [this] {
        statusBar()->showMessage(tr("The marketplace no longer accepts your sign-in. Your work is kept; sign in "
                                    "again with File → Switch account."));
    });
    // "Synced 2 min ago" stays true without a sync.
    m_clock = new QTimer(this);
    m_clock->start(30'000);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::refreshStatus);

    m_roles = rolesFor(m_session.roles(), m_session.tier());
    refreshStatus();
}

MainWindow::~MainWindow()
{
    // The pages go first: the work page saves its last draft into m_drafts as it closes.
    delete m_splitter;
}

LocalStore &MainWindow::store() const
{
    return *m_session.store();
}

SyncEngine &MainWindow::engine() const
{
    return *m_session.engine();
}

QList<PageRole> MainWindow::rolesFor(const QStringList &accountRoles, const QString &tier)
{
    QList<PageRole> roles{PageRole::Everyone};
    if (accountRoles.contains(u"worker"_s)) {
        roles.append(PageRole::Worker);
        if (tier == u"gold")
            roles.append(PageRole::Arbiter);
    }
    if (accountRoles.contains(u"requester"_s))
        roles.append(PageRole::Requester);
    return roles;
}

void MainWindow::addStandardPages()
{
    auto *queue = addPage<QueuePage>(
            {u"queue"_s, PageRole::Worker, tr("Task queue"), style()->standardIcon(QStyle::SP_FileDialogListView)});
    auto *work = addPage<WorkPage>({u"work"_s, PageRole::Worker, tr("Answer items"),
                                    style()->standardIcon(QStyle::SP_FileDialogContentsView)});
    const QFileInfo storeFile(store().path());
    auto drafts = AnswerDrafts::open(storeFile.dir().filePath(storeFile.completeBaseName() + u".drafts.db"_s));
    if (drafts) {
        m_drafts = std::move(*drafts);
        work->setDrafts(m_drafts.get());
    } else {
        qCWarning(lcUi) << "answers will not be autosaved:" << drafts.error().message;
    }
    connect(queue, &QueuePage::workRequested, this, [this, work](const QString &leaseId) {
        work->refresh();
        work->setCurrentLease(leaseId);
        showPage(u"work"_s);
    });
    addPage<MyWorkPage>(
            {u"mywork"_s, PageRole::Worker, tr("My work"), style()->standardIcon(QStyle::SP_DialogApplyButton)});
    // Feedback tasks take silver and gold workers only.
    if (m_session.tier() == u"silver" || m_session.tier() == u"gold")
        addPage<FeedbackWorkPage>({u"givefeedback"_s, PageRole::Worker, tr("Give feedback"),
                                   style()->standardIcon(QStyle::SP_MessageBoxInformation)});
    addPage<FairWorkPage>({u"fairwork"_s, PageRole::Worker, tr("Fair work"),
                           style()->standardIcon(QStyle::SP_FileDialogDetailedView)});
    addPage<TeamsPage>(
            {u"teams"_s, PageRole::Worker, tr("Flash teams"), style()->standardIcon(QStyle::SP_DirLinkIcon)});
    addPage<TaskEditorPage>(
            {u"tasks"_s, PageRole::Requester, tr("My tasks"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)});
    addPage<TeamRequestsPage>(
            {u"teamtasks"_s, PageRole::Requester, tr("Team tasks"), style()->standardIcon(QStyle::SP_DirLinkIcon)});
    addPage<ReviewPage>({u"review"_s, PageRole::Requester, tr("Review answers"),
                         style()->standardIcon(QStyle::SP_DialogYesButton)});
    addPage<FeedbackPage>({u"feedback"_s, PageRole::Requester, tr("Task feedback"),
                           style()->standardIcon(QStyle::SP_MessageBoxInformation)});
    addPage<ConflictsPage>({u"conflicts"_s, PageRole::Everyone, tr("Conflicts"),
                            style()->standardIcon(QStyle::SP_MessageBoxQuestion)});
    addPage<MoneyPage>({u"money"_s, PageRole::Everyone, tr("Money"), style()->standardIcon(QStyle::SP_DriveHDIcon)});
    addPage<LeaderboardPage>(
            {u"leaderboard"_s, PageRole::Everyone, tr("Leaderboard"), style()->standardIcon(QStyle::SP_ArrowUp)});
    auto *profile = addPage<ProfilePage>({u"profile"_s, PageRole::Everyone, tr("Profile and tier"),
                                          style()->standardIcon(QStyle::SP_FileDialogInfoView)});
    connect(profile, &ProfilePage::contentPreferencesRequested, this, [this] { showPreferences(u"content"_s); });
    addPage<AttentionPage>({u"attention"_s, PageRole::Everyone, tr("Needs attention"),
                            style()->standardIcon(QStyle::SP_MessageBoxWarning)});
    updateAttentionTitle();
    applyPreferences();
}

QList<PageInfo> MainWindow::pageInfos() const
{
    QList<PageInfo> infos;
    for (const Entry &entry : m_pages)
        infos.append(entry.info);
    return infos;
}

PreferencesDialog *MainWindow::showPreferences(const QString &section)
{
    for (PreferencesDialog *open : findChildren<PreferencesDialog *>()) {
        if (!open->isVisible())
            continue;
        open->showSection(section);
        open->raise();
        return open;
    }
    // The dialog's settings live as long as the dialog does.
    auto *settings = new ClientSettings;
    auto *dialog = new PreferencesDialog(*settings, {this, &store(), &engine(), m_session.dataDirectory()}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [settings] { delete settings; });
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    if (!section.isEmpty())
        dialog->showSection(section);
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences()
{
    ClientSettings settings;
    ShortcutRegistry::apply(*this, settings.shortcutOverrides());
    const QString theme = settings.theme();
    for (QAction *choice : m_themes->actions())
        choice->setChecked(choice->data().toString() == theme);
    // The queue's claim starts at the worker's offline batch size.
    if (auto *queue = qobject_cast<QueuePage *>(page(u"queue"_s))) {
        const auto [defaultClaim, maxClaim] = OfflineSection::claimRange(&engine());
        for (QSpinBox *count : queue->findChildren<QSpinBox *>()) {
            if (count->accessibleName() == QueuePage::tr("Items to claim"))
                count->setValue(settings.claimBatchSize(defaultClaim, maxClaim));
        }
    }
}

void MainWindow::addPage(const PageInfo &info, QWidget *page)
{
    page->setAccessibleName(info.title);
    m_stack->addWidget(page);
    m_pages.append({info, page, nullptr});
    rebuildSidebar();
}

void MainWindow::setRoles(const QList<PageRole> &roles)
{
    m_roles = roles;
    rebuildSidebar();
}

QString MainWindow::sectionTitle(PageRole role) const
{
    switch (role) {
    case PageRole::Worker:
        return tr("WORK");
    case PageRole::Arbiter:
        return tr("ARBITRATION");
    case PageRole::Requester:
        return tr("REQUESTS");
    case PageRole::Everyone:
        return tr("ACCOUNT");
    }
    return {};
}

void MainWindow::rebuildSidebar()
{
    const QString current = currentPageId();
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    QListWidgetItem *select = nullptr;
    for (const PageRole role : kSectionOrder) {
        if (!m_roles.contains(role))
            continue;
        bool header = false;
        for (Entry &entry : m_pages) {
            if (entry.info.role != role)
                continue;
            if (!header) {
                auto *title = new QListWidgetItem(sectionTitle(role), m_sidebar);
                title->setFlags(Qt::NoItemFlags);
                QFont font = title->font();
                font.setPointSizeF(font.pointSizeF() * 0.8);
                font.setBold(true);
                title->setFont(font);
                title->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
                if (m_sidebar->count() > 1)
                    title->setSizeHint(QSize(0, 34));
                header = true;
            }
            entry.item = new QListWidgetItem(entry.info.icon, entry.info.title, m_sidebar);
            entry.item->setData(kPageIdRole, entry.info.id);
            if (entry.info.id == current || (!select && current.isEmpty()))
                select = entry.item;
        }
    }
    for (Entry &entry : m_pages) {
        const bool shown = m_roles.contains(entry.info.role);
        if (!shown)
            entry.item = nullptr;
    }
    // The Go menu and the cheat sheet name the page each Ctrl+digit opens.
    int shownPages = 0;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (!m_sidebar->item(row)->data(kPageIdRole).isValid())
            continue;
        if (auto *go = findChild<QAction *>(u"goPage%1"_s.arg(++shownPages)))
            go->setText(tr("Go to %1").arg(m_sidebar->item(row)->text()));
    }
    for (int n = shownPages + 1; n <= 9; ++n) {
        if (auto *go = findChild<QAction *>(u"goPage%1"_s.arg(n)))
            go->setVisible(false);
    }
    for (int n = 1; n <= std::min(shownPages, 9); ++n) {
        if (auto *go = findChild<QAction *>(u"goPage%1"_s.arg(n)))
            go->setVisible(true);
    }
    if (select) {
        m_sidebar->setCurrentItem(select);
        for (const Entry &entry : std::as_const(m_pages)) {
            if (entry.item == select)
                m_stack->setCurrentWidget(entry.widget);
        }
    }
}

QList<ShortcutGroup> MainWindow::shortcutGroups() const
{
    QList<ShortcutGroup> groups{{tr("Everywhere"), shortcutsIn(menuBar())}};
    for (const PageRole role : kSectionOrder) {
        if (!m_roles.contains(role))
            continue;
        for (const Entry &entry : m_pages) {
            if (entry.info.role != role)
                continue;
            const QList<ShortcutEntry> entries = shortcutsIn(entry.widget);
            if (!entries.isEmpty())
                groups.append({entry.info.title, entries});
        }
    }
    return groups;
}

ShortcutSheet *MainWindow::showShortcutSheet()
{
    auto *sheet = new ShortcutSheet(shortcutGroups(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
    return sheet;
}

Tour *MainWindow::startTour()
{
    if (m_tour)
        m_tour->skip();
    m_tour = Chrysalis::startTour(*this, tourRolesFor(m_roles), tourAccount());
    return m_tour;
}

Tour *MainWindow::tour() const
{
    return m_tour;
}

void MainWindow::setFirstRunTour(bool enabled)
{
    if (enabled == m_firstRunTour)
        return;
    m_firstRunTour = enabled;
    if (!enabled)
        return;
    // After the first sync the roles (and a gold worker's arbitration) are known.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(&engine(), &SyncEngine::syncFinished, this, [this, once] {
        disconnect(*once);
        QTimer::singleShot(0, this, [this] {
            if (!m_firstRunTour || m_tour || !isVisible())
                return;
            const QList<TourRole> roles = TourMemory(tourAccount()).unseen(tourRolesFor(m_roles));
            m_tour = Chrysalis::startTour(*this, roles, tourAccount());
        });
    });
}

QString MainWindow::tourAccount() const
{
    return m_session.username() + u'@' + (m_session.isLocal() ? u"local"_s : m_session.server().authority());
}

void MainWindow::openUserGuide()
{
    const QUrl guide = userGuideUrl();
    if (!QDesktopServices::openUrl(guide))
        statusBar()->showMessage(tr("The user guide could not be opened: %1").arg(guide.toDisplayString()), 8000);
}

bool MainWindow::showPage(const QString &id)
{
    for (const Entry &entry : std::as_const(m_pages)) {
        if (entry.info.id == id && entry.item) {
            m_sidebar->setCurrentItem(entry.item);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Entry &entry : m_pages) {
        if (entry.item)
            ids.append(entry.info.id);
    }
    return ids;
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const Entry &entry : m_pages) {
        if (entry.info.id == id)
            return entry.widget;
    }
    return nullptr;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainwindow/geometry"_s).toByteArray()))
        resize(1280, 800);
    if (!m_splitter->restoreState(settings.value(u"mainwindow/splitter"_s).toByteArray()))
        m_splitter->setSizes({210, 1070});
    const QString last = settings.value(u"mainwindow/page"_s).toString();
    if (!last.isEmpty())
        showPage(last);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainwindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainwindow/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateAttentionTitle()
{
    auto counts = store().counts();
    const int waiting = counts ? counts->blocked + counts->rejected : 0;
    for (Entry &entry : m_pages) {
        if (entry.info.id != u"attention" || !entry.item)
            continue;
        entry.item->setText(waiting > 0 ? tr("%1 (%2)").arg(entry.info.title).arg(waiting) : entry.info.title);
        QFont font = entry.item->font();
        font.setBold(waiting > 0);
        entry.item->setFont(font);
    }
}

void MainWindow::refreshStatus()
{
    const QString who = m_session.username();
    // Workers are known by their tier, requesters by their standing; a person may be both.
    QStringList standing;
    if (m_session.roles().contains(u"worker"_s))
        standing << tierTitle(m_session.tier());
    if (m_session.roles().contains(u"requester"_s))
        standing << standingTitle(m_session.account().value(u"standing"_s).toString());
    standing.removeAll(QString());
    QString where = m_session.isLocal() ? tr("local demo marketplace") : m_session.server().host();
    m_account->setText(standing.isEmpty() ? tr("%1 on %2").arg(who, where)
                                          : tr("%1 (%2) on %3").arg(who, standing.join(u", "_s), where));

    const bool online = engine().isOnline();
    m_online->setText(online ? tr("● Online") : tr("○ Offline"));
    m_online->setToolTip(m_lastError);
    auto counts = store().counts();
    const int pending = counts ? counts->pending : 0;
    m_outbox->setText(pending == 0 ? tr("All changes synced") : tr("%Ln change(s) waiting to sync", nullptr, pending));

    auto state = store().state();
    const QDateTime last = state ? state->lastSyncAt : QDateTime();
    if (!last.isValid()) {
        m_lastSync->setText(tr("Never synced"));
    } else {
        const qint64 seconds = last.secsTo(QDateTime::currentDateTimeUtc());
        const int minutes = static_cast<int>(seconds / 60);
        if (seconds < 60)
            m_lastSync->setText(tr("Synced just now"));
        else if (seconds < 3600)
            m_lastSync->setText(tr("Synced %n min ago", nullptr, minutes));
        else
            m_lastSync->setText(tr("Synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
    }
    updateAttentionTitle();
}

void MainWindow::onSyncStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncButton->setEnabled(false);
}

void MainWindow::onSyncProgress(const SyncProgress &progress)
{
    const int received = static_cast<int>(progress.rows);
    const int sent = progress.pushed;
    m_progress->setToolTip(progress.phase == SyncProgress::Phase::Pulling
                                   ? tr("Receiving: %Ln change(s)", nullptr, received)
                                   : tr("Sending: %Ln change(s)", nullptr, sent));
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    m_progress->hide();
    m_syncButton->setEnabled(true);
    m_lastError = report.ok() ? QString() : report.errors.constFirst().message;
    if (!report.ok())
        statusBar()->showMessage(tr("Sync did not finish: %1").arg(m_lastError), 8000);
    const QList<PageRole> roles = rolesFor(m_session.roles(), m_session.tier());
    if (roles != m_roles)
        setRoles(roles);
    applyServerPolicy();
    refreshStatus();
}

void MainWindow::applyServerPolicy()
{
    const std::optional<ServerInfo> info = engine().serverInfo();
    if (!info || info->policy.isEmpty() || info->policyVersion == m_policyVersion)
        return;
    const auto policy = Policy::fromJson(QJsonDocument(info->policy).toJson(QJsonDocument::Compact));
    if (!policy) {
        qCWarning(lcUi) << "the marketplace's policy could not be read:" << policy.error().message;
        return;
    }
    m_policyVersion = info->policyVersion;
    for (const Entry &entry : std::as_const(m_pages)) {
        if (auto *review = qobject_cast<ReviewPage *>(entry.widget))
            review->setPolicy(*policy);
        else if (auto *conflicts = qobject_cast<ConflictsPage *>(entry.widget))
            conflicts->setPolicy(*policy);
        else if (auto *money = qobject_cast<MoneyPage *>(entry.widget))
            money->setPolicy(*policy);
        else if (auto *fairWork = qobject_cast<FairWorkPage *>(entry.widget))
            fairWork->setPolicy(*policy);
        else if (auto *leaderboard = qobject_cast<LeaderboardPage *>(entry.widget))
            leaderboard->setPolicy(*policy);
        else if (auto *editor = qobject_cast<TaskEditorPage *>(entry.widget))
            editor->setPolicy(*policy);
    }
}

} // namespace Chrysalis
