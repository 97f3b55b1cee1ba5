#include "ui/diff/feedbackpreview.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QColor blend(const QColor &base, const QColor &tint, float amount)
{
    return QColor::fromRgbF(base.redF() * (1.0f - amount) + tint.redF() * amount,
                            base.greenF() * (1.0f - amount) + tint.greenF() * amount,
                            base.blueF() * (1.0f - amount) + tint.blueF() * amount);
}

// Colours derived from the palette, so they work on light and dark themes alike; insertions are
// also underlined and deletions struck through, for readers who cannot tell the colours apart.
struct DiffColours {
    QString text;
    QString muted;
    QString card;
    QString current;
    QString inserted;
    QString deleted;
    QString accepted;
    QString rejected;

    explicit DiffColours(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        const bool dark = base.lightnessF() < 0.5f;
        const float tint = dark ? 0.38f : 0.24f;
        text = palette.color(QPalette::Text).name();
        muted = blend(palette.color(QPalette::Text), base, 0.4f).name();
        card = blend(base, palette.color(QPalette::Text), dark ? 0.07f : 0.035f).name();
        current = blend(base, palette.color(QPalette::Highlight), dark ? 0.3f : 0.14f).name();
        inserted = blend(base, QColor(46, 160, 67), tint).name();
        deleted = blend(base, QColor(218, 54, 51), tint).name();
        accepted = (dark ? QColor(111, 207, 133) : QColor(26, 127, 55)).name();
        rejected = (dark ? QColor(255, 138, 128) : QColor(179, 38, 30)).name();
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString insertedHtml(const QString &text, const DiffColours &colours)
{
    return u"<span style=\"background-color:%1; text-decoration:underline;\">%2</span>"_s.arg(colours.inserted,
                                                                                              escaped(text));
}

QString deletedHtml(const QString &text, const DiffColours &colours)
{
    return u"<span style=\"background-color:%1; text-decoration:line-through;\">%2</span>"_s.arg(colours.deleted,
                                                                                                 escaped(text));
}

QString segmentsHtml(const QList<TextSegment> &segments, std::optional<DiffOp> hidden, const DiffColours &colours)
{
    QString html;
    for (const TextSegment &segment : segments) {
        if (hidden && segment.op == *hidden)
            continue;
        if (segment.op == DiffOp::Insert)
            html += insertedHtml(segment.text, colours);
        else if (segment.op == DiffOp::Delete)
            html += deletedHtml(segment.text, colours);
        else
            html += escaped(segment.text);
    }
    return html;
}

// Cents for display with the locale's grouping and decimal point, without floating point.
QString money(Cents cents)
{
    const QLocale locale;
    const quint64 magnitude = cents < 0 ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const QString amount = locale.toString(static_cast<qulonglong>(magnitude / 100)) + locale.decimalPoint() +
                           u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
    const QString text = FeedbackPreview::tr("$%1").arg(amount);
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString duration(int seconds)
{
    if (seconds < 60)
        return FeedbackPreview::tr("%n s", nullptr, seconds);
    if (seconds % 60 == 0)
        return FeedbackPreview::tr("%n min", nullptr, seconds / 60);
    return FeedbackPreview::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString tierText(Tier tier)
{
    switch (tier) {
    case Tier::Bronze:
        return FeedbackPreview::tr("Bronze");
    case Tier::Silver:
        return FeedbackPreview::tr("Silver");
    case Tier::Gold:
        return FeedbackPreview::tr("Gold");
    }
    return {};
}

QString kindText(FieldKind kind)
{
    switch (kind) {
    case FieldKind::SingleChoice:
        return FeedbackPreview::tr("single choice");
    case FieldKind::MultiChoice:
        return FeedbackPreview::tr("multiple choice");
    case FieldKind::Rating:
        return FeedbackPreview::tr("rating");
    case FieldKind::Text:
        return FeedbackPreview::tr("text");
    case FieldKind::Pairwise:
        return FeedbackPreview::tr("pairwise comparison");
    case FieldKind::Correction:
        return FeedbackPreview::tr("correction");
    case FieldKind::Spans:
        return FeedbackPreview::tr("span labels");
    }
    return {};
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? FeedbackPreview::tr("none") : QLocale().createSeparatedList(items);
}

QString answerValueText(const QJsonValue &value, const FormField *field)
{
    if (field && field->usesOptions()) {
        const auto labelOf = [field](const QString &v) {
            for (const FormOption &option : field->options) {
                if (option.value == v)
                    return option.label;
            }
            return v;
        };
        if (value.isString())
            return labelOf(value.toString());
        if (value.isArray()) {
            QStringList labels;
            for (const QJsonValue &item : value.toArray())
                labels << labelOf(item.toString());
            return QLocale().createSeparatedList(labels);
        }
    }
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isBool())
        return value.toBool() ? FeedbackPreview::tr("yes") : FeedbackPreview::tr("no");
    if (value.isNull() || value.isUndefined())
        return FeedbackPreview::tr("(no answer)");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// The answer form as lines of text, so two forms can be compared word by word.
QString formText(const AnswerForm &form)
{
    QStringList lines;
    int number = 0;
    for (const FormField &field : form.fields()) {
        QString line = FeedbackPreview::tr("%1. %2 (%3%4)")
                               .arg(++number)
                               .arg(field.label, kindText(field.kind),
                                    field.required ? FeedbackPreview::tr(", required") : QString());
        if (field.usesOptions()) {
            QStringList labels;
            for (const FormOption &option : field.options)
                labels << option.label;
            line += u"\n    "_s + FeedbackPreview::tr("Options: %1").arg(labels.join(u", "_s));
        }
        lines << line;
    }
    return lines.join(u'\n');
}

QString termsText(const TaskRevision &revision)
{
    return QStringList{FeedbackPreview::tr("Pay per answer: %1").arg(money(revision.payCents)),
                       FeedbackPreview::tr("Time per item: %1").arg(duration(revision.estimateSeconds)),
                       FeedbackPreview::tr("Answers per item: %1").arg(revision.overlap),
                       FeedbackPreview::tr("Minimum tier: %1").arg(tierText(revision.minTier)),
                       FeedbackPreview::tr("Skills: %1").arg(listText(revision.skills)),
                       FeedbackPreview::tr("Content warnings: %1").arg(listText(revision.contentWarnings))}
            .join(u'\n');
}

} // namespace

FeedbackPreview::FeedbackPreview(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_progress = new QLabel(this);
    // The worker's reason for a reframing is what the requester weighs first: set apart like a note.
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"rationale"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::RichText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setBackgroundRole(QPalette::ToolTipBase);
    m_reason->setForegroundRole(QPalette::ToolTipText);
    m_reason->setAutoFillBackground(true);
    m_reason->setMargin(10);
    m_reason->setVisible(false);
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(u"outcome"_s);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextFormat(Qt::RichText);
    m_outcomeLabel->setVisible(false);

    m_sideBySide = new QToolButton(this);
    m_sideBySide->setText(tr("Side by side"));
    m_sideBySide->setCheckable(true);
    m_sideBySide->setChecked(true);
    m_inline = new QToolButton(this);
    m_inline->setText(tr("Inline"));
    m_inline->setCheckable(true);
    QFont chosen = m_sideBySide->font();
    chosen.setBold(true);
    m_sideBySide->setFont(chosen);
    auto *layoutGroup = new QButtonGroup(this);
    layoutGroup->setExclusive(true);
    layoutGroup->addButton(m_sideBySide);
    layoutGroup->addButton(m_inline);
    connect(m_sideBySide, &QToolButton::clicked, this, [this] { setLayout(Layout::SideBySide); });
    connect(m_inline, &QToolButton::clicked, this, [this] { setLayout(Layout::Inline); });

    m_acceptAll = new QPushButton(tr("Accept all"), this);
    connect(m_acceptAll, &QPushButton::clicked, this, &FeedbackPreview::acceptAll);
    m_publish = new QPushButton(tr("Publish with accepted changes"), this);
    m_publish->setDefault(true);
    connect(m_publish, &QPushButton::clicked, this, [this] { Q_EMIT resolveRequested(acceptedHunkIds()); });
    m_decline = new QPushButton(tr("Decline proposal"), this);
    m_decline->setVisible(false);
    connect(m_decline, &QPushButton::clicked, this, &FeedbackPreview::declineRequested);

    m_changes = new QTextBrowser(this);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setOpenLinks(false);
    connect(m_changes, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (!ok || index < 0 || index >= m_hunks.size())
            return;
        m_current = index;
        if (m_readOnly) {
            renderChanges();
            return;
        }
        if (url.scheme() == u"accept"_s)
            setDecision(m_hunks.at(index).id, HunkDecision::Accepted);
        else if (url.scheme() == u"reject"_s)
            setDecision(m_hunks.at(index).id, HunkDecision::Rejected);
        renderChanges();
    });
    m_changes->installEventFilter(this);
    m_whole = new QTextBrowser(this);
    m_whole->setObjectName(u"whole"_s);
    m_samples = new QTextBrowser(this);
    m_samples->setObjectName(u"samples"_s);
    m_mergedView = new QTextBrowser(this);
    m_mergedView->setObjectName(u"merged"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_whole, tr("Whole revision"));
    m_tabs->addTab(m_samples, tr("Sample answers"));
    m_tabs->addTab(m_mergedView, tr("Merged revision"));
    m_tabs->setDocumentMode(true);

    m_keys = new QLabel(tr("N / P: next or previous change    A / R: accept or reject it    "
                           "Alt+Down / Alt+Up also move between changes"),
                        this);
    m_keys->setWordWrap(true);
    m_keys->setForegroundRole(QPalette::PlaceholderText);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_sideBySide);
    toolbar->addWidget(m_inline);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_progress, 1);
    toolbar->addWidget(m_outcomeLabel, 1);
    toolbar->addWidget(m_acceptAll);
    toolbar->addWidget(m_decline);
    toolbar->addWidget(m_publish);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_reason);
    layout->addLayout(toolbar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_keys);

    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_changes);
    renderAll();
}

