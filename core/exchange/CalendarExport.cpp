#include "CalendarExport.h"

#include "Progress.h"
#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

#include <libical/ical.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace {

const char *const TimeZoneId = "Europe/Amsterdam";

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct ZoneDeleter
{
    void operator()(icaltimezone *z) const { icaltimezone_free(z, 1); }
};
using Zone = std::unique_ptr<icaltimezone, ZoneDeleter>;

// libical's own Europe/Amsterdam is no use here: its TZID carries the prefix
// "/freeassociation.sourceforge.net/", which Google Calendar and Thunderbird do not take for the
// Olson name, and it spells out every rule since 1835, with offsets in seconds (+001932) that
// not every calendar program reads. This is one standard and one summer rule, the form Outlook
// and Thunderbird write themselves. Summer time starts on the last Sunday of March (since 1981)
// and ends on the last Sunday of October (since 1996), so the rule is exact for every moment from
// October 1996 on: DuoCoach has no older visits.
icalcomponent *newAmsterdamZone()
{
    icalcomponent *zone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(zone, icalproperty_new_tzid(TimeZoneId));
    auto observance = [](icalcomponent *part, const char *name, int from, int to, const char *start,
                         const char *rule) {
        icalcomponent_add_property(part, icalproperty_new_tzname(name));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(from));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetto(to));
        icalcomponent_add_property(part, icalproperty_new_dtstart(icaltime_from_string(start)));
        icalcomponent_add_property(part,
                                   icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
        return part;
    };
    constexpr int Cet = 3600;
    constexpr int Cest = 7200;
    icalcomponent_add_component(zone,
                                observance(icalcomponent_new_xstandard(), "CET", Cest, Cet,
                                           "19961027T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    icalcomponent_add_component(zone,
                                observance(icalcomponent_new_xdaylight(), "CEST", Cet, Cest,
                                           "19810329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    return zone;
}

// Local times are handled as "wall seconds": the wall-clock time read as if it were UTC.
qint64 wallSeconds(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::UTC).toSecsSinceEpoch();
}

QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// Converts with the very VTIMEZONE the file carries, so the local times written and the zone
// a calendar reads them with can never disagree (and no tz database is needed).
class ZoneClock
{
public:
    explicit ZoneClock(icalcomponent *vtimezone) : m_zone(icaltimezone_new())
    {
        icaltimezone_set_component(m_zone.get(), icalcomponent_new_clone(vtimezone));
    }

    int offsetAt(qint64 utc) const
    {
        icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(utc), 0,
                                                       icaltimezone_get_utc_timezone());
        return icaltimezone_get_utc_offset_of_utc_time(m_zone.get(), &t, nullptr);
    }

    qint64 toWall(qint64 utc) const { return utc + offsetAt(utc); }

    // Whether a local time occurs twice: the hour before summer time ends. A day before or
    // after a local time is far from any other change.
    bool occursTwice(qint64 wall) const
    {
        const int before = offsetAt(wall - 86400);
        const int after = offsetAt(wall + 86400);
        return before != after && offsetAt(wall - before) == before &&
               offsetAt(wall - after) == after;
    }

    // The instant a local time means as RFC 5545 (3.3.5) reads it: in the hour that occurs
    // twice when summer time ends, the first occurrence; in the hour skipped when it starts, the
    // offset before the gap (02:30 is 03:30 summer time).
    qint64 toUtc(qint64 wall) const
    {
        const int before = offsetAt(wall - 86400);
        const int after = offsetAt(wall + 86400);
        const bool beforeFits = offsetAt(wall - before) == before;
        const bool afterFits = offsetAt(wall - after) == after;
        if (beforeFits && afterFits)
            return wall - std::max(before, after);
        if (afterFits)
            return wall - after;
        return wall - before;
    }

private:
    Zone m_zone;
};

icaltimetype icalTime(qint64 seconds, bool utc)
{
    const QString text = fromSeconds(seconds).toString(QStringLiteral("yyyyMMdd'T'HHmmss")) +
                         (utc ? QStringLiteral("Z") : QString());
    return icaltime_from_string(text.toLatin1().constData());
}

icalproperty *withZone(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(TimeZoneId));
    return property;
}

// iCalendar TEXT may not hold control characters but the tab; a line break is written as \n.
// libical passes other control characters through (an invalid file) and drops a lone CR
// (joining two lines into one word), so the text is made fit before it is handed over.
QByteArray fitText(const QString &text)
{
    QString fit = text;
    fit.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    out.reserve(fit.size());
    for (const QChar c : std::as_const(fit)) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7f)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.toUtf8();
}

QByteArray serialise(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

struct VisitRow
{
    qint64 id = 0;
    QDate day;
    QTime time;
    int minutes = 0;
    QString status;
    QString caseCode;
    QString address; // empty unless the request asks for it
};

} // namespace

