#include "CalendarExportDialog.h"

#include "ExportDialogFrame.h"
#include "ExportFileField.h"
#include "ResultLabel.h"

#include "BackgroundTask.h"
#include "MessageBox.h"
#include "exchange/CalendarExport.h"
#include "exchange/ExportSelection.h"
#include "storage/DatabaseFiles.h"
#include "storage/DuoStore.h"
#include "storage/WorkerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
// A calendar this dialog (or the CLI) wrote before: replacing it is what exporting again is for,
// so the user is not asked. Any other file is asked about first.
bool isOwnCalendar(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(512).contains("PRODID:-//DuoCoach//");
}

QDateEdit *dateField(const QDate &date, const QString &name)
{
    auto *field = new QDateEdit(date);
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return field;
}
} // namespace

CalendarExportDialog::CalendarExportDialog(Database &db, const CurrentUser &user, QWidget *parent,
                                           const QDate &today)
    : QDialog(parent), m_db(db), m_actor(Actor::of(db, user))
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export to Calendar"));

    auto *intro = new QLabel(tr("Puts the home visits of a duo or a worker in a calendar: the "
                                "file opens in Outlook, Google Calendar and Thunderbird. Export "
                                "to the same file again and import it again, and the visits there "
                                "are updated. Each visit is named only by the family's case "
                                "code."));
    intro->setWordWrap(true);

    m_duoChoice = new QRadioButton(tr("&Duo:"));
    m_duoChoice->setObjectName(QStringLiteral("duoChoice"));
    m_workerChoice = new QRadioButton(tr("&Worker:"));
    m_workerChoice->setObjectName(QStringLiteral("workerChoice"));
    m_duos = new QComboBox;
    m_duos->setObjectName(QStringLiteral("duos"));
    m_workers = new QComboBox;
    m_workers->setObjectName(QStringLiteral("workers"));
    // Duos and workers are hundreds at most: loaded whole, as the Workers page does.
    QStringList problems;
    if (auto duos = DuoStore(db).all()) {
        for (const Duo &duo : duos.value())
            m_duos->addItem(duo.to.isValid() && duo.to < today
                                ? tr("%1 (ended)").arg(duo.displayName())
                                : duo.displayName(),
                            duo.id);
    } else {
        problems << duos.message();
    }
    if (auto workers = WorkerStore(db).all()) {
        for (const Worker &worker : workers.value())
            m_workers->addItem(worker.active ? worker.name : tr("%1 (archived)").arg(worker.name),
                               worker.id);
    } else {
        problems << workers.message();
    }
    const int own =
        user.kind == CurrentUser::Kind::Worker ? m_workers->findData(user.workerId) : -1;
    if (own >= 0) {
        m_workers->setCurrentIndex(own);
        m_workerChoice->setChecked(true);
    } else {
        m_duoChoice->setChecked(true);
    }
    auto *who = new QGridLayout;
    who->addWidget(m_duoChoice, 0, 0);
    who->addWidget(m_duos, 0, 1);
    who->addWidget(m_workerChoice, 1, 0);
    who->addWidget(m_workers, 1, 1);
    who->setColumnStretch(1, 1);

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_from = dateField(monday, QStringLiteral("from"));
    m_to = dateField(today.addMonths(3), QStringLiteral("to"));

    // Off whenever the dialog opens, and kept in no setting: an address in a calendar is a
    // choice made for one export, not a habit.
    m_withAddress = new QCheckBox(tr("Include the family's address as the &location"));
    m_withAddress->setObjectName(QStringLiteral("withAddress"));
    // Shown whether ticked or not: the choice is made knowing what it means, and the form does
    // not jump when the box is ticked.
    m_addressNote = new QLabel(tr("When this is ticked, the address of every family visited "
                                  "leaves DuoCoach with the file: anyone who can read the calendar "
                                  "you import it into (your phone, people you share the calendar "
                                  "with, the calendar provider) sees where the family lives."));
    m_addressNote->setObjectName(QStringLiteral("withAddressNote"));
    m_addressNote->setWordWrap(true);
    // A screen reader reads the sentence with the box. Not its buddy: DialogSetup would give
    // the sentence a shortcut letter of its own.
    m_withAddress->setAccessibleDescription(m_addressNote->text());

    m_file =
        new ExportFileField(tr("home-visits") + QStringLiteral(".ics"),
                            tr("iCalendar files (*.ics);;All files (*)"), QStringLiteral("ics"));

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    auto *until = new QLabel(tr("&to", "period: from one day to another, both included"));
    until->setBuddy(m_to);
    period->addWidget(until);
    period->addWidget(m_to);
    period->addStretch();

    // A label of a row that holds a layout has no buddy of itself: set, so its & works.
    ExportDialogFrame frame(this);
    frame.form()->addRow(tr("Visits of:"), who);
    frame.addRow(tr("&Period:"), m_from, period);
    frame.form()->addRow(QString(), m_withAddress);
    frame.form()->addRow(QString(), m_addressNote);
    frame.addRow(tr("F&ile:"), m_file->lineEdit(), m_file);
    m_result = frame.result();
    m_export = frame.exportButton();
    connect(m_export, &QPushButton::clicked, this, &CalendarExportDialog::exportCalendar);
    // Both lists stay open to choose from; picking from one says which one is meant.
    connect(m_duos, qOverload<int>(&QComboBox::activated), this,
            [this] { m_duoChoice->setChecked(true); });
    connect(m_workers, qOverload<int>(&QComboBox::activated), this,
            [this] { m_workerChoice->setChecked(true); });
    frame.finish(intro, 560);
    if (!problems.isEmpty())
        m_result->say(problems.join(QLatin1Char(' ')), true);
}

