#include "ui/work/fieldeditors.h"

#include "core/diff/textdiff.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Rating scales longer than this get a spin box instead of a row of buttons.
constexpr int kMaxRatingButtons = 11;

// 1–9 for an unmodified digit key (keypad included), 0 for anything else.
int digitKey(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return 0;
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9)
        return event->key() - Qt::Key_0;
    return 0;
}

// The chosen option also reads bold, so the choice shows in any palette.
void markChosen(QAbstractButton *button, bool chosen)
{
    QFont font = button->font();
    font.setBold(chosen);
    button->setFont(font);
}

QString numbered(int index, const QString &label)
{
    // The number is the key that picks the entry; only the first nine have one.
    return index < 9 ? QStringLiteral("%1   %2").arg(index + 1).arg(label) : label;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

struct DiffColours {
    QColor inserted;
    QColor insertedBackground;
    QColor deleted;
    QColor deletedBackground;
};

DiffColours diffColours(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x8b, 0xe9, 0xa5), QColor(0x1d, 0x3b, 0x2a), QColor(0xff, 0xa8, 0xa0), QColor(0x45, 0x23, 0x24)};
    return {QColor(0x11, 0x6b, 0x2e), QColor(0xe3, 0xf4, 0xe7), QColor(0xa8, 0x22, 0x1b), QColor(0xfb, 0xe9, 0xe7)};
}

QColor spanColour(int index, const QPalette &palette)
{
    static constexpr int hues[] = {210, 35, 130, 280, 0, 175, 55, 320, 95};
    const int hue = hues[index % 9];
    return isDark(palette) ? QColor::fromHsv(hue, 140, 110) : QColor::fromHsv(hue, 70, 250);
}

QString pairwiseText(const QJsonObject &itemData, const QString &primary, const QString &fallback)
{
    return itemData.value(primary).toString(itemData.value(fallback).toString());
}

QLabel *paneLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// ---- single_choice ----

SingleChoiceEditor::SingleChoiceEditor(const FormField &field, QWidget *parent)
    : FieldEditor(field, parent), m_group(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < field.options.size(); ++i) {
        auto *button = new QRadioButton(numbered(i, field.options.at(i).label), this);
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        markChosen(button, checked);
        if (checked)
            noteEdited();
    });
    setFocusProxy(m_buttons.isEmpty() ? nullptr : m_buttons.first());
}

QJsonValue SingleChoiceEditor::value() const
{
    const int index = m_group->checkedId();
    return index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(field().options.at(index).value);
}

void SingleChoiceEditor::focusEditor()
{
    QAbstractButton *button = m_group->checkedButton();
    if (!button && !m_buttons.isEmpty())
        button = m_buttons.first();
    if (button)
        button->setFocus(Qt::OtherFocusReason);
}

void SingleChoiceEditor::showValue(const QJsonValue &value)
{
    m_group->setExclusive(false);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(value.isString() && field().options.at(i).value == value.toString());
    m_group->setExclusive(true);
}

void SingleChoiceEditor::keyPressEvent(QKeyEvent *event)
{
    const int digit = digitKey(event);
    if (digit > 0 && digit <= m_buttons.size()) {
        m_buttons.at(digit - 1)->setChecked(true);
        m_buttons.at(digit - 1)->setFocus(Qt::ShortcutFocusReason);
        event->accept();
        return;
    }
    FieldEditor::keyPressEvent(event);
}

// ---- multi_choice ----

MultiChoiceEditor::MultiChoiceEditor(const FormField &field, QWidget *parent) : FieldEditor(field, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < field.options.size(); ++i) {
        auto *box = new QCheckBox(numbered(i, field.options.at(i).label), this);
        connect(box, &QCheckBox::toggled, this, [this, box](bool checked) {
            markChosen(box, checked);
            noteEdited();
        });
        m_boxes.append(box);
        layout->addWidget(box);
    }
}

QJsonValue MultiChoiceEditor::value() const
{
    QJsonArray values;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            values.append(field().options.at(i).value);
    }
    return values.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(values);
}

void MultiChoiceEditor::focusEditor()
{
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus(Qt::OtherFocusReason);
}

