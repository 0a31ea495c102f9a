#pragma once
// The frame every form shares: its fields, one plain sentence saying what is still wrong
// (checked as you type with core's Validation, shown under the field it concerns or at the
// bottom), and an OK button enabled only while nothing is wrong. Saving goes through the
// command façade; a refusal only core can know (a name already in use) is shown the same way
// and the form stays open with everything the user typed. The fields scroll when the screen is
// small; Esc, Cancel or closing the window ask before changes are thrown away.

#include "FormSnapshot.h"
#include "Result.h"

#include <QDialog>

class EditCommands;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

class EditDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *okButton() const;
    // Shown when a save was refused because someone else changed the row meanwhile.
    QPushButton *reloadButton() const { return m_reload; }
    // The sentence shown now, wherever it is shown; empty when the form is fine.
    QString problemText() const;

public slots:
    void accept() override;
    // Asks "Discard changes?" first when a field differs from what the form opened with.
    void reject() override;

protected:
    EditDialog(EditCommands &commands, const QString &title, QWidget *parent);

    struct Problem
    {
        QString text;
        QLabel *at = nullptr; // the label under the field concerned; null: the bottom line
    };
    // The first thing wrong with what is typed now; an empty text when all is fine.
    virtual Problem problem() const = 0;
    // Saves through the façade; an error keeps the form open and shows its sentence.
    virtual Status save() = 0;
    // Fills the form anew from the database, after a save was refused because someone else
    // changed the row while the form was open (Error::Kind::Conflict); what was typed goes.
    // A form that cannot returns false from canReload() and keeps only "keep editing".
    virtual bool canReload() const { return false; }
    virtual Status reload() { return {}; }

    EditCommands &commands() const { return m_commands; }
    QFormLayout *form() const { return m_form; }
    void setOkText(const QString &text);
    // A label for Problem::at, placed under `field` in the form and hidden while empty.
    QLabel *addFieldProblem(QWidget *field);
    // Call after the fields are built and filled, and connect every field's change to it.
    void revalidate();
    void showEvent(QShowEvent *event) override;

private:
    void showProblem(const QString &text, QLabel *at);

    EditCommands &m_commands;
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QList<QLabel *> m_fieldProblems;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
    FormSnapshot m_opened; // the fields when the form first showed
};
