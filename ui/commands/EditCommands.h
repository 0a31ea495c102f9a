#pragma once
// The command façade (as in Subsurface): every edit the UI makes goes through one of these
// functions, which runs it as an undoable command on the one QUndoStack of the open database.
// Widgets never call a store's write method themselves. A function returns the core's error
// when the edit is refused; nothing then enters the undo history.

#include "Result.h"
#include "domain/Domain.h"
#include "exchange/WorkerImporter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

class ChangeNotifier;
class Database;
class EditCommand;
class FamilyImporter;
class QUndoStack;

class EditCommands : public QObject
{
    Q_OBJECT
public:
    EditCommands(Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    ChangeNotifier *notifier() const { return m_notifier; }
    QUndoStack *undoStack() const { return m_stack; }
    // Where a failed undo or redo is reported (the main window); may be null.
    QWidget *window() const { return m_window; }
    void setWindow(QWidget *window) { m_window = window; }

    Result<qint64> addOrganisation(const Organisation &organisation);
    Status editOrganisation(const Organisation &organisation);
    Status setOrganisationArchived(qint64 organisationId, bool archived);

    Result<qint64> addWorker(const Worker &worker);
    Status editWorker(const Worker &worker);
    // newDuos: family id -> the duo that takes the family over from `day` (see Handover).
    Status archiveWorker(qint64 workerId, const QDate &day, const QHash<qint64, qint64> &newDuos);
    Status reactivateWorker(qint64 workerId);

    Result<qint64> addDuo(const Duo &duo);
    Status editDuo(const Duo &duo);
    Status endDuo(qint64 duoId, const QDate &day, const QHash<qint64, qint64> &newDuos);
    Status reopenDuo(qint64 duoId);

    Result<Family> addFamily(const Family &family);
    Status editFamily(const Family &family); // closing too: see FamilyStore::update
    Result<qint64> addMember(const HouseholdMember &member);
    Status editMember(const HouseholdMember &member);
    Status removeMember(qint64 memberId);

    // Re-assigning ends the family's current assignment on `from`; undo restores it.
    Status assignDuo(qint64 familyId, qint64 duoId, const QDate &from);

    // Writes what the importer read, as one step; undo removes it all again, including the
    // organisations the import created.
    Result<QList<Family>> importFamilies(const FamilyImporter &importer);
    Result<WorkerImporter::Summary> importWorkers(const WorkerImporter &importer);

    // After a failed redo the later steps build on one that did not happen: they are dropped
    // once the stack has finished its redo().
    void discardRedoLater();

private:
    // Runs the command once; pushes it when that succeeded, deletes it otherwise.
    Status execute(EditCommand *command);

    Database &m_db;
    ChangeNotifier *m_notifier;
    QUndoStack *m_stack;
    QPointer<QWidget> m_window;
};
