#include "WorkerCare.h"

#include "Validation.h"

#include <QLocale>

QString WorkerCare::check(const Training &training, const QDate &today)
{
    if (QString problem = Validation::checkControlCharacters(training.course); !problem.isEmpty())
        return problem;
    const QString course = training.course.trimmed();
    if (course.isEmpty())
        return tr("Name the course.");
    if (!training.startedOn.isValid())
        return tr("The course \"%1\" needs the day it started.").arg(course);
    const auto shortDate = [](const QDate &day) {
        return QLocale().toString(day, QLocale::ShortFormat);
    };
    if (training.endedOn.isValid() && training.endedOn < training.startedOn)
        return tr("The course \"%1\" ends on %2, before it starts on %3.")
            .arg(course, shortDate(training.endedOn), shortDate(training.startedOn));
    if (training.completed && !training.endedOn.isValid())
        return tr("The course \"%1\" was completed: give the day it ended.").arg(course);
    if (training.completed && training.endedOn > today)
        return tr("The course \"%1\" cannot be completed on %2, a day still to come.")
            .arg(course, shortDate(training.endedOn));
    if (training.certificateOn.isValid()) {
        if (!training.completed)
            return tr("A certificate of \"%1\" needs the course completed.").arg(course);
        if (training.certificateOn < training.startedOn || training.certificateOn > today)
            return tr("The certificate of \"%1\" is dated %2, outside the course and today.")
                .arg(course, shortDate(training.certificateOn));
    }
    return {};
}

bool WorkerCareSummary::needsAttention(const QDate &today) const
{
    if (openDebriefs > 0)
        return true;
    const QDate since = today.addMonths(-WorkerCare::RecentMonths);
    for (const QDate &day : {lastTraining, lastNetworkMeeting, lastDebrief})
        if (day.isValid() && day >= since)
            return false;
    return true;
}
