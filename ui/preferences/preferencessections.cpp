#include "ui/preferences/preferencessections.h"

#include "core/policy/policy.h"
#include "core/sync/syncengine.h"
#include "core/work/localdatafiles.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QVBoxLayout *sectionLayout(QWidget *section, const QString &title, const QString &intro)
{
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading(title));
    if (!intro.isEmpty())
        layout->addWidget(note(intro));
    layout->addSpacing(4);
    return layout;
}

void setErrorLook(QLabel *label)
{
    label->setStyleSheet(u"color: #c0392b;"_s);
}

QIcon standardIcon(const QWidget *widget, QStyle::StandardPixmap pixmap)
{
    return widget->style()->standardIcon(pixmap);
}

} // namespace

// ---- Servers ----

ServersSection::ServersSection(ClientSettings &settings, QWidget *parent)
    : PreferencesSection(parent), m_settings(settings)
{
    QVBoxLayout *layout = sectionLayout(this, tr("Servers"),
                                        tr("Marketplaces you connect to. The sign-in window offers them, starting "
                                           "with the default."));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Saved servers"));
    m_list->setMaximumHeight(150);
    m_add = new QPushButton(tr("&Add server"));
    m_remove = new QPushButton(tr("&Remove"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);

    m_form = new QGroupBox(tr("Server"));
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("e.g. Team marketplace"));
    m_url = new QLineEdit;
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(u"https://marketplace.example.org"_s);
    m_urlMessage = new QLabel;
    m_urlMessage->setWordWrap(true);
    m_urlMessage->setAccessibleName(tr("Address problem"));
    setErrorLook(m_urlMessage);
    m_urlMessage->hide();
    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User name on this server"));
    m_user->setPlaceholderText(tr("optional"));
    m_default = new QCheckBox(tr("&Use this server by default"));
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&ddress:"), m_url);
    form->addRow(QString(), m_urlMessage);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_default);
    m_empty = note(tr("No saved servers yet. Add one to sign in to it with one click."));

    layout->addWidget(m_list);
    layout->addLayout(listButtons);
    layout->addWidget(m_empty);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &ServersSection::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ServersSection::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ServersSection::showProfile);
    for (QLineEdit *edit : {m_name, m_url, m_user}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            storeEdits();
            Q_EMIT changed();
        });
    }
    connect(m_url, &QLineEdit::textEdited, this, &ServersSection::validateUrl);
    connect(m_default, &QCheckBox::toggled, this, [this](bool on) {
        if (m_shown < 0)
            return;
        const QString name = m_profiles.at(m_shown).name;
        if (on)
            m_defaultName = name;
        else if (m_defaultName == name)
            m_defaultName.clear();
        Q_EMIT changed();
    });
}

QIcon ServersSection::icon() const
{
    return standardIcon(this, QStyle::SP_DriveNetIcon);
}

void ServersSection::load()
{
    m_profiles = m_settings.serverProfiles();
    m_defaultName = m_settings.defaultServerProfile();
    m_shown = -1;
    m_list->clear();
    for (const ServerProfile &profile : std::as_const(m_profiles))
        m_list->addItem(profile.name);
    if (!m_profiles.isEmpty())
        m_list->setCurrentRow(0);
    showProfile(m_list->currentRow());
}

void ServersSection::showProfile(int row)
{
    m_shown = row >= 0 && row < m_profiles.size() ? row : -1;
    const bool any = m_shown >= 0;
    m_form->setVisible(any);
    m_empty->setVisible(m_profiles.isEmpty());
    m_remove->setEnabled(any);
    if (!any)
        return;
    const ServerProfile &profile = m_profiles.at(m_shown);
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_user->setText(profile.user);
    const QSignalBlocker blocker(m_default);
    m_default->setChecked(!profile.name.isEmpty() && profile.name == m_defaultName);
    validateUrl();
}

void ServersSection::storeEdits()
{
    if (m_shown < 0)
        return;
    ServerProfile &profile = m_profiles[m_shown];
    const bool wasDefault = profile.name == m_defaultName;
    profile.name = m_name->text();
    profile.url = m_url->text();
    profile.user = m_user->text();
    if (wasDefault)
        m_defaultName = profile.name;
    m_list->item(m_shown)->setText(profile.name.trimmed().isEmpty() ? tr("(no name)") : profile.name);
}

