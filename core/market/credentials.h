#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Chrysalis {

// Password hashing and bearer tokens for the marketplace server, on libsodium. Passwords are
// stored only as Argon2id strings; tokens are random and stored only as keyed-free BLAKE2b digests,
// so a copy of the database lets nobody sign in.
namespace Credentials {

// Memory-hard cost of a password hash. Interactive costs by default; tests may choose the
// minimum so a suite with many accounts stays fast.
enum class HashCost { Interactive, Minimum };

Result<QString> hashPassword(const QString &password, HashCost cost = HashCost::Interactive);
// Constant-time comparison inside libsodium; false for a malformed stored hash.
bool verifyPassword(const QString &password, const QString &storedHash);

// A fresh token: 32 random bytes, base64url without padding (43 characters).
QString newToken();
// What the server stores and looks up: the hex BLAKE2b-256 digest of the token text.
QString tokenDigest(const QString &token);

// Passwords longer than this are refused before hashing, so a request cannot buy CPU time.
inline constexpr int kMaxPasswordLength = 1024;
inline constexpr int kMinPasswordLength = 8;

} // namespace Credentials
} // namespace Chrysalis
