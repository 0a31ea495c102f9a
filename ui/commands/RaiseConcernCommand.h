#pragma once
// Raises a safety concern on a family or one of its visits. A concern is never deleted, so undo
// withdraws it: it is closed with a note saying it was taken back, and stays on record. A redo
// raises it anew. Closing a concern is final and no command: see EditCommands::closeConcern.

#include "EditCommand.h"
#include "domain/Domain.h"

class RaiseConcernCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RaiseConcernCommand)
public:
    RaiseConcernCommand(EditCommands &commands, const SafetyConcern &concern);
    qint64 concernId() const { return m_concernId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    SafetyConcern m_concern;
    qint64 m_concernId = 0; // of the latest apply
};
