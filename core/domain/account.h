#pragma once

#include "core/domain/roles.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Chrysalis {

// A person on the marketplace, as the account itself sees it. Others see only the pseudonym.
struct Account {
    QString id;
    QString username;
    QString pseudonym; // shown to others instead of the username
    Roles roles;
    Tier tier = Tier::Bronze; // as a worker
    Standing standing = Standing::Caterpillar; // as a requester
    int points = 0; // requester points; may be negative
    bool suspended = false;
    QStringList skills;

    QJsonObject toJson() const; // roles as an array of names
    static Result<Account> fromJson(const QJsonObject &json);

    bool operator==(const Account &) const = default;
};

// Usernames are 3 to 32 characters of a-z, 0-9, '.', '_' and '-', starting with a letter, so
// they are safe in URLs, file names and logs and cannot impersonate one another by case.
Status validateUsername(const QString &username);

} // namespace Chrysalis
