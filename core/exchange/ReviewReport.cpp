#include "ReviewReport.h"

#include "ReportLayout.h"
#include "ReviewFeedback.h"
#include "storage/DatabaseFiles.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {
// Duos a chart shows at most: more bars a month no longer read; more duos get more charts.
constexpr int DuosPerChart = 6;

QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("–")
                             : QLocale().toString(qRound(share * 100)) + QLatin1Char('%');
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString duoLabel(const Duo &duo)
{
    return ReviewReport::tr("Duo %1: %2").arg(duo.id).arg(duo.displayName());
}

// The whole report; returns the number of pages it took.
int render(const ReviewReport::Content &content, QPdfWriter &writer, QPainter *painter, int pages)
{
    const QString footer = content.title + QStringLiteral(" · ") + content.facts.value(0).text;
    ReportLayout layout(writer, painter, pages, footer);
    layout.title(content.title);
    layout.facts(content.facts);

    layout.heading(ReviewReport::tr("Figures per duo"));
    if (content.figures.rows.isEmpty())
        layout.paragraph(ReviewReport::tr("The package holds no visits."), layout.body());
    else
        layout.table(content.figures);
    layout.space(3);
    layout.paragraph(ReviewReport::tr("Rates are of the visits that were due (done, cancelled "
                                      "or no-show); both present is of the done visits."),
                     layout.small(), 0, QColor(0x55, 0x55, 0x55));

    if (!content.series.isEmpty() && !content.months.isEmpty()) {
        // Charts of about as many duos each, at most DuosPerChart.
        const auto charts = (content.series.size() + DuosPerChart - 1) / DuosPerChart;
        const auto perChart = (content.series.size() + charts - 1) / charts;
        layout.heading(ReviewReport::tr("Visits per month per duo"),
                       layout.chartHeight(content.series.mid(0, perChart)));
        int top = 1;
        for (const ReviewReport::Series &s : content.series)
            for (const MonthCount &m : s.months)
                top = std::max(top, m.planned + m.done + m.cancelled + m.noShow);
        // One scale for every chart, so bars compare across them.
        for (qsizetype first = 0; first < content.series.size(); first += perChart)
            layout.chart(content.months, content.series.mid(first, perChart), top);
    }

    layout.heading(ReviewReport::tr("Days since the last visit"));
    if (content.lastVisits.rows.isEmpty()) {
        layout.paragraph(ReviewReport::tr("No families."), layout.body());
    } else {
        layout.table(content.lastVisits);
        if (content.lastVisitsLeftOut > 0) {
            layout.space(3);
            layout.paragraph(ReviewReport::tr("%n more family(ies) visited more recently.", nullptr,
                                              content.lastVisitsLeftOut),
                             layout.small(), 0, QColor(0x55, 0x55, 0x55));
        }
    }

    layout.heading(ReviewReport::tr("Safety concerns"));
    if (content.concerns.rows.isEmpty())
        layout.paragraph(ReviewReport::tr("No safety concern was open in the period."),
                         layout.body());
    else
        layout.table(content.concerns);

    layout.heading(ReviewReport::tr("Feedback"));
    if (content.generalFeedback.isEmpty() && content.duoFeedback.isEmpty() &&
        content.visitFeedback.isEmpty())
        layout.paragraph(ReviewReport::tr("No feedback was written."), layout.body());
    if (!content.generalFeedback.isEmpty())
        layout.note(ReviewReport::tr("General"), content.generalFeedback);
    for (const ReviewReport::Line &line : content.duoFeedback)
        layout.note(line.label, line.text);
    for (const ReviewReport::Line &line : content.visitFeedback)
        layout.note(line.label, line.text);
    layout.finish();
    return layout.page();
}
} // namespace

QStringList ReviewReport::Content::texts() const
{
    QStringList all{title};
    for (const Line &line : facts)
        all << line.label << line.text;
    for (const Table *table : {&figures, &lastVisits, &concerns}) {
        all << table->headers;
        for (const QStringList &row : table->rows)
            all << row;
    }
    for (const Series &s : series)
        all << s.label;
    all << generalFeedback;
    for (const QList<Line> *lines : {&duoFeedback, &visitFeedback})
        for (const Line &line : *lines)
            all << line.label << line.text;
    return all;
}

