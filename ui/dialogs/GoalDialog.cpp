#include "GoalDialog.h"

#include "ScoreBox.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/GoalStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {
QDateEdit *makeDateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // Goals and their ends are recorded after the fact, never ahead.
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}

// The Zelfredzaamheid-Matrix order, as the domains appear on the matrix itself.
const LifeDomain AllDomains[] = {
    LifeDomain::Finances,
    LifeDomain::WorkEducation,
    LifeDomain::TimeUse,
    LifeDomain::Housing,
    LifeDomain::HomeRelationships,
    LifeDomain::MentalHealth,
    LifeDomain::PhysicalHealth,
    LifeDomain::Addiction,
    LifeDomain::DailyLiving,
    LifeDomain::SocialNetwork,
    LifeDomain::CommunityParticipation,
    LifeDomain::Justice,
    LifeDomain::SelfCare,
};
} // namespace

GoalDialog::GoalDialog(EditCommands &commands, const Goal &goal, const QString &familyTitle,
                       QWidget *parent)
    : EditDialog(commands,
                 goal.id > 0 ? tr("Goal of %1").arg(familyTitle)
                             : tr("New Goal for %1").arg(familyTitle),
                 parent),
      m_goal(goal), m_familyTitle(familyTitle)
{
    setObjectName(QStringLiteral("goalDialog"));
    m_domain = new QComboBox;
    m_domain->setObjectName(QStringLiteral("lifeDomain"));
    for (LifeDomain domain : AllDomains)
        m_domain->addItem(DomainText::display(domain), int(domain));
    m_domain->setCurrentIndex(m_domain->findData(int(goal.domain)));
    m_description = new QLineEdit(goal.description);
    m_description->setObjectName(QStringLiteral("goalDescription"));
    m_description->setPlaceholderText(tr("What the family wants to reach, e.g. pays the rent on "
                                         "time"));
    m_score = new ScoreBox;
    m_score->setObjectName(QStringLiteral("startScore"));
    if (goal.id > 0)
        m_score->setScore(goal.startScore);
    // The matrix's own levels for the chosen domain, so two coaches score alike.
    m_ladder = new QLabel;
    m_ladder->setObjectName(QStringLiteral("scoreLadder"));
    m_ladder->setTextFormat(Qt::RichText);
    m_ladder->setWordWrap(true);
    m_ladder->setForegroundRole(QPalette::PlaceholderText);
    // The domain is given to the score box when it changes; a new score only shows the ladder
    // again, with the chosen level in bold.
    const auto showLadder = [this] {
        m_ladder->setText(m_score->ladder());
    };
    const auto domainChosen = [this, showLadder] {
        m_score->setDomain(LifeDomain(m_domain->currentData().toInt()));
        showLadder();
    };
    domainChosen();
    connect(m_domain, &QComboBox::currentIndexChanged, this, domainChosen);
    connect(m_score, &QComboBox::currentIndexChanged, this, showLadder);
    m_setOn = makeDateEdit(goal.setOn);
    m_setOn->setObjectName(QStringLiteral("setOn"));
    m_endedOn = makeDateEdit(QDate::currentDate());
    m_endedOn->setObjectName(QStringLiteral("endedOn"));

    form()->addRow(tr("Life domain:"), m_domain);
    form()->addRow(tr("Goal:"), m_description);
    form()->addRow(tr("Score at the start:"), m_score);
    form()->addRow(QString(), m_ladder);
    form()->addRow(tr("Set on:"), m_setOn);
    form()->addRow(tr("Last day worked on:"), m_endedOn);
    form()->setRowVisible(m_endedOn, false);
    setOkText(goal.id > 0 ? tr("Save") : tr("Add Goal"));
    setMinimumWidth(520);

    connect(m_description, &QLineEdit::textChanged, this, &GoalDialog::revalidate);
    connect(m_score, &QComboBox::currentIndexChanged, this, &GoalDialog::revalidate);
    connect(m_setOn, &QDateEdit::dateChanged, this, &GoalDialog::revalidate);
    connect(m_endedOn, &QDateEdit::dateChanged, this, &GoalDialog::revalidate);
    revalidate();
}

void GoalDialog::startEnding()
{
    m_ending = true;
    setWindowTitle(tr("End a Goal of %1").arg(m_familyTitle));
    for (QWidget *field : {static_cast<QWidget *>(m_domain), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_score), static_cast<QWidget *>(m_setOn)})
        field->setEnabled(false);
    form()->setRowVisible(m_endedOn, true);
    m_endedOn->setMinimumDate(m_goal.setOn);
    setOkText(tr("End Goal"));
    m_endedOn->setFocus();
    revalidate();
}

Goal GoalDialog::goal() const
{
    Goal g = m_goal;
    g.domain = LifeDomain(m_domain->currentData().toInt());
    g.description = m_description->text().trimmed();
    g.startScore = m_score->score();
    g.setOn = m_setOn->date();
    return g;
}

EditDialog::Problem GoalDialog::problem() const
{
    if (m_ending) {
        if (m_endedOn->date() < m_goal.setOn)
            return {tr("The goal cannot end before the day it was set."), nullptr};
        return {};
    }
    const Goal g = goal();
    if (g.description.isEmpty())
        return {Validation::checkGoal(g), nullptr};
    if (g.startScore == 0)
        return {tr("Choose the score the family starts from on this goal."), nullptr};
    return {Validation::checkGoal(g), nullptr};
}

Status GoalDialog::save()
{
    if (m_ending)
        return commands().endGoal(m_goal.id, m_endedOn->date());
    const Goal g = goal();
    if (g.id > 0)
        return commands().editGoal(g);
    auto added = commands().addGoal(g);
    if (!added)
        return added.error();
    m_goal.id = added.value();
    return {};
}

Status GoalDialog::reload()
{
    auto stored = GoalStore(commands().database()).get(m_goal.id);
    if (!stored)
        return stored.error();
    m_goal = stored.value();
    m_domain->setCurrentIndex(m_domain->findData(int(m_goal.domain)));
    m_description->setText(m_goal.description);
    m_score->setScore(m_goal.startScore);
    m_setOn->setDate(m_goal.setOn);
    return {};
}