void ServersSection::validateUrl()
{
    const Result<QUrl> url = ClientSettings::parseServerUrl(m_url->text());
    m_urlMessage->setText(url ? QString() : url.error().message);
    m_urlMessage->setVisible(!url);
}

void ServersSection::addProfile()
{
    QString name = tr("New server");
    for (int n = 2; std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                [&](const ServerProfile &profile) { return profile.name == name; });
         ++n)
        name = tr("New server %1").arg(n);
    m_profiles.append({name, QString(), QString()});
    m_list->addItem(name);
    m_list->setCurrentRow(static_cast<int>(m_profiles.size() - 1));
    m_url->setFocus();
    Q_EMIT changed();
}

void ServersSection::removeProfile()
{
    if (m_shown < 0)
        return;
    const int row = m_shown;
    if (m_profiles.at(row).name == m_defaultName)
        m_defaultName.clear();
    m_profiles.removeAt(row);
    m_shown = -1;
    delete m_list->takeItem(row);
    showProfile(m_list->currentRow());
    Q_EMIT changed();
}

Status ServersSection::apply()
{
    storeEdits();
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (Status valid = ClientSettings::validateProfiles({m_profiles.at(row)}); !valid) {
            m_list->setCurrentRow(row);
            return valid;
        }
    }
    if (Status saved = m_settings.setServerProfiles(m_profiles); !saved)
        return saved;
    m_settings.setDefaultServerProfile(m_defaultName.trimmed());
    return {};
}

// ---- Language ----

LanguageSection::LanguageSection(ClientSettings &settings, QWidget *parent)
    : PreferencesSection(parent), m_settings(settings)
{
    QVBoxLayout *layout = sectionLayout(this, tr("Language"),
                                        tr("The language of menus and messages. Dates, numbers and amounts of money "
                                           "are written the way this language writes them."));
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage),
                        QString());
    // Each language named in its own words, so a worker can find theirs whatever is shown now.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_example = new QLabel;
    m_example->setAccessibleName(tr("Example of dates and numbers"));
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restart = note(tr("Chrysalis changes its language the next time it starts."));
    m_language->setMinimumWidth(260);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Looks like:"), m_example);
    layout->addLayout(form);
    layout->addWidget(m_restart);
    layout->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        updateExample();
        Q_EMIT changed();
    });
}

QIcon LanguageSection::icon() const
{
    return standardIcon(this, QStyle::SP_MessageBoxInformation);
}

void LanguageSection::load()
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    updateExample();
}

void LanguageSection::updateExample()
{
    const QLocale locale = ClientSettings::localeFor(m_language->currentData().toString());
    const QDateTime sample(QDate(2026, 11, 23), QTime(14, 30));
    m_example->setText(tr("%1 · %2 · %3")
                               .arg(locale.toString(sample, QLocale::ShortFormat), locale.toString(1234567.5, 'f', 1),
                                    locale.toCurrencyString(1234.5, u"$"_s)));
}

Status LanguageSection::apply()
{
    m_settings.setLanguage(m_language->currentData().toString());
    return {};
}

// ---- Appearance ----

AppearanceSection::AppearanceSection(ClientSettings &settings, QWidget *parent)
    : PreferencesSection(parent), m_settings(settings)
{
    QVBoxLayout *layout =
            sectionLayout(this, tr("Appearance"),
                          tr("The colours of the client. Apply or OK changes them at once; no restart needed."));
    m_group = new QButtonGroup(this);
    const QList<std::pair<QString, QString>> choices{
            {u"system"_s, tr("&Follow the system")}, {u"light"_s, tr("&Light")}, {u"dark"_s, tr("&Dark")}};
    auto *box = new QGroupBox(tr("Theme"));
    auto *boxLayout = new QVBoxLayout(box);
    for (const auto &[id, text] : choices) {
        auto *button = new QRadioButton(text);
        m_buttons.insert(id, button);
        m_group->addButton(button);
        boxLayout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                Q_EMIT changed();
        });
    }
    layout->addWidget(box);
    layout->addStretch(1);
}

