#include "DomainText.h"

namespace {
template <typename Enum> struct Codes;

#define DUOCOACH_CODES(Enum, ...)                                                                  \
    template <> struct Codes<Enum>                                                                 \
    {                                                                                              \
        static constexpr std::pair<Enum, const char *> table[] = {__VA_ARGS__};                    \
    };

DUOCOACH_CODES(OrganisationKind, {OrganisationKind::Community, "community"},
               {OrganisationKind::CareProvider, "care_provider"},
               {OrganisationKind::Municipality, "municipality"})
DUOCOACH_CODES(WorkerRole, {WorkerRole::TrustedPerson, "trusted_person"},
               {WorkerRole::Professional, "professional"})
DUOCOACH_CODES(Gender, {Gender::Female, "female"}, {Gender::Male, "male"}, {Gender::Other, "other"})
DUOCOACH_CODES(GenderWish, {GenderWish::None, "none"}, {GenderWish::Female, "female"},
               {GenderWish::Male, "male"})
DUOCOACH_CODES(FamilyStatus, {FamilyStatus::Referred, "referred"}, {FamilyStatus::Intake, "intake"},
               {FamilyStatus::Active, "active"}, {FamilyStatus::Closed, "closed"})
DUOCOACH_CODES(MemberRole, {MemberRole::Parent, "parent"}, {MemberRole::Child, "child"},
               {MemberRole::Other, "other"})
DUOCOACH_CODES(VisitStatus, {VisitStatus::Planned, "planned"}, {VisitStatus::Done, "done"},
               {VisitStatus::Cancelled, "cancelled"}, {VisitStatus::NoShow, "no_show"})
#undef DUOCOACH_CODES

template <typename Enum> QString codeOf(Enum value)
{
    for (const auto &[e, name] : Codes<Enum>::table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}
} // namespace

template <typename Enum> std::optional<Enum> DomainText::parse(const QString &code)
{
    for (const auto &[e, name] : Codes<Enum>::table)
        if (code == QLatin1String(name))
            return e;
    return std::nullopt;
}

template std::optional<OrganisationKind> DomainText::parse(const QString &);
template std::optional<WorkerRole> DomainText::parse(const QString &);
template std::optional<Gender> DomainText::parse(const QString &);
template std::optional<GenderWish> DomainText::parse(const QString &);
template std::optional<FamilyStatus> DomainText::parse(const QString &);
template std::optional<MemberRole> DomainText::parse(const QString &);
template std::optional<VisitStatus> DomainText::parse(const QString &);

QString DomainText::code(OrganisationKind v)
{
    return codeOf(v);
}
QString DomainText::code(WorkerRole v)
{
    return codeOf(v);
}
QString DomainText::code(Gender v)
{
    return codeOf(v);
}
QString DomainText::code(GenderWish v)
{
    return codeOf(v);
}
QString DomainText::code(FamilyStatus v)
{
    return codeOf(v);
}
QString DomainText::code(MemberRole v)
{
    return codeOf(v);
}
QString DomainText::code(VisitStatus v)
{
    return codeOf(v);
}

QString DomainText::display(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Community:
        return tr("Community organisation");
    case OrganisationKind::CareProvider:
        return tr("Care provider");
    case OrganisationKind::Municipality:
        return tr("Municipality");
    }
    return {};
}

QString DomainText::display(WorkerRole role)
{
    switch (role) {
    case WorkerRole::TrustedPerson:
        return tr("Trusted person");
    case WorkerRole::Professional:
        return tr("Professional");
    }
    return {};
}

QString DomainText::display(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Other:
        return tr("Other", "gender");
    }
    return {};
}

QString DomainText::display(GenderWish wish)
{
    switch (wish) {
    case GenderWish::None:
        return tr("No preference");
    case GenderWish::Female:
        return tr("Female");
    case GenderWish::Male:
        return tr("Male");
    }
    return {};
}

QString DomainText::display(FamilyStatus status)
{
    switch (status) {
    case FamilyStatus::Referred:
        return tr("Referred");
    case FamilyStatus::Intake:
        return tr("Intake");
    case FamilyStatus::Active:
        return tr("Active");
    case FamilyStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString DomainText::display(MemberRole role)
{
    switch (role) {
    case MemberRole::Parent:
        return tr("Parent");
    case MemberRole::Child:
        return tr("Child");
    case MemberRole::Other:
        return tr("Other", "household member role");
    }
    return {};
}

QString DomainText::display(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return tr("Planned");
    case VisitStatus::Done:
        return tr("Done");
    case VisitStatus::Cancelled:
        return tr("Cancelled");
    case VisitStatus::NoShow:
        return tr("No-show");
    }
    return {};
}
