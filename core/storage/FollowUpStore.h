#pragma once
// Follow-up actions: what one of the duo will do for a family, by when. Most come from a visit
// report (VisitReportStore writes them in the same transaction as the visit); the Today page
// lists those due or overdue for its worker.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

class FollowUpStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpStore)
public:
    // One row of `id, family_id, visit_id, description, owner_id, due_on, done_on, owner name, case
    // code`, in this order: the store's own queries and the supervision package's reader select the
    // columns so.
    static FollowUp fromRow(const QSqlQuery &q);

    explicit FollowUpStore(Database &db) : m_db(db) {}

    // Adds an open follow-up. From a visit (visitId set; familyId may be 0 and is taken from
    // the visit) the owner is one of that visit's duo and the due date is not before the visit;
    // otherwise the owner is one of the family's current duo. Returns the new id.
    Result<qint64> add(const FollowUp &followUp);
    // Changes the description, owner and due date (the same rules as add); family, visit and
    // done date stay.
    Status update(const FollowUp &followUp);
    // Done on `day` by `by` (a name, as the access log names its actor); a null day makes it
    // open again and forgets who did it.
    Status setDone(qint64 id, const QDate &day, const QString &by = QString());
    // Undo of add().
    Status remove(qint64 id);
    // Redo of add() after remove(), and undo of a removal: the row comes back with its own id
    // and done date.
    Status restore(const FollowUp &followUp);

    Result<FollowUp> get(qint64 id) const;
    // The family's follow-ups: open ones by due date first, then the done ones, latest first.
    Result<QList<FollowUp>> forFamily(qint64 familyId) const;
    // Those written in the report of one visit, in the order they were added.
    Result<QList<FollowUp>> forVisit(qint64 visitId) const;
    // Those decided at a case consultation (by follow_ups_by_meeting).
    Result<QList<FollowUp>> forMeeting(qint64 meetingId) const;
    // The open follow-ups of one worker due on or before `until` (overdue ones included), the
    // most urgent first: what a "Today" page shows (until = today, or a few days ahead).
    Result<QList<FollowUp>> dueFor(qint64 ownerId, const QDate &until) const;

private:
    // The rules that need the database; fills familyId from the visit when it is 0.
    Status check(FollowUp *followUp) const;
    Result<qint64> insert(const FollowUp &followUp, qint64 id);
    Result<QList<FollowUp>> list(const QString &where, const QString &order,
                                 const QVariantList &binds) const;

    Database &m_db;
};
