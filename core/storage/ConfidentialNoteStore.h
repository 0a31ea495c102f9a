#pragma once
// Notes for the trusted person only: what a family told the trusted person in confidence. A
// note is read back only by the trusted person who wrote it, working as themselves; every other
// user (the professional, a coordinator, a supervisor) gets nothing, not even a count. No export
// reads this table.

#include "Result.h"
#include "domain/Domain.h"
#include "services/CurrentUser.h"

#include <QCoreApplication>

class Database;

class ConfidentialNoteStore
{
    Q_DECLARE_TR_FUNCTIONS(ConfidentialNoteStore)
public:
    explicit ConfidentialNoteStore(Database &db) : m_db(db) {}

    // True when `user` may write and read such notes for the family: a trusted person working
    // as themselves, in a duo that is or was assigned to the family.
    Result<bool> mayKeepNotes(qint64 familyId, const CurrentUser &user) const;

    // Adds the author's note (note.trustedPersonId is the author; a null writtenAt is now).
    // Refused for anyone who may not keep notes for the family, and for an empty text.
    Result<qint64> add(const ConfidentialNote &note, const CurrentUser &author);
    // Undo of add(): only the author takes their own note back.
    Status remove(qint64 id, const CurrentUser &author);
    // Redo of add() after remove(): the note comes back with its own id.
    Status restore(const ConfidentialNote &note, const CurrentUser &author);

    // The family's notes `asking` wrote, newest first; empty for everyone else.
    Result<QList<ConfidentialNote>> forFamily(qint64 familyId, const CurrentUser &asking) const;

private:
    Status check(const ConfidentialNote &note, const CurrentUser &author) const;
    Result<qint64> insert(const ConfidentialNote &note, qint64 id);

    Database &m_db;
};
