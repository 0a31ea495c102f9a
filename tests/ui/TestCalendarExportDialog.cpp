// File > Export to Calendar as a coach does it: the dialog opens on the coach's own visits from
// this week's Monday to three months ahead; typing a file name and pressing Export writes the
// calendar and says in one sentence how many visits went where. Exporting again replaces the
// earlier calendar without asking, another file only after asking, and a file that cannot be
// written is named in the sentence. The family's address goes along only when ticked, which it
// never is when the dialog opens, and a sentence beside the box says what that lets out. The
// calendar is written off the window's thread (BackgroundTask); Cancel in its progress dialog
// leaves the disk and the access log as they were.

#include "CancelWhenShown.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "dialogs/CalendarExportDialog.h"
#include "exchange/CalendarExport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

class TestCalendarExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheCoachsOwnVisits();
    void coordinatorStartsWithADuo();
    void exportsWhatWasChosen();
    void addressIsOffAndSaysWhatLeaves();
    void exportsTheAddressWhenTicked();
    void asksBeforeReplacingAnotherFile();
    void saysWhyNothingWasWritten_data();
    void saysWhyNothingWasWritten();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void fileMenuOpensIt();

private:
    // The worker with the most visits in the default period of `today`.
    CurrentUser busiestWorker() const;
    // Types into the path field as a user does.
    static void typePath(CalendarExportDialog &dialog, const QString &path);
    static QByteArray read(const QString &path);
    // The LOCATION lines of a calendar, unfolded.
    static QList<QByteArray> locations(const QByteArray &calendar);

    const QDate m_today{2026, 11, 25}; // a Wednesday
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCalendarExportDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestCalendarExportDialog::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("calendar.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestCalendarExportDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_db.reset();
    m_dir.reset();
}

CurrentUser TestCalendarExportDialog::busiestWorker() const
{
    CurrentUser user;
    auto q = m_db->exec(
        QStringLiteral("SELECT w.id, w.name FROM visits v JOIN duos d ON d.id = v.duo_id "
                       "JOIN workers w ON w.id = d.professional_id "
                       "WHERE v.starts_at >= '2026-11-23' AND v.starts_at < '2027-02-26' "
                       "AND w.active = 1 GROUP BY w.id ORDER BY count(*) DESC, w.id LIMIT 1"));
    if (q && q.value()->next()) {
        user.kind = CurrentUser::Kind::Worker;
        user.workerId = q.value()->value(0).toLongLong();
        user.name = q.value()->value(1).toString();
        q.value()->finish();
    }
    return user;
}

void TestCalendarExportDialog::typePath(CalendarExportDialog &dialog, const QString &path)
{
    dialog.pathField()->selectAll();
    QTest::keyClick(dialog.pathField(), Qt::Key_Delete);
    QTest::keyClicks(dialog.pathField(), path);
}

QByteArray TestCalendarExportDialog::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> TestCalendarExportDialog::locations(const QByteArray &calendar)
{
    QByteArray unfolded = calendar;
    unfolded.replace("\r\n ", "");
    QList<QByteArray> found;
    for (const QByteArray &line : unfolded.split('\n'))
        if (line.startsWith("LOCATION"))
            found << line.trimmed();
    return found;
}

