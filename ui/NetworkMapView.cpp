#include "NetworkMapView.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QPainterPath>
#include <QtMath>

namespace {
constexpr double Household = 50;           // radius of the middle
constexpr double Rings[] = {96, 158, 220}; // radius of ring 1, 2, 3
constexpr double PersonRadius = 15;
constexpr QSizeF OrganisationSize(44, 22);
constexpr double Legend = 248; // where the legend starts, below the rings
constexpr double LegendRow = 24;
const QColor Supportive(0x1b, 0x6e, 0x5a);
const QColor NotSupportive(0x7a, 0x3e, 0x3e);

QPen tiePen(Tie tie, bool supportive)
{
    QPen pen(supportive ? Supportive : NotSupportive);
    pen.setCapStyle(Qt::FlatCap);
    pen.setWidthF(tie == Tie::Strong ? 3.5 : 1.6);
    if (tie == Tie::Weak)
        pen.setStyle(Qt::DashLine);
    return pen;
}

// The line between two points in the style of the tie, with an arrowhead at `from` when the
// tie supports the family.
QPainterPath tiePath(const QPointF &from, const QPointF &to, Tie tie, bool supportive)
{
    QPainterPath path;
    const QLineF line(from, to);
    const double length = line.length();
    if (length < 1)
        return path;
    const QPointF along = (to - from) / length;
    const QPointF across(-along.y(), along.x());
    if (tie == Tie::Strained) {
        path.moveTo(from);
        int n = 0;
        for (double d = 10; d < length - 10; d += 7, ++n)
            path.lineTo(from + along * d + across * ((n % 2) ? 5.0 : -5.0));
        path.lineTo(to);
    } else if (tie == Tie::Broken) {
        const QPointF middle = from + along * (length / 2);
        path.moveTo(from);
        path.lineTo(middle - along * 9);
        path.moveTo(middle + along * 9);
        path.lineTo(to);
        for (double side : {-5.0, 5.0}) {
            path.moveTo(middle + along * side + across * 8);
            path.lineTo(middle + along * side - across * 8);
        }
    } else {
        path.moveTo(from);
        path.lineTo(to);
    }
    if (supportive) {
        const QPointF tip = from;
        path.moveTo(tip + along * 13 + across * 6);
        path.lineTo(tip);
        path.lineTo(tip + along * 13 - across * 6);
    }
    return path;
}

QPointF nodeEdge(const QPointF &centre, const QPointF &node, bool person)
{
    const QLineF line(node, centre);
    const double inset = person ? PersonRadius : OrganisationSize.height() / 2;
    return line.pointAt(std::min(1.0, inset / std::max(1.0, line.length())));
}
} // namespace

NetworkMapView::NetworkMapView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkMap"));
    setAccessibleName(tr("Network map"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(440);
    // Drawn a little larger than the window's text: the picture is shown scaled down.
    QFont font = scene()->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    scene()->setFont(font);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &NetworkMapView::selectionChanged);
}

QRectF NetworkMapView::drawingRect() const
{
    // Room for the labels beside the outer ring, and three rows of legend below it.
    const double r = Rings[NetworkMapText::Rings - 1] + 40;
    return QRectF(-r, -r, 2 * r, r + Legend + 2 * LegendRow + 14);
}

QPointF NetworkMapView::place(int closeness, double angle)
{
    const double r = Rings[std::clamp(closeness, 1, NetworkMapText::Rings) - 1];
    const double a = qDegreesToRadians(angle);
    return {r * std::cos(a), -r * std::sin(a)}; // counter-clockwise, y down on screen
}

void NetworkMapView::ringAndAngle(const QPointF &point, int *closeness, double *angle)
{
    const double r = std::hypot(point.x(), point.y());
    int best = 1;
    for (int ring = 2; ring <= NetworkMapText::Rings; ++ring)
        if (std::abs(r - Rings[ring - 1]) < std::abs(r - Rings[best - 1]))
            best = ring;
    *closeness = best;
    double a = qRadiansToDegrees(std::atan2(-point.y(), point.x()));
    if (a < 0)
        a += 360;
    *angle = std::round(a);
}

// The scene is a child and dies after this view has become a plain QWidget; its items'
// deselection would otherwise still reach our selectionChanged().
NetworkMapView::~NetworkMapView()
{
    scene()->disconnect(this);
}

