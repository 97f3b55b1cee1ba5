#include "core/market/exposure.h"

#include "core/market/marketengine.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QDateTime exposureDayStart(const QDateTime &now)
{
    return QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
}

Result<std::optional<ExposureOverrun>> exposureOverrun(MarketEngine &engine, const AccountRecord &worker,
                                                       const QStringList &contentWarnings, int adding)
{
    QHash<QString, qint64> limits;
    for (auto it = worker.limits.constBegin(); it != worker.limits.constEnd(); ++it)
        limits.insert(it.key().toCaseFolded(), it.value().toInteger());
    QStringList limited;
    for (const QString &warning : foldedNames(contentWarnings)) {
        if (limits.contains(warning))
            limited << warning;
    }
    if (limited.isEmpty())
        return std::optional<ExposureOverrun>();

    const QDateTime start = exposureDayStart(engine.now);
    auto claimed = engine.work.claimedByRevision(worker.id(), start, start.addDays(1));
    if (!claimed)
        return claimed.error();
    QHash<QString, qint64> taken;
    for (auto it = claimed->constBegin(); it != claimed->constEnd(); ++it) {
        auto revision = engine.tasks.revision(it.key());
        if (!revision)
            return revision.error();
        if (!revision->has_value())
            continue;
        for (const QString &warning : foldedNames((*revision)->contentWarnings))
            taken[warning] += it.value();
    }
    for (const QString &category : std::as_const(limited)) {
        const qint64 limit = limits.value(category);
        const qint64 today = taken.value(category);
        if (today + adding > limit)
            return std::optional<ExposureOverrun>(ExposureOverrun{category, limit, today});
    }
    return std::optional<ExposureOverrun>();
}

} // namespace Chrysalis
