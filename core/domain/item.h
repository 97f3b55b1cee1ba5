#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace Chrysalis {

// One unit of input of a task (a text, a pair of model responses, …). The data is the imported
// record unchanged; answer forms read their source text from it by key.
struct Item {
    QString id;
    QString taskId;
    QJsonObject data;

    QJsonObject toJson() const;
    static Result<Item> fromJson(const QJsonObject &json);

    bool operator==(const Item &) const = default;
};

} // namespace Chrysalis