QIcon AppearanceSection::icon() const
{
    return standardIcon(this, QStyle::SP_DesktopIcon);
}

QRadioButton *AppearanceSection::button(const QString &theme) const
{
    return m_buttons.value(theme);
}

void AppearanceSection::load()
{
    const QSignalBlocker blocker(m_group);
    if (QRadioButton *button = m_buttons.value(m_settings.theme())) {
        const QSignalBlocker buttonBlocker(button);
        button->setChecked(true);
    }
}

Status AppearanceSection::apply()
{
    QString chosen = u"system"_s;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked())
            chosen = it.key();
    }
    const bool changedTheme = chosen != m_settings.theme();
    m_settings.setTheme(chosen);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()); app && changedTheme)
        applyTheme(*app, themeChoiceFromName(chosen));
    return {};
}

// ---- Keyboard ----

KeyboardSection::KeyboardSection(ClientSettings &settings, MainWindow *window, QWidget *parent)
    : PreferencesSection(parent), m_settings(settings), m_window(window)
{
    QVBoxLayout *layout = sectionLayout(this, tr("Keyboard"),
                                        tr("Pick a row, then press the new keys. Menus, tooltips and the cheat sheet "
                                           "(F1) show the keys you choose."));
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by action, page or keys"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(u"shortcutTable"_s);
    m_table->setAccessibleName(tr("Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Where"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_selectedTitle = new QLabel;
    m_selectedTitle->setWordWrap(true);
    m_keyEdit = new QKeySequenceEdit;
    m_keyEdit->setAccessibleName(tr("New keys"));
    m_keyEdit->setToolTip(tr("Press the new keys; they take effect when you apply."));
    m_clear = new QPushButton(tr("&No key"));
    m_clear->setToolTip(tr("Leave this action without a key"));
    m_reset = new QPushButton(tr("Re&set"));
    m_reset->setToolTip(tr("Give this action its original keys back"));
    m_resetAll = new QPushButton(tr("Reset &all"));
    m_resetAll->setToolTip(tr("Give every action its original keys back"));
    m_keyMessage = new QLabel;
    m_keyMessage->setWordWrap(true);
    m_keyMessage->setAccessibleName(tr("Shortcut message"));
    auto *editRow = new QHBoxLayout;
    auto *keysLabel = new QLabel(tr("&Keys:"));
    keysLabel->setBuddy(m_keyEdit);
    editRow->addWidget(keysLabel);
    editRow->addWidget(m_keyEdit, 1);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_reset);
    editRow->addSpacing(12);
    editRow->addWidget(m_resetAll);

    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selectedTitle);
    layout->addLayout(editRow);
    layout->addWidget(m_keyMessage);

    if (!m_window) {
        m_table->setEnabled(false);
        m_keyMessage->setText(tr("Sign in to see and change the shortcuts of the main window."));
    }
    connect(m_filter, &QLineEdit::textChanged, this, &KeyboardSection::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KeyboardSection::showSelected);
    connect(m_table, &QTableWidget::cellClicked, this, [this] { m_keyEdit->setFocus(Qt::MouseFocusReason); });
    connect(m_keyEdit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (!selectedId().isEmpty() && !m_keyEdit->keySequence().isEmpty())
            (void)rebindSelected(m_keyEdit->keySequence());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { (void)rebindSelected(QKeySequence()); });
    connect(m_reset, &QPushButton::clicked, this, &KeyboardSection::resetSelected);
    connect(m_resetAll, &QPushButton::clicked, this, &KeyboardSection::resetAll);
}

QIcon KeyboardSection::icon() const
{
    return standardIcon(this, QStyle::SP_ComputerIcon);
}

void KeyboardSection::load()
{
    m_shortcuts = m_window ? ShortcutRegistry::collect(*m_window) : QList<RegisteredShortcut>();
    m_pending.clear();
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts))
        m_pending.insert(shortcut.id, shortcut.keys);
    fill();
}

QList<RegisteredShortcut> KeyboardSection::withPending() const
{
    QList<RegisteredShortcut> shortcuts = m_shortcuts;
    for (RegisteredShortcut &shortcut : shortcuts)
        shortcut.keys = m_pending.value(shortcut.id, shortcut.keys);
    return shortcuts;
}

