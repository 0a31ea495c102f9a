#include "Validation.h"

#include "Languages.h"

#include <QLocale>
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

QString Validation::checkControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control || c == QLatin1Char('\n') ||
            c == QLatin1Char('\t'))
            continue;
        return tr("The text holds a control character (U+%1) that cannot be stored; remove it.")
            .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
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

namespace {
// The first control character among the texts of one record, as one sentence.
QString firstControlCharacter(std::initializer_list<QString> texts)
{
    for (const QString &text : texts)
        if (QString problem = Validation::checkControlCharacters(text); !problem.isEmpty())
            return problem;
    return {};
}
} // namespace

QString Validation::checkOrganisation(const Organisation &organisation)
{
    if (QString problem =
            firstControlCharacter({organisation.name, organisation.city, organisation.contactName,
                                   organisation.contactPhone, organisation.contactEmail});
        !problem.isEmpty())
        return problem;
    if (organisation.name.trimmed().isEmpty())
        return tr("An organisation needs a name.");
    return checkEmail(organisation.contactEmail);
}

QString Validation::checkWorker(const Worker &worker)
{
    if (QString problem =
            firstControlCharacter({worker.name, worker.district, worker.phone, worker.email});
        !problem.isEmpty())
        return problem;
    if (worker.name.trimmed().isEmpty())
        return tr("A worker needs a name.");
    if (worker.organisationId <= 0)
        return tr("%1 needs an organisation.").arg(worker.name);
    if (worker.maxCaseload < 1 || worker.maxCaseload > 50)
        return tr("The maximum caseload of %1 must be between 1 and 50 families.").arg(worker.name);
    for (const QString &code : worker.languages)
        if (!Languages::isKnown(code))
            return tr("The language \"%1\" of %2 is not known.").arg(code, worker.name);
    return checkEmail(worker.email);
}

QString Validation::checkFamily(const Family &family)
{
    if (QString problem =
            firstControlCharacter({family.familyName, family.street, family.postcode, family.city,
                                   family.district, family.referralSource, family.closingReason});
        !problem.isEmpty())
        return problem;
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
        if (!Languages::isKnown(code))
            return tr("The language \"%1\" of the family %2 is not known.")
                .arg(code, family.familyName);
    if (QString problem = checkPhone(family.phone); !problem.isEmpty())
        return problem;
    if (family.status == FamilyStatus::Closed && family.closingReason.trimmed().isEmpty())
        return tr("A closed family needs a closing reason.");
    if (family.closedOn.isValid() && family.closedOn < family.referredOn)
        return tr("The closing date lies before the referral date.");
    return {};
}

QString Validation::checkMember(const HouseholdMember &member)
{
    if (QString problem = Validation::checkControlCharacters(member.firstName); !problem.isEmpty())
        return problem;
    if (member.firstName.trimmed().isEmpty())
        return tr("A household member needs a first name.");
    if (QString problem = checkPhone(member.phone); !problem.isEmpty())
        return problem;
    return checkBirthYear(member.birthYear);
}

QString Validation::checkPhone(const QString &phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return {};
    QString digits;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            digits += c;
        else if (!(c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                   c == QLatin1Char('(') || c == QLatin1Char(')')))
            return tr("\"%1\" is not a phone number: only digits, spaces, hyphens and brackets, "
                      "with a + in front for an international number.")
                .arg(text);
    }
    // +31 6 12345678 and 0031 6 12345678 are the same: a country code and its number.
    const bool international =
        digits.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"));
    const qsizetype count = digits.size() - (digits.startsWith(QLatin1Char('+')) ? 1
                                             : international                     ? 2
                                                                                 : 0);
    if (international ? (count >= 8 && count <= 15 && !digits.endsWith(QLatin1String("+")) &&
                         digits.at(digits.startsWith(QLatin1Char('+')) ? 1 : 2) != QLatin1Char('0'))
                      : (digits.startsWith(QLatin1Char('0')) && count == 10))
        return {};
    return tr("\"%1\" is not a phone number: a Dutch number has ten digits (06 12345678, "
              "030 123 45 67), an international one starts with + and the country code "
              "(+32 470 12 34 56).")
        .arg(text);
}

