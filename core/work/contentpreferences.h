#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Chrysalis {

class LocalStore;
class SyncEngine;

// What a worker agreed to see: the content warning categories they opted in to, and a daily limit
// of items per category (a category without one has no limit). Synced with profile.update@1.
struct ContentPreferences {
    QStringList optIns;
    QMap<QString, int> dailyLimits; // category → items per day, 0 to kMaxDailyLimit

    static constexpr int kMaxDailyLimit = 100000;
    bool operator==(const ContentPreferences &) const = default;

    // As the account entity carries them (content_opt_ins, limits).
    static ContentPreferences fromAccount(const QJsonObject &account);
    // The arguments of profile.update@1 that set exactly these preferences.
    QJsonObject mutationArgs() const;
};

// The signed-in account's content preferences from the local mirror (its overlay included), and the
// categories a worker may meet: the content warnings of the tasks in the mirror, with those already
// chosen, case-insensitively unique and sorted.
class ContentPreferencesStore
{
public:
    ContentPreferencesStore(LocalStore &store, SyncEngine &engine) : m_store(store), m_engine(engine) { }

    ContentPreferences load() const;
    QStringList knownCategories() const;
    // Queues profile.update@1 with the preferences and shows them on the account at once (overlay).
    // Validation: a limit outside 0 to kMaxDailyLimit or a blank category.
    Result<qint64> save(const ContentPreferences &preferences);

private:
    QJsonObject account() const;
    QString userId() const;

    LocalStore &m_store;
    SyncEngine &m_engine;
};

} // namespace Chrysalis
