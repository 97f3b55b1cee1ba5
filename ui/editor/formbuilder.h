#pragma once

#include "core/domain/form.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace Chrysalis {

// The answer form builder: the list of fields, adding, removing and moving them, and the selected
// field's name, label, kind, options and settings. Shared by the requester's task editor and the
// feedback worker's markup editor; it holds the fields only and never validates or saves them.
class FormBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit FormBuilder(QWidget *parent = nullptr);

    QList<FormField> fields() const { return m_fields; }
    // Shows these fields without emitting fieldsEdited; keeps the selected row when it still exists.
    void setFields(const QList<FormField> &fields);
    // A read-only builder still lets the user browse the fields.
    void setEditable(bool editable);

    // The kind's display name ("Single choice") and a new field of the kind with a name unused in `fields`.
    static QString kindLabel(FieldKind kind);
    static FormField starterField(const QList<FormField> &fields, FieldKind kind);

    QListWidget *fieldList() const { return m_fieldList; }
    QComboBox *newFieldKindCombo() const { return m_newKind; }
    QLineEdit *fieldNameEdit() const { return m_fieldName; }
    QLineEdit *fieldLabelEdit() const { return m_fieldLabel; }
    QComboBox *fieldKindCombo() const { return m_fieldKind; }
    QCheckBox *fieldRequiredCheck() const { return m_fieldRequired; }
    QTableWidget *optionTable() const { return m_options; }
    QSpinBox *ratingMinSpin() const { return m_ratingMin; }
    QSpinBox *ratingMaxSpin() const { return m_ratingMax; }
    QSpinBox *minLengthSpin() const { return m_minLength; }
    QSpinBox *maxLengthSpin() const { return m_maxLength; }
    QPlainTextEdit *spanLabelsEdit() const { return m_spanLabels; }
    QLineEdit *sourceKeyEdit() const { return m_sourceKey; }
    // Below the field list: the host shows the form's validation messages here.
    QLabel *errorLabel() const { return m_errors; }

public Q_SLOTS:
    void addField();
    void removeField();
    void moveField(int delta);
    void addOption();
    void removeOption();
    void moveOption(int delta);

Q_SIGNALS:
    // After every change the user makes; typing is true for keystrokes in a text box, so a host can
    // fold a run of them into one undo step.
    void fieldsEdited(bool typing);

private:
    void refreshFieldList();
    void showField(int row);
    void storeField(bool typing);

    QList<FormField> m_fields;
    bool m_loading = false;
    bool m_editable = true;

    QListWidget *m_fieldList = nullptr;
    QComboBox *m_newKind = nullptr;
    QWidget *m_fieldBox = nullptr;
    QLineEdit *m_fieldName = nullptr;
    QLineEdit *m_fieldLabel = nullptr;
    QComboBox *m_fieldKind = nullptr;
    QCheckBox *m_fieldRequired = nullptr;
    QStackedWidget *m_kindSettings = nullptr;
    QTableWidget *m_options = nullptr;
    QSpinBox *m_ratingMin = nullptr;
    QSpinBox *m_ratingMax = nullptr;
    QSpinBox *m_minLength = nullptr;
    QSpinBox *m_maxLength = nullptr;
    QPlainTextEdit *m_spanLabels = nullptr;
    QLineEdit *m_sourceKey = nullptr;
    QFormLayout *m_fieldForm = nullptr;
    QLabel *m_errors = nullptr;
};

} // namespace Chrysalis
