#pragma once
// The form of one household member: first name, role in the family and birth year (optional).

#include "EditDialog.h"
#include "domain/Domain.h"

class QComboBox;
class QLineEdit;

class MemberDialog : public EditDialog
{
    Q_OBJECT
public:
    // A member with id 0 is added to member.familyId; otherwise the member is corrected.
    MemberDialog(EditCommands &commands, const HouseholdMember &member, const QString &familyTitle,
                 QWidget *parent = nullptr);

    HouseholdMember member() const;

protected:
    Problem problem() const override;
    Status save() override;
    bool canReload() const override { return m_member.id > 0; }
    Status reload() override;

private:
    HouseholdMember m_member;
    QLineEdit *m_firstName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_birthYear = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLabel *m_birthYearProblem = nullptr;
};
