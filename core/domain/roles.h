#pragma once

#include "core/result.h"

#include <QFlags>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// A worker's level. Ordered: a higher tier may do everything a lower one may.
enum class Tier { Bronze = 0, Silver = 1, Gold = 2 };

// A requester's level.
enum class Standing { Caterpillar = 0, Butterfly = 1 };

// What an account may act as; one person may hold any mix.
enum class Role { Worker = 0x1, Requester = 0x2, Admin = 0x4 };
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// Wire and storage names ("bronze", "butterfly", "worker"): the same words as MECHANISM.md.
QString tierName(Tier tier);
Result<Tier> parseTier(const QString &name);
QString standingName(Standing standing);
Result<Standing> parseStanding(const QString &name);
QStringList roleNames(Roles roles);
Result<Roles> parseRoles(const QStringList &names);

} // namespace Chrysalis
