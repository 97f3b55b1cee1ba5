#pragma once

#include <QString>

namespace Chrysalis {

// A new UUIDv7 in canonical lowercase text: 48-bit Unix milliseconds, then a 12-bit counter and
// 62 random bits. Successive ids of one process sort strictly ascending, as text too, even
// within one millisecond or when the clock steps back. Thread-safe.
QString newId();

// True for a canonical lowercase UUID of any version ("8-4-4-4-12" hex digits). Every id that
// crosses the wire is checked with this, so SQL, paths and markup never ride in on an id.
bool isValidId(const QString &text);

} // namespace Chrysalis
