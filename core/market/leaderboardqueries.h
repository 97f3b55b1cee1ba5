#pragma once

#include "core/policy/leaderboard.h"
#include "core/result.h"
#include "core/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

// The requester leaderboard read straight from SQL through the (standing, points) index, so its cost does not
// grow with the number of butterflies: the board needs only those ranked within the cutoff, and a rank is one
// count. buildLeaderboard over topScores() equals it over every requester's score.
class LeaderboardQueries
{
public:
    explicit LeaderboardQueries(Database &db) : m_db(db) { }

    static QStringList migrationStatements();

    // Every butterfly requester ranked at most `top` (ties at the cutoff whole), with the published rating.
    Result<QList<RequesterScore>> topScores(int top);
    // The requester's rank among butterflies (also below the cutoff); none for a caterpillar or unknown one.
    Result<std::optional<int>> rankOf(const QString &requesterId);

private:
    Database &m_db;
};

} // namespace Chrysalis
