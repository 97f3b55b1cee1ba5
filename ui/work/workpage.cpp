#include "ui/work/workpage.h"

#include "core/domain/ids.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/work/answerdrafts.h"
#include "ui/work/trainingfeedback.h"
#include "ui/work/workview.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Below this the countdown is shown as a warning.
constexpr qint64 kWarnBeforeExpirySeconds = 5 * 60;

bool isOpenLease(const QJsonObject &lease)
{
    const QString state = lease.value(u"state"_s).toString();
    // An expired lease may still be answered late when its slot was not taken meanwhile.
    return state == u"active"_s || state == u"expired"_s;
}

QString countdownText(qint64 seconds)
{
    if (seconds <= 0)
        return WorkPage::tr("time is up; may still be accepted");
    if (seconds >= 3600)
        return WorkPage::tr("%1 h %2 min left").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return WorkPage::tr("%1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkPage::WorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine), m_status(new QLabel(this)), m_list(new QListWidget(this)),
      m_release(new QPushButton(tr("Release this item"), this)), m_view(new WorkView(this)),
      m_heading(new QLabel(this)), m_remaining(new QLabel(this))
{
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    // The page heading, in the style of the other pages: the task and item on show, and what is left.
    m_heading->setObjectName(u"workHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_remaining->setObjectName(u"workRemaining"_s);
    m_remaining->setForegroundRole(QPalette::PlaceholderText);
    m_remaining->setAccessibleName(tr("Items left in your leases"));
    auto *headingRow = new QHBoxLayout;
    headingRow->setContentsMargins(12, 10, 16, 2);
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_remaining, 0, Qt::AlignRight | Qt::AlignVCenter);
    page->addLayout(headingRow);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    page->addLayout(layout, 1);
    m_view->setHeaderShown(false);

    auto *side = new QWidget(this);
    side->setFixedWidth(270);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 6, 8, 12);
    auto *heading = new QLabel(tr("Your items"), side);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    sideLayout->addWidget(heading);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    sideLayout->addWidget(m_list, 1);
    m_release->setToolTip(tr("Give the item back so someone else can answer it"));
    sideLayout->addWidget(m_release);
    layout->addWidget(side);

    auto *main = new QVBoxLayout;
    main->setSpacing(0);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(16, 8, 16, 0);
    m_status->hide();
    main->addWidget(m_status);
    m_training = new QLabel(this);
    m_training->setObjectName(u"trainingFeedback"_s);
    m_training->setWordWrap(true);
    m_training->setFrameShape(QFrame::StyledPanel);
    m_training->setMargin(8);
    m_training->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_training->setAccessibleName(tr("Feedback on a training item"));
    m_training->hide();
    auto *trainingRow = new QHBoxLayout;
    trainingRow->setContentsMargins(12, 8, 16, 0);
    trainingRow->addWidget(m_training);
    main->addLayout(trainingRow);
    main->addWidget(m_view, 1);
    layout->addLayout(main, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing && row >= 0 && row < m_entries.size())
            showLease(m_entries.at(row).leaseId);
    });
    connect(m_release, &QPushButton::clicked, this, &WorkPage::releaseCurrent);
    connect(m_view, &WorkView::submitRequested, this, &WorkPage::submitAnswer);
    connect(m_view, &WorkView::skipRequested, this, [this] { step(1, true); });
    connect(m_view, &WorkView::nextRequested, this, [this] { step(1, false); });
    connect(m_view, &WorkView::previousRequested, this, [this] { step(-1, false); });
    connect(m_view, &WorkView::rateRequested, this, &WorkPage::rateTask);
    connect(m_view, &WorkView::reframeRequested, this, &WorkPage::proposeReframing);
    connect(m_view, &WorkView::draftChanged, this, [this] { m_draftTimer.start(); });

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &WorkPage::flushDraft);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &WorkPage::updateCountdowns);
    m_countdown.start();

    connect(&m_engine, &SyncEngine::syncFinished, this, &WorkPage::refresh);
    connect(&m_engine, &SyncEngine::outboxChanged, this, &WorkPage::refresh);
    refresh();
}

WorkPage::~WorkPage()
{
    flushDraft();
}

void WorkPage::setDrafts(AnswerDrafts *drafts)
{
    m_drafts = drafts;
    // The item on show may have a draft from an earlier session.
    const QString current = m_shownLeaseId;
    m_shownLeaseId.clear();
    if (!current.isEmpty())
        showLease(current);
}

QStringList WorkPage::leaseIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.leaseId);
    return ids;
}

