#include "MeetingMinutes.h"

#include "ReportLayout.h"
#include "domain/DomainText.h"
#include "exchange/NameMasker.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"
#include "storage/SqlValues.h"
#include "storage/SupportStore.h"
#include "storage/WorkerStore.h"

#include <QHash>
#include <QLocale>

namespace {
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

int render(const MeetingMinutes::Content &content, QPdfWriter &writer, QPainter *painter, int pages)
{
    ReportLayout layout(writer, painter, pages, content.title);
    layout.title(content.title);
    layout.facts(content.facts);
    if (!content.notes.isEmpty()) {
        layout.heading(MeetingMinutes::tr("Agreed"));
        layout.paragraph(content.notes, layout.body());
    }
    for (const MeetingMinutes::Family &family : content.families) {
        layout.heading(family.caseCode);
        layout.facts(family.lines);
    }
    layout.finish();
    return layout.page();
}
} // namespace

QStringList MeetingMinutes::Content::texts() const
{
    QStringList all{title};
    for (const ReviewReport::Line &line : facts)
        all << line.label << line.text;
    all << notes;
    for (const Family &family : families) {
        all << family.caseCode;
        for (const ReviewReport::Line &line : family.lines)
            all << line.label << line.text;
    }
    return all;
}

Result<MeetingMinutes::Content> MeetingMinutes::content(Database &db, qint64 meetingId)
{
    auto read = MeetingStore(db).get(meetingId);
    if (!read)
        return read.error();
    const Meeting &meeting = read.value();
    Content c;
    for (const MeetingFamily &family : meeting.families)
        c.familyIds << family.familyId;
    auto maskers = NameMasker::forFamilies(
        db, QStringLiteral("SELECT family_id FROM meeting_families WHERE meeting_id = ?"),
        {meetingId});
    if (!maskers)
        return maskers.error();
    // A meeting without families still masks every family's names (its title and notes).
    auto everyFamily = NameMasker::everyFamily(db);
    if (!everyFamily)
        return everyFamily.error();
    NameMasker anyFamily;
    anyFamily.alsoMask(everyFamily.value());
    auto masked = [&](qint64 familyId, const QString &text) {
        return maskers->value(familyId, anyFamily).mask(text);
    };

    c.title = tr("Minutes: %1 of %2")
                  .arg(MeetingText::display(meeting.kind).toLower(), longDate(meeting.heldOn));
    if (!meeting.title.isEmpty())
        c.facts << ReviewReport::Line{tr("Title"), anyFamily.mask(meeting.title)};
    // The organiser need not have sat at the table: named from its own row.
    if (meeting.organiserId > 0) {
        auto organiser = OrganisationStore(db).get(meeting.organiserId);
        if (!organiser)
            return organiser.error();
        c.facts << ReviewReport::Line{tr("Organised by"), organiser->name};
    }
    // Who was there, read with one question (the meeting keeps their ids, in name order).
    auto workers = WorkerStore(db).all();
    if (!workers)
        return workers.error();
    QHash<qint64, QString> names;
    for (const Worker &worker : workers.value())
        names.insert(worker.id, worker.name);
    QStringList present;
    for (qint64 id : meeting.workerIds)
        present << names.value(id);
    if (!present.isEmpty())
        c.facts << ReviewReport::Line{tr("Present"), present.join(QStringLiteral(", "))};
    QStringList partners;
    for (const MeetingPartner &partner : meeting.partners)
        partners << tr("%1 (%2)").arg(partner.organisationName, partner.contactName);
    if (!partners.isEmpty())
        c.facts << ReviewReport::Line{tr("Partners"), partners.join(QStringLiteral(", "))};
    c.notes = anyFamily.mask(meeting.notes);

    SupportStore support(db);
    for (const MeetingFamily &family : meeting.families) {
        Family f;
        f.caseCode = family.caseCode;
        const qint64 id = family.familyId;
        f.lines << ReviewReport::Line{tr("Question"), masked(id, family.question)};
        if (!family.advice.isEmpty())
            f.lines << ReviewReport::Line{tr("Advice"), masked(id, family.advice)};
        for (const SupportReview &review : family.reviews) {
            auto given = support.get(review.supportId);
            const QString what = given ? masked(id, given->what) : tr("support");
            f.lines << ReviewReport::Line{
                tr("Support"), tr("%1: helps %2; %3. %4")
                                   .arg(what, DomainText::display(review.helps).toLower(),
                                        DomainText::display(review.decision).toLower(),
                                        masked(id, review.reason))};
        }
        for (const MeetingDecision &decision : family.decisions)
            f.lines << ReviewReport::Line{MeetingText::display(decision.kind),
                                          masked(id, decision.what)};
        for (const FollowUp &followUp : family.followUps)
            f.lines << ReviewReport::Line{tr("Follow-up"),
                                          tr("%1 (%2, before %3)")
                                              .arg(masked(id, followUp.description),
                                                   followUp.ownerName, longDate(followUp.dueOn))};
        c.families << f;
    }
    return c;
}

Status MeetingMinutes::writePdf(Database &db, qint64 meetingId, const QString &pdfPath,
                                const Actor &actor)
{
    auto made = content(db, meetingId);
    if (!made)
        return made.error();
    const Content &c = made.value();
    return ReviewReport::writeDocument(
        c.title,
        [&c](QPdfWriter &writer, QPainter *painter, int pages) {
            return render(c, writer, painter, pages);
        },
        pdfPath, db.path(),
        [&]() -> Status {
            if (c.familyIds.isEmpty())
                return {};
            return AccessLog(db).record(actor, AccessAction::Print, c.familyIds,
                                        AccessOutcome::Success, QStringLiteral("minutes"));
        });
}
