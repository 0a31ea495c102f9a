#include "WorkerActions.h"

#include "MessageBox.h"
#include "WorkersPage.h"
#include "commands/EditCommands.h"
#include "dialogs/DuoDialog.h"
#include "dialogs/HandoverDialog.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/TrainingDialog.h"
#include "dialogs/WorkerDialog.h"
#include "storage/DuoStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QTableView>

namespace {
QAction *makeAction(QObject *parent, const QString &text, const char *icon, const QString &name)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, parent);
    action->setObjectName(name);
    return action;
}
} // namespace

WorkerActions::WorkerActions(WorkersPage *page, EditCommands *commands)
    : QObject(page), m_page(page), m_commands(commands)
{
    m_newWorker = makeAction(this, tr("New Worker…"), "list-add", QStringLiteral("newWorker"));
    m_editWorker = makeAction(this, tr("Edit…"), "document-edit", QStringLiteral("editWorker"));
    m_archiveWorker =
        makeAction(this, tr("Archive…"), "archive-insert", QStringLiteral("archiveWorker"));
    m_recordTraining =
        makeAction(this, tr("Training…"), "view-certificate", QStringLiteral("recordTraining"));
    m_recordTraining->setToolTip(tr("Record a course the selected worker followed"));
    m_recordMeeting =
        makeAction(this, tr("Meeting…"), "user-group-new", QStringLiteral("recordMeeting"));
    m_recordMeeting->setToolTip(tr("Record a network meeting of trusted persons, or the "
                                   "organisations' interim meeting, with who was there"));
    m_newDuo = makeAction(this, tr("New Duo…"), "list-add", QStringLiteral("newDuo"));
    m_editDuo = makeAction(this, tr("Edit…"), "document-edit", QStringLiteral("editDuo"));
    m_endDuo = makeAction(this, tr("End Duo…"), "archive-insert", QStringLiteral("endDuo"));
    m_newOrganisation =
        makeAction(this, tr("New Organisation…"), "list-add", QStringLiteral("newOrganisation"));
    m_editOrganisation =
        makeAction(this, tr("Edit…"), "document-edit", QStringLiteral("editOrganisation"));
    m_archiveOrganisation =
        makeAction(this, tr("Archive"), "archive-insert", QStringLiteral("archiveOrganisation"));

    connect(m_newWorker, &QAction::triggered, this, &WorkerActions::newWorker);
    connect(m_editWorker, &QAction::triggered, this, &WorkerActions::editWorker);
    connect(m_archiveWorker, &QAction::triggered, this, &WorkerActions::archiveWorker);
    connect(m_recordTraining, &QAction::triggered, this, &WorkerActions::recordTraining);
    connect(m_recordMeeting, &QAction::triggered, this, &WorkerActions::recordMeeting);
    connect(m_newDuo, &QAction::triggered, this, &WorkerActions::newDuo);
    connect(m_editDuo, &QAction::triggered, this, &WorkerActions::editDuo);
    connect(m_endDuo, &QAction::triggered, this, &WorkerActions::endDuo);
    connect(m_newOrganisation, &QAction::triggered, this, &WorkerActions::newOrganisation);
    connect(m_editOrganisation, &QAction::triggered, this, &WorkerActions::editOrganisation);
    connect(m_archiveOrganisation, &QAction::triggered, this, &WorkerActions::archiveOrganisation);

    // A double click edits the row, as in a file manager.
    connect(page->workerTable(), &QTableView::doubleClicked, this, &WorkerActions::editWorker);
    connect(page->duoTable(), &QTableView::doubleClicked, this, &WorkerActions::editDuo);
    connect(page->organisationTable(), &QTableView::doubleClicked, this,
            &WorkerActions::editOrganisation);
    for (QTableView *table : {page->workerTable(), page->duoTable(), page->organisationTable()}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &WorkerActions::updateActions);
        connect(table->model(), &QAbstractItemModel::modelReset, this,
                &WorkerActions::updateActions);
    }
    updateActions();
}

void WorkerActions::updateActions()
{
    Database &db = m_commands->database();
    const qint64 worker = WorkersPage::selectedId(m_page->workerTable());
    m_editWorker->setEnabled(worker > 0);
    m_archiveWorker->setEnabled(worker > 0);
    m_recordTraining->setEnabled(worker > 0);
    auto w = worker > 0 ? WorkerStore(db).get(worker) : Result<Worker>(Worker());
    m_archiveWorker->setText(w && worker > 0 && !w->active ? tr("Reactivate") : tr("Archive…"));

    const qint64 duo = WorkersPage::selectedId(m_page->duoTable());
    m_editDuo->setEnabled(duo > 0);
    m_endDuo->setEnabled(duo > 0);
    auto d = duo > 0 ? DuoStore(db).get(duo) : Result<Duo>(Duo());
    const bool ended = d && duo > 0 && d->to.isValid() && d->to <= QDate::currentDate();
    m_endDuo->setText(ended ? tr("Restore Duo") : tr("End Duo…"));

    const qint64 organisation = WorkersPage::selectedId(m_page->organisationTable());
    m_editOrganisation->setEnabled(organisation > 0);
    m_archiveOrganisation->setEnabled(organisation > 0);
    auto o = organisation > 0 ? OrganisationStore(db).get(organisation)
                              : Result<Organisation>(Organisation());
    m_archiveOrganisation->setText(o && organisation > 0 && o->archived ? tr("Restore")
                                                                        : tr("Archive"));
}

