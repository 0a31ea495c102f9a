#pragma once
// Tells when a window has been painted for the first time: the smoke test's proof that the main
// window really came up, not merely that its constructor returned.

#include <QObject>

class QWidget;

class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *window);

signals:
    // Emitted once, after the first paint event of the window has been handled.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
