#include "DomainText.h"

#include "CodeTable.h"

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
DUOCOACH_CODES(LifeDomain, {LifeDomain::Finances, "finances"},
               {LifeDomain::WorkEducation, "work_education"}, {LifeDomain::TimeUse, "time_use"},
               {LifeDomain::Housing, "housing"},
               {LifeDomain::HomeRelationships, "home_relationships"},
               {LifeDomain::MentalHealth, "mental_health"},
               {LifeDomain::PhysicalHealth, "physical_health"},
               {LifeDomain::Addiction, "addiction"}, {LifeDomain::DailyLiving, "daily_living"},
               {LifeDomain::SocialNetwork, "social_network"},
               {LifeDomain::CommunityParticipation, "community_participation"},
               {LifeDomain::Justice, "justice"}, {LifeDomain::SelfCare, "self_care"})
DUOCOACH_CODES(Helps, {Helps::Yes, "yes"}, {Helps::Partly, "partly"}, {Helps::No, "no"})
DUOCOACH_CODES(Decision, {Decision::Continue, "continue"}, {Decision::Adjust, "adjust"},
               {Decision::Stop, "stop"})
#undef DUOCOACH_CODES

template <typename Enum> QString codeOf(Enum value)
{
    return CodeTable::code(Codes<Enum>::table, value);
}
} // namespace

template <typename Enum> std::optional<Enum> DomainText::parse(const QString &code)
{
    return CodeTable::parse(Codes<Enum>::table, code);
}

template std::optional<OrganisationKind> DomainText::parse(const QString &);
template std::optional<WorkerRole> DomainText::parse(const QString &);
template std::optional<Gender> DomainText::parse(const QString &);
template std::optional<GenderWish> DomainText::parse(const QString &);
template std::optional<FamilyStatus> DomainText::parse(const QString &);
template std::optional<MemberRole> DomainText::parse(const QString &);
template std::optional<VisitStatus> DomainText::parse(const QString &);
template std::optional<LifeDomain> DomainText::parse(const QString &);
template std::optional<Helps> DomainText::parse(const QString &);
template std::optional<Decision> DomainText::parse(const QString &);

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
QString DomainText::code(LifeDomain v)
{
    return codeOf(v);
}
QString DomainText::code(Helps v)
{
    return codeOf(v);
}
QString DomainText::code(Decision v)
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

QString DomainText::display(LifeDomain domain)
{
    switch (domain) {
    case LifeDomain::Finances:
        return tr("Finances");
    case LifeDomain::WorkEducation:
        return tr("Work and education");
    case LifeDomain::TimeUse:
        return tr("Time use");
    case LifeDomain::Housing:
        return tr("Housing");
    case LifeDomain::HomeRelationships:
        return tr("Home relationships");
    case LifeDomain::MentalHealth:
        return tr("Mental health");
    case LifeDomain::PhysicalHealth:
        return tr("Physical health");
    case LifeDomain::Addiction:
        return tr("Addiction");
    case LifeDomain::DailyLiving:
        return tr("Activities of daily living");
    case LifeDomain::SocialNetwork:
        return tr("Social network");
    case LifeDomain::CommunityParticipation:
        return tr("Community participation");
    case LifeDomain::Justice:
        return tr("Justice");
    case LifeDomain::SelfCare:
        return tr("Self-care");
    }
    return {};
}

QString DomainText::display(Helps helps)
{
    switch (helps) {
    case Helps::Yes:
        return tr("Yes", "the support helps");
    case Helps::Partly:
        return tr("Partly", "the support helps");
    case Helps::No:
        return tr("No", "the support helps");
    }
    return {};
}

QString DomainText::display(Decision decision)
{
    switch (decision) {
    case Decision::Continue:
        return tr("Continue");
    case Decision::Adjust:
        return tr("Adjust");
    case Decision::Stop:
        return tr("Stop");
    }
    return {};
}

QString DomainText::scoreMeaning(int score)
{
    // The five levels of the Zelfredzaamheid-Matrix.
    switch (score) {
    case 1:
        return tr("acute problems");
    case 2:
        return tr("not self-reliant");
    case 3:
        return tr("barely self-reliant");
    case 4:
        return tr("adequately self-reliant");
    case 5:
        return tr("fully self-reliant");
    }
    return {};
}
