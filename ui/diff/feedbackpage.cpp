#include "ui/diff/feedbackpage.h"

#include "core/domain/feedback.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/diff/feedbackpreview.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

FeedbackPage::FeedbackPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *heading = new QLabel(tr("Feedback to review"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_list = new QListWidget(this);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setSpacing(4);
    m_list->setMinimumWidth(220);
    m_empty = new QLabel(tr("No feedback is waiting for you. When a feedback worker has reviewed one of your "
                            "tasks, it appears here."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(heading);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_empty);
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

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_preview, &FeedbackPreview::resolveRequested, this, &FeedbackPage::resolve);
    connect(&m_engine, &SyncEngine::syncFinished, this, &FeedbackPage::refresh);
    refresh();
}

QString FeedbackPage::currentFeedbackId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).value(u"id"_s).toString() : QString();
}

void FeedbackPage::refresh()
{
    const QString selected = currentFeedbackId();
    m_entries.clear();
    const Result<QList<StoredEntity>> stored = m_store.list(u"feedback"_s);
    if (!stored.ok()) {
        m_error->setText(tr("The feedback could not be read: %1").arg(stored.error().message));
        m_error->setVisible(true);
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
    m_list->setCurrentRow(selectRow);
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    showSelected();
}

void FeedbackPage::showSelected()
{
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
        m_error->setText(tr("The decision could not be saved: %1").arg(queued.error().message));
        m_error->setVisible(true);
        return;
    }
    refresh();
    Q_EMIT resolutionQueued(id);
}

} // namespace Chrysalis
