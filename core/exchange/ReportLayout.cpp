#include "ReportLayout.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
// Colour-blind safe (Okabe and Ito), and apart when printed in grey.
QColor duoColour(int index)
{
    static const QList<QColor> colours{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                       QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                       QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
    return colours.at(index % colours.size());
}
} // namespace

ReportLayout::ReportLayout(QPdfWriter &writer, QPainter *painter, int pages, QString footer)
    : m_writer(writer), m_painter(painter), m_pages(pages), m_footer(std::move(footer)),
      m_k(writer.resolution() / 72.0), m_width(writer.width() / m_k),
      m_height(writer.height() / m_k - FooterSpace)
{
    m_body.setPointSizeF(9.5);
    m_small = m_body;
    m_small.setPointSizeF(8);
    m_bold = m_body;
    m_bold.setBold(true);
    m_smallBold = m_small;
    m_smallBold.setBold(true);
    m_header = m_smallBold;
    m_header.setPointSizeF(7.5);
    m_code = m_body;
    m_code.setFamily(QStringLiteral("monospace"));
    m_code.setStyleHint(QFont::TypeWriter);
    m_code.setPointSizeF(8);
}

void ReportLayout::finish()
{
    drawFooter();
}

void ReportLayout::space(double points)
{
    m_y = std::min(m_y + points, m_height);
}

void ReportLayout::title(const QString &text)
{
    QFont font = m_body;
    font.setPointSizeF(18);
    font.setBold(true);
    paragraph(text, font);
    space(6);
}

void ReportLayout::heading(const QString &text, double keepWith)
{
    QFont font = m_body;
    font.setPointSizeF(12.5);
    font.setBold(true);
    space(m_y > 0 ? 10 : 0);
    ensure(lineHeight(font) + keepWith);
    paragraph(text, font, 0, QColor(0x1F, 0x3A, 0x5F));
    space(3);
}

void ReportLayout::paragraph(const QString &text, const QFont &font, double indent,
                             const QColor &colour)
{
    const double height = lineHeight(font);
    for (const QString &line : wrap(text, font, m_width - indent)) {
        ensure(height);
        drawText(QPointF(indent, m_y), line, font, colour);
        m_y += height;
    }
}

void ReportLayout::facts(const QList<ReviewReport::Line> &lines)
{
    double labelWidth = 0;
    for (const ReviewReport::Line &line : lines)
        labelWidth = std::max(labelWidth, advance(line.label, m_bold));
    labelWidth = std::min(labelWidth + 10, m_width / 3);
    const double height = lineHeight(m_body);
    for (const ReviewReport::Line &line : lines) {
        const QStringList label = wrap(line.label, m_bold, labelWidth - 10);
        const QFont &font = line.code ? m_code : m_body;
        const QStringList text = wrap(line.text, font, m_width - labelWidth);
        const auto rows = std::max(label.size(), text.size());
        ensure(height * rows);
        for (int i = 0; i < label.size(); ++i)
            drawText(QPointF(0, m_y + i * height), label.at(i), m_bold);
        for (int i = 0; i < text.size(); ++i)
            drawText(QPointF(labelWidth, m_y + i * height), text.at(i), font);
        m_y += height * rows + 2;
    }
}

void ReportLayout::note(const QString &label, const QString &text)
{
    ensure(lineHeight(m_bold) + 2 * lineHeight(m_body));
    paragraph(label, m_bold);
    paragraph(text, m_body, 12);
    space(6);
}

