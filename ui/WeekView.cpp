#include "WeekView.h"

#include "domain/DomainText.h"
#include "services/VisitPlanner.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int MinutesPerDay = 24 * 60;

// Status colours: a light fill and a strong edge, the same on a light or dark desktop (the
// text on them is always dark), and far enough apart for the common colour-vision deficiencies:
// blue planned, green done, orange no-show, grey cancelled. The status is also written in the
// block, so colour is never the only cue.
struct StatusColours
{
    QColor fill;
    QColor edge;
    QColor text;
};

StatusColours coloursOf(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return {QColor(0xd6, 0xe6, 0xfa), QColor(0x2f, 0x6f, 0xc0), QColor(0x14, 0x23, 0x36)};
    case VisitStatus::Done:
        return {QColor(0xd7, 0xef, 0xd7), QColor(0x2e, 0x85, 0x3c), QColor(0x16, 0x2b, 0x18)};
    case VisitStatus::Cancelled:
        return {QColor(0xea, 0xea, 0xea), QColor(0x8a, 0x8a, 0x8a), QColor(0x4a, 0x4a, 0x4a)};
    case VisitStatus::NoShow:
        return {QColor(0xfb, 0xe0, 0xc8), QColor(0xc8, 0x64, 0x14), QColor(0x3a, 0x22, 0x0c)};
    }
    return {};
}

// `over` laid on `base` with `alpha` (0..255), as one opaque colour: an opaque fill is a plain
// copy of pixels, where a translucent one over the whole grid made every repaint blend.
QColor mixed(const QColor &base, const QColor &over, int alpha)
{
    auto channel = [alpha](int b, int o) {
        return (b * (255 - alpha) + o * alpha) / 255;
    };
    return QColor(channel(base.red(), over.red()), channel(base.green(), over.green()),
                  channel(base.blue(), over.blue()));
}

QString timeText(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}
} // namespace

WeekView::WeekView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("weekView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Base);
    m_today = QDate::currentDate();
    m_monday = m_today.addDays(1 - m_today.dayOfWeek());
    updateScrollBar();
    scrollToTime(QTime(DayStartHour, 0));
}

QSize WeekView::sizeHint() const
{
    return {gutterWidth() + 7 * 130, headerHeight() + (DayEndHour - DayStartHour) * hourHeight()};
}

QSize WeekView::minimumSizeHint() const
{
    return {gutterWidth() + 7 * 60, headerHeight() + 4 * hourHeight()};
}

// --- Metrics ---

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 14;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(timeText(QTime(23, 59))) + 16;
}

int WeekView::hourHeight() const
{
    // Three lines fit in an hour: time, case code, status.
    return qMax(44, 3 * fontMetrics().lineSpacing() + 8);
}

int WeekView::dayWidth() const
{
    return qMax(1, (viewport()->width() - gutterWidth()) / 7);
}

int WeekView::dayLeft(int day) const
{
    return gutterWidth() + day * dayWidth();
}

int WeekView::yOf(int minute) const
{
    return headerHeight() + minute * hourHeight() / 60 - verticalScrollBar()->value();
}

