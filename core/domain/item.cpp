#include "core/domain/item.h"

#include "core/domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

QJsonObject Item::toJson() const
{
    return {{u"id"_s, id}, {u"task_id"_s, taskId}, {u"data"_s, data}};
}

Result<Item> Item::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Item item;
    item.id = reader.id(u"id"_s);
    item.taskId = reader.id(u"task_id"_s);
    item.data = reader.object(u"data"_s);
    return reader.finish(item, u"item"_s);
}

} // namespace Chrysalis
