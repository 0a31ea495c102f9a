#include "VisitReportDialog.h"

#include "DisplayText.h"
#include "SupervisionNotesBox.h"
#include "VisitNetworkBox.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/FollowUpStore.h"
#include "storage/VisitStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// A text field a few lines high: reports are short, and the whole form fits on a laptop.
QPlainTextEdit *makeText(const QString &objectName, int lines, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * line + 2 * edit->frameWidth() + 10);
    return edit;
}

QGroupBox *makeBox(const QString &title, QLayout *content)
{
    auto *box = new QGroupBox(title);
    box->setLayout(content);
    return box;
}

const QList<LifeDomain> &allDomains()
{
    static const QList<LifeDomain> domains{LifeDomain::Finances,
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
                                           LifeDomain::SelfCare};
    return domains;
}
} // namespace

VisitReportDialog::VisitReportDialog(EditCommands &commands, qint64 visitId,
                                     const CurrentUser &user, QWidget *parent)
    : EditDialog(commands, tr("Visit Report"), parent), m_user(user)
{
    setObjectName(QStringLiteral("visitReportDialog"));
    const bool loaded = load(visitId);
    if (loaded)
        setWindowTitle(m_correcting ? tr("Visit Report of %1").arg(m_visit.caseCode)
                                    : tr("Mark Visit Done: %1").arg(m_visit.caseCode));

    auto *heading = new QLabel;
    heading->setObjectName(QStringLiteral("visitHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    if (loaded)
        heading->setText(tr("<b>%1 · %2</b><br>%3, %4 · %5")
                             .arg(m_visit.caseCode.toHtmlEscaped(),
                                  m_visit.familyName.toHtmlEscaped(),
                                  DisplayText::dateTime(m_visit.start),
                                  DisplayText::duration(m_visit.durationMinutes),
                                  m_visit.duoName.toHtmlEscaped()));

    // Two columns: what happened on the left, what comes next on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(buildPresence());
    left->addWidget(buildTasks());
    left->addWidget(buildTopics());
    left->addWidget(buildGoals());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(buildNotes());
    right->addWidget(buildFollowUps(), 1);
    right->addWidget(buildConfidential());
    // Support and referrals the visit brought up, each saved as its own step.
    if (loaded && m_duo.id > 0)
        right->addWidget(new VisitNetworkBox(commands, m_visit, m_duo, m_user.workerId));
    // After a heavy visit the one writing, of the duo, may ask for a debrief with the report.
    m_askDebrief = new QCheckBox(tr("Ask for a debrief after this heavy visit"));
    m_askDebrief->setObjectName(QStringLiteral("askDebrief"));
    m_askDebrief->setToolTip(tr("The coordinator sees the request and records that the debrief "
                                "took place, never what was said."));
    m_askDebrief->setVisible(
        loaded && !m_correcting && m_duo.id > 0 &&
        (m_user.isWorker(m_duo.trustedPersonId) || m_user.isWorker(m_duo.professionalId)));
    right->addWidget(m_askDebrief);
    right->addWidget(buildConcern());
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(6);
    columns->addLayout(right, 1);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(heading);
    // What the supervisor wrote about this visit, when their feedback came back (issue 17).
    if (loaded)
        bodyLayout->addWidget(new SupervisionNotesBox(commands.database(), visitId, m_user));
    bodyLayout->addLayout(columns);
    form()->addRow(body);

    if (loaded)
        fill();
    setOkText(m_correcting ? tr("Save Report") : tr("Mark Done"));
    // Wide enough for both columns side by side where the screen allows; on a small screen
    // the form scrolls (EditDialog) and the buttons stay in sight.
    resize(qMax(1100, sizeHint().width()), sizeHint().height());

    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &VisitReportDialog::revalidate);
    connect(m_concern, &QPlainTextEdit::textChanged, this, &VisitReportDialog::revalidate);
    connect(m_raiseConcern, &QCheckBox::toggled, m_concern, &QWidget::setEnabled);
    connect(m_raiseConcern, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_concern->setFocus();
    });
    revalidate();
}

bool VisitReportDialog::load(qint64 visitId)
{
    Database &db = commands().database();
    auto visit = VisitStore(db).get(visitId);
    auto duo = visit ? DuoStore(db).get(visit->duoId) : Result<Duo>(visit.error());
    auto household = visit ? FamilyStore(db).members(visit->familyId)
                           : Result<QList<HouseholdMember>>(visit.error());
    VisitReportStore reports(db);
    auto goals = reports.goalsFor(visitId);
    auto report = reports.report(visitId);
    auto followUps = FollowUpStore(db).forVisit(visitId);
    for (const QString &problem : {visit.message(), duo.message(), household.message(),
                                   goals.message(), report.message(), followUps.message()}) {
        if (!problem.isEmpty()) {
            m_loadProblem = problem;
            return false;
        }
    }
    m_visit = visit.value();
    m_duo = duo.value();
    m_household = household.value();
    m_goalsOfDay = goals.value();
    m_report = report.value();
    m_storedFollowUps = followUps.value();
    m_correcting = m_visit.status == VisitStatus::Done;
    return true;
}

