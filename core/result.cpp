#include "core/result.h"

using namespace Qt::StringLiterals;

namespace Chrysalis {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
        return QStringLiteral("VALIDATION_FAILED");
    case ErrorCode::NotEligible:
        return QStringLiteral("NOT_ELIGIBLE");
    case ErrorCode::Forbidden:
        return QStringLiteral("FORBIDDEN");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::Conflict:
        return QStringLiteral("CONFLICT");
    case ErrorCode::InsufficientFunds:
        return QStringLiteral("INSUFFICIENT_FUNDS");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("LIMIT_EXCEEDED");
    case ErrorCode::Storage:
        return QStringLiteral("STORAGE");
    case ErrorCode::Network:
        return QStringLiteral("NETWORK");
    case ErrorCode::Cancelled:
        return QStringLiteral("CANCELLED");
    case ErrorCode::Internal:
        return QStringLiteral("INTERNAL");
    }
    return QStringLiteral("INTERNAL");
}

QString Error::describe() const
{
    QString text = message;
    for (const FieldError &fieldError : fieldErrors)
        text += u"\n  "_s + fieldError.field + u": "_s + fieldError.message;
    return text;
}

} // namespace Chrysalis
