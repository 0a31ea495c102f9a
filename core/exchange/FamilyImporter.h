#pragma once
// Imports families from the CSV file coordinators keep today (format: docs/import-format.md).
// All or nothing: read() checks every row before anything is written, write() adds them all in
// one transaction or, on any problem, none. Errors name the file, row and column.

#include "CsvTable.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;
class Progress;

class FamilyImporter
{
    Q_DECLARE_TR_FUNCTIONS(FamilyImporter)
public:
    static const QStringList &columns();
    static const QStringList &requiredColumns();

    // Reads and checks the whole file; touches no database. Steps `progress` in rows checked
    // out of all (after the file is parsed); a cancel there returns Error::cancelled.
    Status read(const QString &path, const Progress *progress = nullptr);
    Status read(CsvTable table, const Progress *progress = nullptr);
    const QList<Family> &families() const { return m_families; }
    QString fileName() const { return m_table.fileName; }

    // Adds the families read, each with a new case code, in one transaction (joining an outer
    // one). Refuses a family already in the database. Returns them as stored. Steps `progress`
    // in families written out of all; a cancel there rolls the whole import back (an outer
    // transaction too: the error reaches it) and returns Error::cancelled.
    Result<QList<Family>> write(Database &db, const Progress *progress = nullptr) const;

private:
    // Rows checked between two steps of read(): often enough for a bar, rarely enough to cost
    // nothing.
    static constexpr qint64 StepRows = 256;
    Error cancelled() const;
    Result<Family> familyFrom(const CsvRow &row) const;

    CsvTable m_table;
    QList<Family> m_families; // in file order, m_families[i] from m_table.rows[i]
};
