#include "ui/arbitration/conflictspage.h"

#include "core/insights/goldrecord.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/conflictpanelpage.h"
#include "ui/arbitration/conflictqueuepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

ConflictsPage::ConflictsPage(LocalStore &store, SyncEngine &engine, QWidget *parent) : QWidget(parent), m_store(store)
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

    m_calibration = new QLabel;
    m_calibration->setObjectName(u"arbiterCalibration"_s);
    m_calibration->setWordWrap(true);
    m_calibration->setTextFormat(Qt::RichText);
    m_calibration->setFrameShape(QFrame::StyledPanel);
    m_calibration->setMargin(8);
    m_calibration->hide();
    auto *queueFrame = new QWidget;
    auto *queueLayout = new QVBoxLayout(queueFrame);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->setSpacing(0);
    queueLayout->addWidget(m_queue, 1);
    auto *calibrationRow = new QHBoxLayout;
    calibrationRow->setContentsMargins(9, 0, 9, 9);
    calibrationRow->addWidget(m_calibration);
    queueLayout->addLayout(calibrationRow);

    m_stack = new QStackedWidget;
    m_stack->addWidget(queueFrame);
    m_stack->addWidget(m_panelFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_queue, &ConflictQueuePage::conflictActivated, this, &ConflictsPage::showConflict);
    connect(m_back, &QPushButton::clicked, this, &ConflictsPage::showQueue);
    // Escape first leaves the vote confirmation (the panel's own), then goes back to the list.
    connect(m_panel, &ConflictPanelPage::leaveRequested, this, &ConflictsPage::showQueue);
    connect(&engine, &SyncEngine::syncFinished, this, &ConflictsPage::updateCalibration);
    updateCalibration();
}

QString ConflictsPage::calibrationText() const
{
    return m_calibration->isVisibleTo(this) ? m_calibration->text() : QString();
}

void ConflictsPage::updateCalibration()
{
    const auto state = m_store.state();
    std::optional<ArbiterCalibrationFigures> calibration;
    if (state && !state->userId.isEmpty()) {
        if (auto progress = m_store.read(u"tier_progress"_s, state->userId); progress && progress->has_value())
            calibration = ArbiterCalibrationFigures::fromTierProgress(**progress);
    }
    m_calibration->setVisible(calibration.has_value());
    if (!calibration)
        return;
    m_calibration->setText(
            tr("<b>Your calibration as an arbiter</b><br>With the panel majority: %1.<br>With gold keys: %2.<br>%3")
                    .arg(ArbiterCalibrationFigures::figureText(calibration->panelAgreement).toHtmlEscaped(),
                         ArbiterCalibrationFigures::figureText(calibration->goldAgreement).toHtmlEscaped(),
                         ArbiterCalibrationFigures::explanation().toHtmlEscaped()));
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
    m_stack->setCurrentWidget(m_stack->widget(0));
    m_queue->setFocus();
}

} // namespace Chrysalis
