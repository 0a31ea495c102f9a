#pragma once
// Corrects a duo's members or start date; undo restores them.

#include "EditCommand.h"
#include "domain/Domain.h"

class EditDuoCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDuoCommand)
public:
    EditDuoCommand(EditCommands &commands, const Duo &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Duo m_changed;
    Duo m_before; // read anew on every apply
};
