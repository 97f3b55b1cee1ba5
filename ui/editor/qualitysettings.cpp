#include "ui/editor/qualitysettings.h"

#include "ui/profile/skillcompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

bool ratingOnly(const QString &method)
{
    return method == u"mean" || method == u"median";
}

} // namespace

QStringList QualitySettings::methods()
{
    return {QString(), u"mv"_s, u"wawa"_s, u"ds"_s, u"onecoin"_s, u"glad"_s, u"mace"_s, u"mean"_s, u"median"_s};
}

QString QualitySettings::methodTitle(const QString &method)
{
    if (method.isEmpty())
        return tr("Default");
    if (method == u"mv")
        return tr("Majority vote");
    if (method == u"wawa")
        return tr("Majority weighted by agreement (WAWA)");
    if (method == u"ds")
        return tr("Dawid–Skene (per-worker confusion)");
    if (method == u"onecoin")
        return tr("One-coin (per-worker accuracy)");
    if (method == u"glad")
        return tr("GLAD (worker skill and item difficulty)");
    if (method == u"mace")
        return tr("MACE (spots spammers)");
    if (method == u"mean")
        return tr("Mean (rating fields)");
    if (method == u"median")
        return tr("Median (rating fields)");
    return method;
}

QualitySettings::QualitySettings(QWidget *parent) : QGroupBox(tr("Quality"), parent)
{
    m_method = new QComboBox(this);
    for (const QString &method : methods())
        m_method->addItem(methodTitle(method), method);
    m_field = new QComboBox(this);
    m_field->setAccessibleName(tr("Field to aggregate"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_goldRate = new QSpinBox(this);
    m_goldRate->setRange(-1, 50);
    m_goldRate->setSpecialValueText(tr("Default (10 %)"));
    m_goldRate->setSuffix(tr(" % of claims"));
    m_goldRate->setToolTip(tr("The share of gold (test) items mixed into each worker's claims, at most 50 %"));
    m_isQualification = new QCheckBox(tr("This is a paid &qualification test"), this);
    m_isQualification->setToolTip(tr("Every item of a qualification test needs a gold answer; workers who pass it "
                                     "may take the tasks that require it"));
    m_required = new QComboBox(this);
    m_required->setAccessibleName(tr("Required qualification"));
    m_passMark = new QSpinBox(this);
    m_passMark->setRange(0, 100);
    m_passMark->setValue(80);
    m_passMark->setSuffix(tr(" % to pass"));
    m_passMark->setAccessibleName(tr("Pass mark"));
    m_verifiesSkill = new QLineEdit(this);
    m_verifiesSkill->setPlaceholderText(tr("e.g. German (optional)"));
    m_verifiesSkill->setMaxLength(64);
    m_verifiesSkill->setToolTip(tr("Workers who pass this test (70 % right by default) get this skill on their "
                                   "profile, shown as verified"));
    m_skillCompleter = new SkillCompleter(this);
    m_verifiesSkill->setCompleter(m_skillCompleter);

    auto *aggregation = new QHBoxLayout;
    aggregation->addWidget(m_method, 1);
    aggregation->addWidget(m_field, 1);
    auto *requires_ = new QHBoxLayout;
    requires_->addWidget(m_required, 1);
    requires_->addWidget(m_passMark);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *aggregationLabel = new QLabel(tr("&Aggregation"), this);
    aggregationLabel->setBuddy(m_method);
    form->addRow(aggregationLabel, aggregation);
    form->addRow(QString(), m_note);
    auto *goldLabel = new QLabel(tr("&Gold items"), this);
    goldLabel->setBuddy(m_goldRate);
    auto *goldRow = new QHBoxLayout;
    goldRow->addWidget(m_goldRate);
    goldRow->addStretch(1);
    form->addRow(goldLabel, goldRow);
    form->addRow(QString(), m_isQualification);
    auto *verifiesLabel = new QLabel(tr("&Verifies skill"), this);
    verifiesLabel->setBuddy(m_verifiesSkill);
    form->addRow(verifiesLabel, m_verifiesSkill);
    auto *requiresLabel = new QLabel(tr("&Requires"), this);
    requiresLabel->setBuddy(m_required);
    form->addRow(requiresLabel, requires_);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        refillFields();
        updateState();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &QualitySettings::updateState);
    connect(m_goldRate, &QSpinBox::valueChanged, this, &QualitySettings::updateState);
    connect(m_isQualification, &QCheckBox::toggled, this, &QualitySettings::updateState);
    connect(m_required, &QComboBox::currentIndexChanged, this, &QualitySettings::updateState);
    connect(m_passMark, &QSpinBox::valueChanged, this, &QualitySettings::updateState);
    connect(m_verifiesSkill, &QLineEdit::textChanged, this, &QualitySettings::updateState);
    setQualificationTasks({});
    refillFields();
    updateState();
}

void QualitySettings::setForm(const AnswerForm &form)
{
    m_form = form;
    refillFields();
    updateState();
}

void QualitySettings::refillFields()
{
    const QString method = m_method->currentData().toString();
    const QString chosen = m_field->currentData().toString();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_field->clear();
    for (const FormField &field : m_form.fields()) {
        const bool fits =
                field.kind == FieldKind::Rating || (!ratingOnly(method) && field.kind == FieldKind::SingleChoice);
        if (fits)
            m_field->addItem(field.label.isEmpty() ? field.name : tr("%1 (%2)").arg(field.label, field.name),
                             field.name);
    }
    if (const int index = m_field->findData(chosen); index >= 0)
        m_field->setCurrentIndex(index);
    m_loading = wasLoading;
}

void QualitySettings::setQualificationTasks(const QList<std::pair<QString, QString>> &tasks)
{
    const QString chosen = m_required->currentData().toString();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_required->clear();
    m_required->addItem(tr("No qualification"), QString());
    for (const auto &[id, title] : tasks)
        m_required->addItem(title, id);
    // A required task not (yet) in the list stays selectable under its id.
    if (!chosen.isEmpty() && m_required->findData(chosen) < 0)
        m_required->addItem(tr("Qualification task %1").arg(chosen.left(8)), chosen);
    m_required->setCurrentIndex(std::max(m_required->findData(chosen), 0));
    m_loading = wasLoading;
    updateState();
}

void QualitySettings::load(const QJsonObject &revision)
{
    m_loading = true;
    const QJsonObject aggregation = revision.value(u"aggregation"_s).toObject();
    m_method->setCurrentIndex(std::max(m_method->findData(aggregation.value(u"method"_s).toString()), 0));
    refillFields();
    m_field->setCurrentIndex(std::max(m_field->findData(aggregation.value(u"field"_s).toString()), 0));
    const QJsonValue rate = revision.value(u"gold_rate"_s);
    m_goldRate->setValue(rate.isDouble() ? static_cast<int>(std::lround(rate.toDouble() * 100.0)) : -1);
    m_isQualification->setChecked(revision.value(u"kind"_s).toString() == u"qualification");
    m_verifiesSkill->setText(revision.value(u"verifies_skill"_s).toString());
    const QJsonObject qualification = revision.value(u"qualification"_s).toObject();
    const QString required = qualification.value(u"task_id"_s).toString();
    if (!required.isEmpty() && m_required->findData(required) < 0)
        m_required->addItem(tr("Qualification task %1").arg(required.left(8)), required);
    m_required->setCurrentIndex(std::max(m_required->findData(required), 0));
    m_passMark->setValue(qualification.contains(u"pass_mark"_s)
                                 ? static_cast<int>(std::lround(qualification.value(u"pass_mark"_s).toDouble() * 100.0))
                                 : 80);
    m_loading = false;
    updateState();
}

QJsonObject QualitySettings::keys() const
{
    QJsonObject keys;
    const QString method = m_method->currentData().toString();
    const QString field = m_field->currentData().toString();
    if (!method.isEmpty() && !field.isEmpty())
        keys.insert(u"aggregation"_s, QJsonObject{{u"method"_s, method}, {u"field"_s, field}});
    if (m_isQualification->isChecked()) {
        keys.insert(u"kind"_s, u"qualification"_s);
        if (const QString skill = m_verifiesSkill->text().simplified(); !skill.isEmpty())
            keys.insert(u"verifies_skill"_s, skill);
        return keys;
    }
    if (m_goldRate->value() >= 0)
        keys.insert(u"gold_rate"_s, m_goldRate->value() / 100.0);
    const QString required = m_required->currentData().toString();
    if (!required.isEmpty())
        keys.insert(u"qualification"_s,
                    QJsonObject{{u"task_id"_s, required}, {u"pass_mark"_s, m_passMark->value() / 100.0}});
    return keys;
}

QString QualitySettings::aggregationNote() const
{
    return m_note->text();
}

void QualitySettings::updateState()
{
    const QString method = m_method->currentData().toString();
    m_field->setEnabled(!method.isEmpty() && m_field->count() > 0);
    if (method.isEmpty()) {
        m_note->setText(tr("By default answers are combined by majority vote on the form's first choice field, "
                           "or else its first rating field."));
    } else if (m_field->count() == 0) {
        m_note->setText(ratingOnly(method) ? tr("This method needs a rating field in the form.")
                                           : tr("This method needs a single-choice or rating field in the form."));
    } else {
        m_note->setText(tr("Answers to the chosen field are combined with this method."));
    }
    // A qualification test is itself not gated, and its items are all gold: no rate to choose.
    m_goldRate->setEnabled(!m_isQualification->isChecked());
    m_required->setEnabled(!m_isQualification->isChecked());
    m_passMark->setEnabled(!m_isQualification->isChecked() && !m_required->currentData().toString().isEmpty());
    // Only a qualification test verifies a skill.
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_verifiesSkill, m_isQualification->isChecked());
    if (!m_loading)
        Q_EMIT edited();
}

} // namespace Chrysalis
