#pragma once
// The fields that filter a visit log by duo, status and period, as the review window's log and
// the Visits page both show them, so the two read and behave alike.

#include "domain/Domain.h"

#include <QCoreApplication>
#include <QDate>

class QComboBox;
class QDateEdit;
class QHBoxLayout;

class VisitFilterFields
{
    Q_DECLARE_TR_FUNCTIONS(VisitFilterFields)
public:
    // "All duos" and the duos; item data: duo id, 0 for all. setDuos() keeps the choice.
    static QComboBox *duoBox(const QList<Duo> &duos = {});
    static void setDuos(QComboBox *box, const QList<Duo> &duos);
    // "Any status" and each status; item data: int(VisitStatus), -1 for all.
    static QComboBox *statusBox();
    // A day in the locale's short format with a calendar, between `from` and `to`.
    static QDateEdit *dateField(const QDate &date, const QDate &from, const QDate &to,
                                const QString &name);
    // "Duo:", "Status:", "From:" and "to" with their fields, each label the field's buddy.
    static void addTo(QHBoxLayout *layout, QComboBox *duos, QComboBox *statuses, QDateEdit *from,
                      QDateEdit *to);
};
