#include "EditCommand.h"

#include "DisplayText.h"
#include "EditCommands.h"
#include "MessageBox.h"
#include "storage/Database.h"

EditCommand::EditCommand(EditCommands &commands, const QString &text) : m_commands(commands)
{
    setText(text);
}

void EditCommand::setText(const QString &text)
{
    // One line each: QUndoCommand splits at the first line break.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!line.contains(QLatin1Char('&'))) {
        QUndoCommand::setText(line);
        return;
    }
    QUndoCommand::setText(line + QLatin1Char('\n') + DisplayText::noMnemonic(line));
}

Database &EditCommand::db() const
{
    return m_commands.database();
}

ChangeNotifier &EditCommand::notifier() const
{
    return *m_commands.notifier();
}

void EditCommand::setLogged(std::function<QList<qint64>()> families, AccessAction action,
                            const QString &detail)
{
    m_loggedFamilies = std::move(families);
    m_loggedAction = action;
    m_loggedDetail = detail;
}

Status EditCommand::inTransaction(Status (EditCommand::*step)(), Run run)
{
    return db().transaction([&]() -> Status {
        if (!m_loggedFamilies)
            return (this->*step)();
        // Case codes read before the step too: an undo of adding removes the family it names.
        AccessLog log(db());
        const QList<qint64> before = m_loggedFamilies();
        auto codes = log.caseCodes(before);
        if (!codes)
            return codes.error();
        if (Status done = (this->*step)(); !done)
            return done;
        QList<qint64> families = before;
        for (qint64 id : m_loggedFamilies())
            if (!families.contains(id))
                families << id;
        families.removeIf([](qint64 id) { return id <= 0; });
        if (families.isEmpty())
            return {};
        AccessAction action = m_loggedAction;
        QString detail = m_loggedDetail;
        if (run == Run::Undo) {
            action = action == AccessAction::Create || action == AccessAction::Import
                         ? AccessAction::Delete
                         : AccessAction::Update;
            detail += QStringLiteral(";undo");
        } else if (run == Run::Redo) {
            detail += QStringLiteral(";redo");
        }
        return log.record(m_commands.actor(), action, families, AccessOutcome::Success, detail,
                          codes.value());
    });
}

Status EditCommand::execute()
{
    Status done = inTransaction(&EditCommand::apply, Run::First);
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
    Status done = inTransaction(&EditCommand::apply, Run::Redo);
    if (!done) {
        fail(false, done);
        return;
    }
    announce();
}

void EditCommand::undo()
{
    Status done = inTransaction(&EditCommand::revert, Run::Undo);
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