void ReportLayout::table(const ReviewReport::Table &source)
{
    // A table whose first column is a long name gives that name a line of its own above
    // the row's figures, so the figures get the page's width.
    const bool captions = source.firstColumnAsCaption;
    ReviewReport::Table table = source;
    if (captions) {
        table.headers.removeFirst();
        for (QStringList &row : table.rows)
            row.removeFirst();
        table.numericColumns.clear();
        for (int c : source.numericColumns)
            if (c > 0)
                table.numericColumns << c - 1;
    }
    const QList<double> widths = columnWidths(table, !captions);
    const double pad = 2.5;
    const double line = lineHeight(m_small);
    const QColor shade(0xF5, 0xF6, 0xF8);
    auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        qsizetype lines = 1;
        for (int c = 0; c < cells.size(); ++c)
            lines = std::max(lines, wrap(cells.at(c), font, widths.at(c) - 2 * pad).size());
        return lines * line + 2 * pad;
    };
    auto captionHeight = [&](int r) {
        return captions ? wrap(source.rows.at(r).value(0), m_smallBold, m_width - 2 * pad).size() *
                                  line +
                              pad
                        : 0.0;
    };
    auto rule = [&](double y) {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), 0.5 * m_k));
        m_painter->drawLine(point(0, y), point(m_width, y));
    };
    auto drawRow = [&](const QStringList &cells, const QFont &font, const QColor &fill) {
        const double height = rowHeight(cells, font);
        if (m_painter && fill.isValid())
            m_painter->fillRect(rect(0, m_y, m_width, height), fill);
        double x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const bool right = table.numericColumns.contains(c);
            const QStringList lines = wrap(cells.at(c), font, widths.at(c) - 2 * pad);
            for (int i = 0; i < lines.size(); ++i) {
                const double w = advance(lines.at(i), font);
                const double left = right ? x + widths.at(c) - pad - w : x + pad;
                drawText(QPointF(left, m_y + pad + i * line), lines.at(i), font);
            }
            x += widths.at(c);
        }
        rule(m_y + height);
        m_y += height;
    };
    auto drawCaption = [&](int r, const QColor &fill) {
        const double height = captionHeight(r);
        if (m_painter && fill.isValid())
            m_painter->fillRect(rect(0, m_y, m_width, height + 0.5), fill);
        const QStringList lines = wrap(source.rows.at(r).value(0), m_smallBold, m_width - 2 * pad);
        for (int i = 0; i < lines.size(); ++i)
            drawText(QPointF(pad, m_y + pad + i * line), lines.at(i), m_smallBold);
        m_y += height;
    };
    const QColor headerFill(0xE3, 0xE8, 0xEF);
    const double headerHeight = rowHeight(table.headers, m_header);
    auto entryHeight = [&](int r) {
        return captionHeight(r) + rowHeight(table.rows.at(r), m_small);
    };
    ensure(headerHeight + (table.rows.isEmpty() ? 0 : entryHeight(0)));
    drawRow(table.headers, m_header, headerFill);
    for (int r = 0; r < table.rows.size(); ++r) {
        if (m_y + entryHeight(r) > m_height) {
            newPage();
            drawRow(table.headers, m_header, headerFill); // the header again
        }
        const QColor fill = r % 2 == 1 ? shade : QColor();
        if (captions)
            drawCaption(r, fill);
        drawRow(table.rows.at(r), m_small, fill);
    }
}

double ReportLayout::chartHeight(const QList<ReviewReport::Series> &series)
{
    return PlotHeight + MonthLabels + legendLayout(labels(series), false) + lineHeight(m_small) +
           2 + 12;
}

