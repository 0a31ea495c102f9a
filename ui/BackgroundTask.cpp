#include "BackgroundTask.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QKeyEvent>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <algorithm>
#include <memory>

namespace {
// The dialog's bar counts in thousandths: the work's own unit may pass an int.
constexpr int BarSteps = 1000;
constexpr qint64 ReportEveryMs = 50;

std::function<void(const Progress &)> &beforeWork()
{
    static std::function<void(const Progress &)> hook;
    return hook;
}
} // namespace

QString BackgroundTask::dialogName()
{
    return QStringLiteral("backgroundTaskProgress");
}

void BackgroundTask::setBeforeWorkForTesting(std::function<void(const Progress &)> hook)
{
    beforeWork() = std::move(hook);
}

Error BackgroundTask::cancelledError()
{
    return Error::cancelled(tr("Cancelled; nothing was changed."));
}

BackgroundTask::BackgroundTask(QWidget *parent, const QString &label)
    : m_progress([this](qint64 done, qint64 total) { report(done, total); })
{
    // A child of `parent`, so window-modal blocks that window and the ones it belongs to.
    m_dialog = new QProgressDialog(parent);
    m_dialog->setObjectName(dialogName());
    if (parent)
        m_dialog->setWindowTitle(parent->window()->windowTitle());
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setLabelText(label);
    // Room for a label of some length, so the dialog does not narrow to "Cancelling…".
    m_dialog->setMinimumWidth(m_dialog->fontMetrics().averageCharWidth() * 50);
    m_bar = new QProgressBar;
    m_bar->setRange(0, 0); // busy until the work says how far it is
    m_dialog->setBar(m_bar);
    // The dialog's own button: one given with setCancelButton() would leave the first one's
    // Escape shortcut behind (Qt 6.4), and two shortcuts for Escape make it do nothing.
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_cancel = m_dialog->findChild<QPushButton *>();
    m_cancel->setObjectName(QStringLiteral("cancel"));
    // Closed only when the work has ended, never by itself: QProgressDialog hides on Cancel,
    // on Escape and at its maximum, which would leave the user looking at a window that still
    // cannot be used, without saying why.
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    disconnect(m_dialog, &QProgressDialog::canceled, m_dialog, nullptr);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::requestCancel);
    m_dialog->installEventFilter(this);
    m_watched = m_dialog; // compared as a plain address: never cast while it is destroyed
    m_dialog->setMinimumDuration(ShowAfterMs);
}

BackgroundTask::~BackgroundTask()
{
    // No more filtering first: a dialog being destroyed still sends events, and looking at it
    // through the QPointer then would cast what is no longer a QProgressDialog (UBSan).
    if (m_dialog) {
        m_dialog->removeEventFilter(this);
        delete m_dialog;
    }
}

bool BackgroundTask::execute(const std::function<void(Progress &)> &body)
{
    const std::function<void(const Progress &)> hook = beforeWork();
    std::unique_ptr<QThread> thread(QThread::create([this, &body, hook] {
        if (hook)
            hook(m_progress);
        body(m_progress);
    }));
    thread->setObjectName(QStringLiteral("BackgroundTask"));
    // Queued: `finished` comes from the work's thread.
    connect(thread.get(), &QThread::finished, this, &BackgroundTask::finished);

    QEventLoop loop;
    m_loop = &loop;
    m_clock.start();
    thread->start();
    m_dialog->setValue(0); // starts the minimum duration

    // Until the dialog shows, user input waits: a second click on Export, or closing the window
    // whose objects the caller still uses, could otherwise come in while the work runs.
    // Painting and timers go on. The dialog's showing ends this loop (eventFilter).
    if (!m_done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    // Now modal: input reaches the dialog and nothing it blocks.
    if (!m_done && m_dialog && m_dialog->isVisible())
        loop.exec();
    m_loop = nullptr;
    // Only when the application is quitting did the loop end before the work: the work must
    // still end before the objects of its caller do.
    if (!m_done)
        m_progress.cancel();
    thread->wait(); // once done, only the last instructions of the thread are left
    return m_progress.isCancelled();
}

void BackgroundTask::report(qint64 done, qint64 total)
{
    m_stepDone.store(done, std::memory_order_relaxed);
    m_stepTotal.store(total, std::memory_order_relaxed);
    const qint64 now = m_clock.elapsed() + ReportEveryMs; // so the first step goes at once
    if (now - m_lastReport.load(std::memory_order_relaxed) < ReportEveryMs ||
        m_reportQueued.exchange(true))
        return;
    m_lastReport.store(now, std::memory_order_relaxed);
    QMetaObject::invokeMethod(this, &BackgroundTask::showProgress, Qt::QueuedConnection);
}

void BackgroundTask::showProgress()
{
    const qint64 done = m_stepDone.load(std::memory_order_relaxed);
    const qint64 total = m_stepTotal.load(std::memory_order_relaxed);
    // The bar itself, not QProgressDialog::setValue, which runs a nested event loop of its own.
    if (total > 0) {
        m_bar->setRange(0, BarSteps);
        m_bar->setValue(int(std::clamp<qint64>(done * BarSteps / total, 0, BarSteps)));
    }
    m_reportQueued.store(false);
}

void BackgroundTask::requestCancel()
{
    if (m_done || m_progress.isCancelled())
        return;
    m_progress.cancel();
    m_dialog->setLabelText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void BackgroundTask::finished()
{
    m_done = true;
    if (m_dialog)
        m_dialog->hide();
    if (m_loop)
        m_loop->quit();
}

bool BackgroundTask::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_watched || m_done)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Show:
        if (m_loop)
            m_loop->quit(); // leaves the loop that holds user input back
        break;
    case QEvent::Close:
        event->ignore();
        requestCancel();
        return true;
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            requestCancel();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