Result<ReviewReport::Content> ReviewReport::content(const SupervisionPackage &package,
                                                    const ReviewFeedback &feedback)
{
    const PackageManifest &m = package.manifest();
    auto figures = package.duoFigures();
    if (!figures)
        return figures.error();
    auto lastVisits = package.lastVisits();
    if (!lastVisits)
        return lastVisits.error();
    auto perMonth = package.visitsPerMonth();
    if (!perMonth)
        return perMonth.error();
    auto visits = package.visits();
    if (!visits)
        return visits.error();
    auto concerns = package.safetyConcerns();
    if (!concerns)
        return concerns.error();

    Content c;
    c.title = tr("Supervision report");
    c.facts << Line{tr("Period"), tr("%1 to %2").arg(longDate(m.from), longDate(m.to))};
    c.facts << Line{tr("Exported"),
                    tr("%1 by %2")
                        .arg(QLocale().toString(m.exportedAt, QLocale::ShortFormat),
                             m.exportedBy.isEmpty() ? tr("(unknown)") : m.exportedBy)};
    if (m.duoId)
        c.facts << Line{tr("Only"), tr("duo %1").arg(m.duoId)};
    if (m.workerId)
        c.facts << Line{tr("Only"), tr("the duos of worker %1").arg(m.workerId)};
    c.facts << Line{tr("Pseudonymised"), m.pseudonymized ? tr("yes") : tr("no")};
    const PackageCheck check = package.verify();
    c.facts << Line{
        tr("Verified"),
        check.intact()
            ? tr("intact: the package is as it was exported")
            : tr("CHANGED since the export: %1").arg(check.problems.join(QLatin1Char(' ')))};
    c.facts << Line{tr("Signed by"), m.isSigned() ? SupervisionPackage::signerText(m.signer)
                                                  : tr("nobody: an older, unsigned package")};
    c.facts << Line{tr("Content SHA-256"), QString::fromLatin1(m.contentSha256), true};
    c.facts << Line{tr("Counted up to"), longDate(package.referenceDay())};

    // Figures.
    c.figures.headers = QStringList{tr("Duo"),
                                    tr("Families"),
                                    tr("Done"),
                                    tr("Planned"),
                                    tr("Cancelled"),
                                    tr("No-show"),
                                    tr("Both present"),
                                    tr("Overdue follow-ups"),
                                    tr("Adjust or stop"),
                                    tr("Safety concerns")};
    for (int col = 1; col < c.figures.headers.size(); ++col)
        c.figures.numericColumns << col;
    c.figures.firstColumnAsCaption = true;
    QHash<qint64, QString> duoNames;
    for (const DuoFigures &f : figures.value()) {
        duoNames.insert(f.duo.id, duoLabel(f.duo));
        c.figures.rows << QStringList{duoLabel(f.duo),
                                      QLocale().toString(f.families),
                                      QLocale().toString(f.done),
                                      QLocale().toString(f.planned),
                                      percent(f.cancellationRate()),
                                      percent(f.noShowRate()),
                                      percent(f.bothPresentShare()),
                                      QLocale().toString(f.overdueFollowUps),
                                      QLocale().toString(f.adjustOrStopEvaluations),
                                      QLocale().toString(f.safetyConcerns)};
    }
    auto duoName = [&](qint64 id) {
        return duoNames.value(id, tr("Duo %1").arg(id));
    };

    // The chart: every month of the period, a bar per duo with visits.
    if (m.from.isValid() && m.to.isValid())
        for (QDate month(m.from.year(), m.from.month(), 1); month <= m.to;
             month = month.addMonths(1))
            c.months << month;
    QHash<qint64, int> seriesOf;
    for (const DuoFigures &f : figures.value()) {
        if (f.visits == 0)
            continue;
        seriesOf.insert(f.duo.id, int(c.series.size()));
        Series s{f.duo.id, duoLabel(f.duo), {}};
        for (const QDate &month : std::as_const(c.months))
            s.months << MonthCount{f.duo.id, month, 0, 0, 0, 0};
        c.series << s;
    }
    for (const MonthCount &count : perMonth.value()) {
        const int s = seriesOf.value(count.duoId, -1);
        const auto at = c.months.indexOf(count.month);
        if (s >= 0 && at >= 0)
            c.series[s].months[at] = count;
    }

    // The families waiting longest: those without a done visit in the period first.
    QList<FamilyLastVisit> waiting = lastVisits.value();
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const FamilyLastVisit &a, const FamilyLastVisit &b) {
                         const int da = a.daysSince < 0 ? INT_MAX : a.daysSince;
                         const int db = b.daysSince < 0 ? INT_MAX : b.daysSince;
                         return da > db;
                     });
    c.lastVisits.headers =
        QStringList{tr("Case code"), tr("Duo"), tr("Last visit"), tr("Days since")};
    c.lastVisits.numericColumns = {3};
    c.lastVisits.stretchColumn = 1;
    for (const FamilyLastVisit &l : waiting.mid(0, LongestWaiting))
        c.lastVisits.rows << QStringList{
            l.caseCode, duoName(l.duoId),
            l.lastVisit.isValid() ? shortDate(l.lastVisit) : tr("none in the period"),
            l.daysSince < 0 ? QStringLiteral("–") : QLocale().toString(l.daysSince)};
    c.lastVisitsLeftOut = int(std::max<qsizetype>(0, waiting.size() - LongestWaiting));

    // Safety concerns open at some time in the period, the longest open first: by case code
    // and dates only, as pseudonymised as the rest of the report.
    QHash<qint64, const FamilyLastVisit *> familyById;
    for (const FamilyLastVisit &l : lastVisits.value())
        familyById.insert(l.familyId, &l);
    const QDate reference = package.referenceDay();
    QList<std::pair<qint64, QStringList>> open;
    for (const SafetyConcern &concern : concerns.value()) {
        const QDate raised = concern.raisedAt.date();
        const QDate closed = concern.closedAt.isValid() ? concern.closedAt.date() : QDate();
        if (raised > m.to || (closed.isValid() && closed < m.from))
            continue;
        const qint64 days = raised.daysTo(closed.isValid() ? closed : reference);
        const FamilyLastVisit *family = familyById.value(concern.familyId);
        open.append(
            {days,
             QStringList{family ? family->caseCode : tr("family %1").arg(concern.familyId),
                         family ? duoName(family->duoId) : QStringLiteral("–"), shortDate(raised),
                         closed.isValid() ? shortDate(closed) : tr("still open"),
                         QLocale().toString(std::max<qint64>(0, days))}});
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    c.concerns.headers =
        QStringList{tr("Case code"), tr("Duo"), tr("Raised"), tr("Closed"), tr("Days open")};
    c.concerns.numericColumns = {4};
    c.concerns.stretchColumn = 1;
    for (const auto &row : open)
        c.concerns.rows << row.second;

    // Feedback.
    c.generalFeedback = feedback.general();
    for (auto it = feedback.duoNotes().cbegin(); it != feedback.duoNotes().cend(); ++it)
        c.duoFeedback << Line{duoName(it.key()), it.value()};
    QHash<qint64, const PackageVisit *> visitById;
    for (const PackageVisit &v : visits.value())
        visitById.insert(v.id, &v);
    QList<std::pair<QDateTime, Line>> visitNotes;
    for (auto it = feedback.visitNotes().cbegin(); it != feedback.visitNotes().cend(); ++it) {
        const PackageVisit *v = visitById.value(it.key());
        if (!v) {
            visitNotes.append({QDateTime(), Line{tr("Visit %1 (not in this package)").arg(it.key()),
                                                 it.value()}});
            continue;
        }
        visitNotes.append(
            {v->start, Line{tr("Visit of %1 · %2 · %3")
                                .arg(QLocale().toString(v->start, QLocale::ShortFormat),
                                     v->caseCode, duoName(v->duoId)),
                            it.value()}});
    }
    std::stable_sort(visitNotes.begin(), visitNotes.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &note : visitNotes)
        c.visitFeedback << note.second;
    return c;
}

