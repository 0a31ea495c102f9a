#pragma once
// Adds an organisation; undo removes it, redo puts it back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddOrganisationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddOrganisationCommand)
public:
    AddOrganisationCommand(EditCommands &commands, const Organisation &organisation);
    qint64 organisationId() const { return m_organisation.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Organisation m_organisation; // as stored, once added
};
