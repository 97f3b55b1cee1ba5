#include "ui/feedbackwork/feedbackworkpage.h"

#include "core/diff/taskdiff.h"
#include "core/logging.h"
#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/syncengine.h"
#include "core/work/answerdrafts.h"
#include "ui/feedbackwork/markupeditor.h"
#include "ui/work/workview.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {
namespace {

constexpr int kDraftSaveMs = 600;

QString gateText(const QJsonArray &reasons)
{
    QStringList texts;
    for (const QJsonValue &reason : reasons) {
        const QString code = reason.toString();
        if (code == u"content_filter")
            texts.append(FeedbackWorkPage::tr("it carries content warnings you have not opted in to"));
        else if (code == u"feedback_needs_silver")
            texts.append(FeedbackWorkPage::tr("feedback tasks take silver and gold workers"));
        else if (code == u"own_task")
            texts.append(FeedbackWorkPage::tr("it is your own task"));
        else if (code == u"suspended")
            texts.append(FeedbackWorkPage::tr("your account is suspended"));
        else
            texts.append(code);
    }
    return texts.join(u"; "_s);
}

} // namespace

FeedbackWorkPage::FeedbackWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    const QFileInfo storeFile(m_store.path());
    auto drafts = AnswerDrafts::open(storeFile.dir().filePath(storeFile.completeBaseName() + u".feedback-drafts.db"_s));
    if (drafts)
        m_drafts = std::move(*drafts);
    else
        qCWarning(lcUi) << "feedback drafts will not be autosaved:" << drafts.error().message;

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *listHeading = new QLabel(tr("Feedback tasks"), side);
    QFont bold = listHeading->font();
    bold.setBold(true);
    listHeading->setFont(bold);
    m_list = new QListWidget(side);
    m_list->setAccessibleName(tr("Feedback tasks"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_empty = new QLabel(tr("No feedback task is open. When a caterpillar requester publishes a task, its feedback "
                            "task appears here for silver and gold workers."),
                         side);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addWidget(listHeading);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty);
    sideLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_nothing = new QLabel(m_stack);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_nothing);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(content);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    contentLayout->addWidget(m_heading);
    auto *stepRow = new QHBoxLayout;
    m_samplesStep = new QPushButton(content);
    m_markupStep = new QPushButton(content);
    for (QPushButton *button : {m_samplesStep, m_markupStep}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setAutoDefault(false);
        stepRow->addWidget(button);
    }
    stepRow->addStretch(1);
    contentLayout->addLayout(stepRow);

    m_steps = new QStackedWidget(content);
    m_view = new WorkView(m_steps);
    m_steps->addWidget(m_view);
    auto *markupPage = new QWidget(m_steps);
    auto *markupLayout = new QVBoxLayout(markupPage);
    markupLayout->setContentsMargins(0, 0, 0, 0);
    m_markup = new MarkupEditor(markupPage);
    markupLayout->addWidget(m_markup, 1);
    auto *submitRow = new QHBoxLayout;
    auto *submitHint = new QLabel(tr("The requester sees your changes with your comments, your sample answers and "
                                     "the time they took you."),
                                  markupPage);
    submitHint->setWordWrap(true);
    submitHint->setForegroundRole(QPalette::PlaceholderText);
    m_submit = new QPushButton(tr("&Submit feedback"), markupPage);
    m_submit->setDefault(true);
    submitRow->addWidget(submitHint, 1);
    submitRow->addWidget(m_submit);
    markupLayout->addLayout(submitRow);
    m_steps->addWidget(markupPage);
    contentLayout->addWidget(m_steps, 1);
    m_stack->addWidget(content);

    // Rating, reframing and skipping are about leased work; a feedback task has no lease.
    m_view->setLeaseActionsShown(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(8, 0, 0, 0);
    m_status->setVisible(false);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(260);
    splitter->setSizes({300, 980});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Give feedback").toHtmlEscaped()), this));
    auto *intro = new QLabel(tr("Answer a caterpillar task's sample items as its instructions say, then mark up a "
                                "copy of the task with a comment on each change. The requester sees your changes "
                                "in a diff view and accepts or rejects each one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kDraftSaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &FeedbackWorkPage::flushDrafts);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            openFeedback(m_entries.at(row).value(u"id"_s).toString());
    });
    connect(m_samplesStep, &QPushButton::clicked, this, [this] { setStep(Step::Samples); });
    connect(m_markupStep, &QPushButton::clicked, this, [this] { setStep(Step::Markup); });
    connect(m_view, &WorkView::submitRequested, this, &FeedbackWorkPage::sampleSubmitted);
    connect(m_view, &WorkView::draftChanged, this, [this] { m_saveTimer.start(); });
    connect(m_view, &WorkView::nextRequested, this, [this] { showSample(m_sampleIndex + 1); });
    connect(m_view, &WorkView::previousRequested, this, [this] { showSample(m_sampleIndex - 1); });
    connect(m_markup, &MarkupEditor::markupChanged, this, [this] {
        m_markupDirty = true;
        m_saveTimer.start();
    });
    connect(m_submit, &QPushButton::clicked, this, &FeedbackWorkPage::submit);
    connect(&m_engine, &SyncEngine::syncFinished, this, &FeedbackWorkPage::refresh);

    setMinimumSize(980, 560);
    refresh();
}

