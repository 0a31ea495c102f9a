#include "DisplayText.h"

#include <QLocale>

QString DisplayText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString DisplayText::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime, QLocale::ShortFormat) : QString();
}

QString DisplayText::duration(int minutes)
{
    return tr("%1 min").arg(minutes);
}

QString DisplayText::presence(const Visit &visit)
{
    // A planned, cancelled or missed visit says nothing about presence, so show nothing rather
    // than a misleading "nobody".
    if (visit.trustedPersonPresent && visit.professionalPresent)
        return tr("Both");
    if (visit.trustedPersonPresent)
        return tr("Trusted person only");
    if (visit.professionalPresent)
        return tr("Professional only");
    return visit.status == VisitStatus::Done ? tr("Neither") : QString();
}

QString DisplayText::birthYear(int year)
{
    return year > 0 ? QString::number(year) : QString();
}

QString DisplayText::noMnemonic(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}
