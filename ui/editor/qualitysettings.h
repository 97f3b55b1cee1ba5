#pragma once

#include "core/domain/form.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Chrysalis {

// The quality keys of a task revision on the editor's Task tab: how overlapping answers are aggregated
// (only method and field pairs the marketplace accepts are offered), the share of gold items in a
// worker's claims, whether the task is a paid qualification test (and the skill a pass verifies), and
// the qualification it requires.
class SkillCompleter;

class QualitySettings : public QGroupBox
{
    Q_OBJECT

public:
    explicit QualitySettings(QWidget *parent = nullptr);

    // The form the aggregation may use: its single_choice and rating fields (rating only for mean, median).
    void setForm(const AnswerForm &form);
    // Qualification tasks that may be required: (task id, title), published or closed, not this task.
    void setQualificationTasks(const QList<std::pair<QString, QString>> &tasks);
    // Shows the quality keys of a revision (absent keys: the defaults).
    void load(const QJsonObject &revision);
    // The quality keys to send with the revision: only those the requester set.
    QJsonObject keys() const;
    // The words under the aggregation choice: what happens by default, or with the method chosen.
    QString aggregationNote() const;

    QComboBox *methodCombo() const { return m_method; }
    QComboBox *fieldCombo() const { return m_field; }
    QSpinBox *goldRateSpin() const { return m_goldRate; }
    QCheckBox *qualificationCheck() const { return m_isQualification; }
    QComboBox *requiredCombo() const { return m_required; }
    QSpinBox *passMarkSpin() const { return m_passMark; }
    // "Verifies skill": shown for a qualification test only; completes from the shared vocabulary once
    // the owner reloads skillCompleter() from the mirror.
    QLineEdit *verifiesSkillEdit() const { return m_verifiesSkill; }
    SkillCompleter *skillCompleter() const { return m_skillCompleter; }

    // Enables the controls that make sense together (a qualification test takes no gold rate nor gate).
    void updateState();

    // The methods as the protocol names them, in the order offered; "" is the default.
    static QStringList methods();
    static QString methodTitle(const QString &method);

Q_SIGNALS:
    void edited();

private:
    void refillFields();

    AnswerForm m_form;
    bool m_loading = false;
    QComboBox *m_method = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_note = nullptr;
    QSpinBox *m_goldRate = nullptr;
    QCheckBox *m_isQualification = nullptr;
    QComboBox *m_required = nullptr;
    QSpinBox *m_passMark = nullptr;
    QLineEdit *m_verifiesSkill = nullptr;
    SkillCompleter *m_skillCompleter = nullptr;
};

} // namespace Chrysalis
