#include "PlanVisitDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"
#include "storage/ConsentStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace {
// More would push the buttons off the screen; the rest are counted.
constexpr int ListedClashes = 6;
} // namespace

PlanVisitDialog::PlanVisitDialog(EditCommands &commands, const QList<Duo> &duos,
                                 const QDateTime &start, QWidget *parent)
    : EditDialog(commands, tr("Plan Visit"), parent), m_duos(duos)
{
    setObjectName(QStringLiteral("planVisitDialog"));
    m_duo = new QComboBox;
    m_duo->setObjectName(QStringLiteral("duo"));
    for (const Duo &duo : std::as_const(m_duos))
        m_duo->addItem(duo.displayName(), duo.id);
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("family"));
    m_family->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form()->addRow(tr("Duo:"), m_duo);
    // A duo's planner has its duo already; the choice matters only for a worker in two duos.
    form()->setRowVisible(m_duo, m_duos.size() > 1);
    form()->addRow(tr("Family:"), m_family);
    buildTimeFields(start, 60);

    m_repeat = new QComboBox;
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->addItem(tr("Does not repeat"), Once);
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(tr("Every two weeks"), EveryTwoWeeks);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(2, 104); // what a series holds (visit_series)
    m_count->setValue(6);
    form()->addRow(tr("Repeat:"), m_repeat);
    form()->addRow(tr("Number of visits:"), m_count);
    form()->setRowVisible(m_count, false);
    buildClashLabel();
    setOkText(tr("Plan"));

    connect(m_duo, &QComboBox::currentIndexChanged, this, &PlanVisitDialog::refresh);
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        updateConsentWarning();
        revalidate();
        adjustSize();
    });
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        form()->setRowVisible(m_count, m_repeat->currentData().toInt() != Once);
        refresh();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &PlanVisitDialog::refresh);
    refresh();
}

PlanVisitDialog::PlanVisitDialog(EditCommands &commands, const Visit &visit, QWidget *parent)
    : EditDialog(commands, tr("Move Visit to %1").arg(visit.caseCode), parent), m_visit(visit)
{
    setObjectName(QStringLiteral("moveVisitDialog"));
    auto *family = new QLabel(tr("%1 · %2").arg(visit.caseCode, visit.familyName));
    family->setObjectName(QStringLiteral("family"));
    auto *duo = new QLabel(visit.duoName);
    form()->addRow(tr("Family:"), family);
    form()->addRow(tr("Duo:"), duo);
    buildTimeFields(visit.start, visit.durationMinutes);
    if (visit.seriesId) {
        m_scope = new QComboBox;
        m_scope->setObjectName(QStringLiteral("scope"));
        m_scope->addItem(tr("Only this visit"), false);
        m_scope->addItem(tr("This and all following visits of the series"), true);
        form()->addRow(tr("Change:"), m_scope);
        connect(m_scope, &QComboBox::currentIndexChanged, this, &PlanVisitDialog::refresh);
    }
    buildClashLabel();
    setOkText(tr("Move"));
    refresh();
}

void PlanVisitDialog::buildTimeFields(const QDateTime &start, int durationMinutes)
{
    m_date = new QDateEdit(start.date());
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    // The weekday helps: "planned for Tuesday" is how people check a date.
    m_date->setDisplayFormat(QStringLiteral("dddd ") + QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(start.time());
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(5, 600); // as Validation::checkVisit
    m_duration->setSingleStep(15);
    m_duration->setValue(durationMinutes);
    m_duration->setSuffix(tr(" min"));
    form()->addRow(tr("Date:"), m_date);
    form()->addRow(tr("Time:"), m_time);
    form()->addRow(tr("Duration:"), m_duration);
    connect(m_date, &QDateEdit::dateChanged, this, &PlanVisitDialog::refresh);
    connect(m_time, &QTimeEdit::timeChanged, this, &PlanVisitDialog::refresh);
    connect(m_duration, &QSpinBox::valueChanged, this, &PlanVisitDialog::refresh);
}

void PlanVisitDialog::buildClashLabel()
{
    m_consentLabel = new QLabel;
    m_consentLabel->setObjectName(QStringLiteral("consentWarning"));
    m_consentLabel->setWordWrap(true);
    m_consentLabel->setTextFormat(Qt::PlainText);
    form()->addRow(m_consentLabel);
    form()->setRowVisible(m_consentLabel, false);

    m_clashLabel = new QLabel;
    m_clashLabel->setObjectName(QStringLiteral("clashes"));
    m_clashLabel->setWordWrap(true);
    m_clashLabel->setTextFormat(Qt::PlainText);
    // A warning, not an error: the amber of a caution sign, dark text on it in any theme.
    for (QLabel *label : {m_consentLabel, m_clashLabel})
        label->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4d6; color: #3d2e00; border: 1px solid #e2b53c; "
            "border-radius: 4px; padding: 6px; }"));
    form()->addRow(m_clashLabel);
    form()->setRowVisible(m_clashLabel, false);
}

QDateTime PlanVisitDialog::start() const
{
    return QDateTime(m_date->date(), QTime(m_time->time().hour(), m_time->time().minute()));
}

qint64 PlanVisitDialog::duoId() const
{
    return isMove() ? m_visit.duoId : m_duo->currentData().toLongLong();
}

bool PlanVisitDialog::following() const
{
    return m_scope && m_scope->currentData().toBool();
}

SeriesRequest PlanVisitDialog::seriesRequest() const
{
    SeriesRequest request;
    request.familyId = m_family->currentData().toLongLong();
    request.duoId = duoId();
    request.firstStart = start();
    request.durationMinutes = m_duration->value();
    request.intervalDays = m_repeat->currentData().toInt() == EveryTwoWeeks ? 14 : 7;
    request.occurrences = m_repeat->currentData().toInt() == Once ? 1 : m_count->value();
    return request;
}