void WorkPage::setCurrentLease(const QString &leaseId)
{
    const int index = indexOf(leaseId);
    if (index >= 0)
        m_list->setCurrentRow(index);
}

QString WorkPage::rowText(const QString &leaseId) const
{
    const int index = indexOf(leaseId);
    return index < 0 ? QString() : m_list->item(index)->text();
}

QString WorkPage::headingText() const
{
    return m_heading->text();
}

QString WorkPage::remainingText() const
{
    return m_remaining->text();
}

void WorkPage::updateHeading()
{
    const int index = indexOf(m_currentLeaseId);
    const auto count = static_cast<int>(m_entries.size());
    if (index < 0) {
        m_heading->setText(tr("Answer items"));
        m_remaining->setText(count == 0 ? tr("No items leased; claim some in the task queue.") : QString());
        return;
    }
    const Entry &entry = m_entries.at(index);
    const QString taskId = entry.lease.value(u"task_id"_s).toString();
    int ofTask = 0;
    for (const Entry &other : std::as_const(m_entries)) {
        if (other.lease.value(u"task_id"_s).toString() == taskId)
            ++ofTask;
    }
    m_heading->setText(
            tr("%1 — item %2 of %3").arg(entry.revision.value(u"title"_s).toString()).arg(index + 1).arg(count));
    // No plural forms: a count after a colon reads right for one and for many.
    m_remaining->setText(ofTask == count ? tr("Left in your leases: %1").arg(QLocale().toString(count))
                                         : tr("Left in your leases: %1, of this task: %2")
                                                   .arg(QLocale().toString(count), QLocale().toString(ofTask)));
}

QString WorkPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

int WorkPage::indexOf(const QString &leaseId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).leaseId == leaseId)
            return i;
    }
    return -1;
}

QString WorkPage::trainingFeedbackText() const
{
    return m_training->isVisibleTo(this) ? m_training->text() : QString();
}

void WorkPage::showTrainingFeedback()
{
    QList<Submitted> waiting;
    for (const Submitted &submitted : std::as_const(m_submitted)) {
        auto entry = m_store.entry(submitted.mutationId);
        if (!entry || !entry->has_value())
            continue;
        const OutboxEntry &row = **entry;
        if (row.state == OutboxState::Pending || row.state == OutboxState::Blocked) {
            waiting.append(submitted);
            continue;
        }
        const QJsonObject training = row.outcome.value(u"details"_s).toObject().value(u"training"_s).toObject();
        if (row.state == OutboxState::Applied && !training.isEmpty()) {
            m_training->setText(TrainingFeedback::text(submitted.revision, submitted.fields, training));
            m_training->show();
        }
    }
    m_submitted = waiting;
}

void WorkPage::refresh()
{
    showTrainingFeedback();
    auto leases = m_store.list(u"lease"_s);
    if (!leases) {
        showStatus(tr("Cannot read your items: %1").arg(leases.error().message), true);
        return;
    }
    QList<Entry> entries;
    for (const StoredEntity &lease : *leases) {
        if (!isOpenLease(lease.data))
            continue;
        auto item = m_store.read(u"item"_s, lease.data.value(u"item_id"_s).toString());
        auto revision = m_store.read(u"task_revision"_s, lease.data.value(u"revision_id"_s).toString());
        // Without its item and revision there is nothing to show; the next pull brings them.
        if (!item || !*item || !revision || !*revision)
            continue;
        entries.append({lease.id, lease.data, **item, **revision,
                        QDateTime::fromString(lease.data.value(u"expires_at"_s).toString(), Qt::ISODateWithMs)});
    }

    m_refreshing = true;
    m_entries = entries;
    m_list->clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_list->addItem(QString());
    updateCountdowns();
    QString current = m_currentLeaseId;
    if (indexOf(current) < 0)
        current = m_entries.isEmpty() ? QString() : m_entries.first().leaseId;
    m_list->setCurrentRow(indexOf(current));
    m_refreshing = false;
    showLease(current);
}

