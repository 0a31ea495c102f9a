#include "ImportFields.h"

#include "domain/Languages.h"

#include <QRegularExpression>

#include <initializer_list>
#include <optional>
#include <utility>

namespace {
// Words a cell may hold for an enum value; compared case-insensitively after trimming.
template <typename Enum>
std::optional<Enum> lookUp(const QString &cell,
                           std::initializer_list<std::pair<const char *, Enum>> words)
{
    const QString wanted = cell.trimmed();
    for (const auto &[word, value] : words)
        if (wanted.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}
} // namespace

Result<QStringList> ImportFields::languages(const QString &cell)
{
    QStringList codes;
    for (const QString &part : cell.split(QLatin1Char('|'))) {
        if (part.trimmed().isEmpty())
            continue;
        const QString code = Languages::codeFor(part);
        if (code.isEmpty())
            return Error::invalid(tr("The language \"%1\" is not known; use a code like ar or a "
                                     "name like Arabic, separated by |.")
                                      .arg(part.trimmed()));
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

Result<QDate> ImportFields::date(const QString &cell)
{
    const QString text = cell.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})$"));
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = dutch.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else
        return Error::invalid(tr("\"%1\" is not a date like 2026-03-01 or 01-03-2026.").arg(text));
    if (!date.isValid())
        return Error::invalid(tr("The date \"%1\" does not exist.").arg(text));
    return date;
}

Result<Gender> ImportFields::gender(const QString &cell)
{
    const auto value = lookUp<Gender>(cell, {{"female", Gender::Female},
                                             {"vrouw", Gender::Female},
                                             {"male", Gender::Male},
                                             {"man", Gender::Male},
                                             {"other", Gender::Other},
                                             {"anders", Gender::Other}});
    if (!value)
        return Error::invalid(
            tr("The gender \"%1\" is not female, male or other.").arg(cell.trimmed()));
    return *value;
}

Result<GenderWish> ImportFields::genderWish(const QString &cell)
{
    if (cell.trimmed().isEmpty())
        return GenderWish::None;
    const auto value = lookUp<GenderWish>(cell, {{"none", GenderWish::None},
                                                 {"geen", GenderWish::None},
                                                 {"female", GenderWish::Female},
                                                 {"vrouw", GenderWish::Female},
                                                 {"male", GenderWish::Male},
                                                 {"man", GenderWish::Male}});
    if (!value)
        return Error::invalid(
            tr("The wish \"%1\" is not empty, none, female or male.").arg(cell.trimmed()));
    return *value;
}

Result<WorkerRole> ImportFields::role(const QString &cell)
{
    const auto value =
        lookUp<WorkerRole>(cell, {{"trusted_person", WorkerRole::TrustedPerson},
                                  {"trusted person", WorkerRole::TrustedPerson},
                                  {"vertrouwenspersoon", WorkerRole::TrustedPerson},
                                  {"professional", WorkerRole::Professional},
                                  {"hulpverlener", WorkerRole::Professional},
                                  {"ambulant hulpverlener", WorkerRole::Professional}});
    if (!value)
        return Error::invalid(
            tr("The role \"%1\" is not trusted_person or professional.").arg(cell.trimmed()));
    return *value;
}

Result<int> ImportFields::wholeNumber(const QString &cell, int minimum, int maximum)
{
    bool ok = false;
    const int value = cell.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error::invalid(
            tr("\"%1\" is not a whole number from %2 to %3.")
                .arg(cell.trimmed(), QString::number(minimum), QString::number(maximum)));
    return value;
}