void WeekView::updateScrollBar()
{
    const int visible = qMax(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, qMax(0, contentHeight() - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(hourHeight() / 2);
}

void WeekView::scrollToTime(const QTime &time)
{
    verticalScrollBar()->setValue(minuteOfDay(time) * hourHeight() / 60);
}

// --- Contents ---

void WeekView::setWeek(const QDate &monday)
{
    setWeek(monday, m_visits);
}

void WeekView::setWeek(const QDate &monday, const QList<Visit> &visits)
{
    m_monday = monday.addDays(1 - monday.dayOfWeek());
    m_dragging = false;
    m_pressedVisit = 0;
    setVisits(visits);
}

void WeekView::setToday(const QDate &today)
{
    m_today = today;
    viewport()->update();
}

void WeekView::setVisits(const QList<Visit> &visits)
{
    m_visits = visits;
    if (m_current && !visitById(m_current))
        m_current = 0;
    if (m_pressedVisit && !visitById(m_pressedVisit)) {
        m_pressedVisit = 0;
        m_dragging = false;
    }
    buildBlocks();
    viewport()->update();
}

void WeekView::setCurrentVisit(qint64 visitId)
{
    m_current = visitById(visitId) ? visitId : 0;
    viewport()->update();
}

const Visit *WeekView::visitById(qint64 visitId) const
{
    for (const Visit &v : m_visits)
        if (v.id == visitId)
            return &v;
    return nullptr;
}

void WeekView::buildBlocks()
{
    m_blocks.clear();
    m_ends.clear();
    for (int i = 0; i < m_visits.size(); ++i) {
        const Visit &v = m_visits.at(i);
        // Drawn as the clock reads it: a visit across a clock change is an hour longer or
        // shorter on the grid than its duration (see VisitPlanner).
        const QDateTime end = VisitPlanner::clockEnd(v.start, v.durationMinutes);
        m_ends << end;
        for (int day = 0; day < 7; ++day) {
            const QDateTime midnight(m_monday.addDays(day), QTime(0, 0));
            const qint64 from = VisitPlanner::wallMinutesBetween(midnight, v.start);
            const qint64 to = VisitPlanner::wallMinutesBetween(midnight, end);
            if (to <= 0 || from >= MinutesPerDay)
                continue;
            Block b;
            b.visitIndex = i;
            b.day = day;
            b.fromMinute = int(qMax<qint64>(0, from));
            b.toMinute = int(qMin<qint64>(MinutesPerDay, qMax(to, from + 1)));
            m_blocks << b;
        }
    }
    // Side by side where they overlap: per day, each block takes the first free lane, and a
    // group of blocks that overlap one another shares the width between its lanes.
    std::sort(m_blocks.begin(), m_blocks.end(), [](const Block &a, const Block &b) {
        return a.day != b.day ? a.day < b.day : a.fromMinute < b.fromMinute;
    });
    int groupStart = 0;
    int groupEnd = 0; // minute where the current group ends
    QList<int> laneEnds;
    auto closeGroup = [&](int upTo) {
        for (int j = groupStart; j < upTo; ++j)
            m_blocks[j].lanes = int(laneEnds.size());
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        Block &b = m_blocks[i];
        const bool newGroup = i == 0 || b.day != m_blocks.at(i - 1).day || b.fromMinute >= groupEnd;
        if (newGroup) {
            closeGroup(i);
            groupStart = i;
            groupEnd = 0;
            laneEnds.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > b.fromMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << b.toMinute;
        else
            laneEnds[lane] = b.toMinute;
        b.lane = lane;
        groupEnd = qMax(groupEnd, b.toMinute);
    }
    closeGroup(int(m_blocks.size()));
    findClashes();
    layoutBlocks();
}

void WeekView::findClashes()
{
    // Two visits that both take place and overlap: one was planned or moved despite the
    // warning. The visits come in time order, so the search stops at the first that starts
    // after a visit's end.
    m_clashing.clear();
    const auto takesPlace = [](const Visit &v) {
        return v.status == VisitStatus::Planned || v.status == VisitStatus::Done;
    };
    for (int i = 0; i < m_visits.size(); ++i) {
        if (!takesPlace(m_visits.at(i)))
            continue;
        for (int j = i + 1; j < m_visits.size() && m_visits.at(j).start < m_ends.at(i); ++j)
            if (takesPlace(m_visits.at(j)) && m_visits.at(i).start < m_ends.at(j))
                m_clashing << m_visits.at(i).id << m_visits.at(j).id;
    }
}

void WeekView::layoutBlocks()
{
    const int width = dayWidth();
    const int minimumHeight = fontMetrics().lineSpacing() + 6;
    for (Block &b : m_blocks) {
        const int laneWidth = (width - 4) / qMax(1, b.lanes);
        const int top = yOf(b.fromMinute) + 1;
        const int height = qMax(yOf(b.toMinute) - yOf(b.fromMinute) - 2, minimumHeight);
        b.rect = QRect(dayLeft(b.day) + 2 + b.lane * laneWidth, top, laneWidth - 2, height);
    }
}

// --- Geometry ---

QPoint WeekView::pointAt(const QDateTime &time) const
{
    const qint64 day = m_monday.daysTo(time.date());
    if (day < 0 || day > 6)
        return {};
    const int minute = minuteOfDay(time.time());
    return {dayLeft(int(day)) + dayWidth() / 2, yOf(minute) + SlotMinutes * hourHeight() / 120};
}

QDateTime WeekView::timeAt(const QPoint &point) const
{
    if (point.x() < gutterWidth() || point.x() >= dayLeft(7) || point.y() < headerHeight() ||
        point.y() >= viewport()->height())
        return {};
    const int day = (point.x() - gutterWidth()) / dayWidth();
    const int y = point.y() - headerHeight() + verticalScrollBar()->value();
    const int minute = qBound(0, y * 60 / hourHeight(), MinutesPerDay - 1);
    return QDateTime(m_monday.addDays(day), QTime(minute / 60, minute % 60));
}

int WeekView::blockIndexAt(const QPoint &point) const
{
    if (point.y() < headerHeight())
        return -1;
    // The last drawn is on top.
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i)
        if (m_blocks.at(i).rect.contains(point))
            return i;
    return -1;
}

qint64 WeekView::visitAt(const QPoint &point) const
{
    const int index = blockIndexAt(point);
    return index < 0 ? 0 : m_visits.at(m_blocks.at(index).visitIndex).id;
}

QRect WeekView::blockRect(qint64 visitId) const
{
    for (const Block &b : m_blocks)
        if (m_visits.at(b.visitIndex).id == visitId)
            return b.rect;
    return {};
}

QDateTime WeekView::dropStart(const QPoint &point) const
{
    // Held inside the grid, so a drag past an edge lands on the edge's day or hour.
    const QPoint inside(qBound(gutterWidth(), point.x(), dayLeft(7) - 1),
                        qBound(headerHeight(), point.y(), viewport()->height() - 1));
    const QDateTime at = timeAt(inside);
    if (!at.isValid())
        return {};
    const QDateTime start = VisitPlanner::addWallMinutes(at, -m_grabMinutes);
    const QDateTime midnight(start.date(), QTime(0, 0));
    const qint64 minute = VisitPlanner::wallMinutesBetween(midnight, start);
    const qint64 snapped = (minute + SnapMinutes / 2) / SnapMinutes * SnapMinutes;
    return VisitPlanner::addWallMinutes(midnight, snapped);
}

// --- Events ---

void WeekView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    layoutBlocks();
}

void WeekView::scrollContentsBy(int, int)
{
    layoutBlocks();
    viewport()->update();
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int index = blockIndexAt(event->position().toPoint());
    m_pressedVisit = 0;
    m_dragging = false;
    if (index < 0) {
        setCurrentVisit(0);
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Visit &v = m_visits.at(m_blocks.at(index).visitIndex);
    setCurrentVisit(v.id);
    // Only a planned visit moves; one that took place or was called off stays where it was.
    if (event->button() == Qt::LeftButton && v.status == VisitStatus::Planned) {
        m_pressedVisit = v.id;
        m_pressPoint = event->position().toPoint();
        const QDateTime at = timeAt(m_pressPoint);
        m_grabMinutes = at.isValid() ? int(VisitPlanner::wallMinutesBetween(v.start, at)) : 0;
    }
    event->accept();
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressedVisit || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint point = event->position().toPoint();
    if (!m_dragging && (point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    // Near the top or bottom edge the hours scroll along.
    const int edge = hourHeight() / 3;
    if (point.y() < headerHeight() + edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - hourHeight() / 4);
    else if (point.y() > viewport()->height() - edge)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + hourHeight() / 4);
    m_dropStart = dropStart(point);
    viewport()->update();
    event->accept();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    const qint64 visitId = m_pressedVisit;
    const bool dragged = m_dragging;
    m_pressedVisit = 0;
    m_dragging = false;
    if (!dragged || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    viewport()->update();
    const QDateTime start = dropStart(event->position().toPoint());
    const Visit *v = visitById(visitId);
    if (v && start.isValid() && start != v->start)
        emit visitMoveRequested(visitId, start);
    event->accept();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    m_pressedVisit = 0;
    m_dragging = false;
    const QPoint point = event->position().toPoint();
    if (const qint64 visitId = visitAt(point)) {
        setCurrentVisit(visitId);
        emit visitActivated(visitId);
    } else if (const QDateTime at = timeAt(point); at.isValid()) {
        const int minute = minuteOfDay(at.time()) / SlotMinutes * SlotMinutes;
        emit slotActivated(QDateTime(at.date(), QTime(minute / 60, minute % 60)));
    }
    event->accept();
}

void WeekView::stepCurrent(int step)
{
    if (m_visits.isEmpty())
        return;
    // In time order, as the visits are given.
    int index = -1;
    for (int i = 0; i < m_visits.size(); ++i)
        if (m_visits.at(i).id == m_current)
            index = i;
    index = index < 0 ? (step > 0 ? 0 : int(m_visits.size()) - 1)
                      : qBound(0, index + step, int(m_visits.size()) - 1);
    setCurrentVisit(m_visits.at(index).id);
    ensureCurrentVisible();
}

void WeekView::selectFirstVisitOn(const QDate &day)
{
    if (m_visits.isEmpty())
        return;
    qint64 chosen = m_visits.constLast().id;
    for (const Visit &v : std::as_const(m_visits))
        if (v.start.date() >= day) {
            chosen = v.id;
            break;
        }
    setCurrentVisit(chosen);
    ensureCurrentVisible();
}

void WeekView::ensureCurrentVisible()
{
    const QRect rect = blockRect(m_current);
    if (rect.isNull())
        return;
    if (rect.top() < headerHeight())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (headerHeight() - rect.top()));
    else if (rect.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() -
                                      viewport()->height() + 4);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current) {
            emit visitActivated(m_current);
            return;
        }
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        stepCurrent(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        stepCurrent(-1);
        return;
    case Qt::Key_Home:
        selectFirstVisitOn(
            m_monday.daysTo(m_today) >= 0 && m_monday.daysTo(m_today) < 7 ? m_today : m_monday);
        return;
    case Qt::Key_End:
        if (!m_visits.isEmpty()) {
            setCurrentVisit(m_visits.constLast().id);
            ensureCurrentVisible();
        }
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_dragging = false;
            m_pressedVisit = 0;
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Menu:
        if (m_current) {
            const QRect rect = blockRect(m_current);
            emit visitContextMenuRequested(m_current, viewport()->mapToGlobal(rect.center()));
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void WeekView::focusInEvent(QFocusEvent *event)
{
    // Tabbing into the week lands on today's first visit, so Enter opens it at once.
    const Qt::FocusReason reason = event->reason();
    if (!m_current && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                       reason == Qt::ShortcutFocusReason))
        selectFirstVisitOn(
            m_monday.daysTo(m_today) >= 0 && m_monday.daysTo(m_today) < 7 ? m_today : m_monday);
    QAbstractScrollArea::focusInEvent(event);
}

void WeekView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint point = event->pos();
    if (const qint64 visitId = visitAt(point)) {
        setCurrentVisit(visitId);
        emit visitContextMenuRequested(visitId, event->globalPos());
    } else if (const QDateTime at = timeAt(point); at.isValid()) {
        const int minute = minuteOfDay(at.time()) / SlotMinutes * SlotMinutes;
        emit slotContextMenuRequested(QDateTime(at.date(), QTime(minute / 60, minute % 60)),
                                      event->globalPos());
    }
}

bool WeekView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = blockIndexAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Visit &v = m_visits.at(m_blocks.at(index).visitIndex);
        const QDateTime end = m_ends.at(m_blocks.at(index).visitIndex);
        QString text = tr("%1 · %2\n%3, %4–%5 · %6\nDuo: %7")
                           .arg(v.caseCode, v.familyName,
                                QLocale().toString(v.start.date(), QLocale::LongFormat),
                                timeText(v.start.time()), timeText(end.time()),
                                DomainText::display(v.status), v.duoName);
        if (!v.statusReason.isEmpty())
            text += QLatin1Char('\n') + v.statusReason;
        if (v.seriesId)
            text += QLatin1Char('\n') + tr("Part of a series of visits");
        if (isClashing(v.id))
            text += QLatin1Char('\n') + tr("Overlaps another visit: planned despite the clash");
        QToolTip::showText(help->globalPos(), text, viewport(), m_blocks.at(index).rect);
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// --- Painting ---

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    paintGrid(painter);
    painter.save();
    painter.setClipRect(QRect(0, headerHeight(), viewport()->width(), viewport()->height()));
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Block &b : m_blocks)
        paintBlock(painter, b);
    if (m_dragging)
        paintDrag(painter);
    painter.restore();
    paintHeader(painter);
}

void WeekView::paintGrid(QPainter &painter) const
{
    const QPalette &pal = palette();
    const QRect all = viewport()->rect();
    painter.fillRect(all, pal.color(QPalette::Base));
    // Outside working hours and at the weekend the grid is a shade darker: there are few
    // visits then, and the eye finds the working day at once.
    QColor quiet = pal.color(QPalette::AlternateBase);
    if (quiet == pal.color(QPalette::Base))
        quiet = pal.color(QPalette::Window);
    const int top = headerHeight();
    const int right = dayLeft(7);
    painter.fillRect(QRect(QPoint(gutterWidth(), yOf(0)), QPoint(right, yOf(DayStartHour * 60))),
                     quiet);
    painter.fillRect(
        QRect(QPoint(gutterWidth(), yOf(DayEndHour * 60)), QPoint(right, yOf(MinutesPerDay))),
        quiet);
    for (int day = 5; day < 7; ++day)
        painter.fillRect(QRect(dayLeft(day), top, dayWidth(), all.height()), quiet);
    const qint64 todayColumn = m_monday.daysTo(m_today);
    if (todayColumn >= 0 && todayColumn < 7) {
        const QColor highlight = pal.color(QPalette::Highlight);
        const int left = dayLeft(int(todayColumn));
        painter.fillRect(QRect(left, top, dayWidth(), all.height()),
                         mixed(pal.color(QPalette::Base), highlight, 22));
        painter.fillRect(
            QRect(QPoint(left, yOf(0)), QPoint(left + dayWidth(), yOf(DayStartHour * 60))),
            mixed(quiet, highlight, 22));
        painter.fillRect(QRect(QPoint(left, yOf(DayEndHour * 60)),
                               QPoint(left + dayWidth(), yOf(MinutesPerDay))),
                         mixed(quiet, highlight, 22));
    }

    // Hour lines, fainter half hours, and the hours in the gutter.
    const QColor line = mixed(pal.color(QPalette::Base), pal.color(QPalette::Mid), 110);
    const QColor halfLine = mixed(pal.color(QPalette::Base), pal.color(QPalette::Mid), 45);
    painter.setFont(font());
    const int labelHeight = fontMetrics().height();
    for (int hour = 0; hour <= 24; ++hour) {
        const int y = yOf(hour * 60);
        if (y < top - hourHeight() || y > all.height())
            continue;
        painter.setPen(line);
        painter.drawLine(gutterWidth() - 4, y, right, y);
        if (hour < 24) {
            painter.setPen(halfLine);
            const int half = yOf(hour * 60 + 30);
            painter.drawLine(gutterWidth(), half, right, half);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y + 2, gutterWidth() - 8, labelHeight),
                             Qt::AlignRight | Qt::AlignTop, timeText(QTime(hour, 0)));
        }
    }
    painter.setPen(line);
    for (int day = 0; day <= 7; ++day)
        painter.drawLine(dayLeft(day), top, dayLeft(day), all.height());
}

