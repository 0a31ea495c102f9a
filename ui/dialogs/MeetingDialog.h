#pragma once
// Records a meeting around the families (a coordinator's form): a case consultation with the
// partners at the table and, on a tab each, the families discussed by case code with their
// question, advice, the decisions on their support and a follow-up action; or the two
// organisations' interim meeting on their collaboration, or a network meeting of trusted
// persons, with who was there. Everything is written as one step, undone as one.

#include "EditDialog.h"
#include "domain/Meeting.h"

class MeetingFamilyEditor;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

class MeetingDialog : public EditDialog
{
    Q_OBJECT
public:
    // `familyId` > 0: a consultation that discusses this family, its tab already there.
    MeetingDialog(EditCommands &commands, qint64 familyId = 0, QWidget *parent = nullptr);

    QComboBox *kindField() const { return m_kind; }
    QDateEdit *dayField() const { return m_day; }
    QLineEdit *titleField() const { return m_title; }
    QListWidget *workersField() const { return m_workers; }
    QListWidget *partnersField() const { return m_partners; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QLineEdit *caseCodeField() const { return m_caseCode; }
    QPushButton *addFamilyButton() const { return m_addFamily; }
    QTabWidget *familyTabs() const { return m_families; }
    MeetingFamilyEditor *familyEditor(int index) const;

    // Adds a tab for the family with this case code; one sentence when there is none or it is
    // there already.
    Status addFamily(const QString &caseCode);

protected:
    Problem problem() const override;
    Status save() override;

private:
    Meeting meeting() const;
    void kindChosen();

    QComboBox *m_kind = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_organiser = nullptr;
    QListWidget *m_workers = nullptr;
    QListWidget *m_partners = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_caseCode = nullptr;
    QPushButton *m_addFamily = nullptr;
    QPushButton *m_removeFamily = nullptr;
    QTabWidget *m_families = nullptr;
    QWidget *m_familyBox = nullptr;
    QList<QPair<qint64, QString>> m_workerNames;
    QString m_addProblem; // what the last "Add family" said, until the code changes
};
