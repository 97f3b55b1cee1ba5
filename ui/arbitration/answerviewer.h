#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QVBoxLayout;

namespace Chrysalis {

// Shows one answer against its task's form, read-only: the item the worker saw, then each field
// with its label and the value drawn for its kind (choices ticked, a rating on its scale, spans
// marked in the text, a correction as a word diff). It never edits anything.
class AnswerViewer : public QWidget
{
    Q_OBJECT

public:
    // With scrolls false the viewer grows with its content, for embedding in a page that scrolls.
    explicit AnswerViewer(QWidget *parent = nullptr, bool scrolls = true);

    // form: the revision's form array; fields: the answer values; itemData: the item's data.
    void setAnswer(const QJsonArray &form, const QJsonObject &fields, const QJsonObject &itemData);
    void setPlaceholder(const QString &text);
    // Everything shown, as plain text (for tests and accessibility).
    QString shownText() const;

    // One field's value as HTML, for reuse by the conflict panel.
    static QString fieldHtml(const QJsonObject &field, const QJsonValue &value, const QJsonObject &itemData);
    static QString itemHtml(const QJsonObject &itemData);

private:
    void clearContent();

    QVBoxLayout *m_content = nullptr;
};

} // namespace Chrysalis
