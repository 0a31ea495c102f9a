#include "Network.h"

#include "CodeTable.h"

#include <algorithm>
#include <utility>

namespace {
const std::pair<SupportKind, const char *> KindCodes[] = {
    {SupportKind::Community, "community"},
    {SupportKind::NeighbourhoodHelp, "neighbourhood"},
    {SupportKind::Relatives, "relatives"},
    {SupportKind::SocialDistrictTeam, "social_district_team"},
    {SupportKind::YouthCare, "youth_care"},
    {SupportKind::SpecialistYouthCare, "specialist_youth_care"},
    {SupportKind::MentalHealth, "mental_health"},
    {SupportKind::SchoolSupport, "school_support"},
};

const std::pair<ReferralStatus, const char *> StatusCodes[] = {
    {ReferralStatus::Sent, "sent"},         {ReferralStatus::Accepted, "accepted"},
    {ReferralStatus::Declined, "declined"}, {ReferralStatus::Started, "started"},
    {ReferralStatus::Ended, "ended"},
};
} // namespace

QString NetworkText::code(SupportKind kind)
{
    return CodeTable::code(KindCodes, kind);
}

QString NetworkText::code(ReferralStatus status)
{
    return CodeTable::code(StatusCodes, status);
}

std::optional<SupportKind> NetworkText::parseKind(const QString &code)
{
    return CodeTable::parse(KindCodes, code);
}

std::optional<ReferralStatus> NetworkText::parseStatus(const QString &code)
{
    return CodeTable::parse(StatusCodes, code);
}

QString NetworkText::sqlKinds()
{
    return CodeTable::sqlIn(KindCodes);
}

QString NetworkText::sqlStatuses()
{
    return CodeTable::sqlIn(StatusCodes);
}

QList<SupportKind> NetworkText::kinds()
{
    QList<SupportKind> all;
    for (const auto &entry : KindCodes)
        all << entry.first;
    return all;
}

QString NetworkText::display(SupportKind kind)
{
    switch (kind) {
    case SupportKind::Community:
        return tr("Community organisation");
    case SupportKind::NeighbourhoodHelp:
        return tr("Neighbourhood help");
    case SupportKind::Relatives:
        return tr("Relatives");
    case SupportKind::SocialDistrictTeam:
        return tr("Social district team");
    case SupportKind::YouthCare:
        return tr("Youth-care provider");
    case SupportKind::SpecialistYouthCare:
        return tr("Specialist youth care");
    case SupportKind::MentalHealth:
        return tr("Mental health care");
    case SupportKind::SchoolSupport:
        return tr("School support");
    }
    return {};
}

QString NetworkText::display(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Sent:
        return tr("Sent", "referral");
    case ReferralStatus::Accepted:
        return tr("Accepted", "referral");
    case ReferralStatus::Declined:
        return tr("Declined", "referral");
    case ReferralStatus::Started:
        return tr("Started", "referral");
    case ReferralStatus::Ended:
        return tr("Ended", "referral");
    }
    return {};
}

void ReferralFigures::add(const QString &careKind, const QString &status, const QDate &sentOn,
                          const QDate &answeredOn)
{
    const auto kind = NetworkText::parseKind(careKind);
    if (kind == SupportKind::SpecialistYouthCare)
        ++toSpecialistCare;
    else if (kind && NetworkText::isFormal(*kind))
        ++toOtherFormalCare;
    else
        ++toInformalPartners;
    if (status == QLatin1String("declined"))
        ++declined;
    if (status == QLatin1String("started") || status == QLatin1String("ended"))
        ++started;
    if (answeredOn.isValid()) {
        ++answered;
        m_days << sentOn.daysTo(answeredOn);
    } else {
        ++unanswered;
    }
}

void ReferralFigures::finish()
{
    if (m_days.isEmpty())
        return;
    std::sort(m_days.begin(), m_days.end());
    const qsizetype n = m_days.size();
    medianDaysToAnswer = n % 2 ? double(m_days[n / 2]) : (m_days[n / 2 - 1] + m_days[n / 2]) / 2.0;
}
