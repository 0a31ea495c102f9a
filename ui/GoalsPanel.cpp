#include "GoalsPanel.h"

#include "DisplayText.h"
#include "GoalChart.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/ScoreBox.h"
#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"
#include "storage/EvaluationStore.h"
#include "storage/GoalStore.h"

#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// How sure the answer to "does it help?" sounds: the colours the family status uses for
// active, referred and (a warmer) red, so "no" is seen before it is read.
QString helpsColour(Helps helps)
{
    switch (helps) {
    case Helps::Yes:
        return QStringLiteral("#1a7f37");
    case Helps::Partly:
        return QStringLiteral("#9a6700");
    case Helps::No:
        return QStringLiteral("#b03a2e");
    }
    return {};
}

bool workedOnToday(const Goal &goal)
{
    const QDate today = QDate::currentDate();
    return goal.setOn <= today && (goal.endedOn.isNull() || goal.endedOn >= today);
}
} // namespace

GoalsPanel::GoalsPanel(Database &db, QWidget *parent) : QGroupBox(tr("Goals"), parent), m_db(db)
{
    setObjectName(QStringLiteral("goalsPanel"));
    m_addGoal = new QPushButton(tr("Add Goal…"));
    m_addGoal->setObjectName(QStringLiteral("addGoal"));
    m_evaluate = new QPushButton(tr("Evaluate…"));
    m_evaluate->setObjectName(QStringLiteral("evaluate"));
    m_addGoal->hide(); // until setCommands(): a read-only panel offers no edits
    m_evaluate->hide();
    connect(m_addGoal, &QPushButton::clicked, this, &GoalsPanel::addGoal);
    connect(m_evaluate, &QPushButton::clicked, this, &GoalsPanel::evaluate);

    m_empty = new QLabel(tr("No goals yet. A goal is agreed with the family, in one of the life "
                            "domains, with the score it starts from."));
    m_empty->setObjectName(QStringLiteral("noGoals"));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_evaluation = new QLabel;
    m_evaluation->setObjectName(QStringLiteral("latestEvaluation"));
    m_evaluation->setWordWrap(true);
    m_evaluation->setTextFormat(Qt::RichText);
    m_evaluation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addGoal);
    buttons->addWidget(m_evaluate);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addSpacing(4);
    layout->addWidget(m_evaluation);
}

void GoalsPanel::setCommands(EditCommands *commands)
{
    m_commands = commands;
    m_addGoal->show();
    m_evaluate->show();
    connect(commands->notifier(), &ChangeNotifier::goalsChanged, this, [this](qint64 familyId) {
        if (familyId == m_familyId)
            refresh();
    });
    connect(commands, &QObject::destroyed, this, [this] {
        m_commands = nullptr;
        m_addGoal->hide();
        m_evaluate->hide();
    });
    for (const Row &row : std::as_const(m_rows))
        row.frame->setToolTip(tr("Double-click to correct the goal; right-click to end it."));
}

QList<qint64> GoalsPanel::goalIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        if (!row.frame->isHidden())
            ids << row.goalId;
    return ids;
}

GoalChart *GoalsPanel::chartOf(qint64 goalId) const
{
    QWidget *row = rowOf(goalId);
    return row ? row->findChild<GoalChart *>() : nullptr;
}

QWidget *GoalsPanel::rowOf(qint64 goalId) const
{
    for (const Row &row : m_rows)
        if (!row.frame->isHidden() && row.goalId == goalId)
            return row.frame;
    return nullptr;
}