void MultiChoiceEditor::showValue(const QJsonValue &value)
{
    const QJsonArray values = value.toArray();
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setChecked(values.contains(field().options.at(i).value));
}

void MultiChoiceEditor::keyPressEvent(QKeyEvent *event)
{
    const int digit = digitKey(event);
    if (digit > 0 && digit <= m_boxes.size()) {
        m_boxes.at(digit - 1)->toggle();
        m_boxes.at(digit - 1)->setFocus(Qt::ShortcutFocusReason);
        event->accept();
        return;
    }
    FieldEditor::keyPressEvent(event);
}

// ---- rating ----

RatingEditor::RatingEditor(const FormField &field, QWidget *parent) : FieldEditor(field, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (field.ratingMax - field.ratingMin < kMaxRatingButtons) {
        m_group = new QButtonGroup(this);
        m_group->setExclusive(false); // so setValue(null) can clear it; pick() keeps one checked
        for (int rating = field.ratingMin; rating <= field.ratingMax; ++rating) {
            auto *button = new QPushButton(QString::number(rating), this);
            button->setCheckable(true);
            button->setFixedWidth(52);
            button->setToolTip(tr("Rate %1 (key %2)").arg(rating).arg(rating));
            m_group->addButton(button, rating);
            m_buttons.append(button);
            layout->addWidget(button);
        }
        connect(m_group, &QButtonGroup::idClicked, this,
                [this](int rating) { pick(m_rating == rating ? std::optional<int>() : std::optional<int>(rating)); });
        auto *range = new QLabel(tr("%1 to %2").arg(field.ratingMin).arg(field.ratingMax), this);
        range->setForegroundRole(QPalette::PlaceholderText);
        layout->addSpacing(8);
        layout->addWidget(range);
        if (!m_buttons.isEmpty())
            setFocusProxy(m_buttons.first());
    } else {
        m_spin = new QSpinBox(this);
        // One below the scale stands for "not rated yet".
        m_spin->setRange(field.ratingMin - 1, field.ratingMax);
        m_spin->setSpecialValueText(tr("not rated"));
        m_spin->setValue(field.ratingMin - 1);
        layout->addWidget(m_spin);
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int rating) {
            pick(rating < this->field().ratingMin ? std::optional<int>() : std::optional<int>(rating));
        });
        setFocusProxy(m_spin);
    }
    layout->addStretch(1);
}

QJsonValue RatingEditor::value() const
{
    return m_rating ? QJsonValue(*m_rating) : QJsonValue(QJsonValue::Null);
}

void RatingEditor::focusEditor()
{
    if (m_spin)
        m_spin->setFocus(Qt::OtherFocusReason);
    else if (!m_buttons.isEmpty())
        m_buttons.at(m_rating ? *m_rating - field().ratingMin : 0)->setFocus(Qt::OtherFocusReason);
}

void RatingEditor::pick(std::optional<int> rating)
{
    m_rating = rating;
    for (QPushButton *button : std::as_const(m_buttons)) {
        const bool chosen = rating && m_group->id(button) == *rating;
        button->setChecked(chosen);
        // The chosen step in the highlight colour: a sunken button alone is hard to see in a dark palette.
        QPalette colours = palette();
        if (chosen) {
            colours.setColor(QPalette::Button, colours.color(QPalette::Highlight));
            colours.setColor(QPalette::ButtonText, colours.color(QPalette::HighlightedText));
        }
        button->setPalette(colours);
        markChosen(button, chosen);
    }
    if (m_spin) {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(rating.value_or(field().ratingMin - 1));
    }
    noteEdited();
}

void RatingEditor::showValue(const QJsonValue &value)
{
    const bool fits = value.isDouble() && value.toDouble() == static_cast<double>(value.toInt()) &&
                      value.toInt() >= field().ratingMin && value.toInt() <= field().ratingMax;
    pick(fits ? std::optional<int>(value.toInt()) : std::nullopt);
}

