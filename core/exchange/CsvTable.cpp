#include "CsvTable.h"

namespace {
// Spreadsheet column letters (A, B, ..., Z, AA, ...), for a column that has no header name:
// that is how the user finds it on screen.
QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}
} // namespace

QString CsvTable::normalisedName(const QString &headerName)
{
    // "Max. caseload", "E-mail adres", "Verwezen  op ": what a spreadsheet heading may look
    // like; '.' and '-' are dropped and runs of spaces and '_' become one '_'.
    QString name = headerName.normalized(QString::NormalizationForm_C).toLower();
    name.remove(QLatin1Char('.')).remove(QLatin1Char('-'));
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return name;
}

Status CsvTable::mapColumns(const QStringList &known, const QStringList &required,
                            const QStringList &dutch, const QHash<QString, QString> &otherNames)
{
    m_columns.clear();
    QHash<QString, QString> headings = otherNames; // any accepted heading -> known name
    for (int i = 0; i < qMin(known.size(), dutch.size()); ++i)
        headings.insert(normalisedName(dutch.at(i)), known.at(i));
    const auto dutchOf = [&](const QString &name) {
        return dutch.value(int(known.indexOf(name)));
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString name =
            headings.value(normalisedName(header.at(i)), normalisedName(header.at(i)));
        if (name.isEmpty()) {
            // Spreadsheets often save a few empty columns after the last one; harmless unless
            // something was typed in them, which would otherwise be lost without a word.
            for (const CsvRow &row : rows)
                if (i < row.cells.size() && !row.cells.at(i).trimmed().isEmpty())
                    return errorAt(row.number, i,
                                   tr("This cell lies in a column without a name "
                                      "in the header row."));
            continue;
        }
        if (!known.contains(name)) {
            if (dutch.isEmpty())
                return errorAt(1, i,
                               tr("The column \"%1\" is not known; the known columns are %2.")
                                   .arg(header.at(i).trimmed(), known.join(QLatin1String(", "))));
            return errorAt(1, i,
                           tr("The column \"%1\" is not known; the known columns are %2, or in "
                              "Dutch %3.")
                               .arg(header.at(i).trimmed(), known.join(QLatin1String(", ")),
                                    dutch.join(QLatin1String(", "))));
        }
        if (m_columns.contains(name))
            return errorAt(1, i,
                           tr("The column \"%1\" appears twice.").arg(header.at(i).trimmed()));
        m_columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (m_columns.contains(name))
            continue;
        if (dutchOf(name).isEmpty())
            return Error::invalid(
                tr("%1, row 1: the required column \"%2\" is missing.").arg(fileName, name));
        return Error::invalid(tr("%1, row 1: the required column \"%2\" (in Dutch \"%3\") is "
                                 "missing.")
                                  .arg(fileName, name, dutchOf(name)));
    }
    for (const CsvRow &row : rows)
        for (int i = int(header.size()); i < row.cells.size(); ++i)
            if (!row.cells.at(i).trimmed().isEmpty())
                return errorAt(row.number, i,
                               tr("This cell lies beyond the last column of the header row."));
    return {};
}

QString CsvTable::cell(const CsvRow &row, const QString &column) const
{
    const int index = m_columns.value(column, -1);
    if (index < 0 || index >= row.cells.size())
        return {};
    return row.cells.at(index).trimmed();
}

Error CsvTable::errorAt(const CsvRow &row, const QString &column, const QString &reason) const
{
    return errorAt(row.number, m_columns.value(column, -1), reason);
}

Error CsvTable::errorAt(int rowNumber, int columnIndex, const QString &reason) const
{
    QString column;
    if (columnIndex >= 0 && columnIndex < header.size() && rowNumber > 1)
        column = header.at(columnIndex).trimmed();
    if (column.isEmpty() && columnIndex >= 0)
        column = columnLetters(columnIndex);
    if (column.isEmpty())
        return Error::invalid(
            tr("%1, row %2: %3").arg(fileName, QString::number(rowNumber), reason));
    return Error::invalid(
        tr("%1, row %2, column %3: %4").arg(fileName, QString::number(rowNumber), column, reason));
}

Error CsvTable::errorInRow(const CsvRow &row, const QString &reason) const
{
    return errorAt(row.number, -1, reason);
}
