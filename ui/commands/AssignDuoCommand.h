#pragma once
// Assigns a duo to a family from a date. Re-assigning ends the current assignment on that date
// (AssignmentStore::assign); undo removes the new one and reopens the previous one. A referred
// family's intake starts with it (FamilyProgress), and its undo takes that step back too.

#include "EditCommand.h"
#include "domain/Domain.h"

class AssignDuoCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignDuoCommand)
public:
    AssignDuoCommand(EditCommands &commands, qint64 familyId, qint64 duoId, const QDate &from);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_familyId;
    qint64 m_duoId;
    QDate m_from;
    // Of the latest apply: the family's assignments before it, and the one it made.
    QList<Assignment> m_before;
    qint64 m_assignmentId = 0;
    FamilyStatus m_statusBefore = FamilyStatus::Referred;
};
