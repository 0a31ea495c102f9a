#pragma once
// Closes a safety concern with a note saying why (for instance what was agreed with Veilig
// Thuis). Closing is final: the database never reopens a concern, so the form says so and
// the step does not enter the undo history; the OK button is the confirmation.

#include "EditDialog.h"
#include "domain/Domain.h"
#include "services/CurrentUser.h"

class QPlainTextEdit;

class CloseConcernDialog : public EditDialog
{
    Q_OBJECT
public:
    CloseConcernDialog(EditCommands &commands, const SafetyConcern &concern,
                       const CurrentUser &user, QWidget *parent = nullptr);

    QPlainTextEdit *noteField() const { return m_note; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    SafetyConcern m_concern;
    CurrentUser m_user;
    QPlainTextEdit *m_note = nullptr;
};
