#include "ui/feedbackwork/markupeditor.h"

#include "ui/diff/feedbackpreview.h"
#include "ui/editor/formbuilder.h"
#include "ui/editor/revisionundo.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

MarkupEditor::MarkupEditor(QWidget *parent) : QWidget(parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_tabs = new QTabWidget(splitter);
    auto *taskTab = new QWidget;
    auto *taskLayout = new QVBoxLayout(taskTab);
    auto *terms = new QFormLayout;
    terms->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = new QLineEdit(taskTab);
    terms->addRow(tr("T&itle"), m_title);
    m_pay = new QSpinBox(taskTab);
    m_pay->setRange(0, static_cast<int>(kMaxPayCents));
    m_pay->setSuffix(tr(" ¢ per answer"));
    m_pay->setMaximumWidth(220);
    terms->addRow(tr("&Pay"), m_pay);
    m_estimate = new QSpinBox(taskTab);
    m_estimate->setRange(0, kMaxEstimateSeconds);
    m_estimate->setSuffix(tr(" s per item"));
    m_estimate->setMaximumWidth(220);
    terms->addRow(tr("&Estimate"), m_estimate);
    taskLayout->addLayout(terms);
    auto *instructionsBox = new QGroupBox(tr("I&nstructions (Markdown)"), taskTab);
    auto *instructionsLayout = new QVBoxLayout(instructionsBox);
    m_instructions = new QPlainTextEdit(instructionsBox);
    m_instructions->setTabChangesFocus(true);
    instructionsLayout->addWidget(m_instructions);
    taskLayout->addWidget(instructionsBox, 1);
    m_formBuilder = new FormBuilder;
    m_tabs->addTab(taskTab, tr("&Task"));
    m_tabs->addTab(m_formBuilder, tr("Answer &form"));

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_changesHeading = new QLabel(side);
    QFont bold = m_changesHeading->font();
    bold.setBold(true);
    m_changesHeading->setFont(bold);
    sideLayout->addWidget(m_changesHeading);
    auto *scroll = new QScrollArea(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    m_cards = new QWidget;
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(6, 6, 6, 6);
    m_cardsLayout->setSpacing(8);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cards);
    sideLayout->addWidget(scroll, 1);

    auto *verdictBox = new QGroupBox(tr("Verdict"), side);
    auto *verdictLayout = new QVBoxLayout(verdictBox);
    m_approve = new QRadioButton(tr("&Approve the task as it is"), verdictBox);
    m_changesSuggested = new QRadioButton(tr("Suggest these &changes"), verdictBox);
    auto *group = new QButtonGroup(verdictBox);
    group->addButton(m_approve);
    group->addButton(m_changesSuggested);
    m_verdictHint = new QLabel(verdictBox);
    m_verdictHint->setWordWrap(true);
    m_verdictHint->setForegroundRole(QPalette::PlaceholderText);
    verdictLayout->addWidget(m_approve);
    verdictLayout->addWidget(m_changesSuggested);
    verdictLayout->addWidget(m_verdictHint);
    sideLayout->addWidget(verdictBox);

    splitter->addWidget(m_tabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    m_undo = new RevisionUndo([this] { return markup(); }, [this](const TaskRevision &r) { showRevision(r); }, this);
    m_undo->install(m_tabs);

    connect(m_title, &QLineEdit::textChanged, this, [this] { edited(u"title"_s, true); });
    connect(m_instructions, &QPlainTextEdit::textChanged, this, [this] { edited(u"instructions"_s, true); });
    connect(m_pay, &QSpinBox::valueChanged, this, [this] { edited(u"pay_cents"_s, true); });
    connect(m_estimate, &QSpinBox::valueChanged, this, [this] { edited(u"estimate_seconds"_s, true); });
    connect(m_formBuilder, &FormBuilder::fieldsEdited, this, [this](bool typing) { edited(u"form"_s, typing); });
    connect(m_undo->stack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_loading) {
            refreshHunks();
            Q_EMIT markupChanged();
        }
    });
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked && !m_loading)
            Q_EMIT markupChanged();
    });
    refreshHunks();
}

MarkupEditor::~MarkupEditor()
{
    // The stack clears itself as the children are torn down; the widgets it would refresh are gone by then.
    m_undo->stack()->disconnect(this);
}

