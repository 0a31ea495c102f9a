#pragma once
// A CSV file as read by CsvReader: its header and data rows, each row numbered as a spreadsheet
// shows it (the header is row 1), so every message can point the user at the exact cell.
// Importers map the header onto the columns they know and read cells by column name.

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

struct CsvRow
{
    int number = 0; // row number as a spreadsheet shows it; the header is row 1
    QStringList cells;
};

class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    QString fileName; // for messages: the name without its folder
    QStringList header;
    QList<CsvRow> rows; // data rows only; rows whose cells are all empty are left out

    // Maps the header onto `known` column names (case-insensitive; spaces count as '_'). A
    // coordinator's spreadsheet may use the Dutch headings instead: `dutch` holds the one for
    // each known column (same order; named in messages too), `otherNames` more headings seen
    // in practice (normalisedName form -> known name). Refuses an unknown, repeated or missing
    // required column, naming it.
    Status mapColumns(const QStringList &known, const QStringList &required,
                      const QStringList &dutch = {},
                      const QHash<QString, QString> &otherNames = {});
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }
    // The cell of a mapped column, trimmed; empty when the row is shorter than the header.
    QString cell(const CsvRow &row, const QString &column) const;

    // "families.csv, row 4, column postcode: reason": the column by its name in the header.
    Error errorAt(const CsvRow &row, const QString &column, const QString &reason) const;
    Error errorAt(int rowNumber, int columnIndex, const QString &reason) const;
    Error errorInRow(const CsvRow &row, const QString &reason) const;

    static QString normalisedName(const QString &headerName);

private:
    QHash<QString, int> m_columns; // known name -> index in header
};
