#include "ui/diff/feedbackpage.h"

#include "core/domain/feedback.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"
#include "ui/diff/feedbackpreview.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QListWidget *inboxList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setSpacing(4);
    list->setMinimumWidth(220);
    return list;
}

QLabel *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

int stateRank(const QJsonObject &proposal)
{
    return proposal.value(u"state"_s).toString() == u"open"_s ? 0 : 1;
}

QString shortDate(const QJsonValue &time)
{
    const QDateTime at = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

FeedbackPage::FeedbackPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *heading = sectionHeading(tr("Feedback to review"), this);
    m_list = inboxList(this);
    m_empty = placeholder(tr("No feedback is waiting for you. When a feedback worker has reviewed one of your "
                             "tasks, it appears here."),
                          this);
    auto *proposalHeading = sectionHeading(tr("Reframe proposals"), this);
    m_proposalList = inboxList(this);
    m_proposalList->setObjectName(u"proposals"_s);
    m_proposalEmpty = placeholder(tr("No worker has proposed a reframing of your tasks. When one does, it appears "
                                     "here."),
                                  this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(heading);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty);
    sideLayout->addSpacing(12);
    sideLayout->addWidget(proposalHeading);
    sideLayout->addWidget(m_proposalList, 1);
    sideLayout->addWidget(m_proposalEmpty);
    sideLayout->addWidget(m_error);
    sideLayout->addStretch(); // takes the room of the list while it is hidden

    m_preview = new FeedbackPreview(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 900});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    // One preview for both lists: choosing in one clears the choice in the other.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            const QSignalBlocker blocker(m_proposalList);
            m_proposalList->setCurrentRow(-1);
        }
        showSelected();
    });
    connect(m_proposalList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(-1);
        }
        showSelected();
    });
    connect(m_preview, &FeedbackPreview::resolveRequested, this, [this](const QStringList &accepted) {
        if (m_preview->isReframeProposal())
            resolveProposal(true, accepted);
        else
            resolve(accepted);
    });
    connect(m_preview, &FeedbackPreview::declineRequested, this, [this] { resolveProposal(false, {}); });
    connect(&m_engine, &SyncEngine::syncFinished, this, &FeedbackPage::refresh);
    refresh();
}

QString FeedbackPage::currentFeedbackId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).value(u"id"_s).toString() : QString();
}

QString FeedbackPage::currentProposalId() const
{
    const int row = m_proposalList->currentRow();
    return row >= 0 && row < m_proposals.size() ? m_proposals.at(row).value(u"id"_s).toString() : QString();
}