void MarkupEditor::setRevisions(const TaskRevision &base, const TaskRevision &markup,
                                const QHash<QString, QString> &comments, Verdict verdict)
{
    m_base = base;
    m_comments = comments;
    m_loading = true;
    m_formBuilder->fieldList()->setCurrentRow(-1);
    showRevision(markup);
    m_loading = false;
    m_undo->reset();
    refreshHunks();
    setVerdict(verdict);
}

TaskRevision MarkupEditor::markup() const
{
    TaskRevision revision = m_base;
    revision.id.clear();
    revision.createdAt = {};
    revision.title = m_title->text();
    revision.instructions = m_instructions->toPlainText();
    revision.form = AnswerForm(m_formBuilder->fields());
    revision.payCents = m_pay->value();
    revision.estimateSeconds = m_estimate->value();
    return revision;
}

void MarkupEditor::showRevision(const TaskRevision &revision)
{
    const bool loading = std::exchange(m_loading, true);
    if (m_title->text() != revision.title)
        m_title->setText(revision.title);
    if (m_instructions->toPlainText() != revision.instructions) {
        const int position = m_instructions->textCursor().position();
        m_instructions->setPlainText(revision.instructions);
        QTextCursor cursor = m_instructions->textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(revision.instructions.size())));
        m_instructions->setTextCursor(cursor);
    }
    m_pay->setValue(static_cast<int>(revision.payCents));
    m_estimate->setValue(revision.estimateSeconds);
    if (m_formBuilder->fields() != revision.form.fields())
        m_formBuilder->setFields(revision.form.fields());
    m_loading = loading;
}

void MarkupEditor::edited(const QString &source, bool typing)
{
    if (m_loading)
        return;
    m_undo->record(source, typing);
    // A keystroke that merges into the last undo step moves no index: refresh here too.
    refreshHunks();
    Q_EMIT markupChanged();
}

QUndoStack *MarkupEditor::undoStack() const
{
    return m_undo->stack();
}

void MarkupEditor::refreshHunks()
{
    const QList<DiffHunk> before = m_hunks;
    m_hunks = diffRevisions(m_base, markup());
    QSet<QString> now;
    for (const DiffHunk &hunk : std::as_const(m_hunks))
        now.insert(hunk.id);
    // A hunk whose content the worker keeps editing gets a new id: its comment moves along with it.
    QList<DiffHunk> gone;
    for (const DiffHunk &hunk : before) {
        if (!now.contains(hunk.id) && !m_comments.value(hunk.id).isEmpty())
            gone.append(hunk);
    }
    for (const DiffHunk &hunk : std::as_const(m_hunks)) {
        if (!m_comments.value(hunk.id).isEmpty())
            continue;
        for (qsizetype i = 0; i < gone.size(); ++i) {
            if (gone.at(i).kind == hunk.kind && gone.at(i).path == hunk.path) {
                m_comments.insert(hunk.id, m_comments.take(gone.at(i).id));
                gone.removeAt(i);
                break;
            }
        }
    }
    bool same = before.size() == m_hunks.size();
    for (qsizetype i = 0; same && i < before.size(); ++i)
        same = before.at(i).id == m_hunks.at(i).id;
    if (!same || m_commentEdits.size() != m_hunks.size())
        rebuildHunkCards();
    updateVerdict(!before.isEmpty());
}

