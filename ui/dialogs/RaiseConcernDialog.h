#pragma once
// Raises a safety concern (meldcode) on a family, or on one of its visits: what worries the
// user, recorded in their name and now. Undo withdraws it (it stays on record).

#include "EditDialog.h"
#include "domain/Domain.h"
#include "services/CurrentUser.h"

class QPlainTextEdit;

class RaiseConcernDialog : public EditDialog
{
    Q_OBJECT
public:
    RaiseConcernDialog(EditCommands &commands, const Family &family, qint64 visitId,
                       const CurrentUser &user, QWidget *parent = nullptr);

    QPlainTextEdit *descriptionField() const { return m_description; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Family m_family;
    qint64 m_visitId;
    CurrentUser m_user;
    QPlainTextEdit *m_description = nullptr;
};