GoalsPanel::Row &GoalsPanel::rowAt(int index)
{
    while (m_rows.size() <= index) {
        Row row;
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::NoFrame);
        row.frame = frame;
        row.text = new QLabel;
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::RichText);
        row.text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.chart = new GoalChart;
        auto *layout = new QHBoxLayout(frame);
        layout->setContentsMargins(0, 2, 0, 2);
        // The words get a little more room than the line: the description wraps, the chart
        // only gets narrower.
        layout->addWidget(row.text, 5);
        layout->addWidget(row.chart, 4);
        frame->setContextMenuPolicy(Qt::CustomContextMenu);
        frame->installEventFilter(this);
        const int place = int(m_rows.size());
        connect(frame, &QWidget::customContextMenuRequested, this,
                [this, place](const QPoint &position) {
                    const Row &shown = m_rows.at(place);
                    goalMenu(shown.goalId, shown.frame->mapToGlobal(position));
                });
        if (m_commands)
            frame->setToolTip(tr("Double-click to correct the goal; right-click to end it."));
        m_rowsLayout->addWidget(frame);
        m_rows << row;
    }
    return m_rows[index];
}

bool GoalsPanel::showFamily(qint64 familyId, const QString &familyTitle)
{
    m_familyId = familyId;
    m_familyTitle = familyTitle;
    QList<Goal> goals;
    QHash<qint64, QList<ScorePoint>> history;
    QList<Evaluation> evaluations;
    if (familyId > 0) {
        EvaluationStore store(m_db);
        auto g = GoalStore(m_db).forFamily(familyId);
        auto h = g ? store.history(familyId) : Result<QHash<qint64, QList<ScorePoint>>>(g.error());
        auto e = h ? store.forFamily(familyId) : Result<QList<Evaluation>>(h.error());
        if (!e) {
            emit failed(e.message());
            m_familyId = 0;
            goals.clear();
        } else {
            goals = g.value();
            history = h.value();
            evaluations = e.value();
        }
    }

    // One date range for every chart, from the first goal to today (or the last score).
    QDate from = QDate::currentDate();
    QDate to = QDate::currentDate();
    for (const Goal &goal : std::as_const(goals)) {
        from = qMin(from, goal.setOn);
        const QList<ScorePoint> points = history.value(goal.id);
        if (!points.isEmpty())
            to = qMax(to, points.constLast().on);
    }
    // A goal set today still gets a readable axis instead of one point on a single day.
    if (from.daysTo(to) < 28)
        from = to.addDays(-28);

    int active = 0;
    bool canEvaluate = false;
    for (int i = 0; i < goals.size(); ++i) {
        const Goal &goal = goals.at(i);
        const QList<ScorePoint> points = history.value(goal.id);
        const int latest = points.isEmpty() ? goal.startScore : points.constLast().score;
        const bool ended = goal.endedOn.isValid();
        active += ended ? 0 : 1;
        canEvaluate = canEvaluate || workedOnToday(goal);
        Row &row = rowAt(i);
        row.goalId = goal.id;
        row.frame->setObjectName(QStringLiteral("goal_%1").arg(goal.id));
        const QString state = ended ? tr("Ended on %1 at %2")
                                          .arg(DisplayText::date(goal.endedOn),
                                               ScoreBox::text(latest).toHtmlEscaped())
                                    : tr("Now %1").arg(ScoreBox::text(latest).toHtmlEscaped());
        const QString start =
            tr("(start: %1 on %2)").arg(goal.startScore).arg(DisplayText::date(goal.setOn));
        row.text->setText(QStringLiteral("<span style='color:#57606a'>%1</span><br>"
                                         "<b>%2</b><br>%3 %4")
                              .arg(DomainText::display(goal.domain).toHtmlEscaped(),
                                   goal.description.toHtmlEscaped(), state, start.toHtmlEscaped()));
        // An ended goal steps back: greyed like the pane's other "no longer" texts.
        row.text->setEnabled(!ended);
        row.chart->setScores(points, from, to, ended);
        row.frame->show();
    }
    for (int i = int(goals.size()); i < m_rows.size(); ++i)
        m_rows[i].frame->hide();

    setTitle(goals.isEmpty() ? tr("Goals")
             : active == goals.size()
                 ? tr("Goals (%1)").arg(goals.size())
                 : tr("Goals (%1 worked on, %2 ended)").arg(active).arg(goals.size() - active));
    m_empty->setVisible(goals.isEmpty());

    if (evaluations.isEmpty()) {
        m_evaluation->setText(goals.isEmpty() ? QString()
                                              : tr("<i>No interim evaluation yet.</i>"));
        m_evaluation->setEnabled(false);
    } else {
        const Evaluation &latest = evaluations.constFirst();
        const QString heading =
            evaluations.size() == 1
                ? tr("<b>Interim evaluation</b> of %1").arg(DisplayText::date(latest.heldOn))
                : tr("<b>Latest interim evaluation</b> of %1 (%2 in all)")
                      .arg(DisplayText::date(latest.heldOn))
                      .arg(evaluations.size());
        m_evaluation->setText(
            tr("%1<br>Does the support help? <b style='color:%2'>%3</b> · Decision: <b>%4</b><br>"
               "%5")
                .arg(heading, helpsColour(latest.helps),
                     DomainText::display(latest.helps).toHtmlEscaped(),
                     DomainText::display(latest.decision).toHtmlEscaped(),
                     latest.reason.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                           QLatin1String("<br>"))));
        m_evaluation->setEnabled(true);
    }
    m_evaluation->setVisible(!m_evaluation->text().isEmpty());

    m_addGoal->setEnabled(m_familyId > 0);
    m_evaluate->setEnabled(canEvaluate);
    m_evaluate->setToolTip(canEvaluate ? tr("Score each goal and decide: continue, adjust or stop.")
                                       : tr("An evaluation scores the goals worked on: add a goal "
                                            "first."));
    return m_familyId == familyId;
}

