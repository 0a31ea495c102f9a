#pragma once
// How far a long piece of core work (an export, an import) has come, and whether the user
// cancelled it. The work calls step() now and then, on its own thread; the UI runs such work
// off its thread (ui/BackgroundTask), shows the steps in a progress dialog and calls cancel()
// from there. Work that sees isCancelled() stops, leaves every stored byte as it was and
// returns Error::cancelled. A null Progress* everywhere means "nobody is watching".

#include <QCoreApplication>

#include <atomic>
#include <functional>

class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
public:
    // Called with the work done so far out of `total` (same unit, any unit), on the work's
    // thread. Must be cheap: it may come thousands of times.
    using Observer = std::function<void(qint64 done, qint64 total)>;

    Progress() = default;
    explicit Progress(Observer observer) : m_observer(std::move(observer)) {}

    void step(qint64 done, qint64 total) const
    {
        if (m_observer)
            m_observer(done, total);
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // For work given a Progress* that may be null.
    static void step(const Progress *progress, qint64 done, qint64 total)
    {
        if (progress)
            progress->step(done, total);
    }
    static bool cancelled(const Progress *progress) { return progress && progress->isCancelled(); }

private:
    Observer m_observer;
    std::atomic_bool m_cancelled{false};
};