void ReportLayout::chart(const QList<QDate> &months, const QList<ReviewReport::Series> &series,
                         int yTop)
{
    const double plotHeight = PlotHeight;
    const double left = 30;
    const double monthLabels = MonthLabels;
    const QStringList legend = labels(series);
    ensure(chartHeight(series));
    const double top = m_y + 6;
    const double plotWidth = m_width - left;
    const double bottom = top + plotHeight;
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if (yTop / candidate <= 6) {
            step = candidate;
            break;
        }
    const int maxY = std::max(step, int(std::ceil(double(yTop) / step)) * step);
    auto yOf = [&](double value) {
        return bottom - value / maxY * plotHeight;
    };

    if (m_painter) {
        m_painter->setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.5 * m_k));
        for (int v = 0; v <= maxY; v += step) {
            m_painter->setPen(
                QPen(v == 0 ? Qt::black : QColor(0xDD, 0xDD, 0xDD), (v == 0 ? 0.8 : 0.5) * m_k));
            m_painter->drawLine(point(left, yOf(v)), point(m_width, yOf(v)));
            const QString label = QLocale().toString(v);
            drawText(QPointF(left - 4 - advance(label, m_small), yOf(v) - lineHeight(m_small) / 2),
                     label, m_small);
        }
        m_painter->setPen(QPen(Qt::black, 0.8 * m_k));
        m_painter->drawLine(point(left, top), point(left, bottom));
    }
    const double group = plotWidth / std::max<qsizetype>(1, months.size());
    const double bar = std::min(group * 0.8 / std::max<qsizetype>(1, series.size()), 16.0);
    // Month labels: as many as fit side by side.
    double widest = 0;
    for (const QDate &month : months)
        widest = std::max(widest, advance(monthName(month), m_small));
    const int every = std::max(1, int(std::ceil((widest + 4) / group)));
    for (int m = 0; m < months.size(); ++m) {
        const double centre = left + group * (m + 0.5);
        const double start = centre - bar * series.size() / 2;
        for (int s = 0; s < series.size(); ++s) {
            const MonthCount &count = series.at(s).months.at(m);
            const QColor colour = duoColour(s);
            const double x = start + s * bar;
            double base = 0;
            auto segment = [&](int value, const QBrush &brush, const QPen &pen) {
                if (value <= 0 || !m_painter)
                    return;
                m_painter->setBrush(brush);
                m_painter->setPen(pen);
                m_painter->drawRect(
                    rect(x + 0.4, yOf(base + value), bar - 0.8, yOf(base) - yOf(base + value)));
                base += value;
            };
            segment(count.done, colour, Qt::NoPen);
            segment(count.cancelled + count.noShow, QBrush(colour, Qt::BDiagPattern),
                    QPen(colour, 0.6 * m_k));
            segment(count.planned, Qt::white, QPen(colour, 0.8 * m_k));
        }
        if (m % every == 0)
            drawText(QPointF(centre - advance(monthName(months.at(m)), m_small) / 2, bottom + 3),
                     monthName(months.at(m)), m_small);
    }
    m_y = bottom + monthLabels;
    legendLayout(legend, true);
    statusKey();
    m_y += 6;
}

QStringList ReportLayout::labels(const QList<ReviewReport::Series> &series)
{
    QStringList labels;
    for (const ReviewReport::Series &s : series)
        labels << s.label;
    return labels;
}

QString ReportLayout::monthName(const QDate &month) const
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

double ReportLayout::legendLayout(const QStringList &labels, bool place)
{
    QPainter *painter = place ? m_painter : nullptr;
    const double swatch = 8;
    const double line = lineHeight(m_small) + 2;
    double x = 0;
    double y = 0;
    for (int i = 0; i < labels.size(); ++i) {
        const QString text = elided(labels.at(i), m_small, m_width - swatch - 4);
        const double w = swatch + 4 + advance(text, m_small) + 14;
        if (x > 0 && x + w > m_width) {
            x = 0;
            y += line;
        }
        if (painter) {
            painter->fillRect(rect(x, m_y + y + (line - swatch) / 2 - 1, swatch, swatch),
                              duoColour(i));
            drawText(QPointF(x + swatch + 4, m_y + y), text, m_small);
        }
        x += w;
    }
    if (place)
        m_y += y + line;
    return y + line;
}