void FeedbackPreview::setFeedback(const TaskRevision &base, const FeedbackTask &feedback, const QJsonArray &sampleItems)
{
    m_feedback = feedback;
    m_sampleItems = sampleItems;
    m_proposal = false;
    m_rationale.clear();
    m_author.clear();
    load(base, feedback.markupRevision.value_or(base));
}

void FeedbackPreview::setReframeProposal(const TaskRevision &current, const TaskRevision &markup,
                                         const QString &rationale, const QString &authorPseudonym)
{
    m_feedback = FeedbackTask();
    m_feedback.markupRevision = markup;
    m_sampleItems = {};
    m_proposal = true;
    m_rationale = rationale;
    m_author = authorPseudonym;
    load(current, markup);
}

void FeedbackPreview::setResolved(const QString &outcome, const QStringList &acceptedHunkIds)
{
    m_readOnly = true;
    m_outcome = outcome;
    for (const DiffHunk &hunk : std::as_const(m_hunks))
        m_decisions.insert(hunk.id,
                           acceptedHunkIds.contains(hunk.id) ? HunkDecision::Accepted : HunkDecision::Rejected);
    renderAll();
}

QString FeedbackPreview::rationaleText() const
{
    return m_reason->isVisibleTo(this) ? QTextDocumentFragment::fromHtml(m_reason->text()).toPlainText() : QString();
}