void GoalsPanel::refresh()
{
    showFamily(m_familyId, m_familyTitle);
}

bool GoalsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.frame == watched) {
                editGoal(row.goalId);
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void GoalsPanel::goalMenu(qint64 goalId, const QPoint &globalPosition)
{
    if (!m_commands)
        return;
    auto goal = GoalStore(m_db).get(goalId);
    if (!goal)
        return report(tr("Goal"), goal.message());
    QMenu menu(this);
    menu.addAction(tr("Correct Goal…"), this, [this, goalId] { editGoal(goalId); });
    if (goal->endedOn.isValid())
        menu.addAction(tr("Work on It Again"), this, [this, goalId] { reopenGoal(goalId); });
    else
        menu.addAction(tr("End Goal…"), this, [this, goalId] { endGoal(goalId); });
    menu.addSeparator();
    menu.addAction(m_addGoal->text(), this, &GoalsPanel::addGoal);
    menu.exec(globalPosition);
}

void GoalsPanel::report(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
}

void GoalsPanel::addGoal()
{
    if (!m_commands || m_familyId == 0)
        return;
    Goal goal;
    goal.familyId = m_familyId;
    goal.setOn = QDate::currentDate();
    auto *dialog = new GoalDialog(*m_commands, goal, m_familyTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPanel::evaluate()
{
    if (!m_commands || m_familyId == 0)
        return;
    auto *dialog = new EvaluationDialog(*m_commands, m_familyId, m_familyTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPanel::editGoal(qint64 goalId)
{
    if (!m_commands)
        return;
    auto goal = GoalStore(m_db).get(goalId);
    if (!goal)
        return report(tr("Correct Goal"), goal.message());
    auto *dialog = new GoalDialog(*m_commands, goal.value(), m_familyTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GoalsPanel::endGoal(qint64 goalId)
{
    if (!m_commands)
        return;
    auto goal = GoalStore(m_db).get(goalId);
    if (!goal)
        return report(tr("End Goal"), goal.message());
    auto *dialog = new GoalDialog(*m_commands, goal.value(), m_familyTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startEnding();
    dialog->open();
}

void GoalsPanel::reopenGoal(qint64 goalId)
{
    if (!m_commands)
        return;
    if (Status reopened = m_commands->reopenGoal(goalId); !reopened)
        report(tr("Work on It Again"), reopened.message());
}