FeedbackWorkPage::~FeedbackWorkPage()
{
    flushDrafts();
}

QString FeedbackWorkPage::sampleKey(const QString &itemId) const
{
    return m_feedbackId + u"/sample/"_s + itemId;
}

QString FeedbackWorkPage::markupKey() const
{
    return m_feedbackId + u"/markup"_s;
}

QStringList FeedbackWorkPage::feedbackIds() const
{
    QStringList ids;
    for (const QJsonObject &entry : m_entries)
        ids.append(entry.value(u"id"_s).toString());
    return ids;
}

QString FeedbackWorkPage::rowText(const QString &feedbackId) const
{
    const auto row = feedbackIds().indexOf(feedbackId);
    return row < 0 ? QString() : m_list->item(static_cast<int>(row))->text();
}

bool FeedbackWorkPage::selectFeedback(const QString &feedbackId)
{
    const auto row = feedbackIds().indexOf(feedbackId);
    if (row < 0)
        return false;
    m_list->setCurrentRow(static_cast<int>(row));
    if (m_feedbackId != feedbackId)
        openFeedback(feedbackId);
    return true;
}

QString FeedbackWorkPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void FeedbackWorkPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    const bool dark = this->palette().color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, problem ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c))
                                                   : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void FeedbackWorkPage::refresh()
{
    const auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    m_entries.clear();
    if (const auto stored = m_store.list(u"feedback"_s); stored) {
        for (const StoredEntity &entity : *stored) {
            if (entity.data.value(u"state"_s).toString() == u"open")
                m_entries.append(entity.data);
        }
    } else {
        showStatus(tr("The feedback tasks could not be read: %1").arg(stored.error().message), true);
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int current = -1;
    const QLocale locale;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QJsonObject &entry = m_entries.at(i);
        const QString title = entry.value(u"revision"_s).toObject().value(u"title"_s).toString();
        const QJsonArray reasons = entry.value(u"gate_reasons"_s).toArray();
        QString detail = tr("pays %1").arg(formatCents(entry.value(u"pay_cents"_s).toInteger(), locale));
        if (!reasons.isEmpty())
            detail = tr("not for you: %1").arg(gateText(reasons));
        auto *item = new QListWidgetItem(u"%1\n%2"_s.arg(title.isEmpty() ? tr("Untitled task") : title, detail));
        if (!reasons.isEmpty())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_list->addItem(item);
        if (entry.value(u"id"_s).toString() == m_feedbackId)
            current = static_cast<int>(i);
    }
    m_list->setCurrentRow(current);
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_nothing->setText(m_entries.isEmpty() ? tr("Nothing to give feedback on right now.")
                                           : tr("Choose a feedback task on the left."));
    if (current < 0 && !m_feedbackId.isEmpty()) {
        // Done by another worker, or submitted from here: nothing left to edit.
        flushDrafts();
        m_feedbackId.clear();
        m_view->clear();
        m_stack->setCurrentIndex(0);
    }
}