QWidget *VisitReportDialog::buildPresence()
{
    m_trustedPerson = new QCheckBox;
    m_trustedPerson->setObjectName(QStringLiteral("trustedPersonPresent"));
    m_professional = new QCheckBox;
    m_professional->setObjectName(QStringLiteral("professionalPresent"));
    auto *duoRow = new QHBoxLayout;
    duoRow->addWidget(m_trustedPerson);
    duoRow->addWidget(m_professional);
    duoRow->addStretch();

    // Three a row: a family of eight still fits the column.
    auto *members = new QGridLayout;
    members->setHorizontalSpacing(12);
    members->setVerticalSpacing(2);
    for (const HouseholdMember &member : std::as_const(m_household)) {
        auto *box = new QCheckBox(
            tr("%1 (%2)", "member and role")
                .arg(DisplayText::noMnemonic(member.firstName), DomainText::display(member.role)));
        box->setObjectName(QStringLiteral("member_%1").arg(member.id));
        const int index = int(m_members.size());
        m_members.insert(member.id, box);
        members->addWidget(box, index / 3, index % 3, Qt::AlignLeft);
    }
    members->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout;
    layout->addLayout(duoRow);
    if (m_household.isEmpty()) {
        auto *none = new QLabel(tr("No household members are registered."));
        none->setEnabled(false);
        layout->addWidget(none);
    } else {
        layout->addLayout(members);
    }
    return makeBox(tr("Present"), layout);
}

QWidget *VisitReportDialog::buildTasks()
{
    m_trustedPersonTasks = makeText(QStringLiteral("trustedPersonTasks"), 2,
                                    tr("e.g. translated the letter, explained the appointment"));
    m_professionalTasks = makeText(QStringLiteral("professionalTasks"), 2,
                                   tr("e.g. made a repayment plan, talked about bedtimes"));
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(tr("What the trusted person did:"), m_trustedPersonTasks);
    layout->addRow(tr("What the professional did:"), m_professionalTasks);
    return makeBox(tr("Task split"), layout);
}

QWidget *VisitReportDialog::buildTopics()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    // Two columns: the Dutch names of the domains are long ("Algemene dagelijkse
    // levensverrichtingen"), and the column shares the dialog with the follow-ups.
    const int columns = 2;
    int index = 0;
    for (LifeDomain domain : allDomains()) {
        auto *box = new QCheckBox(DomainText::display(domain));
        box->setObjectName(QStringLiteral("topic_%1").arg(DomainText::code(domain)));
        m_topics.insert(domain, box);
        // At its own width: a click beside the text does not tick it.
        grid->addWidget(box, index / columns, index % columns, Qt::AlignLeft);
        ++index;
    }
    return makeBox(tr("Topics (life domains)"), grid);
}

QWidget *VisitReportDialog::buildGoals()
{
    m_goals = new QListWidget;
    m_goals->setObjectName(QStringLiteral("goals"));
    m_goals->setSelectionMode(QAbstractItemView::NoSelection);
    for (const Goal &goal : std::as_const(m_goalsOfDay)) {
        auto *item =
            new QListWidgetItem(tr("%1: %2", "life domain: goal")
                                    .arg(DomainText::display(goal.domain), goal.description));
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, goal.id);
        item->setData(Qt::UserRole + 1, int(goal.domain));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_goals->addItem(item);
    }
    // A goal worked on is a topic of the visit too.
    connect(m_goals, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            if (QCheckBox *topic = m_topics.value(LifeDomain(item->data(Qt::UserRole + 1).toInt())))
                topic->setChecked(true);
    });
    auto *none = new QLabel(tr("The family has no goals yet."));
    none->setEnabled(false);
    none->setVisible(m_goalsOfDay.isEmpty());
    m_goals->setVisible(!m_goalsOfDay.isEmpty());
    // As tall as its goals, up to five (more scroll); a long goal is cut short, its tooltip
    // has all of it.
    m_goals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_goals->setTextElideMode(Qt::ElideRight);
    m_goals->setSpacing(2);
    const int rowHeight =
        qMax(m_goals->fontMetrics().height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) + 6;
    const int rows = int(qBound(qsizetype(2), m_goalsOfDay.size(), qsizetype(5)));
    m_goals->setFixedHeight(rows * rowHeight + 2 * m_goals->frameWidth() + 2);
    auto *layout = new QVBoxLayout;
    layout->addWidget(none);
    layout->addWidget(m_goals);
    return makeBox(tr("Goals worked on"), layout);
}

