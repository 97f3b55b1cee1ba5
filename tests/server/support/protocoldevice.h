#pragma once

#include "tests/server/support/serverprocess.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace Chrysalis::Testing {

// One device speaking CSP/1 by hand, as server tests need it: its own client id and mutation counter,
// pushes of one mutation at a time, and a mirror kept from incremental pulls.
class ProtocolDevice
{
public:
    ProtocolDevice(QUrl base, QString password) : m_http(std::move(base)), m_password(std::move(password)) { }

    Result<QJsonObject> login(const QString &username) { return m_http.login(username, m_password); }

    // Pushes one mutation; returns its result object.
    QJsonObject push(const QString &name, const QJsonObject &args);
    // push() that expects the mutation applied; returns its details.
    QJsonObject pushApplied(const QString &name, const QJsonObject &args);

    // Pulls from the last cursor until has_more is false into the mirror; returns the entity kinds changed.
    QSet<QString> pull();
    // Everything this device may see now, from a pull from the start: entity → id → data. The mirror is
    // left as it is.
    QHash<QString, QHash<QString, QJsonObject>> snapshot();

    QJsonObject row(const QString &entity, const QString &id) const { return m_mirror.value(entity).value(id); }
    QList<QJsonObject> rows(const QString &entity) const { return m_mirror.value(entity).values(); }

private:
    using Mirror = QHash<QString, QHash<QString, QJsonObject>>;
    // Pulls every page from `cursor` into `mirror`; returns the kinds changed, and leaves `cursor` at the end.
    QSet<QString> pullInto(Mirror &mirror, QJsonValue &cursor);

    HttpClient m_http;
    QString m_password;
    QString m_clientId;
    qint64 m_nextId = 0;
    QJsonValue m_cursor;
    Mirror m_mirror;
};

// A single-choice sentiment task revision paying `payCents` per answer, for server tests.
QJsonObject sentimentRevision(qint64 payCents, const QStringList &contentWarnings = {});

} // namespace Chrysalis::Testing
