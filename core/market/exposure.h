#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chrysalis {

class MarketEngine;
struct AccountRecord;

// A content category whose daily exposure limit a claim would go over, with the day's figures.
struct ExposureOverrun {
    QString category;
    qint64 limit = 0;
    qint64 takenToday = 0; // items of the category the worker claimed earlier in the day
};

// The worker's exposure day: the UTC calendar day holding `now`, [start, start + 24 h).
QDateTime exposureDayStart(const QDateTime &now);

// Daily exposure limits (profile.update@1 `limits`): the first of the task's content warnings whose
// limit taking `adding` more items today would exceed, or nullopt. Every item claimed today on a
// revision carrying the category counts, whatever became of its lease. Categories compare case-folded.
Result<std::optional<ExposureOverrun>> exposureOverrun(MarketEngine &engine, const AccountRecord &worker,
                                                       const QStringList &contentWarnings, int adding);

} // namespace Chrysalis
