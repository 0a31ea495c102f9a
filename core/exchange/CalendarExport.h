#pragma once
// The visits of one period as an RFC 5545 iCalendar file that Outlook, Google Calendar and
// Thunderbird import: one event a visit, in Europe/Amsterdam time, with UIDs that stay the same
// on every export, so importing again updates the events instead of adding them twice. The
// case code leaves the database, and the family's address (each event's LOCATION) only when the
// request asks for it (withAddress); never the family name, a household member or report text.

#include "Result.h"
#include "exchange/ExportRequest.h"
#include "storage/PrivateFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;
class Progress;

class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    // What an export wrote.
    struct Calendar
    {
        QByteArray bytes;  // the whole VCALENDAR, UTF-8 with CRLF line ends
        int visits = 0;    // events in it
        int cancelled = 0; // of which STATUS:CANCELLED
    };

    explicit CalendarExport(Database &db) : m_db(db) {}

    // The moment of the export (UTC): DTSTAMP, LAST-MODIFIED and SEQUENCE follow it. Now when
    // not set; tests fix it.
    void setExportedAt(const QDateTime &at) { m_exportedAt = at.toUTC(); }

    // The request's visits as a calendar: the visits of one duo, of every duo one worker is part
    // of, or of all duos, that start from `from` up to and including `to`. `progress` gets a
    // step every few visits; once it is cancelled, the result is Error::cancelled.
    Result<Calendar> render(const ExportRequest &request, const Progress *progress = nullptr) const;
    // render(), written to `path` in one step (PrivateFile: owner-only, never over the
    // database): the file is whole, or as it was, also when `progress` is cancelled before the
    // file is in place. `beforePublish` runs just before it appears (the export's record).
    Result<Calendar> write(const ExportRequest &request, const QString &path,
                           const Progress *progress = nullptr,
                           const PrivateFile::BeforePublish &beforePublish = {}) const;

    // What the access log says was exported: "calendar", or "calendar_with_address" when the
    // families' addresses left with it.
    static QString logDetail(const ExportRequest &request);

    // The UID of a visit of the database with this identity (see Migrations, version 5).
    static QString uid(const QString &databaseIdentity, qint64 visitId);
    // SEQUENCE of every event of an export made at `at`: the seconds since 2020-01-01 UTC.
    static int sequence(const QDateTime &at);
    // A SUMMARY property with this text as the file carries it: escaped, folded and ended as
    // libical writes it, after the text was made fit for iCalendar (see the .cpp).
    static QByteArray summaryProperty(const QString &text);
    // The address as a Dutch address line, "Dorpsstraat 12, 1234 AB Utrecht", leaving out
    // what is empty (no street: "1234 AB Utrecht"); empty when all three are.
    static QString addressLine(const QString &street, const QString &postcode, const QString &city);

private:
    static constexpr int StepEvery = 50;
    static Error cancelledError();

    Database &m_db;
    QDateTime m_exportedAt;
};
