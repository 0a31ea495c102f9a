#include "MeetingRules.h"

#include "Validation.h"

#include <QLocale>
#include <QSet>

namespace {
QString controlCharacters(const Meeting &meeting)
{
    QList<const QString *> texts = {&meeting.title, &meeting.notes};
    for (const MeetingPartner &partner : meeting.partners)
        texts << &partner.contactName;
    for (const MeetingFamily &family : meeting.families) {
        texts << &family.question << &family.advice;
        for (const MeetingDecision &decision : family.decisions)
            texts << &decision.what;
    }
    for (const QString *text : texts)
        if (QString problem = Validation::checkControlCharacters(*text); !problem.isEmpty())
            return problem;
    return {};
}
} // namespace

QString MeetingRules::check(const Meeting &meeting, const QDate &today)
{
    if (QString problem = controlCharacters(meeting); !problem.isEmpty())
        return problem;
    const QString kind = MeetingText::display(meeting.kind);
    if (!meeting.heldOn.isValid())
        return tr("The meeting needs the day it was held.");
    if (meeting.heldOn > today)
        return tr("The meeting is dated %1, a day still to come: record it once it was held.")
            .arg(QLocale().toString(meeting.heldOn, QLocale::ShortFormat));
    if (meeting.workerIds.isEmpty() && meeting.partners.isEmpty())
        return tr("Say who was at the meeting.");
    if (meeting.kind != MeetingKind::Consultation) {
        if (!meeting.families.isEmpty())
            return tr("Families are discussed at a case consultation, not at a \"%1\".").arg(kind);
        return {};
    }
    if (meeting.families.isEmpty())
        return tr("Add the families discussed at the case consultation.");
    QSet<qint64> seen;
    for (const MeetingFamily &family : meeting.families) {
        const QString code =
            family.caseCode.isEmpty() ? QString::number(family.familyId) : family.caseCode;
        if (seen.contains(family.familyId))
            return tr("The family %1 is listed twice.").arg(code);
        seen.insert(family.familyId);
        if (family.question.trimmed().isEmpty())
            return tr("Give the question brought in for the family %1.").arg(code);
        for (const MeetingDecision &decision : family.decisions)
            if (decision.what.trimmed().isEmpty())
                return tr("Say what was decided for the family %1.").arg(code);
        for (const FollowUp &followUp : family.followUps) {
            if (followUp.description.trimmed().isEmpty())
                return tr("Say what the follow-up action for the family %1 is.").arg(code);
            if (followUp.ownerId <= 0)
                return tr("The follow-up action \"%1\" needs an owner.")
                    .arg(followUp.description.trimmed());
            if (!followUp.dueOn.isValid())
                return tr("The follow-up action \"%1\" needs a due date.")
                    .arg(followUp.description.trimmed());
        }
    }
    return {};
}
