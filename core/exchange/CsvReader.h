#pragma once
// Reads the CSV files coordinators save from Excel or LibreOffice in the Netherlands: UTF-8
// with or without BOM, comma or semicolon separated (detected from the header row), quoted
// cells with separators, quotes and line breaks inside, CRLF or LF line ends. Parsing is done
// by libcsv in strict mode, so a damaged file is refused rather than read half-right.
// Cell text is kept exactly as written (only CRLF inside a cell becomes LF).

#include "CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Far above any real register of families or workers; stops a wrong file from filling memory.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    static Result<CsvTable> readFile(const QString &path);
    // fileName names the file in messages.
    static Result<CsvTable> parse(QByteArray bytes, const QString &fileName);
    // ';' when the first row holds more semicolons than commas outside quotes, else ','.
    static char detectSeparator(const QByteArray &bytes);
};
