#pragma once
// What happened at a home visit. Marking a visit done records, in one transaction, who was
// there (the trusted person, the professional, which household members), the report (the task
// split, the life domains and goals worked on, free text, who wrote it and when) and the
// follow-up actions agreed; if any part is refused nothing is stored and the visit stays as it
// was. A visit that did not take place is cancelled or a no-show, each with its reason, and
// never counts as done. record()/restore() give the command layer its undo.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <optional>

class Database;

// What the report form hands over when a visit is marked done or its report is corrected.
struct VisitOutcome
{
    qint64 visitId = 0;
    qint64 visitVersion = 0; // the visit's row as the form read it (RowVersions)
    bool trustedPersonPresent = false;
    bool professionalPresent = false;
    QList<qint64> presentMemberIds;
    // Task split, topics, goals and notes; visitId, writtenBy and writtenAt are set by the store.
    VisitReport report;
    // The visit's follow-ups afterwards: id 0 is added, a known id is kept with its changes
    // (description, owner, due date), and a follow-up of the visit not in the list is removed.
    QList<FollowUp> followUps;
};

// Everything of one visit that completing, correcting, cancelling or a no-show changes: what
// undo puts back.
struct VisitRecord
{
    Visit visit;
    std::optional<VisitReport> report;
    QList<FollowUp> followUps;
};

class VisitReportStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitReportStore)
public:
    explicit VisitReportStore(Database &db) : m_db(db) {}

    // Marks a planned (or cancelled, or no-show) visit done with its report. Refused: a visit
    // still in the future (after `now`), nobody of the duo present, a household member of
    // another family, a goal of another family, a follow-up FollowUpStore refuses, an empty
    // writtenBy, and a visit that already has its report (edit() corrects that).
    Status complete(const VisitOutcome &outcome, const QString &writtenBy,
                    const QDateTime &now = QDateTime::currentDateTime());
    // Corrects the presence, report and follow-ups of a done visit, with the same rules;
    // writtenBy and writtenAt then name the last one who changed it.
    Status edit(const VisitOutcome &outcome, const QString &writtenBy,
                const QDateTime &now = QDateTime::currentDateTime());

    // A visit that did not take place: cancelled (any time) or nobody found at home (only once
    // its time has come), each with a reason. Refused for a done visit: its report says it took
    // place (undo that instead).
    Status cancel(qint64 visitId, const QString &reason);
    Status markNoShow(qint64 visitId, const QString &reason,
                      const QDateTime &now = QDateTime::currentDateTime());

    // The report of a visit; nullopt for a visit without one.
    Result<std::optional<VisitReport>> report(qint64 visitId) const;
    // The goals a report on this visit can name: those worked on that day (set on or before
    // it, not ended before it) and those its report already names, oldest first.
    Result<QList<Goal>> goalsFor(qint64 visitId) const;

    Result<VisitRecord> record(qint64 visitId) const;
    // Puts a visit back as record() read it: status, reason, presence, report and follow-ups
    // (with their own ids). Undo and redo of every change above.
    Status restore(const VisitRecord &record);

private:
    Status save(const VisitOutcome &outcome, const QString &writtenBy, const QDateTime &now,
                bool correcting);
    Status setMissed(qint64 visitId, VisitStatus status, const QString &reason,
                     const QDateTime &now);
    Status writePresence(const Visit &visit);
    Status writeReport(const VisitReport &report, qint64 familyId);
    Status removeReport(qint64 visitId);

    Database &m_db;
};
