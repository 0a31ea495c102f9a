#pragma once
// Debriefs after heavy visits: one of the visit's duo asks for one (on the visit report), a
// coordinator records that it took place and who held it. What was said is never stored.

#include "Result.h"
#include "domain/WorkerCare.h"

#include <QCoreApplication>

class Database;

class DebriefStore
{
    Q_DECLARE_TR_FUNCTIONS(DebriefStore)
public:
    explicit DebriefStore(Database &db) : m_db(db) {}

    // Asked for by `workerId` after visit `visitId`. Refused: a visit that did not happen
    // (not done), someone not of the visit's duo, a second request of the same person for the
    // same visit, a day before the visit. Returns the request as written, for its undo.
    Result<Debrief> ask(qint64 visitId, qint64 workerId, const QDate &today = QDate::currentDate());
    // Undo of ask(): refused once the debrief was held.
    Status withdraw(qint64 id);
    // Redo of ask() after withdraw(): with its own id.
    Status putBack(const Debrief &debrief);
    // Held on `day` by `heldBy` (not before it was asked for, not on a day to come); a null
    // day makes it open again (the undo).
    Status setHeld(qint64 id, const QDate &day, const QString &heldBy,
                   const QDate &today = QDate::currentDate());

    Result<Debrief> get(qint64 id) const;
    // The requests not held yet, the oldest first: what the coordinator sees.
    Result<QList<Debrief>> open() const;
    // The requests made after one visit.
    Result<QList<Debrief>> forVisit(qint64 visitId) const;

private:
    Result<QList<Debrief>> list(const QString &where, const QVariantList &binds) const;
    Result<Debrief> insert(qint64 id, qint64 visitId, qint64 workerId, const QDate &askedOn);

    Database &m_db;
};
