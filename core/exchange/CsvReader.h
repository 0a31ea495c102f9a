#pragma once
// Reads the CSV files coordinators save from Excel or LibreOffice in the Netherlands: UTF-8
// with or without BOM (or UTF-16, with or without BOM, as "Unicode text" is saved), comma or
// semicolon separated (detected from the header row), quoted cells with separators, quotes and line
// breaks inside, CRLF or LF line ends. Parsing is done by libcsv in strict mode, so a damaged file
// is refused rather than read half-right. Cell text is kept as written, in Unicode's composed form
// (NFC; CRLF inside a cell becomes LF); a cell with a control character (other than a line break or
// tab) is refused.

#include "CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringConverter>

#include <optional>

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
    // The UTF-16 byte order of a file saved as UTF-16 (by its byte order mark, or by where the
    // NUL bytes of Latin letters fall); nullopt for anything else.
    static std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &bytes);
};
