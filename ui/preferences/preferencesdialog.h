#pragma once

#include "core/result.h"

#include <QDialog>
#include <QIcon>
#include <QList>
#include <QString>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Chrysalis {

class ClientSettings;
class LocalStore;
class MainWindow;
class SyncEngine;

// What the sections of the dialog work on besides the settings; any part may be missing (before
// sign-in there is no store), and the sections that need it say so instead of failing.
struct PreferencesContext {
    MainWindow *window = nullptr; // whose shortcuts the Keyboard section rebinds
    LocalStore *store = nullptr; // the signed-in account's mirror: content preferences
    SyncEngine *engine = nullptr; // sends profile.update@1; its server info bounds the batch size
    QString dataDirectory; // the folder of the local databases
};

// One section of the preferences: loads from the settings when shown, applies when the worker
// presses OK or Apply. apply() refuses (and changes nothing) when an entry is not valid.
class PreferencesSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString sectionId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual void load() = 0;
    virtual Status apply() = 0;

Q_SIGNALS:
    // An edit the worker has not applied yet.
    void changed();
};

// Preferences (Edit → Preferences, Ctrl+,): a list of sections on the left, the section on the
// right, OK / Cancel / Apply. Remembers its size. Changes reach the settings only through apply().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(ClientSettings &settings, const PreferencesContext &context, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    QStringList sectionIds() const;
    PreferencesSection *section(const QString &id) const;
    template<typename Section>
    Section *section() const
    {
        for (PreferencesSection *candidate : m_sections) {
            if (auto *found = qobject_cast<Section *>(candidate))
                return found;
        }
        return nullptr;
    }
    bool showSection(const QString &id);
    QString currentSectionId() const;
    QLabel *message() const { return m_message; }

    // Applies every section in turn; stops at the first that refuses, shows it and its reason.
    Status apply();

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // After a successful apply(): the window takes the new settings.
    void applied();

private:
    void addSection(PreferencesSection *section);

    ClientSettings &m_settings;
    QList<PreferencesSection *> m_sections;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Chrysalis
