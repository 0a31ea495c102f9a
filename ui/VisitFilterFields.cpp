#include "VisitFilterFields.h"

#include "domain/DomainText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

QComboBox *VisitFilterFields::duoBox(const QList<Duo> &duos)
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("duoFilter"));
    // Long duo names must not make the window wider than a laptop screen.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    box->addItem(tr("All duos"), qint64(0));
    setDuos(box, duos);
    return box;
}

void VisitFilterFields::setDuos(QComboBox *box, const QList<Duo> &duos)
{
    const qint64 chosen = box->currentData().toLongLong();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const Duo &duo : duos)
        box->addItem(duo.displayName(), duo.id);
    const int index = box->findData(chosen);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox *VisitFilterFields::statusBox()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("statusFilter"));
    box->addItem(tr("Any status"), -1);
    for (VisitStatus status :
         {VisitStatus::Planned, VisitStatus::Done, VisitStatus::Cancelled, VisitStatus::NoShow})
        box->addItem(DomainText::display(status), int(status));
    return box;
}

QDateEdit *VisitFilterFields::dateField(const QDate &date, const QDate &from, const QDate &to,
                                        const QString &name)
{
    auto *field = new QDateEdit(date);
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (from.isValid() && to.isValid())
        field->setDateRange(from, to);
    return field;
}

void VisitFilterFields::addTo(QHBoxLayout *layout, QComboBox *duos, QComboBox *statuses,
                              QDateEdit *from, QDateEdit *to)
{
    const QList<QPair<QString, QWidget *>> fields = {
        {tr("&Duo:"), duos},
        {tr("&Status:"), statuses},
        {tr("&From:"), from},
        {tr("&to", "period: from one day to another, both included"), to}};
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    }
}
