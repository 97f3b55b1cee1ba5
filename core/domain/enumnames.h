#pragma once

#include "core/domain/textrules.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <utility>

namespace Chrysalis {

// The wire names of one enum, in declaration order; the shared machinery behind every
// xxxName()/parseXxx() pair of the domain. `what` names the enum in error messages.
template<typename E, std::size_t N>
struct EnumNames {
    const char16_t *what;
    std::array<std::pair<E, const char16_t *>, N> names;

    QString nameOf(E value) const
    {
        for (const auto &[candidate, name] : names) {
            if (candidate == value)
                return QString::fromUtf16(name);
        }
        return QString::fromUtf16(names.front().second);
    }

    // Names match exactly: "Approved" or " approved" is not "approved".
    Result<E> parse(const QString &name) const
    {
        QStringList expected;
        for (const auto &[value, candidate] : names) {
            if (name == QStringView(candidate))
                return value;
            expected << QString::fromUtf16(candidate);
        }
        return Error::validation(
                QStringLiteral("unknown %1 \"%2\" (expected one of: %3)")
                        .arg(QString::fromUtf16(what), excerpt(name), expected.join(QStringLiteral(", "))));
    }
};

} // namespace Chrysalis
