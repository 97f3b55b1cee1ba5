#include "ui/editor/formbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

enum SettingsPage { OptionsPage, RatingPage, TextPage, SpansPage, NonePage };

SettingsPage settingsPage(FieldKind kind)
{
    switch (kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
        return OptionsPage;
    case FieldKind::Rating:
        return RatingPage;
    case FieldKind::Text:
        return TextPage;
    case FieldKind::Spans:
        return SpansPage;
    case FieldKind::Pairwise:
    case FieldKind::Correction:
        return NonePage;
    }
    return NonePage;
}

constexpr FieldKind kAllKinds[] = {FieldKind::SingleChoice, FieldKind::MultiChoice, FieldKind::Rating, FieldKind::Text,
                                   FieldKind::Pairwise,     FieldKind::Correction,  FieldKind::Spans};

// A field name the builder proposes: "<kind>_<n>", unused in the form.
QString freshFieldName(const QList<FormField> &fields, FieldKind kind)
{
    for (int n = 1;; ++n) {
        const QString name = u"%1_%2"_s.arg(fieldKindName(kind)).arg(n);
        if (std::none_of(fields.begin(), fields.end(), [&](const FormField &f) { return f.name == name; }))
            return name;
    }
}

QString rowText(const FormField &field)
{
    return u"%1 — %2"_s.arg(field.name, FormBuilder::kindLabel(field.kind));
}

} // namespace

QString FormBuilder::kindLabel(FieldKind kind)
{
    switch (kind) {
    case FieldKind::SingleChoice:
        return tr("Single choice");
    case FieldKind::MultiChoice:
        return tr("Multiple choice");
    case FieldKind::Rating:
        return tr("Rating");
    case FieldKind::Text:
        return tr("Text");
    case FieldKind::Pairwise:
        return tr("Pairwise comparison");
    case FieldKind::Correction:
        return tr("Correction");
    case FieldKind::Spans:
        return tr("Spans");
    }
    return {};
}

FormField FormBuilder::starterField(const QList<FormField> &fields, FieldKind kind)
{
    FormField field;
    field.kind = kind;
    field.name = freshFieldName(fields, kind);
    field.label = kindLabel(kind);
    field.required = true;
    if (field.usesOptions())
        field.options = {{u"yes"_s, tr("Yes")}, {u"no"_s, tr("No")}};
    if (kind == FieldKind::Spans)
        field.spanLabels = {u"LABEL"_s};
    return field;
}