QWidget *VisitReportDialog::buildNotes()
{
    m_notes = makeText(QStringLiteral("notes"), 4, tr("What happened, how the family is doing"));
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_notes);
    return makeBox(tr("Notes"), layout);
}

QWidget *VisitReportDialog::buildFollowUps()
{
    m_followUps = new QTableWidget(0, 3);
    m_followUps->setObjectName(QStringLiteral("followUps"));
    m_followUps->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due")});
    m_followUps->verticalHeader()->hide();
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUps->setShowGrid(false);
    m_followUps->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_followUps->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The owner's name and the due date whole: sizing to contents sees the header and the items
    // only, not the fields put in the cells, so the columns are as wide as those fields want.
    QComboBox ownerProbe;
    ownerProbe.addItem(m_duo.trustedPersonName);
    ownerProbe.addItem(m_duo.professionalName);
    QDateEdit dueProbe(QDate(2026, 12, 28));
    dueProbe.setCalendarPopup(true);
    QLineEdit descriptionProbe;
    QHeaderView *header = m_followUps->horizontalHeader();
    for (const auto &[column, probe] :
         {std::pair<int, QWidget *>{OwnerColumn, &ownerProbe}, {DueColumn, &dueProbe}}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column,
                              qMax(probe->sizeHint().width(), header->sectionSizeHint(column)));
    }
    const int rowHeight = std::max({ownerProbe.sizeHint().height(), dueProbe.sizeHint().height(),
                                    descriptionProbe.sizeHint().height()});
    m_followUps->verticalHeader()->setDefaultSectionSize(rowHeight + 2);
    // Room for a description of a few words beside them, so nothing scrolls sideways.
    m_followUps->setMinimumWidth(header->sectionSize(OwnerColumn) + header->sectionSize(DueColumn) +
                                 16 * m_followUps->fontMetrics().averageCharWidth() +
                                 2 * m_followUps->frameWidth() +
                                 m_followUps->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    // Tab goes from field to field of the rows (see DialogSetup).
    m_followUps->setProperty("tabThroughCells", true);
    m_followUps->setMinimumHeight(m_followUps->horizontalHeader()->sizeHint().height() +
                                  3 * m_followUps->verticalHeader()->defaultSectionSize() + 4);

    auto *add = new QPushButton(tr("Add Action"));
    add->setObjectName(QStringLiteral("addFollowUp"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeFollowUp"));
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &VisitReportDialog::addFollowUpRow);
    connect(remove, &QPushButton::clicked, this, &VisitReportDialog::removeFollowUpRow);
    connect(m_followUps, &QTableWidget::itemSelectionChanged, remove, [this, remove] {
        remove->setEnabled(!m_followUps->selectionModel()->selectedRows().isEmpty());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout;
    layout->addWidget(m_followUps);
    layout->addLayout(buttons);
    return makeBox(tr("Follow-up actions"), layout);
}

QWidget *VisitReportDialog::buildConfidential()
{
    m_confidential = makeText(QStringLiteral("confidentialNote"), 2,
                              tr("What the family told you in confidence"));
    auto *hint = new QLabel(tr("Only you can read this note. It is not shown to the professional "
                               "and never leaves in an export."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_confidential);
    layout->addWidget(hint);
    m_confidentialBox = makeBox(tr("Note for the trusted person only"), layout);
    m_confidentialBox->setObjectName(QStringLiteral("confidentialBox"));
    // Only the duo's own trusted person, working as themselves, writes one (and sees it).
    m_writesNote = m_duo.id > 0 && m_user.isWorker(m_duo.trustedPersonId);
    m_confidentialBox->setVisible(m_writesNote);
    return m_confidentialBox;
}

QWidget *VisitReportDialog::buildConcern()
{
    m_raiseConcern = new QCheckBox(tr("Raise a safety concern (meldcode)"));
    m_raiseConcern->setObjectName(QStringLiteral("raiseConcern"));
    QFont bold = m_raiseConcern->font();
    bold.setBold(true);
    m_raiseConcern->setFont(bold);
    m_concern = makeText(QStringLiteral("concernDescription"), 2,
                         tr("What did you see or hear that worries you?"));
    m_concern->setEnabled(false);
    auto *layout = new QVBoxLayout;
    layout->addWidget(m_raiseConcern, 0, Qt::AlignLeft);
    layout->addWidget(m_concern);
    auto *box = makeBox(QString(), layout);
    box->setObjectName(QStringLiteral("concernBox"));
    // The colours of the family pane's banner: a concern looks the same wherever it appears.
    box->setStyleSheet(QStringLiteral("QGroupBox#concernBox { border: 1px solid #d4a29c; "
                                      "border-radius: 4px; background: #fdf3f2; margin-top: 0px; }"
                                      "QGroupBox#concernBox QCheckBox { color: #8c1d18; }"));
    return box;
}

void VisitReportDialog::fill()
{
    const QString tp = m_duo.trustedPersonName;
    const QString prof = m_duo.professionalName;
    m_trustedPerson->setText(tr("%1 (trusted person)").arg(DisplayText::noMnemonic(tp)));
    m_professional->setText(tr("%1 (professional)").arg(DisplayText::noMnemonic(prof)));
    // The duo visits together: both are ticked for a new report, and unticked by exception.
    m_trustedPerson->setChecked(m_correcting ? m_visit.trustedPersonPresent : true);
    m_professional->setChecked(m_correcting ? m_visit.professionalPresent : true);
    for (qint64 member : std::as_const(m_visit.presentMemberIds))
        if (QCheckBox *box = m_members.value(member))
            box->setChecked(true);
    if (m_report) {
        m_trustedPersonTasks->setPlainText(m_report->trustedPersonTasks);
        m_professionalTasks->setPlainText(m_report->professionalTasks);
        for (LifeDomain domain : std::as_const(m_report->topics))
            if (QCheckBox *box = m_topics.value(domain))
                box->setChecked(true);
        for (int row = 0; row < m_goals->count(); ++row) {
            QListWidgetItem *item = m_goals->item(row);
            if (m_report->goalIds.contains(item->data(Qt::UserRole).toLongLong()))
                item->setCheckState(Qt::Checked);
        }
        m_notes->setPlainText(m_report->notes);
    }
    for (const FollowUp &followUp : std::as_const(m_storedFollowUps))
        insertFollowUpRow(followUp);
}

void VisitReportDialog::insertFollowUpRow(const FollowUp &followUp)
{
    const int row = m_followUps->rowCount();
    m_followUps->insertRow(row);
    auto *description = new QLineEdit(followUp.description);
    description->setObjectName(QStringLiteral("followUpDescription"));
    description->setProperty("followUpId", followUp.id);
    description->setPlaceholderText(tr("What needs to be done"));
    description->setFrame(false);
    description->setCursorPosition(0); // a long stored text shows from its start
    auto *owner = new QComboBox;
    owner->setObjectName(QStringLiteral("followUpOwner"));
    owner->addItem(m_duo.trustedPersonName, m_duo.trustedPersonId);
    owner->addItem(m_duo.professionalName, m_duo.professionalId);
    owner->setCurrentIndex(qMax(0, owner->findData(followUp.ownerId)));
    auto *due = new QDateEdit(followUp.dueOn);
    due->setObjectName(QStringLiteral("followUpDue"));
    due->setCalendarPopup(true);
    m_followUps->setCellWidget(row, DescriptionColumn, description);
    m_followUps->setCellWidget(row, OwnerColumn, owner);
    m_followUps->setCellWidget(row, DueColumn, due);
    connect(description, &QLineEdit::textChanged, this, &VisitReportDialog::revalidate);
    connect(due, &QDateEdit::dateChanged, this, &VisitReportDialog::revalidate);
    // Clicking into a row's field selects the row, so Remove knows which one is meant.
    for (QWidget *field : {static_cast<QWidget *>(description), static_cast<QWidget *>(owner),
                           static_cast<QWidget *>(due)})
        field->installEventFilter(this);
}

void VisitReportDialog::addFollowUpRow()
{
    FollowUp followUp;
    followUp.ownerId =
        m_user.isWorker(m_duo.trustedPersonId) ? m_duo.trustedPersonId : m_duo.professionalId;
    followUp.dueOn = m_visit.start.date().addDays(7);
    insertFollowUpRow(followUp);
    const int row = m_followUps->rowCount() - 1;
    m_followUps->selectRow(row);
    m_followUps->cellWidget(row, DescriptionColumn)->setFocus();
    revalidate();
}

void VisitReportDialog::removeFollowUpRow()
{
    const QModelIndexList rows = m_followUps->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_followUps->removeRow(rows.constFirst().row());
    revalidate();
}

bool VisitReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && !m_selectingRow)
        for (int row = 0; row < m_followUps->rowCount(); ++row)
            for (int column = 0; column < m_followUps->columnCount(); ++column)
                if (m_followUps->cellWidget(row, column) == watched)
                    selectFollowUpRow(row, column);
    return EditDialog::eventFilter(watched, event);
}

void VisitReportDialog::selectFollowUpRow(int row, int column)
{
    // The cell moved into becomes the current one. selectRow() made the row's first cell
    // current instead, and the view then gave that cell's field the focus, whose FocusIn came
    // back here: moving into the owner or the due date recursed until the program died. The
    // view's own focus change while selecting is not a move of the user's.
    const QModelIndex cell = m_followUps->model()->index(row, column);
    QItemSelectionModel *selection = m_followUps->selectionModel();
    if (selection->currentIndex() == cell && selection->isRowSelected(row))
        return;
    const QScopedValueRollback<bool> selecting(m_selectingRow, true);
    selection->setCurrentIndex(cell,
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<FollowUp> VisitReportDialog::followUps() const
{
    QList<FollowUp> result;
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const auto *description =
            qobject_cast<QLineEdit *>(m_followUps->cellWidget(row, DescriptionColumn));
        const auto *owner = qobject_cast<QComboBox *>(m_followUps->cellWidget(row, OwnerColumn));
        const auto *due = qobject_cast<QDateEdit *>(m_followUps->cellWidget(row, DueColumn));
        FollowUp f;
        f.id = description->property("followUpId").toLongLong();
        f.visitId = m_visit.id;
        f.familyId = m_visit.familyId;
        f.description = description->text().trimmed();
        f.ownerId = owner->currentData().toLongLong();
        f.dueOn = due->date();
        result << f;
    }
    return result;
}

VisitOutcome VisitReportDialog::outcome() const
{
    VisitOutcome o;
    o.visitId = m_visit.id;
    o.visitVersion = m_visit.version;
    if (m_report)
        o.report.version = m_report->version;
    o.trustedPersonPresent = m_trustedPerson->isChecked();
    o.professionalPresent = m_professional->isChecked();
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
        if (it.value()->isChecked())
            o.presentMemberIds << it.key();
    o.report.trustedPersonTasks = m_trustedPersonTasks->toPlainText().trimmed();
    o.report.professionalTasks = m_professionalTasks->toPlainText().trimmed();
    for (LifeDomain domain : allDomains())
        if (m_topics.value(domain)->isChecked())
            o.report.topics << domain;
    for (int row = 0; row < m_goals->count(); ++row)
        if (m_goals->item(row)->checkState() == Qt::Checked)
            o.report.goalIds << m_goals->item(row)->data(Qt::UserRole).toLongLong();
    o.report.notes = m_notes->toPlainText().trimmed();
    o.followUps = followUps();
    return o;
}

EditDialog::Problem VisitReportDialog::problem() const
{
    if (!m_loadProblem.isEmpty())
        return {m_loadProblem, nullptr};
    Visit visit = m_visit;
    const VisitOutcome o = outcome();
    visit.status = VisitStatus::Done;
    visit.statusReason.clear();
    visit.trustedPersonPresent = o.trustedPersonPresent;
    visit.professionalPresent = o.professionalPresent;
    visit.presentMemberIds = o.presentMemberIds;
    if (const QString wrong = Validation::checkVisit(visit); !wrong.isEmpty())
        return {wrong, nullptr};
    for (int i = 0; i < o.followUps.size(); ++i) {
        const FollowUp &f = o.followUps.at(i);
        if (f.description.isEmpty())
            return {tr("Follow-up action %1 needs a description, or remove it.").arg(i + 1),
                    nullptr};
        if (const QString wrong = Validation::checkFollowUp(f); !wrong.isEmpty())
            return {wrong, nullptr};
        if (f.dueOn < m_visit.start.date())
            return {tr("The follow-up action \"%1\" is due before the visit.").arg(f.description),
                    nullptr};
    }
    if (m_raiseConcern->isChecked() && m_concern->toPlainText().trimmed().isEmpty())
        return {tr("Describe the safety concern, or untick \"Raise a safety concern\"."), nullptr};
    return {};
}

Status VisitReportDialog::save()
{
    const QString concern =
        m_raiseConcern->isChecked() ? m_concern->toPlainText().trimmed() : QString();
    const QString note = m_writesNote ? m_confidential->toPlainText().trimmed() : QString();
    return m_correcting ? commands().correctVisitReport(outcome(), concern, note, m_user)
                        : commands().completeVisit(outcome(), concern, note, m_user,
                                                   m_askDebrief->isVisibleTo(this) &&
                                                       m_askDebrief->isChecked());
}