QString CalendarExport::logDetail(const ExportRequest &request)
{
    return request.withAddress ? QStringLiteral("calendar_with_address")
                               : QStringLiteral("calendar");
}

QString CalendarExport::uid(const QString &databaseIdentity, qint64 visitId)
{
    return QStringLiteral("visit-%1@%2.duocoach").arg(visitId).arg(databaseIdentity);
}

int CalendarExport::sequence(const QDateTime &at)
{
    // Outlook and Google Calendar apply an imported event over the one they hold only when its
    // SEQUENCE is higher, and DuoCoach keeps no revision count of a visit. Every export is
    // therefore a newer revision of all its events: seconds since 2020 always grow, and fit
    // the 32-bit integer calendars keep until 2088.
    const qint64 seconds = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).secsTo(at);
    return int(std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max()));
}

QByteArray CalendarExport::summaryProperty(const QString &text)
{
    icalproperty *property = icalproperty_new_summary(fitText(text).constData());
    char *line = icalproperty_as_ical_string_r(property);
    const QByteArray bytes(line);
    icalmemory_free_buffer(line);
    icalproperty_free(property);
    return bytes;
}

QString CalendarExport::addressLine(const QString &street, const QString &postcode,
                                    const QString &city)
{
    // Postcodes are stored as "1234 AB"; one from before that rule is written the same way.
    const QString code =
        postcode.trimmed().isEmpty() ? QString() : Validation::normalisePostcode(postcode);
    QStringList place{code, city.trimmed()};
    place.removeAll(QString());
    QStringList line{street.trimmed(), place.join(QLatin1Char(' '))};
    line.removeAll(QString());
    return line.join(QStringLiteral(", "));
}

Error CalendarExport::cancelledError()
{
    return Error::cancelled(tr("The calendar export was cancelled; nothing was written."));
}

