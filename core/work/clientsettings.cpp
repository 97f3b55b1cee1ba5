#include "core/work/clientsettings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chrysalis::ClientSettings", text);
}

const QString kProfiles = u"servers/profiles"_s;
const QString kDefaultProfile = u"servers/default"_s;
const QString kLanguage = u"view/language"_s;
const QString kTheme = u"view/theme"_s;
const QString kShortcuts = u"shortcuts"_s;
const QString kClaimBatch = u"work/claimBatchSize"_s;
const QString kPreferencesGeometry = u"preferences/geometry"_s;

} // namespace

ClientSettings::ClientSettings() : m_settings(std::make_unique<QSettings>()) { }

ClientSettings::ClientSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

ClientSettings::~ClientSettings() = default;

Result<QUrl> ClientSettings::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(tr("Enter the marketplace address, e.g. https://marketplace.example.org."));
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error::validation(tr("“%1” is not a web address.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Error::validation(tr("The address must start with http:// or https://, not %1://.").arg(url.scheme()));
    if (url.host().isEmpty())
        return Error::validation(tr("The address has no host name, e.g. marketplace.example.org."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error::validation(tr("Leave out user names, “?” and “#” parts: only the marketplace’s address."));
    url = url.adjusted(QUrl::StripTrailingSlash);
    if (url.path() == u"/")
        url.setPath(QString());
    return url;
}

Status ClientSettings::validateProfiles(const QList<ServerProfile> &profiles)
{
    QSet<QString> names;
    for (const ServerProfile &profile : profiles) {
        const QString name = profile.name.trimmed();
        if (name.isEmpty())
            return Error::validation(tr("Every server needs a name."), {{u"name"_s, tr("is empty")}});
        if (names.contains(name.toCaseFolded()))
            return Error::validation(tr("There are two servers named “%1”.").arg(name), {{u"name"_s, name}});
        names.insert(name.toCaseFolded());
        const Result<QUrl> url = parseServerUrl(profile.url);
        if (!url)
            return Error::validation(tr("%1: %2").arg(name, url.error().message), {{u"url"_s, name}});
    }
    return {};
}

QList<ServerProfile> ClientSettings::serverProfiles() const
{
    QList<ServerProfile> profiles;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        profiles.append({m_settings->value(u"name"_s).toString(), m_settings->value(u"url"_s).toString(),
                         m_settings->value(u"user"_s).toString()});
    }
    m_settings->endArray();
    return profiles;
}

Status ClientSettings::setServerProfiles(const QList<ServerProfile> &profiles)
{
    if (Status valid = validateProfiles(profiles); !valid)
        return valid;
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ServerProfile &profile = profiles.at(i);
        m_settings->setValue(u"name"_s, profile.name.trimmed());
        m_settings->setValue(u"url"_s, parseServerUrl(profile.url)->toString());
        m_settings->setValue(u"user"_s, profile.user.trimmed());
    }
    m_settings->endArray();
    return {};
}

QString ClientSettings::defaultServerProfile() const
{
    const QString name = m_settings->value(kDefaultProfile).toString();
    const QList<ServerProfile> profiles = serverProfiles();
    const bool exists = std::any_of(profiles.cbegin(), profiles.cend(),
                                    [&](const ServerProfile &profile) { return profile.name == name; });
    return exists ? name : QString();
}

void ClientSettings::setDefaultServerProfile(const QString &name)
{
    m_settings->setValue(kDefaultProfile, name);
}

QStringList ClientSettings::languages()
{
    return {u"en"_s, u"de"_s, u"es"_s};
}

QString ClientSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return languages().contains(code) ? code : QString();
}

void ClientSettings::setLanguage(const QString &code)
{
    if (languages().contains(code))
        m_settings->setValue(kLanguage, code);
    else
        m_settings->remove(kLanguage);
}

QLocale ClientSettings::localeFor(const QString &code)
{
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale::system();
}

QString ClientSettings::theme() const
{
    const QString name = m_settings->value(kTheme).toString();
    return name == u"light" || name == u"dark" ? name : u"system"_s;
}

void ClientSettings::setTheme(const QString &name)
{
    m_settings->setValue(kTheme, name == u"light" || name == u"dark" ? name : u"system"_s);
}

QHash<QString, QStringList> ClientSettings::shortcutOverrides() const
{
    QHash<QString, QStringList> overrides;
    m_settings->beginGroup(kShortcuts);
    // Action ids hold "/" and "+": keep them as values, not as keys QSettings would nest or escape.
    const int count = m_settings->beginReadArray(u"bindings"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString id = m_settings->value(u"action"_s).toString();
        QStringList keys = m_settings->value(u"keys"_s).toStringList();
        keys.removeAll(QString());
        if (!id.isEmpty())
            overrides.insert(id, keys);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return overrides;
}

void ClientSettings::setShortcutOverrides(const QHash<QString, QStringList> &overrides)
{
    m_settings->remove(kShortcuts);
    QStringList ids = overrides.keys();
    ids.sort();
    m_settings->beginGroup(kShortcuts);
    m_settings->beginWriteArray(u"bindings"_s, static_cast<int>(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"action"_s, ids.at(i));
        // A one-element list would read back as a plain string; QVariant keeps the list.
        m_settings->setValue(u"keys"_s, QVariant(overrides.value(ids.at(i))));
    }
    m_settings->endArray();
    m_settings->endGroup();
}

int ClientSettings::claimBatchSize(int defaultClaim, int maxClaim) const
{
    const int upper = std::max(1, maxClaim);
    bool ok = false;
    const int count = m_settings->value(kClaimBatch).toInt(&ok);
    return std::clamp(ok ? count : defaultClaim, 1, upper);
}

void ClientSettings::setClaimBatchSize(int count)
{
    m_settings->setValue(kClaimBatch, std::max(1, count));
}

QByteArray ClientSettings::preferencesGeometry() const
{
    return m_settings->value(kPreferencesGeometry).toByteArray();
}

void ClientSettings::setPreferencesGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kPreferencesGeometry, geometry);
}

void ClientSettings::sync()
{
    m_settings->sync();
}

} // namespace Chrysalis
