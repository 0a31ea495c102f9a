#pragma once
// The drawing half of ReviewReport. It needs QtGui, which core links privately: only core's
// .cpp files include this header, never one of core's headers.

#include "exchange/ReviewReport.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QDate;
class QPainter;
class QPdfWriter;

// Lays out and draws the report top to bottom, page after page, in points. Without a painter
// it only measures, which gives the page count for "page 1 of N" before anything is drawn.
class ReportLayout
{
public:
    ReportLayout(QPdfWriter &writer, QPainter *painter, int pages, QString footer);

    int page() const { return m_page; }
    double width() const { return m_width; }
    const QFont &body() const { return m_body; }
    const QFont &small() const { return m_small; }

    void finish();
    void space(double points);
    void title(const QString &text);
    // A heading is kept with at least a few lines of what follows it.
    void heading(const QString &text, double keepWith = 60);
    void paragraph(const QString &text, const QFont &font, double indent = 0,
                   const QColor &colour = Qt::black);
    // Label and text side by side, the text wrapped in its own column.
    void facts(const QList<ReviewReport::Line> &lines);
    // A note under a bold label, indented, for the feedback.
    void note(const QString &label, const QString &text);
    void table(const ReviewReport::Table &source);
    double chartHeight(const QList<ReviewReport::Series> &series);
    void chart(const QList<QDate> &months, const QList<ReviewReport::Series> &series, int yTop);

private:
    static constexpr double FooterSpace = 24;
    static constexpr double PlotHeight = 150;
    static constexpr double MonthLabels = 16;

    static QStringList labels(const QList<ReviewReport::Series> &series);
    QString monthName(const QDate &month) const;
    // The duos' colours, flowing over as many lines as they need; returns their height.
    // Measures only unless `place`: then draws (when drawing) and moves down past it.
    double legendLayout(const QStringList &labels, bool place);
    // What the parts of a bar mean.
    void statusKey();
    // Widths fitted to the cells and the longest word of each header. With `nameFirst` the
    // table's stretch column (a name) gets what the others leave; otherwise they share it.
    QList<double> columnWidths(const ReviewReport::Table &table, bool nameFirst) const;
    QStringList wrap(const QString &text, const QFont &font, double width) const;
    QString elided(const QString &text, const QFont &font, double width) const;
    double advance(const QString &text, const QFont &font) const;
    double lineHeight(const QFont &font) const;
    QPointF point(double x, double y) const;
    QRectF rect(double x, double y, double w, double h) const;
    // `at` is the top left of the line.
    void drawText(const QPointF &at, const QString &text, const QFont &font,
                  const QColor &colour = Qt::black);
    void ensure(double height);
    void newPage();
    void drawFooter();

    QPdfWriter &m_writer;
    QPainter *m_painter;
    int m_pages;
    QString m_footer;
    double m_k; // device units a point
    double m_width;
    double m_height; // of the body, above the footer
    double m_y = 0;
    int m_page = 1;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_smallBold;
    QFont m_header; // of a table
    QFont m_code;
};