void PlanVisitDialog::fillFamilies()
{
    const qint64 duo = duoId();
    const QDate day = m_date->date();
    if (duo == m_familiesOfDuo && day == m_familiesOn)
        return;
    m_familiesOfDuo = duo;
    m_familiesOn = day;
    const qint64 chosen = m_family->currentData().toLongLong();
    const QSignalBlocker quiet(m_family);
    m_family->clear();
    if (duo <= 0)
        return;
    auto families = VisitPlanner(commands().database()).familiesOf(duo, day);
    if (!families) {
        m_clashError = families.message();
        return;
    }
    for (const Family &f : families.value())
        m_family->addItem(tr("%1 · %2").arg(f.caseCode, f.familyName), f.id);
    m_family->setCurrentIndex(qMax(0, m_family->findData(chosen)));
}

void PlanVisitDialog::refresh()
{
    m_clashError.clear();
    m_clashes.clear();
    if (!isMove())
        fillFamilies();
    VisitPlanner planner(commands().database());
    Result<QList<Clash>> found = QList<Clash>();
    if (isMove())
        found = planner.moveClashes(m_visit.id, start(), m_duration->value(), following());
    else if (duoId() > 0 && m_repeat->currentData().toInt() != Once)
        found = planner.clashes(seriesRequest());
    else if (duoId() > 0)
        found = planner.clashes(duoId(), start(), m_duration->value());
    if (found)
        m_clashes = found.value();
    else if (m_clashError.isEmpty())
        m_clashError = found.message();

    if (m_clashes.isEmpty()) {
        form()->setRowVisible(m_clashLabel, false);
        setOkText(isMove() ? tr("Move") : tr("Plan"));
    } else {
        QStringList lines{tr("This clashes with what the duo already has:")};
        for (int i = 0; i < m_clashes.size() && i < ListedClashes; ++i)
            lines << QStringLiteral("• ") + m_clashes.at(i).describe();
        if (m_clashes.size() > ListedClashes)
            lines << tr("… and %1 more.").arg(m_clashes.size() - ListedClashes);
        lines << (isMove() ? tr("You can move it anyway, or change the time.")
                           : tr("You can plan it anyway, or choose another time."));
        m_clashLabel->setText(lines.join(QLatin1Char('\n')));
        form()->setRowVisible(m_clashLabel, true);
        setOkText(isMove() ? tr("Move Anyway") : tr("Plan Anyway"));
    }
    updateConsentWarning();
    revalidate();
    adjustSize();
}

QList<QDate> PlanVisitDialog::plannedDays() const
{
    if (!isMove() && m_repeat->currentData().toInt() != Once) {
        QList<QDate> days;
        for (const QDateTime &start : seriesRequest().starts())
            days << start.date();
        return days;
    }
    return {m_date->date()};
}

void PlanVisitDialog::updateConsentWarning()
{
    const qint64 family = isMove() ? m_visit.familyId : m_family->currentData().toLongLong();
    QList<QDate> without;
    if (family > 0) {
        auto days = ConsentStore(commands().database())
                        .daysWithout(family, ConsentPurpose::HomeVisits, plannedDays());
        if (days)
            without = days.value();
        else if (m_clashError.isEmpty())
            m_clashError = days.message();
    }
    if (without.isEmpty()) {
        form()->setRowVisible(m_consentLabel, false);
        return;
    }
    const int planned = int(plannedDays().size());
    const QString ask = tr("Ask for it, and record it on the family's page, before visiting.");
    m_consentLabel->setText(
        planned == 1
            ? tr("The family has no consent for home visits on %1.")
                      .arg(DisplayText::date(without.first())) +
                  QLatin1Char(' ') + ask
            : tr("The family has no consent for home visits on %1 of the %2 days planned (the "
                 "first is %3).")
                      .arg(without.size())
                      .arg(planned)
                      .arg(DisplayText::date(without.first())) +
                  QLatin1Char(' ') + ask);
    form()->setRowVisible(m_consentLabel, true);
}

EditDialog::Problem PlanVisitDialog::problem() const
{
    if (!isMove()) {
        if (duoId() <= 0)
            return {tr("There is no duo to plan for on this day."), nullptr};
        if (m_family->count() == 0)
            return {tr("The duo has no families on %1; choose another day.")
                        .arg(DisplayText::date(m_date->date())),
                    nullptr};
    }
    if (!m_clashError.isEmpty())
        return {m_clashError, nullptr};
    if (isMove() && start() == m_visit.start && m_duration->value() == m_visit.durationMinutes)
        return {tr("Choose another date, time or duration."), nullptr};
    return {};
}

Status PlanVisitDialog::save()
{
    // The user has seen the clashes listed (the button said "Anyway"); with none listed, a
    // clash that arose since is refused and shown.
    const ClashPolicy policy = m_clashes.isEmpty() ? ClashPolicy::Refuse : ClashPolicy::Allow;
    if (isMove())
        return commands().moveVisit(m_visit.id, start(), m_duration->value(), following(), policy);
    if (m_repeat->currentData().toInt() != Once) {
        auto series = commands().planSeries(seriesRequest(), policy);
        if (!series)
            return series.error();
        m_savedSeriesId = series.value();
        return {};
    }
    Visit visit;
    visit.familyId = m_family->currentData().toLongLong();
    visit.duoId = duoId();
    visit.start = start();
    visit.durationMinutes = m_duration->value();
    auto planned = commands().planVisit(visit, policy);
    if (!planned)
        return planned.error();
    m_savedVisitId = planned.value();
    return {};
}
