#include "core/sync/moneytext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString formatCents(Cents cents, const QLocale &locale)
{
    const bool negative = cents < 0;
    // Magnitude as unsigned so the most negative value does not overflow.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const QString amount = locale.toString(static_cast<qulonglong>(magnitude / 100)) + locale.decimalPoint() +
                           u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString text = QCoreApplication::translate("Chrysalis::Money", "$%1").arg(amount);
    return negative ? locale.negativeSign() + text : text;
}

QString moneyUnit()
{
    return QCoreApplication::translate("Chrysalis::Money", "$");
}

} // namespace Chrysalis
