#pragma once

#include "tests/support/qtprinters.h"

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <ostream>

namespace Chrysalis::PolicyTest {

// The JSON paths an error names, in order.
inline QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &fieldError : error.fieldErrors)
        fields << fieldError.field;
    return fields;
}

// The message of the first field error naming `field`, or an empty string.
inline QString messageFor(const Error &error, const QString &field)
{
    for (const FieldError &fieldError : error.fieldErrors) {
        if (fieldError.field == field)
            return fieldError.message;
    }
    return {};
}

} // namespace Chrysalis::PolicyTest
