#include "ReviewFilterBar.h"

#include "domain/DomainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace {
QDateEdit *dateField(const QDate &date, const QDate &from, const QDate &to, const QString &name)
{
    auto *field = new QDateEdit(date);
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (from.isValid() && to.isValid())
        field->setDateRange(from, to);
    return field;
}
} // namespace

ReviewFilterBar::ReviewFilterBar(const QList<Duo> &duos, const QDate &from, const QDate &to,
                                 QWidget *parent)
    : QWidget(parent)
{
    m_duos = new QComboBox;
    m_duos->setObjectName(QStringLiteral("duoFilter"));
    // Long duo names must not make the window wider than a laptop screen.
    m_duos->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_duos->setMinimumContentsLength(18);
    m_duos->addItem(tr("All duos"), qint64(0));
    for (const Duo &duo : duos)
        m_duos->addItem(duo.displayName(), duo.id);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (VisitStatus status :
         {VisitStatus::Planned, VisitStatus::Done, VisitStatus::Cancelled, VisitStatus::NoShow})
        m_status->addItem(DomainText::display(status), int(status));

    m_from = dateField(from, from, to, QStringLiteral("fromFilter"));
    m_to = dateField(to, from, to, QStringLiteral("toFilter"));
    m_concerns = new QCheckBox(tr("Only with safety &concerns"));
    m_concerns->setObjectName(QStringLiteral("concernsFilter"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("visitCount"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *duoLabel = new QLabel(tr("&Duo:"));
    duoLabel->setBuddy(m_duos);
    auto *statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_status);
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to", "period: from one day to another, both included"));
    toLabel->setBuddy(m_to);
    for (QWidget *widget : {static_cast<QWidget *>(duoLabel), static_cast<QWidget *>(m_duos),
                            static_cast<QWidget *>(statusLabel), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(fromLabel), static_cast<QWidget *>(m_from),
                            static_cast<QWidget *>(toLabel), static_cast<QWidget *>(m_to),
                            static_cast<QWidget *>(m_concerns)})
        layout->addWidget(widget);
    layout->addStretch();
    layout->addWidget(m_count);

    auto changed = [this] {
        emit filterChanged(filter());
    };
    connect(m_duos, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_concerns, &QCheckBox::toggled, this, changed);
}

PackageVisitFilter ReviewFilterBar::filter() const
{
    PackageVisitFilter filter;
    filter.duoId = m_duos->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = VisitStatus(status);
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.onlyWithSafetyConcerns = m_concerns->isChecked();
    return filter;
}

void ReviewFilterBar::setCount(int shown, int total)
{
    m_count->setText(shown == total ? tr("%n visit(s)", nullptr, total)
                                    : tr("%1 of %n visit(s)", nullptr, total).arg(shown));
}
