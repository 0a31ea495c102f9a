#pragma once
// The base of every undoable edit. A command changes the database only through the core
// stores, inside one transaction, and then announces the change on the ChangeNotifier. The
// first run happens before the command reaches the stack (EditCommands::execute), so a refused
// edit never enters the undo history; a later undo or redo that fails (the file is locked, a
// row was changed by another program) is reported and the command leaves the stack, so the
// stack never claims a step it could not take.

#include "Result.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class ChangeNotifier;
class Database;
class EditCommands;

class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)
public:
    // The first run; on success the command may be pushed, and its first redo() only announces.
    Status execute();
    // Instead of execute(), for a step whose first run happened elsewhere (an import written on
    // a background thread's connection, with its access-log entries): pushed, its first redo()
    // only announces, and later undo and redo run here as for any command.
    void markApplied() { m_applied = true; }

    void redo() final;
    void undo() final;

    // What the access log (NEN 7513) records of this step, in the step's own transaction: the
    // families it touches (a function: a family the step adds has its id only once it ran),
    // the action, and a detail code (see AccessLog::describeDetail). Undoing a Create or an
    // Import deletes what they made; undoing anything else changes the file again, an Update.
    // Set by the façade; a step without it touches no family's file (organisations, workers).
    void setLogged(std::function<QList<qint64>()> families, AccessAction action,
                   const QString &detail);

protected:
    EditCommand(EditCommands &commands, const QString &text);

    // Makes the change (first run and every redo) and takes it back; each runs inside one
    // transaction, so a failure leaves the database as it was.
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Tells the views what changed; called after every successful apply() and revert().
    virtual void announce() const = 0;

    Database &db() const;
    ChangeNotifier &notifier() const;

    // Hides QUndoCommand::setText on purpose, so every command's text goes through it: the
    // Edit menu's "Undo %1" is an action, where "&" in a name would be read as a shortcut
    // mark. text() keeps the name as written (messages), actionText() has "&" escaped
    // (DisplayText::noMnemonic), using QUndoCommand's "text\nactionText" form.
    void setText(const QString &text);

    // A row this step changes (RowVersions), with the version its user saw in the form, or 0
    // for a step taken without one (the row as it is then). Before the first run the row must
    // still have that version, and before each undo and redo the version this window's own
    // last step left it at: otherwise someone else changed it meanwhile and the step is
    // refused, naming who changed `what` and when. A step that adds a row guards it in
    // apply(), once its id is known; guarding a row again changes nothing.
    void guardRow(const QString &table, qint64 id, qint64 seenVersion, const QString &what);

private:
    enum class Run { First, Redo, Undo };
    Status inTransaction(Status (EditCommand::*step)(), Run run);
    void fail(bool undoing, const Status &status);

    EditCommands &m_commands;
    bool m_applied = false; // execute() ran: the stack's first redo() has nothing left to do
    struct GuardedRow
    {
        QString table;
        qint64 id = 0;
        qint64 seenVersion = 0; // in the form, for the first run
        QString what;
    };
    Status checkGuardedRows(Run run) const;
    Status noteGuardedRows();

    QList<GuardedRow> m_guarded;
    std::function<QList<qint64>()> m_loggedFamilies;
    AccessAction m_loggedAction = AccessAction::Update;
    QString m_loggedDetail;
};