QString FeedbackPreview::outcomeText() const
{
    return m_outcomeLabel->isVisibleTo(this) ? QTextDocumentFragment::fromHtml(m_outcomeLabel->text()).toPlainText()
                                             : QString();
}

void FeedbackPreview::load(const TaskRevision &base, const TaskRevision &markup)
{
    m_base = base;
    m_markup = markup;
    m_readOnly = false;
    m_outcome.clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_samples), !m_proposal);
    m_hunks = diffRevisions(m_base, m_markup);
    m_wholeSections = {diffText(m_base.title, m_markup.title), diffText(m_base.instructions, m_markup.instructions),
                       diffText(formText(m_base.form), formText(m_markup.form)),
                       diffText(termsText(m_base), termsText(m_markup))};
    m_decisions.clear();
    m_current = m_hunks.isEmpty() ? -1 : 0;
    renderAll();
    scrollToCurrent();
}

void FeedbackPreview::clear()
{
    setFeedback(TaskRevision(), FeedbackTask());
}

void FeedbackPreview::setCurrentHunk(int index)
{
    if (m_hunks.isEmpty())
        return;
    const int clamped = std::clamp(index, 0, static_cast<int>(m_hunks.size()) - 1);
    if (clamped == m_current)
        return;
    m_current = clamped;
    renderChanges();
    scrollToCurrent();
}

void FeedbackPreview::nextHunk()
{
    setCurrentHunk(m_current + 1);
}

void FeedbackPreview::previousHunk()
{
    setCurrentHunk(m_current - 1);
}

HunkDecision FeedbackPreview::decision(const QString &hunkId) const
{
    return m_decisions.value(hunkId, HunkDecision::Undecided);
}

void FeedbackPreview::setDecision(const QString &hunkId, HunkDecision decision)
{
    if (this->decision(hunkId) == decision)
        return;
    m_decisions.insert(hunkId, decision);
    renderAll();
    Q_EMIT decisionsChanged();
}

void FeedbackPreview::acceptAll()
{
    if (m_readOnly)
        return;
    for (const DiffHunk &hunk : std::as_const(m_hunks))
        m_decisions.insert(hunk.id, HunkDecision::Accepted);
    renderAll();
    Q_EMIT decisionsChanged();
}

QStringList FeedbackPreview::acceptedHunkIds() const
{
    QStringList ids;
    for (const DiffHunk &hunk : m_hunks) {
        if (decision(hunk.id) == HunkDecision::Accepted)
            ids << hunk.id;
    }
    return ids;
}

Result<TaskRevision> FeedbackPreview::mergedRevision() const
{
    return m_merged ? *m_merged : applyHunks(m_base, m_markup, acceptedHunkIds());
}

void FeedbackPreview::setLayout(Layout layout)
{
    m_sideBySide->setChecked(layout == Layout::SideBySide);
    m_inline->setChecked(layout == Layout::Inline);
    // The checked look of a tool button is faint in some styles: the chosen layout is also bold.
    for (QToolButton *button : {m_sideBySide, m_inline}) {
        QFont font = button->font();
        font.setBold(button->isChecked());
        button->setFont(font);
    }
    if (layout == m_layout)
        return;
    m_layout = layout;
    renderChanges();
    renderWhole();
    scrollToCurrent();
}