void FeedbackWorkPage::openFeedback(const QString &feedbackId)
{
    if (feedbackId == m_feedbackId)
        return;
    flushDrafts();
    const auto row = feedbackIds().indexOf(feedbackId);
    if (row < 0)
        return;
    const QJsonObject entity = m_entries.at(row);
    const auto base = TaskRevision::fromJson(entity.value(u"revision"_s).toObject());
    if (!base) {
        showStatus(tr("This feedback task cannot be shown: %1").arg(base.error().message), true);
        return;
    }
    m_feedbackId = feedbackId;
    m_entity = entity;
    m_base = *base;
    m_sampleItems = entity.value(u"sample_items"_s).toArray();
    m_answers.clear();
    m_markupDirty = false;
    showStatus(QString());

    TaskRevision markup = m_base;
    QHash<QString, QString> comments;
    Verdict verdict = Verdict::Approve;
    if (m_drafts) {
        for (const QJsonValue &sample : std::as_const(m_sampleItems)) {
            const QString itemId = sample.toObject().value(u"id"_s).toString();
            const auto draft = m_drafts->load(sampleKey(itemId));
            if (draft && *draft && (*draft)->fields.value(u"answer"_s).isObject())
                m_answers.insert(itemId, {itemId, (*draft)->fields.value(u"answer"_s).toObject(),
                                          (*draft)->fields.value(u"answer_seconds"_s).toInt()});
        }
        if (const auto draft = m_drafts->load(markupKey()); draft && *draft) {
            const QJsonObject saved = (*draft)->fields;
            if (auto revision = TaskRevision::fromJson(saved.value(u"markup"_s).toObject()))
                markup = *revision;
            const QJsonObject savedComments = saved.value(u"comments"_s).toObject();
            for (auto it = savedComments.begin(); it != savedComments.end(); ++it)
                comments.insert(it.key(), it.value().toString());
            verdict = parseVerdict(saved.value(u"verdict"_s).toString()).valueOr(Verdict::Approve);
        }
    }
    markup.id.clear();
    m_markup->setRevisions(m_base, markup, comments, verdict);
    m_markupDirty = false;

    const QString title = m_base.title.isEmpty() ? tr("Untitled task") : m_base.title;
    m_heading->setText(u"<h3>%1</h3>%2"_s.arg(
            tr("Feedback on “%1”").arg(title).toHtmlEscaped(),
            tr("Answer the sample items exactly as the instructions say, then edit a copy of the task where workers "
               "would stumble. Pays %1.")
                    .arg(formatCents(m_entity.value(u"pay_cents"_s).toInteger(), QLocale()))
                    .toHtmlEscaped()));
    m_stack->setCurrentIndex(1);
    const QJsonArray reasons = entity.value(u"gate_reasons"_s).toArray();
    // The reasons may be stale (a profile changed since the last pull): the marketplace decides on submit.
    if (!reasons.isEmpty())
        showStatus(tr("The marketplace said you may not take this feedback task: %1.").arg(gateText(reasons)), true);

    int firstOpen = -1;
    for (qsizetype i = 0; i < m_sampleItems.size() && firstOpen < 0; ++i) {
        if (!m_answers.contains(m_sampleItems.at(i).toObject().value(u"id"_s).toString()))
            firstOpen = static_cast<int>(i);
    }
    m_sampleIndex = -1;
    showSample(firstOpen < 0 ? 0 : firstOpen);
    setStep(firstOpen < 0 && !m_sampleItems.isEmpty() ? Step::Markup : Step::Samples);
}