void WeekView::paintHeader(QPainter &painter) const
{
    const QPalette &pal = palette();
    const int height = headerHeight();
    painter.fillRect(QRect(0, 0, viewport()->width(), height), pal.color(QPalette::Window));
    QColor line = pal.color(QPalette::Mid);
    painter.setPen(line);
    painter.drawLine(0, height - 1, viewport()->width(), height - 1);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        const QRect cell(dayLeft(day), 0, dayWidth(), height);
        const bool today = date == m_today;
        QFont f = font();
        f.setBold(today);
        painter.setFont(f);
        if (today)
            painter.fillRect(cell.adjusted(1, 0, 0, -1), mixed(pal.color(QPalette::Window),
                                                               pal.color(QPalette::Highlight), 40));
        painter.setPen(pal.color(QPalette::WindowText));
        // "ma 23 nov." in Dutch; the short form when the column is narrow.
        QString text = locale.toString(date, QStringLiteral("ddd d MMM"));
        if (QFontMetrics(f).horizontalAdvance(text) > cell.width() - 6)
            text = locale.toString(date, QStringLiteral("ddd d"));
        painter.drawText(cell, Qt::AlignCenter, text);
        painter.setPen(line);
        painter.drawLine(cell.left(), 0, cell.left(), height);
    }
    painter.setFont(font());
}