QString FeedbackPreview::changesText() const
{
    return m_changes->toPlainText();
}

QString FeedbackPreview::wholeText() const
{
    return m_whole->toPlainText();
}

QString FeedbackPreview::samplesText() const
{
    return m_samples->toPlainText();
}

QString FeedbackPreview::mergedText() const
{
    return m_mergedView->toPlainText();
}

bool FeedbackPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_changes && event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

void FeedbackPreview::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

void FeedbackPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        renderAll();
}

bool FeedbackPreview::handleKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::AltModifier && event->key() == Qt::Key_Down) {
        nextHunk();
        return true;
    }
    if (modifiers == Qt::AltModifier && event->key() == Qt::Key_Up) {
        previousHunk();
        return true;
    }
    if (modifiers != Qt::NoModifier && modifiers != Qt::ShiftModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_N:
        nextHunk();
        return true;
    case Qt::Key_P:
        previousHunk();
        return true;
    case Qt::Key_A:
        decideCurrent(HunkDecision::Accepted);
        return true;
    case Qt::Key_R:
        decideCurrent(HunkDecision::Rejected);
        return true;
    default:
        return false;
    }
}

// Decides the current hunk and moves on to the next, as a reviewer works down the list.
void FeedbackPreview::decideCurrent(HunkDecision decision)
{
    if (m_current < 0 || m_readOnly)
        return;
    const QString id = m_hunks.at(m_current).id;
    m_decisions.insert(id, decision);
    if (m_current + 1 < m_hunks.size())
        ++m_current;
    renderAll();
    scrollToCurrent();
    Q_EMIT decisionsChanged();
}

void FeedbackPreview::renderAll()
{
    m_merged = applyHunks(m_base, m_markup, acceptedHunkIds());
    renderHeader();
    renderChanges();
    renderWhole();
    renderSamples();
    renderMerged();
}

void FeedbackPreview::renderHeader()
{
    const bool any = !m_base.title.isEmpty() || !m_hunks.isEmpty();
    m_title->setText(any ? m_base.title : tr("Nothing selected"));

    QStringList parts;
    if (m_feedback.verdict) {
        const bool approve = *m_feedback.verdict == Verdict::Approve;
        const DiffColours colours(palette());
        parts << tr("Verdict: %1")
                         .arg(u"<b style=\"color:%1\">%2</b>"_s.arg(approve ? colours.accepted : colours.text,
                                                                    approve ? tr("approve") : tr("changes suggested")));
    }
    if (const std::optional<Cents> hourly = impliedHourlyPayCents(m_base.payCents, m_feedback.sampleAnswers)) {
        QString pay = tr("Implied pay: %1 an hour").arg(money(*hourly));
        if (m_markup.payCents != m_base.payCents) {
            if (const std::optional<Cents> suggested =
                        impliedHourlyPayCents(m_markup.payCents, m_feedback.sampleAnswers))
                pay = tr("Implied pay: %1 an hour, %2 at the suggested pay").arg(money(*hourly), money(*suggested));
        }
        qint64 seconds = 0;
        qint64 timed = 0;
        for (const SampleAnswer &answer : std::as_const(m_feedback.sampleAnswers)) {
            if (answer.secondsSpent > 0) {
                seconds += answer.secondsSpent;
                ++timed;
            }
        }
        parts << escaped(pay) + escaped(tr(" (measured %1 per item)").arg(duration(static_cast<int>(seconds / timed))));
    }
    if (m_proposal)
        parts << escaped(tr("Reframe proposal by %1, compared with revision %2")
                                 .arg(m_author.isEmpty() ? tr("a worker") : m_author)
                                 .arg(m_base.number));
    m_summary->setText(parts.join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));
    m_summary->setVisible(!parts.isEmpty());
    m_reason->setVisible(m_proposal);
    if (m_proposal)
        m_reason->setText(u"<b>%1</b><br>%2"_s.arg(escaped(tr("Why the worker proposes this")),
                                                   escaped(m_rationale).replace(u'\n', u"<br>"_s)));
    m_outcomeLabel->setVisible(m_readOnly);
    m_outcomeLabel->setText(u"<b>%1</b>"_s.arg(escaped(m_outcome)));
    m_publish->setText(m_proposal ? tr("Adopt accepted changes") : tr("Publish with accepted changes"));

    int decided = 0;
    for (const DiffHunk &hunk : std::as_const(m_hunks)) {
        if (decision(hunk.id) != HunkDecision::Undecided)
            ++decided;
    }
    QString progress;
    if (!m_hunks.isEmpty())
        progress = tr("Decided %1 of %2, accepted %3").arg(decided).arg(m_hunks.size()).arg(acceptedHunkIds().size());
    if (decided < m_hunks.size())
        progress += tr(" · changes not decided are left out");
    m_progress->setText(progress);
    m_progress->setVisible(!m_readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_sideBySide, m_inline})
        widget->setVisible(any);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_acceptAll, m_publish, m_keys})
        widget->setVisible(any && !m_readOnly);
    m_decline->setVisible(any && m_proposal && !m_readOnly);
    m_acceptAll->setEnabled(!m_hunks.isEmpty());
    // Adopting needs at least one accepted change (reframe.resolve@1 refuses an adoption without hunks).
    m_publish->setEnabled(any && mergedRevision().ok() && (!m_proposal || !acceptedHunkIds().isEmpty()));
    m_publish->setToolTip(m_proposal && acceptedHunkIds().isEmpty()
                                  ? tr("Accept at least one change to adopt the proposal, or decline it.")
                                  : QString());
}

