#pragma once
// The network figures of a supervision package per duo (issue 16): the referrals a duo sent in
// the period by where they went and what became of them, the support of its families stopped
// because it did not help, and the debriefs asked after its visits that are still open. A
// package made before format 3 carries none of it; the table then says so instead of zeros.

#include "exchange/SupervisionPackage.h"

#include <QTableWidget>

class DuoNetworkTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column {
        DuoName,
        Referrals,
        ToSpecialistCare,
        ToOtherFormalCare,
        ToInformalPartners,
        Declined,
        Started,
        Unanswered,
        DaysToAnswer,
        SupportStopped,
        OpenDebriefs,
        ColumnCount
    };

    explicit DuoNetworkTable(QWidget *parent = nullptr);

    // `available`: the package carries the network (SupervisionPackage::hasNetwork()).
    void setFigures(const QList<DuoFigures> &figures, bool available);
};
