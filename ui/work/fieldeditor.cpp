#include "ui/work/fieldeditor.h"

#include "ui/work/fieldeditors.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QKeyEvent>

#include <algorithm>

namespace Chrysalis {

FieldEditor::FieldEditor(const FormField &field, QWidget *parent) : QWidget(parent), m_field(field) { }

void FieldEditor::setValue(const QJsonValue &value)
{
    m_showing = true;
    showValue(value);
    m_showing = false;
    m_committed = this->value();
}

void FieldEditor::noteEdited(bool typing)
{
    if (m_showing)
        return;
    const QJsonValue after = value();
    if (after == m_committed)
        return;
    const QJsonValue before = m_committed;
    m_committed = after;
    Q_EMIT changed(before, after, typing);
}

FieldTextEdit::FieldTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    // A plain text layout measures the document in lines, wrapped lines included.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &FieldTextEdit::fitHeight);
}

void FieldTextEdit::setVisibleLines(int minLines, int maxLines)
{
    m_minLines = minLines;
    m_maxLines = std::max(minLines, maxLines);
    fitHeight();
}

void FieldTextEdit::fitHeight()
{
    const auto documentLines = static_cast<int>(document()->documentLayout()->documentSize().height());
    const int lines = std::clamp(documentLines, m_minLines, m_maxLines);
    const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth() +
                       static_cast<int>(2 * document()->documentMargin()) + contentsMargins().top() +
                       contentsMargins().bottom();
    setFixedHeight(height);
}

bool FieldTextEdit::event(QEvent *event)
{
    // Without this the edit claims Ctrl+Z for its own (disabled) undo and the view's shortcut never fires.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void FieldTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

FieldEditor *createFieldEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent)
{
    switch (field.kind) {
    case FieldKind::SingleChoice:
        return new SingleChoiceEditor(field, parent);
    case FieldKind::MultiChoice:
        return new MultiChoiceEditor(field, parent);
    case FieldKind::Rating:
        return new RatingEditor(field, parent);
    case FieldKind::Text:
        return new TextFieldEditor(field, parent);
    case FieldKind::Pairwise:
        return new PairwiseEditor(field, itemData, parent);
    case FieldKind::Correction:
        return new CorrectionEditor(field, itemData, parent);
    case FieldKind::Spans:
        return new SpansEditor(field, itemData, parent);
    }
    return new TextFieldEditor(field, parent);
}

} // namespace Chrysalis