QString FeedbackPreview::fieldLabel(const QString &name) const
{
    return fieldLabelIn(name, m_base, m_markup);
}

QString FeedbackPreview::fieldLabelIn(const QString &name, const TaskRevision &base, const TaskRevision &markup)
{
    for (const TaskRevision *revision : {&base, &markup}) {
        if (const FormField *field = revision->form.field(name))
            return field->label.isEmpty() ? name : field->label;
    }
    return name;
}

QString FeedbackPreview::hunkTitle(const DiffHunk &hunk) const
{
    return hunkTitle(hunk, m_base, m_markup);
}

QString FeedbackPreview::hunkTitle(const DiffHunk &hunk, const TaskRevision &base, const TaskRevision &markup)
{
    const QString field = fieldLabelIn(hunk.fieldName, base, markup);
    switch (hunk.kind) {
    case HunkKind::Title:
        return tr("Title");
    case HunkKind::Instructions:
        return tr("Instructions");
    case HunkKind::FieldAdded:
        return tr("New field “%1”").arg(field);
    case HunkKind::FieldRemoved:
        return tr("Field “%1” removed").arg(field);
    case HunkKind::FieldRenamed:
        return tr("Field “%1”: answer key renamed").arg(field);
    case HunkKind::FieldRetyped:
        return tr("Field “%1”: kind of answer").arg(field);
    case HunkKind::FieldLabelChanged:
        return tr("Field “%1”: label").arg(hunk.before);
    case HunkKind::FieldRequiredChanged:
        return tr("Field “%1”: required or optional").arg(field);
    case HunkKind::FieldSettingsChanged:
        return tr("Field “%1”: settings").arg(field);
    case HunkKind::FieldsReordered:
        return tr("Order of the fields");
    case HunkKind::OptionAdded:
        return tr("Field “%1”: new option").arg(field);
    case HunkKind::OptionRemoved:
        return tr("Field “%1”: option removed").arg(field);
    case HunkKind::OptionRelabelled:
        return tr("Field “%1”: option label").arg(field);
    case HunkKind::OptionsReordered:
        return tr("Field “%1”: order of the options").arg(field);
    case HunkKind::Pay:
        return tr("Pay per answer");
    case HunkKind::Estimate:
        return tr("Time per item");
    case HunkKind::Overlap:
        return tr("Answers per item");
    case HunkKind::MinTier:
        return tr("Minimum tier");
    case HunkKind::Skills:
        return tr("Skills");
    case HunkKind::ContentWarnings:
        return tr("Content warnings");
    }
    return {};
}

// One side of a hunk that is not text, as the requester reads it.
QString FeedbackPreview::hunkValueHtml(const DiffHunk &hunk, bool after) const
{
    return hunkValueHtml(hunk, after, m_base, m_markup, palette());
}

QString FeedbackPreview::hunkChangeHtml(const DiffHunk &hunk, const TaskRevision &base, const TaskRevision &markup,
                                        const QPalette &palette)
{
    const DiffColours colours(palette);
    if (!hunk.segments.isEmpty())
        return segmentsHtml(hunk.segments, std::nullopt, colours);
    return tr("%1 → %2").arg(hunkValueHtml(hunk, false, base, markup, palette),
                             hunkValueHtml(hunk, true, base, markup, palette));
}

