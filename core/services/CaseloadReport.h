#pragma once
// How full every worker's caseload is on a day: the families they carry through a current
// assignment against the maximum they can take. The coordinator's caseload view reads it; it
// counts the way WorkerStore::caseloads does, so the view and the matching agree.

#include "Result.h"
#include "domain/Domain.h"

#include <QDate>

class Database;

// One worker's caseload on the day of the report.
struct WorkerCaseload
{
    qint64 workerId = 0;
    QString name;
    WorkerRole role = WorkerRole::TrustedPerson;
    qint64 organisationId = 0;
    QString organisationName;
    bool active = true;     // archived workers appear only while they still carry families
    int activeFamilies = 0; // non-closed families with a current assignment of one of their duos
    int maxCaseload = 0;

    // Negative when over-full.
    int freePlaces() const { return maxCaseload - activeFamilies; }
    // At the maximum: no room for another family, but not over it either.
    bool isFull() const { return activeFamilies >= maxCaseload; }
    bool isOverFull() const { return activeFamilies > maxCaseload; }
    // How full, as a fraction of the maximum (1.0 is exactly full).
    double load() const { return maxCaseload > 0 ? double(activeFamilies) / maxCaseload : 0.0; }
};

class CaseloadReport
{
public:
    explicit CaseloadReport(const Database &db) : m_db(db) {}

    // Every active worker, and every archived one who still carries families, by name. One
    // grouped query, however many workers there are.
    Result<QList<WorkerCaseload>> workers(const QDate &day) const;

private:
    const Database &m_db;
};
