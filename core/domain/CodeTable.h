#pragma once
// A table of an enum's storage codes ({value, "code"} pairs), read both ways: DomainText's
// enums and NetworkText's share it.

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace CodeTable {
template <typename Enum, size_t N>
QString code(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> parse(const std::pair<Enum, const char *> (&table)[N], const QString &code)
{
    for (const auto &[e, name] : table)
        if (code == QLatin1String(name))
            return e;
    return std::nullopt;
}

// Every code of the table, quoted and separated by commas, for a CHECK constraint.
template <typename Enum, size_t N> QString sqlIn(const std::pair<Enum, const char *> (&table)[N])
{
    QStringList quoted;
    for (const auto &entry : table)
        quoted << QStringLiteral("'%1'").arg(QLatin1String(entry.second));
    return quoted.join(QStringLiteral(", "));
}
} // namespace CodeTable
