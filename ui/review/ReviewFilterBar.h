#pragma once
// The filters above the visit log of the review window: duo, status, period and "only with
// safety concerns", and how many visits are shown of how many.

#include "exchange/SupervisionPackage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

class ReviewFilterBar : public QWidget
{
    Q_OBJECT
public:
    // The period fields start at, and are bounded by, the package's period.
    ReviewFilterBar(const QList<Duo> &duos, const QDate &from, const QDate &to,
                    QWidget *parent = nullptr);

    PackageVisitFilter filter() const;
    void setCount(int shown, int total);

    QComboBox *duos() const { return m_duos; }       // item data: duo id, 0 for all
    QComboBox *statuses() const { return m_status; } // item data: int(VisitStatus), -1 for all
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QCheckBox *concernsBox() const { return m_concerns; }
    QLabel *countLabel() const { return m_count; }

signals:
    void filterChanged(const PackageVisitFilter &filter);

private:
    QComboBox *m_duos = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_concerns = nullptr;
    QLabel *m_count = nullptr;
};
