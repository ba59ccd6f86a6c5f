// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace baseline {

/** What kind of failure, so callers (CLI exit codes, GUI messages, tests) can branch without parsing text. */
enum class ErrorCode {
    Ok = 0,
    InvalidArgument, ///< the caller passed something unusable (empty passphrase, mismatched confirmation)
    NotFound, ///< no workspace / file / record where one was expected
    AlreadyExists, ///< refusing to overwrite
    WrongPassphrase, ///< the passphrase does not unlock this workspace
    NotAWorkspace, ///< a file that is not a Baseline workspace (plain SQLite, random bytes, empty)
    Corrupt, ///< a workspace whose pages fail authentication or whose structure is damaged
    Truncated, ///< a workspace file cut short
    NewerVersion, ///< made by a newer Baseline: we refuse rather than guess
    WrongEngine, ///< linked against something other than SQLCipher 4
    DiskFull, ///< no space left; what was committed before is intact
    Io, ///< any other input/output failure
    Locked, ///< the workspace is locked (closed) and the operation needs it open
    Database, ///< any other SQLite error
    Crypto, ///< libsodium failed (out of memory for Argon2, etc.)
};

/** An error with a message meant for a person: it names what went wrong and where (file, item, line). */
struct Error {
    ErrorCode code = ErrorCode::Ok;
    QString message;
};

/** A value or an Error. Functions that can fail return this instead of throwing across module boundaries. */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    // By value, so `for (auto& x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation with no value. */
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace baseline
