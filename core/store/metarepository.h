#pragma once

#include "core/result.h"
#include "core/store/database.h"

#include <QString>

#include <optional>

namespace Chrysalis {

// Small named settings of one database (a server epoch, a client id): a key/value table. Values are
// text; the caller owns their format.
class MetaRepository
{
public:
    // Table meta(key, value). Place it in the program's migration list at `version`.
    static Migration migration(int version);

    explicit MetaRepository(Database &db) : m_db(db) { }

    // The stored value, or nullopt when the key was never set.
    Result<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    // Stores `value` unless the key already has one, and returns whichever is stored: the way to create
    // a value exactly once, such as an epoch.
    Result<QString> valueOrInsert(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace Chrysalis
