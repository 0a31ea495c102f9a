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

private:
    Database &m_db;
};
