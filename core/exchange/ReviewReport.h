#pragma once
// The report of a supervisor's review as a PDF: the package's period and provenance, the
// figures per duo, a chart of visits per month per duo, the families waiting longest for a
// visit, and the supervisor's feedback. Used by the review window and `duocoach-cli export
// --format pdf`.
//
// The report is put together first as Content (texts and numbers, in the user's language) and
// then drawn; the tests read the Content, as the text inside a PDF is compressed. Drawing needs
// a QGuiApplication (fonts); the header itself needs no QtGui.

#include "Result.h"
#include "exchange/SupervisionPackage.h"
#include "storage/PrivateFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPdfWriter;
class ReviewFeedback;

class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)
public:
    // The families listed by days since their last visit.
    static constexpr int LongestWaiting = 20;

    struct Line
    {
        QString label;
        QString text;
        bool code =
            false; // a hash: set in a fixed-pitch font, to be read off character by character
    };
    struct Table
    {
        QStringList headers;
        QList<QStringList> rows;
        QList<int> numericColumns; // right-aligned
        // The first column (a long name) drawn as a line of its own above each row.
        bool firstColumnAsCaption = false;
        int stretchColumn = 0; // gets the width the others leave (without captions)
    };
    struct Series
    {
        qint64 duoId = 0;
        QString label;
        QList<MonthCount> months; // one per Content::months, in that order
    };
    struct Content
    {
        QString title;
        QList<Line> facts; // period, exported at and by, filter, pseudonymised, hash
        Table figures;     // a row per duo
        QList<QDate> months;
        QList<Series> series; // a bar group per month, a bar per duo
        Table lastVisits;     // the longest first
        int lastVisitsLeftOut = 0;
        // Safety concerns open at some time in the period, by case code only (raised, closed,
        // days open up to the closing or the reference day): never what was seen.
        Table concerns;
        QString generalFeedback;
        QList<Line> duoFeedback;   // duo, note
        QList<Line> visitFeedback; // date, case code and duo; note
        // Every text of the report in reading order, one string a line or cell.
        QStringList texts() const;
    };

    static Result<Content> content(const SupervisionPackage &package,
                                   const ReviewFeedback &feedback);

    // Writes the report as an A4 PDF, owner-only, through a temporary file renamed into place
    // (PrivateFile): the file is there whole or not at all. Never over `database` (the source
    // of a report made from a database) or its files, nor over the package the feedback
    // belongs to or the feedback itself. `beforePublish` runs just before the file appears.
    static Status writePdf(const SupervisionPackage &package, const ReviewFeedback &feedback,
                           const QString &pdfPath, const QString &database = {},
                           const PrivateFile::BeforePublish &beforePublish = {});
    static Status writePdf(const Content &content, const QString &pdfPath,
                           const QString &database = {},
                           const PrivateFile::BeforePublish &beforePublish = {});

    // Any A4 document drawn with ReportLayout, written as writePdf() writes a report:
    // `render` measures (no painter) or draws, and returns the number of pages.
    using Render = std::function<int(QPdfWriter &writer, QPainter *painter, int pages)>;
    static Status writeDocument(const QString &title, const Render &draw, const QString &pdfPath,
                                const QString &database = {},
                                const PrivateFile::BeforePublish &beforePublish = {});
};
