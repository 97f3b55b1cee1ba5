#pragma once

#include "core/insights/leaderboardmodel.h"
#include "core/policy/policy.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// The public requester leaderboard (butterfly requesters, top N by points, the aggregate rating only where
// the server published one) and, for a requester, their own rank, points and progress from caterpillar to
// butterfly. Never shows an individual rating: there is none in the mirror to show.
class LeaderboardPage : public QWidget
{
    Q_OBJECT

public:
    LeaderboardPage(LocalStore &store, SyncEngine &engine, QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    LeaderboardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString shownText() const;

public Q_SLOTS:
    void reload();

private:
    LocalStore &m_store;
    Policy m_policy = Policy::defaults();
    LeaderboardModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QLabel *m_standing = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressNote = nullptr;
};

} // namespace Chrysalis
