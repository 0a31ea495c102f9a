#include "NetworkMap.h"

#include "CodeTable.h"
#include "Validation.h"

#include <utility>

namespace {
const std::pair<MapKind, const char *> KindCodes[] = {
    {MapKind::Relative, "relative"},
    {MapKind::Neighbour, "neighbour"},
    {MapKind::Friend, "friend"},
    {MapKind::School, "school"},
    {MapKind::GeneralPractitioner, "gp"},
    {MapKind::SocialDistrictTeam, "social_district_team"},
    {MapKind::Faith, "faith"},
    {MapKind::SportsClub, "sports_club"},
    {MapKind::YouthCare, "youth_care"},
    {MapKind::OtherOrganisation, "other_organisation"},
};

const std::pair<Tie, const char *> TieCodes[] = {
    {Tie::Strong, "strong"},
    {Tie::Weak, "weak"},
    {Tie::Strained, "strained"},
    {Tie::Broken, "broken"},
};
} // namespace

QString NetworkMapText::code(MapKind kind)
{
    return CodeTable::code(KindCodes, kind);
}

QString NetworkMapText::code(Tie tie)
{
    return CodeTable::code(TieCodes, tie);
}

std::optional<MapKind> NetworkMapText::parseKind(const QString &code)
{
    return CodeTable::parse(KindCodes, code);
}

std::optional<Tie> NetworkMapText::parseTie(const QString &code)
{
    return CodeTable::parse(TieCodes, code);
}

QList<MapKind> NetworkMapText::kinds()
{
    QList<MapKind> all;
    for (const auto &entry : KindCodes)
        all << entry.first;
    return all;
}

QList<Tie> NetworkMapText::ties()
{
    QList<Tie> all;
    for (const auto &entry : TieCodes)
        all << entry.first;
    return all;
}

QString NetworkMapText::sqlKinds()
{
    return CodeTable::sqlIn(KindCodes);
}

QString NetworkMapText::sqlTies()
{
    return CodeTable::sqlIn(TieCodes);
}

QString NetworkMapText::display(MapKind kind)
{
    switch (kind) {
    case MapKind::Relative:
        return tr("Relative");
    case MapKind::Neighbour:
        return tr("Neighbour");
    case MapKind::Friend:
        return tr("Friend");
    case MapKind::School:
        return tr("School");
    case MapKind::GeneralPractitioner:
        return tr("GP");
    case MapKind::SocialDistrictTeam:
        return tr("Social district team");
    case MapKind::Faith:
        return tr("Mosque or church");
    case MapKind::SportsClub:
        return tr("Sports club");
    case MapKind::YouthCare:
        return tr("Youth care");
    case MapKind::OtherOrganisation:
        return tr("Other organisation");
    }
    return {};
}

QString NetworkMapText::display(Tie tie)
{
    switch (tie) {
    case Tie::Strong:
        return tr("Strong", "tie");
    case Tie::Weak:
        return tr("Weak", "tie");
    case Tie::Strained:
        return tr("Strained", "tie");
    case Tie::Broken:
        return tr("Broken", "tie");
    }
    return {};
}

QString NetworkMapText::label(const NetworkMapEntry &entry, bool named)
{
    const QString role = entry.role.trimmed();
    if (!isPerson(entry.kind))
        return named ? entry.name.trimmed() : display(entry.kind);
    if (!named)
        return role.isEmpty() ? display(entry.kind) : role;
    return role.isEmpty() ? entry.name.trimmed() : role + QLatin1Char(' ') + entry.name.trimmed();
}

QString NetworkMapText::check(const NetworkMapEntry &entry)
{
    for (const QString *text : {&entry.role, &entry.name})
        if (QString problem = Validation::checkControlCharacters(*text); !problem.isEmpty())
            return problem;
    if (entry.name.trimmed().isEmpty())
        return isPerson(entry.kind) ? tr("Give the person's first name.")
                                    : tr("Give the organisation's name.");
    if (entry.closeness < 1 || entry.closeness > Rings)
        return tr("How close is \"%1\"? Choose a ring from 1 to %2.").arg(label(entry)).arg(Rings);
    return {};
}
