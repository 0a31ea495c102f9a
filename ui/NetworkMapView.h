#pragma once
// The family's surroundings drawn as an ecogram: the household in the middle, three rings for
// how close people and organisations are, each entry a node on its ring (a circle for a person,
// a rounded box for an organisation) with a line to the household whose style says the tie
// (strong: thick, weak: dashed, strained: zigzag, broken: cut through) and an arrowhead when it
// supports the family; colour only repeats what the shapes already say. Dragging a node to
// another ring or place emits moved(); the caller stores it and shows the map again. By
// keyboard: arrows walk the nodes, Enter opens one, Delete asks to remove it.

#include "domain/NetworkMap.h"

#include <QGraphicsView>

class QGraphicsItem;

class NetworkMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);
    ~NetworkMapView() override;

    // `centre`: what the middle says (the case code, or the family's name).
    void setEntries(const QList<NetworkMapEntry> &entries, const QString &centre);
    const QList<NetworkMapEntry> &entries() const { return m_entries; }
    // 0 when none is selected.
    qint64 selectedId() const;
    void select(qint64 id);
    // Where an entry on `closeness`'s ring at `angle` is drawn, and the ring and angle of a
    // point: what a drag means.
    static QPointF place(int closeness, double angle);
    static void ringAndAngle(const QPointF &point, int *closeness, double *angle);
    // The drawing with its legend, for export and print, without selection marks.
    void renderTo(QPainter *painter, const QRectF &target);
    QRectF drawingRect() const;

signals:
    void moved(const NetworkMapEntry &entry);
    void activated(qint64 id);
    void removeRequested(qint64 id);
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void drawRings(const QString &centre);
    void drawLegend();
    QGraphicsItem *addNode(const NetworkMapEntry &entry);
    void updateLine(int index);
    void step(int by);

    QList<NetworkMapEntry> m_entries;
    QList<QGraphicsItem *> m_nodes; // in the order of m_entries
    QList<QGraphicsItem *> m_lines;
};
