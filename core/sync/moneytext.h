#pragma once

#include "core/domain/money.h"

#include <QLocale>
#include <QString>

namespace Chrysalis {

// Cents for display, grouped and with the decimal point of `locale` ("$1,234.05"), computed from
// the integer without floating point.
QString formatCents(Cents cents, const QLocale &locale = QLocale());
// The unit formatCents writes, for axis titles and column headers ("$").
QString moneyUnit();

} // namespace Chrysalis