void KeyboardSection::fill()
{
    const QString selected = selectedId();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *action = new QTableWidgetItem(shortcut.description);
        action->setData(kIdRole, shortcut.id);
        const QList<QKeySequence> keys = m_pending.value(shortcut.id);
        auto *keysItem = new QTableWidgetItem(keys.isEmpty() ? tr("none") : ShortcutRegistry::nativeText(keys));
        if (keys != shortcut.defaultKeys) {
            QFont font = keysItem->font();
            font.setBold(true);
            keysItem->setFont(font);
            keysItem->setToolTip(tr("Changed; originally %1").arg(ShortcutRegistry::nativeText(shortcut.defaultKeys)));
        }
        m_table->setItem(row, 0, action);
        m_table->setItem(row, 1, new QTableWidgetItem(shortcut.group));
        m_table->setItem(row, 2, keysItem);
    }
    applyFilter();
    if (!selected.isEmpty())
        selectShortcut(selected);
    showSelected();
}

void KeyboardSection::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = filter.isEmpty();
        for (int column = 0; column < 3 && !match; ++column)
            match = m_table->item(row, column)->text().contains(filter, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

bool KeyboardSection::selectShortcut(const QString &id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kIdRole).toString() == id && !m_table->isRowHidden(row)) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return true;
        }
    }
    return false;
}

QString KeyboardSection::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == 0)
            return item->data(kIdRole).toString();
    }
    return {};
}

void KeyboardSection::showSelected()
{
    const QString id = selectedId();
    const bool any = !id.isEmpty();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_keyEdit, m_clear, m_reset})
        widget->setEnabled(any);
    m_resetAll->setEnabled(!m_shortcuts.isEmpty());
    const QSignalBlocker blocker(m_keyEdit);
    if (!any) {
        m_selectedTitle->setText(m_shortcuts.isEmpty() ? QString() : tr("Pick an action to change its keys."));
        m_keyEdit->clear();
        return;
    }
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts)) {
        if (shortcut.id != id)
            continue;
        const QList<QKeySequence> keys = m_pending.value(id);
        m_selectedTitle->setText(
                tr("<b>%1</b> (%2), now: %3")
                        .arg(shortcut.description.toHtmlEscaped(), shortcut.group.toHtmlEscaped(),
                             keys.isEmpty() ? tr("no key") : ShortcutRegistry::nativeText(keys).toHtmlEscaped()));
        // Empty, so the keys pressed next are the whole new binding.
        m_keyEdit->clear();
    }
}

void KeyboardSection::setPending(const QString &id, const QList<QKeySequence> &keys)
{
    if (m_pending.value(id) == keys)
        return;
    m_pending.insert(id, keys);
    fill();
    Q_EMIT changed();
}

Status KeyboardSection::rebindSelected(const QKeySequence &keys)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return Error::validation(tr("Pick an action first."));
    const QList<QKeySequence> wanted = keys.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{keys};
    if (const auto other = ShortcutRegistry::conflictFor(withPending(), id, wanted)) {
        const QString message = tr("%1 is already the key of “%2” (%3). Choose other keys, or change that one "
                                   "first.")
                                        .arg(keys.toString(QKeySequence::NativeText), other->description, other->group);
        setErrorLook(m_keyMessage);
        m_keyMessage->setText(message);
        showSelected();
        return Error::validation(message);
    }
    m_keyMessage->setStyleSheet(QString());
    m_keyMessage->setText(
            keys.isEmpty() ? tr("The action has no key now.")
                           : tr("%1 it is. Press OK or Apply to use it.").arg(keys.toString(QKeySequence::NativeText)));
    setPending(id, wanted);
    return {};
}

void KeyboardSection::resetSelected()
{
    const QString id = selectedId();
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts)) {
        if (shortcut.id != id)
            continue;
        if (const auto other = ShortcutRegistry::conflictFor(withPending(), id, shortcut.defaultKeys)) {
            setErrorLook(m_keyMessage);
            m_keyMessage->setText(tr("Its original keys now belong to “%1” (%2); change that one first.")
                                          .arg(other->description, other->group));
            return;
        }
        m_keyMessage->clear();
        setPending(id, shortcut.defaultKeys);
    }
}