void NetworkMapView::setEntries(const QList<NetworkMapEntry> &entries, const QString &centre)
{
    const qint64 selected = selectedId();
    // Forgotten before the scene deletes them: a selected node deselects as it goes, and
    // whoever hears of that asks selectedId().
    m_nodes.clear();
    m_lines.clear();
    scene()->clear();
    m_entries = entries;
    drawRings(centre);
    for (const NetworkMapEntry &entry : std::as_const(m_entries)) {
        auto *line = scene()->addPath(QPainterPath());
        line->setZValue(1);
        m_lines << line;
        m_nodes << addNode(entry);
    }
    for (int i = 0; i < m_entries.size(); ++i)
        updateLine(i);
    drawLegend();
    scene()->setSceneRect(drawingRect());
    fitInView(drawingRect(), Qt::KeepAspectRatio);
    select(selected);
}

void NetworkMapView::drawRings(const QString &centre)
{
    const QColor ring = palette().color(QPalette::Mid);
    QPen pen(ring);
    pen.setStyle(Qt::DotLine);
    for (double r : Rings)
        scene()->addEllipse(-r, -r, 2 * r, 2 * r, pen);
    auto *household = scene()->addEllipse(-Household, -Household, 2 * Household, 2 * Household,
                                          QPen(palette().color(QPalette::Text), 2),
                                          palette().brush(QPalette::AlternateBase));
    household->setZValue(2);
    auto *text = new QGraphicsSimpleTextItem(tr("Household\n%1").arg(centre), household);
    QFont font = scene()->font();
    font.setBold(true);
    text->setFont(font);
    text->setBrush(palette().brush(QPalette::Text));
    text->setPos(-text->boundingRect().width() / 2, -text->boundingRect().height() / 2);
}

QGraphicsItem *NetworkMapView::addNode(const NetworkMapEntry &entry)
{
    const bool person = NetworkMapText::isPerson(entry.kind);
    const QColor edge = entry.supportive ? Supportive : NotSupportive;
    QAbstractGraphicsShapeItem *node = nullptr;
    if (person) {
        node = new QGraphicsEllipseItem(-PersonRadius, -PersonRadius, 2 * PersonRadius,
                                        2 * PersonRadius);
    } else {
        QPainterPath box;
        box.addRoundedRect(
            QRectF(QPointF(-OrganisationSize.width() / 2, -OrganisationSize.height() / 2),
                   OrganisationSize),
            6, 6);
        node = new QGraphicsPathItem(box);
    }
    node->setPen(QPen(edge, 2));
    node->setBrush(palette().brush(QPalette::Base));
    node->setFlags(QGraphicsItem::ItemIsMovable | QGraphicsItem::ItemIsSelectable);
    node->setCursor(Qt::OpenHandCursor);
    node->setZValue(3);
    node->setPos(place(entry.closeness, entry.angle));
    node->setToolTip(
        tr("%1 (%2): %3 tie, %4")
            .arg(NetworkMapText::label(entry), NetworkMapText::display(entry.kind),
                 NetworkMapText::display(entry.tie).toLower(),
                 entry.supportive ? tr("supports the family") : tr("does not support the family")));
    // A person's initial inside the circle; every label under its node.
    if (person) {
        auto *initial = new QGraphicsSimpleTextItem(entry.name.trimmed().left(1), node);
        initial->setFont(scene()->font());
        initial->setBrush(edge);
        initial->setPos(-initial->boundingRect().width() / 2,
                        -initial->boundingRect().height() / 2);
    }
    auto *label = new QGraphicsSimpleTextItem(NetworkMapText::label(entry), node);
    label->setFont(scene()->font());
    label->setBrush(palette().brush(QPalette::Text));
    const double below = person ? PersonRadius : OrganisationSize.height() / 2;
    // Under the node, but inside the picture when the node is near its edge.
    const double width = label->boundingRect().width();
    const QRectF room = drawingRect();
    const double x =
        std::clamp(node->pos().x() - width / 2, room.left() + 2, room.right() - width - 2);
    label->setPos(x - node->pos().x(), below + 2);
    scene()->addItem(node);
    return node;
}

