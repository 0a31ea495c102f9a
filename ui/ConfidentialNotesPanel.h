#pragma once
// "Notes for the trusted person only" in a family's details: shown only when the user working
// now is that family's trusted person (ConfidentialNoteStore decides), with their own notes
// and a field to add one. For everyone else the panel is hidden and reads nothing.

#include <QGroupBox>

class Database;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class VisitActions;

class ConfidentialNotesPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConfidentialNotesPanel(Database &db, QWidget *parent = nullptr);

    // Who works now comes from the actions; without them the panel stays hidden.
    void setActions(VisitActions *actions) { m_actions = actions; }
    QPlainTextEdit *newNoteField() const { return m_text; }
    QPushButton *addButton() const { return m_add; }
    int noteCount() const { return m_count; }

public slots:
    bool showFamily(qint64 familyId);

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    VisitActions *m_actions = nullptr;
    qint64 m_familyId = 0;
    int m_count = 0;
    QVBoxLayout *m_notes = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
};
