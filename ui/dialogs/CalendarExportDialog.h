#pragma once
// File > Export to Calendar: the home visits of one duo or one worker in a period, written as an
// iCalendar file (CalendarExport) for Outlook, Google Calendar or Thunderbird. Opens on the
// current user's own visits when a worker works with the database. The family's address goes
// along only when ticked for this export (off whenever the dialog opens, never a setting). The
// file is named in a line edit (Browse… fills it), so nothing modal stands between a test and
// the export.

#include "exchange/ExportRequest.h"
#include "services/CurrentUser.h"
#include "storage/AccessLog.h"

#include <QDialog>

class Database;
class ExportFileField;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ResultLabel;

class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `today` decides the default period: from this week's Monday to three months ahead.
    CalendarExportDialog(Database &db, const CurrentUser &user, QWidget *parent = nullptr,
                         const QDate &today = QDate::currentDate());

    QRadioButton *duoChoice() const { return m_duoChoice; }
    QRadioButton *workerChoice() const { return m_workerChoice; }
    QComboBox *duos() const { return m_duos; }       // item data: the duo's id
    QComboBox *workers() const { return m_workers; } // item data: the worker's id
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QCheckBox *withAddress() const { return m_withAddress; }
    // The sentence under it: what leaves DuoCoach when it is ticked.
    QLabel *addressNote() const { return m_addressNote; }
    QLineEdit *pathField() const;
    QPushButton *browseButton() const;
    QPushButton *exportButton() const { return m_export; }
    // One sentence: how many visits went to which file, or why none did.
    QLabel *resultLabel() const;

    ExportRequest request() const;

public slots:
    // Writes the calendar to the file named; true when it was written.
    bool exportCalendar();

signals:
    void exported(int visits, const QString &path);

private:
    Database &m_db;
    Actor m_actor; // every export is logged (NEN 7513), in the user's name
    // Set when Browse… chose the file: its dialog asked already whether to replace it.
    QRadioButton *m_duoChoice = nullptr;
    QRadioButton *m_workerChoice = nullptr;
    QComboBox *m_duos = nullptr;
    QComboBox *m_workers = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_withAddress = nullptr;
    QLabel *m_addressNote = nullptr;
    ExportFileField *m_file = nullptr;
    QPushButton *m_export = nullptr;
    ResultLabel *m_result = nullptr;
};
