#pragma once
// A follow-up action for a family outside a visit report: what, which of the family's duo
// owns it, and by when.

#include "EditDialog.h"
#include "domain/Domain.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

class FollowUpDialog : public EditDialog
{
    Q_OBJECT
public:
    // duo: the family's current duo; the owner is one of its two members.
    FollowUpDialog(EditCommands &commands, const Family &family, const Duo &duo,
                   qint64 preferredOwner, QWidget *parent = nullptr);

    QLineEdit *descriptionField() const { return m_description; }
    QComboBox *ownerField() const { return m_owner; }
    QDateEdit *dueField() const { return m_due; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    FollowUp followUp() const;

    Family m_family;
    QLineEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_due = nullptr;
};
