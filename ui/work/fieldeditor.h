#pragma once

#include "core/domain/form.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QPlainTextEdit>
#include <QWidget>

namespace Chrysalis {

// The editor of one answer form field: shows and edits the field's value as validateAnswer expects it
// (null: unanswered). One subclass per field kind; the WorkView keeps undo and validation for all.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FormField &field, QWidget *parent = nullptr);

    const FormField &field() const { return m_field; }

    virtual QJsonValue value() const = 0;
    // Shows `value` without emitting changed(); a value of the wrong shape shows as unanswered.
    void setValue(const QJsonValue &value);
    // Puts the keyboard focus where the user starts answering this field.
    virtual void focusEditor() = 0;

Q_SIGNALS:
    // A user edit. `typing` marks small text edits that undo may merge into one step.
    void changed(const QJsonValue &before, const QJsonValue &after, bool typing);

protected:
    virtual void showValue(const QJsonValue &value) = 0;
    // Subclasses call this after every user edit; it emits changed() when the value really moved.
    void noteEdited(bool typing = false);
    bool isShowingValue() const { return m_showing; }

private:
    FormField m_field;
    QJsonValue m_committed;
    bool m_showing = false;
};

// A plain text edit that leaves undo and redo to the WorkView's QUndoStack, so one Ctrl+Z means the
// same thing in every field.
class FieldTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FieldTextEdit(QWidget *parent = nullptr);
    // Keeps the edit as tall as its text, between `minLines` and `maxLines` lines (then it scrolls).
    void setVisibleLines(int minLines, int maxLines);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitHeight();

    int m_minLines = 3;
    int m_maxLines = 3;
};

// The editor for the field's kind; `itemData` gives the texts that pairwise, correction and spans
// fields show.
FieldEditor *createFieldEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent = nullptr);

} // namespace Chrysalis
