#include "FormScrollArea.h"

#include <QEvent>

#include <QScrollBar>
#include <QStyle>

FormScrollArea::FormScrollArea(QWidget *content, QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScrollArea"));
    setFrameShape(QFrame::NoFrame);
    // A place, not a stop of Tab: the keyboard goes to the fields in it.
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The dialog's background, not the base colour of a list.
    setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);
    setWidget(content);
}

QSize FormScrollArea::sizeHint() const
{
    const QSize content = widget() ? widget()->sizeHint() : QSize();
    return content + QSize(verticalScrollBar()->sizeHint().width(), 0) +
           QSize(2 * frameWidth(), 2 * frameWidth());
}

QSize FormScrollArea::minimumSizeHint() const
{
    // As wide as the form needs (with room for the scroll bar); a few lines high.
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    const int lines = 6 * fontMetrics().lineSpacing();
    return {width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            qMin(lines, sizeHint().height())};
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The form grew or shrank (a row added, a field shown): the dialog's layout must ask for
    // this area's size again, or it keeps the size the form had when the area was made.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
