#pragma once
// Imports trusted persons and professionals from a CSV file (format: docs/import-format.md).
// All or nothing: read() checks every row before anything is written, write() adds them all in
// one transaction or, on any problem, none. An organisation the database does not know yet is
// created in that same transaction (a community organisation for a trusted person, a care
// provider for a professional), so it exists only if the whole import succeeds.

#include "CsvTable.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Database;
class Progress;

class WorkerImporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkerImporter)
public:
    struct Summary
    {
        QList<qint64> workerIds; // in file order
        int trustedPersons = 0;
        int professionals = 0;
        QStringList createdOrganisations;     // names, in order of first appearance
        QList<qint64> createdOrganisationIds; // the same order
    };

    static const QStringList &columns();
    static const QStringList &requiredColumns();
    // The Dutch heading of each column, in the order of columns(): "Naam", "Rol", ...
    static const QStringList &dutchColumns();
    // More headings coordinators use for the same columns ("Telefoonnummer" for phone).
    static const QHash<QString, QString> &otherHeadings();

    // Reads and checks the whole file; touches no database. Steps `progress` in rows checked
    // out of all (after the file is parsed); a cancel there returns Error::cancelled.
    Status read(const QString &path, const Progress *progress = nullptr);
    Status read(CsvTable table, const Progress *progress = nullptr);
    // organisationName is set, organisationId is not: it is resolved when writing.
    const QList<Worker> &workers() const { return m_workers; }
    QString fileName() const { return m_table.fileName; }

    // A worker read who is already in the database: same name and organisation (in any
    // Unicode form and case).
    struct Duplicate
    {
        int index = 0;     // in workers()
        int rowNumber = 0; // in the file, as a spreadsheet shows it
        QString name;
        QString organisationName;
    };
    // The workers read who are already in `db`, in file order: found before anything is
    // written, so the question before an import can name them.
    Result<QList<Duplicate>> findDuplicates(const Database &db) const;
    // Leaves these workers out of write(): the user chose to import only the new ones.
    void leaveOut(const QList<Duplicate> &duplicates);

    // Adds the workers read (but those left out) in one transaction (joining an outer one). Refuses
    // a worker who is already in the database with the same organisation. Steps `progress` in
    // workers written out of all; a cancel there rolls the whole import back, new organisations
    // included (an outer transaction too: the error reaches it), and returns Error::cancelled.
    Result<Summary> write(Database &db, const Progress *progress = nullptr) const;

private:
    // Rows checked between two steps of read(): often enough for a bar, rarely enough to cost
    // nothing.
    static constexpr qint64 StepRows = 256;
    Error cancelled() const;
    Result<Worker> workerFrom(const CsvRow &row) const;

    CsvTable m_table;
    QList<Worker> m_workers; // in file order, m_workers[i] from m_table.rows[i]
    QSet<int> m_leftOut;     // indexes in m_workers
};
