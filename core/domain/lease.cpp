#include "core/domain/lease.h"

#include "core/domain/enumnames.h"
#include "core/domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr EnumNames<LeaseState, 4> kLeaseStateNames{u"lease state",
                                                    {{
                                                            {LeaseState::Active, u"active"},
                                                            {LeaseState::Released, u"released"},
                                                            {LeaseState::Expired, u"expired"},
                                                            {LeaseState::Used, u"used"},
                                                    }}};

} // namespace

QString leaseStateName(LeaseState state)
{
    return kLeaseStateNames.nameOf(state);
}

Result<LeaseState> parseLeaseState(const QString &name)
{
    return kLeaseStateNames.parse(name);
}

bool Lease::isExpiredAt(const QDateTime &now) const
{
    return !expiresAt.isValid() || now >= expiresAt;
}

qint64 Lease::secondsLeftAt(const QDateTime &now) const
{
    if (isExpiredAt(now))
        return 0;
    const qint64 msLeft = now.msecsTo(expiresAt);
    return (msLeft + 999) / 1000;
}

QJsonObject Lease::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"item_id"_s, itemId},
            {u"task_id"_s, taskId},
            {u"worker_id"_s, workerId},
            {u"expires_at"_s, wireTime(expiresAt)},
            {u"state"_s, leaseStateName(state)},
    };
    if (claimedAt.isValid())
        json.insert(u"claimed_at"_s, wireTime(claimedAt));
    return json;
}

Result<Lease> Lease::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Lease lease;
    lease.id = reader.id(u"id"_s);
    lease.itemId = reader.id(u"item_id"_s);
    lease.taskId = reader.id(u"task_id"_s);
    lease.workerId = reader.id(u"worker_id"_s);
    lease.claimedAt = reader.optionalTime(u"claimed_at"_s);
    lease.expiresAt = reader.time(u"expires_at"_s);
    lease.state = reader.enumValue(u"state"_s, parseLeaseState, LeaseState::Active);
    return reader.finish(lease, u"lease"_s);
}

} // namespace Chrysalis
