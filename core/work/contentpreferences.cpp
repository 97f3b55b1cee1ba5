#include "core/work/contentpreferences.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// The one context of this file's messages, declared so that lupdate files them where they are looked up.
struct ContentPreferencesText {
    Q_DECLARE_TR_FUNCTIONS(Chrysalis::ContentPreferences)
};

} // namespace

ContentPreferences ContentPreferences::fromAccount(const QJsonObject &account)
{
    ContentPreferences preferences;
    for (const QJsonValue &value : account.value(u"content_opt_ins"_s).toArray()) {
        if (const QString name = value.toString().simplified(); !name.isEmpty())
            preferences.optIns.append(name);
    }
    const QJsonObject limits = account.value(u"limits"_s).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        if (it.value().isDouble())
            preferences.dailyLimits.insert(it.key(), it.value().toInt());
    }
    return preferences;
}

QJsonObject ContentPreferences::mutationArgs() const
{
    QJsonObject limits;
    for (auto it = dailyLimits.cbegin(); it != dailyLimits.cend(); ++it)
        limits.insert(it.key(), it.value());
    return {{u"content_opt_ins"_s, QJsonArray::fromStringList(optIns)}, {u"limits"_s, limits}};
}

QString ContentPreferencesStore::userId() const
{
    auto state = m_store.state();
    return state ? state->userId : QString();
}

QJsonObject ContentPreferencesStore::account() const
{
    if (auto row = m_store.read(u"account"_s, userId()); row && row->has_value())
        return **row;
    return {};
}

ContentPreferences ContentPreferencesStore::load() const
{
    return ContentPreferences::fromAccount(account());
}

QStringList ContentPreferencesStore::knownCategories() const
{
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString &raw) {
        const QString name = raw.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            return;
        seen.insert(name.toCaseFolded());
        names.append(name);
    };
    const ContentPreferences current = load();
    for (const QString &name : current.optIns)
        add(name);
    for (auto it = current.dailyLimits.cbegin(); it != current.dailyLimits.cend(); ++it)
        add(it.key());
    if (auto tasks = m_store.list(u"task"_s)) {
        for (const StoredEntity &task : *tasks) {
            for (const QJsonValue &warning : task.data.value(u"content_warnings"_s).toArray())
                add(warning.toString());
        }
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

Result<qint64> ContentPreferencesStore::save(const ContentPreferences &preferences)
{
    QList<FieldError> problems;
    for (const QString &name : preferences.optIns) {
        if (name.trimmed().isEmpty())
            problems.append({u"content_opt_ins"_s, ContentPreferencesText::tr("a category is blank")});
    }
    for (auto it = preferences.dailyLimits.cbegin(); it != preferences.dailyLimits.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            problems.append({u"limits"_s, ContentPreferencesText::tr("a category is blank")});
        if (it.value() < 0 || it.value() > ContentPreferences::kMaxDailyLimit)
            problems.append({u"limits."_s + it.key(),
                             ContentPreferencesText::tr("must be a whole number of items per day from 0 to 100000")});
    }
    if (!problems.isEmpty())
        return Error::validation(ContentPreferencesText::tr("The content preferences are not valid."), problems);

    QJsonObject updated = account();
    const QJsonObject args = preferences.mutationArgs();
    for (auto it = args.begin(); it != args.end(); ++it)
        updated.insert(it.key(), it.value());
    QList<OverlayWrite> overlay;
    if (const QString id = userId(); !id.isEmpty())
        overlay.append(OverlayWrite::upsert(u"account"_s, id, updated));
    return m_engine.enqueue(u"profile.update@1"_s, args, overlay);
}

} // namespace Chrysalis
