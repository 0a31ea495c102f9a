#include "VisitLogFilterBar.h"

#include "domain/DomainText.h"
#include "storage/DuoStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace {
// The earliest day a log can hold: shown as "the start", it means no lower bound.
const QDate Start(2000, 1, 1);

QDateEdit *dateField(const QDate &date, const QString &name)
{
    auto *field = new QDateEdit(date);
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    field->setDateRange(Start, QDate(2100, 12, 31));
    return field;
}
} // namespace

VisitLogFilterBar::VisitLogFilterBar(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_mine = new QCheckBox(tr("&My visits only"));
    m_mine->setObjectName(QStringLiteral("myVisitsOnly"));
    m_mine->setToolTip(tr("Only the visits of your own duos."));
    m_mine->setVisible(false);

    m_duos = new QComboBox;
    m_duos->setObjectName(QStringLiteral("duoFilter"));
    // Long duo names must not make the window wider than a laptop screen.
    m_duos->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_duos->setMinimumContentsLength(14);
    m_duos->addItem(tr("All duos"), qint64(0));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (VisitStatus status :
         {VisitStatus::Planned, VisitStatus::Done, VisitStatus::Cancelled, VisitStatus::NoShow})
        m_status->addItem(DomainText::display(status), int(status));

    m_from = dateField(Start, QStringLiteral("fromFilter"));
    m_from->setSpecialValueText(tr("the start"));
    m_to = dateField(QDate::currentDate(), QStringLiteral("toFilter"));
    m_to->setToolTip(tr("The log opens at today; a later day shows the visits planned."));

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
    // m_mine is not in this row: the page puts it beside its title, so the row fits a laptop
    // screen at 150 %.
    for (QWidget *widget : {static_cast<QWidget *>(duoLabel), static_cast<QWidget *>(m_duos),
                            static_cast<QWidget *>(statusLabel), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(fromLabel), static_cast<QWidget *>(m_from),
                            static_cast<QWidget *>(toLabel), static_cast<QWidget *>(m_to)})
        layout->addWidget(widget);
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
    const qint64 chosen = m_duos->currentData().toLongLong();
    const QSignalBlocker quiet(m_duos);
    while (m_duos->count() > 1)
        m_duos->removeItem(1);
    for (const Duo &duo : std::as_const(duos.value()))
        m_duos->addItem(duo.displayName(), duo.id);
    const int index = m_duos->findData(chosen);
    m_duos->setCurrentIndex(index < 0 ? 0 : index);
    return true;
}
