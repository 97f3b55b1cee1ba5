#include "ui/arbitration/conflictspage.h"

#include "ui/arbitration/conflictpanelpage.h"
#include "ui/arbitration/conflictqueuepage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

ConflictsPage::ConflictsPage(LocalStore &store, SyncEngine &engine, QWidget *parent) : QWidget(parent)
{
    m_queue = new ConflictQueuePage(store, engine);
    m_panel = new ConflictPanelPage(store, engine);

    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("All conflicts"));
    m_back->setFlat(true);
    m_back->setToolTip(tr("Back to the list of conflicts (Esc)"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_back);
    bar->addStretch(1);

    m_panelFrame = new QWidget;
    auto *panelLayout = new QVBoxLayout(m_panelFrame);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(bar);
    panelLayout->addWidget(m_panel, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_queue);
    m_stack->addWidget(m_panelFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_queue, &ConflictQueuePage::conflictActivated, this, &ConflictsPage::showConflict);
    connect(m_back, &QPushButton::clicked, this, &ConflictsPage::showQueue);
    // Escape first leaves the vote confirmation (the panel's own), then goes back to the list.
    connect(m_panel, &ConflictPanelPage::leaveRequested, this, &ConflictsPage::showQueue);
}

void ConflictsPage::setPolicy(const Policy &policy)
{
    m_queue->setPolicy(policy);
    m_panel->setPolicy(policy);
}

bool ConflictsPage::isShowingPanel() const
{
    return m_stack->currentWidget() == m_panelFrame;
}

void ConflictsPage::showConflict(const QString &conflictId)
{
    m_panel->setConflict(conflictId);
    m_stack->setCurrentWidget(m_panelFrame);
    m_panel->setFocus();
}

void ConflictsPage::showQueue()
{
    m_stack->setCurrentWidget(m_queue);
    m_queue->setFocus();
}

} // namespace Chrysalis
