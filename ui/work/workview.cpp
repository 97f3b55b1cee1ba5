#include "ui/work/workview.h"

#include "ui/work/fieldeditor.h"
#include "ui/work/workdialogs.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Typing into one field within this long makes one undo step.
constexpr qint64 kTypingMergeMs = 1500;

// One user edit of one field; the editor already shows `after` when the command is pushed.
class FieldEditCommand : public QUndoCommand
{
public:
    FieldEditCommand(FieldEditor *editor, QJsonValue before, QJsonValue after, bool typing)
        : m_editor(editor), m_before(std::move(before)), m_after(std::move(after)), m_typing(typing)
    {
        setText(WorkView::tr("edit %1").arg(editor->field().label));
        m_time.start();
    }

    int id() const override { return m_typing ? 1 : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const FieldEditCommand *>(other);
        if (edit->m_editor != m_editor || m_time.elapsed() > kTypingMergeMs)
            return false;
        m_after = edit->m_after;
        m_time.start();
        return true;
    }

    void undo() override { m_editor->setValue(m_before); }

    void redo() override
    {
        if (m_pushed)
            m_editor->setValue(m_after);
        m_pushed = true;
    }

private:
    FieldEditor *m_editor;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_typing;
    bool m_pushed = false;
    QElapsedTimer m_time;
};

// "fields.versus.justification" or "versus[0].end" → the form field's name.
QString fieldOf(const QString &path)
{
    static const QRegularExpression separator(u"[.\\[]"_s);
    const auto end = path.indexOf(separator);
    return end < 0 ? path : path.left(end);
}

