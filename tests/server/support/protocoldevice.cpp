#include "tests/server/support/protocoldevice.h"

#include "core/domain/ids.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

QJsonObject ProtocolDevice::push(const QString &name, const QJsonObject &args)
{
    if (m_clientId.isEmpty())
        m_clientId = newId();
    const QJsonObject body{
            {u"client_id"_s, m_clientId},
            {u"mutations"_s, QJsonArray{QJsonObject{{u"id"_s, ++m_nextId}, {u"name"_s, name}, {u"args"_s, args}}}}};
    const HttpReply reply = m_http.post(u"/v1/sync/push"_s, body);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.json().value(u"results"_s).toArray().at(0).toObject();
}

QJsonObject ProtocolDevice::pushApplied(const QString &name, const QJsonObject &args)
{
    const QJsonObject result = push(name, args);
    EXPECT_EQ(result.value(u"status"_s).toString(), u"applied"_s)
            << name.toStdString() << ": " << result.value(u"message"_s).toString().toStdString() << " "
            << QJsonDocument(result.value(u"details"_s).toObject()).toJson().toStdString();
    return result.value(u"details"_s).toObject();
}

QSet<QString> ProtocolDevice::pullInto(Mirror &mirror, QJsonValue &cursor)
{
    if (m_clientId.isEmpty())
        m_clientId = newId();
    QSet<QString> changed;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply = m_http.post(u"/v1/sync/pull"_s,
                                            {{u"client_id"_s, m_clientId}, {u"cursor"_s, cursor}, {u"limit"_s, 500}});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject body = reply.json();
        for (const QJsonValue &value : body.value(u"changes"_s).toArray()) {
            const QJsonObject change = value.toObject();
            const QString entity = change.value(u"entity"_s).toString();
            const QString id = change.value(u"id"_s).toString();
            changed.insert(entity);
            if (change.value(u"op"_s).toString() == u"delete")
                mirror[entity].remove(id);
            else
                mirror[entity][id] = change.value(u"data"_s).toObject();
        }
        cursor = body.value(u"cursor"_s);
        if (!body.value(u"has_more"_s).toBool())
            break;
    }
    return changed;
}

QSet<QString> ProtocolDevice::pull()
{
    return pullInto(m_mirror, m_cursor);
}

QHash<QString, QHash<QString, QJsonObject>> ProtocolDevice::snapshot()
{
    Mirror seen;
    QJsonValue cursor;
    pullInto(seen, cursor);
    return seen;
}

QJsonObject sentimentRevision(qint64 payCents, const QStringList &contentWarnings)
{
    const QJsonArray options{QJsonObject{{u"value"_s, u"positive"_s}, {u"label"_s, u"Positive"_s}},
                             QJsonObject{{u"value"_s, u"negative"_s}, {u"label"_s, u"Negative"_s}}};
    return {{u"title"_s, u"Sentiment of product reviews"_s},
            {u"instructions"_s, u"Read the review and pick its overall sentiment."_s},
            {u"form"_s, QJsonArray{QJsonObject{{u"name"_s, u"label"_s},
                                               {u"kind"_s, u"single_choice"_s},
                                               {u"label"_s, u"Sentiment"_s},
                                               {u"required"_s, true},
                                               {u"options"_s, options}}}},
            {u"pay_cents"_s, payCents},
            {u"overlap"_s, 1},
            {u"min_tier"_s, u"bronze"_s},
            {u"estimate_seconds"_s, 60},
            {u"content_warnings"_s, QJsonArray::fromStringList(contentWarnings)}};
}

} // namespace Chrysalis::Testing
