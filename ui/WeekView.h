#pragma once
// The grid of the week planner: seven day columns (Monday to Sunday) and the hours of the day,
// scrolled to 7:00–21:00, with the week's visits as blocks (time, case code and family name,
// status colour and word; a sign on visits that clash).
// It only shows and reports: a double-click on an empty slot, on a block, a block dragged to
// another slot (15-minute steps) or a context menu become signals; the page decides what they
// do. Visits that overlap (allowed after a warning) sit side by side.

#include "domain/Domain.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QSet>

class WeekView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int SnapMinutes = 15; // a dragged visit lands on these steps
    static constexpr int SlotMinutes = 30; // a double-click plans from the slot's start
    static constexpr int DayStartHour = 7; // working hours: scrolled to, not shaded
    static constexpr int DayEndHour = 21;

    explicit WeekView(QWidget *parent = nullptr);

    // The Monday of the week shown.
    QDate week() const { return m_monday; }
    void setWeek(const QDate &monday);
    const QList<Visit> &visits() const { return m_visits; }
    void setVisits(const QList<Visit> &visits);
    // Both at once, laid out once: what the planner does on every week switch.
    void setWeek(const QDate &monday, const QList<Visit> &visits);
    // The day marked as today (the real today unless a test or demo says otherwise).
    void setToday(const QDate &today);

    // The visit with the keyboard focus (Enter opens it); 0 when none.
    qint64 currentVisit() const { return m_current; }
    void setCurrentVisit(qint64 visitId);
    // Makes the first visit on `day` current (or the first one after it in the week, or the
    // week's last) and scrolls to it: Home, the Today button, and Tab into the week.
    void selectFirstVisitOn(const QDate &day);
    // A visit that overlaps another one that still takes place (planned or done): planned
    // despite the warning about the clash. Marked on its block with a sign and in words.
    bool isClashing(qint64 visitId) const { return m_clashing.contains(visitId); }

    // Geometry in viewport coordinates, for the page and for tests that click at a time.
    // The centre of the slot that starts at `time` (a point on the grid), or a null point when
    // the day is not shown.
    QPoint pointAt(const QDateTime &time) const;
    // The time at a point of the grid, to the minute; null outside the day columns.
    QDateTime timeAt(const QPoint &point) const;
    // Where the visit's block is drawn (its first part when it runs past midnight).
    QRect blockRect(qint64 visitId) const;
    qint64 visitAt(const QPoint &point) const;
    // Scrolls so that `time` is the top of the visible hours.
    void scrollToTime(const QTime &time);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A double-click on an empty slot: plan a visit there (start floored to the slot).
    void slotActivated(const QDateTime &start);
    // A double-click on a block, or Enter on the current one.
    void visitActivated(qint64 visitId);
    // A planned visit dragged to another start (snapped to 15 minutes).
    void visitMoveRequested(qint64 visitId, const QDateTime &start);
    void visitContextMenuRequested(qint64 visitId, const QPoint &globalPosition);
    void slotContextMenuRequested(const QDateTime &start, const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // One drawn part of a visit: a visit past midnight has a part on each day.
    struct Block
    {
        int visitIndex = 0;
        int day = 0;        // 0 = Monday
        int fromMinute = 0; // of the day, wall clock
        int toMinute = 0;   // exclusive, at most 24 * 60
        int lane = 0;       // side by side when visits overlap
        int lanes = 1;
        QRect rect; // viewport coordinates, updated by layoutBlocks()
    };

    int headerHeight() const;
    int gutterWidth() const;
    int hourHeight() const;
    int contentHeight() const { return 24 * hourHeight(); }
    // The left edge of a day column and its width.
    int dayLeft(int day) const;
    int dayWidth() const;
    // Viewport y of a minute of the day.
    int yOf(int minuteOfDay) const;
    void updateScrollBar();
    void buildBlocks();  // from m_visits: days, minutes and lanes
    void layoutBlocks(); // rects after a resize or scroll
    int blockIndexAt(const QPoint &point) const;
    const Visit *visitById(qint64 visitId) const;
    // The start a drag from the press point to `point` lands on.
    QDateTime dropStart(const QPoint &point) const;
    void stepCurrent(int step);
    void ensureCurrentVisible();
    void findClashes();

    void paintGrid(QPainter &painter) const;
    void paintHeader(QPainter &painter) const;
    void paintBlock(QPainter &painter, const Block &block) const;
    void paintDrag(QPainter &painter) const;

    QDate m_monday;
    QDate m_today;
    QList<Visit> m_visits;
    QList<QDateTime> m_ends; // where the clock stands at each visit's end (same order)
    QList<Block> m_blocks;
    QSet<qint64> m_clashing;
    qint64 m_current = 0;

    // Dragging: the visit pressed, where, and how far into it (minutes) the press was.
    qint64 m_pressedVisit = 0;
    QPoint m_pressPoint;
    int m_grabMinutes = 0;
    bool m_dragging = false;
    QDateTime m_dropStart;
};