void RatingEditor::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier && event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
        int rating = event->key() - Qt::Key_0;
        if (rating == 0 && field().ratingMin > 0)
            rating = 10; // on a 1–10 scale, 0 is the key for 10
        if (rating >= field().ratingMin && rating <= field().ratingMax) {
            pick(rating);
            event->accept();
            return;
        }
    }
    if (modifiers == Qt::NoModifier && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        pick(std::nullopt);
        event->accept();
        return;
    }
    FieldEditor::keyPressEvent(event);
}

// ---- text ----

TextFieldEditor::TextFieldEditor(const FormField &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new FieldTextEdit(this)), m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setVisibleLines(3, 10);
    m_edit->setPlaceholderText(field.required ? tr("Your answer (required)") : tr("Your answer (optional)"));
    layout->addWidget(m_edit);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAlignment(Qt::AlignRight);
    layout->addWidget(m_count);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        noteEdited(true);
    });
    setFocusProxy(m_edit);
    updateCount();
}

QJsonValue TextFieldEditor::value() const
{
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void TextFieldEditor::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void TextFieldEditor::showValue(const QJsonValue &value)
{
    if (m_edit->toPlainText() != value.toString())
        m_edit->setPlainText(value.toString());
    m_edit->moveCursor(QTextCursor::End);
}

void TextFieldEditor::updateCount()
{
    const QString text = m_edit->toPlainText();
    const auto length = text.toUcs4().size();
    if (field().maxLength)
        m_count->setText(tr("%1 / %2 characters").arg(length).arg(*field().maxLength));
    else if (field().minLength)
        m_count->setText(tr("%1 characters, at least %2").arg(length).arg(*field().minLength));
    m_count->setVisible(field().maxLength || field().minLength);
}

// ---- pairwise ----

PairwiseEditor::PairwiseEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent)
    : FieldEditor(field, parent), m_group(new QButtonGroup(this)), m_a(new QRadioButton(tr("A is better   (A)"), this)),
      m_tie(new QRadioButton(tr("Tie   (T)"), this)), m_b(new QRadioButton(tr("B is better   (B)"), this)),
      m_justification(new FieldTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *panes = new QHBoxLayout;
    panes->setSpacing(12);
    const QList<std::pair<QString, QString>> responses{
            {tr("Response A"), pairwiseText(itemData, u"response_a"_s, u"a"_s)},
            {tr("Response B"), pairwiseText(itemData, u"response_b"_s, u"b"_s)}};
    for (const auto &[title, text] : responses) {
        auto *pane = new QFrame(this);
        pane->setFrameShape(QFrame::StyledPanel);
        pane->setBackgroundRole(QPalette::Base);
        pane->setAutoFillBackground(true);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(12, 10, 12, 12);
        auto *heading = new QLabel(title, pane);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        paneLayout->addWidget(heading);
        paneLayout->addWidget(paneLabel(text, pane), 1);
        panes->addWidget(pane, 1);
    }
    layout->addLayout(panes);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(24);
    m_group->addButton(m_a);
    m_group->addButton(m_tie);
    m_group->addButton(m_b);
    for (QRadioButton *button : {m_a, m_tie, m_b}) {
        choices->addWidget(button);
        button->installEventFilter(this);
    }
    choices->addStretch(1);
    layout->addLayout(choices);

    m_justification->setVisibleLines(2, 8);
    m_justification->setPlaceholderText(tr("Why? A sentence or two (required)"));
    layout->addWidget(m_justification);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        markChosen(button, checked);
        if (checked)
            noteEdited();
    });
    connect(m_justification, &QPlainTextEdit::textChanged, this, [this] { noteEdited(true); });
    setFocusProxy(m_a);
}

QJsonValue PairwiseEditor::value() const
{
    QString choice;
    if (m_a->isChecked())
        choice = u"a"_s;
    else if (m_b->isChecked())
        choice = u"b"_s;
    else if (m_tie->isChecked())
        choice = u"tie"_s;
    const QString justification = m_justification->toPlainText();
    if (choice.isEmpty() && justification.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"choice"_s, choice.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(choice)},
                       {u"justification"_s, justification}};
}