void NetworkMapView::updateLine(int index)
{
    const NetworkMapEntry &entry = m_entries.at(index);
    const QPointF node = m_nodes.at(index)->pos();
    const QLineF toNode(QPointF(0, 0), node);
    const QPointF from = toNode.pointAt(Household / std::max(1.0, toNode.length()));
    const QPointF to = nodeEdge(QPointF(0, 0), node, NetworkMapText::isPerson(entry.kind));
    auto *line = static_cast<QGraphicsPathItem *>(m_lines.at(index));
    line->setPen(tiePen(entry.tie, entry.supportive));
    line->setPath(tiePath(from, to, entry.tie, entry.supportive));
}

void NetworkMapView::drawLegend()
{
    const QColor text = palette().color(QPalette::Text);
    const double left = drawingRect().left() + 10;
    double y = Legend;
    const auto caption = [&](const QString &words, double x, double atY) {
        auto *item = scene()->addSimpleText(words, scene()->font());
        item->setBrush(text);
        item->setPos(x, atY - item->boundingRect().height() / 2);
    };
    const double column = drawingRect().width() / 4;
    int at = 0;
    for (Tie tie : NetworkMapText::ties()) {
        const double x = left + at++ * column;
        scene()->addPath(tiePath(QPointF(x, y), QPointF(x + 34, y), tie, false), tiePen(tie, true));
        caption(NetworkMapText::display(tie), x + 40, y);
    }
    y += LegendRow;
    scene()->addPath(tiePath(QPointF(left, y), QPointF(left + 34, y), Tie::Strong, true),
                     tiePen(Tie::Strong, true));
    caption(tr("supports the family"), left + 40, y);
    scene()->addPath(tiePath(QPointF(left + 2 * column, y), QPointF(left + 2 * column + 34, y),
                             Tie::Strong, false),
                     tiePen(Tie::Strong, false));
    caption(tr("does not support it"), left + 2 * column + 40, y);
    y += LegendRow;
    scene()->addEllipse(left + 9, y - 8, 16, 16, QPen(text, 1.5));
    caption(tr("a person"), left + 40, y);
    QPainterPath box;
    box.addRoundedRect(QRectF(left + 2 * column + 2, y - 8, 30, 16), 4, 4);
    scene()->addPath(box, QPen(text, 1.5));
    caption(tr("an organisation"), left + 2 * column + 40, y);
}

qint64 NetworkMapView::selectedId() const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i)->isSelected())
            return m_entries.at(i).id;
    return 0;
}

void NetworkMapView::select(qint64 id)
{
    scene()->clearSelection();
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id && id > 0) {
            m_nodes.at(i)->setSelected(true);
            m_nodes.at(i)->setFocus();
        }
}

void NetworkMapView::step(int by)
{
    if (m_entries.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i)->isSelected())
            at = i;
    const int n = int(m_entries.size());
    at = at < 0 ? (by > 0 ? 0 : n - 1) : ((at + by) % n + n) % n;
    select(m_entries.at(at).id);
}

void NetworkMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(drawingRect(), Qt::KeepAspectRatio);
}

void NetworkMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        step(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        step(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const qint64 id = selectedId())
            emit activated(id);
        return;
    case Qt::Key_Delete:
        if (const qint64 id = selectedId())
            emit removeRequested(id);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void NetworkMapView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    // The lines follow a node while it is dragged.
    if (event->buttons() & Qt::LeftButton)
        for (int i = 0; i < m_nodes.size(); ++i)
            updateLine(i);
}

void NetworkMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A node dropped somewhere else: its new ring and place, once, when the mouse lets go.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const NetworkMapEntry &entry = m_entries.at(i);
        const QPointF at = m_nodes.at(i)->pos();
        if (QLineF(at, place(entry.closeness, entry.angle)).length() < 3)
            continue;
        NetworkMapEntry changed = entry;
        ringAndAngle(at, &changed.closeness, &changed.angle);
        if (changed.closeness == entry.closeness && changed.angle == entry.angle) {
            m_nodes.at(i)->setPos(place(entry.closeness, entry.angle));
            updateLine(i);
            continue;
        }
        emit moved(changed);
        return;
    }
}

void NetworkMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event);
    if (const qint64 id = selectedId())
        emit activated(id);
}

void NetworkMapView::renderTo(QPainter *painter, const QRectF &target)
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    scene()->clearSelection();
    scene()->render(painter, target, drawingRect(), Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}
