#pragma once
// The minutes of a meeting as a PDF (issue 16): kind, day, who organised it and who was there,
// and for each family discussed — by its case code only — the question brought in, the advice,
// the decisions on its support and otherwise, and the follow-up actions with owner and due day.
// No family's name, address or household first name appears: every text is masked with the
// NameMasker of the families discussed (and every family's names), as a pseudonymised package
// is. Printing is logged for each family discussed (NEN 7513).
//
// As ReviewReport, the minutes are put together first as Content, which the tests read, and
// then drawn with ReportLayout.

#include "Result.h"
#include "exchange/ReviewReport.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>

class Database;

class MeetingMinutes
{
    Q_DECLARE_TR_FUNCTIONS(MeetingMinutes)
public:
    struct Family
    {
        QString caseCode;
        QList<ReviewReport::Line> lines; // question, advice, each decision and follow-up
    };
    struct Content
    {
        QString title;
        QList<ReviewReport::Line> facts; // kind, day, organiser, present, partners
        QString notes;
        QList<Family> families;
        QList<qint64> familyIds;
        // Every text in reading order.
        QStringList texts() const;
    };

    static Result<Content> content(Database &db, qint64 meetingId);
    // Writes the minutes owner-only, whole or not at all, and logs them as printed for each
    // family discussed by `actor` just before the file appears.
    static Status writePdf(Database &db, qint64 meetingId, const QString &pdfPath,
                           const Actor &actor);
};
