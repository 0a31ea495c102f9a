#include "EvaluationDialog.h"

#include "ScoreBox.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/EvaluationStore.h"
#include "storage/GoalStore.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace {
QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

// A row of radio buttons, one per value, none checked; each button's id is the value.
template <typename Enum>
QWidget *makeChoices(QButtonGroup *group, std::initializer_list<Enum> values,
                     const QString &objectPrefix)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Enum value : values) {
        auto *button = new QRadioButton(DomainText::display(value));
        button->setObjectName(objectPrefix + DomainText::code(value));
        group->addButton(button, int(value));
        layout->addWidget(button);
    }
    layout->addStretch();
    return row;
}
} // namespace

EvaluationDialog::EvaluationDialog(EditCommands &commands, qint64 familyId,
                                   const QString &familyTitle, QWidget *parent)
    : EditDialog(commands, tr("Interim Evaluation of %1").arg(familyTitle), parent),
      m_familyId(familyId)
{
    setObjectName(QStringLiteral("evaluationDialog"));

    // What the form checks as you type: the scores so far and the days already evaluated.
    EvaluationStore store(commands.database());
    auto history = store.history(familyId);
    auto earlier = store.forFamily(familyId);
    if (!history || !earlier) {
        m_loadProblem = !history ? history.message() : earlier.message();
    } else {
        for (auto it = history->cbegin(); it != history->cend(); ++it)
            if (!it.value().isEmpty())
                m_previousScores.insert(it.key(), it.value().constLast().score);
        for (const Evaluation &e : earlier.value())
            m_evaluatedOn << e.heldOn;
    }

    m_heldOn = new QDateEdit(QDate::currentDate());
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_heldOn->setMaximumDate(QDate::currentDate());

    auto *scoresBox = new QGroupBox(tr("Score of each goal"));
    scoresBox->setObjectName(QStringLiteral("goalScores"));
    auto *scoresLayout = new QVBoxLayout(scoresBox);
    auto *legend = new QLabel(tr("From 1, acute problems, to 5, fully self-reliant, as on the "
                                 "Zelfredzaamheid-Matrix."));
    legend->setWordWrap(true);
    legend->setEnabled(false);
    m_noGoals = new QLabel;
    m_noGoals->setWordWrap(true);
    m_goalGrid = new QGridLayout;
    m_goalGrid->setColumnStretch(0, 1);
    m_goalGrid->setHorizontalSpacing(12);
    scoresLayout->addWidget(legend);
    scoresLayout->addLayout(m_goalGrid);
    scoresLayout->addWidget(m_noGoals);

    m_helps = new QButtonGroup(this);
    QWidget *helpsRow =
        makeChoices(m_helps, {Helps::Yes, Helps::Partly, Helps::No}, QStringLiteral("helps_"));
    m_decision = new QButtonGroup(this);
    QWidget *decisionRow =
        makeChoices(m_decision, {Decision::Continue, Decision::Adjust, Decision::Stop},
                    QStringLiteral("decision_"));
    m_stopNote = new QLabel(tr("Stopping ends the goals scored here on this day; their scores "
                               "stay. Closing the family's file is a step of its own."));
    m_stopNote->setObjectName(QStringLiteral("stopNote"));
    m_stopNote->setWordWrap(true);
    m_stopNote->setEnabled(false);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why this decision: what helped, what did not"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    form()->addRow(tr("Held on:"), m_heldOn);
    form()->addRow(scoresBox);
    form()->addRow(tr("Does the support help?"), helpsRow);
    form()->addRow(tr("Decision:"), decisionRow);
    form()->addRow(QString(), m_stopNote);
    form()->addRow(tr("Reason:"), m_reason);
    form()->setRowVisible(m_stopNote, false);
    setOkText(tr("Save Evaluation"));
    setMinimumWidth(620);

    connect(m_heldOn, &QDateEdit::dateChanged, this, [this] {
        listGoals();
        revalidate();
    });
    connect(m_helps, &QButtonGroup::idToggled, this, &EvaluationDialog::revalidate);
    connect(m_decision, &QButtonGroup::idToggled, this, [this] {
        form()->setRowVisible(m_stopNote, m_decision->checkedId() == int(Decision::Stop));
        revalidate();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EvaluationDialog::revalidate);
    listGoals();
    revalidate();
}

void EvaluationDialog::listGoals()
{
    for (auto it = m_scoreFields.cbegin(); it != m_scoreFields.cend(); ++it)
        if (it.value()->score() > 0)
            m_chosen.insert(it.key(), it.value()->score());
    while (QLayoutItem *item = m_goalGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_scoreFields.clear();
    m_goals.clear();

    auto goals = GoalStore(commands().database()).activeOn(m_familyId, m_heldOn->date());
    if (!goals) {
        m_loadProblem = goals.message();
        return;
    }
    m_goals = goals.value();
    int row = 0;
    for (const Goal &goal : std::as_const(m_goals)) {
        auto *name = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                    .arg(DomainText::display(goal.domain).toHtmlEscaped(),
                                         goal.description.toHtmlEscaped()));
        name->setWordWrap(true);
        auto *before = new QLabel;
        before->setEnabled(false);
        if (m_previousScores.contains(goal.id))
            before->setText(tr("was %1").arg(m_previousScores.value(goal.id)));
        auto *score = new ScoreBox;
        score->setObjectName(QStringLiteral("score_%1").arg(goal.id));
        score->setDomain(goal.domain); // each score's tooltip: what it means in this domain
        score->setScore(m_chosen.value(goal.id));
        connect(score, &QComboBox::currentIndexChanged, this, &EvaluationDialog::revalidate);
        m_goalGrid->addWidget(name, row, 0);
        m_goalGrid->addWidget(before, row, 1);
        m_goalGrid->addWidget(score, row, 2);
        m_scoreFields.insert(goal.id, score);
        ++row;
    }
    m_noGoals->setText(tr("No goals were worked on on %1. Add a goal first, or choose another "
                          "day.")
                           .arg(shortDate(m_heldOn->date())));
    m_noGoals->setVisible(m_goals.isEmpty());
}

QRadioButton *EvaluationDialog::helpsButton(Helps helps) const
{
    return qobject_cast<QRadioButton *>(m_helps->button(int(helps)));
}

QRadioButton *EvaluationDialog::decisionButton(Decision decision) const
{
    return qobject_cast<QRadioButton *>(m_decision->button(int(decision)));
}

Evaluation EvaluationDialog::evaluation() const
{
    Evaluation e;
    e.familyId = m_familyId;
    e.heldOn = m_heldOn->date();
    for (const Goal &goal : m_goals)
        e.scores << GoalScore{goal.id, m_scoreFields.value(goal.id)->score()};
    if (m_helps->checkedId() >= 0)
        e.helps = Helps(m_helps->checkedId());
    if (m_decision->checkedId() >= 0)
        e.decision = Decision(m_decision->checkedId());
    e.reason = m_reason->toPlainText().trimmed();
    return e;
}

EditDialog::Problem EvaluationDialog::problem() const
{
    if (!m_loadProblem.isEmpty())
        return {m_loadProblem, nullptr};
    const QDate day = m_heldOn->date();
    if (m_evaluatedOn.contains(day))
        return {tr("The family already has an evaluation on %1.").arg(shortDate(day)), nullptr};
    if (m_goals.isEmpty())
        return {tr("The family had no goals on %1: an evaluation scores the goals, so add a goal "
                   "first.")
                    .arg(shortDate(day)),
                nullptr};
    for (const Goal &goal : m_goals)
        if (m_scoreFields.value(goal.id)->score() == 0)
            return {tr("The goal \"%1\" needs a score.").arg(GoalStore::shortDescription(goal)),
                    nullptr};
    if (m_helps->checkedId() < 0)
        return {tr("Choose whether the support helps: yes, partly or no."), nullptr};
    if (m_decision->checkedId() < 0)
        return {tr("Choose the decision: continue, adjust or stop."), nullptr};
    return {Validation::checkEvaluation(evaluation()), nullptr};
}

Status EvaluationDialog::save()
{
    auto added = commands().addEvaluation(evaluation());
    if (!added)
        return added.error();
    m_savedId = added.value();
    return {};
}
