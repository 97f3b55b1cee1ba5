#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Chrysalis {

// What went wrong, in terms a caller can act on. The codes map one to one onto the protocol's
// rejection codes where one exists; the message is for people and is never parsed.
enum class ErrorCode {
    Validation, // input breaks a rule of its form or schema; see fieldErrors
    NotEligible, // the actor may not do this (tier, skill, own task, …)
    Forbidden, // the actor has no right to this object at all
    NotFound,
    Conflict, // the object changed or closed under us
    InsufficientFunds,
    LimitExceeded,
    Storage, // the database failed or is unusable
    Network,
    Cancelled,
    Internal, // a bug: never a consequence of bad input
};

QString errorCodeName(ErrorCode code);

// One problem with one named field of a form, a policy file or a request.
struct FieldError {
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QList<FieldError> fieldErrors;

    static Error validation(const QString &message, QList<FieldError> fieldErrors = {})
    {
        return {ErrorCode::Validation, message, std::move(fieldErrors)};
    }
    static Error storage(const QString &message) { return {ErrorCode::Storage, message, {}}; }
    static Error notFound(const QString &message) { return {ErrorCode::NotFound, message, {}}; }
    static Error internal(const QString &message) { return {ErrorCode::Internal, message, {}}; }

    // The message followed by every field error, one per line; for logs and command lines.
    QString describe() const;
};

// The value of a fallible call, or why there is none; shaped like std::expected so it can be
// replaced by it once the toolchain has C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) { }
    Result(T &&value) : m_state(std::move(value)) { }
    Result(const Error &error) : m_state(error) { }
    Result(Error &&error) : m_state(std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Precondition: ok().
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    template<typename U>
    T valueOr(U &&fallback) const
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    // Precondition: !ok().
    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) { }
    Result(Error &&error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    // Precondition: !ok().
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Chrysalis
