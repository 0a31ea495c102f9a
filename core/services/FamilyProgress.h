#pragma once
// A family's status follows the work (issue 17): a duo assigned to a referred family starts its
// intake, and the first visit done makes it active. Only forward, and never out of "closed",
// which stays the coordinator's own step (with its reason, FamilyStore::update). Each step is
// taken inside the edit that causes it, so that edit's undo takes it back as well.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class FamilyProgress
{
    Q_DECLARE_TR_FUNCTIONS(FamilyProgress)
public:
    explicit FamilyProgress(Database &db) : m_db(db) {}

    // Moves the family to `to` when it stands at an earlier step; returns the status it had,
    // which equals the current one when nothing changed.
    Result<FamilyStatus> advance(qint64 familyId, FamilyStatus to);
    // Undo of advance(): the family gets `before` back.
    Status putBack(qint64 familyId, FamilyStatus before);

    // Whether advance(to) would move a family at `from`.
    static bool moves(FamilyStatus from, FamilyStatus to);

private:
    Database &m_db;
};