void FeedbackWorkPage::showSample(int index)
{
    if (m_sampleItems.isEmpty() || index < 0 || index >= m_sampleItems.size())
        return;
    saveSampleDraft();
    m_sampleIndex = index;
    const QJsonObject sample = m_sampleItems.at(index).toObject();
    const QString itemId = sample.value(u"id"_s).toString();
    WorkItem item;
    item.leaseId = m_feedbackId + u'/' + itemId;
    item.title = m_base.title;
    item.instructions = m_base.instructions;
    item.form = m_base.form;
    item.itemData = sample.value(u"data"_s).toObject();
    item.position = index + 1;
    item.count = static_cast<int>(m_sampleItems.size());
    if (const auto answer = m_answers.constFind(itemId); answer != m_answers.cend()) {
        item.fields = answer->fields;
        item.secondsSpent = answer->secondsSpent;
    }
    if (m_drafts) {
        if (const auto draft = m_drafts->load(sampleKey(itemId)); draft && *draft) {
            item.fields = (*draft)->fields.value(u"fields"_s).toObject();
            item.secondsSpent = (*draft)->secondsSpent;
        }
    }
    m_view->setWorkItem(item);
    m_view->setNavigation(index > 0, index + 1 < m_sampleItems.size());
    updateSteps();
}

void FeedbackWorkPage::sampleSubmitted(const QJsonObject &fields, int secondsSpent)
{
    if (m_sampleIndex < 0 || m_sampleIndex >= m_sampleItems.size())
        return;
    const QString itemId = m_sampleItems.at(m_sampleIndex).toObject().value(u"id"_s).toString();
    m_answers.insert(itemId, {itemId, fields, secondsSpent});
    saveSampleDraft();
    int next = -1;
    for (qsizetype step = 1; step <= m_sampleItems.size() && next < 0; ++step) {
        const auto i = (m_sampleIndex + step) % m_sampleItems.size();
        if (!m_answers.contains(m_sampleItems.at(i).toObject().value(u"id"_s).toString()))
            next = static_cast<int>(i);
    }
    if (next >= 0) {
        showStatus(tr("Answer saved. %1 of %2 sample items answered.").arg(m_answers.size()).arg(sampleCount()));
        showSample(next);
        return;
    }
    updateSteps();
    showStatus(tr("All sample items answered. Now mark up the task: change what confused you and say why beside "
                  "each change."));
    setStep(Step::Markup);
}

QList<SampleAnswer> FeedbackWorkPage::sampleAnswers() const
{
    QList<SampleAnswer> answers;
    for (const QJsonValue &sample : m_sampleItems) {
        const QString itemId = sample.toObject().value(u"id"_s).toString();
        if (const auto answer = m_answers.constFind(itemId); answer != m_answers.cend())
            answers.append(*answer);
    }
    return answers;
}

FeedbackWorkPage::Step FeedbackWorkPage::step() const
{
    return m_steps->currentIndex() == 0 ? Step::Samples : Step::Markup;
}

void FeedbackWorkPage::setStep(Step step)
{
    m_steps->setCurrentIndex(step == Step::Samples ? 0 : 1);
    updateSteps();
}

void FeedbackWorkPage::updateSteps()
{
    m_samplesStep->setText(tr("1  Answer the samples (%1 of %2 done)").arg(m_answers.size()).arg(sampleCount()));
    m_markupStep->setText(tr("2  Mark up the task"));
    m_samplesStep->setChecked(step() == Step::Samples);
    m_markupStep->setChecked(step() == Step::Markup);
}

void FeedbackWorkPage::saveSampleDraft()
{
    if (!m_drafts || m_feedbackId.isEmpty() || !m_view->hasWorkItem() || m_sampleIndex < 0 ||
        m_sampleIndex >= m_sampleItems.size())
        return;
    const QString itemId = m_sampleItems.at(m_sampleIndex).toObject().value(u"id"_s).toString();
    QJsonObject saved{{u"fields"_s, m_view->fields()}};
    if (const auto answer = m_answers.constFind(itemId); answer != m_answers.cend()) {
        saved.insert(u"answer"_s, answer->fields);
        saved.insert(u"answer_seconds"_s, answer->secondsSpent);
    }
    if (const Status status = m_drafts->save(sampleKey(itemId), saved, m_view->secondsSpent()); !status)
        qCWarning(lcUi) << "a sample answer draft was not saved:" << status.error().message;
}