QString FeedbackPreview::hunkValueHtml(const DiffHunk &hunk, bool after, const TaskRevision &base,
                                       const TaskRevision &markup, const QPalette &palette)
{
    const TaskRevision &revision = after ? markup : base;
    const DiffColours colours(palette);
    QString text = after ? hunk.after : hunk.before;
    switch (hunk.kind) {
    case HunkKind::Pay:
        text = money(revision.payCents);
        break;
    case HunkKind::Estimate:
        text = duration(revision.estimateSeconds);
        break;
    case HunkKind::MinTier:
        text = tierText(revision.minTier);
        break;
    case HunkKind::Skills:
        text = revision.skills.isEmpty() ? QString() : listText(revision.skills);
        break;
    case HunkKind::ContentWarnings:
        text = revision.contentWarnings.isEmpty() ? QString() : listText(revision.contentWarnings);
        break;
    case HunkKind::FieldAdded:
    case HunkKind::FieldRemoved:
        if (const FormField *field = revision.form.field(hunk.fieldName); field && !text.isEmpty())
            text = tr("%1 (%2%3)")
                           .arg(field->label, kindText(field->kind), field->required ? tr(", required") : QString());
        break;
    case HunkKind::FieldRetyped:
        if (const FormField *field = revision.form.field(hunk.fieldName))
            text = kindText(field->kind);
        break;
    case HunkKind::OptionsReordered:
        if (const FormField *field = revision.form.field(hunk.fieldName)) {
            QStringList labels;
            for (const FormOption &option : field->options)
                labels << option.label;
            text = labels.join(u", "_s);
        }
        break;
    case HunkKind::FieldRequiredChanged:
        text = text == u"required"_s ? tr("required") : tr("optional");
        break;
    default:
        break;
    }
    if (text.isEmpty())
        return u"<span style=\"color:%1\">%2</span>"_s.arg(colours.muted, escaped(tr("(none)")));
    return after ? insertedHtml(text, colours) : deletedHtml(text, colours);
}