FormBuilder::FormBuilder(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);

    auto *listBox = new QVBoxLayout;
    m_fieldList = new QListWidget(this);
    m_fieldList->setAccessibleName(tr("Answer fields"));
    listBox->addWidget(m_fieldList, 1);
    auto *addRow = new QHBoxLayout;
    m_newKind = new QComboBox(this);
    for (FieldKind kind : kAllKinds)
        m_newKind->addItem(kindLabel(kind), fieldKindName(kind));
    auto *add = new QPushButton(tr("&Add field"), this);
    addRow->addWidget(m_newKind, 1);
    addRow->addWidget(add);
    listBox->addLayout(addRow);
    auto *moveRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    auto *remove = new QPushButton(tr("Remove field"), this);
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    moveRow->addWidget(remove);
    listBox->addLayout(moveRow);
    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setVisible(false);
    listBox->addWidget(m_errors);
    layout->addLayout(listBox, 2);

    m_fieldBox = new QGroupBox(tr("Selected field"), this);
    auto *fieldLayout = new QVBoxLayout(m_fieldBox);
    auto *common = new QFormLayout;
    m_fieldName = new QLineEdit(m_fieldBox);
    m_fieldName->setPlaceholderText(tr("a-z, 0-9 and _"));
    m_fieldLabel = new QLineEdit(m_fieldBox);
    m_fieldKind = new QComboBox(m_fieldBox);
    for (FieldKind kind : kAllKinds)
        m_fieldKind->addItem(kindLabel(kind), fieldKindName(kind));
    m_fieldRequired = new QCheckBox(tr("An answer must fill this field"), m_fieldBox);
    common->addRow(tr("Na&me"), m_fieldName);
    common->addRow(tr("&Label"), m_fieldLabel);
    common->addRow(tr("&Kind"), m_fieldKind);
    common->addRow(tr("Required"), m_fieldRequired);
    m_sourceKey = new QLineEdit(m_fieldBox);
    m_sourceKey->setPlaceholderText(tr("the item key holding the text"));
    common->addRow(tr("Source &key"), m_sourceKey);
    m_fieldForm = common;
    fieldLayout->addLayout(common);

    m_kindSettings = new QStackedWidget(m_fieldBox);
    auto *optionsPage = new QWidget;
    auto *optionsLayout = new QVBoxLayout(optionsPage);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_options = new QTableWidget(0, 2, optionsPage);
    m_options->setHorizontalHeaderLabels({tr("Value"), tr("Label")});
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_options->verticalHeader()->hide();
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->setAccessibleName(tr("Options"));
    optionsLayout->addWidget(m_options, 1);
    auto *optionButtons = new QHBoxLayout;
    auto *addOptionButton = new QPushButton(tr("Add option"), optionsPage);
    auto *removeOptionButton = new QPushButton(tr("Remove option"), optionsPage);
    auto *optionUp = new QPushButton(tr("Move up"), optionsPage);
    auto *optionDown = new QPushButton(tr("Move down"), optionsPage);
    for (QPushButton *button : {addOptionButton, removeOptionButton, optionUp, optionDown})
        optionButtons->addWidget(button);
    optionsLayout->addLayout(optionButtons);
    m_kindSettings->addWidget(optionsPage);

    auto *ratingPage = new QWidget;
    auto *ratingLayout = new QFormLayout(ratingPage);
    m_ratingMin = new QSpinBox(ratingPage);
    m_ratingMax = new QSpinBox(ratingPage);
    for (QSpinBox *spin : {m_ratingMin, m_ratingMax}) {
        spin->setRange(-1000, 1000);
        spin->setMaximumWidth(120);
    }
    ratingLayout->addRow(tr("Lowest"), m_ratingMin);
    ratingLayout->addRow(tr("Highest"), m_ratingMax);
    m_kindSettings->addWidget(ratingPage);

    auto *textPage = new QWidget;
    auto *textLayout = new QFormLayout(textPage);
    m_minLength = new QSpinBox(textPage);
    m_maxLength = new QSpinBox(textPage);
    m_minLength->setRange(0, 100'000);
    m_minLength->setSpecialValueText(tr("no minimum"));
    m_maxLength->setRange(0, 100'000);
    m_maxLength->setSpecialValueText(tr("no limit"));
    m_minLength->setMaximumWidth(160);
    m_maxLength->setMaximumWidth(160);
    textLayout->addRow(tr("Shortest (characters)"), m_minLength);
    textLayout->addRow(tr("Longest (characters)"), m_maxLength);
    m_kindSettings->addWidget(textPage);

    auto *spansPage = new QWidget;
    auto *spansLayout = new QVBoxLayout(spansPage);
    spansLayout->setContentsMargins(0, 0, 0, 0);
    spansLayout->addWidget(new QLabel(tr("Span labels, one per line:"), spansPage));
    m_spanLabels = new QPlainTextEdit(spansPage);
    m_spanLabels->setTabChangesFocus(true);
    spansLayout->addWidget(m_spanLabels);
    m_kindSettings->addWidget(spansPage);
    auto *nonePage = new QLabel(tr("This kind has no further settings."));
    nonePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_kindSettings->addWidget(nonePage);
    fieldLayout->addWidget(m_kindSettings, 1);
    layout->addWidget(m_fieldBox, 3);

    connect(add, &QPushButton::clicked, this, &FormBuilder::addField);
    connect(remove, &QPushButton::clicked, this, &FormBuilder::removeField);
    connect(up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(addOptionButton, &QPushButton::clicked, this, &FormBuilder::addOption);
    connect(removeOptionButton, &QPushButton::clicked, this, &FormBuilder::removeOption);
    connect(optionUp, &QPushButton::clicked, this, [this] { moveOption(-1); });
    connect(optionDown, &QPushButton::clicked, this, [this] { moveOption(1); });
    connect(m_fieldList, &QListWidget::currentRowChanged, this, &FormBuilder::showField);
    for (QLineEdit *edit : {m_fieldName, m_fieldLabel, m_sourceKey})
        connect(edit, &QLineEdit::textChanged, this, [this] { storeField(true); });
    connect(m_fieldKind, &QComboBox::currentIndexChanged, this, [this] { storeField(false); });
    connect(m_fieldRequired, &QCheckBox::toggled, this, [this] { storeField(false); });
    for (QSpinBox *spin : {m_ratingMin, m_ratingMax, m_minLength, m_maxLength})
        connect(spin, &QSpinBox::valueChanged, this, [this] { storeField(true); });
    connect(m_spanLabels, &QPlainTextEdit::textChanged, this, [this] { storeField(true); });
    connect(m_options, &QTableWidget::itemChanged, this, [this] { storeField(false); });
}

void FormBuilder::setFields(const QList<FormField> &fields)
{
    const int row = m_fieldList->currentRow();
    m_fields = fields;
    refreshFieldList();
    m_loading = true;
    m_fieldList->setCurrentRow(m_fields.isEmpty() ? -1 : std::clamp(row, 0, static_cast<int>(m_fields.size()) - 1));
    m_loading = false;
    showField(m_fieldList->currentRow());
}

void FormBuilder::setEditable(bool editable)
{
    m_editable = editable;
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QCheckBox *>(widget) || qobject_cast<QPushButton *>(widget) ||
            qobject_cast<QTableWidget *>(widget))
            widget->setEnabled(editable);
    }
    m_fieldBox->setEnabled(editable && m_fieldList->currentRow() >= 0);
}