void FeedbackWorkPage::saveMarkupDraft()
{
    if (!m_drafts || m_feedbackId.isEmpty() || !m_markupDirty)
        return;
    QJsonObject comments;
    const QHash<QString, QString> all = m_markup->allComments();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().isEmpty())
            comments.insert(it.key(), it.value());
    }
    // A stored revision needs an id; the base's stands in and is dropped again on load.
    TaskRevision kept = m_markup->markup();
    kept.id = m_base.id;
    const QJsonObject saved{
            {u"markup"_s, kept.toJson()}, {u"comments"_s, comments}, {u"verdict"_s, verdictName(m_markup->verdict())}};
    if (const Status status = m_drafts->save(markupKey(), saved, 0); !status)
        qCWarning(lcUi) << "the markup draft was not saved:" << status.error().message;
    else
        m_markupDirty = false;
}

void FeedbackWorkPage::flushDrafts()
{
    m_saveTimer.stop();
    saveSampleDraft();
    saveMarkupDraft();
}

void FeedbackWorkPage::submit()
{
    if (m_feedbackId.isEmpty())
        return;
    if (m_answers.size() < m_sampleItems.size()) {
        showStatus(tr("Answer all %1 sample items before you submit; %2 done so far.")
                           .arg(sampleCount())
                           .arg(m_answers.size()),
                   true);
        setStep(Step::Samples);
        return;
    }
    const TaskRevision markup = m_markup->markup();
    if (const Status valid = markup.validate(); !valid) {
        QStringList problems;
        for (const FieldError &error : valid.error().fieldErrors)
            problems.append(error.field + u": "_s + error.message);
        showStatus(tr("The marked-up task is not valid yet: %1")
                           .arg(problems.isEmpty() ? valid.error().message : problems.join(u"; "_s)),
                   true);
        return;
    }
    const Verdict verdict = m_markup->hunks().isEmpty() ? m_markup->verdict() : Verdict::ChangesSuggested;
    QJsonObject sent = markup.toJson();
    for (const char16_t *key : {u"id", u"number", u"created_at"})
        sent.remove(QString::fromUtf16(key));
    QJsonArray samples;
    for (const SampleAnswer &answer : sampleAnswers())
        samples.append(answer.toJson());
    QJsonArray comments;
    for (const MarkupComment &comment : m_markup->comments())
        comments.append(comment.toJson());
    const QJsonObject args{{u"feedback_id"_s, m_feedbackId},
                           {u"sample_answers"_s, samples},
                           {u"markup_revision"_s, sent},
                           {u"comments"_s, comments},
                           {u"verdict"_s, verdictName(verdict)}};
    // Shown submitted at once; the server's answer replaces it on the next pull.
    QJsonObject shown = m_entity;
    const auto state = m_store.state();
    shown.insert(u"state"_s, u"submitted"_s);
    shown.insert(u"worker_id"_s, state ? state->userId : QString());
    shown.insert(u"verdict"_s, verdictName(verdict));
    shown.insert(u"markup_revision"_s, sent);
    shown.insert(u"sample_answers"_s, samples);
    shown.insert(u"comments"_s, comments);
    const auto queued =
            m_engine.enqueue(u"feedback.submit@1"_s, args, {OverlayWrite::upsert(u"feedback"_s, m_feedbackId, shown)});
    if (!queued) {
        showStatus(tr("The feedback could not be queued: %1").arg(queued.error().message), true);
        return;
    }
    const QString done = m_feedbackId;
    if (m_drafts) {
        for (const QJsonValue &sample : std::as_const(m_sampleItems))
            (void)m_drafts->remove(sampleKey(sample.toObject().value(u"id"_s).toString()));
        (void)m_drafts->remove(markupKey());
    }
    m_saveTimer.stop();
    m_feedbackId.clear();
    m_markupDirty = false;
    m_view->clear();
    refresh();
    m_stack->setCurrentIndex(0);
    showStatus(m_engine.isOnline() ? tr("Feedback submitted; sending it to the marketplace.")
                                   : tr("Feedback saved here; it goes to the marketplace when you are online."));
    Q_EMIT feedbackQueued(done);
}

} // namespace Chrysalis
