#include "DuoNetworkTable.h"

#include "FigureCells.h"
#include "ListTable.h"

#include <QHeaderView>
#include <QLocale>

DuoNetworkTable::DuoNetworkTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("duoNetwork"));
    QStringList headers{tr("Duo"),
                        tr("Referrals"),
                        tr("Specialist youth care"),
                        tr("Other formal care"),
                        tr("Informal partners"),
                        tr("Declined"),
                        tr("Care started"),
                        tr("No answer yet"),
                        tr("Days to an answer"),
                        tr("Support stopped, not helping"),
                        tr("Open debriefs")};
    for (QString &header : headers)
        header = FigureCells::twoLines(header);
    setHorizontalHeaderLabels(headers);
    const QStringList tips{
        {},
        tr("Referrals the duo sent in the period"),
        tr("Referrals to specialist youth care: fewer is the aim of duo coaching"),
        tr("Referrals to the social district team, youth care, mental health care or school "
           "support"),
        tr("Referrals to community organisations, neighbourhood help or relatives"),
        tr("Referrals the organisation declined"),
        tr("Referrals where the care began"),
        tr("Referrals still waiting for an answer on the package's last day"),
        tr("Days from sending a referral to its answer, the median of those answered"),
        tr("Support of the duo's families stopped in the period because it did not help"),
        tr("Debriefs asked after the duo's visits that had not taken place on the package's "
           "last day")};
    for (int column = 0; column < ColumnCount; ++column)
        horizontalHeaderItem(column)->setToolTip(tips.at(column));
    ListTable::setUp(this);
    setSortingEnabled(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(DuoName, QHeaderView::Stretch);
    setAccessibleName(tr("Network per duo"));
}

void DuoNetworkTable::setFigures(const QList<DuoFigures> &figures, bool available)
{
    clearSpans();
    if (!available) {
        setRowCount(1);
        setItem(0, DuoName,
                FigureCells::cell(tr("This package was made before packages carried support, "
                                     "referrals and consultations; export the period again to "
                                     "see them."),
                                  false));
        setSpan(0, 0, 1, ColumnCount);
        return;
    }
    setRowCount(int(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        const DuoFigures &f = figures.at(row);
        auto *name = FigureCells::cell(f.duo.displayName(), false);
        name->setData(Qt::UserRole, f.duo.id);
        setItem(row, DuoName, name);
        const ReferralFigures &r = f.referrals;
        const QList<std::pair<int, int>> counts{{Referrals, r.total()},
                                                {ToSpecialistCare, r.toSpecialistCare},
                                                {ToOtherFormalCare, r.toOtherFormalCare},
                                                {ToInformalPartners, r.toInformalPartners},
                                                {Declined, r.declined},
                                                {Started, r.started},
                                                {Unanswered, r.unanswered},
                                                {SupportStopped, f.supportStoppedNotHelping},
                                                {OpenDebriefs, f.openDebriefs}};
        for (const auto &[column, count] : counts)
            setItem(row, column, FigureCells::cell(QString::number(count)));
        setItem(row, DaysToAnswer,
                FigureCells::cell(r.answered > 0 ? QLocale().toString(r.medianDaysToAnswer, 'g', 3)
                                                 : QStringLiteral("–")));
    }
}
