#include "ui/arbitration/answerviewer.h"

#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString choicesHtml(const QJsonObject &field, const QStringList &chosen, bool multi)
{
    QStringList lines;
    for (const QJsonValue &option : field.value(u"options"_s).toArray()) {
        const QJsonObject object = option.toObject();
        const bool on = chosen.contains(object.value(u"value"_s).toString());
        const QString mark = multi ? (on ? u"☑"_s : u"☐"_s) : (on ? u"●"_s : u"○"_s);
        const QString label = escaped(object.value(u"label"_s).toString());
        lines << (on ? u"%1 <b>%2</b>"_s.arg(mark, label)
                     : u"<span style=\"opacity:0.6\">%1 %2</span>"_s.arg(mark, label));
    }
    return lines.join(u"<br>"_s);
}

// Word-level diff of a correction: removed words struck through, added words underlined.
QString diffHtml(const QString &before, const QString &after)
{
    const QStringList a = before.split(u' ', Qt::SkipEmptyParts);
    const QStringList b = after.split(u' ', Qt::SkipEmptyParts);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n * m > 250'000)
        return escaped(after);
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out << escaped(a.at(i));
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << u"<u><b>%1</b></u>"_s.arg(escaped(b.at(j)));
            ++j;
        } else {
            out << u"<s>%1</s>"_s.arg(escaped(a.at(i)));
            ++i;
        }
    }
    return out.join(u' ');
}

QString spansHtml(const QString &text, const QJsonArray &spans)
{
    struct Span {
        int start;
        int end;
        QString label;
    };
    QList<Span> list;
    for (const QJsonValue &value : spans) {
        const QJsonObject span = value.toObject();
        list.append({span.value(u"start"_s).toInt(), span.value(u"end"_s).toInt(), span.value(u"label"_s).toString()});
    }
    std::sort(list.begin(), list.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
    QString out;
    int at = 0;
    for (const Span &span : std::as_const(list)) {
        if (span.start < at || span.end > text.size() || span.start >= span.end)
            continue;
        out += escaped(text.mid(at, span.start - at));
        out += u"<span style=\"text-decoration:underline\"><b>%1</b></span><sub> %2</sub>"_s.arg(
                escaped(text.mid(span.start, span.end - span.start)), escaped(span.label));
        at = span.end;
    }
    out += escaped(text.mid(at));
    if (list.isEmpty())
        out += u"<br><i>%1</i>"_s.arg(AnswerViewer::tr("No spans labelled."));
    return out;
}

} // namespace

AnswerViewer::AnswerViewer(QWidget *parent, bool scrolls) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (!scrolls) {
        m_content = new QVBoxLayout;
        m_content->setContentsMargins(4, 4, 4, 4);
        m_content->setSpacing(10);
        outer->addLayout(m_content);
        setPlaceholder(tr("Select an answer to see it against the form."));
        return;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    m_content->setContentsMargins(4, 4, 4, 4);
    m_content->setSpacing(10);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    setPlaceholder(tr("Select an answer to see it against the form."));
}

void AnswerViewer::clearContent()
{
    while (QLayoutItem *item = m_content->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void AnswerViewer::setPlaceholder(const QString &text)
{
    clearContent();
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setEnabled(false);
    m_content->addWidget(label);
    m_content->addStretch(1);
}

QString AnswerViewer::itemHtml(const QJsonObject &itemData)
{
    QStringList parts;
    for (auto it = itemData.constBegin(); it != itemData.constEnd(); ++it) {
        const QString value =
                it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                                  QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact));
        parts << u"<b>%1</b><br>%2"_s.arg(escaped(it.key()), escaped(value));
    }
    return parts.join(u"<br><br>"_s);
}

QString AnswerViewer::fieldHtml(const QJsonObject &field, const QJsonValue &value, const QJsonObject &itemData)
{
    const QString kind = field.value(u"kind"_s).toString();
    if (value.isUndefined() || value.isNull())
        return u"<i>%1</i>"_s.arg(tr("Not answered"));
    if (kind == u"single_choice")
        return choicesHtml(field, {value.toString()}, false);
    if (kind == u"multi_choice") {
        QStringList chosen;
        for (const QJsonValue &v : value.toArray())
            chosen << v.toString();
        return choicesHtml(field, chosen, true);
    }
    if (kind == u"rating") {
        const int min = field.value(u"min"_s).toInt(1);
        const int max = field.value(u"max"_s).toInt(5);
        const int rating = value.toInt();
        QString scale;
        for (int step = min; step <= max && max - min <= 20; ++step)
            scale += step <= rating ? u"■"_s : u"□"_s;
        return tr("%1 %2 on a scale of %3 to %4").arg(scale, u"<b>%1</b>"_s.arg(rating)).arg(min).arg(max);
    }
    if (kind == u"text")
        return value.toString().isEmpty() ? u"<i>%1</i>"_s.arg(tr("Empty")) : escaped(value.toString());
    if (kind == u"pairwise") {
        const QJsonObject pair = value.toObject();
        const QString choice = pair.value(u"choice"_s).toString();
        const QString chosen = choice == u"a"   ? tr("Prefers response A")
                               : choice == u"b" ? tr("Prefers response B")
                                                : tr("A tie");
        return u"<b>%1</b><br>%2"_s.arg(chosen.toHtmlEscaped(), escaped(pair.value(u"justification"_s).toString()));
    }
    if (kind == u"correction") {
        const QString source = itemData.value(field.value(u"source_key"_s).toString(u"text"_s)).toString();
        return diffHtml(source, value.toString());
    }
    if (kind == u"spans") {
        const QString source = itemData.value(field.value(u"source_key"_s).toString(u"text"_s)).toString();
        return spansHtml(source, value.toArray());
    }
    return escaped(QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact)));
}

void AnswerViewer::setAnswer(const QJsonArray &form, const QJsonObject &fields, const QJsonObject &itemData)
{
    clearContent();
    const auto addSection = [this](const QString &title, const QString &html, bool boxed) {
        auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
        m_content->addWidget(heading);
        auto *body = new QLabel(html, this);
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (boxed) {
            body->setFrameShape(QFrame::StyledPanel);
            body->setAutoFillBackground(true);
            body->setBackgroundRole(QPalette::Base);
            body->setMargin(8);
        }
        m_content->addWidget(body);
    };
    addSection(tr("Item"), itemHtml(itemData), true);
    for (const QJsonValue &value : form) {
        const QJsonObject field = value.toObject();
        const QString name = field.value(u"name"_s).toString();
        QString label = field.value(u"label"_s).toString();
        if (field.value(u"required"_s).toBool())
            label += u" *"_s;
        addSection(label, fieldHtml(field, fields.value(name), itemData), false);
    }
    m_content->addStretch(1);
}

QString AnswerViewer::shownText() const
{
    QStringList texts;
    for (int i = 0; i < m_content->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_content->itemAt(i)->widget())) {
            QTextDocument document;
            document.setHtml(label->text());
            texts << document.toPlainText();
        }
    }
    return texts.join(u'\n');
}

} // namespace Chrysalis
