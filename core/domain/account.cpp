#include "core/domain/account.h"

#include "core/domain/jsonreader.h"
#include "core/domain/validationtext.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

QJsonObject Account::toJson() const
{
    QJsonObject json{
            {u"id"_s, id},
            {u"username"_s, username},
            {u"roles"_s, QJsonArray::fromStringList(roleNames(roles))},
            {u"tier"_s, tierName(tier)},
            {u"standing"_s, standingName(standing)},
            {u"points"_s, points},
            {u"suspended"_s, suspended},
            {u"skills"_s, QJsonArray::fromStringList(skills)},
    };
    if (!pseudonym.isEmpty())
        json.insert(u"pseudonym"_s, pseudonym);
    return json;
}

Result<Account> Account::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Account account;
    account.id = reader.id(u"id"_s);
    account.username = reader.string(u"username"_s);
    account.pseudonym = reader.optionalString(u"pseudonym"_s);
    const qsizetype errorsBefore = reader.errors().size();
    const QStringList roles = reader.stringList(u"roles"_s);
    if (reader.errors().size() == errorsBefore) {
        if (const Result<Roles> parsed = parseRoles(roles); parsed.ok())
            account.roles = *parsed;
        else
            reader.addError(u"roles"_s, parsed.error().message);
    }
    account.tier = reader.enumValue(u"tier"_s, parseTier, Tier::Bronze);
    account.standing = reader.enumValue(u"standing"_s, parseStanding, Standing::Caterpillar);
    account.points = reader.integer(u"points"_s);
    account.suspended = reader.boolean(u"suspended"_s);
    account.skills = reader.optionalStringList(u"skills"_s);
    return reader.finish(account, u"account"_s);
}

Status validateUsername(const QString &username)
{
    const auto invalid = [](const QString &message) {
        return Error::validation(Validation::tr("invalid username"), {{u"username"_s, message}});
    };
    if (username.size() < 3 || username.size() > 32)
        return invalid(Validation::tr("must be 3 to 32 characters long"));
    const char16_t first = username.front().unicode();
    if (first < u'a' || first > u'z')
        return invalid(Validation::tr("must start with a letter a-z"));
    for (const QChar c : username) {
        const char16_t u = c.unicode();
        const bool allowed =
                (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return invalid(Validation::tr("may hold only a-z, 0-9, '.', '_' and '-'"));
    }
    return {};
}

} // namespace Chrysalis