void KeyboardSection::resetAll()
{
    bool any = false;
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts)) {
        any = any || m_pending.value(shortcut.id) != shortcut.defaultKeys;
        m_pending.insert(shortcut.id, shortcut.defaultKeys);
    }
    m_keyMessage->clear();
    fill();
    if (any)
        Q_EMIT changed();
}

QList<QKeySequence> KeyboardSection::pendingKeys(const QString &id) const
{
    return m_pending.value(id);
}

Status KeyboardSection::apply()
{
    if (!m_window)
        return {};
    QHash<QString, QStringList> overrides = m_settings.shortcutOverrides();
    for (const RegisteredShortcut &shortcut : std::as_const(m_shortcuts)) {
        const QList<QKeySequence> keys = m_pending.value(shortcut.id, shortcut.keys);
        if (keys == shortcut.defaultKeys)
            overrides.remove(shortcut.id);
        else
            overrides.insert(shortcut.id, ShortcutRegistry::toPortable(keys));
    }
    m_settings.setShortcutOverrides(overrides);
    ShortcutRegistry::apply(*m_window, overrides);
    const QString selected = selectedId();
    load();
    if (!selected.isEmpty())
        selectShortcut(selected);
    return {};
}

// ---- Work offline ----

OfflineSection::OfflineSection(ClientSettings &settings, SyncEngine *engine, QWidget *parent)
    : PreferencesSection(parent), m_settings(settings), m_engine(engine)
{
    QVBoxLayout *layout = sectionLayout(this, tr("Work offline"),
                                        tr("A claim reserves items for you, so you can answer them without a "
                                           "connection. Claim more before a trip, fewer on a normal day."));
    m_batch = new QSpinBox;
    m_batch->setAccessibleName(tr("Items per claim"));
    m_batch->setSuffix(tr(" items"));
    m_hint = note(QString());
    m_batch->setMinimumWidth(m_batch->fontMetrics().horizontalAdvance(tr("500 items")) + 60);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Items per claim:"), m_batch);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    connect(m_batch, &QSpinBox::valueChanged, this, [this] { Q_EMIT changed(); });
}

QIcon OfflineSection::icon() const
{
    return standardIcon(this, QStyle::SP_DriveHDIcon);
}

std::pair<int, int> OfflineSection::claimRange(const SyncEngine *engine)
{
    LeasePolicy lease;
    if (const std::optional<ServerInfo> info = engine ? engine->serverInfo() : std::nullopt;
        info && !info->policy.isEmpty()) {
        if (auto policy = Policy::fromJson(QJsonDocument(info->policy).toJson(QJsonDocument::Compact)))
            lease = policy->lease;
    }
    return {lease.defaultClaim, std::max(1, lease.maxClaim)};
}

void OfflineSection::load()
{
    const auto [defaultClaim, maxClaim] = claimRange(m_engine);
    const QSignalBlocker blocker(m_batch);
    m_batch->setRange(1, maxClaim);
    m_batch->setValue(m_settings.claimBatchSize(defaultClaim, maxClaim));
    m_hint->setText(tr("From 1 to %L1 items, as the marketplace allows; it suggests %L2. The task queue's "
                       "Claim button starts with this number; a task with fewer open items gives fewer.")
                            .arg(maxClaim)
                            .arg(defaultClaim));
}

Status OfflineSection::apply()
{
    m_settings.setClaimBatchSize(m_batch->value());
    return {};
}

// ---- Content ----