void FeedbackPreview::renderChanges()
{
    const DiffColours colours(palette());
    QString html = u"<html><body style=\"color:%1\">"_s.arg(colours.text);
    if (m_hunks.isEmpty()) {
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(
                colours.muted, escaped(m_proposal ? tr("The proposal changes nothing in the current revision.")
                                       : m_feedback.markupRevision ? tr("The feedback worker suggests no changes.")
                                                                   : tr("Choose a feedback task to review.")));
    }
    QHash<QString, QStringList> comments;
    QStringList general;
    for (const MarkupComment &comment : std::as_const(m_feedback.comments)) {
        const bool known = std::any_of(m_hunks.cbegin(), m_hunks.cend(),
                                       [&](const DiffHunk &hunk) { return hunk.id == comment.hunkId; });
        if (known)
            comments[comment.hunkId] << comment.text;
        else
            general << comment.text;
    }
    if (!general.isEmpty()) {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"background-color:%1; "
                "margin-bottom:10px;\"><tr><td style=\"padding:6px 8px;\"><b>%2</b></td></tr>"_s.arg(
                        colours.card, escaped(tr("General comments")));
        for (const QString &text : std::as_const(general))
            html += u"<tr><td style=\"white-space:pre-wrap; padding:4px 8px;\"><i>%1</i></td></tr>"_s.arg(
                    escaped(text));
        html += u"</table>"_s;
    }
    const bool sideBySide = m_layout == Layout::SideBySide;
    for (qsizetype i = 0; i < m_hunks.size(); ++i) {
        const DiffHunk &hunk = m_hunks.at(i);
        const bool current = i == m_current;
        const HunkDecision decided = decision(hunk.id);
        QString state;
        if (decided == HunkDecision::Accepted)
            state = u"<span style=\"color:%1\"><b>✓ %2</b></span>"_s.arg(colours.accepted, escaped(tr("Accepted")));
        else if (decided == HunkDecision::Rejected)
            state = u"<span style=\"color:%1\"><b>✗ %2</b></span>"_s.arg(colours.rejected, escaped(tr("Rejected")));
        else
            state = u"<span style=\"color:%1\">%2</span>"_s.arg(colours.muted, escaped(tr("Not decided")));

        const bool isText = hunk.kind == HunkKind::Title || hunk.kind == HunkKind::Instructions;
        QString before;
        QString after;
        QString inlined;
        if (isText) {
            before = segmentsHtml(hunk.segments, DiffOp::Insert, colours);
            after = segmentsHtml(hunk.segments, DiffOp::Delete, colours);
            inlined = segmentsHtml(hunk.segments, std::nullopt, colours);
        } else {
            before = hunkValueHtml(hunk, false);
            after = hunkValueHtml(hunk, true);
            inlined = before + u"&nbsp;&nbsp;→&nbsp;&nbsp;"_s + after;
        }
        QString comment;
        for (const QString &text : comments.value(hunk.id))
            comment += u"<p style=\"white-space:pre-wrap; margin:0 0 4px 0\"><i>%1</i></p>"_s.arg(escaped(text));
        if (comment.isEmpty())
            comment = u"<span style=\"color:%1\">%2</span>"_s.arg(colours.muted, escaped(tr("No comment")));

        const QString cell =
                u"<td valign=\"top\" style=\"white-space:pre-wrap; padding:4px 8px;\" width=\"%1%\">%2</td>"_s;
        const QString label = u"<td style=\"padding:2px 8px; color:%1\" width=\"%2%\"><small>%3</small></td>"_s;
        html += u"<a name=\"hunk-%1\"></a>"_s.arg(i);
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"background-color:%1; "
                "margin-bottom:10px;\">"_s.arg(current ? colours.current : colours.card);
        const bool withComments = !m_proposal;
        const int columns = (sideBySide ? 2 : 1) + (withComments ? 1 : 0);
        const QString actions =
                m_readOnly ? QString()
                           : u"<a href=\"accept:%1\">%2</a>&nbsp;&nbsp;&nbsp;<a href=\"reject:%1\">%3</a>"_s.arg(
                                     QString::number(i), escaped(tr("Accept")), escaped(tr("Reject")));
        html += u"<tr><td colspan=\"%1\" style=\"padding:6px 8px;\">%2<b>%3</b>&nbsp;&nbsp;&nbsp;%4"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%5</td></tr>"_s.arg(QString::number(columns),
                                                                   current ? u"▸ "_s : QString(),
                                                                   escaped(hunkTitle(hunk)), state, actions);
        if (!withComments) {
            const QString proposed = tr("Proposed");
            if (sideBySide) {
                html += u"<tr>"_s + label.arg(colours.muted, u"50"_s, escaped(tr("Current"))) +
                        label.arg(colours.muted, u"50"_s, escaped(proposed)) + u"</tr>"_s;
                html += u"<tr>"_s + cell.arg(u"50"_s, before) + cell.arg(u"50"_s, after) + u"</tr>"_s;
            } else {
                html += u"<tr>"_s + label.arg(colours.muted, u"100"_s, escaped(tr("Change"))) + u"</tr>"_s;
                html += u"<tr>"_s + cell.arg(u"100"_s, inlined) + u"</tr>"_s;
            }
        } else if (sideBySide) {
            html += u"<tr>"_s + label.arg(colours.muted, u"38"_s, escaped(tr("Original"))) +
                    label.arg(colours.muted, u"38"_s, escaped(tr("Suggested"))) +
                    label.arg(colours.muted, u"24"_s, escaped(tr("Comment"))) + u"</tr>"_s;
            html += u"<tr>"_s + cell.arg(u"38"_s, before) + cell.arg(u"38"_s, after) + cell.arg(u"24"_s, comment) +
                    u"</tr>"_s;
        } else {
            html += u"<tr>"_s + label.arg(colours.muted, u"68"_s, escaped(tr("Change"))) +
                    label.arg(colours.muted, u"32"_s, escaped(tr("Comment"))) + u"</tr>"_s;
            html += u"<tr>"_s + cell.arg(u"68"_s, inlined) + cell.arg(u"32"_s, comment) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    const int scroll = m_changes->verticalScrollBar()->value();
    m_changes->setHtml(html);
    m_changes->verticalScrollBar()->setValue(scroll);
}

void FeedbackPreview::scrollToCurrent()
{
    if (m_current >= 0)
        m_changes->scrollToAnchor(u"hunk-%1"_s.arg(m_current));
}

// The whole original against the whole markup, section by section, every word change marked.
void FeedbackPreview::renderWhole()
{
    const DiffColours colours(palette());
    QString html = u"<html><body style=\"color:%1\">"_s.arg(colours.text);
    if (m_base.title.isEmpty() && m_hunks.isEmpty()) {
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(colours.muted, escaped(tr("Choose a feedback task to review.")));
        m_whole->setHtml(html + u"</body></html>"_s);
        return;
    }
    const bool sideBySide = m_layout == Layout::SideBySide;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    if (sideBySide)
        html += u"<tr><td width=\"50%\" style=\"padding:4px 8px; color:%1\"><small>%2</small></td>"
                "<td width=\"50%\" style=\"padding:4px 8px; color:%1\"><small>%3</small></td></tr>"_s.arg(
                        colours.muted, escaped(m_proposal ? tr("Current") : tr("Original")),
                        escaped(m_proposal ? tr("Proposed") : tr("Suggested")));
    const auto section = [&](const QString &name, const QList<TextSegment> &segments) {
        html += u"<tr><td colspan=\"2\" style=\"padding:10px 8px 2px 8px;\"><b>%1</b></td></tr>"_s.arg(escaped(name));
        const QString cell = u"<td valign=\"top\" width=\"%1%\" style=\"white-space:pre-wrap; padding:6px 8px; "
                             "background-color:%2;\"%3>%4</td>"_s;
        if (sideBySide)
            html += u"<tr>"_s +
                    cell.arg(u"50"_s, colours.card, QString(), segmentsHtml(segments, DiffOp::Insert, colours)) +
                    cell.arg(u"50"_s, colours.card, QString(), segmentsHtml(segments, DiffOp::Delete, colours)) +
                    u"</tr>"_s;
        else
            html += u"<tr>"_s +
                    cell.arg(u"100"_s, colours.card, u" colspan=\"2\""_s,
                             segmentsHtml(segments, std::nullopt, colours)) +
                    u"</tr>"_s;
    };
    const QStringList names{tr("Title"), tr("Instructions"), tr("Answer form"), tr("Terms")};
    for (qsizetype i = 0; i < names.size() && i < m_wholeSections.size(); ++i)
        section(names.at(i), m_wholeSections.at(i));
    html += u"</table></body></html>"_s;
    m_whole->setHtml(html);
}

void FeedbackPreview::renderSamples()
{
    const DiffColours colours(palette());
    QString html = u"<html><body style=\"color:%1\">"_s.arg(colours.text);
    if (m_feedback.sampleAnswers.isEmpty())
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(colours.muted, escaped(tr("No sample answers.")));
    int number = 0;
    for (const SampleAnswer &answer : std::as_const(m_feedback.sampleAnswers)) {
        ++number;
        QJsonObject itemData;
        for (const QJsonValue &item : std::as_const(m_sampleItems)) {
            if (item.toObject().value(u"id"_s).toString() == answer.itemId)
                itemData = item.toObject().value(u"data"_s).toObject();
        }
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"background-color:%1; "
                "margin-bottom:10px;\">"_s.arg(colours.card);
        html += u"<tr><td colspan=\"2\"><b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3</span></td></tr>"_s.arg(
                escaped(tr("Sample item %1").arg(number)), colours.muted,
                escaped(tr("answered in %1").arg(duration(answer.secondsSpent))));
        const QString itemText =
                itemData.value(u"text"_s).isString()
                        ? itemData.value(u"text"_s).toString()
                        : QString::fromUtf8(QJsonDocument(itemData).toJson(QJsonDocument::Indented)).trimmed();
        if (!itemData.isEmpty())
            html += u"<tr><td colspan=\"2\" style=\"white-space:pre-wrap; color:%1\">%2</td></tr>"_s.arg(
                    colours.muted, escaped(itemText));
        for (const FormField &field : m_base.form.fields()) {
            html += u"<tr><td width=\"30%\" valign=\"top\">%1</td><td valign=\"top\" style=\"white-space:pre-wrap\">"
                    "%2</td></tr>"_s.arg(escaped(field.label.isEmpty() ? field.name : field.label),
                                         escaped(answerValueText(answer.fields.value(field.name), &field)));
        }
        for (auto it = answer.fields.constBegin(); it != answer.fields.constEnd(); ++it) {
            if (!m_base.form.field(it.key()))
                html += u"<tr><td width=\"30%\" valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>"_s.arg(
                        escaped(it.key()), escaped(answerValueText(it.value(), nullptr)));
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    m_samples->setHtml(html);
}

void FeedbackPreview::renderMerged()
{
    const DiffColours colours(palette());
    QString html = u"<html><body style=\"color:%1\">"_s.arg(colours.text);
    const Result<TaskRevision> merged = mergedRevision();
    if (m_base.title.isEmpty() && m_hunks.isEmpty()) {
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(colours.muted, escaped(tr("Choose a feedback task to review.")));
    } else if (!merged.ok()) {
        QStringList titles;
        for (const DiffHunk &hunk : std::as_const(m_hunks)) {
            if (merged.error().message.contains(hunk.id))
                titles << hunkTitle(hunk);
        }
        html += u"<p style=\"color:%1\"><b>%2</b></p><p>%3</p>"_s.arg(
                colours.rejected, escaped(tr("These decisions do not make a valid task.")),
                escaped(tr("Look again at: %1.").arg(listText(titles))));
        for (const FieldError &error : merged.error().fieldErrors)
            html += u"<p style=\"color:%1\"><small>%2: %3</small></p>"_s.arg(colours.muted, escaped(error.field),
                                                                             escaped(error.message));
    } else {
        const TaskRevision &revision = *merged;
        html += u"<h2>%1</h2>"_s.arg(escaped(revision.title));
        html += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(escaped(revision.instructions));
        html += u"<h3>%1</h3><ol>"_s.arg(escaped(tr("Answer form")));
        for (const FormField &field : revision.form.fields()) {
            html += u"<li><b>%1</b> <span style=\"color:%2\">%3</span>"_s.arg(
                    escaped(field.label), colours.muted,
                    escaped(tr("%1%2").arg(kindText(field.kind), field.required ? tr(", required") : QString())));
            if (field.usesOptions()) {
                QStringList labels;
                for (const FormOption &option : field.options)
                    labels << option.label;
                html += u"<br>"_s + escaped(tr("Options: %1").arg(listText(labels)));
            }
            html += u"</li>"_s;
        }
        html += u"</ol><h3>%1</h3><table cellpadding=\"3\">"_s.arg(escaped(tr("Terms")));
        const auto row = [&html](const QString &name, const QString &value) {
            html += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(escaped(name), escaped(value));
        };
        row(tr("Pay per answer"), money(revision.payCents));
        row(tr("Time per item"), duration(revision.estimateSeconds));
        row(tr("Answers per item"), QLocale().toString(revision.overlap));
        row(tr("Minimum tier"), tierText(revision.minTier));
        row(tr("Skills"), listText(revision.skills));
        row(tr("Content warnings"), listText(revision.contentWarnings));
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    m_mergedView->setHtml(html);
}

} // namespace Chrysalis
