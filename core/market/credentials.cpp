#include "core/market/credentials.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Chrysalis::Credentials {

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> hashPassword(const QString &password, HashCost cost)
{
    if (!ensureSodium())
        return Error::internal(u"libsodium could not be initialised"_s);
    if (password.size() < kMinPasswordLength)
        return Error::validation(u"the password is too short"_s,
                                 {{u"password"_s, u"at least %1 characters"_s.arg(kMinPasswordLength)}});
    if (password.size() > kMaxPasswordLength)
        return Error::validation(u"the password is too long"_s,
                                 {{u"password"_s, u"at most %1 characters"_s.arg(kMaxPasswordLength)}});
    const QByteArray utf8 = password.toUtf8();
    const unsigned long long ops =
            cost == HashCost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t memory =
            cost == HashCost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::internal(u"out of memory while hashing a password"_s);
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &storedHash)
{
    if (!ensureSodium() || password.size() > kMaxPasswordLength)
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(stored.constBegin(), stored.constEnd(), buffer);
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(buffer, utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

QString newToken()
{
    ensureSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenDigest(const QString &token)
{
    ensureSodium();
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), nullptr, 0);
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(sizeof digest)).toHex());
}

} // namespace Chrysalis::Credentials
