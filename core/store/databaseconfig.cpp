#include "core/store/databaseconfig.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr QStringView kSqlitePrefix = u"sqlite:";
constexpr QStringView kMemoryPath = u":memory:";

Error badUrl(const QString &url, const QString &why)
{
    // The URL may carry a password: name its scheme, never echo it whole.
    const QString scheme = url.section(u':', 0, 0).left(20);
    return Error::validation(u"invalid database URL (%1…): %2"_s.arg(scheme, why));
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return identifier.match(name).hasMatch();
}

Result<DatabaseConfig> parseSqlite(const QString &url)
{
    const QString path = url.mid(kSqlitePrefix.size());
    if (path.isEmpty())
        return badUrl(url, u"no path after \"sqlite:\" (use sqlite:PATH or sqlite::memory:)"_s);
    if (path.startsWith(u"//"))
        return badUrl(url, u"write a SQLite location as sqlite:PATH, e.g. sqlite:/var/lib/chrysalis/server.db"_s);
    return DatabaseConfig::sqlite(path);
}

Result<DatabaseConfig> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(text, u"malformed URL (percent-encode special characters in the user and password)"_s);
    DatabaseConfig config;
    config.driver = DatabaseConfig::Driver::Postgres;
    config.user = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    config.host = url.host(QUrl::FullyDecoded);
    config.port = url.port();
    config.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (config.user.isEmpty())
        return badUrl(text, u"missing user (postgres://USER:PASS@HOST:PORT/DB)"_s);
    if (config.host.isEmpty())
        return badUrl(text, u"missing host (postgres://USER:PASS@HOST:PORT/DB)"_s);
    if (config.port <= 0)
        return badUrl(text, u"missing port (postgres://USER:PASS@HOST:PORT/DB)"_s);
    if (!url.path().startsWith(u'/') || config.databaseName.isEmpty() || config.databaseName.contains(u'/'))
        return badUrl(text, u"missing or malformed database name (postgres://USER:PASS@HOST:PORT/DB)"_s);
    if (url.hasFragment())
        return badUrl(text, u"unexpected fragment"_s);
    if (url.hasQuery()) {
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != u"schema")
                return badUrl(text, u"unknown parameter \"%1\" (only \"schema\" is known)"_s.arg(key));
            if (!isIdentifier(value))
                return badUrl(text, u"schema must be a lowercase SQL identifier, not \"%1\""_s.arg(value));
            config.schema = value;
        }
    }
    return config;
}

} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path, Durability durability)
{
    DatabaseConfig config;
    config.driver = Driver::Sqlite;
    config.path = path;
    config.durability = durability;
    return config;
}

Result<DatabaseConfig> DatabaseConfig::parse(const QString &url)
{
    if (url.startsWith(kSqlitePrefix, Qt::CaseInsensitive))
        return parseSqlite(url);
    if (url.startsWith(u"postgres://", Qt::CaseInsensitive) || url.startsWith(u"postgresql://", Qt::CaseInsensitive))
        return parsePostgres(url);
    if (url.isEmpty())
        return Error::validation(u"invalid database URL: empty"_s);
    return badUrl(url, u"unknown scheme (expected sqlite:PATH, sqlite::memory: or postgres://…)"_s);
}

bool DatabaseConfig::isInMemory() const
{
    return driver == Driver::Sqlite && path == kMemoryPath;
}

QString DatabaseConfig::describe() const
{
    if (driver == Driver::Sqlite)
        return u"sqlite:"_s + path;
    QString text = u"postgres://%1:***@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
    if (!schema.isEmpty())
        text += u"?schema="_s + schema;
    return text;
}

} // namespace Chrysalis
