#pragma once

#include "core/insights/fairwork.h"
#include "core/policy/policy.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The fair-work dashboard of a worker: effective hourly pay from measured seconds, earnings per week,
// the hourly pay distribution, approval rate, conflicts won and lost, mistake pay against the allowance,
// unpaid time, and the three capability modes shown separately. Read-only; figures from the mirror.
class FairWorkPage : public QWidget
{
    Q_OBJECT

public:
    FairWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    const FairWorkFigures &figures() const { return m_figures; }
    const QList<WeekEarnings> &weeks() const { return m_weeks; }
    // The worker's own reframe proposals in the mirror, newest first (the latest are listed on the page).
    const QList<OwnReframeProposal> &ownProposals() const { return m_ownProposals; }
    // Everything the page shows as text, for tests and accessibility checks.
    QString shownText() const;
    // Number of charts drawn (empty data shows a sentence instead).
    int chartCount() const;

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();

    LocalStore &m_store;
    Policy m_policy = Policy::defaults();
    FairWorkFigures m_figures;
    QList<WeekEarnings> m_weeks;
    QList<HourlyPayBucket> m_buckets;
    QList<PanelSplit> m_splits;
    QList<OwnReframeProposal> m_ownProposals;
    QLabel *m_headline = nullptr;
    QLabel *m_demotion = nullptr; // the keep rule of a silver or gold worker, a warning at its limit
    QLabel *m_record = nullptr;
    QLabel *m_pay = nullptr;
    QProgressBar *m_mistakeBar = nullptr;
    QLabel *m_mistakeNote = nullptr;
    QLabel *m_execution = nullptr;
    QLabel *m_diagnostic = nullptr;
    QLabel *m_reframing = nullptr;
    QWidget *m_chartHolder = nullptr;
    QGridLayout *m_chartGrid = nullptr;
};

} // namespace Chrysalis