void PairwiseEditor::focusEditor()
{
    QAbstractButton *button = m_group->checkedButton();
    (button ? button : m_a)->setFocus(Qt::OtherFocusReason);
}

void PairwiseEditor::showValue(const QJsonValue &value)
{
    const QJsonObject pair = value.toObject();
    const QString choice = pair.value(u"choice"_s).toString();
    m_group->setExclusive(false);
    m_a->setChecked(choice == u"a"_s);
    m_b->setChecked(choice == u"b"_s);
    m_tie->setChecked(choice == u"tie"_s);
    m_group->setExclusive(true);
    const QString justification = pair.value(u"justification"_s).toString();
    if (m_justification->toPlainText() != justification) {
        m_justification->setPlainText(justification);
        m_justification->moveCursor(QTextCursor::End);
    }
}

bool PairwiseEditor::handleChoiceKey(QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    QRadioButton *button = nullptr;
    if (event->key() == Qt::Key_A)
        button = m_a;
    else if (event->key() == Qt::Key_B)
        button = m_b;
    else if (event->key() == Qt::Key_T)
        button = m_tie;
    if (!button)
        return false;
    button->setChecked(true);
    button->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool PairwiseEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleChoiceKey(static_cast<QKeyEvent *>(event)))
        return true;
    return FieldEditor::eventFilter(watched, event);
}

void PairwiseEditor::keyPressEvent(QKeyEvent *event)
{
    if (handleChoiceKey(event)) {
        event->accept();
        return;
    }
    FieldEditor::keyPressEvent(event);
}

// ---- correction ----

CorrectionEditor::CorrectionEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent)
    : FieldEditor(field, parent), m_source(itemData.value(field.sourceKey).toString()), m_edit(new FieldTextEdit(this)),
      m_diff(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_edit->setPlainText(m_source);
    m_edit->setVisibleLines(2, 12);
    layout->addWidget(m_edit);

    auto *changes = new QLabel(tr("Your changes: inserted words underlined, removed words struck through"), this);
    changes->setForegroundRole(QPalette::PlaceholderText);
    changes->setWordWrap(true);
    layout->addWidget(changes);
    m_diff->setWordWrap(true);
    m_diff->setTextFormat(Qt::RichText);
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->setContentsMargins(8, 6, 8, 6);
    m_diff->setBackgroundRole(QPalette::AlternateBase);
    m_diff->setAutoFillBackground(true);
    layout->addWidget(m_diff);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateDiff();
        noteEdited(true);
    });
    setFocusProxy(m_edit);
    updateDiff();
}

QJsonValue CorrectionEditor::value() const
{
    return m_edit->toPlainText();
}

void CorrectionEditor::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

QString CorrectionEditor::diffHtml() const
{
    return m_diff->text();
}

void CorrectionEditor::showValue(const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : m_source;
    if (m_edit->toPlainText() != text) {
        m_edit->setPlainText(text);
        m_edit->moveCursor(QTextCursor::End);
    }
}

void CorrectionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateDiff();
    FieldEditor::changeEvent(event);
}

void CorrectionEditor::updateDiff()
{
    const DiffColours colours = diffColours(palette());
    const auto escape = [](const QString &text) { return text.toHtmlEscaped().replace(u'\n', u"<br>"_s); };
    QString html;
    bool changed = false;
    for (const TextSegment &segment : diffText(m_source, m_edit->toPlainText())) {
        switch (segment.op) {
        case DiffOp::Equal:
            html += escape(segment.text);
            break;
        case DiffOp::Insert:
            if (changed && html.endsWith(u"</span>"_s))
                html += u"&#8202;"_s; // a hair space keeps "too" and "to" apart in "tooto"
            changed = true;
            html += u"<span style=\"color:%1; background-color:%2; text-decoration:underline;\">%3</span>"_s.arg(
                    colours.inserted.name(), colours.insertedBackground.name(), escape(segment.text));
            break;
        case DiffOp::Delete:
            changed = true;
            html += u"<span style=\"color:%1; background-color:%2; text-decoration:line-through;\">%3</span>"_s.arg(
                    colours.deleted.name(), colours.deletedBackground.name(), escape(segment.text));
            break;
        }
    }
    if (!changed)
        html = u"<i>%1</i>"_s.arg(tr("No changes yet: the text is as the item gives it.").toHtmlEscaped());
    m_diff->setText(html);
}