void ReportLayout::statusKey()
{
    if (!m_painter) {
        m_y += lineHeight(m_small) + 2;
        return;
    }
    const double swatch = 8;
    const QColor grey(0x55, 0x55, 0x55);
    const double y = m_y + (lineHeight(m_small) - swatch) / 2 - 1;
    double x = 0;
    const QList<std::pair<QString, int>> parts{{ReviewReport::tr("done"), 0},
                                               {ReviewReport::tr("cancelled or no-show"), 1},
                                               {ReviewReport::tr("planned"), 2}};
    for (const auto &[label, kind] : parts) {
        m_painter->setPen(kind == 0 ? QPen(Qt::NoPen) : QPen(grey, 0.6 * m_k));
        m_painter->setBrush(kind == 0   ? QBrush(grey)
                            : kind == 1 ? QBrush(grey, Qt::BDiagPattern)
                                        : QBrush(Qt::white));
        m_painter->drawRect(rect(x, y, swatch, swatch));
        drawText(QPointF(x + swatch + 4, m_y), label, m_small);
        x += swatch + 4 + advance(label, m_small) + 14;
    }
    m_y += lineHeight(m_small) + 2;
}

QList<double> ReportLayout::columnWidths(const ReviewReport::Table &table, bool nameFirst) const
{
    const double pad = 2.5;
    QList<double> widths;
    for (int c = 0; c < table.headers.size(); ++c) {
        double w = 0;
        for (const QString &word : table.headers.at(c).split(QLatin1Char(' ')))
            w = std::max(w, advance(word, m_header));
        for (const QStringList &row : table.rows)
            w = std::max(w, advance(row.value(c), m_small));
        widths << w + 2 * pad + 2;
    }
    double total = 0;
    for (double w : widths)
        total += w;
    if (total > m_width) {
        // Too narrow: every column shrinks in proportion (and headers break inside words).
        for (double &w : widths)
            w *= m_width / total;
    } else if (nameFirst && table.stretchColumn < widths.size()) {
        widths[table.stretchColumn] += m_width - total;
    } else {
        const double spare = (m_width - total) / std::max<qsizetype>(1, widths.size());
        for (double &w : widths)
            w += spare;
    }
    return widths;
}

QStringList ReportLayout::wrap(const QString &text, const QFont &font, double width) const
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, &m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width * m_k);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

QString ReportLayout::elided(const QString &text, const QFont &font, double width) const
{
    return QFontMetricsF(font, &m_writer).elidedText(text, Qt::ElideRight, width * m_k);
}

double ReportLayout::advance(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, &m_writer).horizontalAdvance(text) / m_k;
}

double ReportLayout::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, &m_writer).lineSpacing() / m_k;
}

QPointF ReportLayout::point(double x, double y) const
{
    return {x * m_k, y * m_k};
}

QRectF ReportLayout::rect(double x, double y, double w, double h) const
{
    return {x * m_k, y * m_k, w * m_k, h * m_k};
}

void ReportLayout::drawText(const QPointF &at, const QString &text, const QFont &font,
                            const QColor &colour)
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(point(at.x(), at.y() + QFontMetricsF(font, &m_writer).ascent() / m_k),
                        text);
}

void ReportLayout::ensure(double height)
{
    if (m_y > 0 && m_y + height > m_height)
        newPage();
}

void ReportLayout::newPage()
{
    drawFooter();
    if (m_painter)
        m_writer.newPage();
    ++m_page;
    m_y = 0;
}

void ReportLayout::drawFooter()
{
    if (!m_painter)
        return;
    const double y = m_height + FooterSpace - lineHeight(m_small);
    m_painter->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), 0.5 * m_k));
    m_painter->drawLine(point(0, y - 4), point(m_width, y - 4));
    const QString page = ReviewReport::tr("Page %1 of %2").arg(m_page).arg(m_pages);
    const double pageWidth = advance(page, m_small);
    drawText(QPointF(0, y), elided(m_footer, m_small, m_width - pageWidth - 20), m_small,
             QColor(0x55, 0x55, 0x55));
    drawText(QPointF(m_width - pageWidth, y), page, m_small, QColor(0x55, 0x55, 0x55));
}
