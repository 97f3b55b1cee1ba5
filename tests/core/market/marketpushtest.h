#pragma once

#include "core/domain/ids.h"
#include "core/market/marketplaceservice.h"
#include "core/market/syncservice.h"
#include "tests/core/market/markettesting.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Chrysalis::Testing {

// The marketplace behind a sync service, for cases about whole pushes of several mutations.
class MarketPushTest : public MarketTest
{
protected:
    // The push's results as "status" or "status CODE", in order.
    QStringList push(const QString &accountId, const QJsonArray &mutations)
    {
        using namespace Qt::StringLiterals;
        MarketplaceService handlers(market(), 3600);
        SyncService service(db(), handlers, policy(), clock());
        const SyncReply reply = service.push(accountId, {{u"client_id"_s, m_clientId}, {u"mutations"_s, mutations}});
        EXPECT_EQ(reply.status, 200) << QJsonDocument(reply.body).toJson().toStdString();
        QStringList results;
        for (const QJsonValue &value : reply.body.value(u"results"_s).toArray()) {
            const QJsonObject result = value.toObject();
            const QString code = result.value(u"code"_s).toString();
            results << result.value(u"status"_s).toString() + (code.isEmpty() ? QString() : u" "_s + code);
        }
        return results;
    }

    const QString m_clientId = newId();
};

} // namespace Chrysalis::Testing
