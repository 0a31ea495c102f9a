#pragma once
// How the views write dates, periods, durations and presence, so every list and pane agrees.

#include "domain/Domain.h"

#include <QCoreApplication>

class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString date(const QDate &date); // empty for a null date
    static QString dateTime(const QDateTime &dateTime);
    static QString duration(int minutes);
    // Which workers of the duo were present; empty while that is not known (not done yet).
    static QString presence(const Visit &visit);
    static QString birthYear(int year); // empty when unknown
};
