#include "Validation.h"

#include "Languages.h"

#include <QRegularExpression>

QString Validation::checkPostcode(const QString &postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{3} ?([A-Za-z]{2})$"));
    const auto match = pattern.match(postcode.trimmed());
    if (!match.hasMatch())
        return tr("The postcode \"%1\" is not a Dutch postcode like 1234 AB.").arg(postcode);
    const QString letters = match.captured(1).toUpper();
    if (letters == QLatin1String("SA") || letters == QLatin1String("SD") ||
        letters == QLatin1String("SS"))
        return tr("The postcode \"%1\" does not exist: SA, SD and SS are never used.")
            .arg(postcode);
    return {};
}

QString Validation::normalisePostcode(const QString &postcode)
{
    QString compact = postcode.simplified().remove(QLatin1Char(' ')).toUpper();
    if (compact.size() == 6)
        compact.insert(4, QLatin1Char(' '));
    return checkPostcode(compact).isEmpty() ? compact : postcode.trimmed();
}

QString Validation::checkEmail(const QString &email)
{
    if (email.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!pattern.match(email).hasMatch())
        return tr("The e-mail address \"%1\" is not valid.").arg(email);
    return {};
}

QString Validation::checkBirthYear(int year, const QDate &today)
{
    if (year == 0)
        return {};
    if (year < 1900 || year > today.year())
        return tr("The birth year %1 is not between 1900 and %2.").arg(year).arg(today.year());
    return {};
}

QString Validation::checkOrganisation(const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return tr("An organisation needs a name.");
    return checkEmail(organisation.contactEmail);
}

QString Validation::checkWorker(const Worker &worker)
{
    if (worker.name.trimmed().isEmpty())
        return tr("A worker needs a name.");
    if (worker.organisationId <= 0)
        return tr("%1 needs an organisation.").arg(worker.name);
    if (worker.maxCaseload < 1 || worker.maxCaseload > 50)
        return tr("The maximum caseload of %1 must be between 1 and 50 families.").arg(worker.name);
    for (const QString &code : worker.languages)
        if (!Languages::codes().contains(code))
            return tr("The language \"%1\" of %2 is not known.").arg(code, worker.name);
    return checkEmail(worker.email);
}

QString Validation::checkFamily(const Family &family)
{
    if (family.familyName.trimmed().isEmpty())
        return tr("A family needs a family name.");
    if (!family.postcode.isEmpty()) {
        const QString error = checkPostcode(family.postcode);
        if (!error.isEmpty())
            return error;
    }
    if (!family.referredOn.isValid())
        return tr("The family %1 needs a referral date.").arg(family.familyName);
    for (const QString &code : family.homeLanguages)
        if (!Languages::codes().contains(code))
            return tr("The language \"%1\" of the family %2 is not known.")
                .arg(code, family.familyName);
    if (family.status == FamilyStatus::Closed && family.closingReason.trimmed().isEmpty())
        return tr("A closed family needs a closing reason.");
    if (family.closedOn.isValid() && family.closedOn < family.referredOn)
        return tr("The closing date lies before the referral date.");
    return {};
}

QString Validation::checkMember(const HouseholdMember &member)
{
    if (member.firstName.trimmed().isEmpty())
        return tr("A household member needs a first name.");
    return checkBirthYear(member.birthYear);
}

QString Validation::checkVisit(const Visit &visit)
{
    if (!visit.start.isValid())
        return tr("A visit needs a date and time.");
    if (visit.durationMinutes < 5 || visit.durationMinutes > 600)
        return tr("A visit lasts between 5 minutes and 10 hours.");
    return {};
}
