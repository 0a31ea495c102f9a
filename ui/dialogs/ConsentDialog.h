#pragma once
// "Record Consent…": who gave consent (parent(s), the young person, or both), on which day, for
// which purposes, with a note. The form says who must consent given the children's ages
// (ConsentRule) and suggests that; a giver the rule does not allow is named as the problem.
// Purposes whose consent holds already are shown ticked and cannot be chosen again.

#include "EditDialog.h"
#include "domain/Consent.h"
#include "domain/Domain.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

class ConsentDialog : public EditDialog
{
    Q_OBJECT
public:
    ConsentDialog(EditCommands &commands, qint64 familyId, QWidget *parent = nullptr,
                  const QDate &today = QDate::currentDate());

    QComboBox *giverField() const { return m_giver; } // item data: ConsentGiver as int
    QDateEdit *dateField() const { return m_date; }
    QCheckBox *purposeBox(ConsentPurpose purpose) const { return m_purposes.value(int(purpose)); }
    QLineEdit *noteField() const { return m_note; }
    QLabel *requirementLabel() const { return m_requirement; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    ConsentGiver giver() const;
    QList<ConsentPurpose> chosenPurposes() const;
    void updateRequirement();

    qint64 m_familyId;
    QDate m_today;
    QList<HouseholdMember> m_household;
    QComboBox *m_giver = nullptr;
    QDateEdit *m_date = nullptr;
    QHash<int, QCheckBox *> m_purposes;
    QLineEdit *m_note = nullptr;
    QLabel *m_requirement = nullptr;
    QLabel *m_giverProblem = nullptr;
};
