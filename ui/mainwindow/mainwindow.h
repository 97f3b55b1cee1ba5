#pragma once

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <QString>
#include <QStringList>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QActionGroup;
class QTimer;
class QToolButton;

namespace Chrysalis {

class AnswerDrafts;
class PreferencesDialog;
class ShortcutSheet;
class Tour;
struct ShortcutGroup;

class LocalStore;
class Session;
class SyncEngine;
struct SyncProgress;
struct SyncReport;

// Which hat a page is for. An account may wear several: arbiter is a gold worker.
enum class PageRole { Everyone, Worker, Arbiter, Requester };

// One entry of the sidebar.
struct PageInfo {
    QString id; // stable, for --page and the remembered last page
    PageRole role = PageRole::Everyone;
    QString title;
    QIcon icon;
};

// The window a worker lives in: a role-aware sidebar of pages, a status bar (online, outbox, last
// sync, progress) and the pages themselves. Pages are plain widgets constructed as
// Page(LocalStore &, SyncEngine &, QWidget *); adding one is one addPage() call. Holds no SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The session must be signed in and outlive the window.
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(const PageInfo &info, QWidget *page);
    template<typename Page>
    Page *addPage(const PageInfo &info)
    {
        auto *page = new Page(store(), engine(), nullptr);
        addPage(info, page);
        return page;
    }

    // Shows the page with this id; false when there is none for the account's roles.
    bool showPage(const QString &id);
    QString currentPageId() const;
    QStringList pageIds() const;
    QWidget *page(const QString &id) const;
    // Every page added, shown for the account's roles or not, in the order added.
    QList<PageInfo> pageInfos() const;
    // The roles the sidebar shows pages for (from the account's roles and tier).
    QList<PageRole> roles() const { return m_roles; }
    void setRoles(const QList<PageRole> &roles);

    LocalStore &store() const;
    SyncEngine &engine() const;

    // Restores the geometry and splitter from QSettings; the defaults on a first run.
    void restoreLayout();

    // The pages a client shows by default: queue, leases, my work, profile, needs attention.
    void addStandardPages();
    // Roles from the account (worker, requester; gold workers also arbitrate).
    static QList<PageRole> rolesFor(const QStringList &accountRoles, const QString &tier);

    // Every shortcut of the window, from its menus and from the pages the account's roles show.
    QList<ShortcutGroup> shortcutGroups() const;
    // Opens the keyboard cheat sheet (Help → Keyboard shortcuts, F1, Ctrl+/); it deletes itself on close.
    ShortcutSheet *showShortcutSheet();
    // Opens Preferences (File → Preferences, Ctrl+,) at a section ("keyboard", "content", …); it deletes
    // itself on close.
    PreferencesDialog *showPreferences(const QString &section = {});
    // Takes the saved preferences: rebound shortcuts, the theme menu's choice, the claim batch size.
    void applyPreferences();

    // Help → Take the tour: the tour of every role the account has, from its first step.
    Tour *startTour();
    // The tour on show, or nullptr.
    Tour *tour() const;
    // Shows the tour of each role this account has not seen yet once the first sync has finished (the
    // desktop client turns it on; off by default so windows built for tests and screenshots stay bare).
    void setFirstRunTour(bool enabled);
    // Whose tours are remembered: the account on its marketplace.
    QString tourAccount() const;
    // Help → User guide: the installed guide, or the one online.
    void openUserGuide();

Q_SIGNALS:
    void pageShown(const QString &id);
    // File → Switch account, or a sign-in the marketplace no longer accepts.
    void switchAccountRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry {
        PageInfo info;
        QWidget *widget = nullptr;
        QListWidgetItem *item = nullptr;
    };

    void rebuildSidebar();
    void refreshStatus();
    void onSyncStarted();
    void onSyncProgress(const SyncProgress &progress);
    void onSyncFinished(const SyncReport &report);
    void updateAttentionTitle();
    QString sectionTitle(PageRole role) const;
    // Hands the policy of /v1/info to the pages that explain money and deadlines with it.
    void applyServerPolicy();

    Session &m_session;
    std::unique_ptr<AnswerDrafts> m_drafts; // the work page's autosaved answers, beside the store
    QString m_policyVersion; // of the policy last handed to the pages
    QList<Entry> m_pages;
    QList<PageRole> m_roles;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_online = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_account = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_syncButton = nullptr;
    QTimer *m_clock = nullptr;
    QActionGroup *m_themes = nullptr;
    QString m_lastError;
    QPointer<Tour> m_tour;
    bool m_firstRunTour = false;
};

} // namespace Chrysalis
