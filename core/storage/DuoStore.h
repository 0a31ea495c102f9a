#pragma once
// Duos: one trusted person and one professional who visit families together.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class DuoStore
{
    Q_DECLARE_TR_FUNCTIONS(DuoStore)
public:
    explicit DuoStore(Database &db) : m_db(db) {}

    // The statement of format 10 that makes the view duo_names (id, name: "trusted person &
    // professional"), read by lists that show each row's duo. `condition` limits who reads it
    // (a server's: the team of this database), empty for a file.
    static QString namesView(const QString &condition);

    // A duo needs one active trusted person and one active professional.
    Result<qint64> add(const Duo &duo);
    Result<Duo> get(qint64 id) const;
    Result<QList<Duo>> all() const; // with member names; bounded, so not paged

    // Changes the members and the start date (the end date: see setEnd). Members change only
    // while the duo has no families and no visits: its history must keep telling who was there.
    Status update(const Duo &duo);
    // Ends the duo on `to` (archive), or with a null date lets it work on (restore). A duo that
    // still has families after `to` is not ended alone: Handover hands them over first.
    Status setEnd(qint64 id, const QDate &to);
    // Undo of add(): refused once the duo has families or visits.
    Status remove(qint64 id);
    // Redo of add() after remove(): the row comes back with its own id.
    Status restore(const Duo &duo);

private:
    // The member and date rules of add(); an inactive member is refused only when
    // `checkActive`, so the dates of a duo whose member has left can still be corrected.
    Status check(const Duo &duo, bool checkActive) const;
    Result<qint64> insert(const Duo &duo, qint64 id);
    Result<int> familiesAndVisits(qint64 id) const;

    Database &m_db;
};
