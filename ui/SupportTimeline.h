#pragma once
// The support deployed for a family as a timeline: one line per form of support, from its
// start to its end (or to today, with an arrow, while it runs), with a mark at each review —
// a filled circle where it helps, a half-filled one where it partly helps, a cross where it
// does not — and a bar at the end of support that was stopped. Shapes, not colours alone, tell
// them apart. Drawn with QPainter; the table beside it holds the same in words.

#include "domain/Network.h"

#include <QWidget>

class SupportTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit SupportTimeline(QWidget *parent = nullptr);

    void setSupport(const QList<Support> &support, const QList<SupportReview> &reviews,
                    const QDate &today = QDate::currentDate());
    // The row of the support at the top of the drawing; -1 for none.
    void setSelectedRow(int row);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    // The horizontal position of `day` between `left` and `right`.
    double xOf(const QDate &day, double left, double right) const;

    QList<Support> m_support;
    QList<SupportReview> m_reviews;
    QDate m_today;
    QDate m_first;
    QDate m_last;
    int m_selected = -1;
};
