#pragma once
// The visit log of a period as CSV for managers, opened by double-click in Dutch Excel:
// RFC 4180 with a semicolon separator (Excel in a Dutch locale splits on ";", and a comma in
// a Dutch number would otherwise split the cell), UTF-8 with a byte-order mark (without it
// Excel reads the file as Windows-1252 and garbles "ë" and "ı"), CRLF after every record.
// A field holding ";", a quote, CR or LF is quoted, with quotes doubled.
//
// Dates are ISO (2026-03-01) and times HH:MM: Excel turns both into real dates and times in
// any locale, and they sort as text. Durations are whole minutes, so no decimal comma arises.
//
// Never any family name or address: only the case code, which those allowed to can look up
// in DuoCoach. A CSV file cannot be encrypted and is easily forwarded, and counting visits
// needs no names; the reason a visit did not take place is free text and is always masked
// with the family's names (NameMasker). So the CSV is always pseudonymised.
//
// Text a user typed that starts with =, +, -, @, a tab or a carriage return gets an
// apostrophe in front: Excel would run it as a formula (CSV injection, e.g.
// =HYPERLINK(...)). The apostrophe shows, which is the price of a file that can be opened
// safely; numbers, dates and times are written by DuoCoach and need no guard.
//
// Rows stream from one query (visits by start, the index's order) through a buffer into the
// file: memory stays flat however long the period.

#include "ExportRequest.h"
#include "Result.h"
#include "storage/PrivateFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class Database;

class VisitLogCsv
{
    Q_DECLARE_TR_FUNCTIONS(VisitLogCsv)
public:
    // Writes `path` whole or not at all (a temporary file renamed into place). Returns the
    // number of visits written. The log goes to the managers and supervisors a supervision
    // package goes to, so it leaves out the same families: those without consent for a
    // supervision export on `consentOn` (ConsentStore). Owner-only, never over the database
    // (PrivateFile); `beforePublish` runs just before the file appears (the export's record).
    static Result<qint64> write(const Database &db, const QString &path,
                                const ExportRequest &request,
                                const QDate &consentOn = QDate::currentDate(),
                                const PrivateFile::BeforePublish &beforePublish = {});

    // Appends one field. guardFormula: the field is user text (see above).
    static void appendField(QByteArray &out, const QString &text, bool guardFormula);
    static void appendUtf8Field(QByteArray &out, QByteArrayView text, bool guardFormula);
    // The query the export runs, with its binds; for comparing with the sqlite3 shell.
    static QString query();
};
