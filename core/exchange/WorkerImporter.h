#pragma once
// Imports trusted persons and professionals from a CSV file (format: docs/import-format.md).
// All or nothing: read() checks every row before anything is written, write() adds them all in
// one transaction or, on any problem, none. An organisation the database does not know yet is
// created in that same transaction (a community organisation for a trusted person, a care
// provider for a professional), so it exists only if the whole import succeeds.

#include "CsvTable.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class WorkerImporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkerImporter)
public:
    struct Summary
    {
        QList<qint64> workerIds; // in file order
        int trustedPersons = 0;
        int professionals = 0;
        QStringList createdOrganisations; // names, in order of first appearance
    };

    static const QStringList &columns();
    static const QStringList &requiredColumns();

    // Reads and checks the whole file; touches no database.
    Status read(const QString &path);
    Status read(CsvTable table);
    // organisationName is set, organisationId is not: it is resolved when writing.
    const QList<Worker> &workers() const { return m_workers; }
    QString fileName() const { return m_table.fileName; }

    // Adds the workers read in one transaction (joining an outer one). Refuses a worker who is
    // already in the database with the same organisation.
    Result<Summary> write(Database &db) const;

private:
    Result<Worker> workerFrom(const CsvRow &row) const;

    CsvTable m_table;
    QList<Worker> m_workers; // in file order, m_workers[i] from m_table.rows[i]
};