QString humanKey(const QString &key)
{
    QString text = key;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString clockText(int seconds)
{
    return seconds >= 3600
                   ? u"%1:%2:%3"_s.arg(seconds / 3600)
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                   : u"%1:%2"_s.arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QColor messageColour(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xa8, 0xa0) : QColor(0xa8, 0x22, 0x1b);
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WorkView::WorkView(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_title(new QLabel(this)), m_position(new QLabel(this)),
      m_timer(new QLabel(this)), m_instructions(new QTextBrowser(this)), m_scroll(new QScrollArea(this)),
      m_empty(new QLabel(this)), m_previous(new QPushButton(tr("Previous"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_skip(new QPushButton(tr("Skip"), this)),
      m_submit(new QPushButton(tr("Submit answer"), this)), m_rate(new QPushButton(tr("Rate this task…"), this)),
      m_reframe(new QPushButton(tr("Propose a reframing…"), this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    auto *stack = m_stack;
    outer->addWidget(stack);

    m_empty->setText(tr("Nothing to work on right now.\nClaim items of a task to start."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(m_empty);

    auto *page = new QWidget(stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_position->setForegroundRole(QPalette::PlaceholderText);
    m_timer->setToolTip(tr("Time spent on this item; paused while the window is in the background"));
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_position);
    header->addStretch(1);
    header->addWidget(m_timer);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(sectionHeading(tr("Instructions"), left));
    m_instructions->setOpenExternalLinks(true);
    m_instructions->setFrameShape(QFrame::NoFrame);
    m_instructions->document()->setDocumentMargin(0);
    m_instructions->setBackgroundRole(QPalette::Window);
    m_instructions->viewport()->setAutoFillBackground(false);
    m_instructions->setFocusPolicy(Qt::NoFocus);
    leftLayout->addWidget(m_instructions, 1);
    auto *taskActions = new QHBoxLayout;
    taskActions->addWidget(m_rate);
    taskActions->addWidget(m_reframe);
    taskActions->addStretch(1);
    leftLayout->addLayout(taskActions);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setParent(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 700});
    layout->addWidget(splitter, 1);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_submit->setDefault(true);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_skip);
    bar->addWidget(m_submit);
    layout->addLayout(bar);
    stack->addWidget(page);

    for (QPushButton *button : {m_previous, m_next, m_skip, m_submit, m_rate, m_reframe})
        button->setAutoDefault(false);

    auto addAction = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    // The keys in the tooltips come from the actions, so the tooltips and the cheat sheet agree.
    const auto withKeys = [](const QString &tip, const QAction *action) {
        return tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
    };
    const QAction *submitAction = addAction(
            tr("Submit the answer"), {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
            [this] { submit(); });
    addAction(tr("Undo the last change to the answer"), {QKeySequence::Undo}, [this] { m_undo->undo(); });
    addAction(tr("Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
              [this] { m_undo->redo(); });
    const QAction *previousAction = addAction(tr("Previous item"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] {
        if (m_previous->isEnabled())
            Q_EMIT previousRequested();
    });
    const QAction *nextAction = addAction(tr("Next item"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] {
        if (m_next->isEnabled())
            Q_EMIT nextRequested();
    });
    QAction *skipAction =
            addAction(tr("Skip this item for now"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] {
                if (m_skip->isEnabled())
                    Q_EMIT skipRequested();
            });
    skipAction->setObjectName(u"skipItem"_s);
    m_skip->setToolTip(withKeys(tr("Leave this item for now and go on; the lease stays yours"), skipAction));
    m_previous->setToolTip(withKeys(tr("Previous item"), previousAction));
    m_next->setToolTip(withKeys(tr("Next item"), nextAction));
    m_submit->setToolTip(withKeys(tr("Submit the answer"), submitAction));

    connect(m_submit, &QPushButton::clicked, this, &WorkView::submit);
    connect(m_skip, &QPushButton::clicked, this, &WorkView::skipRequested);
    connect(m_next, &QPushButton::clicked, this, &WorkView::nextRequested);
    connect(m_previous, &QPushButton::clicked, this, &WorkView::previousRequested);
    connect(m_rate, &QPushButton::clicked, this, &WorkView::askRating);
    connect(m_reframe, &QPushButton::clicked, this, &WorkView::askReframing);
    connect(m_undo, &QUndoStack::indexChanged, this, &WorkView::answerChanged);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &WorkView::updateTimerLabel);
    setMinimumSize(760, 480);
    clear();
}

WorkView::~WorkView()
{
    // Editors may still report changes while the children are torn down.
    m_undo->disconnect(this);
    for (const FieldRow &row : std::as_const(m_rows))
        row.editor->disconnect(this);
}

void WorkView::setHeaderShown(bool shown)
{
    m_title->setVisible(shown);
    m_position->setVisible(shown);
}

void WorkView::setLeaseActionsShown(bool shown)
{
    for (QPushButton *button : {m_skip, m_rate, m_reframe})
        button->setVisible(shown);
}

void WorkView::clear()
{
    setTimerRunning(false);
    m_item = {};
    m_rows.clear();
    m_undo->clear();
    if (m_formHost) {
        m_scroll->takeWidget();
        m_formHost->deleteLater();
        m_formHost = nullptr;
    }
    m_stack->setCurrentIndex(0);
}

void WorkView::setWorkItem(const WorkItem &item)
{
    clear();
    m_item = item;
    m_submitTried = false;
    m_title->setText(item.title);
    m_position->setText(item.position > 0 && item.count > 0 ? tr("Item %1 of %2").arg(item.position).arg(item.count)
                                                            : QString());
    m_instructions->setMarkdown(item.instructions);
    buildForm();
    m_spentMs = static_cast<qint64>(std::max(0, item.secondsSpent)) * 1000;
    setTimerRunning(isActiveWindow());
    updateTimerLabel();
    m_stack->setCurrentIndex(1);
    if (!m_rows.isEmpty())
        m_rows.first().editor->focusEditor();
}

void WorkView::buildForm()
{
    m_formHost = new QWidget;
    auto *layout = new QVBoxLayout(m_formHost);
    layout->setContentsMargins(8, 0, 12, 8);
    layout->setSpacing(6);

    // The item's own data, except the texts a field shows itself.
    QStringList shownByFields;
    for (const FormField &field : m_item.form.fields()) {
        if (field.usesSourceText())
            shownByFields.append(field.sourceKey);
        if (field.kind == FieldKind::Pairwise)
            shownByFields.append({u"response_a"_s, u"response_b"_s, u"a"_s, u"b"_s});
    }
    bool anyItemData = false;
    for (auto it = m_item.itemData.constBegin(); it != m_item.itemData.constEnd(); ++it) {
        if (shownByFields.contains(it.key()))
            continue;
        if (!anyItemData) {
            layout->addWidget(sectionHeading(tr("Item"), m_formHost));
            anyItemData = true;
        }
        const QString text =
                it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                                  QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact));
        auto *key = new QLabel(humanKey(it.key()), m_formHost);
        key->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(text, m_formHost);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(key);
        layout->addWidget(value);
    }
    if (anyItemData)
        layout->addSpacing(14);

    for (const FormField &field : m_item.form.fields()) {
        FieldRow row;
        auto *label = new QLabel(m_formHost);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setText(u"<b>%1</b>%2"_s.arg(field.label.toHtmlEscaped(),
                                            field.required ? QString() : u"  <i>(%1)</i>"_s.arg(tr("optional"))));
        layout->addWidget(label);
        row.editor = createFieldEditor(field, m_item.itemData, m_formHost);
        row.editor->setObjectName(field.name);
        row.editor->setValue(m_item.fields.value(field.name));
        layout->addWidget(row.editor);
        row.message = new QLabel(m_formHost);
        row.message->setWordWrap(true);
        row.message->setTextFormat(Qt::PlainText);
        row.message->hide();
        layout->addWidget(row.message);
        layout->addSpacing(16);
        FieldEditor *editor = row.editor;
        connect(editor, &FieldEditor::changed, this,
                [this, editor](const QJsonValue &before, const QJsonValue &after, bool typing) {
                    onFieldChanged(editor, before, after, typing);
                });
        label->setBuddy(editor);
        m_rows.append(row);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_formHost);
}

QJsonObject WorkView::fields() const
{
    QJsonObject fields;
    for (const FieldRow &row : m_rows) {
        const QJsonValue value = row.editor->value();
        if (!value.isNull() && !value.isUndefined())
            fields.insert(row.editor->field().name, value);
    }
    return fields;
}

QList<FieldError> WorkView::validationErrors() const
{
    return m_item.form.validateAnswer(fields(), m_item.itemData);
}

int WorkView::secondsSpent() const
{
    const qint64 ms = m_spentMs + (m_running ? m_clock.elapsed() : 0);
    return static_cast<int>(ms / 1000);
}

FieldEditor *WorkView::editor(const QString &fieldName) const
{
    for (const FieldRow &row : m_rows) {
        if (row.editor->field().name == fieldName)
            return row.editor;
    }
    return nullptr;
}

QString WorkView::messageFor(const QString &fieldName) const
{
    for (const FieldRow &row : m_rows) {
        if (row.editor->field().name == fieldName)
            return row.message->isVisibleTo(m_formHost) ? row.message->text() : QString();
    }
    return {};
}

void WorkView::setNavigation(bool hasPrevious, bool hasNext)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
}

void WorkView::submit()
{
    if (!hasWorkItem())
        return;
    const QList<FieldError> errors = validationErrors();
    if (errors.isEmpty()) {
        Q_EMIT submitRequested(fields(), secondsSpent());
        return;
    }
    m_submitTried = true;
    showMessages(true);
    const QString first = fieldOf(errors.first().field);
    if (FieldEditor *faulty = editor(first)) {
        m_scroll->ensureWidgetVisible(faulty);
        faulty->focusEditor();
    }
}

void WorkView::onFieldChanged(FieldEditor *editor, const QJsonValue &before, const QJsonValue &after, bool typing)
{
    for (FieldRow &row : m_rows) {
        if (row.editor == editor)
            row.touched = true;
    }
    m_undo->push(new FieldEditCommand(editor, before, after, typing));
}

void WorkView::answerChanged()
{
    if (!hasWorkItem())
        return;
    showMessages(m_submitTried);
    Q_EMIT draftChanged(fields());
}

void WorkView::showMessages(bool all)
{
    QHash<QString, QStringList> messages;
    for (const FieldError &error : validationErrors()) {
        const QString name = fieldOf(error.field);
        const QString detail = error.field.mid(name.size());
        const QString where = detail.startsWith(u'.') ? detail.mid(1) : detail;
        messages[name].append(where.isEmpty() ? error.message : u"%1: %2"_s.arg(where, error.message));
    }
    const QColor colour = messageColour(palette());
    for (FieldRow &row : m_rows) {
        const QStringList list = messages.value(row.editor->field().name);
        const bool show = !list.isEmpty() && (all || row.touched);
        QPalette palette = row.message->palette();
        palette.setColor(QPalette::WindowText, colour);
        row.message->setPalette(palette);
        row.message->setText(show ? u"⚠ "_s + list.join(u"\n⚠ "_s) : QString());
        row.message->setVisible(show);
    }
}

bool WorkView::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        setTimerRunning(hasWorkItem());
    else if (event->type() == QEvent::WindowDeactivate || event->type() == QEvent::Hide)
        setTimerRunning(false);
    else if (event->type() == QEvent::Show)
        setTimerRunning(hasWorkItem() && isActiveWindow());
    else if (event->type() == QEvent::PaletteChange && hasWorkItem())
        showMessages(m_submitTried);
    return QWidget::event(event);
}

void WorkView::setTimerRunning(bool running)
{
    if (running == m_running)
        return;
    if (running) {
        m_clock.start();
        m_tick.start();
    } else {
        m_spentMs += m_clock.elapsed();
        m_tick.stop();
    }
    m_running = running;
    updateTimerLabel();
}

void WorkView::updateTimerLabel()
{
    m_timer->setText(m_running ? tr("Time on this item  %1").arg(clockText(secondsSpent()))
                               : tr("Time on this item  %1 (paused)").arg(clockText(secondsSpent())));
}

void WorkView::askRating()
{
    auto *dialog = new RateTaskDialog(m_item.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->rating() >= 0)
            Q_EMIT rateRequested(dialog->rating());
    });
    dialog->open();
}

void WorkView::askReframing()
{
    auto *dialog = new ReframeDialog(m_item.instructions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT reframeRequested(dialog->instructions(), dialog->rationale()); });
    dialog->open();
}

} // namespace Chrysalis