bool FeedbackPage::selectProposal(const QString &proposalId)
{
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        if (m_proposals.at(i).value(u"id"_s).toString() == proposalId) {
            m_proposalList->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

QString FeedbackPage::proposalRowText(const QString &proposalId) const
{
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        if (m_proposals.at(i).value(u"id"_s).toString() == proposalId)
            return m_proposalList->item(static_cast<int>(i))->text();
    }
    return {};
}

void FeedbackPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

void FeedbackPage::refresh()
{
    const QString selected = currentFeedbackId();
    const QString selectedProposal = currentProposalId();
    m_error->setVisible(false);
    m_entries.clear();
    const Result<QList<StoredEntity>> stored = m_store.list(u"feedback"_s);
    if (!stored.ok()) {
        showError(tr("The feedback could not be read: %1").arg(stored.error().message));
    } else {
        for (const StoredEntity &entity : *stored) {
            if (entity.data.value(u"state"_s).toString() == u"submitted"_s)
                m_entries.append(entity.data);
        }
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = m_entries.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QJsonObject &entry = m_entries.at(i);
        const QString title = entry.value(u"revision"_s).toObject().value(u"title"_s).toString();
        const QString verdict = entry.value(u"verdict"_s).toString() == u"approve"_s ? tr("Approved as it is")
                                                                                     : tr("Changes suggested");
        m_list->addItem(u"%1\n%2"_s.arg(title.isEmpty() ? tr("Untitled task") : title, verdict));
        if (entry.value(u"id"_s).toString() == selected)
            selectRow = static_cast<int>(i);
    }

    // The proposals on the requester's own tasks; a worker's own proposals are shown on their dashboard.
    m_proposals.clear();
    const QString self = ownAccount(m_store).value(u"id"_s).toString();
    if (const auto proposals = m_store.list(u"reframe_proposal"_s); !proposals.ok()) {
        showError(tr("The reframe proposals could not be read: %1").arg(proposals.error().message));
    } else {
        for (const StoredEntity &entity : *proposals) {
            const auto task = m_store.read(u"task"_s, entity.data.value(u"task_id"_s).toString());
            if (task.ok() && task->has_value() && (**task).value(u"requester_id"_s).toString() == self)
                m_proposals.append(entity.data);
        }
        std::stable_sort(m_proposals.begin(), m_proposals.end(), [](const QJsonObject &a, const QJsonObject &b) {
            if (stateRank(a) != stateRank(b))
                return stateRank(a) < stateRank(b);
            return a.value(u"created_at"_s).toString() > b.value(u"created_at"_s).toString();
        });
    }
    const QSignalBlocker proposalBlocker(m_proposalList);
    m_proposalList->clear();
    int selectProposalRow = -1;
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const QJsonObject &proposal = m_proposals.at(i);
        // Listed under the task's title: the proposal may retitle it.
        QString title = proposal.value(u"markup_revision"_s).toObject().value(u"title"_s).toString();
        if (const auto task = m_store.read(u"task"_s, proposal.value(u"task_id"_s).toString());
            task.ok() && task->has_value())
            title = (**task).value(u"title"_s).toString();
        const QString state = proposal.value(u"state"_s).toString();
        const QString author = proposal.value(u"worker_pseudonym"_s).toString();
        QString status;
        if (state == u"adopted"_s)
            status = tr("Adopted %1").arg(shortDate(proposal.value(u"resolved_at"_s)));
        else if (state == u"declined"_s)
            status = tr("Declined %1").arg(shortDate(proposal.value(u"resolved_at"_s)));
        else
            status = tr("Open · proposed by %1").arg(author);
        m_proposalList->addItem(u"%1\n%2"_s.arg(title.isEmpty() ? tr("Untitled task") : title, status.trimmed()));
        if (proposal.value(u"id"_s).toString() == selectedProposal)
            selectProposalRow = static_cast<int>(i);
    }
    m_proposalList->setVisible(!m_proposals.isEmpty());
    m_proposalEmpty->setVisible(m_proposals.isEmpty());

    // Keep what was chosen; otherwise the first feedback, else the first proposal (open ones come first).
    if (selectProposalRow >= 0)
        selectRow = -1;
    else if (selectRow < 0 && !m_proposals.isEmpty())
        selectProposalRow = 0;
    m_list->setCurrentRow(selectRow);
    m_proposalList->setCurrentRow(selectProposalRow);
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    showSelected();
}

void FeedbackPage::showSelected()
{
    if (m_proposalList->currentRow() >= 0) {
        showSelectedProposal();
        return;
    }
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_preview->clear();
        return;
    }
    const QJsonObject &entry = m_entries.at(row);
    const Result<FeedbackTask> feedback = FeedbackTask::fromJson(entry);
    const Result<TaskRevision> base = TaskRevision::fromJson(entry.value(u"revision"_s).toObject());
    if (!feedback.ok() || !base.ok()) {
        m_error->setText(tr("This feedback cannot be shown: %1")
                                 .arg(feedback.ok() ? base.error().message : feedback.error().message));
        m_error->setVisible(true);
        m_preview->clear();
        return;
    }
    m_error->setVisible(false);
    m_preview->setFeedback(*base, *feedback, entry.value(u"sample_items"_s).toArray());
}

void FeedbackPage::resolve(const QStringList &acceptedHunkIds)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    QJsonObject entry = m_entries.at(row);
    const QString id = entry.value(u"id"_s).toString();
    const QJsonObject args{{u"feedback_id"_s, id}, {u"accepted_hunks"_s, QJsonArray::fromStringList(acceptedHunkIds)}};
    // Shown resolved at once; the server's answer replaces it on the next pull.
    entry.insert(u"state"_s, u"resolved"_s);
    entry.insert(u"accepted_hunks"_s, QJsonArray::fromStringList(acceptedHunkIds));
    const Result<qint64> queued =
            m_engine.enqueue(u"feedback.resolve@1"_s, args, {OverlayWrite::upsert(u"feedback"_s, id, entry)});
    if (!queued.ok()) {
        showError(tr("The decision could not be saved: %1").arg(queued.error().message));
        return;
    }
    refresh();
    Q_EMIT resolutionQueued(id);
}