template <typename Dialog> void WorkerActions::openForm(Dialog *dialog, QTableView *table)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Non-blocking, so the page (and a test) keeps running while the form is open.
    connect(dialog, &QDialog::accepted, this, [this, dialog, table] {
        WorkersPage::selectId(table, dialog->savedId());
        updateActions();
    });
    dialog->open();
}

void WorkerActions::report(const QString &title, const QString &message)
{
    MessageBox::critical(m_page, title, message);
}

void WorkerActions::newWorker()
{
    openForm(new WorkerDialog(*m_commands, std::nullopt, m_page), m_page->workerTable());
}

void WorkerActions::editWorker()
{
    auto worker =
        WorkerStore(m_commands->database()).get(WorkersPage::selectedId(m_page->workerTable()));
    if (!worker)
        return report(tr("Edit Worker"), worker.message());
    openForm(new WorkerDialog(*m_commands, worker.value(), m_page), m_page->workerTable());
}

void WorkerActions::archiveWorker()
{
    const qint64 id = WorkersPage::selectedId(m_page->workerTable());
    auto worker = WorkerStore(m_commands->database()).get(id);
    if (!worker)
        return report(tr("Archive Worker"), worker.message());
    if (!worker->active) {
        if (Status done = m_commands->reactivateWorker(id); !done)
            report(tr("Reactivate Worker"), done.message());
        return;
    }
    auto *dialog = new HandoverDialog(*m_commands, HandoverDialog::Kind::ArchiveWorker, id, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkerActions::recordTraining()
{
    auto worker =
        WorkerStore(m_commands->database()).get(WorkersPage::selectedId(m_page->workerTable()));
    if (!worker)
        return report(tr("Record Training"), worker.message());
    auto *dialog = new TrainingDialog(*m_commands, worker->id, worker->name, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkerActions::recordMeeting()
{
    auto *dialog = new MeetingDialog(*m_commands, 0, m_page);
    // From the workers' page most often the volunteers' lunch; the kind can be changed.
    dialog->kindField()->setCurrentIndex(dialog->kindField()->findData(int(MeetingKind::Network)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkerActions::newDuo()
{
    openForm(new DuoDialog(*m_commands, std::nullopt, m_page), m_page->duoTable());
}

void WorkerActions::editDuo()
{
    auto duo = DuoStore(m_commands->database()).get(WorkersPage::selectedId(m_page->duoTable()));
    if (!duo)
        return report(tr("Edit Duo"), duo.message());
    openForm(new DuoDialog(*m_commands, duo.value(), m_page), m_page->duoTable());
}

void WorkerActions::endDuo()
{
    const qint64 id = WorkersPage::selectedId(m_page->duoTable());
    auto duo = DuoStore(m_commands->database()).get(id);
    if (!duo)
        return report(tr("End Duo"), duo.message());
    if (duo->to.isValid() && duo->to <= QDate::currentDate()) {
        if (Status done = m_commands->reopenDuo(id); !done)
            report(tr("Restore Duo"), done.message());
        return;
    }
    auto *dialog = new HandoverDialog(*m_commands, HandoverDialog::Kind::EndDuo, id, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkerActions::newOrganisation()
{
    openForm(new OrganisationDialog(*m_commands, std::nullopt, m_page),
             m_page->organisationTable());
}

void WorkerActions::editOrganisation()
{
    auto organisation = OrganisationStore(m_commands->database())
                            .get(WorkersPage::selectedId(m_page->organisationTable()));
    if (!organisation)
        return report(tr("Edit Organisation"), organisation.message());
    openForm(new OrganisationDialog(*m_commands, organisation.value(), m_page),
             m_page->organisationTable());
}

void WorkerActions::archiveOrganisation()
{
    const qint64 id = WorkersPage::selectedId(m_page->organisationTable());
    auto organisation = OrganisationStore(m_commands->database()).get(id);
    if (!organisation)
        return report(tr("Archive Organisation"), organisation.message());
    const bool archive = !organisation->archived;
    if (Status done = m_commands->setOrganisationArchived(id, archive); !done)
        report(archive ? tr("Archive Organisation") : tr("Restore Organisation"), done.message());
}
