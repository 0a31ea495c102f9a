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

    // A duo needs one active trusted person and one active professional.
    Result<qint64> add(const Duo &duo);
    Result<Duo> get(qint64 id) const;
    Result<QList<Duo>> all() const; // with member names; bounded, so not paged

private:
    Database &m_db;
};
