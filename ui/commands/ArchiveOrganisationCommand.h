#pragma once
// Archives an organisation (it no longer takes part) or brings it back; undo does the opposite.

#include "EditCommand.h"

class ArchiveOrganisationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOrganisationCommand)
public:
    ArchiveOrganisationCommand(EditCommands &commands, qint64 organisationId, bool archived);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_organisationId;
    bool m_archived;
};
