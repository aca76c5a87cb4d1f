// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Lkc {

// What went wrong, and where: a message a user can act on plus the place it
// refers to (file:line:col, YAML path, image reference, digest or URL).
struct Error {
    QString message;
    QString location;

    Error() = default;
    explicit Error(QString msg, QString where = {})
        : message(std::move(msg))
        , location(std::move(where)) {}

    // "location: message", or just the message when there is no location.
    QString toString() const {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
};

// A value or an Error (std::expected-style; errors are values in core).
template <typename T> class [[nodiscard]] Result {
public:
    Result(const T &value)
        : m_data(value) {}
    Result(T &&value)
        : m_data(std::move(value)) {}
    Result(const Error &error)
        : m_data(error) {}
    Result(Error &&error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error)
        : m_error(error) {}
    Result(Error &&error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Lkc
