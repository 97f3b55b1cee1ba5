#pragma once

#include "core/insights/leaderboardmodel.h"
#include "core/insights/pointshistorymodel.h"
#include "core/insights/workerboardmodel.h"
#include "core/policy/policy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The public requester leaderboard (butterfly requesters, top N by points, the aggregate rating only where
// the server published one) and, for a requester, their own rank, points and progress from caterpillar to
// butterfly, with their points over time and what earned and cost them points. Never shows an individual
// rating: there is none in the mirror to show. The "Worker boards" tab shows the opt-in, pseudonymous boards
// per tier and lets a worker opt in or out (profile.update@1).
class LeaderboardPage : public QWidget
{
    Q_OBJECT

public:
    LeaderboardPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    LeaderboardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PointsHistoryModel *pointsModel() const { return m_pointsModel; }
    WorkerBoardModel *workerBoardModel() const { return m_boardModel; }
    QComboBox *boardTier() const { return m_boardTier; }
    QComboBox *boardMeasure() const { return m_boardMeasure; }
    QCheckBox *boardOptIn() const { return m_boardOptIn; }
    QTabWidget *tabs() const { return m_tabs; }
    QString shownText() const;

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadPointsHistory(qint64 currentPoints);
    void reloadWorkerBoards(const QJsonObject &account);
    void setBoardOptIn(bool optIn);
    // Whether a widget shows on its tab, whichever tab is current.
    bool shownOnItsTab(const QWidget *widget) const;

    LocalStore &m_store;
    SyncEngine &m_engine;
    Policy m_policy = Policy::defaults();
    LeaderboardModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QLabel *m_standing = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_standingTab = nullptr;
    PointsHistoryModel *m_pointsModel = nullptr;
    QTableView *m_pointsTable = nullptr;
    QVBoxLayout *m_chartSlot = nullptr;
    QWidget *m_chart = nullptr;
    QVBoxLayout *m_ratingSlot = nullptr;
    QWidget *m_ratingChart = nullptr;
    QWidget *m_boardsTab = nullptr;
    QCheckBox *m_boardOptIn = nullptr;
    QComboBox *m_boardTier = nullptr;
    QComboBox *m_boardMeasure = nullptr;
    WorkerBoardModel *m_boardModel = nullptr;
    QTableView *m_boardTable = nullptr;
    QLabel *m_boardEmpty = nullptr;
    bool m_boardTierChosen = false;
};

} // namespace Chrysalis
