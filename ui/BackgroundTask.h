#pragma once
// Runs a long piece of work (an export, an import) on a thread of its own while the window
// keeps painting, with a progress dialog that has a Cancel button. Call it where the work used
// to be called, in the same few lines; it returns when the work has returned:
//
//     auto written = BackgroundTask::run(this, tr("Writing the supervision package…"),
//                                        m_db.path(), [&](Database &db, Progress &progress) {
//                                            return Writer::write(db, path, &progress);
//                                        });
//     if (!written && written.error().isCancelled())
//         ... say calmly that nothing was written ...
//
// The work gets a Database of its own, opened on `databasePath` in the work's thread and closed
// there before the thread ends (QtSql connections belong to one thread): it must never touch the
// caller's Database, widgets or other objects of the UI thread. What it writes is committed
// through that connection, so the caller's connection reads it as soon as run() returns. It
// gets a Progress too: it calls step() as it goes and, when isCancelled(), stops, leaves every
// stored byte as it was and returns Error::cancelled.
//
// The dialog (window-modal on `parent`, saying `label`) shows only when the work takes longer
// than ShowAfterMs. Until then no user input is handled, so nothing can be clicked twice and no
// window closed under the work; the window still paints. Cancel (or Escape, or closing the
// dialog) asks the work to stop and says "Cancelling…" until it has: the dialog never goes away
// while the work still runs.

#include "Progress.h"
#include "Result.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

class QEventLoop;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QWidget;

class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    // The work's return type, Result<T> or Status, is run()'s. When the user cancelled and the
    // work did not succeed, run() returns Error::cancelled (the work's own, when it returned
    // one). Work that finished before it saw the cancel did what it was asked: its success is
    // returned, since what it wrote is there. A database that cannot be opened is the work's
    // failure, with Database::open's sentence.
    template <typename Work>
    static auto run(QWidget *parent, const QString &label, const QString &databasePath, Work &&work)
        -> std::invoke_result_t<Work &, Database &, Progress &>;

    // How long the work runs before the dialog appears.
    static constexpr int ShowAfterMs = 400;
    // The dialog's objectName, for tests that press its Cancel button ("cancel").
    static QString dialogName();

    // For tests: runs on the work's thread before each work begins, with its Progress, so a
    // test can hold the work until it has pressed Cancel in the dialog. Empty: none.
    static void setBeforeWorkForTesting(std::function<void(const Progress &)> hook);

private:
    BackgroundTask(QWidget *parent, const QString &label);
    ~BackgroundTask() override;

    // Runs `body` on a new thread and waits for it, the event loop running; true when the
    // user cancelled.
    bool execute(const std::function<void(Progress &)> &body);
    static Error cancelledError();

    void report(qint64 done, qint64 total); // on the work's thread
    void showProgress();
    void requestCancel();
    void finished();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Progress m_progress;
    QPointer<QProgressDialog> m_dialog;
    const QObject *m_watched = nullptr; // the dialog, for eventFilter()
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QEventLoop *m_loop = nullptr;
    bool m_done = false;
    // The latest step, handed from the work's thread to this one. One queued call at a time,
    // and not more than one every ReportEveryMs: steps may come thousands of times a second.
    QElapsedTimer m_clock;
    std::atomic<qint64> m_stepDone{0};
    std::atomic<qint64> m_stepTotal{0};
    std::atomic<qint64> m_lastReport{0};
    std::atomic_bool m_reportQueued{false};
};

template <typename Work>
auto BackgroundTask::run(QWidget *parent, const QString &label, const QString &databasePath,
                         Work &&work) -> std::invoke_result_t<Work &, Database &, Progress &>
{
    using Outcome = std::invoke_result_t<Work &, Database &, Progress &>;
    std::optional<Outcome> outcome;
    bool cancelled = false;
    {
        BackgroundTask task(parent, label);
        cancelled = task.execute([&](Progress &progress) {
            auto db = Database::open(databasePath);
            if (!db) {
                outcome.emplace(db.error());
                return;
            }
            outcome.emplace(work(*db.value(), progress));
        }); // the work's Database closes here, on its own thread
    }
    if (cancelled && !outcome->ok() && !outcome->error().isCancelled())
        return Outcome(cancelledError());
    return std::move(*outcome);
}