// ---- spans ----

SpansEditor::SpansEditor(const FormField &field, const QJsonObject &itemData, QWidget *parent)
    : FieldEditor(field, parent), m_source(itemData.value(field.sourceKey).toString()), m_text(new FieldTextEdit(this)),
      m_list(new QListWidget(this)), m_remove(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *legend = new QHBoxLayout;
    legend->setSpacing(6);
    auto *hint = new QLabel(tr("Select text, then press a label key:"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    legend->addWidget(hint);
    for (int i = 0; i < field.spanLabels.size(); ++i) {
        auto *button = new QPushButton(numbered(i, field.spanLabels.at(i)), this);
        button->setFocusPolicy(Qt::NoFocus); // keeps the selection in the text
        button->setProperty("spanIndex", i);
        connect(button, &QPushButton::clicked, this, [this, i] { addSpan(i); });
        legend->addWidget(button);
    }
    legend->addStretch(1);
    layout->addLayout(legend);

    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlainText(m_source);
    m_text->setVisibleLines(2, 12);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);

    auto *listRow = new QHBoxLayout;
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_list->installEventFilter(this);
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);

    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected span (Delete)"));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, &SpansEditor::removeSelectedSpan);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    setFocusProxy(m_text);
    refresh();
}

QJsonValue SpansEditor::value() const
{
    QJsonArray spans;
    for (const Span &span : m_spans)
        spans.append(QJsonObject{{u"start"_s, span.start}, {u"end"_s, span.end}, {u"label"_s, span.label}});
    return spans;
}

void SpansEditor::focusEditor()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void SpansEditor::showValue(const QJsonValue &value)
{
    m_spans.clear();
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        Span span{object.value(u"start"_s).toInt(-1), object.value(u"end"_s).toInt(-1),
                  object.value(u"label"_s).toString()};
        if (span.start >= 0 && span.end > span.start && span.end <= m_source.size())
            m_spans.append(span);
    }
    refresh();
}

bool SpansEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_text) {
            const int digit = digitKey(key);
            if (digit > 0 && digit <= field().spanLabels.size()) {
                addSpan(digit - 1);
                return true;
            }
        } else if (watched == m_list && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelectedSpan();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void SpansEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    FieldEditor::changeEvent(event);
}

void SpansEditor::addSpan(int labelIndex)
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection() || labelIndex < 0 || labelIndex >= field().spanLabels.size())
        return;
    const Span span{cursor.selectionStart(), cursor.selectionEnd(), field().spanLabels.at(labelIndex)};
    if (m_spans.contains(span))
        return;
    m_spans.append(span);
    std::sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end, a.label) < std::tie(b.start, b.end, b.label);
    });
    QTextCursor collapsed = cursor;
    collapsed.setPosition(cursor.selectionEnd());
    m_text->setTextCursor(collapsed);
    refresh();
    noteEdited();
}

void SpansEditor::removeSelectedSpan()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_spans.size())
        return;
    m_spans.removeAt(row);
    refresh();
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_list->count()) - 1));
    noteEdited();
}

void SpansEditor::refresh()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_list->clear();
    for (const Span &span : std::as_const(m_spans)) {
        const int labelIndex = static_cast<int>(field().spanLabels.indexOf(span.label));
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(spanColour(std::max(labelIndex, 0), palette()));
        selection.format.setFontUnderline(true);
        selections.append(selection);
        m_list->addItem(tr("%1   “%2”   characters %3–%4")
                                .arg(span.label, m_source.mid(span.start, span.end - span.start))
                                .arg(span.start)
                                .arg(span.end));
    }
    m_text->setExtraSelections(selections);
    if (m_spans.isEmpty())
        m_list->addItem(tr("No spans yet"));
    m_list->setEnabled(!m_spans.isEmpty());
    m_remove->setEnabled(!m_spans.isEmpty() && m_list->currentRow() >= 0);
}

} // namespace Chrysalis
