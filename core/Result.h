#pragma once
// The one error style of core: a function that can fail returns Result<T> (or Status),
// carrying either the value or an Error with one clear, translated sentence for the user.

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

struct Error
{
    // The kind decides the CLI's exit status (see DESIGN.md): Invalid and Refused are
    // "bad input or refused file" (2), Integrity is "integrity or verification failure" (3).
    // Cancelled is the user's own choice (Progress::cancel): nothing was written, and the UI
    // says nothing more about it. Login: the server wants a password that was not given, or
    // refused the one given, so a window can ask for one. ConnectionLost: the connection to a
    // server broke (the server restarted, a network dropped it), so a window can offer to
    // reconnect. Conflict: someone else changed the row while this user's form was open, so a
    // form can offer to reload it (RowVersions). All three are "refused" (2) for the CLI.
    enum class Kind {
        Invalid,
        Refused,
        Integrity,
        Storage,
        Cancelled,
        Login,
        ConnectionLost,
        Conflict
    };

    Kind kind = Kind::Invalid;
    QString message;

    static Error invalid(QString message) { return {Kind::Invalid, std::move(message)}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message)}; }
    static Error integrity(QString message) { return {Kind::Integrity, std::move(message)}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message)}; }
    static Error cancelled(QString message) { return {Kind::Cancelled, std::move(message)}; }
    static Error login(QString message) { return {Kind::Login, std::move(message)}; }
    static Error connectionLost(QString message)
    {
        return {Kind::ConnectionLost, std::move(message)};
    }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message)}; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    // For a pointer result (a cached statement, say) -> reaches the pointee.
    auto operator->() const
    {
        if constexpr (std::is_pointer_v<T>)
            return *m_value;
        else
            return &*m_value;
    }
    auto operator->()
    {
        if constexpr (std::is_pointer_v<T>)
            return *m_value;
        else
            return &*m_value;
    }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