QString Validation::normalisePhone(const QString &phone)
{
    return phone.simplified();
}

QString Validation::checkVisit(const Visit &visit, const QDateTime &now)
{
    if (QString problem = checkControlCharacters(visit.statusReason); !problem.isEmpty())
        return problem;
    if (!visit.start.isValid())
        return tr("A visit needs a date and time.");
    if (visit.durationMinutes < 5 || visit.durationMinutes > 600)
        return tr("A visit lasts between 5 minutes and 10 hours.");
    const bool done = visit.status == VisitStatus::Done;
    const bool missed =
        visit.status == VisitStatus::Cancelled || visit.status == VisitStatus::NoShow;
    // Presence records what happened: a planned, cancelled or missed visit had nobody there.
    if (!done && (visit.trustedPersonPresent || visit.professionalPresent ||
                  !visit.presentMemberIds.isEmpty()))
        return tr("Only a visit that took place has people present.");
    // The duo visits together; a visit neither of them came to did not take place.
    if (done && !visit.trustedPersonPresent && !visit.professionalPresent)
        return tr("A visit that took place needs the trusted person, the professional or both "
                  "present.");
    if ((done || visit.status == VisitStatus::NoShow) && visit.start > now)
        return tr("The visit of %1 has not taken place yet.")
            .arg(QLocale().toString(visit.start, QLocale::ShortFormat));
    if (missed && visit.statusReason.trimmed().isEmpty())
        return visit.status == VisitStatus::Cancelled
                   ? tr("A cancelled visit needs a reason.")
                   : tr("A visit where the family was not found at home needs a reason.");
    if (!missed && !visit.statusReason.trimmed().isEmpty())
        return tr("Only a cancelled visit or a no-show has a reason.");
    return {};
}

QString Validation::checkFollowUp(const FollowUp &followUp)
{
    if (QString problem = checkControlCharacters(followUp.description); !problem.isEmpty())
        return problem;
    if (followUp.description.trimmed().isEmpty())
        return tr("A follow-up action needs a description.");
    if (followUp.ownerId <= 0)
        return tr("The follow-up action \"%1\" needs an owner.")
            .arg(followUp.description.trimmed());
    if (!followUp.dueOn.isValid())
        return tr("The follow-up action \"%1\" needs a due date.")
            .arg(followUp.description.trimmed());
    return {};
}

QString Validation::checkGoal(const Goal &goal, const QDate &today)
{
    if (QString problem = checkControlCharacters(goal.description); !problem.isEmpty())
        return problem;
    if (goal.description.trimmed().isEmpty())
        return tr("A goal needs a description.");
    if (goal.startScore < 1 || goal.startScore > 5)
        return tr("The start score runs from 1 (acute problems) to 5 (fully self-reliant).");
    if (!goal.setOn.isValid())
        return tr("A goal needs the date it was set.");
    // A goal is agreed with the family, so it cannot be set ahead; the chart starts there.
    if (goal.setOn > today)
        return tr("The date the goal was set lies in the future.");
    if (goal.endedOn.isValid() && goal.endedOn < goal.setOn)
        return tr("The goal cannot end before the date it was set.");
    return {};
}

QString Validation::checkEvaluation(const Evaluation &evaluation, const QDate &today)
{
    if (QString problem = checkControlCharacters(evaluation.reason); !problem.isEmpty())
        return problem;
    if (!evaluation.heldOn.isValid())
        return tr("An evaluation needs the date it was held.");
    if (evaluation.heldOn > today)
        return tr("The date of the evaluation lies in the future.");
    if (evaluation.reason.trimmed().isEmpty())
        return tr("An evaluation needs a reason for its decision.");
    return {};
}
