#pragma once
// For the export dialogs' tests: while one of these lives, every BackgroundTask work is held
// at its start until the user cancels it, and the user presses Cancel in the progress dialog
// as soon as it shows (looked for on each turn of the event loop the task runs). So the
// dialog's cancelled path runs as a user takes it, whatever the speed of the machine. A work
// nobody cancels goes on after a minute, so a broken dialog fails a test instead of hanging it.

#include "BackgroundTask.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

class CancelWhenShown : public QObject
{
public:
    CancelWhenShown()
    {
        BackgroundTask::setBeforeWorkForTesting([](const Progress &progress) {
            QElapsedTimer clock;
            clock.start();
            while (!progress.isCancelled() && clock.elapsed() < 60000)
                QThread::msleep(2);
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != BackgroundTask::dialogName() ||
                !dialog->isVisible())
                return;
            m_label = dialog->labelText();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancel")),
                              Qt::LeftButton);
            m_pressed = true;
            m_timer.stop();
        });
        m_timer.start(10);
    }
    ~CancelWhenShown() override { BackgroundTask::setBeforeWorkForTesting({}); }

    bool pressed() const { return m_pressed; }
    // What the progress dialog said before Cancel was pressed.
    QString label() const { return m_label; }

private:
    QTimer m_timer;
    bool m_pressed = false;
    QString m_label;
};
