#pragma once
// No lost edits (format 9). Every row a person edits in a form carries a version, with who
// changed it last and when; the database itself counts it up on every UPDATE (a trigger on
// both engines, so no program that writes can forget it). A store that saves a form's row
// says which version the form was opened with (… WHERE id = ? AND row_version = ?): when
// someone else committed a change in between, nothing is written and the user is told who
// and when (Error::Kind::Conflict), so the form can offer to reload. An undo is a save like
// any other, so undoing one's step after another person changed the same row is refused too.
//
// On a server "who" is the login (stamped by the server); in a file, where people take turns,
// nobody is named.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

class RowVersions
{
    Q_DECLARE_TR_FUNCTIONS(RowVersions)
public:
    // The tables with a row version in format 9 (later formats add their own).
    static QStringList tables();
    // The statements of format 9 that add the versions: in a file, on a server (with the
    // function the triggers call).
    static QStringList fileStatements();
    static QStringList serverStatements();
    // The same for one table of a later format.
    static QStringList fileStatements(const QString &table);
    static QStringList serverStatements(const QString &table);

    // After an UPDATE … WHERE id = ? AND row_version = ? that changed `affected` rows: fine for
    // one; for none, `missing` when the row is gone, or a conflict naming who changed `what`
    // ("the family Öztürk (G-2026-0042)") and when.
    static Status checkSaved(const Database &db, const QString &table, qint64 id, int affected,
                             const QString &what, const QString &missing);

    // When a step is taken: by a form being saved, or by an undo or redo of an earlier step.
    enum class Moment { Saving, Undoing };
    // Inside the step's transaction, before it writes: fine when row `id` of `table` still has
    // version `seen` (or is gone, which the step itself reports), else a conflict naming who
    // changed `what` and when. On a server the row stays locked until the transaction ends,
    // so nobody changes it between this check and the step's write.
    static Status checkUnchanged(const Database &db, const QString &table, qint64 id, qint64 seen,
                                 const QString &what, Moment moment);
    // The row's version now; 0 when there is no such row.
    static Result<qint64> current(const Database &db, const QString &table, qint64 id);

private:
    static QString keyColumn(const QString &table);
    static Error conflict(const QString &by, const QString &changedAt, const QString &what,
                          Moment moment);
};
