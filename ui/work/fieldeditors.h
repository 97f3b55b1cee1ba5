#pragma once

#include "ui/work/fieldeditor.h"

#include <QList>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace Chrysalis {

// single_choice: radio buttons; keys 1–9 pick the option with that number.
class SingleChoiceEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit SingleChoiceEditor(const FormField &field, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;

protected:
    void showValue(const QJsonValue &value) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
};

// multi_choice: check boxes; keys 1–9 toggle the option with that number.
class MultiChoiceEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MultiChoiceEditor(const FormField &field, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;

protected:
    void showValue(const QJsonValue &value) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QList<QCheckBox *> m_boxes;
};

// rating: one button per step on short scales, a spin box on long ones; digit keys pick a step,
// arrows move, Delete clears.
class RatingEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit RatingEditor(const FormField &field, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;

protected:
    void showValue(const QJsonValue &value) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pick(std::optional<int> rating);

    std::optional<int> m_rating;
    QButtonGroup *m_group = nullptr;
    QList<QPushButton *> m_buttons;
    QSpinBox *m_spin = nullptr;
};

// text: free text with a live count against the length bounds.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit TextFieldEditor(const FormField &field, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;

protected:
    void showValue(const QJsonValue &value) override;

private:
    void updateCount();

    FieldTextEdit *m_edit;
    QLabel *m_count;
};

// pairwise: responses A and B side by side, keys A, B and T choose, and a required justification.
class PairwiseEditor : public FieldEditor
{
    Q_OBJECT

public:
    PairwiseEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;

protected:
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool handleChoiceKey(QKeyEvent *event);

    QButtonGroup *m_group;
    QRadioButton *m_a;
    QRadioButton *m_tie;
    QRadioButton *m_b;
    FieldTextEdit *m_justification;
};

// correction: an editable copy of the item's text with a live word diff against the original.
// Insertions are underlined, deletions struck through, each in its own colour, so the diff reads
// without colour too.
class CorrectionEditor : public FieldEditor
{
    Q_OBJECT

public:
    CorrectionEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;
    // The diff as shown, as rich text.
    QString diffHtml() const;

protected:
    void showValue(const QJsonValue &value) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDiff();

    QString m_source;
    FieldTextEdit *m_edit;
    QLabel *m_diff;
};

// spans: select text in the item's text and press a label key 1–9 to label it; the spans are listed
// and removable (Delete). Offsets are UTF-16 units of the source text.
class SpansEditor : public FieldEditor
{
    Q_OBJECT

public:
    SpansEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent = nullptr);
    QJsonValue value() const override;
    void focusEditor() override;
    // The text the user selects in.
    FieldTextEdit *textView() const { return m_text; }

protected:
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Span {
        int start = 0;
        int end = 0;
        QString label;
        bool operator==(const Span &) const = default;
    };
    void addSpan(int labelIndex);
    void removeSelectedSpan();
    void refresh();

    QString m_source;
    QList<Span> m_spans;
    FieldTextEdit *m_text;
    QListWidget *m_list;
    QToolButton *m_remove;
};

} // namespace Chrysalis
