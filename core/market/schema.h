#pragma once

#include "core/store/database.h"

#include <QList>

namespace Chrysalis {

// The marketplace server's one append-only list of migrations: 1 meta, 2 ledger, 3 change log,
// 4 the marketplace tables (accounts, tokens, sync bookkeeping, tasks and everything done on them).
// A shipped migration is never edited; a schema change is a new entry at the end.
QList<Migration> serverMigrations();

// Migration 4 alone, for tests that build the list themselves.
Migration marketplaceMigration(int version);

} // namespace Chrysalis