void WorkPage::showLease(const QString &leaseId)
{
    m_currentLeaseId = leaseId;
    const int index = indexOf(leaseId);
    m_release->setEnabled(index >= 0);
    updateHeading();
    if (index < 0) {
        flushDraft();
        m_shownLeaseId.clear();
        m_view->clear();
        return;
    }
    if (m_list->currentRow() != index) {
        m_refreshing = true;
        m_list->setCurrentRow(index);
        m_refreshing = false;
    }
    m_view->setNavigation(index > 0, index + 1 < m_entries.size());
    if (leaseId == m_shownLeaseId)
        return; // keeps the edits and the undo history of the item on show
    flushDraft();

    const Entry &entry = m_entries.at(index);
    WorkItem item;
    item.leaseId = leaseId;
    item.title = entry.revision.value(u"title"_s).toString();
    item.instructions = entry.revision.value(u"instructions"_s).toString();
    auto form = AnswerForm::fromJson(entry.revision.value(u"form"_s).toArray());
    if (!form) {
        showStatus(tr("The answer form of “%1” cannot be read: %2").arg(item.title, form.error().describe()), true);
        m_shownLeaseId.clear();
        m_view->clear();
        return;
    }
    item.form = *form;
    item.itemData = entry.item.value(u"data"_s).toObject();
    item.position = index + 1;
    item.count = static_cast<int>(m_entries.size());
    if (m_drafts) {
        auto draft = m_drafts->load(leaseId);
        if (!draft)
            showStatus(tr("Your saved draft could not be restored: %1").arg(draft.error().message), true);
        else if (*draft) {
            item.fields = (*draft)->fields;
            item.secondsSpent = (*draft)->secondsSpent;
        }
    }
    m_shownLeaseId = leaseId;
    m_view->setWorkItem(item);
}

void WorkPage::flushDraft()
{
    m_draftTimer.stop();
    if (!m_drafts || m_shownLeaseId.isEmpty() || !m_view->hasWorkItem())
        return;
    if (auto saved = m_drafts->save(m_shownLeaseId, m_view->fields(), m_view->secondsSpent()); !saved)
        showStatus(tr("Your draft could not be saved: %1").arg(saved.error().message), true);
}

void WorkPage::submitAnswer(const QJsonObject &fields, int secondsSpent)
{
    const int index = indexOf(m_shownLeaseId);
    if (index < 0)
        return;
    const Entry entry = m_entries.at(index);
    const QString answerId = newId();
    const QJsonObject args{{u"answer_id"_s, answerId},
                           {u"lease_id"_s, entry.leaseId},
                           {u"fields"_s, fields},
                           {u"seconds_spent"_s, secondsSpent}};
    const QJsonObject answer{{u"id"_s, answerId},
                             {u"item_id"_s, entry.lease.value(u"item_id"_s)},
                             {u"task_id"_s, entry.lease.value(u"task_id"_s)},
                             {u"revision_id"_s, entry.lease.value(u"revision_id"_s)},
                             {u"worker_id"_s, entry.lease.value(u"worker_id"_s)},
                             {u"fields"_s, fields},
                             {u"status"_s, u"pending_review"_s},
                             {u"submitted_at"_s, m_engine.serverNow().toString(Qt::ISODateWithMs)},
                             {u"seconds_spent"_s, secondsSpent},
                             {u"pay_cents"_s, entry.revision.value(u"pay_cents"_s)},
                             {u"reason_code"_s, QJsonValue::Null},
                             {u"reason"_s, QJsonValue::Null},
                             {u"conflict_id"_s, QJsonValue::Null}};
    QJsonObject usedLease = entry.lease;
    usedLease.insert(u"state"_s, u"used"_s);

    // The next item to show once this one leaves the list (enqueue refreshes the page at once).
    const QString previous = m_currentLeaseId;
    m_currentLeaseId = index + 1 < m_entries.size() ? m_entries.at(index + 1).leaseId
                       : index > 0                  ? m_entries.at(index - 1).leaseId
                                                    : QString();
    m_draftTimer.stop();
    const QString submitted = m_shownLeaseId;
    m_shownLeaseId.clear(); // nothing of it is saved as a draft any more
    auto queued = m_engine.enqueue(u"answer.submit@1"_s, args,
                                   {OverlayWrite::upsert(u"answer"_s, answerId, answer),
                                    OverlayWrite::upsert(u"lease"_s, entry.leaseId, usedLease)});
    if (!queued) {
        m_currentLeaseId = previous;
        m_shownLeaseId = submitted;
        showStatus(tr("The answer could not be stored: %1").arg(queued.error().message), true);
        return;
    }
    m_submitted.append({*queued, entry.revision, fields});
    m_training->hide();
    if (m_drafts) {
        if (auto removed = m_drafts->remove(entry.leaseId); !removed)
            showStatus(tr("The answer is stored, but its draft stays: %1").arg(removed.error().message), true);
    }
    const bool flagged = !entry.revision.value(u"content_warnings"_s).toArray().isEmpty();
    if (m_breaks.recordAnswer(flagged, secondsSpent, QDateTime::currentDateTimeUtc())) {
        showStatus(tr("Answer stored. You have been on items with content warnings for a while: a short break "
                      "away from the screen helps. Your drafts and leases stay as they are."));
    } else {
        showStatus(m_engine.isOnline() ? tr("Answer stored; sending it now.")
                                       : tr("Answer stored; it will be sent when you are back online. Feedback "
                                            "on a training item is pending until then."));
    }
    refresh();
}

