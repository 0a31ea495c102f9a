#include "FormScrollArea.h"

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
