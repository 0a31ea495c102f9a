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
    // `text` as it must be set on a menu item, action, button, check box, tab, group box title
    // or buddy label to be shown as written: Qt reads "&" there as the mark of a shortcut, so
    // a duo "Hatice Doğan & Marieke de Graaf" would show as "Hatice Doğan _Marieke de Graaf".
    // Every name or other user text on such a widget goes through here.
    static QString noMnemonic(const QString &text);
};
