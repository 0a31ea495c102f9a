#include "EditCommands.h"

#include "AddDuoCommand.h"
#include "AddFamilyCommand.h"
#include "AddMemberCommand.h"
#include "AddOrganisationCommand.h"
#include "AddWorkerCommand.h"
#include "ArchiveOrganisationCommand.h"
#include "ArchiveWorkerCommand.h"
#include "AssignDuoCommand.h"
#include "EditDuoCommand.h"
#include "EditFamilyCommand.h"
#include "EditMemberCommand.h"
#include "EditOrganisationCommand.h"
#include "EditWorkerCommand.h"
#include "EndDuoCommand.h"
#include "ImportFamiliesCommand.h"
#include "ImportWorkersCommand.h"
#include "ReactivateWorkerCommand.h"
#include "RemoveMemberCommand.h"
#include "ReopenDuoCommand.h"

#include <QTimer>
#include <QUndoStack>

EditCommands::EditCommands(Database &db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier), m_stack(new QUndoStack(this))
{}

Status EditCommands::execute(EditCommand *command)
{
    Status done = command->execute();
    if (!done) {
        delete command;
        return done;
    }
    m_stack->push(command); // its first redo() only announces the change
    return {};
}

void EditCommands::discardRedoLater()
{
    QTimer::singleShot(0, this, [this] {
        // Pushing drops every step above the current one; an obsolete command is then deleted
        // instead of added, so the history ends where the database really is.
        auto *nothing = new QUndoCommand;
        nothing->setObsolete(true);
        m_stack->push(nothing);
    });
}

Result<qint64> EditCommands::addOrganisation(const Organisation &organisation)
{
    auto *command = new AddOrganisationCommand(*this, organisation);
    if (Status done = execute(command); !done)
        return done.error();
    return command->organisationId();
}

Status EditCommands::editOrganisation(const Organisation &organisation)
{
    return execute(new EditOrganisationCommand(*this, organisation));
}

Status EditCommands::setOrganisationArchived(qint64 organisationId, bool archived)
{
    return execute(new ArchiveOrganisationCommand(*this, organisationId, archived));
}

Result<qint64> EditCommands::addWorker(const Worker &worker)
{
    auto *command = new AddWorkerCommand(*this, worker);
    if (Status done = execute(command); !done)
        return done.error();
    return command->workerId();
}

Status EditCommands::editWorker(const Worker &worker)
{
    return execute(new EditWorkerCommand(*this, worker));
}

Status EditCommands::archiveWorker(qint64 workerId, const QDate &day,
                                   const QHash<qint64, qint64> &newDuos)
{
    return execute(new ArchiveWorkerCommand(*this, workerId, day, newDuos));
}

Status EditCommands::reactivateWorker(qint64 workerId)
{
    return execute(new ReactivateWorkerCommand(*this, workerId));
}

Result<qint64> EditCommands::addDuo(const Duo &duo)
{
    auto *command = new AddDuoCommand(*this, duo);
    if (Status done = execute(command); !done)
        return done.error();
    return command->duoId();
}

Status EditCommands::editDuo(const Duo &duo)
{
    return execute(new EditDuoCommand(*this, duo));
}

Status EditCommands::endDuo(qint64 duoId, const QDate &day, const QHash<qint64, qint64> &newDuos)
{
    return execute(new EndDuoCommand(*this, duoId, day, newDuos));
}

Status EditCommands::reopenDuo(qint64 duoId)
{
    return execute(new ReopenDuoCommand(*this, duoId));
}

Result<Family> EditCommands::addFamily(const Family &family)
{
    auto *command = new AddFamilyCommand(*this, family);
    if (Status done = execute(command); !done)
        return done.error();
    return command->family();
}

Status EditCommands::editFamily(const Family &family)
{
    return execute(new EditFamilyCommand(*this, family));
}

Result<qint64> EditCommands::addMember(const HouseholdMember &member)
{
    auto *command = new AddMemberCommand(*this, member);
    if (Status done = execute(command); !done)
        return done.error();
    return command->memberId();
}

Status EditCommands::editMember(const HouseholdMember &member)
{
    return execute(new EditMemberCommand(*this, member));
}

Status EditCommands::removeMember(qint64 memberId)
{
    return execute(new RemoveMemberCommand(*this, memberId));
}

Status EditCommands::assignDuo(qint64 familyId, qint64 duoId, const QDate &from)
{
    return execute(new AssignDuoCommand(*this, familyId, duoId, from));
}

Result<QList<Family>> EditCommands::importFamilies(const FamilyImporter &importer)
{
    auto *command = new ImportFamiliesCommand(*this, importer);
    if (Status done = execute(command); !done)
        return done.error();
    return command->families();
}

Result<WorkerImporter::Summary> EditCommands::importWorkers(const WorkerImporter &importer)
{
    auto *command = new ImportWorkersCommand(*this, importer);
    if (Status done = execute(command); !done)
        return done.error();
    return command->summary();
}
