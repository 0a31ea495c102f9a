#pragma once
// Imports families from the CSV file coordinators keep today (format: docs/import-format.md).
// All or nothing: read() checks every row before anything is written, write() adds them all in
// one transaction or, on any problem, none. Errors name the file, row and column.

#include "CsvTable.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class FamilyImporter
{
    Q_DECLARE_TR_FUNCTIONS(FamilyImporter)
public:
    static const QStringList &columns();
    static const QStringList &requiredColumns();

    // Reads and checks the whole file; touches no database.
    Status read(const QString &path);
    Status read(CsvTable table);
    const QList<Family> &families() const { return m_families; }
    QString fileName() const { return m_table.fileName; }

    // Adds the families read, each with a new case code, in one transaction (joining an outer
    // one). Refuses a family already in the database. Returns them as stored.
    Result<QList<Family>> write(Database &db) const;

private:
    Result<Family> familyFrom(const CsvRow &row) const;

    CsvTable m_table;
    QList<Family> m_families; // in file order, m_families[i] from m_table.rows[i]
};
