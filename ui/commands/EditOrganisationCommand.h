#pragma once
// Changes an organisation's name, kind, city or contact person; undo restores what it was.

#include "EditCommand.h"
#include "domain/Domain.h"

class EditOrganisationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganisationCommand)
public:
    EditOrganisationCommand(EditCommands &commands, const Organisation &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Organisation m_changed;
    Organisation m_before; // read anew on every apply: earlier undos may have changed it
};
