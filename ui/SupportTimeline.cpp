#include "SupportTimeline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SupportTimeline::SupportTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("supportTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Support over time"));
}

void SupportTimeline::setSupport(const QList<Support> &support, const QList<SupportReview> &reviews,
                                 const QDate &today)
{
    m_support = support;
    m_reviews = reviews;
    m_today = today;
    m_first = today;
    m_last = today;
    QStringList described;
    for (const Support &s : support) {
        m_first = std::min(m_first, s.from);
        if (s.until.isValid())
            m_last = std::max(m_last, s.until);
        described
            << tr("%1 from %2%3")
                   .arg(s.what, QLocale().toString(s.from, QLocale::ShortFormat),
                        s.until.isValid()
                            ? tr(" until %1").arg(QLocale().toString(s.until, QLocale::ShortFormat))
                            : QString());
    }
    // A little room before the first start, so its mark is not on the edge.
    m_first = m_first.addDays(-std::max<qint64>(7, m_first.daysTo(m_last) / 20));
    setAccessibleDescription(described.join(QStringLiteral("; ")));
    setFixedHeight(sizeHint().height());
    updateGeometry();
    update();
}

void SupportTimeline::setSelectedRow(int row)
{
    m_selected = row;
    update();
}

int SupportTimeline::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize SupportTimeline::sizeHint() const
{
    // The rows and a line of year or month labels under them.
    return {360, int(m_support.size()) * rowHeight() + fontMetrics().height() + 8};
}

QSize SupportTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

double SupportTimeline::xOf(const QDate &day, double left, double right) const
{
    const qint64 span = std::max<qint64>(1, m_first.daysTo(m_last));
    return left + (right - left) * double(m_first.daysTo(day)) / double(span);
}

void SupportTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int rh = rowHeight();
    // What each line is, on its left; the time on the rest.
    const int labelWidth =
        std::min(width() / 3, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    const double left = labelWidth + 12;
    const double right = width() - 12;
    const QColor line = pal.color(QPalette::Text);
    const QColor faint = pal.color(QPalette::Disabled, QPalette::Text);

    // Month ticks, labelled by month (or by year where a year starts), under the rows.
    const int axisY = int(m_support.size()) * rh + 2;
    p.setPen(faint);
    p.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    const bool byYear = m_first.daysTo(m_last) > 2 * 365;
    double lastLabelEnd = -1e9;
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last;
         month = month.addMonths(1)) {
        if (month < m_first || (byYear && month.month() != 1))
            continue;
        const double x = xOf(month, left, right);
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        const QString label = byYear || month.month() == 1
                                  ? QString::number(month.year())
                                  : QLocale().monthName(month.month(), QLocale::ShortFormat);
        const int w = fontMetrics().horizontalAdvance(label);
        if (x - w / 2.0 > lastLabelEnd + 6 && x + w / 2.0 < width()) {
            p.drawText(QPointF(x - w / 2.0, axisY + 4 + fontMetrics().ascent()), label);
            lastLabelEnd = x + w / 2.0;
        }
    }
    // Today, as a dashed line through every row.
    QPen todayPen(faint, 1, Qt::DashLine);
    p.setPen(todayPen);
    const double todayX = xOf(m_today, left, right);
    p.drawLine(QPointF(todayX, 0), QPointF(todayX, axisY));

    for (int row = 0; row < m_support.size(); ++row) {
        const Support &s = m_support.at(row);
        const double y = row * rh + rh / 2.0;
        if (row == m_selected)
            p.fillRect(QRectF(0, row * rh, width(), rh),
                       pal.color(QPalette::Highlight).lighter(170));
        p.setPen(s.until.isValid() ? faint : line);
        p.drawText(QRect(4, row * rh, labelWidth, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(s.what, Qt::ElideRight, labelWidth));
        const bool runs = !s.until.isValid();
        const double x1 = xOf(s.from, left, right);
        const double x2 = xOf(runs ? m_today : s.until, left, right);
        QColor bar =
            NetworkText::isFormal(s.kind) ? QColor(0x1f, 0x6f, 0xb4) : QColor(0x2e, 0x8b, 0x57);
        if (!runs)
            bar = bar.lighter(150);
        p.setPen(QPen(bar, 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x1, y), QPointF(x2, y));
        p.setPen(QPen(line, 1.5));
        if (runs) { // still running: an arrow past today
            QPainterPath arrow;
            arrow.moveTo(x2 + 2, y - 4);
            arrow.lineTo(x2 + 8, y);
            arrow.lineTo(x2 + 2, y + 4);
            p.drawPath(arrow);
        } else if (!s.endReason.isEmpty()) { // stopped: a bar across the end
            p.drawLine(QPointF(x2, y - 6), QPointF(x2, y + 6));
        }
        for (const SupportReview &r : std::as_const(m_reviews)) {
            if (r.supportId != s.id)
                continue;
            const QPointF at(xOf(r.heldOn, left, right), y);
            const double radius = 4.5;
            p.setPen(QPen(line, 1.5));
            switch (r.helps) {
            case Helps::Yes:
                p.setBrush(line);
                p.drawEllipse(at, radius, radius);
                break;
            case Helps::Partly: {
                p.setBrush(pal.color(QPalette::Base));
                p.drawEllipse(at, radius, radius);
                QPainterPath half;
                half.moveTo(at);
                half.arcTo(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), 90,
                           180);
                p.fillPath(half, line);
                break;
            }
            case Helps::No:
                p.drawLine(at + QPointF(-radius, -radius), at + QPointF(radius, radius));
                p.drawLine(at + QPointF(-radius, radius), at + QPointF(radius, -radius));
                break;
            }
            p.setBrush(Qt::NoBrush);
        }
    }
}
