#include "ScrollProbe.h"

#include "MainWindow.h"
#include "VisitListModel.h"
#include "VisitLogPage.h"
#include "Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cstdio>

qint64 ScrollProbe::peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int ScrollProbe::run(const QString &database)
{
    auto db = Database::open(database);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    MainWindow window(std::move(db).value());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Workspace *workspace = window.workspace();
    workspace->setCurrentPage(Workspace::Visits);
    QTableView *table = workspace->visitLogPage()->table();
    VisitListModel *model = workspace->visitLogPage()->model();
    QCoreApplication::processEvents();

    // As a user holding End: the view asks for the next page when its scroll bar reaches the
    // bottom (QAbstractItemView's own fetchMore), and paints what it shows.
    while (model->canFetchMore(QModelIndex())) {
        const int before = model->rowCount();
        table->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->rowCount() == before) // the view did not ask (no room to scroll yet)
            model->fetchMore(QModelIndex());
    }
    // And back: to the top, then a drag of the scroll bar through the middle, painting pages
    // that were let go and are read again.
    QScrollBar *bar = table->verticalScrollBar();
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(bar->maximum() - step * (bar->maximum() / 20));
        QCoreApplication::processEvents();
    }
    table->scrollToTop();
    QCoreApplication::processEvents();

    std::printf("peak_rss_kb=%lld\nrows=%d\ntotal=%d\nheld_rows=%d\nseconds=%.2f\n",
                peakResidentKiB(), model->rowCount(), model->totalCount(), model->cachedRows(),
                timer.elapsed() / 1000.0);
    std::fflush(stdout);
    return model->rowCount() == model->totalCount() ? 0 : 1;
}
