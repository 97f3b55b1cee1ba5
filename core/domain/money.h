#pragma once

#include <QtGlobal>

namespace Chrysalis {

// Money is always an integer number of cents; no floating point ever touches it.
using Cents = qint64;

// A share expressed in basis points (1 % = 100 bp), so percentages stay exact integers.
using BasisPoints = qint64;

inline constexpr BasisPoints kWholeInBasisPoints = 10'000;

// amount × share, rounded up: used where rounding must favour the worker.
constexpr Cents applyShareRoundingUp(Cents amount, BasisPoints share)
{
    const qint64 product = amount * share;
    return product / kWholeInBasisPoints + (product % kWholeInBasisPoints > 0 ? 1 : 0);
}

// amount × share, rounded down: used where rounding must not charge a party more than owed.
constexpr Cents applyShareRoundingDown(Cents amount, BasisPoints share)
{
    return amount * share / kWholeInBasisPoints;
}

} // namespace Chrysalis
