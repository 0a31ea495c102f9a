#pragma once
// Imports families from the CSV file coordinators keep today (format: docs/import-format.md).
// All or nothing: read() checks every row before anything is written, write() adds them all in
// one transaction or, on any problem, none. Errors name the file, row and column.

#include "CsvTable.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Database;
class Progress;

class FamilyImporter
{
    Q_DECLARE_TR_FUNCTIONS(FamilyImporter)
public:
    static const QStringList &columns();
    static const QStringList &requiredColumns();
    // The Dutch heading of each column, in the order of columns(): "Achternaam", "Straat", ...
    static const QStringList &dutchColumns();
    // More headings coordinators use for the same columns ("Woonplaats" for city).
    static const QHash<QString, QString> &otherHeadings();

    // Reads and checks the whole file; touches no database. Steps `progress` in rows checked
    // out of all (after the file is parsed); a cancel there returns Error::cancelled.
    Status read(const QString &path, const Progress *progress = nullptr);
    Status read(CsvTable table, const Progress *progress = nullptr);
    const QList<Family> &families() const { return m_families; }
    QString fileName() const { return m_table.fileName; }

    // A family read that is already in the database: same name (in any Unicode form and
    // case), postcode and referral date.
    struct Duplicate
    {
        int index = 0;     // in families()
        int rowNumber = 0; // in the file, as a spreadsheet shows it
        QString familyName;
        QString caseCode; // of the family in the database
    };
    // The families read that are already in `db`, in file order: found before anything is
    // written, so the question before an import can name them.
    Result<QList<Duplicate>> findDuplicates(const Database &db) const;
    // Leaves these families out of write(): the user chose to import only the new ones.
    void leaveOut(const QList<Duplicate> &duplicates);
    int leftOut() const { return int(m_leftOut.size()); }

    // Adds the families read (but those left out), each with a new case code, in one
    // transaction (joining an outer one). Refuses a family already in the database. Returns them as
    // stored. Steps `progress` in families written out of all; a cancel there rolls the whole
    // import back (an outer transaction too: the error reaches it) and returns Error::cancelled.
    Result<QList<Family>> write(Database &db, const Progress *progress = nullptr) const;

private:
    // Rows checked between two steps of read(): often enough for a bar, rarely enough to cost
    // nothing.
    static constexpr qint64 StepRows = 256;
    Error cancelled() const;
    Result<Family> familyFrom(const CsvRow &row) const;

    CsvTable m_table;
    QList<Family> m_families; // in file order, m_families[i] from m_table.rows[i]
    QSet<int> m_leftOut;      // indexes in m_families
};
