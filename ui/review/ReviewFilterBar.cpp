#include "ReviewFilterBar.h"

#include "VisitFilterFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

ReviewFilterBar::ReviewFilterBar(const QList<Duo> &duos, const QDate &from, const QDate &to,
                                 QWidget *parent)
    : QWidget(parent)
{
    m_duos = VisitFilterFields::duoBox(duos);
    m_duos->setMinimumContentsLength(18);
    m_status = VisitFilterFields::statusBox();
    m_from = VisitFilterFields::dateField(from, from, to, QStringLiteral("fromFilter"));
    m_to = VisitFilterFields::dateField(to, from, to, QStringLiteral("toFilter"));
    m_concerns = new QCheckBox(tr("Only with safety &concerns"));
    m_concerns->setObjectName(QStringLiteral("concernsFilter"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("visitCount"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    VisitFilterFields::addTo(layout, m_duos, m_status, m_from, m_to);
    layout->addWidget(m_concerns);
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
