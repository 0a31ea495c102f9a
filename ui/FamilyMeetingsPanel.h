#pragma once
// The "Case consultations" section of a family's details: the consultations the family was
// discussed in, newest first, with the question brought in, the advice and how many decisions
// were taken; with the command façade attached, a consultation about this family is recorded
// from here (MeetingDialog), undoable as one step, and the minutes of a consultation saved as a
// PDF (MeetingMinutes).

#include "Result.h"

#include <QGroupBox>

class Database;
class EditCommands;
class QLabel;
class QPushButton;
class QTableWidget;

class FamilyMeetingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FamilyMeetingsPanel(Database &db, QWidget *parent = nullptr);

    void setCommands(EditCommands *commands);

    QTableWidget *table() const { return m_table; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *minutesButton() const { return m_minutes; }
    // The consultation of the selected row; 0 without one.
    qint64 selectedMeeting() const;
    // The selected consultation's minutes as a PDF at `path` (what "Minutes as PDF…" does
    // after asking where).
    Status saveMinutesTo(const QString &path);

public slots:
    // Reads and lists the family's consultations; 0 empties the panel. False when reading
    // failed.
    bool showFamily(qint64 familyId);
    void recordConsultation();
    void saveMinutes();

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    EditCommands *m_commands = nullptr;
    qint64 m_familyId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_minutes = nullptr;
};