ContentSection::ContentSection(LocalStore *store, SyncEngine *engine, QWidget *parent) : PreferencesSection(parent)
{
    if (store && engine)
        m_preferences = std::make_unique<ContentPreferencesStore>(*store, *engine);
    QVBoxLayout *layout = sectionLayout(this, tr("Content"),
                                        tr("Some tasks carry content warnings. You are offered them only for the "
                                           "categories you opt in to, and at most your daily limit of items of "
                                           "each (the day starts at midnight UTC). Synced to your account."));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(u"contentTable"_s);
    m_table->setAccessibleName(tr("Content categories"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("I agree to see it"), tr("Daily limit")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_newCategory = new QLineEdit;
    m_newCategory->setPlaceholderText(tr("Another category, e.g. medical images"));
    m_newCategory->setAccessibleName(tr("New category"));
    m_add = new QPushButton(tr("&Add category"));
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_newCategory, 1);
    addRowLayout->addWidget(m_add);
    m_message = note(QString());
    layout->addLayout(addRowLayout);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    m_emptyStretch = new QWidget;
    layout->addWidget(m_emptyStretch, 1);

    const auto addTyped = [this] {
        const QString name = m_newCategory->text().simplified();
        if (name.isEmpty())
            return;
        const int row = addCategory(name);
        if (auto *box = m_table->cellWidget(row, 1)->findChild<QCheckBox *>())
            box->setChecked(true);
        m_newCategory->clear();
        Q_EMIT changed();
    };
    connect(m_add, &QPushButton::clicked, this, addTyped);
    connect(m_newCategory, &QLineEdit::returnPressed, this, addTyped);
    if (!m_preferences) {
        setEnabled(false);
        m_message->setText(tr("Sign in to choose what content you are offered."));
    }
}

QIcon ContentSection::icon() const
{
    return standardIcon(this, QStyle::SP_MessageBoxWarning);
}

void ContentSection::addRow(const QString &name, bool optedIn, int limit)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(name);
    item->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 0, item);
    auto *box = new QCheckBox;
    box->setChecked(optedIn);
    box->setAccessibleName(tr("Agree to see %1").arg(name));
    auto *boxCell = new QWidget;
    auto *boxLayout = new QHBoxLayout(boxCell);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(box, 0, Qt::AlignCenter);
    m_table->setCellWidget(row, 1, boxCell);
    auto *spin = new QSpinBox;
    spin->setAccessibleName(tr("Daily limit for %1").arg(name));
    // The lowest value stands for "no limit": a limit of 0 is real (none of it today).
    spin->setRange(-1, ContentPreferences::kMaxDailyLimit);
    spin->setSpecialValueText(tr("No limit"));
    spin->setSuffix(tr(" a day"));
    spin->setValue(limit);
    spin->setEnabled(optedIn);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u"100000 a day"_s) + 40);
    m_table->setCellWidget(row, 2, spin);
    connect(box, &QCheckBox::toggled, spin, &QSpinBox::setEnabled);
    connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT changed(); });
    connect(spin, &QSpinBox::valueChanged, this, [this] { Q_EMIT changed(); });
}

void ContentSection::updateEmpty()
{
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    m_emptyStretch->setVisible(empty);
}

int ContentSection::addCategory(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    addRow(name, false, -1);
    m_message->clear();
    updateEmpty();
    return m_table->rowCount() - 1;
}

void ContentSection::load()
{
    m_table->setRowCount(0);
    if (!m_preferences)
        return;
    m_loaded = m_preferences->load();
    QHash<QString, int> limits;
    for (auto it = m_loaded.dailyLimits.cbegin(); it != m_loaded.dailyLimits.cend(); ++it)
        limits.insert(it.key().toCaseFolded(), it.value());
    QSet<QString> optedIn;
    for (const QString &name : std::as_const(m_loaded.optIns))
        optedIn.insert(name.toCaseFolded());
    for (const QString &name : m_preferences->knownCategories())
        addRow(name, optedIn.contains(name.toCaseFolded()), limits.value(name.toCaseFolded(), -1));
    m_message->setText(m_table->rowCount() == 0
                               ? tr("No task you can see carries a content warning yet. Add a category to opt in "
                                    "ahead of time.")
                               : QString());
    updateEmpty();
}

ContentPreferences ContentSection::edited() const
{
    ContentPreferences preferences;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0)->text();
        const auto *box = m_table->cellWidget(row, 1)->findChild<QCheckBox *>();
        const auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 2));
        if (!box || !box->isChecked())
            continue;
        preferences.optIns.append(name);
        if (spin && spin->value() >= 0)
            preferences.dailyLimits.insert(name, spin->value());
    }
    return preferences;
}

Status ContentSection::apply()
{
    if (!m_preferences)
        return {};
    const ContentPreferences preferences = edited();
    if (preferences == m_loaded)
        return {};
    auto id = m_preferences->save(preferences);
    if (!id)
        return id.error();
    m_loaded = preferences;
    m_message->setText(tr("Saved; it reaches the marketplace with the next sync."));
    return {};
}

