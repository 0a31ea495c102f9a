#pragma once
// Holds the fields of a form so that a small screen or a large font scrolls them instead of
// pushing the buttons off the screen. Unlike a plain QScrollArea it asks for the whole form
// when there is room (a plain one stops at about 24 lines), and scrolls only up and down:
// a form read sideways is no form.

#include <QScrollArea>

class FormScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FormScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