// The diff of a proposal is against the task's current revision; an adopted one is shown against the
// revision it was adopted onto, so its hunks are the ones the requester decided on.
void FeedbackPage::showSelectedProposal()
{
    const int row = m_proposalList->currentRow();
    if (row < 0 || row >= m_proposals.size()) {
        m_preview->clear();
        return;
    }
    const QJsonObject &proposal = m_proposals.at(row);
    const QString taskId = proposal.value(u"task_id"_s).toString();
    const QString state = proposal.value(u"state"_s).toString();
    const auto task = m_store.read(u"task"_s, taskId);
    QString baseId = task.ok() && task->has_value() ? (**task).value(u"revision_id"_s).toString() : QString();
    int adoptedNumber = -1;
    if (state == u"adopted"_s) {
        if (const auto adopted = m_store.read(u"task_revision"_s, proposal.value(u"adopted_revision_id"_s).toString());
            adopted.ok() && adopted->has_value())
            adoptedNumber = (**adopted).value(u"number"_s).toInt();
        if (const auto revisions = m_store.list(u"task_revision"_s); revisions.ok()) {
            for (const StoredEntity &revision : *revisions) {
                if (revision.data.value(u"task_id"_s).toString() == taskId &&
                    revision.data.value(u"number"_s).toInt() == adoptedNumber - 1)
                    baseId = revision.id;
            }
        }
    }
    const auto baseJson = m_store.read(u"task_revision"_s, baseId);
    if (!baseJson.ok() || !baseJson->has_value()) {
        showError(tr("The task of this proposal is not on this computer yet; sync and try again."));
        m_preview->clear();
        return;
    }
    const Result<TaskRevision> base = TaskRevision::fromJson(**baseJson);
    const Result<TaskRevision> markup = TaskRevision::fromJson(proposal.value(u"markup_revision"_s).toObject());
    if (!base.ok() || !markup.ok()) {
        showError(
                tr("This proposal cannot be shown: %1").arg(base.ok() ? markup.error().message : base.error().message));
        m_preview->clear();
        return;
    }
    m_error->setVisible(false);
    m_preview->setReframeProposal(*base, *markup, proposal.value(u"rationale"_s).toString(),
                                  proposal.value(u"worker_pseudonym"_s).toString());
    QStringList accepted;
    for (const QJsonValue &hunk : proposal.value(u"accepted_hunks"_s).toArray())
        accepted << hunk.toString();
    const QString when = shortDate(proposal.value(u"resolved_at"_s));
    if (state == u"adopted"_s) {
        QString outcome = adoptedNumber > 0 ? tr("Adopted as revision %1").arg(adoptedNumber) : tr("Adopted");
        if (!when.isEmpty())
            outcome = tr("%1 on %2").arg(outcome, when);
        outcome = tr("%1 · changes taken: %2 of %3").arg(outcome).arg(accepted.size()).arg(m_preview->hunks().size());
        m_preview->setResolved(outcome, accepted);
    } else if (state == u"declined"_s) {
        m_preview->setResolved(when.isEmpty() ? tr("Declined") : tr("Declined on %1").arg(when), {});
    }
}

void FeedbackPage::resolveProposal(bool adopt, const QStringList &acceptedHunkIds)
{
    const int row = m_proposalList->currentRow();
    if (row < 0 || row >= m_proposals.size())
        return;
    QJsonObject proposal = m_proposals.at(row);
    const QString id = proposal.value(u"id"_s).toString();
    const QStringList accepted = adopt ? acceptedHunkIds : QStringList();
    QJsonObject args{{u"proposal_id"_s, id}, {u"decision"_s, adopt ? u"adopt"_s : u"decline"_s}};
    if (adopt)
        args.insert(u"accepted_hunks"_s, QJsonArray::fromStringList(accepted));
    // Shown resolved at once; the server's answer (and the adopted revision) replace it on the next pull.
    proposal.insert(u"state"_s, adopt ? u"adopted"_s : u"declined"_s);
    proposal.insert(u"accepted_hunks"_s, QJsonArray::fromStringList(accepted));
    const Result<qint64> queued =
            m_engine.enqueue(u"reframe.resolve@1"_s, args, {OverlayWrite::upsert(u"reframe_proposal"_s, id, proposal)});
    if (!queued.ok()) {
        showError(tr("The decision could not be saved: %1").arg(queued.error().message));
        return;
    }
    refresh();
    Q_EMIT proposalResolutionQueued(id);
}

} // namespace Chrysalis
