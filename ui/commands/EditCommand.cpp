#include "EditCommand.h"

#include "EditCommands.h"
#include "MessageBox.h"
#include "storage/Database.h"

EditCommand::EditCommand(EditCommands &commands, const QString &text)
    : QUndoCommand(text), m_commands(commands)
{}

Database &EditCommand::db() const
{
    return m_commands.database();
}

ChangeNotifier &EditCommand::notifier() const
{
    return *m_commands.notifier();
}

Status EditCommand::inTransaction(Status (EditCommand::*step)())
{
    return db().transaction([&] { return (this->*step)(); });
}

Status EditCommand::execute()
{
    Status done = inTransaction(&EditCommand::apply);
    m_applied = done.ok();
    return done;
}

void EditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        announce();
        return;
    }
    Status done = inTransaction(&EditCommand::apply);
    if (!done) {
        fail(false, done);
        return;
    }
    announce();
}

void EditCommand::undo()
{
    Status done = inTransaction(&EditCommand::revert);
    if (!done) {
        fail(true, done);
        return;
    }
    announce();
}

void EditCommand::fail(bool undoing, const Status &status)
{
    // An obsolete command is dropped by QUndoStack right after this undo() or redo() returns:
    // the step stays as it is in the database, and the stack no longer offers it.
    setObsolete(true);
    const QString title = undoing ? tr("Undo") : tr("Redo");
    const QString message =
        undoing ? tr("\"%1\" could not be undone: %2") : tr("\"%1\" could not be redone: %2");
    MessageBox::critical(m_commands.window(), title, message.arg(text(), status.message()));
    if (!undoing)
        m_commands.discardRedoLater();
}
