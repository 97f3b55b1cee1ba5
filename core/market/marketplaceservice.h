#pragma once

#include "core/market/accountgate.h"
#include "core/market/marketplace.h"
#include "core/market/syncservice.h"

#include <QSet>

namespace Chrysalis {

// Puts the marketplace behind the two seams the server's HTTP layer talks to: the sync service's
// handlers and the account gate. Adds nothing to the rules; it only adapts calls and results.
class MarketplaceService final : public SyncHandlers, public AccountGate
{
public:
    MarketplaceService(Marketplace &market, qint64 tokenTtlSeconds);

    // Fault injection for the reliability tests: these mutations fail like a broken handler.
    void setFailingMutations(const QSet<QString> &names) { m_failing = names; }

    // SyncHandlers
    bool knowsMutation(const QString &name) const override;
    Result<MutationEffect> apply(const MutationContext &context, const QString &name, const QJsonObject &args) override;
    Status advanceTime(MutationContext &context) override;
    Result<std::optional<QJsonObject>> render(const QString &entity, const QString &id, const Viewer &viewer) override;
    Result<QList<std::optional<QJsonObject>>> renderMany(const QString &entity, const QStringList &ids,
                                                         const Viewer &viewer) override;
    QStringList audiencesFor(const QString &accountId) override;
    Result<qint64> scopeEpoch(const QString &accountId) override;

    // AccountGate
    Result<SignIn> login(const QString &username, const QString &password) override;
    Result<TokenCheck> checkToken(const QString &token) override;
    Result<SignIn> refresh(const QString &token) override;
    Status logout(const QString &token) override;

private:
    Result<SignIn> signIn(const Account &account);

    Marketplace &m_market;
    qint64 m_tokenTtlSeconds;
    QSet<QString> m_known;
    QSet<QString> m_failing;
};

} // namespace Chrysalis
