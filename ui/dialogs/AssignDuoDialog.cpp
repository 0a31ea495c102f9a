#include "AssignDuoDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "services/Matcher.h"
#include "storage/AssignmentStore.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace {
QString signedPoints(int points)
{
    return points > 0 ? QLatin1Char('+') + QString::number(points) : QString::number(points);
}
} // namespace

AssignDuoDialog::AssignDuoDialog(EditCommands &commands, const Family &family, QWidget *parent)
    : EditDialog(commands, tr("Assign a Duo to %1").arg(family.caseCode), parent), m_family(family)
{
    setObjectName(QStringLiteral("assignDuoDialog"));
    QStringList facts;
    facts << (family.district.isEmpty()
                  ? family.city
                  : tr("%1, %2", "district, city").arg(family.district, family.city));
    if (!family.homeLanguages.isEmpty())
        facts << tr("speaks %1 at home").arg(Languages::names(family.homeLanguages));
    if (family.preferredGender != GenderWish::None)
        facts << tr("trusted person wished: %1").arg(DomainText::display(family.preferredGender));
    facts.removeAll(QString());
    m_summary =
        new QLabel(tr("<b>%1 · %2</b><br>%3")
                       .arg(family.caseCode.toHtmlEscaped(), family.familyName.toHtmlEscaped(),
                            facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_summary->setWordWrap(true);
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("currentDuo"));
    m_current->setWordWrap(true);

    m_start = new QDateEdit(QDate::currentDate());
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_candidates = new QTreeWidget;
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setColumnCount(2);
    m_candidates->setHeaderLabels({tr("Duo and reasons"), tr("Points")});
    m_candidates->setRootIsDecorated(true);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(DuoColumn, QHeaderView::Stretch);
    m_candidates->header()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_candidates->setMinimumHeight(320);

    form()->addRow(m_summary);
    form()->addRow(m_current);
    form()->addRow(tr("Starts on:"), m_start);
    form()->addRow(m_candidates);
    setOkText(tr("Assign Duo"));
    setMinimumWidth(620);

    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        rank();
        revalidate();
    });
    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, &AssignDuoDialog::revalidate);
    // A double click on a duo is the same as choosing it and pressing the button.
    connect(m_candidates, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && !item->parent())
            accept();
    });
    rank();
    revalidate();
}

void AssignDuoDialog::rank()
{
    const qint64 chosen = chosenDuoId();
    const QDate day = m_start->date();
    m_candidates->clear();
    m_rankingProblem.clear();
    auto current = AssignmentStore(commands().database()).current(m_family.id, day);
    m_currentDuo = current && current.value() ? current.value()->duoId : 0;
    if (current && current.value())
        m_current->setText(
            tr("Current duo: %1, since %2.")
                .arg(current.value()->duoName, DisplayText::date(current.value()->from)));
    else
        m_current->setText(tr("The family has no duo on this day."));

    auto ranking = Matcher(commands().database()).rank(m_family, day);
    if (!ranking) {
        m_rankingProblem = ranking.message();
        return;
    }
    if (ranking->isEmpty()) {
        m_rankingProblem = tr("No duo works together on this day; form a duo first.");
        return;
    }
    int position = 0;
    for (const MatchCandidate &candidate : ranking.value()) {
        QTreeWidgetItem *item = addCandidate(++position, candidate);
        // The best few and the current duo open with their reasons; the rest on request.
        item->setExpanded(position <= 3 || candidate.duo.id == m_currentDuo);
        if (candidate.duo.id == chosen)
            m_candidates->setCurrentItem(item);
    }
}

QTreeWidgetItem *AssignDuoDialog::addCandidate(int position, const MatchCandidate &candidate)
{
    auto *item = new QTreeWidgetItem(m_candidates);
    const bool current = candidate.duo.id == m_currentDuo;
    item->setText(DuoColumn,
                  current
                      ? tr("%1. %2 — current duo").arg(position).arg(candidate.duo.displayName())
                      : tr("%1. %2").arg(position).arg(candidate.duo.displayName()));
    item->setText(ScoreColumn, QString::number(candidate.score));
    item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(DuoColumn, DuoIdRole, candidate.duo.id);
    QFont font = item->font(DuoColumn);
    font.setBold(true);
    item->setFont(DuoColumn, font);
    item->setFont(ScoreColumn, font);
    for (const MatchReason &reason : candidate.reasons) {
        auto *line = new QTreeWidgetItem(item);
        line->setText(DuoColumn, reason.text);
        line->setText(ScoreColumn, signedPoints(reason.points));
        line->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        line->setToolTip(DuoColumn, reason.text);
        // Reasons against a duo stand out: a violated gender wish can decide the visit.
        if (reason.points < 0)
            line->setForeground(ScoreColumn, QColor(0xb0, 0x3a, 0x2e));
        line->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    return item;
}

QList<qint64> AssignDuoDialog::rankedDuoIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_candidates->topLevelItemCount(); ++row)
        ids << m_candidates->topLevelItem(row)->data(DuoColumn, DuoIdRole).toLongLong();
    return ids;
}

qint64 AssignDuoDialog::chosenDuoId() const
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item || !item->isSelected())
        return 0;
    // A reason line stands for the duo it explains.
    if (item->parent())
        item = item->parent();
    return item->data(DuoColumn, DuoIdRole).toLongLong();
}

EditDialog::Problem AssignDuoDialog::problem() const
{
    if (!m_rankingProblem.isEmpty())
        return {m_rankingProblem, nullptr};
    const qint64 chosen = chosenDuoId();
    if (chosen == 0)
        return {tr("Choose a duo in the list."), nullptr};
    if (chosen == m_currentDuo)
        return {tr("This duo already works with the family."), nullptr};
    return {};
}

Status AssignDuoDialog::save()
{
    return commands().assignDuo(m_family.id, chosenDuoId(), m_start->date());
}