void FormBuilder::refreshFieldList()
{
    const int current = m_fieldList->currentRow();
    m_loading = true;
    m_fieldList->clear();
    for (const FormField &field : std::as_const(m_fields))
        m_fieldList->addItem(rowText(field));
    if (current >= 0 && current < m_fieldList->count())
        m_fieldList->setCurrentRow(current);
    m_loading = false;
}

void FormBuilder::showField(int row)
{
    if (m_loading)
        return;
    const bool valid = row >= 0 && row < m_fields.size();
    m_fieldBox->setEnabled(valid && m_editable);
    if (!valid)
        return;
    const FormField &field = m_fields.at(row);
    m_loading = true;
    m_fieldName->setText(field.name);
    m_fieldLabel->setText(field.label);
    m_fieldKind->setCurrentIndex(m_fieldKind->findData(fieldKindName(field.kind)));
    m_fieldRequired->setChecked(field.required);
    m_sourceKey->setText(field.sourceKey);
    m_fieldForm->setRowVisible(m_sourceKey, field.usesSourceText());
    m_options->setRowCount(0);
    for (const FormOption &option : field.options) {
        const int r = m_options->rowCount();
        m_options->insertRow(r);
        m_options->setItem(r, 0, new QTableWidgetItem(option.value));
        m_options->setItem(r, 1, new QTableWidgetItem(option.label));
    }
    m_ratingMin->setValue(field.ratingMin);
    m_ratingMax->setValue(field.ratingMax);
    m_minLength->setValue(field.minLength.value_or(0));
    m_maxLength->setValue(field.maxLength.value_or(0));
    m_spanLabels->setPlainText(field.spanLabels.join(u'\n'));
    m_kindSettings->setCurrentIndex(settingsPage(field.kind));
    m_loading = false;
}

