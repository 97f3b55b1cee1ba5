#include "ui/teams/centsspinbox.h"

#include "core/sync/moneytext.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Chrysalis {

CentsSpinBox::CentsSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setSingleStep(100);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

std::optional<Cents> CentsSpinBox::parseCents(const QString &text, const QLocale &locale)
{
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    Cents whole = 0;
    Cents fraction = 0;
    int fractionDigits = -1; // -1 before the decimal point
    bool digits = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const int digit = c.digitValue();
            digits = true;
            if (fractionDigits < 0) {
                if (whole > (std::numeric_limits<int>::max() / 100 - digit) / 10)
                    return std::nullopt;
                whole = whole * 10 + digit;
            } else if (fractionDigits < 2) {
                fraction = fraction * 10 + digit;
                ++fractionDigits;
            } else {
                return std::nullopt; // no fractions of a cent
            }
        } else if (QStringView(text).sliced(i).startsWith(decimal) && fractionDigits < 0) {
            fractionDigits = 0;
            i += decimal.size() - 1;
        } else if (!group.isEmpty() && QStringView(text).sliced(i).startsWith(group) && fractionDigits < 0) {
            i += group.size() - 1;
        } else if (c.isSpace() || c == u'\u00a0' || moneyUnit().contains(c)) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    return whole * 100 + fraction;
}

QString CentsSpinBox::textFromValue(int value) const
{
    return formatCents(Cents{value}, locale());
}

int CentsSpinBox::valueFromText(const QString &text) const
{
    return static_cast<int>(parseCents(text, locale()).value_or(value()));
}

QValidator::State CentsSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const std::optional<Cents> cents = parseCents(input, locale());
    if (!cents)
        return input.trimmed().isEmpty() || input.trimmed() == moneyUnit() ? QValidator::Intermediate
                                                                           : QValidator::Invalid;
    return *cents >= minimum() && *cents <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace Chrysalis