Result<CalendarExport::Calendar> CalendarExport::render(const ExportRequest &request,
                                                        const Progress *progress) const
{
    const QString name = m_db.displayName();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error::invalid(tr("The period of the calendar export needs a first and a last "
                                 "day, the last not before the first."));
    if (request.duoId && request.workerId)
        return Error::invalid(tr("A calendar export is for one duo or one worker, not both."));

    auto identity = m_db.scalar(QStringLiteral("SELECT identity FROM database_identity"));
    if (!identity || identity->toString().size() != 32)
        return Error::refused(tr("The database \"%1\" has no identity for its calendar events; "
                                 "open it once in DuoCoach, or run \"duocoach-cli init\" on it, "
                                 "to upgrade it.")
                                  .arg(name));
    if (request.duoId) {
        auto known =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE id = ?"), {request.duoId});
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return Error::invalid(
                tr("The database \"%1\" has no duo with number %2.").arg(name).arg(request.duoId));
    }
    if (request.workerId) {
        auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"),
                                 {request.workerId});
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return Error::invalid(tr("The database \"%1\" has no worker with number %2.")
                                      .arg(name)
                                      .arg(request.workerId));
    }

    // Only what the file shows is read: the family's case code, its address only when the
    // request asks for it, never its name.
    QString sql =
        QStringLiteral("SELECT v.id, v.starts_at, v.duration_minutes, v.status, f.case_code");
    if (request.withAddress)
        sql += QStringLiteral(", f.street, f.postcode, f.city");
    sql += QStringLiteral(" FROM visits v JOIN families f ON f.id = v.family_id "
                          "WHERE v.starts_at >= ? AND v.starts_at < ? ");
    QVariantList binds{SqlValues::date(request.from), SqlValues::date(request.to.addDays(1))};
    if (request.duoId) {
        sql += QStringLiteral("AND v.duo_id = ? ");
        binds << request.duoId;
    } else if (request.workerId) {
        sql += QStringLiteral("AND v.duo_id IN (SELECT id FROM duos WHERE trusted_person_id = ? "
                              "OR professional_id = ?) ");
        binds << request.workerId << request.workerId;
    }
    sql += QStringLiteral("ORDER BY v.starts_at, v.id");
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<VisitRow> rows;
    while (q.value()->next()) {
        if (Progress::cancelled(progress)) {
            q.value()->finish();
            return cancelledError();
        }
        VisitRow row;
        row.id = q.value()->value(0).toLongLong();
        // Wall-clock time in the Netherlands, read as written: through a local QDateTime, a
        // time in the hour skipped in spring would move on a Dutch machine.
        const QString start = q.value()->value(1).toString();
        row.day = QDate::fromString(start.left(10), Qt::ISODate);
        row.time = QTime::fromString(start.mid(11, 8), Qt::ISODate);
        row.minutes = q.value()->value(2).toInt();
        row.status = q.value()->value(3).toString();
        row.caseCode = q.value()->value(4).toString();
        if (request.withAddress)
            row.address =
                addressLine(q.value()->value(5).toString(), q.value()->value(6).toString(),
                            q.value()->value(7).toString());
        if (!row.day.isValid() || !row.time.isValid())
            return Error::integrity(
                tr("The database \"%1\" holds visit %2 with a start that is not "
                   "a time (\"%3\").")
                    .arg(name)
                    .arg(row.id)
                    .arg(start));
        rows << row;
    }

    const QDateTime exportedAt =
        m_exportedAt.isValid() ? m_exportedAt : QDateTime::currentDateTimeUtc();
    const qint64 stamp = exportedAt.toSecsSinceEpoch();
    const int revision = sequence(exportedAt);

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(
        calendar.get(), icalproperty_new_prodid("-//DuoCoach//DuoCoach " DUOCOACH_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent *zone = newAmsterdamZone();
    icalcomponent_add_component(calendar.get(), zone);
    const ZoneClock clock(zone);

    Calendar result;
    const QString identityText = identity->toString();
    const qint64 total = rows.size();
    Progress::step(progress, 0, total);
    for (const VisitRow &row : std::as_const(rows)) {
        if (Progress::cancelled(progress))
            return cancelledError();
        // A step every few visits: a year of a busy duo is a few hundred.
        if (result.visits > 0 && result.visits % StepEvery == 0)
            Progress::step(progress, result.visits, total);
        const qint64 start = clock.toUtc(wallSeconds(row.day, row.time));
        const qint64 end = start + qint64(row.minutes) * 60;
        const bool cancelled = row.status == QLatin1String("cancelled");

        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(
            event, icalproperty_new_uid(uid(identityText, row.id).toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(icalTime(stamp, true)));
        icalcomponent_add_property(event, icalproperty_new_lastmodified(icalTime(stamp, true)));
        icalcomponent_add_property(event, icalproperty_new_sequence(revision));
        // A local time in the hour that occurs twice cannot say which of the two it means, and
        // readers differ: RFC 5545 (3.3.5) takes the first, libical the second. Such a start or
        // end is written in UTC; every other one in Europe/Amsterdam time.
        const auto time = [&clock](icalproperty *(*make)(icaltimetype), qint64 utc) {
            const qint64 wall = clock.toWall(utc);
            return clock.occursTwice(wall) ? make(icalTime(utc, true))
                                           : withZone(make(icalTime(wall, false)));
        };
        icalcomponent_add_property(event, time(icalproperty_new_dtstart, start));
        icalcomponent_add_property(event, time(icalproperty_new_dtend, end));
        icalcomponent_add_property(
            event,
            icalproperty_new_summary(
                fitText(
                    tr("%1 – Home visit", "calendar event; %1 is the case code").arg(row.caseCode))
                    .constData()));
        // Escaped as TEXT like the summary. A family without any address gets no LOCATION
        // rather than an empty one.
        if (!row.address.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_location(fitText(row.address).constData()));
        // A cancelled visit is taken out of the calendar that holds it. A no-show stays
        // confirmed: the duo went to the door, so the time was theirs (and the figures, not the
        // calendar, say that nobody opened).
        icalcomponent_add_property(
            event,
            icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(
            event,
            icalproperty_new_transp(cancelled ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE));
        // Colleagues who may see the calendar see "busy", not the case code.
        icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
        icalcomponent_add_component(calendar.get(), event);
        ++result.visits;
        if (cancelled)
            ++result.cancelled;
    }
    result.bytes = serialise(calendar.get());
    Progress::step(progress, total, total);
    return result;
}

Result<CalendarExport::Calendar>
CalendarExport::write(const ExportRequest &request, const QString &path, const Progress *progress,
                      const PrivateFile::BeforePublish &beforePublish) const
{
    auto calendar = render(request, progress);
    if (!calendar)
        return calendar;
    // Case codes and visit times are still about families in care: for the owner only.
    PrivateFile file(path, m_db.filePath());
    if (Status opened = file.openForWriting(); !opened)
        return opened.error().kind == Error::Kind::Refused
                   ? opened.error()
                   : Error::refused(tr("Could not write the calendar file \"%1\" (%2).")
                                        .arg(path, file.errorString()));
    const bool whole = file.write(calendar->bytes) == calendar->bytes.size();
    // The last moment to stop: the temporary file is dropped, the target stays as it was.
    if (whole && Progress::cancelled(progress)) {
        file.cancelWriting();
        return cancelledError();
    }
    if (!whole)
        return Error::refused(
            tr("Could not write the calendar file \"%1\" (%2).").arg(path, file.errorString()));
    if (Status published = file.publish(beforePublish); !published)
        return published.error();
    return calendar;
}
