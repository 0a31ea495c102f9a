#pragma once
// Forms a duo; undo removes it, redo puts it back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddDuoCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDuoCommand)
public:
    AddDuoCommand(EditCommands &commands, const Duo &duo);
    qint64 duoId() const { return m_duo.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Duo m_duo; // as stored, once added
};
