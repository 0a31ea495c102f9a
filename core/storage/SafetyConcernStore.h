#pragma once
// Safety concerns (signals of unsafety under the meldcode), raised on a visit or on a family.
// A concern is never deleted and, once closed with a note, never reopened or rewritten: the
// database's triggers refuse it (Migrations, version 4), so no program can lose one. Lists that
// show many families or visits ask for their flags in one query.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QSet>

class Database;
class QSqlQuery;

class SafetyConcernStore
{
    Q_DECLARE_TR_FUNCTIONS(SafetyConcernStore)
public:
    // One row of `id, family_id, visit_id, description, raised_by, raised_at, closed_by, closed_at,
    // closing_note`, in this order: the store's own queries and the supervision package's reader
    // select the columns so.
    static SafetyConcern fromRow(const QSqlQuery &q);

    explicit SafetyConcernStore(Database &db) : m_db(db) {}

    // Records an open concern on concern.familyId, or on concern.visitId (the family then comes
    // from the visit). raisedBy and a description are required; a null raisedAt is now.
    Result<qint64> raise(const SafetyConcern &concern);
    // Closes an open concern: by whom, when, and a note saying why (required).
    Status close(qint64 id, const QString &note, const QString &closedBy,
                 const QDateTime &at = QDateTime::currentDateTime());
    // Undo of raise(). A concern is never deleted, so a concern raised by mistake is closed with
    // a note saying so: the record shows it was raised and taken back, and by whom.
    Status withdraw(qint64 id, const QString &by,
                    const QDateTime &at = QDateTime::currentDateTime());

    Result<SafetyConcern> get(qint64 id) const;
    // The family's concerns: open ones first, then closed ones, each newest first.
    Result<QList<SafetyConcern>> forFamily(qint64 familyId) const;
    Result<QList<SafetyConcern>> openFor(qint64 familyId) const;
    Result<QList<SafetyConcern>> forVisit(qint64 visitId) const;
    // Of these families, those with an open concern: one query for a whole page of a list.
    Result<QSet<qint64>> familiesWithOpenConcern(const QList<qint64> &familyIds) const;
    // Of these visits, those a concern was raised on (open or closed), in one query.
    Result<QSet<qint64>> visitsWithConcern(const QList<qint64> &visitIds) const;

private:
    Result<QList<SafetyConcern>> list(const QString &where, const QVariantList &binds) const;
    Result<QSet<qint64>> idsAmong(const QString &sql, const QList<qint64> &ids) const;

    Database &m_db;
};
