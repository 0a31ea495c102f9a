#include "VisitLogFilterBar.h"

#include "VisitFilterFields.h"
#include "storage/DuoStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace {
// The earliest day a log can hold: shown as "the start", it means no lower bound.
const QDate Start(2000, 1, 1);
const QDate End(2100, 12, 31);
} // namespace

VisitLogFilterBar::VisitLogFilterBar(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_mine = new QCheckBox(tr("&My visits only"));
    m_mine->setObjectName(QStringLiteral("myVisitsOnly"));
    m_mine->setToolTip(tr("Only the visits of your own duos."));
    m_mine->setVisible(false);

    m_duos = VisitFilterFields::duoBox();
    m_status = VisitFilterFields::statusBox();
    m_from = VisitFilterFields::dateField(Start, Start, End, QStringLiteral("fromFilter"));
    m_from->setSpecialValueText(tr("the start"));
    m_to =
        VisitFilterFields::dateField(QDate::currentDate(), Start, End, QStringLiteral("toFilter"));
    m_to->setToolTip(tr("The log opens at today; a later day shows the visits planned."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // m_mine is not in this row: the page puts it beside its title, so the row fits a laptop
    // screen at 150 %.
    VisitFilterFields::addTo(layout, m_duos, m_status, m_from, m_to);
    layout->addStretch();

    connect(m_mine, &QCheckBox::toggled, this, &VisitLogFilterBar::filterChanged);
    connect(m_duos, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &VisitLogFilterBar::filterChanged);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &VisitLogFilterBar::filterChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &VisitLogFilterBar::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &VisitLogFilterBar::filterChanged);
}

VisitFilter VisitLogFilterBar::filter() const
{
    VisitFilter filter;
    if (m_mine->isChecked() && m_user.kind == CurrentUser::Kind::Worker)
        filter.workerId = m_user.workerId;
    filter.duoId = m_duos->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = VisitStatus(status);
    if (m_from->date() > Start)
        filter.from = m_from->date();
    filter.to = m_to->date();
    return filter;
}

void VisitLogFilterBar::setCurrentUser(const CurrentUser &user)
{
    m_user = user;
    const bool worker = user.kind == CurrentUser::Kind::Worker;
    const QSignalBlocker mine(m_mine);
    const QSignalBlocker to(m_to);
    m_mine->setVisible(worker);
    m_mine->setChecked(worker);
    m_to->setDate(QDate::currentDate());
}

bool VisitLogFilterBar::reloadDuos()
{
    auto duos = DuoStore(m_db).all();
    if (!duos) {
        emit failed(duos.message());
        return false;
    }
    VisitFilterFields::setDuos(m_duos, duos.value());
    return true;
}
