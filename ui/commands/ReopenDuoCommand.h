#pragma once
// Lets an ended duo work on (both members must be active); undo ends it again on its old date.

#include "EditCommand.h"
#include "domain/Domain.h"

class ReopenDuoCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReopenDuoCommand)
public:
    ReopenDuoCommand(EditCommands &commands, qint64 duoId);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_duoId;
    QDate m_endedOn; // read anew on every apply
};
