#include "core/domain/roles.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Bronze:
        return u"bronze"_s;
    case Tier::Silver:
        return u"silver"_s;
    case Tier::Gold:
        return u"gold"_s;
    }
    return u"bronze"_s;
}

Result<Tier> parseTier(const QString &name)
{
    if (name == u"bronze")
        return Tier::Bronze;
    if (name == u"silver")
        return Tier::Silver;
    if (name == u"gold")
        return Tier::Gold;
    return Error::validation(u"unknown tier \"%1\" (expected bronze, silver or gold)"_s.arg(name));
}

QString standingName(Standing standing)
{
    return standing == Standing::Butterfly ? u"butterfly"_s : u"caterpillar"_s;
}

Result<Standing> parseStanding(const QString &name)
{
    if (name == u"caterpillar")
        return Standing::Caterpillar;
    if (name == u"butterfly")
        return Standing::Butterfly;
    return Error::validation(u"unknown standing \"%1\" (expected caterpillar or butterfly)"_s.arg(name));
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    if (roles.testFlag(Role::Worker))
        names << u"worker"_s;
    if (roles.testFlag(Role::Requester))
        names << u"requester"_s;
    if (roles.testFlag(Role::Admin))
        names << u"admin"_s;
    return names;
}

Result<Roles> parseRoles(const QStringList &names)
{
    Roles roles;
    for (const QString &name : names) {
        if (name == u"worker")
            roles |= Role::Worker;
        else if (name == u"requester")
            roles |= Role::Requester;
        else if (name == u"admin")
            roles |= Role::Admin;
        else
            return Error::validation(u"unknown role \"%1\" (expected worker, requester or admin)"_s.arg(name));
    }
    return roles;
}

} // namespace Chrysalis
