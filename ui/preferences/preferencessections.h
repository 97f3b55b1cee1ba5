#pragma once

#include "core/work/clientsettings.h"
#include "core/work/contentpreferences.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/preferences/shortcutregistry.h"

#include <QHash>
#include <QKeySequence>

#include <memory>
#include <utility>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace Chrysalis {

// Saved marketplaces: name, address and user name, one of them the sign-in form's default.
class ServersSection : public PreferencesSection
{
    Q_OBJECT

public:
    explicit ServersSection(ClientSettings &settings, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("servers"); }
    QString title() const override { return tr("Servers"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QCheckBox *defaultBox() const { return m_default; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *urlMessage() const { return m_urlMessage; }

private:
    void addProfile();
    void removeProfile();
    void showProfile(int row);
    void storeEdits();
    void validateUrl();

    ClientSettings &m_settings;
    QList<ServerProfile> m_profiles;
    QString m_defaultName;
    int m_shown = -1;
    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QCheckBox *m_default = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_urlMessage = nullptr;
    QLabel *m_empty = nullptr;
};

// The language of the client, each named in its own language; takes effect at the next start.
class LanguageSection : public PreferencesSection
{
    Q_OBJECT

public:
    explicit LanguageSection(ClientSettings &settings, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("language"); }
    QString title() const override { return tr("Language"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QComboBox *languageBox() const { return m_language; }
    QLabel *example() const { return m_example; }

private:
    void updateExample();

    ClientSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLabel *m_example = nullptr;
    QLabel *m_restart = nullptr;
};

// Light, dark or the system's colours, applied to the running client at once.
class AppearanceSection : public PreferencesSection
{
    Q_OBJECT

public:
    explicit AppearanceSection(ClientSettings &settings, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("appearance"); }
    QString title() const override { return tr("Appearance"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QRadioButton *button(const QString &theme) const;

private:
    ClientSettings &m_settings;
    QButtonGroup *m_group = nullptr;
    QHash<QString, QRadioButton *> m_buttons;
};

// Every shortcut of the window in a filterable table; a row is rebound with a key editor, reset
// alone or with all the others. Keys another action answers to in the same place are refused.
class KeyboardSection : public PreferencesSection
{
    Q_OBJECT

public:
    KeyboardSection(ClientSettings &settings, MainWindow *window, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("keyboard"); }
    QString title() const override { return tr("Keyboard"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QTableWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QKeySequenceEdit *keyEdit() const { return m_keyEdit; }
    QLabel *keyMessage() const { return m_keyMessage; }
    // Selects the row of a shortcut (as a click would); false when it is not listed or filtered out.
    bool selectShortcut(const QString &id);
    // The id of the selected row; empty when none.
    QString selectedId() const;
    // Gives the selected shortcut these keys (as the key editor does); refused with a message naming the
    // action that already answers to them. Empty keys unbind it.
    Status rebindSelected(const QKeySequence &keys);
    void resetSelected();
    void resetAll();
    // The keys a shortcut will have after apply().
    QList<QKeySequence> pendingKeys(const QString &id) const;

private:
    void fill();
    void applyFilter();
    void showSelected();
    void setPending(const QString &id, const QList<QKeySequence> &keys);
    QList<RegisteredShortcut> withPending() const;

    ClientSettings &m_settings;
    MainWindow *m_window;
    QList<RegisteredShortcut> m_shortcuts;
    QHash<QString, QList<QKeySequence>> m_pending;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_selectedTitle = nullptr;
    QKeySequenceEdit *m_keyEdit = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_resetAll = nullptr;
    QLabel *m_keyMessage = nullptr;
};

// Working offline: how many items one claim asks for, within the marketplace's lease policy.
class OfflineSection : public PreferencesSection
{
    Q_OBJECT

public:
    OfflineSection(ClientSettings &settings, SyncEngine *engine, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("offline"); }
    QString title() const override { return tr("Work offline"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QSpinBox *batchSize() const { return m_batch; }
    // The lease policy's default and largest claim (the marketplace's when known).
    static std::pair<int, int> claimRange(const SyncEngine *engine);

private:
    void updateHint();

    ClientSettings &m_settings;
    SyncEngine *m_engine;
    QSpinBox *m_batch = nullptr;
    QLabel *m_hint = nullptr;
};

// Content warnings the worker agrees to see and how many items of each a day (profile.update@1).
class ContentSection : public PreferencesSection
{
    Q_OBJECT

public:
    ContentSection(LocalStore *store, SyncEngine *engine, QWidget *parent = nullptr);
    QString sectionId() const override { return QStringLiteral("content"); }
    QString title() const override { return tr("Content"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override;

    QTableWidget *table() const { return m_table; }
    QLineEdit *newCategoryEdit() const { return m_newCategory; }
    QPushButton *addButton() const { return m_add; }
    // The preferences as the table shows them now.
    ContentPreferences edited() const;
    // Adds a row for a category (opted out, no limit) unless it is listed; returns its row.
    int addCategory(const QString &name);

private:
    void addRow(const QString &name, bool optedIn, int limit);
    void updateEmpty();

    std::unique_ptr<ContentPreferencesStore> m_preferences;
    ContentPreferences m_loaded;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newCategory = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_emptyStretch = nullptr; // takes the table's room while there are no categories
};

// The data folder: where it is, how much room the local databases take, and compacting them.
class DataSection : public PreferencesSection
{
    Q_OBJECT

public:
    DataSection(QString dataDirectory, QWidget *parent = nullptr);
    ~DataSection() override;
    QString sectionId() const override { return QStringLiteral("data"); }
    QString title() const override { return tr("Data"); }
    QIcon icon() const override;
    void load() override;
    Status apply() override { return {}; }

    QTableWidget *table() const { return m_table; }
    QPushButton *vacuumButton() const { return m_vacuum; }
    QLabel *result() const { return m_result; }
    bool isVacuuming() const { return m_worker != nullptr; }
    // Compacts every listed database on a worker thread; vacuumFinished() reports.
    void vacuum();

Q_SIGNALS:
    void vacuumFinished();

private:
    QString m_dataDirectory;
    QLabel *m_folder = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_vacuum = nullptr;
    QLabel *m_result = nullptr;
    QThread *m_worker = nullptr;
};

} // namespace Chrysalis
