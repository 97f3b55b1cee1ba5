#include "ui/mainwindow/attentionpage.h"

#include "core/sync/attentionmodel.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

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

    m_model = new AttentionModel(m_store, this);
    m_list = new QTreeView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Changes that need attention"));
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
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

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttentionPage::showSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (auto retried = m_engine.retryBlocked(); !retried)
            m_copy->setPlainText(tr("Could not retry: %1").arg(retried.error().message));
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const qint64 mutationId = selectedMutation();
        if (mutationId == 0)
            return;
        if (auto dismissed = m_engine.dismiss(mutationId); !dismissed)
            m_copy->setPlainText(tr("Could not dismiss: %1").arg(dismissed.error().message));
    });
    connect(&m_engine, &SyncEngine::outboxChanged, this, &AttentionPage::reload);
    connect(&m_engine, &SyncEngine::syncFinished, this, &AttentionPage::reload);
    reload();
}

QString AttentionPage::mutationTitle(const QString &name)
{
    return AttentionModel::mutationTitle(name);
}

qint64 AttentionPage::selectedMutation() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(AttentionModel::MutationIdRole).toLongLong() : 0;
}

void AttentionPage::reload()
{
    const qint64 selected = selectedMutation();
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->parentWidget()->setVisible(!empty);
    m_retry->setEnabled(m_model->anyBlocked());
    if (!empty) {
        const int row = std::max(m_model->rowOf(selected), 0);
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    showSelected();
}

void AttentionPage::showSelected()
{
    const QModelIndex current = m_list->currentIndex();
    const QModelIndex first = current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
    m_copy->setPlainText(first.isValid() ? first.data(AttentionModel::LocalCopyRole).toString() : QString());
    m_dismiss->setEnabled(first.isValid() && !first.data(AttentionModel::BlockedRole).toBool());
}

} // namespace Chrysalis