void FormBuilder::storeField(bool typing)
{
    const int row = m_fieldList->currentRow();
    if (m_loading || row < 0 || row >= m_fields.size())
        return;
    const FormField before = m_fields.at(row);
    FormField &field = m_fields[row];
    const FieldKind kind = parseFieldKind(m_fieldKind->currentData().toString()).valueOr(field.kind);
    field.name = m_fieldName->text();
    field.label = m_fieldLabel->text();
    field.required = m_fieldRequired->isChecked();
    const bool kindChanged = kind != field.kind;
    field.kind = kind;
    // The members of other kinds keep their defaults, so the field's JSON holds only its own keys.
    const FormField defaults;
    field.options.clear();
    if (field.usesOptions()) {
        for (int r = 0; r < m_options->rowCount(); ++r) {
            const QTableWidgetItem *value = m_options->item(r, 0);
            const QTableWidgetItem *label = m_options->item(r, 1);
            field.options.append({value ? value->text() : QString(), label ? label->text() : QString()});
        }
        if (kindChanged && field.options.isEmpty())
            field.options = starterField({}, kind).options;
    }
    field.ratingMin = kind == FieldKind::Rating ? m_ratingMin->value() : defaults.ratingMin;
    field.ratingMax = kind == FieldKind::Rating ? m_ratingMax->value() : defaults.ratingMax;
    field.minLength = kind == FieldKind::Text && m_minLength->value() > 0 ? std::optional<int>(m_minLength->value())
                                                                          : std::nullopt;
    field.maxLength = kind == FieldKind::Text && m_maxLength->value() > 0 ? std::optional<int>(m_maxLength->value())
                                                                          : std::nullopt;
    field.spanLabels.clear();
    if (kind == FieldKind::Spans) {
        for (const QString &line : m_spanLabels->toPlainText().split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                field.spanLabels.append(line.trimmed());
        if (kindChanged && field.spanLabels.isEmpty())
            field.spanLabels = starterField({}, kind).spanLabels;
    }
    field.sourceKey =
            field.usesSourceText() && !m_sourceKey->text().isEmpty() ? m_sourceKey->text() : defaults.sourceKey;
    if (QListWidgetItem *item = m_fieldList->item(row))
        item->setText(rowText(field));
    if (kindChanged)
        showField(row);
    if (!(field == before))
        Q_EMIT fieldsEdited(typing);
}

void FormBuilder::addField()
{
    const FieldKind kind = parseFieldKind(m_newKind->currentData().toString()).valueOr(FieldKind::Text);
    m_fields.append(starterField(m_fields, kind));
    refreshFieldList();
    m_fieldList->setCurrentRow(static_cast<int>(m_fields.size() - 1));
    Q_EMIT fieldsEdited(false);
}

void FormBuilder::removeField()
{
    const int row = m_fieldList->currentRow();
    if (row < 0 || row >= m_fields.size())
        return;
    m_fields.removeAt(row);
    refreshFieldList();
    m_fieldList->setCurrentRow(std::min(row, static_cast<int>(m_fields.size()) - 1));
    showField(m_fieldList->currentRow());
    Q_EMIT fieldsEdited(false);
}

void FormBuilder::moveField(int delta)
{
    const int row = m_fieldList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_fields.size())
        return;
    m_fields.move(row, target);
    refreshFieldList();
    m_fieldList->setCurrentRow(target);
    Q_EMIT fieldsEdited(false);
}

void FormBuilder::addOption()
{
    const int r = m_options->rowCount();
    m_loading = true;
    m_options->insertRow(r);
    m_options->setItem(r, 0, new QTableWidgetItem(u"option_%1"_s.arg(r + 1)));
    m_options->setItem(r, 1, new QTableWidgetItem(tr("Option %1").arg(r + 1)));
    m_loading = false;
    m_options->setCurrentCell(r, 0);
    storeField(false);
}

void FormBuilder::removeOption()
{
    const int r = m_options->currentRow();
    if (r < 0)
        return;
    m_options->removeRow(r);
    storeField(false);
}

void FormBuilder::moveOption(int delta)
{
    const int r = m_options->currentRow();
    const int target = r + delta;
    if (r < 0 || target < 0 || target >= m_options->rowCount())
        return;
    m_loading = true;
    for (int column = 0; column < 2; ++column) {
        QTableWidgetItem *a = m_options->takeItem(r, column);
        QTableWidgetItem *b = m_options->takeItem(target, column);
        m_options->setItem(r, column, b);
        m_options->setItem(target, column, a);
    }
    m_loading = false;
    m_options->setCurrentCell(target, m_options->currentColumn());
    storeField(false);
}

} // namespace Chrysalis
