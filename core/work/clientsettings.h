#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

namespace Chrysalis {

// A marketplace the worker connects to now and then, under a name they chose.
struct ServerProfile {
    QString name;
    QString url;
    QString user; // optional: filled into the sign-in form
    bool operator==(const ServerProfile &) const = default;
};

// The client's preferences, the one place that reads and writes them in QSettings: server
// profiles, language, theme, rebound shortcuts, the offline batch size and the preferences
// window's size. Holds no widget type, so keys are stored as portable key-sequence text.
class ClientSettings
{
public:
    // The application's settings (QSettings()).
    ClientSettings();
    // An INI file of its own, for tests and --data-dir.
    explicit ClientSettings(const QString &iniPath);
    ~ClientSettings();
    ClientSettings(const ClientSettings &) = delete;
    ClientSettings &operator=(const ClientSettings &) = delete;

    // An address a worker typed: http or https with a host, a missing scheme read as https.
    static Result<QUrl> parseServerUrl(const QString &text);
    // Validation errors name the field ("name", "url") that is wrong.
    static Status validateProfiles(const QList<ServerProfile> &profiles);

    QList<ServerProfile> serverProfiles() const;
    Status setServerProfiles(const QList<ServerProfile> &profiles);
    // The profile the sign-in form starts with; empty when none is chosen or it no longer exists.
    QString defaultServerProfile() const;
    void setDefaultServerProfile(const QString &name);

    // The languages the client is translated into, as codes: "en", "de", "es".
    static QStringList languages();
    // A code of languages(), or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &code);
    // The locale for the chosen language: the system's when none is chosen.
    static QLocale localeFor(const QString &code);

    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &name);

    // Shortcuts the worker rebound, by action id, each as QKeySequence::PortableText; an action
    // missing here keeps its default keys. An empty list means "no key".
    QHash<QString, QStringList> shortcutOverrides() const;
    void setShortcutOverrides(const QHash<QString, QStringList> &overrides);

    // How many items a claim asks for, within [1, maxClaim]; the lease policy's default claim when unset.
    int claimBatchSize(int defaultClaim, int maxClaim) const;
    void setClaimBatchSize(int count);

    QByteArray preferencesGeometry() const;
    void setPreferencesGeometry(const QByteArray &geometry);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Chrysalis