void TestCalendarExportDialog::opensOnTheCoachsOwnVisits()
{
    const CurrentUser coach = busiestWorker();
    QVERIFY(coach.workerId > 0);
    CalendarExportDialog dialog(*m_db, coach, nullptr, m_today);
    QVERIFY(dialog.workerChoice()->isChecked());
    QVERIFY(!dialog.duoChoice()->isChecked());
    QCOMPARE(dialog.workers()->currentData().toLongLong(), coach.workerId);
    QCOMPARE(dialog.workers()->currentText(), coach.name);
    QCOMPARE(dialog.fromField()->date(), QDate(2026, 11, 23)); // this week's Monday
    QCOMPARE(dialog.toField()->date(), QDate(2027, 2, 25));
    QVERIFY(dialog.pathField()->text().endsWith(QLatin1String(".ics")));
    QVERIFY(dialog.resultLabel()->text().isEmpty());
    const ExportRequest request = dialog.request();
    QCOMPARE(request.workerId, coach.workerId);
    QCOMPARE(request.duoId, 0);
    // Every worker and duo of the database can be chosen.
    QCOMPARE(dialog.workers()->count(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt());
    QCOMPARE(dialog.duos()->count(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM duos"))->toInt());
}

void TestCalendarExportDialog::coordinatorStartsWithADuo()
{
    CalendarExportDialog dialog(*m_db, CurrentUser(), nullptr, QDate(2026, 11, 29)); // a Sunday
    QVERIFY(dialog.duoChoice()->isChecked());
    QCOMPARE(dialog.fromField()->date(), QDate(2026, 11, 23));
    QCOMPARE(dialog.request().duoId, dialog.duos()->currentData().toLongLong());
    QCOMPARE(dialog.request().workerId, 0);
}

void TestCalendarExportDialog::exportsWhatWasChosen()
{
    const CurrentUser coach = busiestWorker();
    CalendarExportDialog dialog(*m_db, coach, nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(QStringLiteral("my visits.ics"));
    typePath(dialog, path);
    QSignalSpy exported(&dialog, &CalendarExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);

    // The same calendar core writes for this worker and period, and the sentence says so.
    CalendarExport core(*m_db);
    auto expected = core.render(dialog.request());
    DC_VERIFY_OK(expected);
    QVERIFY(expected->visits > 0);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toInt(), expected->visits);
    QCOMPARE(dialog.resultLabel()->text(),
             QStringLiteral("%1 visit(s) written to %2.").arg(expected->visits).arg(path));
    const QByteArray bytes = read(path);
    QCOMPARE(bytes.count("\r\nBEGIN:VEVENT\r\n"), expected->visits);
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));

    // Now one duo, picked from its list: the earlier calendar is replaced without a question
    // (a pending "No" would stop the export if one were asked).
    MessageBox::setNextAnswer(QMessageBox::No);
    const int duo = dialog.duos()->count() - 1;
    dialog.duos()->setCurrentIndex(duo);
    emit dialog.duos()->activated(duo);
    QVERIFY(dialog.duoChoice()->isChecked());
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QCOMPARE(exported.size(), 2);
    ExportRequest duoRequest = dialog.request();
    QCOMPARE(duoRequest.duoId, dialog.duos()->itemData(duo).toLongLong());
    auto duoCalendar = core.render(duoRequest);
    DC_VERIFY_OK(duoCalendar);
    QCOMPARE(read(path).count("\r\nBEGIN:VEVENT\r\n"), duoCalendar->visits);
    QCOMPARE(dialog.resultLabel()->text(),
             QStringLiteral("%1 visit(s) written to %2.").arg(duoCalendar->visits).arg(path));
}

void TestCalendarExportDialog::addressIsOffAndSaysWhatLeaves()
{
    CalendarExportDialog dialog(*m_db, busiestWorker(), nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCheckBox *box = dialog.findChild<QCheckBox *>(QStringLiteral("withAddress"));
    QVERIFY(box);
    QCOMPARE(box, dialog.withAddress());
    QVERIFY(box->isVisible());
    QVERIFY(!box->isChecked());
    QVERIFY(!dialog.request().withAddress);
    QCOMPARE(box->text(), QStringLiteral("Include the family's address as the &location"));
    QCOMPARE(QKeySequence::mnemonic(box->text()), QKeySequence(Qt::ALT | Qt::Key_L));

    // What leaves is said before anything is ticked, under the box, and read out with it.
    QLabel *note = dialog.addressNote();
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->wordWrap());
    QVERIFY2(note->text().contains(QLatin1String("leaves DuoCoach")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("where the family lives")));
    QVERIFY(note->geometry().top() >= box->geometry().bottom());
    QCOMPARE(box->accessibleDescription(), note->text());

    // Ticked from the keyboard, the request asks for the address; the sentence stays put.
    const QRect noteAt = note->geometry();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(dialog.request().withAddress);
    QVERIFY(note->isVisible());
    QCOMPARE(note->geometry(), noteAt);

    // Not remembered: the next dialog starts without it.
    CalendarExportDialog next(*m_db, busiestWorker(), nullptr, m_today);
    QVERIFY(!next.withAddress()->isChecked());
    QVERIFY(!next.request().withAddress);
}

void TestCalendarExportDialog::exportsTheAddressWhenTicked()
{
    CalendarExportDialog dialog(*m_db, busiestWorker(), nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(QStringLiteral("with address.ics"));
    typePath(dialog, path);
    QSignalSpy exported(&dialog, &CalendarExportDialog::exported);

    // Unticked: no location in the file.
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QCOMPARE(exported.size(), 1);
    const int visits = exported.first().at(0).toInt();
    QVERIFY(visits > 0);
    QCOMPARE(locations(read(path)), QList<QByteArray>());

    // Ticked: each visit's location, just as core writes it for the same request.
    QTest::keyClick(dialog.withAddress(), Qt::Key_Space);
    QVERIFY(dialog.withAddress()->isChecked());
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QCOMPARE(exported.size(), 2);
    const QList<QByteArray> written = locations(read(path));
    QCOMPARE(written.size(), visits);
    ExportRequest request = dialog.request();
    QVERIFY(request.withAddress);
    auto expected = CalendarExport(*m_db).render(request);
    DC_VERIFY_OK(expected);
    QCOMPARE(written, locations(expected->bytes));
    // A street of the demo families is in it, their names are not.
    auto families = m_db->exec(QStringLiteral("SELECT family_name, street FROM families"));
    DC_VERIFY_OK(families);
    const QByteArray all = written.join('\n');
    bool streetFound = false;
    while (families.value()->next()) {
        const QByteArray name = families.value()->value(0).toString().toUtf8();
        QVERIFY2(!all.contains(name), name.constData());
        streetFound = streetFound || all.contains(families.value()->value(1).toString().toUtf8());
    }
    QVERIFY(streetFound);
}

void TestCalendarExportDialog::asksBeforeReplacingAnotherFile()
{
    CalendarExportDialog dialog(*m_db, busiestWorker(), nullptr, m_today);
    const QString path = m_dir->filePath(QStringLiteral("notes.ics"));
    QVERIFY(TestSupport::writeFile(path, "my own notes"));
    typePath(dialog, path);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
    QCOMPARE(read(path), QByteArray("my own notes"));
    QVERIFY(dialog.resultLabel()->text().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY(read(path).startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(dialog.resultLabel()->text().endsWith(path + QLatin1Char('.')));
}

void TestCalendarExportDialog::saysWhyNothingWasWritten_data()
{
    QTest::addColumn<QString>("file"); // in the test folder; empty: no file named
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QString>("sentence"); // %1: the full path
    QTest::newRow("no file") << QString() << false
                             << QStringLiteral("Choose the file to write the calendar to.");
    QTest::newRow("folder that is not there")
        << QStringLiteral("missing/visits.ics") << false
        << QStringLiteral("Could not write the calendar file \"%1\"");
    QTest::newRow("period backwards")
        << QStringLiteral("visits.ics") << true
        << QStringLiteral("The last day of the period lies before the first.");
}

void TestCalendarExportDialog::saysWhyNothingWasWritten()
{
    QFETCH(QString, file);
    QFETCH(bool, backwards);
    QFETCH(QString, sentence);
    CalendarExportDialog dialog(*m_db, busiestWorker(), nullptr, m_today);
    const QString path = file.isEmpty() ? QString() : m_dir->filePath(file);
    typePath(dialog, path);
    if (backwards)
        dialog.toField()->setDate(dialog.fromField()->date().addDays(-1));
    QSignalSpy exported(&dialog, &CalendarExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QCOMPARE(exported.size(), 0);
    const QString expected = sentence.contains(QLatin1String("%1")) ? sentence.arg(path) : sentence;
    QVERIFY2(dialog.resultLabel()->text().startsWith(expected),
             qPrintable(dialog.resultLabel()->text()));
    if (!path.isEmpty())
        QVERIFY(!QFileInfo::exists(path));
}

void TestCalendarExportDialog::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<bool>("earlier"); // a calendar exported before lies at the path
    QTest::newRow("new file") << false;
    QTest::newRow("calendar from before") << true;
}

void TestCalendarExportDialog::cancelledExportLeavesNoFile()
{
    QFETCH(bool, earlier);
    CalendarExportDialog dialog(*m_db, busiestWorker(), nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(QStringLiteral("visits.ics"));
    typePath(dialog, path);
    // An earlier calendar of DuoCoach's (so it is replaced without a question), with no events:
    // any calendar written over it would differ.
    const QByteArray before = earlier ? QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                                   "PRODID:-//DuoCoach//DuoCoach 0.9//EN\r\n"
                                                   "END:VCALENDAR\r\n")
                                      : QByteArray();
    if (earlier)
        QVERIFY(TestSupport::writeFile(path, before));
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const auto exportsLogged = [this] {
        return m_db
            ->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export'"))
            ->toLongLong();
    };
    const qint64 logged = exportsLogged();

    QSignalSpy exported(&dialog, &CalendarExportDialog::exported);
    MessageBox::setNextAnswer(QMessageBox::No); // not asked: a question would stop the export
    {
        CancelWhenShown user;
        QVERIFY(!dialog.exportCalendar());
        QVERIFY(user.pressed());
        QCOMPARE(user.label(), QStringLiteral("Writing the calendar…"));
    }
    QCOMPARE(exported.size(), 0);
    QCOMPARE(dialog.resultLabel()->text(),
             QStringLiteral("Export cancelled; nothing was written."));
    QCOMPARE(read(path), before);
    QCOMPARE(QFileInfo::exists(path), earlier);
    // Nothing half-written beside it either, and no export in the access log.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), files);
    QCOMPARE(exportsLogged(), logged);
}

void TestCalendarExportDialog::fileMenuOpensIt()
{
    const CurrentUser coach = busiestWorker();
    MainWindow window(std::move(m_db));
    window.workspace()->setCurrentUser(coach);
    auto *action = window.findChild<QAction *>(QStringLiteral("exportCalendarAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<CalendarExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->workers()->currentData().toLongLong(), coach.workerId);
    const QString path = m_dir->filePath(QStringLiteral("from-the-menu.ics"));
    typePath(*dialog, path);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(path), qPrintable(dialog->resultLabel()->text()));
    // Closing it deletes it; the database stays open in the window.
    QPointer<CalendarExportDialog> closing(dialog);
    dialog->close();
    QTRY_VERIFY(closing.isNull());
}

QTEST_MAIN(TestCalendarExportDialog)
#include "TestCalendarExportDialog.moc"
