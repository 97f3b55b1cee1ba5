#include "ui/mainwindow/attentionpage.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/taskqueuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kMutationIdRole = Qt::UserRole + 1;
constexpr int kBlockedRole = Qt::UserRole + 2;
constexpr int kArgsRole = Qt::UserRole + 3;

} // namespace

AttentionPage::AttentionPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *title = new QLabel(tr("Needs attention"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    auto *intro = new QLabel(tr("What the marketplace refused or could not take yet. Nothing here is lost: the "
                                "local copy of what you sent is kept."));
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setAccessibleName(tr("Changes that need attention"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("What"), tr("State"), tr("Why"), tr("When")});
    m_list->setStyleSheet(u"QTreeView::item { padding: 4px 2px; }"_s);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("Nothing needs your attention: everything you did reached the marketplace or is "
                            "waiting to sync."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_copy = new QPlainTextEdit;
    m_copy->setReadOnly(true);
    m_copy->setAccessibleName(tr("Kept local copy"));
    m_copy->setPlaceholderText(tr("The kept local copy of the selected change appears here."));
    m_retry = new QPushButton(tr("&Retry blocked changes"));
    m_dismiss = new QPushButton(tr("&Dismiss"));
    m_dismiss->setToolTip(tr("Take this rejection off the list; it stays in the local history."));

    auto *copyBox = new QWidget;
    auto *copyLayout = new QVBoxLayout(copyBox);
    copyLayout->setContentsMargins(0, 6, 0, 0);
    auto *copyTitle = new QLabel(tr("Kept local copy of what you sent:"));
    copyTitle->setBuddy(m_copy);
    copyLayout->addWidget(copyTitle);
    copyLayout->addWidget(m_copy);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(copyBox);
    splitter->setSizes({300, 160});
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_empty, 1);
    layout->addWidget(splitter, 3);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttentionPage::showSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (auto retried = m_engine.retryBlocked(); !retried)
            m_copy->setPlainText(tr("Could not retry: %1").arg(retried.error().message));
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        if (auto dismissed = m_engine.dismiss(item->data(0, kMutationIdRole).toLongLong()); !dismissed)
            m_copy->setPlainText(tr("Could not dismiss: %1").arg(dismissed.error().message));
    });
    connect(&m_engine, &SyncEngine::outboxChanged, this, &AttentionPage::reload);
    connect(&m_engine, &SyncEngine::syncFinished, this, &AttentionPage::reload);
    reload();
}

QString AttentionPage::mutationTitle(const QString &name)
{
    const QString base = name.section(u'@', 0, 0);
    if (base == u"lease.claim")
        return tr("Claim items");
    if (base == u"lease.release")
        return tr("Release an item");
    if (base == u"answer.submit")
        return tr("Submit an answer");
    if (base == u"answer.review")
        return tr("Review an answer");
    if (base == u"feedback.submit")
        return tr("Submit feedback");
    if (base == u"feedback.resolve")
        return tr("Resolve feedback");
    if (base == u"vote.cast")
        return tr("Cast a vote");
    if (base == u"task.rate")
        return tr("Rate a task");
    if (base == u"task.draft_save")
        return tr("Save a task draft");
    if (base == u"task.items_add")
        return tr("Add items");
    if (base == u"task.publish")
        return tr("Publish a task");
    if (base == u"reframe.propose")
        return tr("Propose a reframing");
    if (base == u"tier.accept")
        return tr("Accept a tier");
    if (base == u"profile.update")
        return tr("Update the profile");
    return name;
}

void AttentionPage::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(0, kMutationIdRole).toLongLong() : 0;
    m_list->clear();
    auto entries = m_store.needsAttention();
    bool anyBlocked = false;
    if (entries) {
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            const bool blocked = entry.state == OutboxState::Blocked;
            anyBlocked = anyBlocked || blocked;
            QString why = entry.outcomeMessage();
            if (!entry.outcomeCode.isEmpty())
                why = why.isEmpty() ? entry.outcomeCode : u"%1 (%2)"_s.arg(why, entry.outcomeCode);
            // Gate reasons in words, as the queue explains them.
            QStringList reasons;
            const QJsonArray codes = entry.outcome.value(u"details"_s).toObject().value(u"reasons"_s).toArray();
            for (const QJsonValue &code : codes)
                reasons.append(TaskQueueModel::gateReasonText(code.toString()));
            if (!reasons.isEmpty())
                why += u": "_s + reasons.join(u' ');
            auto *item = new QTreeWidgetItem(m_list,
                                             {mutationTitle(entry.name), blocked ? tr("Blocked") : tr("Rejected"), why,
                                              QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat)});
            item->setToolTip(2, why);
            item->setData(0, kMutationIdRole, entry.mutationId);
            item->setData(0, kBlockedRole, blocked);
            item->setData(0, kArgsRole, QString::fromUtf8(QJsonDocument(entry.args).toJson(QJsonDocument::Indented)));
            if (entry.mutationId == selected)
                m_list->setCurrentItem(item);
        }
    }
    const bool empty = m_list->topLevelItemCount() == 0;
    m_empty->setVisible(empty);
    m_list->parentWidget()->setVisible(!empty);
    m_retry->setEnabled(anyBlocked);
    if (!m_list->currentItem() && !empty)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void AttentionPage::showSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_copy->setPlainText(item ? item->data(0, kArgsRole).toString() : QString());
    m_dismiss->setEnabled(item && !item->data(0, kBlockedRole).toBool());
}

} // namespace Chrysalis