void WorkPage::releaseCurrent()
{
    const int index = indexOf(m_currentLeaseId);
    if (index < 0)
        return;
    const Entry entry = m_entries.at(index);
    QJsonObject released = entry.lease;
    released.insert(u"state"_s, u"released"_s);
    const QString previous = m_currentLeaseId;
    m_currentLeaseId = index + 1 < m_entries.size() ? m_entries.at(index + 1).leaseId
                       : index > 0                  ? m_entries.at(index - 1).leaseId
                                                    : QString();
    m_draftTimer.stop();
    m_shownLeaseId.clear();
    auto queued = m_engine.enqueue(u"lease.release@1"_s, {{u"lease_id"_s, entry.leaseId}},
                                   {OverlayWrite::upsert(u"lease"_s, entry.leaseId, released)});
    if (!queued) {
        m_currentLeaseId = previous;
        showStatus(tr("The item could not be released: %1").arg(queued.error().message), true);
        refresh();
        return;
    }
    if (m_drafts)
        (void)m_drafts->remove(entry.leaseId); // a leftover draft of a released lease is never shown
    showStatus(tr("Item released."));
    refresh();
}

void WorkPage::step(int delta, bool wrap)
{
    if (m_entries.isEmpty())
        return;
    const auto count = static_cast<int>(m_entries.size());
    int index = indexOf(m_currentLeaseId) + delta;
    if (wrap)
        index = (index + count) % count;
    if (index >= 0 && index < count)
        showLease(m_entries.at(index).leaseId);
}

void WorkPage::rateTask(int rating)
{
    const int index = indexOf(m_shownLeaseId);
    if (index < 0)
        return;
    const QString taskId = m_entries.at(index).lease.value(u"task_id"_s).toString();
    auto queued = m_engine.enqueue(u"task.rate@1"_s, {{u"task_id"_s, taskId}, {u"rating"_s, rating}});
    showStatus(queued ? tr("Rating stored; only the platform sees it.")
                      : tr("The rating could not be stored: %1").arg(queued.error().message),
               !queued);
}

void WorkPage::proposeReframing(const QString &instructions, const QString &rationale)
{
    const int index = indexOf(m_shownLeaseId);
    if (index < 0)
        return;
    const Entry &entry = m_entries.at(index);
    QJsonObject markup = entry.revision;
    // Set by the server for the new revision.
    for (const auto &key : {u"id"_s, u"number"_s, u"created_at"_s})
        markup.remove(key);
    markup.insert(u"instructions"_s, instructions);
    auto queued = m_engine.enqueue(u"reframe.propose@1"_s, {{u"proposal_id"_s, newId()},
                                                            {u"task_id"_s, entry.lease.value(u"task_id"_s)},
                                                            {u"markup_revision"_s, markup},
                                                            {u"rationale"_s, rationale}});
    showStatus(queued ? tr("Reframing proposed; the requester will see it.")
                      : tr("The proposal could not be stored: %1").arg(queued.error().message),
               !queued);
}

void WorkPage::updateCountdowns()
{
    const QDateTime now = m_engine.serverNow();
    const QColor warning =
            palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xb8, 0x6c) : QColor(0x9a, 0x4a, 0x00);
    for (int i = 0; i < m_entries.size() && i < m_list->count(); ++i) {
        const Entry &entry = m_entries.at(i);
        const qint64 left = entry.expiresAt.isValid() ? now.secsTo(entry.expiresAt) : 0;
        QListWidgetItem *row = m_list->item(i);
        row->setText(tr("%1\nItem %2 · %3")
                             .arg(entry.revision.value(u"title"_s).toString())
                             .arg(i + 1)
                             .arg(countdownText(left)));
        if (left < kWarnBeforeExpirySeconds)
            row->setForeground(warning);
        else
            row->setData(Qt::ForegroundRole, QVariant());
        row->setToolTip(entry.expiresAt.isValid()
                                ? tr("Lease ends %1")
                                          .arg(QLocale().toString(entry.expiresAt.toLocalTime(), QLocale::ShortFormat))
                                : QString());
    }
}

void WorkPage::showStatus(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? (this->palette().color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0xa8, 0xa0)
                                                                                        : QColor(0xa8, 0x22, 0x1b))
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Chrysalis
