#include "core/market/marketplaceservice.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

MarketplaceService::MarketplaceService(Marketplace &market, qint64 tokenTtlSeconds)
    : m_market(market), m_tokenTtlSeconds(tokenTtlSeconds)
{
    const QStringList names = Marketplace::mutationNames();
    m_known = QSet<QString>(names.cbegin(), names.cend());
}

bool MarketplaceService::knowsMutation(const QString &name) const
{
    return m_known.contains(name);
}

Result<MutationEffect> MarketplaceService::apply(const MutationContext &context, const QString &name,
                                                 const QJsonObject &args)
{
    if (m_failing.contains(name))
        return Error::internal(u"%1 is set to fail (fault injection)"_s.arg(name));
    return m_market.apply(context, name, args);
}

Status MarketplaceService::advanceTime(MutationContext &context)
{
    return m_market.advanceTime(context);
}

Result<std::optional<QJsonObject>> MarketplaceService::render(const QString &entity, const QString &id,
                                                              const Viewer &viewer)
{
    return m_market.renderChecked(entity, id, viewer);
}

Result<QList<std::optional<QJsonObject>>> MarketplaceService::renderMany(const QString &entity, const QStringList &ids,
                                                                         const Viewer &viewer)
{
    return m_market.renderMany(entity, ids, viewer);
}

QStringList MarketplaceService::audiencesFor(const QString &accountId)
{
    return m_market.audiencesFor(accountId);
}

Result<qint64> MarketplaceService::scopeEpoch(const QString &accountId)
{
    return m_market.scopeEpoch(accountId);
}

Result<SignIn> MarketplaceService::signIn(const Account &account)
{
    const auto issued = m_market.issueToken(account.id, m_tokenTtlSeconds);
    if (!issued)
        return issued.error();
    return SignIn{issued->token, issued->expiresAt, account.toJson()};
}

Result<SignIn> MarketplaceService::login(const QString &username, const QString &password)
{
    const auto account = m_market.authenticate(username, password);
    if (!account)
        return account.error();
    return signIn(*account);
}

Result<TokenCheck> MarketplaceService::checkToken(const QString &token)
{
    const auto lookup = m_market.accountForToken(token);
    if (!lookup)
        return lookup.error();
    if (lookup->valid())
        return TokenCheck{TokenState::Valid, lookup->account.id};
    return TokenCheck{lookup->problem == u"TOKEN_EXPIRED" ? TokenState::Expired : TokenState::Unknown, {}};
}

Result<SignIn> MarketplaceService::refresh(const QString &token)
{
    const auto lookup = m_market.accountForToken(token);
    if (!lookup)
        return lookup.error();
    if (!lookup->valid())
        return Error{ErrorCode::Forbidden, u"the token is not valid"_s, {}};
    auto fresh = signIn(lookup->account);
    if (!fresh)
        return fresh;
    if (auto status = m_market.revokeToken(token); !status)
        return status.error();
    return fresh;
}

Status MarketplaceService::logout(const QString &token)
{
    return m_market.revokeToken(token);
}

} // namespace Chrysalis
