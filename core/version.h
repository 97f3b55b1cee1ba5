#pragma once

#include <QString>

namespace Chrysalis {

// The version string shared by every executable; set by CMake from project().
inline QString versionString()
{
    return QStringLiteral(CHRYSALIS_VERSION);
}

} // namespace Chrysalis
