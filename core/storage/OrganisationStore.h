#pragma once
// Organisations (community organisation, care provider, municipality) and their contact person.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationStore)
public:
    explicit OrganisationStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Organisation &organisation);
    Result<Organisation> get(qint64 id) const;
    Result<QList<Organisation>> all() const;
    // 0 when there is no organisation of that name (compared case-insensitively).
    Result<qint64> findByName(const QString &name) const;

    // Changes every field but the id and the archived flag (see setArchived).
    Status update(const Organisation &organisation);
    // An organisation that still has active workers stays: they are archived (handed over) first.
    Status setArchived(qint64 id, bool archived);
    // Undo of add(): refused once a worker belongs to the organisation.
    Status remove(qint64 id);
    // Redo of add() after remove(): the row comes back with its own id, so edits that refer to
    // it stay valid.
    Status restore(const Organisation &organisation);

private:
    Result<qint64> insert(const Organisation &organisation, qint64 id);
    // Names are unique (case-insensitively); exceptId is the organisation being renamed.
    Status checkNameFree(const QString &name, qint64 exceptId) const;

    Database &m_db;
};