// ---- Data ----

DataSection::DataSection(QString dataDirectory, QWidget *parent)
    : PreferencesSection(parent), m_dataDirectory(std::move(dataDirectory))
{
    QVBoxLayout *layout =
            sectionLayout(this, tr("Data"),
                          tr("Your work, drafts and the copy of the marketplace you work offline with live in "
                             "local databases. Compacting gives back the room deleted rows left behind."));
    m_folder = new QLabel;
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_folder->setAccessibleName(tr("Data folder"));
    m_open = new QPushButton(tr("&Open folder"));
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("Folder:"));
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_open);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(u"dataTable"_s);
    m_table->setAccessibleName(tr("Local databases"));
    m_table->setHorizontalHeaderLabels({tr("Database"), tr("Holds"), tr("Size")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_total = new QLabel;
    m_vacuum = new QPushButton(tr("&Compact databases"));
    m_vacuum->setToolTip(tr("Runs SQLite's VACUUM on every database listed"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Compacting result"));
    auto *vacuumRow = new QHBoxLayout;
    vacuumRow->addWidget(m_total, 1);
    vacuumRow->addWidget(m_vacuum);
    layout->addLayout(folderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(vacuumRow);
    layout->addWidget(m_result);

    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDirectory)); });
    connect(m_vacuum, &QPushButton::clicked, this, &DataSection::vacuum);
}

DataSection::~DataSection()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QIcon DataSection::icon() const
{
    return standardIcon(this, QStyle::SP_DirIcon);
}

void DataSection::load()
{
    const QLocale locale;
    m_folder->setText(QDir::toNativeSeparators(m_dataDirectory));
    m_open->setEnabled(QFileInfo(m_dataDirectory).isDir());
    m_table->setRowCount(0);
    qint64 total = 0;
    const QList<LocalDataFile> files = localDataFiles(m_dataDirectory);
    for (const LocalDataFile &file : files) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(QDir(m_dataDirectory).relativeFilePath(file.path));
        name->setData(Qt::UserRole, file.path);
        name->setToolTip(QDir::toNativeSeparators(file.path));
        QString kind;
        switch (file.kind) {
        case LocalDataFile::Kind::Account:
            kind = tr("An account's work and offline copy");
            break;
        case LocalDataFile::Kind::Drafts:
            kind = tr("Unsent answer drafts");
            break;
        case LocalDataFile::Kind::Other:
            kind = tr("Local demo marketplace");
            break;
        }
        auto *size = new QTableWidgetItem(locale.formattedDataSize(file.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(kind));
        m_table->setItem(row, 2, size);
        total += file.bytes;
    }
    m_total->setText(files.isEmpty() ? tr("No local databases yet.")
                                     : tr("%Ln database(s), %1 in all", nullptr, static_cast<int>(files.size()))
                                               .arg(locale.formattedDataSize(total)));
    m_vacuum->setEnabled(!files.isEmpty() && !m_worker);
}

void DataSection::vacuum()
{
    if (m_worker)
        return;
    QStringList paths;
    for (int row = 0; row < m_table->rowCount(); ++row)
        paths.append(m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (paths.isEmpty())
        return;
    auto report = std::make_shared<VacuumReport>();
    m_worker = QThread::create([paths, report] { *report = vacuumDatabases(paths); });
    m_vacuum->setEnabled(false);
    m_result->setText(tr("Compacting…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    connect(m_worker, &QThread::finished, this, [this, report] {
        QApplication::restoreOverrideCursor();
        m_worker->deleteLater();
        m_worker = nullptr;
        const QLocale locale;
        QString text = tr("Done: %1 saved (from %2 to %3).")
                               .arg(locale.formattedDataSize(report->bytesSaved()),
                                    locale.formattedDataSize(report->bytesBefore),
                                    locale.formattedDataSize(report->bytesAfter));
        if (!report->failures.isEmpty())
            text += u' ' + tr("Not compacted, in use or damaged: %1").arg(report->failures.join(u"; "_s));
        load();
        m_result->setText(text);
        Q_EMIT vacuumFinished();
    });
    m_worker->start();
}

} // namespace Chrysalis