Status ReviewReport::writePdf(const SupervisionPackage &package, const ReviewFeedback &feedback,
                              const QString &pdfPath, const QString &database,
                              const PrivateFile::BeforePublish &beforePublish)
{
    // The package under review and the supervisor's feedback on it are kept like a database.
    if (!feedback.packagePath().isEmpty()) {
        for (const QString &kept :
             {feedback.packagePath(), ReviewFeedback::pathFor(feedback.packagePath())})
            if (Status allowed = DatabaseFiles::refuseOverwrite(pdfPath, kept); !allowed)
                return allowed;
    }
    auto made = content(package, feedback);
    if (!made)
        return made.error();
    return writePdf(made.value(), pdfPath, database, beforePublish);
}

Status ReviewReport::writePdf(const Content &content, const QString &pdfPath,
                              const QString &database,
                              const PrivateFile::BeforePublish &beforePublish)
{
    return writeDocument(
        content.title,
        [&content](QPdfWriter &writer, QPainter *painter, int pages) {
            return render(content, writer, painter, pages);
        },
        pdfPath, database, beforePublish);
}

Status ReviewReport::writeDocument(const QString &title, const Render &draw, const QString &pdfPath,
                                   const QString &database,
                                   const PrivateFile::BeforePublish &beforePublish)
{
    const QString name = QFileInfo(pdfPath).fileName();
    // QPdfWriter needs fonts, which need a QGuiApplication (offscreen will do).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::refused(tr("A PDF report needs the graphical part of Qt, which was not "
                                 "started."));
    if (QFileInfo(pdfPath).isDir())
        return Error::refused(tr("\"%1\" is a folder; give the report a file name.").arg(name));
    // Owner-only, like the package it reports on: it names the duos and their families' codes.
    PrivateFile file(pdfPath, database);
    if (Status opened = file.openForWriting(); !opened)
        return opened.error().kind == Error::Kind::Refused
                   ? opened.error()
                   : Error::storage(
                         tr("Could not write the report \"%1\": %2").arg(name, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setResolution(600);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("DuoCoach %1").arg(QStringLiteral(DUOCOACH_VERSION)));

    // Measured once, then drawn: the footer says how many pages there are.
    const int pages = draw(writer, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(tr("Could not write the report \"%1\".").arg(name));
    painter.setRenderHint(QPainter::Antialiasing);
    draw(writer, &painter, pages);
    if (!painter.end() || file.error() != QFileDevice::NoError)
        return Error::storage(
            tr("Could not write the report \"%1\": %2").arg(name, file.errorString()));
    return file.publish(beforePublish);
}