ExportRequest CalendarExportDialog::request() const
{
    ExportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    if (m_duoChoice->isChecked())
        request.duoId = m_duos->currentData().toLongLong();
    else
        request.workerId = m_workers->currentData().toLongLong();
    request.withAddress = m_withAddress->isChecked();
    return request;
}

QLineEdit *CalendarExportDialog::pathField() const
{
    return m_file->lineEdit();
}

QPushButton *CalendarExportDialog::browseButton() const
{
    return m_file->browseButton();
}

QLabel *CalendarExportDialog::resultLabel() const
{
    return m_result;
}

bool CalendarExportDialog::exportCalendar()
{
    const QString path = m_file->path();
    const ExportRequest chosen = request();
    if (path.isEmpty()) {
        m_result->say(tr("Choose the file to write the calendar to."), true);
        return false;
    }
    if (!chosen.duoId && !chosen.workerId) {
        m_result->say(m_duoChoice->isChecked() ? tr("There is no duo to export the visits of.")
                                               : tr("There is no worker to export the visits of."),
                      true);
        return false;
    }
    if (chosen.to < chosen.from) {
        m_result->say(tr("The last day of the period lies before the first."), true);
        return false;
    }
    // Said before anything is asked: "Replace it?" must never be a question about the database.
    if (Status allowed = DatabaseFiles::refuseOverwrite(path, m_db.filePath()); !allowed) {
        m_result->say(allowed.message(), true);
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && !m_file->replaceConfirmed() && !isOwnCalendar(path) &&
        MessageBox::question(this, windowTitle(),
                             tr("The file %1 exists and is not a calendar from DuoCoach. "
                                "Replace it?")
                                 .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes) {
        m_result->say(QString(), false);
        return false;
    }
    // Off the window's thread, through a connection of the work's own (see BackgroundTask).
    const QPointer<CalendarExportDialog> alive(this);
    const Result<int> done = BackgroundTask::run(
        this, tr("Writing the calendar…"), m_db.path(),
        [&chosen, &path, actor = m_actor](Database &db, Progress &progress) -> Result<int> {
            int visits = 0;
            const Status recorded = AccessLog(db).recordedExport(
                actor, ExportSelection(chosen), CalendarExport::logDetail(chosen), path,
                [&](const PrivateFile::BeforePublish &record) -> Status {
                    auto written = CalendarExport(db).write(chosen, path, &progress, record);
                    if (!written)
                        return written.error();
                    visits = written->visits;
                    return {};
                });
            if (!recorded)
                return recorded.error();
            return visits;
        });
    if (!alive)
        return false;
    if (!done && done.error().isCancelled()) {
        m_result->say(tr("Export cancelled; nothing was written."), false);
        return false;
    }
    if (!done) {
        m_result->say(done.message(), true);
        return false;
    }
    const int visits = done.value();
    m_result->say(
        tr("%n visit(s) written to %1.", nullptr, visits).arg(QDir::toNativeSeparators(path)),
        false);
    emit exported(visits, path);
    return true;
}
