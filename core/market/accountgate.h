#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Chrysalis {

// What signing in yields: a bearer token (shown once, stored only as a digest) and the account.
struct SignIn {
    QString token;
    QDateTime expiresAt;
    QJsonObject account;
};

enum class TokenState { Valid, Unknown, Expired, Revoked };

struct TokenCheck {
    TokenState state = TokenState::Unknown;
    QString accountId;
};

// Sign-in and bearer tokens as the HTTP layer needs them; the marketplace implements it over its
// account and token tables. Errors are infrastructure failures; a wrong password is Forbidden.
class AccountGate
{
public:
    virtual ~AccountGate() = default;
    virtual Result<SignIn> login(const QString &username, const QString &password) = 0;
    virtual Result<TokenCheck> checkToken(const QString &token) = 0;
    // A fresh token for the same account; the old one is revoked.
    virtual Result<SignIn> refresh(const QString &token) = 0;
    virtual Status logout(const QString &token) = 0;
};

} // namespace Chrysalis
