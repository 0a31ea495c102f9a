#pragma once
// The family's surroundings as drawn on its network map: one row a person or organisation,
// with its ring, tie and place on the ring. Each change is one statement in one transaction;
// each has its undo here (an update is undone by updating back).

#include "Result.h"
#include "domain/NetworkMap.h"

#include <QCoreApplication>

class Database;

class NetworkMapStore
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMapStore)
public:
    explicit NetworkMapStore(Database &db) : m_db(db) {}

    // Refused: what NetworkMapText::check refuses, an unknown family. Returns the new id.
    Result<qint64> add(const NetworkMapEntry &entry);
    // Changes everything but the family (a drag changes ring and angle only, through here too).
    Status update(const NetworkMapEntry &entry);
    // Undo of add().
    Status remove(qint64 id);
    // Redo of add() after remove(): with its own id.
    Status restore(const NetworkMapEntry &entry);

    Result<NetworkMapEntry> get(qint64 id) const;
    // The family's map, by ring and then around it.
    Result<QList<NetworkMapEntry>> forFamily(qint64 familyId) const;

private:
    Status check(const NetworkMapEntry &entry) const;
    Result<qint64> insert(const NetworkMapEntry &entry, qint64 id);
    Result<QList<NetworkMapEntry>> list(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};