void WeekView::paintBlock(QPainter &painter, const Block &block) const
{
    const Visit &v = m_visits.at(block.visitIndex);
    const StatusColours colours = coloursOf(v.status);
    const QRect rect = block.rect;
    if (rect.bottom() < headerHeight() || rect.top() > viewport()->height())
        return;
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), 4, 4);
    painter.fillPath(path, colours.fill);
    // The strong edge on the left carries the status colour even in a narrow block.
    painter.save();
    painter.setClipPath(path, Qt::IntersectClip);
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), colours.edge);
    painter.restore();
    const bool current = v.id == m_current;
    painter.setPen(current ? QPen(palette().color(QPalette::Highlight), 2)
                           : QPen(colours.edge.lighter(130), 1));
    painter.drawPath(path);

    // Time, case code, status: as many lines as fit, each elided to the width.
    const QRect text = rect.adjusted(8, 2, -3, -2);
    painter.save();
    painter.setClipRect(rect.adjusted(0, 0, 0, 0), Qt::IntersectClip);
    const QDateTime end = m_ends.at(block.visitIndex);
    // A clash is marked with a sign before the time and in words, not by colour alone.
    const bool clash = isClashing(v.id);
    const QString time =
        tr("%1–%2", "start–end time").arg(timeText(v.start.time()), timeText(end.time()));
    QStringList lines{clash ? QStringLiteral("⚠ ") + time : time, v.caseCode, v.familyName};
    if (v.status != VisitStatus::Planned)
        lines << DomainText::display(v.status);
    if (clash)
        lines << tr("Overlaps another visit");
    QFont plain = font();
    plain.setPointSizeF(plain.pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);
    int y = text.top();
    for (int i = 0; i < lines.size(); ++i) {
        const QFont &f = i == 1 ? bold : plain;
        const QFontMetrics metrics(f);
        if (i > 0 && y + metrics.height() > text.bottom() + 2)
            break;
        painter.setFont(f);
        painter.setPen(colours.text);
        painter.drawText(QRect(text.left(), y, text.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(lines.at(i), Qt::ElideRight, text.width()));
        y += metrics.lineSpacing();
    }
    painter.restore();
}

void WeekView::paintDrag(QPainter &painter) const
{
    const Visit *v = visitById(m_pressedVisit);
    if (!v || !m_dropStart.isValid())
        return;
    const qint64 day = m_monday.daysTo(m_dropStart.date());
    if (day < 0 || day > 6)
        return;
    const int from = minuteOfDay(m_dropStart.time());
    const int to = qMin(MinutesPerDay, from + v->durationMinutes);
    const QRect rect(dayLeft(int(day)) + 2, yOf(from) + 1, dayWidth() - 5,
                     qMax(yOf(to) - yOf(from) - 2, fontMetrics().lineSpacing() + 6));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter.drawRoundedRect(rect, 4, 4);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(font());
    const QDateTime end = VisitPlanner::addWallMinutes(m_dropStart, v->durationMinutes);
    painter.drawText(
        rect.adjusted(8, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop,
        tr("%1–%2", "start–end time").arg(timeText(m_dropStart.time()), timeText(end.time())));
}