void MarkupEditor::rebuildHunkCards()
{
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        if (QWidget *card = item->widget()) {
            card->hide();
            card->deleteLater();
        }
        delete item;
    }
    m_commentEdits.clear();
    m_cardTitles.clear();
    m_changesHeading->setText(m_hunks.isEmpty()     ? tr("Your changes")
                              : m_hunks.size() == 1 ? tr("Your changes: 1 change")
                                                    : tr("Your changes: %1 changes").arg(m_hunks.size()));
    if (m_hunks.isEmpty()) {
        auto *none = new QLabel(tr("No changes yet. Edit the task on the left where workers would stumble; each "
                                   "change appears here for a comment to the requester."),
                                m_cards);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_cardsLayout->insertWidget(0, none);
        none->show();
        return;
    }
    int row = 0;
    for (const DiffHunk &hunk : std::as_const(m_hunks)) {
        auto *card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        card->setBackgroundRole(QPalette::Base);
        card->setAutoFillBackground(true);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 6, 8, 8);
        cardLayout->setSpacing(4);
        auto *title = new QLabel(FeedbackPreview::hunkTitle(hunk, m_base, markup()), card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        auto *change = new QLabel(card);
        change->setTextFormat(Qt::RichText);
        change->setWordWrap(true);
        change->setText(FeedbackPreview::hunkChangeHtml(hunk, m_base, markup(), palette()));
        auto *comment = new QPlainTextEdit(card);
        comment->setObjectName(u"comment-"_s + hunk.id);
        comment->setPlaceholderText(tr("Comment for the requester: why this change?"));
        comment->setAccessibleName(tr("Comment on %1").arg(title->text()));
        comment->setTabChangesFocus(true);
        comment->setFixedHeight(comment->fontMetrics().lineSpacing() * 3 + 14);
        comment->setPlainText(m_comments.value(hunk.id));
        const QString id = hunk.id;
        connect(comment, &QPlainTextEdit::textChanged, this, [this, comment, id] {
            m_comments.insert(id, comment->toPlainText());
            if (!m_loading)
                Q_EMIT markupChanged();
        });
        cardLayout->addWidget(title);
        cardLayout->addWidget(change);
        cardLayout->addWidget(comment);
        m_cardsLayout->insertWidget(row++, card);
        card->show(); // at once, not on the next event loop turn: a screen reader or grab may ask now
        m_commentEdits.insert(hunk.id, comment);
        m_cardTitles.append(title);
    }
}

void MarkupEditor::updateVerdict(bool hadHunks)
{
    const bool changed = !m_hunks.isEmpty();
    const bool loading = std::exchange(m_loading, true);
    m_approve->setEnabled(!changed);
    if (changed)
        m_changesSuggested->setChecked(true);
    else if (hadHunks || !m_changesSuggested->isChecked())
        m_approve->setChecked(true);
    m_loading = loading;
    m_verdictHint->setText(changed ? tr("You changed the task, so you suggest changes. Undo every change to "
                                        "approve it as it is.")
                                   : tr("Approve when the task needs no change; the requester gains standing."));
}

void MarkupEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The inserted and deleted colours come from the palette: light and dark differ.
    if (event->type() == QEvent::PaletteChange && m_cardsLayout)
        rebuildHunkCards();
}

QString MarkupEditor::comment(const QString &hunkId) const
{
    return m_comments.value(hunkId);
}

void MarkupEditor::setComment(const QString &hunkId, const QString &text)
{
    m_comments.insert(hunkId, text);
    if (QPlainTextEdit *edit = m_commentEdits.value(hunkId); edit && edit->toPlainText() != text)
        edit->setPlainText(text);
}

QList<MarkupComment> MarkupEditor::comments() const
{
    QList<MarkupComment> list;
    for (const DiffHunk &hunk : m_hunks) {
        const QString text = m_comments.value(hunk.id).trimmed();
        if (!text.isEmpty())
            list.append({hunk.id, text});
    }
    return list;
}

Verdict MarkupEditor::verdict() const
{
    return m_approve->isChecked() ? Verdict::Approve : Verdict::ChangesSuggested;
}

bool MarkupEditor::setVerdict(Verdict verdict)
{
    if (verdict == Verdict::Approve && !m_hunks.isEmpty())
        return false;
    const bool loading = std::exchange(m_loading, true);
    (verdict == Verdict::Approve ? m_approve : m_changesSuggested)->setChecked(true);
    m_loading = loading;
    return true;
}

QPlainTextEdit *MarkupEditor::commentEdit(const QString &hunkId) const
{
    return m_commentEdits.value(hunkId);
}

QString MarkupEditor::changesText() const
{
    QStringList lines{m_changesHeading->text()};
    for (qsizetype i = 0; i < m_hunks.size() && i < m_cardTitles.size(); ++i) {
        lines.append(m_cardTitles.at(i)->text());
        const QString text = m_comments.value(m_hunks.at(i).id);
        if (!text.isEmpty())
            lines.append(u"  "_s + text);
    }
    return lines.join(u'\n');
}

} // namespace Chrysalis
