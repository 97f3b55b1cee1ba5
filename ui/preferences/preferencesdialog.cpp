#include "ui/preferences/preferencesdialog.h"

#include "core/work/clientsettings.h"
#include "ui/preferences/preferencessections.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

PreferencesDialog::PreferencesDialog(ClientSettings &settings, const PreferencesContext &context, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    m_list = new QListWidget;
    m_list->setObjectName(u"preferencesSections"_s);
    m_list->setAccessibleName(tr("Sections"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(1);
    m_list->setFixedWidth(180);
    m_list->setStyleSheet(u"QListWidget#preferencesSections { padding-top: 4px; outline: 0; }"
                          "QListWidget#preferencesSections::item { padding: 6px 8px; border-radius: 4px; }"
                          "QListWidget#preferencesSections::item:selected { background: palette(highlight); "
                          "color: palette(highlighted-text); }"_s);
    m_stack = new QStackedWidget;
    m_message = new QLabel;
    m_message->setObjectName(u"preferencesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Preferences message"));
    m_message->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_message->hide();

    addSection(new ServersSection(settings));
    addSection(new LanguageSection(settings));
    addSection(new AppearanceSection(settings));
    addSection(new KeyboardSection(settings, context.window));
    addSection(new OfflineSection(settings, context.engine));
    addSection(new ContentSection(context.store, context.engine));
    addSection(new DataSection(context.dataDirectory));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(applyButton, &QPushButton::clicked, this, [this, applyButton] {
        if (apply())
            applyButton->setEnabled(false);
    });
    for (PreferencesSection *section : std::as_const(m_sections))
        connect(section, &PreferencesSection::changed, applyButton, [applyButton] { applyButton->setEnabled(true); });
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 12);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_list->setCurrentRow(0);
    if (!restoreGeometry(m_settings.preferencesGeometry()))
        resize(820, 580);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::addSection(PreferencesSection *section)
{
    section->setParent(this);
    section->load();
    m_sections.append(section);
    auto *item = new QListWidgetItem(section->icon(), section->title(), m_list);
    item->setData(Qt::UserRole, section->sectionId());
    m_stack->addWidget(section);
}

QStringList PreferencesDialog::sectionIds() const
{
    QStringList ids;
    for (const PreferencesSection *section : m_sections)
        ids.append(section->sectionId());
    return ids;
}

PreferencesSection *PreferencesDialog::section(const QString &id) const
{
    for (PreferencesSection *section : m_sections) {
        if (section->sectionId() == id)
            return section;
    }
    return nullptr;
}

bool PreferencesDialog::showSection(const QString &id)
{
    const qsizetype index = sectionIds().indexOf(id);
    if (index < 0)
        return false;
    m_list->setCurrentRow(static_cast<int>(index));
    return true;
}

QString PreferencesDialog::currentSectionId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Status PreferencesDialog::apply()
{
    for (PreferencesSection *section : std::as_const(m_sections)) {
        Status status = section->apply();
        if (!status) {
            showSection(section->sectionId());
            m_message->setText(tr("%1: %2").arg(section->title(), status.error().message));
            m_message->show();
            return status;
        }
    }
    m_settings.sync();
    m_message->hide();
    Q_EMIT applied();
    return {};
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::done(int result)
{
    m_settings.setPreferencesGeometry(saveGeometry());
    QDialog::done(result);
}

} // namespace Chrysalis
