#include "EditCommand.h"

#include "DisplayText.h"
#include "EditCommands.h"
#include "MessageBox.h"
#include "storage/Database.h"
#include "storage/RowVersions.h"

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

void EditCommand::guardRow(const QString &table, qint64 id, qint64 seenVersion, const QString &what)
{
    for (const GuardedRow &row : std::as_const(m_guarded))
        if (row.table == table && row.id == id)
            return;
    m_guarded.append({table, id, seenVersion, what});
}

Status EditCommand::checkGuardedRows(Run run) const
{
    for (const GuardedRow &row : m_guarded) {
        const qint64 expected =
            run == Run::First ? row.seenVersion : m_commands.versionLeft(row.table, row.id);
        const auto moment =
            run == Run::First ? RowVersions::Moment::Saving : RowVersions::Moment::Undoing;
        if (Status same =
                RowVersions::checkUnchanged(db(), row.table, row.id, expected, row.what, moment);
            !same)
            return same;
    }
    return {};
}

Status EditCommand::noteGuardedRows()
{
    // Read back, not counted: the database's own triggers may change a row once more (a
    // file's retention period is written by an UPDATE of its own).
    for (const GuardedRow &row : std::as_const(m_guarded)) {
        auto version = RowVersions::current(db(), row.table, row.id);
        if (!version)
            return version.error();
        m_commands.setVersionLeft(row.table, row.id, version.value());
    }
    return {};
}

Status EditCommand::inTransaction(Status (EditCommand::*step)(), Run run)
{
    // The versions this window left are noted inside the transaction; should it fail, or be
    // tried again after a lost race, they are put back.
    const QList<GuardedRow> guarded = m_guarded;
    const auto versionsLeft = [&] {
        QList<qint64> left;
        for (const GuardedRow &row : guarded)
            left << m_commands.versionLeft(row.table, row.id);
        return left;
    }();
    const auto putBack = [&] {
        m_guarded = guarded;
        for (qsizetype i = 0; i < guarded.size(); ++i)
            m_commands.setVersionLeft(guarded[i].table, guarded[i].id, versionsLeft[i]);
    };
    Status done = db().transaction([&]() -> Status {
        putBack();
        if (Status same = checkGuardedRows(run); !same)
            return same;
        if (!m_loggedFamilies) {
            if (Status stepped = (this->*step)(); !stepped)
                return stepped;
            return noteGuardedRows();
        }
        // Case codes read before the step too: an undo of adding removes the family it names.
        AccessLog log(db());
        const QList<qint64> before = m_loggedFamilies();
        auto codes = log.caseCodes(before);
        if (!codes)
            return codes.error();
        if (Status stepped = (this->*step)(); !stepped)
            return stepped;
        if (Status noted = noteGuardedRows(); !noted)
            return noted;
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
    if (!done)
        putBack();
    return done;
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
