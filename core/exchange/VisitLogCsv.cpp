#include "VisitLogCsv.h"

#include "ExportSelection.h"
#include "NameMasker.h"
#include "ServerSnapshot.h"
#include "SqliteStatement.h"
#include "SupervisionPackageWriter.h"
#include "domain/DomainText.h"
#include "storage/Database.h"
#include "storage/SqliteEngine.h"

#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

namespace {
constexpr int FlushBytes = 1 << 20;

bool needsQuotes(QByteArrayView text)
{
    for (const char c : text)
        if (c == ';' || c == '"' || c == '\r' || c == '\n')
            return true;
    return false;
}

bool startsLikeFormula(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}
} // namespace

void VisitLogCsv::appendField(QByteArray &out, const QString &text, bool guardFormula)
{
    appendUtf8Field(out, text.toUtf8(), guardFormula);
}

void VisitLogCsv::appendUtf8Field(QByteArray &out, QByteArrayView text, bool guardFormula)
{
    const bool guard = guardFormula && startsLikeFormula(text);
    if (!guard && !needsQuotes(text)) {
        out += text;
        return;
    }
    const bool quote = needsQuotes(text);
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

QString VisitLogCsv::query()
{
    // The family's names come along only for a row with a reason to mask: the family row is
    // joined anyway, and the household's first names are one indexed lookup.
    return QStringLiteral(
        "SELECT v.starts_at, v.duration_minutes, f.case_code, v.duo_id, t.name, p.name, "
        "v.status, v.status_reason, v.trusted_person_present, v.professional_present, "
        "EXISTS (SELECT 1 FROM visit_reports r WHERE r.visit_id = v.id), "
        "(SELECT count(*) FROM safety_concerns c WHERE c.visit_id = v.id), v.family_id, "
        "CASE WHEN v.status_reason <> '' THEN f.family_name END, "
        "CASE WHEN v.status_reason <> '' THEN f.street END, "
        "CASE WHEN v.status_reason <> '' THEN f.postcode END, "
        "CASE WHEN v.status_reason <> '' THEN (SELECT group_concat(m.first_name, char(31)) "
        "FROM household_members m WHERE m.family_id = v.family_id) END "
        "FROM visits v JOIN families f ON f.id = v.family_id JOIN duos d ON d.id = v.duo_id "
        "JOIN workers t ON t.id = d.trusted_person_id "
        "JOIN workers p ON p.id = d.professional_id WHERE %1 ORDER BY v.starts_at, v.id");
}

Result<qint64> VisitLogCsv::write(const Database &db, const QString &path,
                                  const ExportRequest &request, const QDate &consentOn,
                                  const PrivateFile::BeforePublish &beforePublish)
{
    const QString name = QFileInfo(path).fileName();
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error::invalid(tr("An export needs a first day and a last day after it."));
    // The same judgement as a package's: a duo or worker that does not exist is a mistake to
    // say, not an empty file to write over whatever was there.
    if (Status checked = SupervisionPackageWriter::check(db, request); !checked)
        return checked.error();
    const ExportSelection selection(request, consentOn);

    // Rows are read through SQLite's C API on the database's own connection: the text comes
    // out as the UTF-8 the file is written in, without a QVariant and a QString per field,
    // which keeps the export close to the sqlite3 shell's speed (issue 7, figure 5). From a
    // server, the period's rows are read into memory first and written from there.
    std::unique_ptr<Database> snapshot;
    if (db.isServer()) {
        // Only what query() and the consent check read: no attendees, goals or evaluations.
        auto taken = ServerSnapshot::take(
            db, request, nullptr,
            {QStringLiteral("organisations"), QStringLiteral("workers"), QStringLiteral("duos"),
             QStringLiteral("families"), QStringLiteral("household_members"),
             QStringLiteral("visits"), QStringLiteral("visit_reports"),
             QStringLiteral("safety_concerns"), QStringLiteral("consents")});
        if (!taken)
            return taken.error();
        snapshot = std::move(taken).value();
    }
    sqlite3 *handle = SqliteStatement::handleOf((snapshot ? *snapshot : db).connection());
    auto statement = SqliteStatement::prepare(handle, query().arg(selection.condition()));
    auto readError = [&](const QString &reason) {
        if (handle && SqliteEngine::isDamage(sqlite3_errcode(handle)))
            return SqliteEngine::damaged(db.displayName());
        return Error::storage(
            tr("Could not read the visits from \"%1\": %2").arg(db.displayName(), reason));
    };
    if (!statement)
        return readError(statement.message());
    SqliteStatement &rows = statement.value();
    if (Status bound = rows.bind(selection.binds()); !bound)
        return readError(bound.message());
    sqlite3_stmt *raw = rows.get();

    PrivateFile file(path, db.filePath());
    if (Status opened = file.openForWriting(); !opened)
        return opened.error().kind == Error::Kind::Refused
                   ? opened.error()
                   : Error::refused(tr("Could not write \"%1\": %2").arg(name, file.errorString()));

    const QByteArray yes = tr("yes").toUtf8();
    const QByteArray no = tr("no").toUtf8();
    QHash<QByteArray, QByteArray> statusNames;
    for (VisitStatus status :
         {VisitStatus::Planned, VisitStatus::Done, VisitStatus::Cancelled, VisitStatus::NoShow}) {
        QByteArray display;
        appendField(display, DomainText::display(status), false);
        statusNames.insert(DomainText::code(status).toUtf8(), display);
    }

    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    buffer += "\xEF\xBB\xBF";
    const QStringList header{tr("Date"),
                             tr("Time"),
                             tr("Duration (minutes)"),
                             tr("Case code"),
                             tr("Duo"),
                             tr("Trusted person"),
                             tr("Professional"),
                             tr("Status"),
                             tr("Reason"),
                             tr("Trusted person present"),
                             tr("Professional present"),
                             tr("Both present"),
                             tr("Report"),
                             tr("Safety concerns")};
    for (int i = 0; i < header.size(); ++i) {
        if (i)
            buffer += ';';
        appendField(buffer, header.at(i), false);
    }
    buffer += "\r\n";

    auto text = [&rows](int column) {
        return rows.text(column);
    };
    // Made per family when its first reason comes along, each also masking the names and
    // addresses of every family: a reason may name the neighbours.
    QHash<qint64, NameMasker> maskers;
    std::shared_ptr<const MaskTerms> everyFamily;
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const QByteArrayView start = text(0); // YYYY-MM-DDTHH:MM:SS
        buffer += start.first(qMin<qsizetype>(10, start.size()));
        buffer += ';';
        if (start.size() >= 16)
            buffer += start.sliced(11, 5);
        buffer += ';';
        buffer += text(1);
        buffer += ';';
        appendUtf8Field(buffer, text(2), true);
        buffer += ';';
        buffer += text(3);
        buffer += ';';
        appendUtf8Field(buffer, text(4), true);
        buffer += ';';
        appendUtf8Field(buffer, text(5), true);
        buffer += ';';
        const QByteArrayView status = text(6);
        const auto display = statusNames.constFind(status.toByteArray());
        if (display != statusNames.cend())
            buffer += *display;
        else
            appendUtf8Field(buffer, status, true);
        buffer += ';';
        const QByteArrayView reason = text(7);
        if (!reason.isEmpty()) {
            const qint64 family = sqlite3_column_int64(raw, 12);
            auto masker = maskers.constFind(family);
            if (masker == maskers.cend()) {
                if (!everyFamily) {
                    auto loaded = NameMasker::everyFamily(db);
                    if (!loaded)
                        return readError(loaded.message());
                    everyFamily = std::move(loaded).value();
                }
                NameMasker made(QString::fromUtf8(text(13)),
                                QString::fromUtf8(text(16)).split(QChar(31), Qt::SkipEmptyParts),
                                QString::fromUtf8(text(14)), QString::fromUtf8(text(15)));
                made.alsoMask(everyFamily);
                masker = maskers.insert(family, std::move(made));
            }
            appendField(buffer, masker->mask(QString::fromUtf8(reason)), true);
        }
        buffer += ';';
        const bool trusted = sqlite3_column_int(raw, 8) != 0;
        const bool professional = sqlite3_column_int(raw, 9) != 0;
        buffer += trusted ? yes : no;
        buffer += ';';
        buffer += professional ? yes : no;
        buffer += ';';
        buffer += trusted && professional ? yes : no;
        buffer += ';';
        buffer += sqlite3_column_int(raw, 10) != 0 ? yes : no;
        buffer += ';';
        buffer += text(11);
        buffer += "\r\n";
        ++count;
        if (buffer.size() >= FlushBytes) {
            if (file.write(buffer) != buffer.size())
                return Error::storage(
                    tr("Could not write \"%1\": %2").arg(name, file.errorString()));
            buffer.clear();
        }
    }
    if (rc != SQLITE_DONE)
        return readError(rows.errorMessage());
    if (file.write(buffer) != buffer.size())
        return Error::storage(tr("Could not write \"%1\": %2").arg(name, file.errorString()));
    if (Status published = file.publish(beforePublish); !published)
        return published.error();
    return count;
}
