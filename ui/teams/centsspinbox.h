#pragma once

#include "core/domain/money.h"

#include <QSpinBox>

#include <optional>

namespace Chrysalis {

// An amount of money typed and shown in the locale's notation ("$1,234.05"); the value is integer
// cents and the text is parsed digit by digit, never through floating point.
class CentsSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit CentsSpinBox(QWidget *parent = nullptr);

    Cents cents() const { return value(); }
    // "12", "12.5", "$1,234.05" → cents; nullopt when the text is no amount.
    static std::optional<Cents> parseCents(const QString &text, const QLocale &locale = QLocale());

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
};

} // namespace Chrysalis
